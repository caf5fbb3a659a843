"""The verifier reads a table change cell's comparison from the columns its rows compute it from (``Fact.compared``)
before the row's levels alone."""

from __future__ import annotations

from corpus import number_check

_AUNA = "reading/auna_q2-2026_text.txt"


def test_a_change_from_the_year_end_backs_no_change_from_a_year_ago():
    """Auna's "Δ Jun-26 vs Dec-25" column: gross debt's 2% is June 2026 against December 2025, six months apart. The
    row's levels alone read it as the year-ago change (June 2025, the comparison cell nearest before it)."""
    check = number_check(_AUNA, "Gross debt rose 2% year over year.", "2%")
    assert "Δ Jun-26 vs Dec-25" not in {source.column for source in check.supports}
    check = number_check(_AUNA, "Gross debt rose 1% year over year.", "1%")
    assert "Δ Jun-26 vs Jun-25" in {source.column for source in check.supports}
