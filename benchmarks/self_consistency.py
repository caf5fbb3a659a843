"""Self-consistency: every sentence of a release that states figures, verified against its own release.

No labels are needed. A release's own sentence must be supported by the release (the tool
must read a sentence consistently with itself); and a sentence whose figures the release
restates in a table must be supported with that sentence left out (the table and the prose
must be read alike). Each unsupported sentence is a false alarm. A sentence is read in its section, as the release
prints it: under a heading that names one of its segments ("Americas" / "Sales of $398 million increased 3% on a
reported basis"), the sentence is of that segment, and is verified with the segment's name before it.

A sentence is restated when each of its numbers stands in a table cell of the same value (either
sign, at least as precise) whose row label's words all stand in the sentence ("Net sales" for "Net
sales were $26.0 billion"); a cell of equal value in a row the sentence does not name is a
coincidence, not a restatement. The test reads only the sentence's words and the table, never the
tool's reading of the sentence: a sentence the tool misreads is not thereby taken out of the count.
The earlier, looser definition (any equal cell in a row sharing one word with the sentence) is
printed beside it, and ``--loose`` / ``--any-value`` select the earlier definitions.

Run: .venv/bin/python benchmarks/self_consistency.py ../shared/corpus/releases [--verbose]
Goal (issue 10): <= 2% false alarms over all releases.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from summarizer.facts import FactIndex, family_of
from summarizer.ingest.load import load_document
from summarizer.types import Unit
from summarizer.verify.claims import ClaimNumber, read_numbers
from summarizer.verify.verifier import CLAIM_FAMILIES, SUPPORTED, Status, verify_claim

_MAX_SENTENCE = 400
_MIN_WORDS = 4
_WORD = re.compile(r"[A-Za-z]{2,}")
_LABEL_WORD = re.compile(r"[a-z]{4,}")
_COMMON = frozenset("total with from that this were than other over year quarter months ended three nine".split())


def _financial(check) -> list:
    return [n for n in check.numbers if n.status is not Status.NOT_FINANCIAL]


def _stems(words: str) -> set[str]:
    return {word.rstrip("s") for word in _LABEL_WORD.findall(words.lower())} - _COMMON


def _restated_number(index: FactIndex, number: ClaimNumber, stems: set[str], named: bool) -> bool:
    """True when a table cell states the sentence's number: same value within rounding (either
    sign: the sign is the words'), at least as precise, in a row whose label's words all stand in
    the sentence (``named``), else one that shares a word with it."""
    low, high = number.interval
    if number.unit is Unit.BASIS_POINTS:
        low, high = low / 100, high / 100
    low, high = min(abs(low), abs(high)), max(abs(low), abs(high))
    return any(
        fact.in_table and number.decimals <= fact.figure.decimals and _names_row(fact.figure.row or "", stems, named)
        for family in CLAIM_FAMILIES[family_of(number.unit)]
        for lower, upper in ((low, high), (-high, -low))
        for fact in index.matches(family, lower, upper)
    )


def _names_row(label: str, stems: set[str], named: bool) -> bool:
    row_words = _stems(label)
    return bool(row_words) and (row_words <= stems if named else bool(row_words & stems))


def restated(index: FactIndex, sentence: str) -> bool:
    """True when every financial number of ``sentence`` is restated in a table row it names."""
    numbers = [n for n in read_numbers(sentence) if n.kind is None]
    stems = _stems(sentence)
    return bool(numbers) and all(_restated_number(index, n, stems, True) for n in numbers)


def _loose_restated(index: FactIndex, sentence: str) -> bool:
    """The second definition: every number has a table cell of its value (either sign) in a row that
    shares a word with the sentence, whatever the row's metric or the column's period."""
    numbers = [n for n in read_numbers(sentence) if n.kind is None]
    stems = _stems(sentence)
    return bool(numbers) and all(_restated_number(index, n, stems, False) for n in numbers)


def _in_its_section(index: FactIndex, span, sentence: str) -> str:
    """The sentence with the name of the segment its section heading names before it, where its figures are read as
    that segment's and the sentence does not name it; a list item with the line that introduces its list where that
    line dates it to an earlier year ("Results for 2025 included the following:" / "• Pre-tax charges of $43 million
    ... for the quarter", last year's, as the facts stage reads it); else the sentence."""
    segment = next((f.segment for f in index.in_context(span) if f.segment and not f.in_table), "")
    if segment and segment.lower() not in sentence.lower():
        return f"{segment}: {sentence}"
    lead_in = _lead_in(index.document.text, span.start)
    years = [int(year) for year in _YEAR.findall(lead_in)]
    earlier = bool(years) and index.current_year is not None and max(years) < index.current_year
    return f"{lead_in} {sentence}" if earlier else sentence


_BULLETS = ("•", "●", "◦", "▪")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _lead_in(text: str, start: int) -> str:
    """The line ending with a colon right above the list the sentence at ``start`` is an item of (items of the list
    between), or ""."""
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start : start + 1].lstrip().startswith(_BULLETS):
        return ""
    while line_start > 0:
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous : line_start - 1].strip()
        line_start = previous
        if not line or line.startswith(_BULLETS):
            continue
        return line if line.endswith(":") else ""
    return ""


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
        if any(fact.figure.scale_source == "caption" for fact in index.in_context(span)):
            continue  # a block of one row under a scale caption ("$ in billions" / "Volume | $4.8 - $5.2"): no sentence
        sentence = _in_its_section(index, span, sentence)
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
        stated = _restated_by(definition, index, sentence, numbers)
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


def _restated_by(definition: str, index: FactIndex, sentence: str, numbers: list) -> bool:
    if definition == "any_value":
        return _any_value(index, numbers)
    if definition == "loose":
        return _loose_restated(index, sentence)
    return restated(index, sentence)


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
