"""Session 49 (issue 13's claims of thousands of numbers): fast paths held to what they replace.

- ``verifier._own_year``: the amounts between a number and a year found by bisection over the claim's amount starts
  (``_amount_starts``), and only the years of the number's stretch looked at, as the scan of every amount and every
  year found them.
- ``analyst_math._clause_levels``: the levels of a change's clause looked for among the supported amounts of its kind,
  a break between two found by bisection over the claim's breaks (``_break_within``), as the scan of every amount
  with a search of the text between found them.
- ``verifier._clauses``: a bare "and" asks for the figures around it by bisection (``_FiguresInOrder``) and the
  reading stops once a claim is a list, as the scan of every figure at each "and" read it.
"""

from __future__ import annotations

import bisect
import itertools
import time
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.types import Span, Unit
from summarizer.verify import analyst_math, verifier
from summarizer.verify.claims import read_numbers

# Pieces of claims: amounts, years, the words that part a claim's stretches and clauses, and words of other periods.
_PIECES = [
    "$1.2 million", "$45.6 million", "12.5%", "3%", "$0.98", "2019", "2023", "2024", "fiscal 2025", "revenue", "net income",
    "was", "rose to", "from", "in", "compared with", "and", "and margin was", ", ", "; ", ": ", ". ", ", while ", "vs. ",
    "up", "down", "to", "over", "respectively", "Q3", " ",
]  # fmt: skip
_CLAIMS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map(lambda pieces: " ".join(pieces))


def _own_year_as_before(text: str, numbers, position: int) -> int | None:
    """``_own_year`` as it was: every amount listed again, every year of the claim tried."""
    number = numbers[position]
    if number.kind is not None:
        return None
    marks = verifier._claim_marks(text)
    stops = marks.stops
    at = bisect.bisect_left(stops, number.span.start)
    opens = stops[at - 1] if at > 0 else 0
    after = bisect.bisect_left(stops, number.span.end)
    closes = stops[after] if after < len(stops) else len(text)
    amounts = [n.span.start for n in numbers if n.kind is None and n is not number]
    near = []
    for start, end, year in marks.years:
        if opens <= start and end <= number.span.start:
            if any(opens <= amount < start for amount in amounts):
                continue
            between, gap, before = (end, number.span.start), number.span.start - end, True
        elif number.span.end <= start and end <= closes:
            between, gap, before = (number.span.end, start), start - number.span.end, False
            if verifier._OTHER_PERIOD_AFTER.search(text, *between):
                continue
        else:
            continue
        if not verifier._OTHER_PERIOD_BETWEEN.search(text, *between) and not any(between[0] <= amount < between[1] for amount in amounts):
            near.append((before, gap, year))
    return min(near)[2] if near else None


@settings(max_examples=400, deadline=None)
@given(_CLAIMS)
def test_a_numbers_own_year_is_found_as_before(text: str) -> None:
    numbers = read_numbers(text)
    starts = verifier._amount_starts(numbers)
    for position in range(len(numbers)):
        expected = _own_year_as_before(text, numbers, position)
        assert verifier._own_year(text, numbers, position, starts) == expected
        assert verifier._own_year(text, numbers, position) == expected


def test_a_numbers_own_year_on_release_words() -> None:
    text = "compared with $147 million in the third quarter of 2021 and $441 million in the fourth quarter of 2020"
    numbers = read_numbers(text)
    amounts = [i for i, n in enumerate(numbers) if n.kind is None]
    assert [verifier._own_year(text, numbers, i) for i in amounts] == [2021, 2020]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab;. \nvs1", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_a_break_within_is_the_search_of_the_text_between(text: str, low: int, high: int) -> None:
    low, high = min(low, len(text)), min(high, len(text))
    if low > high:
        low, high = high, low
    breaks = analyst_math._clause_breaks(text)
    expected = analyst_math._CLAUSE_BREAK.search(text, low, high) is not None
    assert analyst_math._break_within(breaks, low, high) == expected


def _clause_levels_as_before(text: str, position: int, stated, kind) -> list[int]:
    start, end = stated[position].span.start, stated[position].span.end
    return [
        i for i, level in enumerate(stated)
        if i != position and level.supported and not level.change and level.kind == kind
        and not analyst_math._CLAUSE_BREAK.search(text, min(start, level.span.end), max(end, level.span.start))
    ]  # fmt: skip


_STATED = st.lists(
    st.tuples(st.sampled_from(["money", "count", "percent", "shares"]), st.booleans(), st.booleans(), st.sampled_from([" ", "; ", ". ", " vs. ", ", "])),
    min_size=1,
    max_size=25,
)


@settings(max_examples=300, deadline=None)
@given(_STATED)
def test_a_clauses_levels_are_found_as_before(amounts) -> None:
    pieces, stated = [], []
    at = 0
    for kind, supported, change, gap in amounts:
        figure = "$1.5"
        stated.append(analyst_math.Stated(Span(at, at + len(figure)), Decimal("1.5"), Decimal("1.45"), Decimal("1.55"), kind, supported, change))
        pieces.append(figure + gap)
        at += len(figure + gap)
    text = "".join(pieces)
    supported = analyst_math.supported_by_kind(stated)
    for position, kind in itertools.product(range(len(stated)), ["money", "count", "percent", "shares", None]):
        expected = _clause_levels_as_before(text, position, stated, kind)
        assert analyst_math._clause_levels(text, position, stated, kind, supported) == expected
        assert analyst_math._clause_levels(text, position, stated, kind) == expected


def _clauses_as_before(text: str) -> list[tuple[int, int, str]]:
    """``_clauses`` as it was: every figure scanned at each bare "and", every break read before the count."""
    strong = [(m.start(), m.end()) for m in itertools.islice(verifier._CLAUSE_BREAK.finditer(text), verifier._MOST_CLAUSES)]
    if len(strong) >= verifier._MOST_CLAUSES:
        return []
    breaks = strong + [
        (m.start(), m.end()) for m in verifier._JOINED_CLAUSE.finditer(text) if not any(s <= m.start() < e for s, e in strong)
    ]
    breaks.sort()
    numbers = [n for n in read_numbers(text) if n.kind is None]
    figures = [n.span for n in numbers]
    percentages = {n.span for n in numbers if n.unit is Unit.PERCENT}
    kept = [
        (start, end)
        for (start, end), following, previous in zip(
            breaks, [*(s for s, _ in breaks[1:]), len(text)], [0, *(e for _, e in breaks[:-1])]
        )
        if text[start:end].strip() != "and"
        or verifier._own_length(text[end:following])
        or (verifier._after_a_figure(figures, previous, start) and verifier._own_subject_after(text, figures, end, following, percentages))
    ]
    if len(kept) >= verifier._MOST_CLAUSES:
        return []
    clauses = []
    for (_, start), (stop, _) in zip([(0, 0), *kept], [*kept, (len(text), len(text))]):
        carried = ""
        if not (verifier._own_length(text[start:stop]) or verifier.YEAR.search(text, start, stop) or verifier._DAY_SAID.search(text, start, stop)):
            joined_up_to = next((s for s, _ in strong if s >= stop), len(text))
            carried = verifier._own_length(text[:start]) or verifier._own_length(text[stop:joined_up_to])
        clauses.append((start, stop, carried))
    return clauses


@settings(max_examples=400, deadline=None)
@given(_CLAIMS)
def test_a_claims_clauses_are_read_as_before(text: str) -> None:
    assert verifier._clauses(text) == _clauses_as_before(text)


def test_clauses_of_a_release_like_claim() -> None:
    text = "Sales volume grew 13% to 27.2 thousand MT in Q4 and liquidity stood at $464 million at year-end"
    assert verifier._clauses(text) == _clauses_as_before(text)
    assert len(verifier._clauses(text)) == 2


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 6)), max_size=12), st.integers(0, 70), st.integers(0, 70))
def test_figures_in_order_answer_as_the_scans(spans, low: int, high: int) -> None:
    figures = [Span(start, start + length) for start, length in spans]
    ordered = verifier._FiguresInOrder(figures)
    assert ordered.end_within(low, high) == verifier._after_a_figure(figures, low, high)
    first = next((figure for figure in figures if low <= figure.start < high), None)
    assert next((figure for figure in ordered.starting(low, high) if low <= figure.start < high), None) == first


def test_a_claim_of_thousands_of_numbers_is_read_in_linear_time() -> None:
    """The three scans above, each made once per number, were quadratic; 4,000 amounts and 4,000 changes joined by
    "and" now take well under a few seconds."""
    text = "Revenue and net income were " + "".join(f"${i % 997}.{i % 10} and up {i % 89}%, " for i in range(4000))
    numbers = read_numbers(text)
    started = time.process_time()
    starts = verifier._amount_starts(numbers)
    for position in range(len(numbers)):
        verifier._own_year(text, numbers, position, starts)
    verifier._clauses(text)
    assert time.process_time() - started < 5
