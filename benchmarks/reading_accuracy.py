"""Reading accuracy: does the facts stage read each gold key figure with its metric and period?

For every gold value (current and prior) of every release, a fact must exist whose interval
holds the value, whose metric is the gold metric, and whose period is the gold period (the
main period's length; current or comparison; the column's end date where the table gives
one). A value found only under a period that contradicts the gold one is counted apart: it
is the dangerous kind. One found only where the reading could not tell the period (an unread
column, a table flattened into one line) is counted as unknown: not read, but not misread.

Run: .venv/bin/python benchmarks/reading_accuracy.py ../shared/corpus/releases ../shared/corpus/gold_metrics.jsonl
Goal (issue 10): >= 98% right, and no value found only under a wrong period.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import GoldRelease, format_class, load_gold

from summarizer.facts import Fact, FactIndex
from summarizer.ingest.load import load_document

_GOLD_TO_FACT = {"revenue": "revenue", "net_income": "net_income", "eps_diluted": "eps",
                 "operating_income": "operating_income", "cash": "cash"}  # fmt: skip


def _date_key(iso: str | None) -> tuple[int, int, int] | None:
    return tuple(int(part) for part in iso.split("-")) if iso else None  # type: ignore[return-value]


def _near(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Two period ends within about a week (13- vs 14-week quarters end on different days)."""
    if not a[1] or not b[1]:  # a year alone ("2024") is as near as its year
        return a[0] == b[0]
    months = (a[0] * 12 + a[1]) - (b[0] * 12 + b[1])
    if abs(months) > 1:
        return False
    if not a[2] or not b[2]:
        return months == 0
    return abs(months * 30 + a[2] - b[2]) <= 8


def _verdict(fact: Fact, gold_which: str, balance: bool, length: str, end: tuple[int, int, int] | None) -> str:
    """right, unknown (a part of the period the reading could not tell, none contradicting) or wrong."""
    period, unknown = fact.period, False
    if period.prior is None:
        unknown = True
    elif period.prior is not (gold_which == "prior"):
        return "wrong"
    if not balance and period.length != length:
        if period.length not in ("", "unstated"):
            return "wrong"
        unknown = True
    if period.end and end and not (balance and gold_which == "prior") and not _near(period.end, end):
        return "wrong"
    return "unknown" if unknown else "right"


def judge(index: FactIndex, release: GoldRelease, length: str) -> list[tuple[str, str, str]]:
    """(metric, which, verdict) per gold value: right, wrong_period (found under a period that
    contradicts the gold one, and under no right one), unknown_period (found only where the
    period could not be read) or missing."""
    verdicts = []
    for gold in release.values:
        metric = _GOLD_TO_FACT[gold.metric]
        balance = gold.metric == "cash"
        end = _date_key(release.period_end if gold.which == "current" else release.comparison_end)
        found = {
            _verdict(f, gold.which, balance, length, end)
            for f in index.facts
            if f.low <= gold.value <= f.high and metric in f.metrics
        }
        verdict = next(
            (name for key, name in _ORDER if key in found), "missing"
        )
        verdicts.append((gold.metric, gold.which, verdict))
    return verdicts


_ORDER = (("right", "right"), ("wrong", "wrong_period"), ("unknown", "unknown_period"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("releases", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--verbose", action="store_true", help="list every value not read right")
    args = parser.parse_args(argv)
    by_class: dict[str, Counter] = defaultdict(Counter)
    by_metric: dict[str, Counter] = defaultdict(Counter)
    problems = []
    started = time.perf_counter()
    for release in load_gold(args.gold):
        path = args.releases / release.doc
        if not path.exists():
            continue
        index = FactIndex(load_document(path))
        for metric, which, verdict in judge(index, release, release.length):
            by_class[format_class(release.doc)][verdict] += 1
            by_metric[metric][verdict] += 1
            if verdict != "right":
                problems.append(f"{release.doc}: {metric} {which}: {verdict}")
    elapsed = time.perf_counter() - started
    if args.verbose:
        print("\n".join(problems))
    print(f"{'':<12} {'right':>6} {'wrong_period':>13} {'unknown_period':>15} {'missing':>8}")
    for name, counts in [*sorted(by_class.items()), *sorted(by_metric.items())]:
        total = sum(counts.values())
        print(
            f"{name:<16} {counts['right']:>4}/{total:<4} {counts['wrong_period']:>8} {counts['unknown_period']:>15}"
            f" {counts['missing']:>8}"
        )
    total = Counter()
    for counts in by_class.values():
        total.update(counts)
    count = sum(total.values())
    print(
        f"reading accuracy: {total['right']}/{count} = {total['right'] / count:.1%} right (goal >= 98%); "
        f"{total['wrong_period']} found only under a wrong period (goal 0); {total['unknown_period']} found only where "
        f"the period is unread; {total['missing']} missing; {elapsed:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
