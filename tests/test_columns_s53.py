"""Column periods read in session 53 (issue 10, "Column periods"): cells the survey
(``benchmarks/column_period_survey.py``) found unread, or read under a wrong length, read by general rules, each
asserted on a real release."""

from __future__ import annotations

from corpus import document

from summarizer.figures.columns import titled_length

_SANDISK = "reading/sandisk_q4-fy2026_text.txt"
_ANYWHERE = "reading/anywhere-real-estate_q4-2024_newswire.txt"


def test_the_nearest_title_naming_a_tables_two_years_names_its_length() -> None:
    # Anywhere's segments table under "THREE MONTHS ENDED DECEMBER 31, 2024 AND 2023" (past the quarter's
    # reconciliation, a table of that length) is the quarter's; the one under "FOR THE YEARS ENDED DECEMBER 31, 2024
    # AND 2023", the nearer title, the year's
    doc = document(_ANYWHERE)
    quarter_title, year_title = doc.text.index("THREE MONTHS ENDED DECEMBER"), doc.text.index("FOR THE YEARS ENDED DECEMBER")
    (quarter_segments,) = [t for t in doc.tables if quarter_title < t.span.start < year_title and "Revenues (b) 2024" in t.columns]
    (year_segments,) = [t for t in doc.tables if t.span.start > year_title and "Revenues (b) 2024" in t.columns]
    assert titled_length(doc, quarter_segments) == "quarter"
    assert titled_length(doc, year_segments) == "year"
    # Sandisk names its fiscal year's table by no title: it is told the year by the release's quarter alone
    sandisk = document(_SANDISK)
    (years,) = [t for t in sandisk.tables if t.columns == ("Revenue ($ in millions) 2026", "Revenue ($ in millions) 2025", "Revenue ($ in millions) Y/Y")]
    assert titled_length(sandisk, years) == ""
