"""A row of a pipe table that leaves some columns blank stands under the columns whose pipe cells it fills, as the
table's full rows place them (``tables._short_rows_under_pipes``), not in the last columns of each group."""

from __future__ import annotations

from corpus import row_periods

from summarizer.text.vocabulary import Period

_LILLY = "reading/eli-lilly_q2-2026_text.txt"


def test_a_row_without_its_changes_stands_under_the_years_of_its_pipe_cells():
    """Eli Lilly Q2 2026: "Net interest income (expense) | | (274) | | | (209) | | | | | | (527) | | | (405) |" under
    "2026 | 2025 | % Chg." for three and six months, its changes blank. Read by count it stood in the last columns of
    each group: (274) as 2025's, (209) as a percent change."""
    periods = row_periods(_LILLY, "Net interest income (expense)")
    assert periods["(274)"] == Period("quarter", False, (2026, 6, 30))
    assert periods["(209)"] == Period("quarter", True, (2025, 6, 30))
    assert periods["(527)"] == Period("half", False, (2026, 6, 30))
    assert periods["(405)"] == Period("half", True, (2025, 6, 30))
