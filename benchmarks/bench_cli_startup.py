"""How fast ``summarizer --help`` answers (heavy modules are imported lazily).

Run: .venv/bin/python benchmarks/bench_cli_startup.py
Target (issue 6): under 0.3 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def main() -> None:
    timings = []
    for _ in range(10):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "summarizer.cli", "--help"], capture_output=True, check=True)
        timings.append(time.perf_counter() - start)
    print(f"summarizer --help: median {statistics.median(timings) * 1e3:.0f} ms, best {min(timings) * 1e3:.0f} ms "
          "(target < 300 ms, Python start-up included)")  # fmt: skip


if __name__ == "__main__":
    main()
