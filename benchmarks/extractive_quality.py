"""Quality of the extractive engine's key figures against a gold file, on a folder of releases.

For each release of the gold file (``gold_metrics.jsonl``) and each key figure (revenue, net
income, diluted EPS, operating income, cash; current and prior), the engine's GAAP metric is
right when the gold value lies within the rounding of what it prints, wrong when it prints
another value (or prints a figure the release does not report), missing when it prints none.

Run: .venv/bin/python benchmarks/extractive_quality.py ../shared/corpus/releases ../shared/corpus/gold_metrics.jsonl
Goals (issue 12): revenue, net income and diluted EPS >= 95% right with 0 wrong; operating
income and cash with 0 wrong.

It also verifies each summary against its release (``summary.verify_summary``) and counts the
financial numbers of the engine's own writing that the verifier does not support: an engine that
is right or silent writes none (a flagged number is the engine's error or the verifier's).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import METRICS, format_class, load_gold

from summarizer.engines.extractive import summarize_extractive
from summarizer.ingest.load import load_document
from summarizer.summary.model import Amount, verify_summary
from summarizer.verify.verifier import SUPPORTED, Status


def holds(amount: Amount | None, expected: Decimal) -> bool:
    """True when ``expected`` lies within the rounding of ``amount``."""
    if amount is None:
        return False
    low, high = amount.interval
    return low <= expected <= high


def evaluate(
    releases: Path, gold_path: Path, flagged: Counter[str] | None = None
) -> list[tuple[str, str, str, str]]:
    """(release, metric, which, verdict) for every gold value, and every value printed for an absent
    metric; with ``flagged``, the summaries' financial numbers counted under "numbers" and those the
    verifier does not support under "flagged"."""
    rows = []
    for release in load_gold(gold_path):
        path = releases / release.doc
        if not path.exists():
            continue
        document = load_document(path)
        summary = summarize_extractive(document)
        if flagged is not None:
            statuses = [n.status for c in verify_summary(summary, document).claims for n in c.numbers]
            flagged["numbers"] += sum(status is not Status.NOT_FINANCIAL for status in statuses)
            flagged["flagged"] += sum(status is not Status.NOT_FINANCIAL and status not in SUPPORTED for status in statuses)
        found = {m.metric: m for m in summary.metrics if m.basis == "gaap"}
        for metric in METRICS:
            reported = found.get(metric)
            if metric in release.absent:
                if reported:
                    rows.append((release.doc, metric, "current", "wrong"))
                continue
            for gold in (g for g in release.values if g.metric == metric):
                amount = None if reported is None else reported.value if gold.which == "current" else reported.comparison_value
                verdict = "right" if holds(amount, gold.value) else ("missing" if amount is None else "wrong")
                rows.append((release.doc, metric, gold.which, verdict))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("releases", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--verbose", action="store_true", help="list every wrong and missing value")
    args = parser.parse_args(argv)
    flagged: Counter[str] = Counter()
    rows = evaluate(args.releases, args.gold, flagged)
    by_metric: dict[str, Counter] = defaultdict(Counter)
    by_class: dict[str, Counter] = defaultdict(Counter)
    for doc, metric, which, verdict in rows:
        by_metric[metric][verdict] += 1
        by_class[format_class(doc)][verdict] += 1
        if args.verbose and verdict != "right":
            print(f"{verdict:8} {doc}: {metric} {which}")
    print(f"{'':<18} {'right':>9} {'wrong':>6} {'missing':>8}")
    for name, counts in [*sorted(by_metric.items()), *sorted(by_class.items())]:
        total = sum(counts.values())
        print(f"{name:<18} {counts['right']:>4}/{total:<4} {counts['wrong']:>6} {counts['missing']:>8}")
    headline = [r for r in rows if r[1] in ("revenue", "net_income", "eps_diluted")]
    right = sum(r[3] == "right" for r in headline)
    wrong = sum(r[3] == "wrong" for r in rows)
    print(
        f"extractive: revenue/net income/diluted EPS {right}/{len(headline)} = {right / len(headline):.1%} right "
        f"(goal >= 95%); wrong values, all five metrics: {wrong} (goal 0); numbers the verifier flags in the"
        f" summaries: {flagged['flagged']} of {flagged['numbers']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
