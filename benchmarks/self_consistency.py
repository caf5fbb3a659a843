"""Self-consistency: every sentence of a release that states figures, verified against its own release.

No labels are needed. A release's own sentence must be supported by the release (the tool
must read a sentence consistently with itself); and a sentence whose figures the release
restates in a table must be supported with that sentence left out (the table and the prose
must be read alike). Each unsupported sentence is a false alarm.

A sentence is restated when each of its numbers stands in a table cell of the same value that is
about what the sentence says of the number, as the facts stage reads the sentence: the same metric
(by the cell's reading or its row label's words) and the same period length and side where both
are read (``_agrees``). A cell of equal value in another row or column is a coincidence, not a
restatement. The earlier, looser definition (any equal cell in a row sharing one word with the
sentence) is printed beside it, and ``--loose`` / ``--any-value`` select the earlier definitions.

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
from summarizer.facts import Fact, FactIndex, family_of
from summarizer.ingest import load_document
from summarizer.types import Span, Unit
from summarizer.verify import CLAIM_FAMILIES, SUPPORTED, Status, verify_claim
from summarizer.vocabulary import BALANCE_METRICS, lengths_compatible, metrics_compatible, metrics_in

_MAX_SENTENCE = 400
_MIN_WORDS = 4
_WORD = re.compile(r"[A-Za-z]{2,}")
_LABEL_WORD = re.compile(r"[a-z]{4,}")
_COMMON = frozenset("total with from that this were than other over year quarter months ended three nine".split())


def _financial(check) -> list:
    return [n for n in check.numbers if n.status is not Status.NOT_FINANCIAL]


def _stems(words: str) -> set[str]:
    return {word.rstrip("s") for word in _LABEL_WORD.findall(words.lower())} - _COMMON


def _restated_number(index: FactIndex, number: ClaimNumber, stems: set[str], said: Fact | None) -> bool:
    """True when a table cell states the sentence's number: same value within rounding (either
    sign: the sign is the words'), at least as precise, and about what the sentence says of the
    number (``_agrees``) -- a cell of equal value in another row or column is no restatement."""
    low, high = number.interval
    if number.unit is Unit.BASIS_POINTS:
        low, high = low / 100, high / 100
    low, high = min(abs(low), abs(high)), max(abs(low), abs(high))
    return any(
        fact.in_table and number.decimals <= fact.figure.decimals and _agrees(index, fact, stems, said)
        for family in CLAIM_FAMILIES[family_of(number.unit)]
        for lower, upper in ((low, high), (-high, -low))
        for fact in index.matches(family, lower, upper)
    )


def _agrees(index: FactIndex, cell: Fact, stems: set[str], said: Fact | None) -> bool:
    """True when a table cell is about what the sentence says of its number, as the facts stage
    reads the sentence (``said``, the number's fact of running text): the same metric (the cell's
    reading of its row, or its row label's own words, agree with the sentence's reading; or every
    word of the row label stands in the sentence) and, where both are read, the same period
    length and side (current or comparison) -- a change spans both sides. What the sentence's
    reading leaves unsaid is not held against a cell: an unread metric asks only that the row
    share a word with the sentence (``--loose`` asks no more of any number), an unread side is
    the release's own period, an unread length its main one. A cell whose column is unread
    agrees (the table's reading is what is measured, not a gate to it)."""
    label = cell.figure.row or ""
    row_words = _stems(label)
    if not (row_words & stems):
        return False
    if said is None or not said.metrics:
        return True
    metric = min(said.metrics)
    named = {name for _, name in metrics_in(label)} | set(cell.metrics)
    if not metrics_compatible(metric, named, unknown_fits=False) and not row_words <= stems:
        return False
    length = said.period.length or ("" if metric in BALANCE_METRICS else index.main_length)
    if length and cell.period.length and not lengths_compatible(length, cell.period.length):
        return False
    side = said.period.prior or False
    return cell.period.prior is None or cell.change or said.change or cell.period.prior == side


def restated(index: FactIndex, sentence: str, span: Span | None = None) -> bool:
    """True when every financial number of ``sentence`` is restated in one of the tables
    (``span``, where the sentence stands in the release: its numbers' facts of running text)."""
    numbers = [n for n in read_numbers(sentence) if n.kind is None]
    stems = _stems(sentence)
    said = _prose_facts(index, span) if span is not None else {}
    return bool(numbers) and all(
        _restated_number(index, n, stems, _said(said, span, n) if span is not None else None) for n in numbers
    )


def _prose_facts(index: FactIndex, span: Span) -> dict[int, Fact]:
    return {f.figure.span.start: f for f in index.facts if not f.in_table and span.contains(f.figure.span)}


def _said(said: dict[int, Fact], span: Span, number: ClaimNumber) -> Fact | None:
    """The fact of running text that stands where ``number`` stands in its sentence."""
    start, end = span.start + number.span.start, span.start + number.span.end
    return next((fact for at, fact in said.items() if start <= at < end or at <= start < fact.figure.span.end), None)


def _loose_restated(index: FactIndex, sentence: str) -> bool:
    """The second definition: every number has a table cell of its value (either sign) in a row that
    shares a word with the sentence, whatever the row's metric or the column's period."""
    numbers = [n for n in read_numbers(sentence) if n.kind is None]
    stems = _stems(sentence)
    return bool(numbers) and all(_restated_number(index, n, stems, None) for n in numbers)


def evaluate(path: Path, verbose: bool, definition: str = "") -> tuple[int, int, int, int, int, int]:
    """(sentences, false alarms, restated sentences, false alarms without the sentence, and the
    last two by the loose definition of restated, ``_loose_restated``, for comparison)."""
    document = load_document(path)
    index = FactIndex(document)
    text = document.text
    sentences = alarms = restated_count = restated_alarms = loose_count = loose_alarms = 0
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
        stated = _restated_by(definition, index, sentence, span, numbers)
        loose = stated or (not definition and _loose_restated(index, sentence))
        if not loose:
            continue
        alone = verify_claim(index.without(span), sentence)
        loose_count += 1
        loose_alarms += not alone.supported
        if not stated:
            continue
        restated_count += 1
        if not alone.supported:
            restated_alarms += 1
            if verbose:
                bad = "; ".join(f"{n.text} ({n.status.value})" for n in _financial(alone) if n.status not in SUPPORTED)
                print(f"  tables [{path.name}] {' '.join(sentence.split())[:160]} -> {bad}")
    return sentences, alarms, restated_count, restated_alarms, loose_count, loose_alarms


def _restated_by(definition: str, index: FactIndex, sentence: str, span: Span, numbers: list) -> bool:
    if definition == "any_value":
        return _any_value(index, numbers)
    if definition == "loose":
        return _loose_restated(index, sentence)
    return restated(index, sentence, span)


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
    parser.add_argument(
        "--any-value",
        action="store_const",
        const="any_value",
        dest="definition",
        help="the first definition of restated (see above)",
    )
    parser.add_argument(
        "--loose",
        action="store_const",
        const="loose",
        dest="definition",
        help="the second definition of restated (``_loose_restated``)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    totals = [0] * 6
    for path in sorted(p for p in args.releases.iterdir() if p.is_file()):
        for position, count in enumerate(evaluate(path, args.verbose, args.definition or "")):
            totals[position] += count
    sentences, alarms, restated, restated_alarms, loose, loose_alarms = totals
    checked = sentences + restated
    print(
        f"self-consistency: {alarms}/{sentences} sentences not supported by their own release; "
        f"{restated_alarms}/{restated} restated in tables not supported without the sentence; "
        f"false alarms {(alarms + restated_alarms) / max(1, checked):.1%} (goal <= 2%); "
        f"{time.perf_counter() - started:.0f} s"
    )
    if not args.definition:
        print(
            f"  (restated by the loose definition, any equal cell in a row sharing a word: {loose_alarms}/{loose} not "
            f"supported without the sentence; false alarms {(alarms + loose_alarms) / max(1, sentences + loose):.1%})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
