"""A table of an outlook's editions side by side ("| Prior | Updated |"), under the words that name the outlook: both
columns are that outlook, of the length those words say (issue 11: "raised ... guidance to $85-$87 billion from
$82-$85 billion" is checked against the outlook the release replaced)."""

from __future__ import annotations

from corpus import fact_index, number_status

_LILLY = "reading/eli-lilly_q2-2026_text.txt"  # "updated full-year 2026 non-GAAP financial guidance": Prior | Updated


def test_the_editions_of_an_outlook_are_forward_and_of_its_year():
    cells = [f for f in fact_index(_LILLY).facts if f.in_table and f.figure.row == "Revenue" and f.figure.column == "Prior"]
    assert cells and all(f.forward and f.period.length == "year" for f in cells)
    assert sorted(f.value for f in cells) == [82_000_000_000, 85_000_000_000]


def test_a_revision_is_checked_against_the_previous_edition():
    claim = "Raised FY26 revenue guidance to $85-$87 billion from $82-$85 billion."
    assert number_status(_LILLY, claim, "$82") == "verified"
    assert number_status(_LILLY, claim.replace("$82", "$81"), "$81") not in ("verified", "derived")
    # the outlook is the year's: not a quarter's, and no result
    quarter = "Lilly raised its Q3 revenue guidance to $85 billion-$87 billion from $82 billion-$85 billion."
    assert number_status(_LILLY, quarter, "$82 billion") not in ("verified", "derived")
    assert number_status(_LILLY, "Lilly's 2026 revenue was $82 billion.", "$82 billion") not in ("verified", "derived")


def test_an_edition_that_says_unchanged_keeps_its_row_and_the_rows_below_in_the_outlook_table():
    # "Tax Rate (1)(3)" / "| | | 18% to 19% | unchanged |": the word holds the Updated column's place, so the row
    # is a row of the "Prior | Updated" table, not headings over "Earnings per Share" ("18% to 19% | unchanged")
    cells = [f for f in fact_index(_LILLY).facts if f.in_table and f.figure.row == "Earnings per Share (1)(3)(4)"]
    assert {f.figure.column for f in cells} == {"Prior", "Updated"}
    assert all(f.forward and f.period.length == "year" for f in cells)
    claim = "Lilly narrowed its full-year non-GAAP EPS guidance to $35.50-$36.50 from $35.50-$37.00."
    assert number_status(_LILLY, claim, "$37.00") == "verified"
    assert number_status(_LILLY, claim.replace("$37.00", "$38.00"), "$38.00") not in ("verified", "derived")
