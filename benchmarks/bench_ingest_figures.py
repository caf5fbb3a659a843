"""Ingest and figure-extraction speed on the corpus releases shipped in tests/data.

Run: .venv/bin/python benchmarks/bench_ingest_figures.py
Targets (issue 2): ingest + figures of the 860 KB NVIDIA submission under 1 s;
figure extraction at >= 5 MB/s of normalised text.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from summarizer.figures import extract_figures
from summarizer.ingest import load_document

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
REPEAT = 15


def _median_seconds(action) -> float:
    timings = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    nvidia = DATA / "nvidia_q4-fy2026.txt"
    size = nvidia.stat().st_size
    document = load_document(nvidia)
    ingest = _median_seconds(lambda: load_document(nvidia))
    extract = _median_seconds(lambda: extract_figures(document))
    print(f"NVIDIA submission {size / 1e3:.0f} KB -> {len(document.text) / 1e3:.1f} KB text, {len(document.tables)} tables")
    print(f"  ingest            {ingest * 1e3:7.1f} ms")
    print(f"  figures           {extract * 1e3:7.1f} ms  ({len(document.text) / extract / 1e6:.2f} MB/s of text)")
    print(f"  ingest + figures  {(ingest + extract) * 1e3:7.1f} ms  (target < 1000 ms)")

    documents = [load_document(path) for path in sorted(DATA.iterdir()) if path.suffix in (".txt", ".html")]
    characters = sum(len(d.text) for d in documents)
    corpus = _median_seconds(lambda: [extract_figures(d) for d in documents])
    print(f"corpus: {len(documents)} releases, {characters / 1e3:.0f} KB of text")
    print(f"  figures           {corpus * 1e3:7.1f} ms  ({characters / corpus / 1e6:.2f} MB/s of text, target >= 5)")
    prose = "".join(d.text for d in documents) * 4
    from summarizer.ingest import document_from_text

    big = document_from_text(prose, source="corpus x4")
    whole = _median_seconds(lambda: extract_figures(big))
    print(f"  one {len(big.text) / 1e6:.2f} MB text  {whole * 1e3:7.1f} ms  ({len(big.text) / whole / 1e6:.2f} MB/s)")


if __name__ == "__main__":
    main()
