"""How much of the releases' tables the facts stage reads, no labels needed: of the table cells of money
and per-share amounts (levels, not changes; outlook columns aside), the share whose metric is read, and of
those on a flow's row (no balance), the share whose period length is read. A cell left unread backs no
claim that names a metric or a length, so each unread one is a true claim the verifier may turn away.
The same two shares are counted for the figures of running text: every amount, per-share amount and
percentage of a sentence ("Net income for 2Q26 was S/33 million"), changes too.

Run: .venv/bin/python benchmarks/reading_coverage.py RELEASES [--verbose]
(--verbose: each release's counts, and the row labels and column headings left unread most often)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from summarizer.facts import FactIndex
from summarizer.ingest.load import load_document
from summarizer.text.vocabulary import BALANCE_METRICS

_NO_LENGTH = BALANCE_METRICS | {"other"}


_SENTENCE_FAMILIES = ("currency", "per_share", "percent")


def coverage(path: Path, rows: Counter[str], columns: Counter[str], sentences: list[int]) -> tuple[int, int, int, int]:
    """(cells, cells with a metric read, flow cells, flow cells with a length read) of one release; the same four
    counts of its sentences' figures are added to ``sentences``."""
    cells = named = flows = lengthed = 0
    for fact in FactIndex(load_document(path)).facts:
        if fact.figure.table is None and fact.family in _SENTENCE_FAMILIES:
            sentences[0] += 1
            sentences[1] += bool(fact.metrics)
            if fact.metrics and not fact.metrics & _NO_LENGTH:
                sentences[2] += 1
                sentences[3] += bool(fact.period.length)
            continue
        if fact.figure.table is None or fact.change or fact.forward or fact.family not in ("currency", "per_share"):
            continue
        cells += 1
        named += bool(fact.metrics)
        if not fact.metrics:
            rows[" ".join((fact.figure.row or "").split())[:60]] += 1
        elif not fact.metrics & _NO_LENGTH:
            flows += 1
            lengthed += bool(fact.period.length)
            if not fact.period.length:
                columns[" ".join((fact.figure.column or "").split())[:80]] += 1
    return cells, named, flows, lengthed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("releases", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    rows: Counter[str] = Counter()
    columns: Counter[str] = Counter()
    totals = [0, 0, 0, 0]
    sentences = [0, 0, 0, 0]
    for path in sorted(args.releases.iterdir()):
        counts = coverage(path, rows, columns, sentences)
        totals = [total + count for total, count in zip(totals, counts)]
        if args.verbose:
            print(f"{path.name:<50} metric {counts[1]:>5}/{counts[0]:<5} length {counts[3]:>5}/{counts[2]:<5}")
    if args.verbose:
        print("row labels left without a metric, most cells first:")
        for label, count in rows.most_common(25):
            print(f"  {count:>4}  {label!r}")
        print("column headings left without a length on a flow's row:")
        for heading, count in columns.most_common(15):
            print(f"  {count:>4}  {heading!r}")
    cells, named, flows, lengthed = totals
    print(
        f"reading coverage: metric read for {named}/{cells} = {named / max(cells, 1):.1%} of table amounts; "
        f"length read for {lengthed}/{flows} = {lengthed / max(flows, 1):.1%} of those on a flow's row"
    )
    figures, named, flows, lengthed = sentences
    print(
        f"sentence figures: metric read for {named}/{figures} = {named / max(figures, 1):.1%}; "
        f"length read for {lengthed}/{flows} = {lengthed / max(flows, 1):.1%} of those of a flow's metric"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
