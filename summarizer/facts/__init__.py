"""The facts stage: the release's figures read in their context, between figures and the engines.

Every figure becomes a ``Fact`` with its metric, period, basis, segment and sign; values
derived from two facts (changes, differences, margins) are ``DerivedValue``s. The verifier
and both engines read the source through a ``FactIndex`` and nothing else.
"""

from __future__ import annotations

from .checks import TableCheck, check_tables
from .derived import share_of
from .index import FactIndex
from .model import DerivedValue, Fact, family_of

__all__ = ["Fact", "DerivedValue", "FactIndex", "TableCheck", "check_tables", "family_of", "share_of"]
