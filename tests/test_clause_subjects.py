"""A claim's number is read with its own clause's words: a metric said in an earlier clause does not
leak onto a later statement that names its own subject, and the noun right after a number is what it
counts or measures."""

from __future__ import annotations

from corpus import fact_index, number_status

from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import SUPPORTED, verify_claim

_TAYLOR = "reading/taylor-morrison_q4-2024_newswire.txt"
_DANAOS = "reading/danaos_q4-2024_newswire.txt"
_GOLDEN_MATRIX = "reading/golden-matrix_fy2024_newswire.txt"


def test_a_statement_after_and_is_not_read_with_the_metric_before_it():
    # Taylor Morrison Q4 2024: "a 4% increase in ending community count to 339 outlets" -- net sales orders' metric
    # said before "and" is not the outlets'
    claim = "Q4 net sales orders up 11% to 2,621, with monthly absorption of 2.6 vs. 2.4 and 339 outlets, up 4%."
    assert number_status(_TAYLOR, claim, "339") == "verified"
    # the noun said after the number must be the source's: 339 homes are not 339 outlets
    assert number_status(_TAYLOR, claim.replace("339 outlets", "339 closings"), "339") not in SUPPORTED


def test_a_percentage_after_and_goes_on_with_the_subject_before_it():
    # Oracle Q4 FY2022: "Total Q4 Revenue $11.8 billion, up 5% in USD, up 10% in constant currency" and, two lines on,
    # "Total Q4 Cloud Revenue (IaaS plus SaaS) $2.9 billion, up 19% in USD": what follows a percentage says how it
    # is measured, not what it is of -- the cloud's 19% backs no change of the total
    from summarizer.facts import FactIndex
    from summarizer.ingest.load import document_from_text

    index = FactIndex(document_from_text(
        "Oracle Announces Fiscal 2022 Fourth Quarter Results\n\n"
        "* Total Q4 Revenue $11.8 billion, up 5% in USD, up 10% in constant currency\n"
        "* Total Q4 Cloud Revenue (IaaS plus SaaS) $2.9 billion, up 19% in USD, up 22% in constant currency\n"
    ))
    claim = "Oracle reported fiscal fourth-quarter total revenue of $11.8 billion, up 5% in USD and up 10% in constant currency."
    assert verify_claim(index, claim).supported
    assert not verify_claim(index, claim.replace("up 5%", "up 19%")).supported


def test_a_figure_after_and_that_names_no_subject_goes_on_with_the_one_before():
    # Danaos Q4 2024: "charter coverage of 97% for 2025 and 79% for 2026" -- one subject, two years
    claim = "Contracted revenue backlog of $3.4 billion, with charter coverage of 97% for 2025 and 79% for 2026."
    assert number_status(_DANAOS, claim, "79%") == "verified"


def test_three_quarters_of_a_total_names_no_quarter():
    # Golden Matrix FY2024: "a 14% growth of full-year revenue to $106 million, with online revenue up 18% to $80 million"
    claim = "Meridianbet revenue grew 14% to $106 million, with online up 18% to $80 million, about three-quarters of the total."
    assert all(n.status.value in SUPPORTED for n in verify_claim(fact_index(_GOLDEN_MATRIX), claim).numbers)


def test_an_intention_is_forward_looking():
    # GrafTech Q4 2024 (copied from the release): a plan is backed by the release's stated intention
    from summarizer.facts import FactIndex
    from summarizer.ingest.load import document_from_text

    document = document_from_text(
        "GrafTech Reports Fourth Quarter 2024 Results\n\n"
        "In addition, we have informed our customers of our intention to increase prices by 15% on volume that is "
        "not yet committed for 2025.\n"
    )
    index = FactIndex(document)
    assert verify_claim(index, "GrafTech plans to raise prices by 15% on volume not yet committed for 2025.").supported
    assert not verify_claim(index, "GrafTech plans to raise prices by 18% on volume not yet committed for 2025.").supported


def test_an_amount_per_year_is_a_years():
    # Green Plains Q4 2024: "we are targeting up to $50 million of savings per year and have implemented this week
    # the first $30 million in improvements"
    index = fact_index("reading/green-plains_q4-2024_newswire.txt")
    claim = "Green Plains targets up to $50 million of annual savings and has implemented the first $30 million."
    assert verify_claim(index, claim).supported
    assert not verify_claim(index, claim.replace("$30 million", "$35 million")).supported


def test_a_rate_raised_by_an_amount_is_its_change():
    # PrairieSky Q4 2024: "a 4% increase in its annual dividend policy to $1.04 per common share"
    prairiesky = fact_index("reading/prairiesky_q4-2024_newswire.txt")
    assert verify_claim(prairiesky, "Dividend policy raised 4% to $1.04 a share annually.").supported
    assert not verify_claim(prairiesky, "Dividend policy raised 7% to $1.04 a share annually.").supported
    # Gecina FY2024: "2024 dividend up + 15 cts to EUR5.45 per share"
    assert number_status("reading/gecina_fy2024_newswire.txt", "Dividend raised 15 cents to EUR5.45 a share.", "15 cents") == "verified"


def test_the_noun_right_after_an_amount_is_what_it_is_of():
    # ImmunoGen Q2 FY2006: "The net loss ... includes $0.6 million of stock compensation expense"
    index = fact_index("immunogen_q2-fy2006_8k.txt")
    assert number_status("immunogen_q2-fy2006_8k.txt", "Net loss included $0.6m of stock comp.", "$0.6m") == "verified"
    assert not verify_claim(index, "Net loss included $0.6m of legal fees.").supported
    assert not verify_claim(index, "Net loss included $0.7m of stock comp.").supported


def test_fy_before_a_percentage_names_the_year_not_a_fiscal_label():
    # Nephros Q4 2024: "Gross margin for the year ended December 31, 2024, was 62%, compared with 59% in 2023"
    nephros = fact_index("reading/nephros_q4-2024_newswire.txt")
    claim = "Q4 gross margin 64% vs 62%; FY 62% vs 59%, helped by better terms with its largest supplier"
    assert [n.kind for n in read_numbers("FY 62% vs 59%")] == [None, None]
    assert [n.kind.value for n in read_numbers("FY 24 revenue") if n.kind] == ["fiscal_label"]
    assert verify_claim(nephros, claim).supported
    assert not verify_claim(nephros, claim.replace("FY 62%", "FY 66%")).supported
