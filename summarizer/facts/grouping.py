"""``FactGroups``: facts grouped by a key (a table row, a sentence), held as lean as a table of rows needs.

A table of a million rows has a million groups: a list for each while they were gathered (~90 bytes, with the
room a list keeps to grow) was most of what the verifier's and the extractive engine's groupings held at their
peak (issue 13). A key's facts mostly come one after the other (a row's cells, a sentence's figures, in the
index's order), so the facts of the key being read are gathered in one list, used again for every key, and the
groups are held one after another in one list of facts, with the number where each ends (``HeldGroups``, ~20 bytes
a row of two cells); a group is made when asked for as what it ends as: the fact itself when it is alone, else a
tuple (kept made, a tuple and its place in a list were ~64 bytes a row, at the verifier's peak).
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Hashable, Iterator, Mapping, Sequence
from typing import overload

from .model import Fact

__all__ = ["FactGroups", "GroupsByKey", "HeldGroups", "members"]

_NO_KEY = object()


def members(group: Fact | tuple[Fact, ...]) -> tuple[Fact, ...]:
    """The facts of one group of ``FactGroups.groups``."""
    return (group,) if isinstance(group, Fact) else group


class FactGroups:
    """Facts added with a key, grouped by it: the groups in the order of each key's first fact, each group's facts in
    the order added, a group of one fact that fact, of more a tuple (``groups``, ``by_key``). Keys compare as a dict's
    do.

    The keys and groups are held in two lists in that order. As long as each new key comes after the one before in
    their order (``_follows``: a table's rows and a document's sentences by their spans, as the index holds their
    facts), a key met again is found among them by bisection; the keys that come out of that order (a sentence after
    a table's rows) are found by a dict of their own. A dict's entry for each of a million rows was ~50 bytes more (with
    the room it keeps to grow, twice that while it grew), at the verifier's peak (issue 13)."""

    __slots__ = ("_keys", "_held", "_in_order", "_later", "_key", "_run")

    def __init__(self) -> None:
        self._keys: list[Hashable] = []  # each group's key, in the order of their first facts
        self._held = HeldGroups()
        self._in_order = 0  # the first keys, each after the one before (``_follows``)
        self._later: dict[Hashable, int] = {}  # the position of each key after them
        self._key: Hashable = _NO_KEY
        self._run: list[Fact] = []  # the facts of ``_key`` added since another key's

    def add(self, key: Hashable, fact: Fact) -> None:
        if self._key is not key and self._key != key:
            self._keep_run()
            self._key = key
        self._run.append(fact)

    def by_key(self) -> GroupsByKey:
        """The groups by key, each a tuple of its facts, found where the groups are held (``GroupsByKey``), without
        a dict of every key; nothing is to be added after."""
        return GroupsByKey(self)

    def groups(self) -> HeldGroups:
        """The groups in the order of their keys' first facts, without the keys; nothing is to be added after."""
        self._keep_run()
        return self._held

    def _keep_run(self) -> None:
        run, key, keys = self._run, self._key, self._keys
        if not run:
            return
        if self._in_order == len(keys) and (not keys or _follows(key, keys[-1])):
            keys.append(key)
            self._held.append(run)
            self._in_order += 1
        else:
            position = self._position(key)
            if position is None:
                self._later[key] = len(keys)
                keys.append(key)
                self._held.append(run)
            else:  # the key comes back after another's facts: its group grows
                self._held.extend(position, run)
        run.clear()

    def _position(self, key: Hashable) -> int | None:
        """Where ``key``'s group stands, None for a key not met before."""
        position = self._later.get(key)
        if position is not None:
            return position
        keys, in_order = self._keys, self._in_order
        if not in_order or not _follows(key, keys[0]) and key != keys[0]:
            return None
        position = bisect.bisect_left(keys, key, 0, in_order)  # type: ignore[call-overload]  # keys that order
        return position if position < in_order and keys[position] == key else None


class GroupsByKey(Mapping[Hashable, tuple[Fact, ...]]):
    """A ``FactGroups``' groups by key, each a tuple of its facts (``members``), in the order of their keys' first
    facts. A key is looked for where the last one found was and just after it (a table's rows are asked for in their
    order, each a few times), then among the keys in their order by bisection, or among those after them by their dict
    (``FactGroups._position``). A dict of a million rows' keys was ~50 bytes a row more (issue 13)."""

    __slots__ = ("_grouped", "_groups", "_last")

    def __init__(self, grouped: FactGroups) -> None:
        self._grouped = grouped
        self._groups = grouped.groups()
        self._last = 0  # where the last key found stands

    def __getitem__(self, key: Hashable) -> tuple[Fact, ...]:
        position = self._find(key)
        if position is None:
            raise KeyError(key)
        return members(self._groups[position])

    def __contains__(self, key: object) -> bool:
        return isinstance(key, Hashable) and self._find(key) is not None

    def _find(self, key: Hashable) -> int | None:
        keys, last = self._grouped._keys, self._last
        if last < len(keys) and keys[last] == key:
            return last
        if last + 1 < len(keys) and keys[last + 1] == key:
            self._last = last + 1
            return last + 1
        position = self._grouped._position(key)
        if position is not None:
            self._last = position
        return position

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._grouped._keys)

    def __len__(self) -> int:
        return len(self._groups)


class HeldGroups(Sequence[Fact | tuple[Fact, ...]]):
    """Groups of facts one after another: each group the fact itself when it is alone, else a tuple of its facts, made
    when asked for. Held as one list of every group's facts, in order, and where each group's facts end (a number);
    the facts a group gains after another group's are held apart, by the group's position (a key that comes back,
    ``FactGroups``)."""

    __slots__ = ("_facts", "_ends", "_gained")

    def __init__(self) -> None:
        self._facts: list[Fact] = []
        # group i's first facts are ``_facts[_ends[i - 1] : _ends[i]]`` (from 0 for the first): positions in a list, 4 bytes
        # each (up to 2**31 - 1: a list of that many facts would be 16 GiB of references alone)
        self._ends = array("i")
        self._gained: dict[int, list[Fact]] = {}

    def append(self, facts: list[Fact]) -> None:
        """A group of ``facts`` after the others."""
        self._facts += facts
        self._ends.append(len(self._facts))

    def extend(self, position: int, facts: list[Fact]) -> None:
        """``facts`` added to the group at ``position``, after its own."""
        self._gained.setdefault(position, []).extend(facts)

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, position: int) -> Fact | tuple[Fact, ...]: ...

    @overload
    def __getitem__(self, position: slice) -> list[Fact | tuple[Fact, ...]]: ...

    def __getitem__(self, position: int | slice) -> Fact | tuple[Fact, ...] | list[Fact | tuple[Fact, ...]]:
        if isinstance(position, slice):
            return list(map(self._group, range(*position.indices(len(self._ends)))))
        if position < 0:
            position += len(self._ends)
        if not 0 <= position < len(self._ends):
            raise IndexError("group index out of range")
        return self._group(position)

    def __iter__(self) -> Iterator[Fact | tuple[Fact, ...]]:
        return map(self._group, range(len(self._ends)))

    def _group(self, position: int) -> Fact | tuple[Fact, ...]:
        first, last = self._ends[position - 1] if position else 0, self._ends[position]
        gained = self._gained.get(position) if self._gained else None
        if gained is not None:
            return (*self._facts[first:last], *gained)
        return self._facts[first] if last - first == 1 else tuple(self._facts[first:last])


def _follows(key: object, before: object) -> bool:
    """Whether ``key`` comes after ``before`` in their order, which tells it from every key before it: tuples of the same
    type (spans), compared item by item; no other keys are taken to follow."""
    if type(key) is not type(before) or not isinstance(key, tuple):
        return False
    try:
        return before < key  # type: ignore[operator]  # tuples of the same type
    except TypeError:  # items that do not compare
        return False
