"""Indented JSON text, byte for byte what ``json.dumps(value, ensure_ascii=False, indent=2)``
writes, at the speed of the C string encoder.

With ``indent`` set, the standard library falls back to its pure-Python encoder, which costs
~200 us for one figure's dict: the ``figures`` command on a release of a million figures spent
more time writing its JSON than reading the release. This encoder knows the plain shapes the
command line writes (dicts with text keys, lists, text, numbers, booleans, None) and hands
anything else to ``json.dumps`` whole, so its output never differs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring  # the C function when the accelerator is built
from typing import Any

__all__ = ["Lazy", "Written", "indented", "scalar_texts", "write_indented"]

_INDENT = "  "


class Lazy:
    """A list written as its items are made: ``items`` is iterated once, when the list is written,
    and each item is dropped once written. A report of a million numbers held each number's dict
    (a kilobyte) until the whole report was written; made one at a time, only the one being written
    is held. Only ``indented`` and ``write_indented`` write it (``json.dumps`` does not know it)."""

    __slots__ = ("items",)

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items

    def __iter__(self) -> Iterator[Any]:
        return iter(self.items)


class Written:
    """A value whose text its maker writes: ``text_at(level)`` is ``indented(value, level)`` of the value it stands for,
    made from the value's fixed shape (``serialize.number_check_text``) without the dicts the generic writer walks. A
    claim of thousands of numbers spent a sixth of its ``verify --format json`` writing their checks' dicts one member
    at a time. Only ``indented`` and ``write_indented`` write it (``json.dumps`` does not know it), as ``Lazy``."""

    __slots__ = ("text_at",)

    def __init__(self, text_at: Callable[[int], str]) -> None:
        self.text_at = text_at


class _Unusual(Exception):
    """A value of a type only ``json.dumps`` knows how to write (or refuses): let it."""


def indented(value: Any, level: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, its lines after the first indented
    by ``level`` more steps (as a nested value is written inside its parent)."""
    parts: list[str] = []
    try:
        _write(value, "\n" + _INDENT * level, parts)
    except _Unusual:
        text = json.dumps(value, ensure_ascii=False, indent=2)
        return text.replace("\n", "\n" + _INDENT * level) if level else text
    return "".join(parts)


class _Flushed(list[str]):
    """Parts written out whenever a list's item leaves more than ``_FLUSH_PARTS`` of them (or ``Written`` texts of more
    than ``_FLUSH_WRITTEN`` characters, each one part): the
    whole text of a report of a claim of 240,000 numbers is 300 MB, held twice (the parts and
    their join) and encoded once more by ``sys.stdout.write``."""

    __slots__ = ("write", "flushed", "written")

    def __init__(self, write: Callable[[str], object]) -> None:
        super().__init__()
        self.write, self.flushed = write, False
        self.written = 0  # the characters of the ``Written`` texts among the parts: each is one part, of a kilobyte

    def flush(self) -> None:
        self.write("".join(self))
        self.clear()
        self.flushed, self.written = True, 0

    def full(self) -> bool:
        return len(self) > _FLUSH_PARTS or self.written > _FLUSH_WRITTEN


_FLUSH_PARTS = 4096
_FLUSH_WRITTEN = 1 << 17


def write_indented(value: Any, write: Callable[[str], object]) -> None:
    """``write(indented(value))``, in pieces of a few thousand parts: the text is never held
    whole. A value of the plain shapes only: one that needs ``json.dumps`` (``_Unusual``) is
    written by it whole if met before the first piece, else is a TypeError."""
    parts = _Flushed(write)
    try:
        _write(value, "\n", parts)
    except _Unusual:
        if parts.flushed:
            raise TypeError("write_indented: a value json_text does not write, met after a part was written") from None
        write(json.dumps(value, ensure_ascii=False, indent=2))
        return
    parts.flush()


def _write(value: Any, newline: str, parts: list[str]) -> None:
    # the order of json.encoder's tests: a str subclass is text, a bool is no int
    if isinstance(value, str):
        parts.append(encode_basestring(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float) and value == value and value not in (float("inf"), float("-inf")):
        parts.append(float.__repr__(value))
    elif isinstance(value, (list, tuple, Lazy)):
        inner = newline + _INDENT
        separator = "[" + inner
        flushed = type(parts) is _Flushed
        for item in value:
            parts.append(separator)
            _write_item(item, inner, parts)
            separator = "," + inner
            if flushed and parts.full():  # type: ignore[attr-defined]
                parts.flush()  # type: ignore[attr-defined]
        parts.append("[]" if separator[0] == "[" else newline + "]")
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + _INDENT
        if _FLAT_TYPES.issuperset(map(type, value.values())) and _TEXT.issuperset(map(type, value)):
            # members of text, exact numbers, booleans and None only (a figure, a check): the C
            # encoder writes them all, its member separator a control character that it escapes
            # in any text, so that it can be replaced by the indented one
            flat = _flat(value)
            parts.append("{" + inner + flat[1:-1].replace(_MARK, "," + inner) + newline + "}")
            return
        separator = "{" + inner
        if _TEXT.issuperset(map(type, value)):
            # the runs of scalar members between the others written as above (a check's dict: eleven
            # scalars, then its lists of sources)
            run: dict[str, Any] = {}
            for key, item in value.items():
                if type(item) in _FLAT_TYPES:
                    run[key] = item
                    continue
                if run:
                    parts.append(separator + _flat(run)[1:-1].replace(_MARK, "," + inner))
                    separator, run = "," + inner, {}
                parts.append(separator + encode_basestring(key) + ": ")
                _write_item(item, inner, parts)
                separator = "," + inner
            if run:
                parts.append(separator + _flat(run)[1:-1].replace(_MARK, "," + inner))
            parts.append(newline + "}")
            return
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unusual
            parts.append(separator)
            parts.append(encode_basestring(key))
            parts.append(": ")
            _write_item(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "}")
    elif type(value) is Written:
        text = value.text_at(len(newline) // len(_INDENT))  # the newline and ``level`` indents
        parts.append(text)
        if type(parts) is _Flushed:
            parts.written += len(text)
    else:
        raise _Unusual


_SCALARS = {None: "null", True: "true", False: "false"}
_MARK = "\x00"  # no text holds it unescaped: json writes it \u0000
_FLAT_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(_MARK, ": "), allow_nan=False)
# the C encoder that ``_FLAT_ENCODER.encode`` makes anew at every call (~20 us), made once (None
# without the accelerator; typeshed does not list it)
c_make_encoder = getattr(json.encoder, "c_make_encoder", None)
_C_FLAT = (
    c_make_encoder(None, _FLAT_ENCODER.default, encode_basestring, None, ": ", _MARK, False, False, False)
    if c_make_encoder is not None
    else None
)


def _flat(value: dict[str, Any]) -> str:
    """``_FLAT_ENCODER.encode(value)`` of a dict of text keys and scalar members."""
    return "".join(_C_FLAT(value, 0)) if _C_FLAT is not None else _FLAT_ENCODER.encode(value)


def scalar_texts(values: tuple[Any, ...]) -> list[str] | None:
    """The JSON text of each of ``values`` as ``indented`` writes a member of a dict of scalars
    (``(7, "6.6", None, True)`` -> ``["7", '"6.6"', "null", "true"]``), in one call of the C
    encoder; None when one of them is not text, an exact int, a boolean or None (a float, a nested
    value, a type only ``json.dumps`` knows), which ``indented`` must then write."""
    if _C_FLAT is None or not _FLAT_TYPES.issuperset(map(type, values)):
        return None
    return "".join(_C_FLAT(values, 0))[1:-1].split(_MARK)


# floats are not among them: a float that is not finite must go to json.dumps (NaN), as ``_write`` sends it
_FLAT_TYPES = frozenset({str, int, bool, type(None)})
_TEXT = frozenset({str})


def _write_item(item: Any, newline: str, parts: list[str]) -> None:
    """``_write`` for one member, the common cases without a call: text and exact ints."""
    kind = type(item)
    if kind is str:
        parts.append(encode_basestring(item))
    elif kind is int:
        parts.append(int.__repr__(item))
    elif item is None or item is True or item is False:
        parts.append(_SCALARS[item])
    else:
        _write(item, newline, parts)
