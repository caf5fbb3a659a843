"""``FactGroups``: facts grouped by a key (a table row, a sentence), held as lean as a table of rows needs.

A table of a million rows has a million groups: a list for each while they were gathered (~90 bytes, with the
room a list keeps to grow) was most of what the verifier's and the extractive engine's groupings held at their
peak (issue 13). A key's facts mostly come one after the other (a row's cells, a sentence's figures, in the
index's order), so the facts of the key being read are gathered in one list, used again for every key, and each
group is kept as what it ends as: the fact itself when it is alone, else a tuple.
"""

from __future__ import annotations

from collections.abc import Hashable

from .model import Fact

__all__ = ["FactGroups", "members"]

_NO_KEY = object()


def members(group: Fact | tuple[Fact, ...]) -> tuple[Fact, ...]:
    """The facts of one group of ``FactGroups.done``."""
    return (group,) if isinstance(group, Fact) else group


class FactGroups:
    """Facts added with a key, grouped by it: the groups in the order of each key's first fact, each group's facts in
    the order added, a group of one fact that fact, of more a tuple (``done``). Keys compare as a dict's do."""

    __slots__ = ("_groups", "_key", "_run")

    def __init__(self) -> None:
        # a key whose facts came in more than one run (another key's between) holds a list until ``done``
        self._groups: dict[Hashable, Fact | tuple[Fact, ...] | list[Fact]] = {}
        self._key: object = _NO_KEY
        self._run: list[Fact] = []  # the facts of ``_key`` added since another key's

    def add(self, key: Hashable, fact: Fact) -> None:
        if self._key is not key and self._key != key:
            self._keep_run()
            self._key = key
        self._run.append(fact)

    def done(self) -> dict[Hashable, Fact | tuple[Fact, ...]]:
        """The groups by key; nothing is to be added after."""
        self._keep_run()
        groups = self._groups
        for key, group in groups.items():
            if type(group) is list:
                groups[key] = tuple(group)
        return groups  # type: ignore[return-value]  # no list is left

    def _keep_run(self) -> None:
        run, groups, key = self._run, self._groups, self._key
        if not run:
            return
        known = groups.get(key, _NO_KEY)
        if known is _NO_KEY:
            groups[key] = run[0] if len(run) == 1 else tuple(run)
        elif type(known) is list:
            known.extend(run)
        else:  # the key comes back after another's facts: its group grows, as a list until ``done``
            groups[key] = [*members(known), *run]  # type: ignore[arg-type]
        run.clear()
