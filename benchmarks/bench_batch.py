"""Batch throughput: with a model of fixed latency, and the deterministic part alone.

Run:
  .venv/bin/python benchmarks/bench_batch.py model FOLDER [--count 40] [--latency 2] [--concurrency 8] [--workers 2] [--repeat 3]
  .venv/bin/python benchmarks/bench_batch.py deterministic FOLDER [--workers 1 2] [--ray]

FOLDER is a folder of releases (the development corpus: /work/shared/corpus/releases).

``model``: the first COUNT releases (by name) against a local OpenAI-compatible server
(tests/fake_openai.py) that answers every call after LATENCY seconds, one call per filing.
The ideal time is ceil(COUNT / CONCURRENCY) x LATENCY; the target (issue 15) is >= 90% of
the ideal rate. Each run has an interpreter of its own, so its start-up (the modules, the SDK
and the tokenizer loaded once, before the workers fork) is counted, as it is for a user's
``summarizer batch``; each run says when its first call reached the server and what share of
the ideal the rest of the run kept.

That ideal counts no CPU, and the deterministic work (reading, facts, verifying, rendering) is
CPU: two bounds that count it are printed beside it. The CPU bound is the run's CPU seconds (the
coordinator, its workers and the fake server, all children of this benchmark) over the cores it
may use (min(WORKERS, CPUs)); the other is the wall time of the same run with an instant model
(``--floor``), which also pays for what other users of a shared machine take. A run can beat
neither, so "of what latency and CPU allow" is against the larger of the three. The fake
answers with no metrics, so verifying a model's answer costs next to nothing here; a real
model's figures are checked against the facts, and its metrics against the extractive engine's.

``deterministic``: every release with the extractive engine, documents per second with
each number of worker processes (and on a local Ray with 2 workers with ``--ray``).
Each run starts from an empty output folder in an interpreter of its own; start-up, expansion
(hashing) and writing are counted.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from summarizer.batch import BatchOptions, run_batch


def _subset(folder: Path, count: int, into: Path) -> Path:
    into.mkdir()
    for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))[:count]:
        shutil.copy(path, into / path.name)
    return into


def _fresh(*arguments: str) -> dict:
    """One run in an interpreter of its own, as ``summarizer batch`` starts: nothing loaded before it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    found = subprocess.run([sys.executable, __file__, *arguments], capture_output=True, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime  # the run's and its workers' CPU
    return {**json.loads(found.stdout.splitlines()[-1]), "cpu": cpu}


def once(args: argparse.Namespace) -> None:
    """(internal) One run, in this fresh interpreter; its figures as a line of JSON."""
    from fake_openai import FakeOpenAI

    with tempfile.TemporaryDirectory() as scratch, FakeOpenAI(latency=args.latency or 0.0) as fake:
        folder = Path(args.folder)
        if args.count:
            folder = _subset(folder, args.count, Path(scratch) / "in")
        env = {"SUMMARIZER_MODEL": "fake-model", "OPENAI_BASE_URL": fake.url} if args.latency is not None else {}
        options = BatchOptions(out=Path(scratch) / "out", env=env, concurrency=args.concurrency, workers=args.workers,
                               engine="auto" if env else "extractive", executor=args.executor)  # fmt: skip
        started = time.monotonic()
        result = run_batch([str(folder)], options, stream=io.StringIO())
        seconds = time.monotonic() - started
        first = min(fake.arrivals, default=started) - started
        last = max(fake.arrivals, default=started) - started
    print(json.dumps({"seconds": seconds, "outcomes": result.this_run, "most": fake.most_in_flight, "first": first,
                      "last": last}))


def model(args: argparse.Namespace) -> None:
    base = [args.folder, "--count", str(args.count), "--concurrency", str(args.concurrency), "--workers", str(args.workers)]
    # the same work with an instant model: what the CPU allows
    instant = _fresh("once", *base, "--latency", "0") if args.floor else {"seconds": 0.0, "cpu": 0.0}
    floor = instant["seconds"]
    ideal = math.ceil(args.count / args.concurrency) * args.latency
    print(f"{args.count} releases, {args.latency:g} s per call, concurrency {args.concurrency}, {args.workers} workers;"
          f" ideal {ideal:.1f} s; with an instant model {floor:.1f} s, CPU {instant['cpu']:.1f} s (load {_load()})")  # fmt: skip
    runs, cpus = [], []
    for _ in range(args.repeat):
        load = _load()
        run = _fresh("once", *base, "--latency", str(args.latency))
        seconds, first, last = run["seconds"], run["first"], run["last"]
        runs.append(seconds)
        cpus.append(run["cpu"])
        print(f"  {seconds:5.1f} s = {ideal / seconds:4.0%} of the ideal  (load {load}; first call after {first:.2f} s,"
              f" last after {last:.2f} s; from the first call {ideal / (seconds - first):.0%};"
              f" most calls in flight {run['most']}; CPU {run['cpu']:.1f} s; {run['outcomes']})")  # fmt: skip
    middle = statistics.median(runs)
    cores = min(args.workers, os.cpu_count() or 1)
    cpu_bound = statistics.median(cpus) / cores
    print(f"  median {middle:.1f} s = {ideal / middle:.0%} of the ideal (target >= 90%);"
          f" CPU bound {cpu_bound:.1f} s ({statistics.median(cpus):.1f} s of CPU on {cores} cores):"
          f" {max(ideal, cpu_bound) / middle:.0%} of what latency and CPU allow,"
          f" {max(ideal, cpu_bound, floor) / middle:.0%} with the instant-model run's {floor:.1f} s as a bound too")


def _load() -> str:
    """The machine's load average over the last minute (it is shared: the figures move with it)."""
    return f"{os.getloadavg()[0]:.1f}"


def deterministic(args: argparse.Namespace) -> None:
    folder = Path(args.folder)
    count = sum(1 for p in folder.iterdir() if p.is_file())
    runs = [("local", workers) for workers in args.workers] + ([("ray", 2)] if args.ray else [])
    print(f"{count} releases, extractive engine")
    for executor, workers in runs:
        load = _load()
        run = _fresh("once", str(folder), "--workers", str(workers), "--executor", executor)
        seconds = run["seconds"]
        cpu = f"CPU {run['cpu']:.1f} s" + (" without Ray's actors" if executor == "ray" else "")
        print(f"  {executor:5} {workers} workers: {seconds:6.1f} s  {count / seconds:5.2f} documents/s  (load {load}; {cpu})"
              f"  {run['outcomes']}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    m = commands.add_parser("model")
    m.add_argument("folder")
    m.add_argument("--count", type=int, default=40)
    m.add_argument("--latency", type=float, default=2.0)
    m.add_argument("--concurrency", type=int, default=8)
    m.add_argument("--workers", type=int, default=2)
    m.add_argument("--repeat", type=int, default=3, help="runs with the latency (the machine is shared: take the median)")
    m.add_argument("--floor", action=argparse.BooleanOptionalAction, default=True, help="a run with an instant model first")
    m.set_defaults(run=model)
    d = commands.add_parser("deterministic")
    d.add_argument("folder")
    d.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    d.add_argument("--ray", action="store_true")
    d.set_defaults(run=deterministic)
    o = commands.add_parser("once")  # internal: one run in a fresh interpreter
    o.add_argument("folder")
    o.add_argument("--count", type=int, default=0)
    o.add_argument("--latency", type=float, default=None)
    o.add_argument("--concurrency", type=int, default=4)
    o.add_argument("--workers", type=int, default=1)
    o.add_argument("--executor", default="local")
    o.set_defaults(run=once)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
