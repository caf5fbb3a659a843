"""Quality of the extractive engine on every corpus release.

Expected values were written by hand from each release (main period = the quarter
reported; comparison = the same quarter a year earlier), in base units. A value is
right when the expected figure lies within the rounding of what the engine reports
("$3.9 billion" is right for 3,931 million); a value reported for a metric the release
does not state, or that does not match, is wrong.

Run: .venv/bin/python benchmarks/extractive_quality.py
Targets (issue 5): recall >= 95% and no wrong value.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from summarizer.extractive import summarize_extractive
from summarizer.ingest import load_document
from summarizer.summary import Amount

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
M, K = Decimal(10) ** 6, Decimal(10) ** 3
METRICS = ("revenue", "net_income", "eps_diluted")
EXPECTED: dict[str, dict[str, tuple[Decimal, Decimal] | None]] = {
    "immunogen_q2-fy2006_8k.txt": {
        "revenue": (6587 * K, 9047 * K),
        "net_income": (-3502 * K, -2209 * K),
        "eps_diluted": (Decimal("-0.09"), Decimal("-0.05")),
    },
    "nvidia_q4-fy2026.txt": {
        "revenue": (68127 * M, 39331 * M),
        "net_income": (42960 * M, 22091 * M),
        "eps_diluted": (Decimal("1.76"), Decimal("0.89")),
    },
    "sears_q2-2004.txt": {
        "revenue": (8781 * M, 10196 * M),
        "net_income": (53 * M, 309 * M),
        "eps_diluted": (Decimal("0.24"), Decimal("1.04")),
    },
    "apple_q1-fy2011.txt": {
        "revenue": (26741 * M, 15683 * M),
        "net_income": (6004 * M, 3378 * M),
        "eps_diluted": (Decimal("6.43"), Decimal("3.67")),
    },
    "buckle_q3-fy2024.html": {
        "revenue": (293618 * K, 303457 * K),
        "net_income": (44172 * K, 51762 * K),
        "eps_diluted": (Decimal("0.88"), Decimal("1.04")),
    },
    "conocophillips_q2-2026_text.txt": {
        "revenue": None,  # the release states no revenue figure
        "net_income": (3931 * M, 1971 * M),
        "eps_diluted": (Decimal("3.23"), Decimal("1.56")),
    },
    "mcdonalds_q2-2026_text.txt": {
        "revenue": (7099 * M, 6843 * M),
        "net_income": (2362 * M, 2253 * M),
        "eps_diluted": (Decimal("3.32"), Decimal("3.14")),
    },
    "peapack-gladstone_q3-2025_newswire.txt": {
        "revenue": (70694 * K, 56619 * K),
        "net_income": (9631 * K, 7587 * K),
        "eps_diluted": (Decimal("0.54"), Decimal("0.43")),
    },
}
def holds(amount: Amount | None, expected: Decimal) -> bool:
    """True when ``expected`` lies within the rounding of ``amount``."""
    if amount is None:
        return False
    low, high = amount.interval
    return low <= expected <= high


def evaluate() -> list[tuple[str, str, str, str]]:
    """(release, metric, which, verdict) for every expected value and every extra one."""
    rows = []
    for name, expected in EXPECTED.items():
        summary = summarize_extractive(load_document(DATA / name))
        found = {m.metric: m for m in summary.metrics if m.basis == "gaap"}
        for metric in METRICS:
            reported = found.get(metric)
            values = expected[metric]
            if values is None:
                rows.append((name, metric, "both", "wrong" if reported else "rightly absent"))
                continue
            for which, value, amount in (
                ("current", values[0], reported.value if reported else None),
                ("comparison", values[1], reported.comparison_value if reported else None),
            ):
                verdict = "right" if holds(amount, value) else ("missing" if amount is None else "wrong")
                rows.append((name, metric, which, verdict))
    return rows


def main() -> int:
    rows = evaluate()
    expected = [r for r in rows if r[3] != "rightly absent"]
    right = sum(r[3] == "right" for r in rows)
    wrong = [r for r in rows if r[3] == "wrong"]
    print(f"{'release':<40} {'metric':<12} {'current':<9} {'comparison':<10}")
    for name in EXPECTED:
        for metric in METRICS:
            verdicts = {which: verdict for n, m, which, verdict in rows if n == name and m == metric}
            both = verdicts.get("both")
            print(f"{name:<40} {metric:<12} {both or verdicts['current']:<9} {both or verdicts['comparison']:<10}")
    recall = right / len(expected)
    print(f"\nrecall {right}/{len(expected)} = {recall:.1%} (target >= 95%); wrong values: {len(wrong)} (target 0)")
    return 0 if recall >= 0.95 and not wrong else 1


if __name__ == "__main__":
    sys.exit(main())
