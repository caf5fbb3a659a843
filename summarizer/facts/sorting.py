"""``sorted_positions``: the order of many numbers, found without an object for each position (issue 13)."""

from __future__ import annotations

import heapq
from array import array

__all__ = ["POSITIONS", "sorted_positions"]

# The array type of positions in a list, 4 bytes (up to 2**31 - 1: a list of that many items would be 16 GiB of
# references alone), not 8: a table of a million rows' facts are ordered by value, and their pairs' derived values,
# while the facts themselves are held (8 bytes a position were ~14 MiB more at the verifier's peak at 25 MiB of rows)
POSITIONS = "i"

# positions sorted at once: a part's positions are ints held as objects while it is sorted (~70 bytes each, with the
# sort's keys), the parts' orders 4 bytes a position (``POSITIONS``)
_SORTED_AT_ONCE = 1 << 16


def sorted_positions(keys: array) -> array:
    """The positions of ``keys`` in the order of their keys, equal keys in the order they stand: what ``sorted(range(
    len(keys)), key=keys.__getitem__)`` gives, as 4-byte integers (``POSITIONS``). That list held an int object for each position
    (32 bytes and 8 in the list) and the sort a float for each key (32), at once, ~70 bytes a value of a table of a
    million rows; sorted a part at a time and the parts merged, ~4 bytes a value. The merge keeps the sort stable:
    between equal keys it takes the earlier part's first, and the parts stand in position order."""
    parts = [
        array(POSITIONS, sorted(range(start, min(start + _SORTED_AT_ONCE, len(keys))), key=keys.__getitem__))
        for start in range(0, len(keys), _SORTED_AT_ONCE)
    ]
    if len(parts) < 2:
        return parts[0] if parts else array(POSITIONS)
    return array(POSITIONS, heapq.merge(*parts, key=keys.__getitem__))
