"""Segment and product figures in tables: the segment named on one axis, the metric on the other
(issue 11, session 35: the alarms of held-out sets 4 and 6 on segment tables).

A percentage printed with its own minus after a flow's name is that flow's change ("Household Q4
net sales -18%"), as one printed with a plus is; a change column's heading names no segment ("Year/Year
Change Revenue" is revenue); and a cell of a table of segments backs only a claim that does not name
another segment of its axis instead of its own ("Lifestyle sales -18%" is not the row "Household").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from summarizer.facts import FactIndex
from summarizer.ingest.load import load_document
from summarizer.text.vocabulary import metrics_in
from summarizer.verify.verifier import SUPPORTED, verify_claim

DATA = Path(__file__).parent / "data"


@cache
def _index(name: str) -> FactIndex:
    return FactIndex(load_document(DATA / name))


def _checks(name: str, claim: str) -> dict[str, object]:
    return {n.text: n for n in verify_claim(_index(name), claim).numbers}


def _supported(name: str, claim: str) -> dict[str, bool]:
    return {n.text: n.status in SUPPORTED for n in verify_claim(_index(name), claim).numbers}


CLOROX = "reading/clorox_q4-fy2026_text.txt"
APPLE = "claim_reading/apple_q3-fy2012.txt"


def test_a_segments_signed_percentages_are_its_changes():
    # Clorox's segment tables: "Household | ... | (18)" under "Net sales Three months ended % Change (1)", and
    # "(56)" under "Segment adjusted EBIT Three months ended % Change (1)"
    checks = _checks(CLOROX, "Household Q4 sales -18%, segment adj. EBIT -56%; Lifestyle sales -17%, adj. EBIT -60%")
    assert {text: check.status in SUPPORTED for text, check in checks.items()} == {  # type: ignore[attr-defined]
        "-18%": True, "-56%": True, "-17%": True, "-60%": True,
    }
    cited = {(ref.row, ref.text) for ref in checks["-56%"].supports}  # type: ignore[attr-defined]
    assert ("Household", "(56)") in cited


@pytest.mark.parametrize(
    ("name", "claim", "expected"),
    [
        pytest.param(CLOROX, "FY26 net sales -5% to $6.72bn", {"-5%": True, "$6.72bn": True}, id="clorox-year"),
        pytest.param(
            "reading/green-plains_q4-2024_newswire.txt",
            "Ethanol production revenue -24.3% to $471.3m; agribusiness and energy services +22.2% to $119.3m",
            {"-24.3%": True, "$471.3m": True, "22.2%": True, "$119.3m": True},
            id="green-plains",
        ),
        pytest.param(
            "reading/gecina_fy2024_newswire.txt",
            "Gross rents EUR694.5m, +4.1%; offices +6.1% to EUR566.7m, residential -3.8% to EUR127.8m",
            {"EUR694.5m": True, "4.1%": True, "6.1%": True, "EUR566.7m": True, "-3.8%": True, "EUR127.8m": True},
            id="gecina",
        ),
    ],
)
def test_a_minus_printed_after_a_flows_name_is_a_change(name: str, claim: str, expected: dict[str, bool]):
    assert _supported(name, claim) == expected


def test_a_signed_percentage_of_a_rate_stays_a_level():
    # "segment adj. EBIT margin -56%" is a margin, not the EBIT's change: no cell backs a margin of -56%
    assert _supported(CLOROX, "Household Q4 segment adj. EBIT margin -56%") == {"-56%": False}


def test_a_wrong_change_stays_unsupported():
    assert _supported(CLOROX, "Household Q4 sales -19%, segment adj. EBIT -57%") == {"-19%": False, "-57%": False}


def test_another_segments_row_or_column_does_not_back_a_segments_claim():
    # "(18)" is Household's, in its row (table of segments) and in its column ("... year-ago period Household");
    # Lifestyle's tables print (17) and (60): the table cells of Household are no longer Lifestyle's figures
    checks = _checks(CLOROX, "Lifestyle Q4 sales fell 17%, segment adj. EBIT fell 56%")
    assert checks["17%"].status in SUPPORTED  # type: ignore[attr-defined]
    assert "Household" not in {ref.row for ref in checks["56%"].supports}  # type: ignore[attr-defined]
    checks = _checks(CLOROX, "Household Q4 sales fell 17%")  # Lifestyle's -17% (a sentence may still say 17%)
    assert not [
        ref for ref in checks["17%"].supports  # type: ignore[attr-defined]
        if ref.row == "Lifestyle" or (ref.column or "").endswith("Lifestyle")
    ]


def test_a_change_columns_heading_names_no_segment():
    assert metrics_in("Year/Year Change Revenue") == [(17, "revenue")]
    assert metrics_in("Sequential Change Revenue") == [(18, "revenue")]


def test_a_products_change_in_a_column_of_revenue_changes():
    # "iPad and Related Products and Services (6)(9) | ... | 84% | 52%" under "Year/Year Change Units | Revenue"
    assert _supported(APPLE, "iPad revenue climbed 52% year over year.") == {"52%": True}
    # another product's row is not the iPad's: "iPhone ... | 28% | 22%"
    assert _supported(APPLE, "iPhone revenue climbed 52% year over year.") == {"52%": False}
    assert _supported(APPLE, "iPhone revenue climbed 22% year over year.") == {"22%": True}


def test_a_claim_of_the_whole_is_not_backed_by_a_part_beside_the_printed_whole():
    # Apple's summary data prints "Americas | ... | 26%" beside "Total Operating Segments | ... | 23%": the company's
    # net sales grew 23%, and a claim of 26% names no part
    assert _supported(APPLE, "Net sales grew 23% year over year in the June quarter.") == {"23%": True}
    assert _supported(APPLE, "Net sales grew 26.0% year over year in the June quarter.") == {"26.0%": False}
    assert _supported(APPLE, "Americas net sales grew 26% year over year in the June quarter.") == {"26%": True}


def test_a_year_year_column_is_counted_against_a_year_earlier():
    # "Year/Year Change Revenue": not the sequential change ("Revenue grew 71 percent sequentially" is wrong)
    name = "apple_q1-fy2011.txt"
    assert _supported(name, "Revenue grew 71 percent year over year.") == {"71 percent": True}
    assert _supported(name, "Revenue grew 71 percent sequentially.") == {"71 percent": False}


def test_a_signed_percentage_before_the_word_margin_stays_a_level():
    # "(-44.8% margin)": the operating loss's margin, said after the number, not its change
    assert _supported(CLOROX, "Household Q4 segment adj. EBIT fell to $50 million (-56% margin)")["-56%"] is False
