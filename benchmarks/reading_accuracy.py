"""Reading accuracy: does the facts stage read each gold key figure with its metric and period?

For every gold value (current and prior) of every release, a fact must exist whose interval
holds the value, whose metric is the gold metric, and whose period is the gold period (the
main period's length; current or comparison; the column's end date where the table gives
one). A value found only with a wrong or unknown period is counted apart: it is the
dangerous kind.

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

from summarizer.facts import FactIndex
from summarizer.ingest import load_document

_GOLD_TO_FACT = {"revenue": "revenue", "net_income": "net_income", "eps_diluted": "eps",
                 "operating_income": "operating_income", "cash": "cash"}  # fmt: skip


def _date_key(iso: str | None) -> tuple[int, int, int] | None:
    return tuple(int(part) for part in iso.split("-")) if iso else None  # type: ignore[return-value]


def _near(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Two period ends within about a week (13- vs 14-week quarters end on different days)."""
    months = (a[0] * 12 + a[1]) - (b[0] * 12 + b[1])
    if abs(months) > 1:
        return False
    if not a[2] or not b[2]:
        return months == 0
    return abs(months * 30 + a[2] - b[2]) <= 8


def judge(index: FactIndex, release: GoldRelease, length: str) -> list[tuple[str, str, str]]:
    """(metric, which, verdict) per gold value: right, wrong_period or missing."""
    verdicts = []
    for gold in release.values:
        metric = _GOLD_TO_FACT[gold.metric]
        balance = gold.metric == "cash"
        end = _date_key(release.period_end if gold.which == "current" else release.comparison_end)
        found = [f for f in index.facts if f.low <= gold.value <= f.high and metric in f.metrics]
        right = []
        for fact in found:
            period = fact.period
            if period.prior is not (gold.which == "prior"):
                continue
            if not balance and period.length != length:
                continue
            if period.end and end and not (balance and gold.which == "prior") and not _near(period.end, end):
                continue
            right.append(fact)
        verdicts.append((gold.metric, gold.which, "right" if right else "wrong_period" if found else "missing"))
    return verdicts


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
    print(f"{'':<12} {'right':>6} {'wrong_period':>13} {'missing':>8}")
    for name, counts in [*sorted(by_class.items()), *sorted(by_metric.items())]:
        total = sum(counts.values())
        print(f"{name:<16} {counts['right']:>4}/{total:<4} {counts['wrong_period']:>8} {counts['missing']:>8}")
    total = Counter()
    for counts in by_class.values():
        total.update(counts)
    count = sum(total.values())
    print(
        f"reading accuracy: {total['right']}/{count} = {total['right'] / count:.1%} right (goal >= 98%); "
        f"{total['wrong_period']} found only under a wrong period (goal 0); {total['missing']} missing; {elapsed:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
