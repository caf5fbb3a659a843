"""``FactGroups``: facts grouped by a key (a table row, a sentence), held as lean as a table of rows needs.

A table of a million rows has a million groups: a list for each while they were gathered (~90 bytes, with the
room a list keeps to grow) was most of what the verifier's and the extractive engine's groupings held at their
peak (issue 13). A key's facts mostly come one after the other (a row's cells, a sentence's figures, in the
index's order), so the facts of the key being read are gathered in one list, used again for every key, and each
group is kept as what it ends as: the fact itself when it is alone, else a tuple.
"""

from __future__ import annotations

import bisect
from collections.abc import Hashable, Iterator, Mapping

from .model import Fact

__all__ = ["FactGroups", "GroupsByKey", "members"]

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

    __slots__ = ("_keys", "_groups", "_in_order", "_later", "_key", "_run")

    def __init__(self) -> None:
        self._keys: list[Hashable] = []  # each group's key, in the order of their first facts
        # a group whose facts came in more than one run is a list until ``groups``
        self._groups: list[Fact | tuple[Fact, ...] | list[Fact]] = []
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

    def groups(self) -> list[Fact | tuple[Fact, ...]]:
        """The groups in the order of their keys' first facts, without the keys; nothing is to be added after."""
        self._keep_run()
        groups = self._groups
        for position, group in enumerate(groups):
            if type(group) is list:
                groups[position] = tuple(group)
        return groups  # type: ignore[return-value]  # no list is left

    def _keep_run(self) -> None:
        run, key, keys = self._run, self._key, self._keys
        if not run:
            return
        group = run[0] if len(run) == 1 else tuple(run)
        if self._in_order == len(keys) and (not keys or _follows(key, keys[-1])):
            keys.append(key)
            self._groups.append(group)
            self._in_order += 1
        else:
            position = self._position(key)
            if position is None:
                self._later[key] = len(keys)
                keys.append(key)
                self._groups.append(group)
            else:  # the key comes back after another's facts: its group grows, as a list until ``groups``
                known = self._groups[position]
                if type(known) is list:
                    known.extend(members(group))
                else:
                    self._groups[position] = [*members(known), *members(group)]  # type: ignore[arg-type]
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


def _follows(key: object, before: object) -> bool:
    """Whether ``key`` comes after ``before`` in their order, which tells it from every key before it: tuples of the same
    type (spans), compared item by item; no other keys are taken to follow."""
    if type(key) is not type(before) or not isinstance(key, tuple):
        return False
    try:
        return before < key  # type: ignore[operator]  # tuples of the same type
    except TypeError:  # items that do not compare
        return False
