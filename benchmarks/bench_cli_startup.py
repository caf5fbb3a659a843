"""How fast the command line starts: ``summarizer --help``, and the time ``summarizer summarize``
spends importing on a short release (heavy modules are imported lazily, and the extractive
path imports neither pydantic, jsonschema, openai nor tiktoken).

The import time is what ``python -X importtime`` reports for the whole run: the sum of the
top-level imports' cumulative times, lazy imports made while the command runs included.

Run: .venv/bin/python benchmarks/bench_cli_startup.py
Targets: ``--help`` under 0.3 s (issue 6, Python start-up included); ``summarize`` on a short
release under 0.25 s importing (issue 10). Both are wall-clock times: take them on a quiet machine.
The whole ``summarize`` command's CPU time (user + system, import included) is printed beside
them: a shared machine's load stretches wall-clock times but hardly the CPU a run takes.

The package's modules are compiled to bytecode first, as an installed package is: where
``PYTHONDONTWRITEBYTECODE`` is set, every run would otherwise compile their source again,
which costs more than importing them.
"""

from __future__ import annotations

import compileall
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHORT_RELEASE = ROOT / "tests" / "data" / "short" / "mcdonalds_q2-2026_highlights.txt"
HEAVY = ("pydantic", "jsonschema", "openai", "tiktoken", "lxml")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def import_seconds(arguments: list[str]) -> tuple[float, list[str], float]:
    """Seconds the command spends importing, which of ``HEAVY`` it imported, and the CPU
    seconds of the whole command."""
    before = _children_cpu()
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "summarizer.cli", *arguments],
                          capture_output=True, text=True, check=False)  # fmt: skip
    cpu = _children_cpu() - before
    total, heavy = 0, set()
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or line.endswith("imported package"):
            continue
        _, cumulative, name = line.split("|")
        top = name.strip().split(".")[0]
        if top in HEAVY:
            heavy.add(top)
        if name.startswith(" ") and not name.startswith("  "):  # a top-level import: its cumulative time
            total += int(cumulative)
    return total / 1e6, sorted(heavy), cpu


def main() -> None:
    compileall.compile_dir(ROOT / "summarizer", quiet=1)
    timings = []
    for _ in range(10):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "summarizer.cli", "--help"], capture_output=True, check=True)
        timings.append(time.perf_counter() - start)
    print(f"summarizer --help: median {statistics.median(timings) * 1e3:.0f} ms, best {min(timings) * 1e3:.0f} ms "
          "(target < 300 ms, Python start-up included)")  # fmt: skip
    runs = [import_seconds(["summarize", str(SHORT_RELEASE)]) for _ in range(10)]
    seconds, cpu = [s for s, _, _ in runs], [c for _, _, c in runs]
    print(f"summarizer summarize {SHORT_RELEASE.name}: importing median {statistics.median(seconds) * 1e3:.0f} ms, "
          f"best {min(seconds) * 1e3:.0f} ms (target < 250 ms); heavy modules imported: {', '.join(runs[0][1]) or 'none'}; "
          f"the whole command median {statistics.median(cpu) * 1e3:.0f} ms of CPU")


if __name__ == "__main__":
    main()
