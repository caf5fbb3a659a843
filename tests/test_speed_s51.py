"""Session 51's speed work gives what it replaces (issue 13, a table of rows):

- ``FactIndex`` sorts a unit family's facts by value when a look-up first asks for that family (a summary asks for
  none): its look-ups answer as an index sorted all at once, whatever the order families are asked in;
- ``_ByValue`` reads each interval once for the facts that share it and finds the runs of equal floats by C loops:
  its order, ends and widest width are those of the sort it replaces (``_reference_order`` below, session 39's);
- facts of one ``interval_key`` have one interval, printed alike (what ``_ByValue`` reads once for them all);
- the release's abbreviations are searched for only when a figure or a claim's number needs them.
"""

from __future__ import annotations

from decimal import Decimal

from corpus import CORPUS, DATA
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.facts import FactIndex
from summarizer.facts.index import _ByValue, _runs_of_equals
from summarizer.facts.model import DerivedValue, Fact, interval_key
from summarizer.ingest.load import load_document
from summarizer.text.vocabulary import Period
from summarizer.types import Figure, Span, Unit


def _reference_order(items: list) -> tuple[list, list[float], list[float], Decimal]:
    """Session 39's ``_ByValue`` sort: each item's interval made, a stable sort by the floats of the low ends, then
    each run of equal floats not all exact sorted by the Decimals."""
    ends = [item.interval if isinstance(item, Fact) else (item.low, item.high) for item in items]
    lows = [float(low) for low, _ in ends]
    exact = [low == float(low) for low, _ in ends]
    widest = max([Decimal(0)] + [high - low for low, high in ends])
    order = sorted(range(len(items)), key=lows.__getitem__)
    first = 0
    for last in range(1, len(order) + 1):
        if last == len(order) or lows[order[last]] != lows[order[first]]:
            if last - first > 1 and not all(exact[p] for p in order[first:last]):
                order[first:last] = sorted(order[first:last], key=lambda p: ends[p][0])
            first = last
    return [items[p] for p in order], [lows[p] for p in order], [float(ends[p][1]) for p in order], widest


_DIGITS = st.sampled_from(["6.5", "6.50", "6500", "6.5E+3", "0.1", "0.1000000000000000000001", "-3", "0", "12345", "7E+3", "7000"])


def _figure(value: Decimal, decimals: int, unit: Unit) -> Figure:
    return Figure(Span(0, 1), str(value), value, unit, 0, "inline", False, False, decimals, Span(0, 1))


@st.composite
def _facts(draw) -> list[Fact]:
    """Facts that share figures and values (a table's repeated cells), some signed against their figure, some in
    basis points, of Decimals equal but printed otherwise and of floats equal but Decimals not."""
    values = [Decimal(draw(_DIGITS)) for _ in range(draw(st.integers(1, 4)))]  # objects shared by figures
    figures = [
        _figure(draw(st.sampled_from(values)), draw(st.integers(-3, 3)), draw(st.sampled_from([Unit.CURRENCY, Unit.BASIS_POINTS])))
        for _ in range(draw(st.integers(1, 6)))
    ]
    facts = []
    for _ in range(draw(st.integers(0, 40))):
        figure = draw(st.sampled_from(figures))
        value = -figure.value if draw(st.booleans()) else figure.value
        facts.append(Fact(figure, value, "currency", frozenset(), Period()))
    return facts


@settings(max_examples=300, deadline=None)
@given(_facts())
def test_the_index_by_value_orders_its_facts_as_the_sort_it_replaces(facts):
    items, lows, highs, widest = _reference_order(list(facts))
    found = _ByValue(list(facts))
    assert [id(item) for item in found.items] == [id(item) for item in items]
    assert list(found.lows) == lows and list(found.highs) == highs
    assert found.widest == widest


@settings(max_examples=300, deadline=None)
@given(_facts())
def test_facts_of_one_key_have_one_interval_printed_alike(facts):
    first: dict = {}
    for fact in facts:
        made = first.setdefault(interval_key(fact), fact.interval)
        assert [str(end) for end in fact.interval] == [str(end) for end in made]


@given(st.lists(st.sampled_from([0.0, 1.0, 2.0, float("inf")]), max_size=30))
def test_runs_of_equal_values_are_found_as_a_walk_finds_them(values):
    from array import array

    expected, first = [], 0
    for last in range(1, len(values) + 1):
        if last == len(values) or values[last] != values[first]:
            if last - first > 1:
                expected.append((first, last))
            first = last
    assert list(_runs_of_equals(array("d", values))) == expected


def _value(low: str, high: str) -> DerivedValue:
    return DerivedValue("difference", (), Decimal(low), Decimal(low), Decimal(high), "currency", frozenset(), Period())  # type: ignore[arg-type]


def test_derived_values_of_one_float_keep_their_decimals_order():
    inexact = [_value("0.1000000000000000000001", "1"), _value("0.1", "1"), _value("0.1", "2")]
    assert _ByValue(list(inexact)).items == _reference_order(list(inexact))[0]


def _eager_matches(index: FactIndex, family: str, low: Decimal, high: Decimal) -> list[Fact]:
    members = [fact for fact in index.facts if fact.family == family]
    return [fact for fact in _reference_order(members)[0] if fact.low < high and low < fact.high]


def test_the_families_sorted_when_asked_answer_as_all_sorted_at_once():
    """Every release shipped in tests/data: each family's look-ups, asked in an order of its own, are those of the
    facts sorted all at once; an index a summary reads sorts none."""
    for name in CORPUS:
        index = FactIndex(load_document(DATA / name))
        assert not index._facts_by_family
        families = sorted({fact.family for fact in index.facts}, reverse=True)
        for family in families:
            for fact in index.facts[:: max(1, len(index.facts) // 40)]:
                if fact.family == family:
                    low, high = fact.interval
                    assert index.matches(family, low, high) == _eager_matches(index, family, low, high), (name, fact)
        assert index.matches("no such family", Decimal(0), Decimal(1)) == []



def test_a_table_of_rows_is_not_searched_for_abbreviations_no_number_needs(monkeypatch):
    """"Line item 12 | $84 | (36)" under a headline whose figure names its metric: neither the facts stage nor the
    verifier (a claim whose numbers all name theirs, a release of no segments) searches the text for abbreviations."""
    from summarizer.facts import prose_reading
    from summarizer.ingest.load import document_from_text
    from summarizer.verify import verifier

    searched: list[str] = []
    for module, name in ((prose_reading, "defined_abbreviations"), (verifier, "defined_metric_abbreviations"), (verifier, "defined_abbreviations")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda text, _real=real, _name=name: searched.append(_name) or _real(text))
    header = "Acme Corp Reports Third Quarter Results\n\nRevenue was $6.6 million in the quarter.\n\n(in thousands)\n\tThree Months Ended\n\t2025\t2024\n"
    document = document_from_text(header + "".join(f"Line item {i}\t${i * 7:,}\t({i * 3:,})\n" for i in range(1, 301)))
    index = FactIndex(document)
    verifier.verify_claim(index, "Revenue was $6.6 million in the third quarter.")
    assert len(index.facts) >= 600
    assert searched == []
