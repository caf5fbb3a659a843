"""Session 38's shortcuts for speed give the reading they replace, on any words: property-tested
against the regular expression each one stands in for."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarizer.text import vocabulary

_WORDS_BEFORE = st.sampled_from(
    ["up", "Up", "UP", "down", "fell", "rose", "increased", "by", "BY", "of", "in the range of", "more than", "than",
     "year over year", "year-over-year", "quarter", "YoY", "qoq", "an", "a", "A", "impressive", "very", "Line", "item",
     "47", "$329", "(147)", "revenue", "made", "_x", "ſome", "ıtem", "K", "é", "\u212aelvin", " ", "  ", "\t", "\n",
     "\u00a0", "\u2003", ",", "-", "$", "(", "%", "+", "~"]
)  # fmt: skip
_befores = st.lists(_WORDS_BEFORE, max_size=14).map(" ".join) | st.lists(_WORDS_BEFORE, max_size=14).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_befores)
@example("Line item 47\t$329\t \nLine item ")
@example("rose in the range of ")
@example("made up")
@example("ſome")
def test_the_direction_word_found_from_the_end_is_the_one_the_search_finds(words):
    """``_direction_word_before``: "Line item 47\\t$329\\t \\nLine item " gives "item" without a search tried at
    each of its words; "rose by", "up year-over-year", "ſome" (a long s) are searched as before."""
    match = vocabulary._DIRECTION_BEFORE.search(words)
    assert vocabulary._direction_word_before(words) == ((match.group("word"), match.start()) if match else None)


def test_a_quick_init_takes_and_sets_what_the_dataclass_init_does():
    """``types.quick_init``: a ``Fact`` of NVIDIA's revenue cell is made with the same parameters, defaults and
    fields as the ``__init__`` dataclasses writes would make it, stays frozen, and is replaced and pickled alike."""
    import dataclasses
    import inspect
    import pickle
    from decimal import Decimal

    from summarizer.facts.model import DerivedValue, Fact
    from summarizer.text.context import Reading
    from summarizer.text.vocabulary import Period
    from summarizer.types import Cell, Figure, Row, Span, Unit

    for cls in (Fact, DerivedValue, Period, Reading, Cell, Row):
        plain = dataclasses.dataclass(frozen=True)(type(cls.__name__, (), {"__annotations__": dict(cls.__annotations__),
                                                   **{f.name: f.default for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING}}))  # fmt: skip
        ours = [(p.name, p.default, p.kind) for p in inspect.signature(cls.__init__).parameters.values()]
        theirs = [(p.name, p.default, p.kind) for p in inspect.signature(plain.__init__).parameters.values()]
        assert ours == theirs, cls
    figure = Figure(Span(10, 17), "$68,127", Decimal("68127"), Unit.CURRENCY, 6, "table", False, False, 0, Span(0, 30), "Revenue", "Q4 FY26", 0)
    fact = Fact(figure, Decimal("68127"), "currency", frozenset({"revenue"}), Period("quarter", False), basis="gaap")
    assert (fact.change, fact.named, fact.segment, fact.level, fact.direction, fact.forward) == (False, True, "", None, None, False)
    assert fact == dataclasses.replace(fact) and hash(fact) == hash(dataclasses.replace(fact))
    assert dataclasses.replace(fact, named=False).named is False
    assert pickle.loads(pickle.dumps(fact)) == fact
    try:
        fact.value = Decimal(1)  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a Fact is frozen")
    assert Cell(Span(1, 2), "x") == Cell(span=Span(1, 2), text="x")
