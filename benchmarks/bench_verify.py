"""Verifier speed: 100 claims against the 860 KB NVIDIA submission, ingest included.

Run: .venv/bin/python benchmarks/bench_verify.py
Target (issue 3): under 1 second.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from summarizer.ingest.load import load_document
from summarizer.verify.verifier import verify_claims

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def main() -> None:
    source = DATA / "nvidia_q4-fy2026.txt"
    true_claims = (DATA / "claims" / "nvidia_q4-fy2026.txt").read_text(encoding="utf-8").splitlines()
    claims = (true_claims * 9)[:100]
    timings = []
    for _ in range(7):
        start = time.perf_counter()
        report = verify_claims(claims, load_document(source))
        timings.append(time.perf_counter() - start)
    numbers = sum(len(claim.numbers) for claim in report.claims)
    print(f"100 claims ({numbers} numbers) against {source.name} ({source.stat().st_size / 1e3:.0f} KB), ingest included")
    print(f"  median {statistics.median(timings) * 1e3:.0f} ms, best {min(timings) * 1e3:.0f} ms (target < 1000 ms)")


if __name__ == "__main__":
    main()
