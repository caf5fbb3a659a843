"""Adversarial growth: is every stage linear in its input, whatever the input?

Each generator builds a hostile release (runs of spaces, tabs or blank lines, digits with
separators, lines of one character or of short pipe cells, ``$`` and parentheses, date-like, phone-like and form-number-like text, pipe
cells, long labels, one text or HTML table of thousands of rows or columns, SGML header
padding, a scale caption on many lines) or a hostile claim (one line with thousands of
numbers, bare or with words that name a metric, changes, an earlier year, ranges, a loss's
comparisons or shares, causes, lists read "respectively", changes on another basis, amounts implied;
or many claim lines of a few numbers each), at
doubling sizes. Each command is timed in-process, as the command line runs it (file read, output
written to /dev/null): ``figures --format json`` (figures, column periods, table checks),
``verify --text`` (a claim checked against the release; for the claim generators, ``verify
--claims`` with the claim that grows) and ``summarize --engine extractive``. For every
generator and stage it prints the growth exponent (the log-log slope of time against
size, from the two largest sizes and from a fit over all) and the seconds per MB at the
largest size; a last line gives the worst of each. Goals (issue 13): exponent <= 1.2,
<= 2 s/MB.

With ``--memory-mb N`` it measures memory instead: each generator's input of N MB (and, with
``--release FILE``, a real release repeated to N MB) is written to a file and each command
is run on it in a process of its own, through the command line (``figures``, ``verify
--text``/``--claims``, ``summarize --engine extractive``), reporting the peak resident set
(VmHWM) and the seconds it took. Goal (issue 13): a 25 MiB input under 1 GiB. A claim line
longer than ``claim_size.MOST_CLAIM_CHARACTERS`` (1 MiB) is refused (exit 1): at 1 MiB a claim
generator measures the longest claim taken, past it the refusal.

Run: .venv/bin/python benchmarks/bench_adversarial.py [--max-kb 512] [--only NAME] [--cpu]
     .venv/bin/python benchmarks/bench_adversarial.py --memory-mb 25 [--release FILE] [--only NAME]
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from summarizer.cli import main as summarizer_main

_CLAIM = "Revenue was $6.6 million, up 27% from $5.2 million; net income of $1.2 million, or $0.05 per diluted share."
_PREAMBLE = "Acme Corp Reports Third Quarter Results\n\nRevenue was $6.6 million in the quarter.\n\n"


def _fill(unit: Callable[[int], str], size: int) -> str:
    """``unit(i)`` repeated until ``size`` characters, then cut there."""
    parts, total, i = [], 0, 0
    while total < size:
        part = unit(i)
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts)[:size]


def _spaces(size: int) -> str:
    return _PREAMBLE + "Revenue" + " " * size + "1,234 5,678\n"


def _tabs(size: int) -> str:
    return _PREAMBLE + "Revenue" + "\t" * size + "1,234\t5,678\n"


def _newlines(size: int) -> str:
    return _PREAMBLE + "Revenue 1,234" + "\n" * size + "Net income 5,678\n"


def _short_lines(size: int) -> str:
    return _PREAMBLE + _fill(lambda i: "x\n" if i % 2 else "1\n", size)


def _pipe_lines(size: int) -> str:
    return _PREAMBLE + "a | b\n" * (size // 6) + "\nNet income\t5,678\t4,321\n"


def _blank_lines(size: int) -> str:
    return _PREAMBLE + " \t \n" * (size // 4) + "Net income 5,678\n"


def _separated_digits(size: int) -> str:
    return _PREAMBLE + "1" + ",234" * (size // 4) + ".5\n" + "1" + ".234" * (size // 8) + "\n"


def _dollars_parens(size: int) -> str:
    return _PREAMBLE + _fill(lambda i: "$(" if i % 3 else "($ ", size // 2) + "1)" + ")" * (size // 4) + "\n"


def _dates(size: int) -> str:
    return _PREAMBLE + _fill(lambda i: f"December {i % 28 + 1}, {1990 + i % 40} and 12/{i % 28 + 1}/20{i % 90:02d} ", size) + "\n"


def _form_numbers(size: int) -> str:
    return _PREAMBLE + _fill(lambda i: f"Form 10-{'KQ'[i % 2]} Rule 10b5-{i % 9} Section {i % 99}(a)({i % 7}) ", size) + "\n"


def _pipe_cells(size: int) -> str:
    return _PREAMBLE + "| Revenue " + "| 1,234 " * (size // 8) + "|\n"


def _long_labels(size: int) -> str:
    words = random.Random(13).choices(["revenue", "net", "income", "of", "the", "quarter", "per", "share"], k=size // 6)
    return _PREAMBLE + " ".join(words) + "\t1,234\t5,678\n"


def _table_rows(size: int) -> str:
    header = "(in thousands, except per share amounts)\n\tThree Months Ended\n\t2025\t2024\n"
    return _PREAMBLE + header + _fill(lambda i: f"Line item {i}\t${i * 7 % 9999:,}\t({i * 3 % 9999:,})\n", size)


def _table_columns(size: int) -> str:
    columns = max(2, size // 16)
    header = "\t" + "\t".join(str(2000 + i % 26) for i in range(columns)) + "\n"
    row = lambda name: name + "\t" + "\t".join(f"{i * 13 % 9999:,}" for i in range(columns)) + "\n"  # noqa: E731
    return _PREAMBLE + "(in thousands)\n" + header + row("Revenue") + row("Net income")


def _phones(size: int) -> str:
    return _PREAMBLE + _fill(lambda i: f"Call (800) {i % 900 + 100}-{i % 9000 + 1000} or +1 212.555.{i % 9000 + 1000}; ", size) + "\n"


def _html_rows(size: int) -> str:
    rows = _fill(lambda i: f"<tr><td>Line item {i}</td><td>$</td><td>{i * 7 % 9999:,}</td><td>({i * 3 % 9999:,})</td></tr>", size)
    return f"<html><body><p>{_PREAMBLE}</p><table><tr><td></td><td colspan=2>2025</td><td>2024</td></tr>{rows}</table></body></html>"


def _html_columns(size: int) -> str:
    columns = max(2, size // 40)
    header = "".join(f"<td>{2000 + i % 26}</td>" for i in range(columns))
    row = "".join(f"<td>{i * 13 % 9999:,}</td>" for i in range(columns))
    return f"<html><body><p>{_PREAMBLE}</p><table><tr><td></td>{header}</tr><tr><td>Revenue</td>{row}</tr></table></body></html>"


def _sgml_padding(size: int) -> str:
    return (
        "<SEC-DOCUMENT>0000950123-25-000001.txt : 20250101\n<SEC-HEADER>\n"
        + "COMPANY CONFORMED NAME:" + " " * size + "ACME CORP\n"
        + "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>" + " " * (size // 2) + "EX-99.1\n<SEQUENCE>2\n<TEXT>\n"
        + _PREAMBLE + "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    )


def _captions(size: int) -> str:
    return _PREAMBLE + _fill(lambda i: "(in thousands, except per share amounts)\nRevenue\t1,234\t5,678\n", size)


def _claim_numbers(size: int) -> str:
    return _fill(lambda i: f"${i % 997}.{i % 10} million, ", size)


def _claim_metric(size: int) -> str:
    return "Revenue was " + _claim_numbers(size)  # a metric the numbers' words name


def _claim_changes(size: int) -> str:
    return _fill(lambda i: f"revenue up {i % 97}.{i % 10}%, ", size)


def _claim_years(size: int) -> str:
    return "In 2019, revenue was " + _fill(lambda i: f"${i % 997}.{i % 10} million; revenue ", size)  # a year before the release's


def _claim_ranges(size: int) -> str:
    return "Revenue could range " + _fill(lambda i: f"from ${i % 997}.{i % 10} to ${i % 997}.{i % 10 + 1}, ", size)


def _claim_losses(size: int) -> str:
    return "Net loss was $5 million, " + _fill(lambda i: f"compared with ${i % 997}.{i % 10} million, ", size)


def _claim_shares(size: int) -> str:
    return "Repurchased shares for " + _claim_numbers(size)


def _claim_causes(size: int) -> str:
    return "Revenue was " + _fill(lambda i: f"${i % 997}.{i % 10} million, including ${i % 89} million", size)


def _claim_respectively(size: int) -> str:
    return "Revenue and net income were " + _fill(lambda i: f"${i % 997}.{i % 10} and ${i % 89}, respectively, ", size)


def _claim_bases(size: int) -> str:
    return "Sales grew " + _fill(lambda i: f"{i % 97}.{i % 10}% to ${i % 89} million, and {i % 13}% on a like-for-like basis; ", size)


def _claim_implied(size: int) -> str:
    return "Revenue was $6.6 million, " + _fill(lambda i: f"implying ${i % 997}.{i % 10} million, ", size)


def _claim_lines(size: int) -> str:  # many claims of a few numbers each: the report holds them all
    return _fill(lambda i: f"Revenue was ${i % 997}.{i % 10} million, up {i % 50}% from ${i % 89} million.\n", size)


def _sentences(size: int) -> str:
    return _PREAMBLE + _fill(lambda i: f"Revenue was ${i % 97}.{i % 10} million, up {i % 50}%. ", size) + "\n"


GENERATORS: dict[str, Callable[[int], str]] = {
    "spaces": _spaces,
    "tabs": _tabs,
    "newlines": _newlines,
    "blank-lines": _blank_lines,
    "short-lines": _short_lines,
    "pipe-lines": _pipe_lines,
    "separated-digits": _separated_digits,
    "dollars-parens": _dollars_parens,
    "dates": _dates,
    "form-numbers": _form_numbers,
    "pipe-cells": _pipe_cells,
    "long-labels": _long_labels,
    "table-rows": _table_rows,
    "table-columns": _table_columns,
    "phones": _phones,
    "html-table-rows": _html_rows,
    "html-table-columns": _html_columns,
    "sgml-padding": _sgml_padding,
    "captions": _captions,
    "sentences": _sentences,
    "claim-numbers": _claim_numbers,
    "claim-metric": _claim_metric,
    "claim-changes": _claim_changes,
    "claim-years": _claim_years,
    "claim-ranges": _claim_ranges,
    "claim-losses": _claim_losses,
    "claim-shares": _claim_shares,
    "claim-causes": _claim_causes,
    "claim-respectively": _claim_respectively,
    "claim-bases": _claim_bases,
    "claim-implied": _claim_implied,
    "claim-lines": _claim_lines,
}
_CLAIM_GENERATORS = {name for name in GENERATORS if name.startswith("claim-")}
_RELEASE_FOR_CLAIMS = _PREAMBLE + "(in thousands)\n\t2025\t2024\nRevenue\t6,587\t9,047\nNet income\t1,234\t(3,502)\n"


# Wall-clock seconds, or with --cpu this process's CPU seconds: on a shared machine the wall
# clock swings with the load (+-30% and more), the CPU time much less.
_clock: Callable[[], float] = time.perf_counter


def _timed(action: Callable[[], object]) -> float:
    start = _clock()
    action()
    return _clock() - start


def _stages(name: str, text: str) -> dict[str, float]:
    """Seconds each command takes on ``text``, run in this process as the command line runs it
    (reading the file, the figures command's column periods and table checks, the output)."""
    seconds = {}
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "input.txt")
        Path(path).write_text(text, encoding="utf-8")
        for stage, command in _commands(name, path, folder).items():
            with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                seconds[stage] = _timed(lambda command=command: summarizer_main(command))
    return seconds


def _slope(sizes: list[int], times: list[float]) -> float:
    """Least-squares slope of log(time) against log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-5)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


# Runs one command line in this process and writes its peak resident set (VmHWM, KiB) to a
# file: not ru_maxrss, which Linux carries from the parent across fork and exec.
_MEMORY_PROBE = """
import contextlib, os, re, sys
from summarizer.cli import main
with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
    try:
        code = main(sys.argv[2:])
    except SystemExit as exit_:
        code = exit_.code
peak = re.search(r"VmHWM:\\s*(\\d+)", open("/proc/self/status").read()).group(1)
open(sys.argv[1], "w").write(f"{peak} {code}")
"""


def _repeated(path: str) -> Callable[[int], str]:
    """A real release repeated whole (an EDGAR submission cut short is refused), up to ``size``."""
    text = Path(path).read_text(encoding="utf-8", errors="replace")

    def generate(size: int) -> str:
        return text * max(1, size // len(text))

    return generate


def _commands(name: str, path: str, folder: str) -> dict[str, list[str]]:
    """The command lines each generator's file is run through."""
    if name in _CLAIM_GENERATORS:
        release = os.path.join(folder, "release.txt")
        with open(release, "w", encoding="utf-8") as handle:
            handle.write(_RELEASE_FOR_CLAIMS)
        return {"verify": ["verify", release, "--claims", path, "--format", "json"]}
    return {
        "figures": ["figures", path, "--format", "json"],
        "verify": ["verify", path, "--text", _CLAIM],
        "summarize": ["summarize", path, "--engine", "extractive"],
    }


def _measure_memory(generators: dict[str, Callable[[int], str]], megabytes: float, budget: float) -> None:
    size = int(megabytes * 2**20)
    print(f"{'input':22} {'stage':10} {'MB in':>6} {'peak MiB':>9} {'seconds':>8} exit  (goal: 25 MiB under 1,024 MiB)")
    worst = ("", 0.0)
    with tempfile.TemporaryDirectory() as folder:
        for name, generate in generators.items():
            path = os.path.join(folder, f"{name}.txt")
            text, asked = generate(size), size
            while len(text.encode("utf-8")) > size:  # under the limit: some generators add parts, some write UTF-8
                asked = asked * size // len(text.encode("utf-8")) - 4096
                text = generate(asked)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            del text
            mb = os.path.getsize(path) / 1e6
            for stage, command in _commands(name, path, folder).items():
                report = os.path.join(folder, "peak")
                start = time.perf_counter()
                try:
                    subprocess.run([sys.executable, "-c", _MEMORY_PROBE, report, *command],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=budget, check=False)  # fmt: skip
                except subprocess.TimeoutExpired:
                    print(f"{name:22} {stage:10} {mb:6.1f} {'?':>9} {'>' + str(int(budget)):>8} (stopped)", flush=True)
                    continue
                seconds = time.perf_counter() - start
                if not os.path.exists(report):
                    print(f"{name:22} {stage:10} {mb:6.1f} {'?':>9} {seconds:8.1f} (the probe failed)", flush=True)
                    continue
                peak_kib, code = Path(report).read_text().split()
                peak = int(peak_kib) / 1024
                if peak > worst[1]:
                    worst = (f"{name}/{stage}", peak)
                print(f"{name:22} {stage:10} {mb:6.1f} {peak:9.0f} {seconds:8.1f} {code}", flush=True)
                os.remove(report)
            os.remove(path)
    print(f"worst peak {worst[1]:.0f} MiB ({worst[0]})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-kb", type=int, default=512, help="largest input in KB (default 512)")
    parser.add_argument("--min-kb", type=int, default=16, help="smallest input in KB (default 16)")
    parser.add_argument("--only", action="append", choices=sorted(GENERATORS), help="run this generator only")
    parser.add_argument("--budget", type=float, default=20.0, help="stop doubling once one size takes this many seconds")
    parser.add_argument("--cpu", action="store_true", help="time CPU seconds of this process, not the wall clock")
    parser.add_argument("--memory-mb", type=float, help="measure peak memory on inputs of this many MiB instead")
    parser.add_argument("--release", action="append", default=[], metavar="FILE", help="with --memory-mb: also this release, repeated")
    args = parser.parse_args()
    if args.cpu:
        global _clock
        _clock = time.process_time
    if args.memory_mb:
        chosen = {name: GENERATORS[name] for name in args.only or GENERATORS}
        chosen.update({f"repeated {os.path.basename(p)}"[:22]: _repeated(p) for p in args.release})
        _measure_memory(chosen, args.memory_mb, max(args.budget, 60.0))
        return
    sizes = []
    kb = args.min_kb
    while kb <= args.max_kb:
        sizes.append(kb * 1024)
        kb *= 2
    worst_exponent, worst_rate = ("", 0.0), ("", 0.0)
    print(f"{'generator':18} {'stage':10} {'exponent':>8} {'fit':>6} {'s/MB':>7}  seconds at " + ", ".join(f"{s // 1024}K" for s in sizes))
    for name in args.only or GENERATORS:
        measured: dict[str, list[float]] = {}
        done: list[int] = []
        for size in sizes:
            text = GENERATORS[name](size)
            for stage, seconds in _stages(name, text).items():
                measured.setdefault(stage, []).append(seconds)
            done.append(len(text.encode("utf-8")))
            if max(measured[stage][-1] for stage in measured) > args.budget:
                break
        for stage, times in measured.items():
            last_two = math.log(max(times[-1], 1e-5) / max(times[-2], 1e-5)) / math.log(done[-1] / done[-2]) if len(times) > 1 else float("nan")
            fit = _slope(done, times) if len(times) > 1 else float("nan")
            rate = times[-1] / (done[-1] / 1e6)
            # Growth is judged where it matters, at sizes that take measurable time.
            exponent = last_two if times[-1] > 0.05 else min(last_two, fit)
            if exponent > worst_exponent[1]:
                worst_exponent = (f"{name}/{stage}", exponent)
            if rate > worst_rate[1]:
                worst_rate = (f"{name}/{stage}", rate)
            timings = ", ".join(f"{t:.3f}" for t in times)
            print(f"{name:18} {stage:10} {exponent:8.2f} {fit:6.2f} {rate:7.3f}  {timings}", flush=True)
    print(
        f"worst exponent {worst_exponent[1]:.2f} ({worst_exponent[0]}), worst {worst_rate[1]:.3f} s/MB ({worst_rate[0]})"
        f"; goals <= 1.2 and <= 2 s/MB"
    )


if __name__ == "__main__":
    main()
