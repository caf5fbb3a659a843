"""Ingest, figure-extraction and arithmetic-check speed on the corpus releases shipped in tests/data.

Run: .venv/bin/python benchmarks/bench_ingest_figures.py [FOLDER]

FOLDER (the releases shipped in tests/data when left out) holds the releases whose figure
extraction speed is measured; the NVIDIA submission is always tests/data's.

Targets (issue 10, "Speed"): ingest + figures of the NVIDIA submission <= 100 ms; figure
extraction >= 5 MB/s of normalised text; the arithmetic checks (``facts.check_tables``)
add <= 20% to ingest + figures. The checks need the facts of the table cells; reading those
is the facts stage's work, reported beside them but not counted as the checks'. Each figure
is the median of REPEAT runs, each with the package's caches emptied first, in CPU seconds of
this process: the work is single-threaded, so that is its wall time on an idle machine, and a
shared machine's load (the load average is printed) does not stretch it as it stretches wall time.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

from summarizer.facts import FactIndex, check_tables
from summarizer.figures.extract import extract_figures
from summarizer.ingest.load import load_document

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
REPEAT = 15


def _cold() -> None:
    """Forget what the package's caches keep (readings of strings, sentences, fact indexes), so
    that each run reads the release afresh, as a batch meets each release once."""
    for module in [m for name, m in sys.modules.items() if name.startswith("summarizer")]:
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
    from summarizer.facts import index

    index._recent.clear()


def _median_seconds(action) -> float:
    timings = []
    for _ in range(REPEAT):
        _cold()
        start = time.process_time()
        action()
        timings.append(time.process_time() - start)
    return statistics.median(timings)


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    nvidia = DATA / "nvidia_q4-fy2026.txt"
    size = nvidia.stat().st_size
    document = load_document(nvidia)
    ingest = _median_seconds(lambda: load_document(nvidia))
    extract = _median_seconds(lambda: extract_figures(document))
    index = FactIndex(document)
    facts = _median_seconds(lambda: FactIndex(document))
    checks = _median_seconds(lambda: check_tables(document, index.facts))
    reading = ingest + extract
    print(f"NVIDIA submission {size / 1e3:.0f} KB -> {len(document.text) / 1e3:.1f} KB text, {len(document.tables)} tables")
    print(f"  ingest            {ingest * 1e3:7.1f} ms")
    print(f"  figures           {extract * 1e3:7.1f} ms  ({len(document.text) / extract / 1e6:.2f} MB/s of text)")
    print(f"  ingest + figures  {reading * 1e3:7.1f} ms  (target <= 100 ms)")
    print(f"  facts (figures read in context, figures included) {facts * 1e3:7.1f} ms")
    print(f"  arithmetic checks {checks * 1e3:7.1f} ms  (+{checks / reading:.0%} of ingest + figures, target <= 20%;"
          f" {sum(c.passed for c in index.table_checks.values())} identities hold in {len(index.table_checks)} tables)")

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA
    documents = [load_document(path) for path in sorted(folder.iterdir()) if path.suffix in (".txt", ".html", ".htm")]
    characters = sum(len(d.text) for d in documents)
    corpus = _median_seconds(lambda: [extract_figures(d) for d in documents])
    print(f"corpus: {len(documents)} releases, {characters / 1e3:.0f} KB of text")
    print(f"  figures           {corpus * 1e3:7.1f} ms  ({characters / corpus / 1e6:.2f} MB/s of text, target >= 5)")
    prose = "".join(d.text for d in documents) * 4
    from summarizer.ingest.load import document_from_text

    big = document_from_text(prose, source="corpus x4")
    whole = _median_seconds(lambda: extract_figures(big))
    print(f"  one {len(big.text) / 1e6:.2f} MB text  {whole * 1e3:7.1f} ms  ({len(big.text) / whole / 1e6:.2f} MB/s)")


if __name__ == "__main__":
    main()
