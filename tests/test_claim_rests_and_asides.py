"""What is left of a period, as analysts compute it, and the words around a claim's amounts (issue 11, session 41):
the year's outlook less the year to date, a quarter named right after an amount, "for the half", an aside that names
its own measure after a comparison, "the other" amount, a length said once for two amounts joined by "and", and a
change of earnings counted from an amount per share, a share of a total said before its parts, an average "worked
out" per share or unit, one amount covering another so many times, and a second change said with its own period
before the level it went to, "nearly" said of a value just short of it, and an earlier quarter's own amount. Each
true claim is backed, each wrong one is not."""

from __future__ import annotations

import pytest
from corpus import assert_backed, number_check

from summarizer.verify.verifier import SUPPORTED

_VERTEX = "reading/vertex_q2-2026_text.txt"  # revenue guidance $13.1-13.2 billion; revenue H1 6,320.8, Q2 3,333.9
_VENTURE_GLOBAL = "reading/venture-global_q2-2026_text.txt"  # EBITDA guidance $8.7-9.1 billion; H1 adjusted EBITDA $3,863
_PATRIZIA = "claim_reading/patrizia_9m-2025_newswire.txt"  # EBITDA guidance EUR 50.0-65.0m; 9M EBITDA EUR 44.6m
_FIGURE = "reading/figure-technology_q2-2026_text.txt"  # net income: 6M YTD 132,483, Q2 87,436 (thousands)
_ELF = "reading/elf-beauty_q1-fy2027_text.txt"  # Q1 operating income 102,441 on net sales 479,373 (thousands)
_WELLS_FARGO = "reading/wells-fargo_q4-2021.htm"  # 139.7 million shares for $7.0 billion; allowance 13,788 vs nonaccrual 7,212
_KEYSIGHT = "reading/keysight_q3-fy2026_text.txt"  # Q3 revenue: CSG 1,345, EISG 501 (millions)


@pytest.mark.parametrize(
    "name, claim, number, formula",
    [
        # the midpoint of the year's outlook less the year to date is the rest of the year
        (_VERTEX, "Vertex's revenue guidance midpoint implies about $6.83 billion for the second half.", "$6.83 billion",
         "outlook midpoint less the year to date: $13.1 billion to $13.2 billion less 6,320.8 = 6829200000.0"),
        (_VENTURE_GLOBAL, "With $3.9 billion of Consolidated Adjusted EBITDA in H1, the new midpoint implies about $5.0 "
         "billion in the second half.", "$5.0 billion",
         # (the claim's own "$3.9 billion", backed by the six-month column Venture Global's heading gives since session 49)
         "outlook midpoint less the year to date: $8.7 billion to $9.1 billion less $3.9 = 5000000000.0"),
        (_PATRIZIA, "At the new EBITDA guidance midpoint, PATRIZIA implies Q4 2025 EBITDA of about EUR 12.9m after EUR "
         "44.6m in the first nine months.", "EUR 12.9m",
         "outlook midpoint less the year to date: EUR 50.0 to 65.0m less EUR 44.6m = 12900000.0"),
        # a quarter named right after the amount, though another is named before it: this year's first quarter
        (_VERTEX, "VRTX Q2 revenue of $3,333.9 million was up roughly 11.6% q/q from an implied $2,986.9 million in Q1.",
         "$2,986.9 million", "period less its part: 6,320.8 vs 3,333.9 = 2986900000.0"),
        (_VERTEX, "VRTX Q2 revenue of $3,333.9 million was up roughly 11.6% q/q from an implied $2,986.9 million in Q1.",
         "11.6%", None),
        # "for the half": the half-year
        (_FIGURE, "Implied Q1 net income was about $45.0 million ($132.5 million for the half less Q2's $87.4 million).",
         "$132.5 million", None),
        # an aside naming its own measure after "a year ago" is the quarter's
        (_ELF, "e.l.f. Q1 operating margin widened to about 21.4% from roughly 13.8% a year ago (operating income $102.4m "
         "on net sales of $479.4m).", "$102.4m", None),
        # "the other $501 million" is the rest of the whole, no line called "Other"
        (_KEYSIGHT, "CSG's $1,345 million was about 73% of Keysight's Q3 revenue; EISG supplied the other $501 million.",
         "$501 million", None),
        # a change of earnings said right before the amount per share it is counted from is the per-share change
        ("reading/us-bancorp_q4-2021_income_highlights.html", "U.S. Bancorp 4Q21 net income of $1,673 million, or "
         "$1.07 per diluted share, up 12.6% from $0.95 but down from $1.30 in 3Q.", "12.6%", None),
        # a share of the total said before its parts' aside, not of a part
        (_PATRIZIA, "Performance and transaction fees together fell to EUR 17.6m (EUR 12.6m plus EUR 5.0m), only about "
         "9% of EUR 191.7m in total service fee income.", "9%",
         "share of the claim's figures: EUR 17.6m and EUR 191.7m = 9.2"),
        # an average per share or per unit that the claim "works out", and one amount covering another so many times
        (_WELLS_FARGO, "The Q4 buyback of 139.7 million shares for $7.0 billion works out to roughly $50 a share.", "$50",
         None),
        ("apple_q1-fy2011.txt", "Apple's iPad revenue of $4.61 billion on 7.33 million units works out to roughly $629 "
         "per iPad sold.", "$629", None),
        (_WELLS_FARGO, "The allowance for credit losses for loans of $13.8 billion covered nonaccrual loans of $7.2 billion "
         "about 1.9 times at year-end 2021.", "1.9", None),
        # a second change said with its period and then the level it went to, and that level of the same period
        ("reading/nephros_q4-2024_newswire.txt", "SG&A fell 14% to $7.7 million for the year and 22% in the quarter, to "
         "about $1.9 million from $2.4 million.", "22%", None),
        ("reading/nephros_q4-2024_newswire.txt", "SG&A fell 14% to $7.7 million for the year and 22% in the quarter, to "
         "about $1.9 million from $2.4 million.", "$1.9 million", None),
        # "nearly 40%": just short of it (764 of 1,935.5 is 39.5%)
        ("reading/palantir_q2-2026_text.txt", "U.S. commercial alone, at $764 million, was nearly 40% of Q2 revenue.",
         "40%", None),
        # an earlier quarter's own amount, in the release of a later quarter, is that quarter's (a comparison)
        ("claim_reading/graftech_q4-2024_newswire.txt", "The fourth-quarter loss was wider than the third quarter's "
         "$36.1 million loss.", "$36.1 million", None),
        # a length said once for two amounts joined by "and", after another length the sentence names first
        ("buckle_q3-fy2024.html", "The 39-week figures imply first-half fiscal 2024 net sales of about $544.9 million "
         "and net income of about $74.1 million.", "$74.1 million", "period less its part: $118,270 vs $44,172 = 74098000.0"),
    ],
)
def test_a_rest_or_an_aside_as_analysts_write_it_is_backed(name: str, claim: str, number: str, formula: str | None) -> None:
    assert_backed(name, claim, number, formula)


@pytest.mark.parametrize(
    "name, claim, number",
    [
        (_VERTEX, "Vertex's revenue guidance midpoint implies about $6.93 billion for the second half.", "$6.93 billion"),
        # the rest of the year is the second half, not the first
        (_VERTEX, "Vertex's revenue guidance midpoint implies about $6.83 billion for the first half.", "$6.83 billion"),
        # the year-ago quarter, named by its year: not this year's first quarter
        (_VERTEX, "VRTX Q2 revenue of $3,333.9 million was up from an implied $2,986.9 million in Q1 2025.",
         "$2,986.9 million"),
        (_FIGURE, "Implied Q1 net income was about $45.0 million ($122.5 million for the half less Q2's $87.4 million).",
         "$122.5 million"),
        # the year-ago quarter's operating income in an aside of this quarter's
        (_ELF, "e.l.f. Q1 operating margin widened to about 21.4% from roughly 13.8% a year ago (operating income $48.7m "
         "on net sales of $479.4m).", "$48.7m"),
        (_KEYSIGHT, "CSG's $1,345 million was about 73% of Keysight's Q3 revenue; EISG supplied the other $412 million.",
         "$412 million"),
        ("buckle_q3-fy2024.html", "The 39-week figures imply first-half fiscal 2024 net sales of about $544.9 million "
         "and net income of about $118.3 million.", "$118.3 million"),
        (_PATRIZIA, "Performance and transaction fees together fell to EUR 17.6m (EUR 12.6m plus EUR 5.0m), only about "
         "11% of EUR 191.7m in total service fee income.", "11%"),
        (_WELLS_FARGO, "The Q4 buyback of 139.7 million shares for $7.0 billion works out to roughly $55 a share.", "$55"),
        ("apple_q1-fy2011.txt", "Apple's iPad revenue of $4.61 billion on 7.33 million units works out to roughly $692 "
         "per iPad sold.", "$692"),
        (_WELLS_FARGO, "The allowance for credit losses for loans of $13.8 billion covered nonaccrual loans of $7.2 billion "
         "about 2.9 times at year-end 2021.", "2.9"),
        ("reading/nephros_q4-2024_newswire.txt", "SG&A fell 14% to $7.7 million for the year and 12% in the quarter, to "
         "about $1.9 million from $2.4 million.", "12%"),
        ("reading/palantir_q2-2026_text.txt", "U.S. commercial alone, at $764 million, was nearly 41% of Q2 revenue.",
         "41%"),
        ("claim_reading/graftech_q4-2024_newswire.txt", "The fourth-quarter loss was wider than the third quarter's "
         "$49.5 million loss.", "$49.5 million"),
        # a midpoint is of the range's two ends, not of an end and the next percentage ("14% ... range, with capex at
        # roughly 4%": 9%)
        ("reading/auna_q2-2026_text.txt", "Auna reaffirmed its 2026 revenue guidance, now expecting growth of about 9%, "
         "the midpoint of its 10%-14% FX-neutral range, with capex at roughly 4% of revenue.", "9%"),
        # net income's own change (10.1%), not the change per share
        ("reading/us-bancorp_q4-2021_income_highlights.html", "U.S. Bancorp 4Q21 net income of $1,673 million, or "
         "$1.07 per diluted share, up 10.1% from $0.95.", "10.1%"),
    ],
)
def test_a_wrong_rest_or_aside_is_not_backed(name: str, claim: str, number: str) -> None:
    assert number_check(name, claim, number).status not in SUPPORTED
