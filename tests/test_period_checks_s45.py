"""The verifier's period checks against table cells (issue 10: "Column periods", "Unknown is not a match").

Once the columns of trend tables and change groups were dated (tests/test_column_headings_s44.py), three leaks let
false variants pass; each is closed by one rule in ``summarizer/verify/verifier.py``:

1. a claim's own year ("in 2024", "fiscal 2011") is compared with a cell's end date (``_dates_agree``,
   ``_year_agrees``), in the calendar or the release's fiscal year;
2. a cell of no side dated before the release's own period (an older quarter of a trend table) is history: it backs
   no claim of the current period, only one that names its year and quarter (``_history``);
3. a change said of no length is not backed by a change surely of another length where the release prints the
   row's figures of its main length (``_another_length_changed``).

Unknown never passes: a claim's year backs no cell whose end date is unread, and a history cell no claim that names
no year. Dating STAAR's quarters also bared a metric leak, closed in ``_per_share_of_another``: its "Adjusted EBITDA
per share" of the year-ago quarter backed a year-ago EPS.
"""

from __future__ import annotations

import pytest
from corpus import fact_index, number_status

from summarizer.facts import Fact
from summarizer.text.vocabulary import Period
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import _calendar, _fiscal_quarter, _own_year, _year_agrees

_BACKED = ("verified", "derived")
_APPLE = "apple_q1-fy2011.txt"
_RYDER = "reading/ryder_q4-2024_newswire.txt"
_STAAR = "reading/staar-surgical_q4-2024_newswire.txt"
_AUNA = "reading/auna_q2-2026_text.txt"
_ANYWHERE = "claim_reading/anywhere-real-estate_q4-2024_newswire.txt"
_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"


# 1. a claim's year against a cell's end date


def test_a_year_the_claim_says_is_the_cells_year():
    # Ryder's "For the year ended December 31, 2024" total revenues of $12,636 million: 2024's, not 2025's
    assert number_status(_RYDER, "Total revenue was $12,636 million in 2024.", "$12,636 million") in _BACKED
    assert number_status(_RYDER, "Total revenue for 2025 of $12,636 million.", "$12,636 million") not in _BACKED
    # a year said with the other amount is that amount's alone
    claim = "Total revenue was $12.6 billion in 2024, up from $11.8 billion in 2023."
    assert number_status(_RYDER, claim, "$12.6 billion") in _BACKED
    assert number_status(_RYDER, claim, "$11.8 billion") in _BACKED


def test_a_fiscal_year_is_the_cells_by_the_releases_calendar():
    # Apple's first quarter of fiscal 2011 is "Three Months Ended December 25, 2010", of a year that ends in September
    assert _calendar(fact_index(_APPLE)).year_end_month == 9
    assert number_status(_APPLE, "Net sales were $26,741 million in the first quarter of fiscal 2011.", "$26,741 million") in _BACKED
    assert number_status(_APPLE, "Net sales were $26,741 million in the first quarter of fiscal 2012.", "$26,741 million") not in _BACKED


@pytest.mark.parametrize(
    ("claim", "amount", "year"),
    [
        ("Total revenue was $12.6 billion in 2024, up from $11.8 billion in 2023.", "$12.6 billion", 2024),
        ("Total revenue was $12.6 billion in 2024, up from $11.8 billion in 2023.", "$11.8 billion", 2023),
        # U.S. Bancorp's "rose to $1.76 for 2021 from $1.68": 2021 is the $1.76's, the $1.68 the year before's
        ("Dividends declared per share rose to $1.76 for 2021 from $1.68, up 4.8%.", "$1.76", 2021),
        ("Dividends declared per share rose to $1.76 for 2021 from $1.68, up 4.8%.", "$1.68", None),
        # AMD: "compared with" parts the year from the comparison's amount
        ("Non-GAAP EPS was $1.66 in Q2 2026 compared with 48 cents a year earlier.", "48 cents", None),
        ("Revenue rose 5% over 2023 to $4.1 billion.", "5%", None),
    ],
)
def test_the_year_said_with_an_amount(claim, amount, year):
    numbers = read_numbers(claim)
    position = next(i for i, n in enumerate(numbers) if n.text == amount)
    assert _own_year(claim, numbers, position) == year


def test_a_cell_of_no_end_date_agrees_with_no_year():
    cell = next(f for f in fact_index(_RYDER).facts if f.in_table and f.figure.column == "Change")
    assert cell.period.end is None and not _year_agrees(2024, cell, None)


# 2. a cell of no side dated before the release's own period is history


def _history_cell(name: str, row: str, column: str) -> Fact:
    return next(f for f in fact_index(name).facts if f.in_table and f.figure.row == row and f.figure.column == column)


def test_a_trend_tables_older_quarter_backs_only_the_quarter_named():
    cell = _history_cell(_STAAR, "Net income (loss) per share, diluted - (as reported)", "Q2-23")
    assert cell.period == Period("quarter", None, (2023, 6, 0)) and cell.figure.text == "0.12"
    assert number_status(_STAAR, "Diluted EPS was 12 cents in Q2 2023.", "12 cents") in _BACKED
    assert number_status(_STAAR, "Diluted EPS was 12 cents in Q3 2023.", "12 cents") not in _BACKED
    assert number_status(_STAAR, "Diluted EPS was 12 cents in Q2 2024.", "12 cents") not in _BACKED
    # a comparison said "LY" is the year-ago quarter's, not one of two years ago
    claim = "Q4 net loss $34.2m, or 69 cents a share, vs net income of $7.8m, or 12 cents, LY"
    assert number_status(_STAAR, claim, "12 cents") not in _BACKED


def test_a_share_is_not_of_a_part_of_history():
    # Auna's EBITDA of S/195 million is its "1Q'25" column's, history in a release on 2Q26: no part of 2Q26's revenue
    cell = _history_cell(_AUNA, "EBITDA", "1Q'25")
    assert cell.period.prior is None and cell.period.end == (2025, 3, 0)
    claim = "Mexico accounted for 24% of revenue but 34% of adjusted EBITDA; Colombia for 38% of revenue and 25% of EBITDA."
    assert number_status(_AUNA, claim, "38%") not in _BACKED
    assert number_status(_AUNA, claim, "34%") in _BACKED


def test_a_change_is_not_computed_from_a_quarter_of_history():
    # Anywhere's "Three Months Ended March 31, 2024" is history beside its December 2024 quarter: 55 vs 47 is no
    # change of the fourth quarter
    claim = "Q4 combined closed transaction volume up 17%, with units up about 3% and price up 9%."
    assert number_status(_ANYWHERE, claim, "17%") not in _BACKED
    assert number_status(_ANYWHERE, claim, "3%") in _BACKED


def test_a_periods_fiscal_quarter():
    assert _fiscal_quarter((2023, 6, 0), None) == 2
    assert _fiscal_quarter((2010, 12, 25), _calendar(fact_index(_APPLE))) == 1
    assert _fiscal_quarter((2023, 10, 1), None) == 3  # a 13-week quarter that ends in October's first days


# 3. a change said of no length


def test_a_change_of_no_length_is_the_main_periods():
    # Peapack-Gladstone's release on its third quarter: "Change $" of the nine months' basic EPS is 9 cents, as is
    # the third quarter's rise from the second; the quarter's rise from a year before is 12 cents
    assert number_status(_PEAPACK, "EPS rose 9 cents year over year.", "9 cents") not in _BACKED
    assert number_status(_PEAPACK, "EPS rose 9 cents sequentially.", "9 cents") in _BACKED
    assert number_status(_PEAPACK, "Nine-month basic EPS rose 9 cents year over year.", "9 cents") in _BACKED


def test_a_change_of_another_length_not_surely_read_is_left_unjudged():
    # Ryder's quarter table "Operating Revenue Total Revenue Change" over "4Q24 | 4Q23" is read as a year's change;
    # its row holds the quarters' levels, so its length is not sure: DTS revenue's 39% stays backed
    claim = "Dedicated transportation revenue rose 39% to $615 million on acquisitions."
    assert number_status(_RYDER, claim, "39%") in _BACKED


# what the dated trend quarters bared besides: an amount per share of another measure


def test_an_amount_per_share_of_another_measure_is_no_eps():
    # STAAR's "Adjusted EBITDA per share, diluted(1)" of its "Q4-23" is 24 cents; its diluted EPS was 16 cents
    claim = "Q4 net loss of $34.2 million, or $(0.69) a share, vs. net income of $7.8 million, or $0.16."
    assert number_status(_STAAR, claim, "$0.16") in _BACKED
    assert number_status(_STAAR, claim.replace("$0.16", "$0.24"), "$0.24") not in _BACKED
    assert number_status(_STAAR, "Adjusted EBITDA per share was $0.24 a year earlier.", "$0.24") in _BACKED


def test_a_year_said_after_a_number_is_its_own_before_one_that_ends_the_amount_befores_phrase() -> None:
    # U.S. Bancorp restates its table in a sentence: the $441 million are the fourth quarter of 2020's, not 2021's
    text = (
        "Total net charge-offs in the fourth quarter of 2021 were $132 million, compared with $147 million in the third"
        " quarter of 2021 and $441 million in the fourth quarter of 2020."
    )
    numbers = [n for n in read_numbers(text) if n.kind is None]
    assert [_own_year(text, numbers, i) for i in range(len(numbers))] == [2021, 2021, 2020]
    text = "Gross margin was 15.2% in this quarter, compared with 14.4% in the same quarter of 2025 and 12.8% last quarter."
    numbers = [n for n in read_numbers(text) if n.kind is None]
    assert _own_year(text, numbers, 2) is None
