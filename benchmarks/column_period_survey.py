"""Which table columns the facts stage leaves without a period: a survey over the releases, no labels needed.

Of every table cell the facts stage reads (``FactIndex.facts`` with a table), count those whose column leaves
its period unknown, in three ways: no length on a flow's row ("Three Months Ended" unread; a balance is of a day),
no end date (no date read from the heading), and not told current or comparison (``prior`` None); change cells
count for their length only, as they span two periods by their nature. A cell told neither current nor comparison
whose length and end are read is placed by a rule (an outlook's earlier edition, a column dated before a later one
of a length left unsaid, twelve trailing months), and is counted apart from the cells left unread. The cells are grouped by their column heading, so the most common unread headings come first:
"30 JUN 2026", "Prior | Updated", "Q/Q" are shapes a general rule in ``figures/columns.py`` can read.

Run: .venv/bin/python benchmarks/column_period_survey.py RELEASES [--top N] [--kind length|end|prior|any]
Prints the totals, then the top headings of the chosen kind with their cell counts and how many releases hold
them.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from summarizer.facts import Fact, FactIndex
from summarizer.ingest.load import load_document
from summarizer.text.vocabulary import BALANCE_METRICS

_NO_LENGTH = BALANCE_METRICS | {"other"}

_KINDS = ("length", "end", "prior", "any", "unread")


def unknowns(fact: Fact) -> set[str]:
    """The parts of a table cell's period the reading left unknown: of ``length`` (on a flow's row: a balance
    is of a day, no length), ``end`` and ``prior`` (of a level: a change spans two periods, dated by neither)."""
    period = fact.period
    missing = set()
    if not period.length and fact.metrics and not fact.metrics & _NO_LENGTH:
        missing.add("length")
    if period.end is None and not fact.change:
        missing.add("end")
    if period.prior is None and not fact.change:
        missing.add("prior")
        if period.end is not None and (period.length or "length" not in missing):
            missing.add("dated")  # placed, of no side: an outlook's earlier edition, twelve trailing months
    return missing


def heading_of(fact: Fact) -> str:
    return " ".join((fact.figure.column or "").split())[:90]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("releases", type=Path)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--kind", choices=_KINDS, default="any")
    args = parser.parse_args(argv)
    cells = 0
    totals: Counter[str] = Counter()
    by_heading: Counter[str] = Counter()
    releases_of: dict[str, set[str]] = defaultdict(set)
    for path in sorted(args.releases.iterdir()):
        for fact in FactIndex(load_document(path)).facts:
            if fact.figure.table is None:
                continue
            cells += 1
            missing = unknowns(fact)
            totals.update(missing)
            totals["any"] += bool(missing)
            unread = bool(missing - {"prior", "dated"}) or ("prior" in missing and "dated" not in missing)
            totals["unread"] += unread
            if args.kind in missing or (args.kind == "any" and missing) or (args.kind == "unread" and unread):
                heading = heading_of(fact)
                by_heading[heading] += 1
                releases_of[heading].add(path.name[:28])
    print(
        f"table cells {cells}: period unknown in any part {totals['any']}; no length {totals['length']} (flow rows), "
        f"no end {totals['end']}, not told current or prior {totals['prior']} (these two: levels)"
    )
    print(
        f"of those not told current or prior, {totals['dated']} are dated and of a length, of no side by the reading's "
        f"rule (an outlook's earlier edition, twelve trailing months); left unread: {totals['unread']}"
    )
    print(f"headings whose cells leave the {args.kind} unknown, most cells first:")
    for heading, count in by_heading.most_common(args.top):
        names = sorted(releases_of[heading])
        print(f"  {count:>5} {len(names):>3}  {heading!r}  [{', '.join(names[:2])}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
