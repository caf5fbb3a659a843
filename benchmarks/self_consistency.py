"""Self-consistency: every sentence of a release that states figures, verified against its own release.

No labels are needed. A release's own sentence must be supported by the release (the tool
must read a sentence consistently with itself); and a sentence whose figures the release
restates in a table must be supported with that sentence left out (the table and the prose
must be read alike). Each unsupported sentence is a false alarm.

Run: .venv/bin/python benchmarks/self_consistency.py ../shared/corpus/releases [--verbose]
Goal (issue 10): <= 2% false alarms over all releases.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from summarizer.claims import ClaimNumber, read_numbers
from summarizer.facts import FactIndex, family_of
from summarizer.ingest import load_document
from summarizer.types import Unit
from summarizer.verify import CLAIM_FAMILIES, SUPPORTED, Status, verify_claim

_MAX_SENTENCE = 400
_MIN_WORDS = 4
_WORD = re.compile(r"[A-Za-z]{2,}")
_LABEL_WORD = re.compile(r"[a-z]{4,}")
_COMMON = frozenset("total with from that this were than other over year quarter months ended three nine".split())


def _financial(check) -> list:
    return [n for n in check.numbers if n.status is not Status.NOT_FINANCIAL]


def _stems(words: str) -> set[str]:
    return {word.rstrip("s") for word in _LABEL_WORD.findall(words.lower())} - _COMMON


def _restated_number(index: FactIndex, number: ClaimNumber, stems: set[str]) -> bool:
    """True when a table cell states the sentence's number: same value within rounding (either
    sign: the sign is the words'), at least as precise, in a row whose label shares a word with
    the sentence."""
    low, high = number.interval
    if number.unit is Unit.BASIS_POINTS:
        low, high = low / 100, high / 100
    low, high = min(abs(low), abs(high)), max(abs(low), abs(high))
    return any(
        fact.in_table and number.decimals <= fact.figure.decimals and bool(_stems(fact.figure.row or "") & stems)
        for family in CLAIM_FAMILIES[family_of(number.unit)]
        for lower, upper in ((low, high), (-high, -low))
        for fact in index.matches(family, lower, upper)
    )


def restated(index: FactIndex, sentence: str) -> bool:
    """True when every financial number of ``sentence`` is restated in one of the tables."""
    numbers = [n for n in read_numbers(sentence) if n.kind is None]
    stems = _stems(sentence)
    return bool(numbers) and all(_restated_number(index, n, stems) for n in numbers)


def evaluate(path: Path, verbose: bool, any_value: bool) -> tuple[int, int, int, int]:
    """(sentences, false alarms, restated sentences, false alarms without the sentence)."""
    document = load_document(path)
    index = FactIndex(document)
    text = document.text
    sentences = alarms = restated_count = restated_alarms = 0
    for span in index.sentences:  # the release's prose: sentences outside its tables
        sentence = span.of(text)
        if span.length > _MAX_SENTENCE or len(_WORD.findall(sentence)) < _MIN_WORDS:
            continue  # a page number, a cover-page fragment, a flattened table
        check = verify_claim(index, sentence)
        numbers = _financial(check)
        if not numbers:
            continue
        sentences += 1
        if not check.supported:
            alarms += 1
            if verbose:
                bad = "; ".join(f"{n.text} ({n.status.value})" for n in numbers if n.status not in SUPPORTED)
                print(f"  own    [{path.name}] {' '.join(sentence.split())[:160]} -> {bad}")
        if _any_value(index, numbers) if any_value else restated(index, sentence):
            restated_count += 1
            alone = verify_claim(index.without(span), sentence)
            if not alone.supported:
                restated_alarms += 1
                if verbose:
                    bad = "; ".join(f"{n.text} ({n.status.value})" for n in _financial(alone) if n.status not in SUPPORTED)
                    print(f"  tables [{path.name}] {' '.join(sentence.split())[:160]} -> {bad}")
    return sentences, alarms, restated_count, restated_alarms


def _any_value(index: FactIndex, numbers: list) -> bool:
    """The first definition: as many table cells equal in value to any of the numbers as numbers."""
    in_tables = [
        fact for fact in index.facts
        if fact.in_table and any(fact.low <= n.value < fact.high or fact.low < n.value <= fact.high for n in numbers)
    ]  # fmt: skip
    return len(in_tables) >= len(numbers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("releases", type=Path)
    parser.add_argument("--verbose", action="store_true", help="list every sentence that is not supported")
    parser.add_argument("--any-value", action="store_true", help="the first definition of restated (see above)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    totals = [0, 0, 0, 0]
    for path in sorted(p for p in args.releases.iterdir() if p.is_file()):
        for position, count in enumerate(evaluate(path, args.verbose, args.any_value)):
            totals[position] += count
    sentences, alarms, restated, restated_alarms = totals
    checked = sentences + restated
    print(
        f"self-consistency: {alarms}/{sentences} sentences not supported by their own release; "
        f"{restated_alarms}/{restated} restated in tables not supported without the sentence; "
        f"false alarms {(alarms + restated_alarms) / max(1, checked):.1%} (goal <= 2%); "
        f"{time.perf_counter() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
