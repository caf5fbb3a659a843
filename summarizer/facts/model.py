"""The facts stage's value types: a source figure read in its context, and a value derived from two.

A ``Fact`` is a figure of the release with what its row, column or sentence says of it:
the metric it measures, its period (length, end date, current or comparison), its basis
(GAAP, adjusted, constant currency), the business segment it belongs to, and whether it
is a change or a level. The verifier and both engines read these, and nothing else, of
the source.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields, replace
from decimal import Decimal
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

from ..text.vocabulary import Period
from ..types import BASIS_POINTS_UNIT, Figure, Span, Unit, quick_init
from .directions import Direction

__all__ = ["Fact", "Reading", "DerivedValue", "family_of", "interval_key"]

_HUNDRED = Decimal(100)


def family_of(unit: Unit) -> str:
    """The family a unit is compared within: percentage points and basis points are both "points"."""
    return _FAMILIES[unit]  # asked of every fact made: a look-up, not an enum member's ``value`` (a Python-level property)


_FAMILIES = {unit: "points" if unit in (Unit.PERCENTAGE_POINTS, Unit.BASIS_POINTS) else unit.value for unit in Unit}


class Reading(NamedTuple):
    """What a fact's row, column or sentence says of its figure: every field of a ``Fact`` but the figure and its
    signed value (see ``Fact``). Facts read alike hold one, the first made (``_shared``)."""

    family: str
    metrics: frozenset[str]
    period: Period
    change: bool
    named: bool
    basis: str
    segment: str
    statement: str
    level: Span | None
    direction: Direction | None
    forward: bool
    compared: tuple[Period, Period] | None


# The readings made last, each the one object the facts read so share: a table's cells of one column, and of rows its
# words read alike ("Line item 12 | $84 | (36)"), are read the same. Emptied when full: a release of more readings than
# this shares fewer of them, and reads the same facts.
_READINGS: dict[Reading, Reading] = {}
_READINGS_KEPT = 16384


def _shared(reading: Reading) -> Reading:
    """The reading equal to ``reading`` made before it and kept (``_READINGS``), else ``reading`` itself, kept."""
    if len(_READINGS) >= _READINGS_KEPT:
        _READINGS.clear()
    return _READINGS.setdefault(reading, reading)


_Fact = TypeVar("_Fact")


def _held_by_reading(cls: type[_Fact]) -> type[_Fact]:
    """A frozen dataclass (decorated with ``@dataclass(frozen=True)`` first, its ``__slots__`` its first two fields and
    ``_reading``) whose fields past its first two are held in one shared ``Reading``: the same parameters and defaults,
    fields, equality, hashing, ``replace`` and pickling, each field past the first two read through the reading (a
    property of C calls, ``attrgetter``). A fact was 144 bytes, twelve of its fourteen fields the same as many others';
    it is 56 and one reading for the facts read alike (issue 13: a table of a million rows makes two million)."""
    own, read = fields(cls)[:2], fields(cls)[2:]  # type: ignore[arg-type]
    assert tuple(item.name for item in read) == Reading._fields, "a fact's reading holds its fields past the first two"
    slots = [item.name for item in own] + ["_reading"]
    namespace: dict[str, object] = {"Reading": Reading, "new": tuple.__new__, "kept": _READINGS, "shared": _shared}
    namespace.update({f"set{name}": cls.__dict__[name].__set__ for name in slots})  # the slots' member descriptors
    namespace.update({f"default_{item.name}": item.default for item in read if item.default is not MISSING})
    params = [item.name for item in own]
    params += [item.name if item.default is MISSING else f"{item.name}=default_{item.name}" for item in read]
    exec(  # as ``types.quick_init`` writes its own
        f"def __init__(self, {', '.join(params)}):\n"
        + "".join(f"    set{item.name}(self, {item.name})\n" for item in own)
        + f"    reading = new(Reading, ({', '.join(Reading._fields)}))\n"
        + "    set_reading(self, kept.get(reading) or shared(reading))\n",
        namespace,
    )
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[method-assign,assignment]
    for name in Reading._fields:
        setattr(cls, name, property(attrgetter(f"_reading.{name}")))
    names = [item.name for item in own]

    def __reduce__(self: Any) -> tuple[type, tuple[object, ...]]:  # made again from its fields, its reading shared
        return cls, (*(getattr(self, name) for name in names), *self._reading)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


@_held_by_reading
@dataclass(frozen=True)
class Fact:
    """A source figure as the facts stage reads it.

    ``value`` is signed as the words say (a loss is negative) and ``[low, high)`` is the
    interval its printed digits stand for, signed alike (basis points counted in points).
    ``named`` is True when the figure's own row label or sentence names the metric (not a
    section heading or a column). ``statement`` says which kind of table the figure is in:
    ``statement`` (the financial statements), ``segment``, ``reconciliation`` (GAAP to
    non-GAAP) or ``""`` (running text, or a table not told apart). ``level`` is the row of the
    level that a row of changes below it qualifies ("Segment EBIT | $302" / "YoY % change | 19%").
    ``direction`` is the direction its row's words give a table cell of money (``directions``:
    "Net cash used in ..." makes "(23.2)" an outflow of 23.2), None when they give none.
    ``forward`` is True for a table cell of a period that ends after the release's: its outlook.
    ``compared`` is, for a cell of a change column whose heading may name no comparison ("Increase/(Decrease)"),
    the periods of the current column and of the column it is counted against, as the arithmetic of its column's
    rows shows them (``change_bases``); None where nothing shows which.

    Every field past ``figure`` and ``value`` is held in a ``Reading`` that the facts read alike share (a column's
    cells, rows whose words read alike): a fact is 56 bytes, not 144 (``_held_by_reading``).
    """

    figure: Figure
    value: Decimal
    family: str
    metrics: frozenset[str]
    period: Period
    change: bool = False
    named: bool = True
    basis: str = ""
    segment: str = ""
    statement: str = ""
    level: Span | None = None
    direction: Direction | None = None
    forward: bool = False
    compared: tuple[Period, Period] | None = None

    __slots__ = ("figure", "value", "_reading")  # tens of thousands in a large filing: no per-instance dict

    @property
    def in_table(self) -> bool:
        return self.figure.table is not None

    @property
    def scale_unknown(self) -> bool:
        """A table cell of money whose scale is not read: its table states none (no caption, no "$ in
        millions" beside it) and no sentence of the release shows it (``prose_scale``), and it prints
        no cents. "Revenue | 6,587" may be $6,587 or $6.6 million or $6.6 billion: read as printed, it
        backs the printed amount alone, never one said at a scale ("$6.6 million")."""
        figure = self.figure
        return (
            figure.table is not None
            and self.family == "currency"
            and figure.scale_source == "none"
            and figure.exponent == 0
            and figure.decimals < 2
        )

    @property
    def interval(self) -> tuple[Decimal, Decimal]:
        """``[low, high)``: the figure's interval (``Figure.interval``), in points for basis points, turned
        over when the value is not the figure's own (a loss its words make negative). Made when asked,
        not kept: two Decimals a fact were 208 bytes, most of a fact (a table of a million rows)."""
        figure = self.figure
        low, high = figure.interval
        printed = figure.value
        if figure.unit is BASIS_POINTS_UNIT:
            low, high, printed = low / _HUNDRED, high / _HUNDRED, printed / _HUNDRED
        return (-high, -low) if self.value != printed else (low, high)

    @property
    def low(self) -> Decimal:
        return self.interval[0]

    @property
    def high(self) -> Decimal:
        return self.interval[1]

    def negated(self) -> Fact:
        """The same fact of the opposite sign, its interval turned over (``interval``: the value is no
        longer the figure's own, or is again)."""
        return replace(self, value=-self.value)


def interval_key(fact: Fact) -> tuple[int, int, Unit, int]:
    """What ``fact.interval`` is made of, by identity: its figure's value, precision and unit, and its own value.
    Facts of one key have one interval (printed alike) while those objects live: a table of rows repeats its values
    ("Line item 12 | $84 | (36)"), each cell's fact holding its figure's value object (``numbers`` shares one for
    the same text), so a pass over many facts may make each interval once (``index._ByValue``). An equal value
    printed otherwise (6.6 and 6.60) is another object, whose interval is made on its own, as ``Figure.interval``
    does."""
    figure = fact.figure
    return (id(figure.value), figure.decimals, figure.unit, id(fact.value))


@quick_init
@dataclass(frozen=True, slots=True)
class DerivedValue:
    """A value computed from two facts (a change, a difference, a ratio): ``value`` from the
    figures as printed, ``[low, high]`` over every value their rounding allows."""

    formula: str
    inputs: tuple[Fact, Fact]
    value: Decimal
    low: Decimal
    high: Decimal
    family: str
    metrics: frozenset[str]
    period: Period
    change: bool = True
    in_table: bool = False
    basis: str = ""

    @property
    def segment(self) -> str:
        return next((fact.segment for fact in self.inputs if fact.segment), "")
