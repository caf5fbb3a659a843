from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from corpus import CORPUS, DATA, document

from summarizer.cli import main
from summarizer.engines.extractive import _said, _says_again, omissions, summarize_extractive
from summarizer.facts import FactIndex
from summarizer.ingest.load import load_document
from summarizer.summary.model import Amount, human, summary_validator, verify_summary

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", CORPUS)
def test_every_citation_is_exact_and_every_number_verifies(name):
    doc = document(name)
    summary = summarize_extractive(doc)
    summary_validator("summary").validate(summary.model_dump())
    items = [summary.headline, *summary.metrics, *summary.guidance, *summary.business_update]
    for item in items:
        for citation in item.citations:
            assert doc.text[citation.start : citation.end] == citation.quote
    report = verify_summary(summary, doc)
    assert report.supported, report.summary_line()
    assert not report.citation_errors


def test_recall_and_no_wrong_value_on_the_corpus():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import extractive_quality

    rows = extractive_quality.evaluate(DATA, DATA / "gold_metrics.jsonl")
    assert not [row for row in rows if row[3] == "wrong"]
    headline = [row for row in rows if row[1] in ("revenue", "net_income", "eps_diluted")]
    assert sum(row[3] == "right" for row in headline) / len(headline) >= 0.95


def test_immunogen_metrics_come_from_the_statement_rows():
    doc = document("immunogen_q2-fy2006_8k.txt")
    summary = summarize_extractive(doc)
    revenue = next(m for m in summary.metrics if m.metric == "revenue")
    assert (revenue.label, revenue.value.value, revenue.value.scale) == ("Total revenues", "6587", "thousands")
    assert revenue.comparison_value.value == "9047" and revenue.change.value == "-27.2"
    assert revenue.citations[0].quote == "Total revenues\t\t6,587\t 9,047\t\t14,365\t\t18,054"
    assert summary.company.ticker == "IMGN" and summary.period.period_end == "2005-12-31"
    assert summary.headline.text.startswith("ImmunoGen, Inc. reported Second Quarter Fiscal Year 2006 revenue of $6.6 million")


def test_nvidia_states_its_own_year_over_year_change_and_non_gaap():
    summary = summarize_extractive(document("nvidia_q4-fy2026.txt"))
    revenue = next(m for m in summary.metrics if m.metric == "revenue")
    assert (revenue.change.value, revenue.change.unit) == ("73", "percent")
    assert revenue.comparison_period == "Q4 FY25"
    adjusted = next(m for m in summary.metrics if m.metric == "eps_diluted" and m.basis == "non_gaap")
    assert adjusted.value.value == "1.62"
    outlook = summary.guidance[0]
    assert outlook.text == "Revenue is expected to be $78.0 billion, plus or minus 2%."
    assert (outlook.low.value, outlook.low.scale) == ("78.0", "billions")


def test_a_release_without_revenue_gets_none_and_sentences_fill_in():
    summary = summarize_extractive(document("conocophillips_q2-2026_text.txt"))
    assert "revenue" not in {m.metric for m in summary.metrics}
    earnings = next(m for m in summary.metrics if m.metric == "net_income")
    assert (earnings.value.value, earnings.value.scale, earnings.comparison_value.value) == ("3.9", "billions", "2.0")
    assert earnings.period == "second-quarter 2026" and earnings.comparison_period == "second-quarter 2025"


def test_boilerplate_stays_out_of_the_business_update():
    for name in CORPUS:
        for update in summarize_extractive(document(name)).business_update:
            lowered = update.text.lower()
            assert "forward-looking" not in lowered and "webcast" not in lowered and "pursuant to" not in lowered


@pytest.mark.parametrize(
    "amount, text",
    [
        (Amount(value="6587", unit="currency", scale="thousands"), "$6.6 million"),
        (Amount(value="68127", unit="currency", scale="millions"), "$68.1 billion"),
        (Amount(value="-0.09", unit="per_share", scale="units"), "$(0.09)"),
        (Amount(value="-27.2", unit="percent", scale="units"), "-27.2%"),
        (Amount(value="349000", unit="currency", scale="units"), "$349,000"),  # as printed, not "$349.0 thousand"
        (Amount(value="254", unit="currency", scale="thousands"), "$254 thousand"),
    ],
)
def test_amounts_read_as_people_write_them(amount, text):
    assert human(amount) == text


def test_summarize_command_writes_a_briefing_note(capsys):
    assert main(["summarize", str(ROOT / "examples" / "immunogen_q2-fy2006_8k.txt")]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("# ImmunoGen, Inc. reported Second Quarter Fiscal Year 2006 revenue of $6.6 million")
    assert "| Total revenues | $6.6 million ✓ | $9.0 million ✓ | -27.2% ≈ | [1] |" in captured.out
    assert "built-in extractive engine" in captured.out
    assert captured.err.strip() == "summarizer: 17 of 17 numbers verified"


def test_summarize_json_is_the_envelope(tmp_path, capsys):
    target = tmp_path / "out.json"
    assert main(["summarize", str(DATA / "buckle_q3-fy2024.html"), "--format", "json", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    payload = json.loads(target.read_text())
    summary_validator().validate(payload)
    assert payload["engine"] == "extractive" and payload["verification"]["supported"] is True
    assert payload["document"]["sha256"] == document("buckle_q3-fy2024.html").sha256


def test_the_llm_engine_needs_a_model(monkeypatch, capsys):
    monkeypatch.delenv("SUMMARIZER_MODEL", raising=False)
    assert main(["summarize", str(DATA / "buckle_q3-fy2024.html"), "--engine", "llm"]) == 2
    assert "--engine llm needs a model: set SUMMARIZER_MODEL" in capsys.readouterr().err


def test_key_figures_left_out_are_listed_with_their_reason(capsys):
    """Peapack-Gladstone (a bank) prints no operating income: it is left out, said so in the JSON and the note, never
    guessed. Nephros's statement prints its operating income with the values glued ("Operating income (loss)
    317(649)6(1,593)"): parted by their own form, the row is read with its columns' periods, and nothing is left out.
    Clorox's is stated only in running text: left out, with that reason."""
    source = str(DATA / "peapack-gladstone_q3-2025_newswire.txt")
    assert main(["summarize", source, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["omitted"] == [{"metric": "operating_income", "reason": "not stated in the release"}]
    assert main(["summarize", source]) == 0
    assert "Not stated in the release: operating income.\n" in capsys.readouterr().out
    assert main(["summarize", str(DATA / "reading" / "nephros_q4-2024_newswire.txt"), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["omitted"] == []
    (operating,) = [m for m in report["summary"]["metrics"] if m["metric"] == "operating_income"]
    assert (operating["value"]["value"], operating["comparison_value"]["value"]) == ("317", "-649")  # in thousands
    # Clorox states its operating income only in running text: left out, never guessed
    assert main(["summarize", str(DATA / "reading" / "clorox_q4-fy2026_text.txt")]) == 0
    assert (
        "Not read surely, so left out: operating income (stated only in running text, without its period or comparison).\n"
        in capsys.readouterr().out
    )


def test_a_restatement_table_of_last_year_never_stands_for_this_quarter():
    # Beyond Meat's "As Previously Reported | ... | As Corrected" tables are all dated June 28, 2025;
    # the quarter reported ends June 27, 2026: their figures are no key figure of this release,
    # the quarter's own statement row ("Net income (loss)" on its own line above its numbers) is
    summary = summarize_extractive(document("reading/beyond-meat_q2-2026_text.txt"))
    by_metric = {m.metric: m for m in summary.metrics if m.basis == "gaap"}
    assert (by_metric["net_income"].value.value, by_metric["net_income"].comparison_value.value) == ("16404", "-31845")
    assert by_metric["net_income"].period == "Three Months Ended June 27, 2026"
    # no diluted EPS row of the quarter's own statement is read: the sentence gives it, and the
    # restatement tables' figures of the same dates neither agree with it nor silence it
    eps = by_metric["eps_diluted"]
    assert (eps.value.value, eps.comparison_value and eps.comparison_value.value) == ("-0.06", "-0.42")
    assert eps.citations[0].quote.startswith("Net loss per share available to common stockholders - diluted was $(0.06)")
    assert by_metric["revenue"].value.value == "68832"


def test_a_per_share_row_is_eps_only_under_net_earnings():
    # PrairieSky: "Funds from operations" / "Per share - basic and diluted(1)  0.41", then
    # "Net earnings" / "Per share - basic and diluted(1)  0.25"
    summary = summarize_extractive(document("reading/prairiesky_q4-2024_newswire.txt"))
    eps = next(m for m in summary.metrics if m.metric == "eps_diluted")
    assert (eps.value.value, eps.comparison_value.value) == ("0.25", "0.28")


def test_restated_columns_are_not_a_non_gaap_table():
    # ASE's statements head a column "Sep. 30 2024 (Retrospectively Adjusted)": restated, not adjusted
    summary = summarize_extractive(document("reading/ase-technology_q4-2024_newswire.txt"))
    revenue = next(m for m in summary.metrics if m.metric == "revenue")
    assert (revenue.basis, revenue.value.value, revenue.comparison_value.value) == ("gaap", "162264", "160581")


@pytest.mark.parametrize(
    "name, metric, label, value",
    [
        ("copa-holdings_q4-2024_newswire.txt", "revenue", "Total Operating Revenue", "877052"),
        ("copa-holdings_q4-2024_newswire.txt", "net_income", "Net Profit/(Loss)", "166182"),
        ("kemira_fy2024_newswire.txt", "net_income", "Net profit for the period", "51.1"),
        ("royalty-management_q2-2025_newswire.txt", "net_income", "NET (LOSS) INCOME", "-49528"),
    ],
)
def test_the_bottom_line_under_its_other_names_is_a_key_figure(name, metric, label, value):
    summary = summarize_extractive(document("reading/" + name))
    figure = next(m for m in summary.metrics if m.metric == metric and m.basis == "gaap")
    assert (figure.label, figure.value.value) == (label, value)


def test_a_figure_from_a_sentence_is_labelled_by_its_own_metric_words():
    # Linklogis: "the total revenue and income from principal activities amounted to RMB870 million" is revenue,
    # not "income" (the last metric word before the figure)
    figure = next(m for m in summarize_extractive(document("reading/linklogis_fy2023_newswire.txt")).metrics
                  if m.metric == "revenue")  # fmt: skip
    assert (figure.label, figure.value.value, figure.value.scale) == ("revenue", "870", "millions")


def test_a_comparison_dated_in_its_own_aside_is_named_by_that_date():
    # Helix: "a net loss ... of $5,205,000 for the year ended July 31, 2025, (July 31, 2024: $9,264,000)"
    summary = summarize_extractive(document("reading/helix-biopharma_fy2025_newswire.txt"))
    figure = next(m for m in summary.metrics if m.metric == "net_income")
    assert (figure.period, figure.comparison_period, figure.comparison_value.value) == (
        "year ended July 31, 2025", "July 31, 2024", "-9264000")


def test_a_row_that_names_earnings_is_not_an_owner_under_an_attributable_to_heading():
    # Silexion: "LOSS PER SHARE, BASIC AND DILUTED" follows the "NET LOSS Attributable to" block
    summary = summarize_extractive(document("reading/silexion_q3-2024_newswire.txt"))
    eps = next(m for m in summary.metrics if m.metric == "eps_diluted")
    assert (eps.label, eps.value.value) == ("LOSS PER SHARE, BASIC AND DILUTED", "-2.03")


def test_net_income_is_the_owners_share_under_an_attributable_to_heading():
    # Futu: "Net income | 3,641,856" then "Attributable to:" / "Ordinary shareholders of the Company | 3,646,775"
    figure = next(m for m in summarize_extractive(document("reading/futu_q2-2026_text.txt")).metrics
                  if m.metric == "net_income" and m.basis == "gaap")  # fmt: skip
    assert (figure.value.value, figure.comparison_value.value) == ("3646775", "2574209")


def test_a_lone_loss_per_share_is_the_diluted_eps_of_a_loss():
    # GeoVax prints one "Loss per common share" row and no diluted figure anywhere: with a loss, diluted = basic
    summary = summarize_extractive(document("reading/geovax_q3-2024_newswire.txt"))
    eps = next(m for m in summary.metrics if m.metric == "eps_diluted")
    assert (eps.label, eps.value.value, eps.comparison_value.value) == ("Loss per common share (diluted)", "-0.91", "-4.75")


def test_a_line_the_statement_does_not_print_is_not_taken_from_a_segment_table():
    # Disney's statement of operations goes from costs to income before taxes; "Operating Income | $ | 1,680"
    # is Entertainment's, in a segment table
    doc = document("reading/disney_q3-fy2026_text.txt")
    summary = summarize_extractive(doc)
    assert not any(m.metric == "operating_income" and m.basis == "gaap" for m in summary.metrics)
    reasons = {o.metric: o.reason for o in omissions(doc, FactIndex(doc), summary)}
    assert reasons["operating_income"].startswith("the statement of operations prints no such line")


def test_a_sentence_that_names_another_quarter_is_not_the_quarter_s_figure():
    # Indus (third quarter): "Earnings after taxes rose to EUR 61.9 million (previous year: EUR 50.0 million),
    # including ... already reported in the first quarter" is the nine months' figure
    summary = summarize_extractive(document("claim_reading/indus-holding_q3-2025_newswire.txt"))
    assert not any(m.metric == "net_income" and m.basis == "gaap" for m in summary.metrics)



def _gaap(name: str) -> dict:
    return {m.metric: m for m in summarize_extractive(document(name)).metrics if m.basis == "gaap"}


def test_a_footnote_of_the_table_before_does_not_make_a_balance_sheet_non_gaap():
    """Peapack-Gladstone's statement of condition follows a footnote of the table before it ("(B)
    ... For non-GAAP efficiency ratio, see the non-GAAP financial measures reconciliation"): the
    balance sheet is GAAP all the same, and a bank's total of cash and its equivalents comes before
    its cash and due from banks alone (8,514)."""
    cash = _gaap("peapack-gladstone_q3-2025_newswire.txt")["cash"]
    assert cash.label == "Total cash and cash equivalents"
    assert (cash.value.value, cash.comparison_value and cash.comparison_value.value) == ("347186", "391367")
    assert cash.comparison_period == "As of Dec 31, 2024"  # the last year end, not the quarter before
    from summarizer.summary.model import metric_sentence

    assert metric_sentence(cash).startswith("Total cash and cash equivalents As of Sept 30, 2025 was $347186 thousand, compared")


def test_a_statement_line_beside_percent_of_sales_columns_is_read_in_the_statement_s_thousands():
    """STAAR's statement prints "Operating income (expense)" beside "% of sales" columns: the sign on
    the row's first cell is its column's, and the amounts are thousands of dollars, cited from the
    statement line itself."""
    operating = _gaap("reading/staar-surgical_q4-2024_newswire.txt")["operating_income"]
    assert (operating.value.value, operating.comparison_value and operating.comparison_value.value) == ("-27910", "10405")
    assert operating.value.scale == "thousands" and "(27,910)" in operating.citations[0].quote
    # ... and the verifier supports the comparison the note writes after the loss ("compared with $10405 thousand")
    doc = document("reading/staar-surgical_q4-2024_newswire.txt")
    report = verify_summary(summarize_extractive(doc), doc)
    assert report.supported, [n for c in report.claims for n in c.numbers if n.status.value == "unsupported"]


def test_a_fixed_width_statement_row_read_by_position_is_cited_itself():
    """STAAR's EPS row has four cells under eight columns; placed by where its characters stand,
    they are the quarter's and the year's levels, and the row is the citation."""
    eps = _gaap("reading/staar-surgical_q4-2024_newswire.txt")["eps_diluted"]
    assert (eps.value.value, eps.comparison_value and eps.comparison_value.value) == ("-0.69", "0.16")
    assert "(0.69)" in eps.citations[0].quote and "0.16" in eps.citations[0].quote


def test_a_release_that_names_no_diluted_figure_has_one_eps():
    """ConocoPhillips prints "$3.23 per share" and never a basic or diluted one (only a
    definition says "diluted"): that per-share figure is its EPS."""
    eps = _gaap("conocophillips_q2-2026_text.txt")["eps_diluted"]
    assert (eps.value.value, eps.comparison_value and eps.comparison_value.value) == ("3.23", "1.56")


def test_a_profit_split_with_minorities_is_not_taken_from_a_sentence_that_does_not_say_whose():
    """Futu's "Net income increased ... to HK$3,641.9 million" includes minorities; the
    release reports the owners' share apart, so the sentence is no source of it: the
    statement's "Ordinary shareholders of the Company" row is."""
    metrics = _gaap("reading/futu_q2-2026_text.txt")
    assert metrics["net_income"].value.value == "3646775"
    assert metrics["revenue"].value.value == "7200214"


def test_amounts_are_written_in_the_reporting_currency(capsys):
    doc = document("reading/futu_q2-2026_text.txt")
    summary = summarize_extractive(doc)
    assert summary.headline.text == (
        "Futu reported Second Quarter 2026 revenue of HK$7.2 billion, up 35.6% from HK$5.3 billion; "
        "net income of HK$3.6 billion; diluted EPS of HK$26.08 per ADS."
    )
    assert human(Amount(value="-0.02", unit="per_share", scale="units"), "CNY") == "RMB (0.02)"
    assert human(Amount(value="6.9", unit="currency", scale="millions"), "EUR") == "€6.9 million"
    assert main(["summarize", "--format", "json", str(DATA / "reading/futu_q2-2026_text.txt")]) == 0
    envelope = json.loads(capsys.readouterr().out)
    assert envelope["currency"] == "HKD"
    summary_validator().validate(envelope)


def test_a_loss_printed_with_its_minus_sign_tells_the_sign_and_the_period_is_the_nine_months():
    summary = summarize_extractive(document("claim_reading/patrizia_9m-2025_newswire.txt"))
    income = next(m for m in summary.metrics if m.metric == "net_income")
    assert (income.value.value, income.comparison_value and income.comparison_value.value) == ("6.9", "-29.2")
    assert summary.headline.text == "PATRIZIA reported the nine months of 2025 net income of €6.9 million."


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("datadog_q2-2026_text.txt", "Datadog, Inc."),  # "NEW YORK-- Datadog, Inc. (NASDAQ:DDOG)"
        ("reading/dutch-bros_q2-2026_text.txt", "Dutch Bros Inc."),  # said twice before its ticker
        ("reading/copa-holdings_q4-2024_newswire.txt", "Copa Holdings"),  # a title that is a bullet
        ("reading/disney_q3-fy2026_text.txt", "The company"),  # "SUMMARIZED FINANCIAL RESULTS" is no name
        ("reading/kemira_fy2024_newswire.txt", "Kemira Oyj"),  # "Kemira Oyj's Financial Statements Bulletin"
        ("mcdonalds_q2-2026_text.txt", "McDONALD'S"),
    ],
)
def test_the_company_is_named_without_datelines_or_title_words(name, company):
    assert summarize_extractive(document(name)).company.name == company


def test_the_headline_period_is_the_reported_year_not_the_comparison():
    """Copa's opening names "fourth quarter of 2023" (the comparison) before its own 4Q24."""
    headline = summarize_extractive(document("reading/copa-holdings_q4-2024_newswire.txt")).headline.text
    assert "2023" not in headline and headline.startswith("Copa Holdings reported 4Q24 revenue of $877.1 million")


def test_operating_income_from_a_sentence_when_no_statement_line_is_read():
    """Indus prints no statement of operations; its sentence "EBIT increased as well, reaching
    EUR 43.3 million in the third quarter (previous year: EUR 31.8 million)" gives the figure
    and its year-ago comparison."""
    income = _gaap("claim_reading/indus-holding_q3-2025_newswire.txt")["operating_income"]
    assert (income.value.value, income.comparison_value and income.comparison_value.value) == ("43.3", "31.8")
    assert income.citations[0].quote.startswith("EBIT increased as well, reaching EUR 43.3 million")


def test_the_comparison_in_an_aside_of_a_loss_is_a_loss():
    """Helix: "a net loss ... of $5,205,000 for the year ended July 31, 2025, (July 31, 2024:
    $9,264,000)": the aside restates the loss for the year before, so it is a loss too."""
    doc = document("reading/helix-biopharma_fy2025_newswire.txt")
    income = next(m for m in summarize_extractive(doc).metrics if m.metric == "net_income")
    assert (income.value.value, income.comparison_value and income.comparison_value.value) == ("-5205000", "-9264000")
    assert income.period == "year ended July 31, 2025"


def test_an_ads_issuer_quotes_its_eps_per_ads_in_its_reporting_currency():
    """Futu prints diluted EPS per ordinary share (HK$3.26) and per ADS (HK$26.08, eight shares)
    in its reporting currency: the per-ADS figure, the one its US holders own, is labelled so."""
    eps = _gaap("reading/futu_q2-2026_text.txt")["eps_diluted"]
    assert (eps.value.value, eps.comparison_value and eps.comparison_value.value) == ("26.08", "18.24")
    assert eps.label == "Diluted EPS per ADS"


def test_a_per_ads_figure_only_in_a_convenience_translation_is_not_the_eps():
    """ASE states per-ADS EPS only in US$ beside its NT$ per-share figures: its EPS is NT$2.07
    per share, compared with "NT$2.13 for 4Q23" (the same quarter a year earlier, not "NT$2.18
    for 3Q24"). Since session 38 the facts stage reads the 2.13 of earnings per share, said at no scale, as an
    amount per share, so the change is derived from the two: -3% (2.07 against 2.13)."""
    eps = _gaap("reading/ase-technology_q4-2024_newswire.txt")["eps_diluted"]
    assert (eps.value.value, eps.comparison_value and eps.comparison_value.value) == ("2.07", "2.13")
    assert eps.comparison_value.unit == "per_share"
    assert eps.change is not None and (eps.change.value, eps.change.unit) == ("-3", "percent")


def test_net_income_is_the_line_the_release_headlines_among_the_companys_own():
    """Cboe's summary table 1 states "Net Income Allocated to Common Stockholders" 195.6, so that
    line is its net income; where no figure is stated before the statement (Citizens' highlights
    pages), the company's own "Net income" 530 comes before the 498 available to common stockholders."""
    income = _gaap("extractive/cboe_q4-2024_newswire.txt")["net_income"]
    assert (income.value.value, income.comparison_value and income.comparison_value.value) == ("195.6", "210.8")
    citizens = _gaap("reading/citizens-financial_q4-2021_highlights.html")["net_income"]
    assert citizens.value.base_value == 530_000_000


def test_the_line_attributable_to_the_company_comes_before_an_earlier_table_s_total():
    """Figure's "Financial Highlights" table prints "Net Income" 87,436 (minorities included) above
    its statement's "Net income attributable to Figure Technology Solutions, Inc." 87,446: the
    company's own line wins over the earlier table."""
    income = _gaap("extractive/figure-technology_q2-2026_text.txt")["net_income"]
    assert (income.value.value, income.comparison_value and income.comparison_value.value) == ("87446", "29942")


def test_the_only_revenue_line_of_the_statement_is_the_revenue():
    """GeoVax's statement of operations opens with "Revenue from government contract" and prints
    no other revenue line; its prior-year cell is a dash (the text says "no revenues reported during
    the comparable 2023 periods"): the comparison is nil, "$0", and no change is computed from it."""
    doc = document("reading/geovax_q3-2024_newswire.txt")
    summary = summarize_extractive(doc)
    revenue = next(m for m in summary.metrics if m.metric == "revenue")
    assert (revenue.label, revenue.value.value, revenue.value.scale) == ("Revenue from government contract", "2789", "thousands")
    assert revenue.comparison_value is not None and revenue.comparison_value.value == "0"
    assert (human(revenue.comparison_value), revenue.comparison_period, revenue.change) == (
        "$0", "Three Months Ended September 30, 2023", None)
    assert verify_summary(summary, doc).supported


def test_a_highlights_table_does_not_hide_the_operating_profit():
    """First Quantum's highlights table runs from "Sales revenues" to EPS without expenses or
    taxes: it is no full statement, so the operating profit of its reconciliation stands."""
    metrics = _gaap("reading/first-quantum_q4-2024_newswire.txt")
    assert (metrics["revenue"].value.value, metrics["revenue"].comparison_value.value) == ("1256", "1218")
    assert (metrics["operating_income"].value.value, metrics["operating_income"].comparison_value.value) == ("344", "-984")


def test_an_annual_release_names_its_year_as_in_2023():
    summary = summarize_extractive(document("extractive/linklogis_fy2023_newswire.txt"))
    assert summary.headline.text == "Linklogis reported 2023 revenue of RMB 870 million."
    revenue = _gaap("extractive/linklogis_fy2023_newswire.txt")["revenue"]
    assert (revenue.value.value, revenue.value.scale, revenue.comparison_value) == ("870", "millions", None)


def test_a_nine_month_eps_compared_with_an_unlabelled_prior_year_is_left_out():
    """Indus states EPS only for the nine months ("climbed to EUR 2.46 ... the previous year's
    EUR 1.89"); nothing names the comparison a quarter, so no quarterly EPS is printed."""
    gaap = _gaap("claim_reading/indus-holding_q3-2025_newswire.txt")
    assert "eps_diluted" not in gaap
    assert gaap["revenue"].value.value == "437.4"  # the quarter's own figures are still read


def test_a_release_whose_statement_prints_only_the_year_reports_the_year():
    """Golden Matrix's opening names its fourth quarter and a Q1 outlook, but it announces
    "results for the fiscal year ended December 31, 2024" and its statement of operations prints
    twelve-month columns alone, in whole dollars (the prose states "$151 million" of 151,115,532):
    the key figures are the year's, and every number of the summary verifies."""
    doc = document("reading/golden-matrix_fy2024_newswire.txt")
    summary = summarize_extractive(doc)
    metrics = {m.metric: m for m in summary.metrics if m.basis == "gaap"}
    assert summary.period.label == "fiscal year ended December 31, 2024"
    assert (metrics["revenue"].value.value, metrics["revenue"].comparison_value.value) == ("151115532", "92993521")
    assert (metrics["net_income"].value.value, metrics["net_income"].comparison_value.value) == ("-1480249", "13702538")
    assert metrics["operating_income"].value.value == "2743704"
    assert metrics["cash"].period == "December 31, 2024"
    report = verify_summary(summary, doc)
    assert report.supported, report.summary_line()


def test_a_column_under_a_two_date_header_is_named_by_its_own_date():
    """Sears' columns read "For the 13 Weeks Ended July 3, 2004 and June 28, 2003" above "2004" | "2003"."""
    revenue = _gaap("sears_q2-2004.txt")["revenue"]
    assert (revenue.period, revenue.comparison_period) == (
        "For the 13 Weeks Ended July 3, 2004",
        "For the 13 Weeks Ended June 28, 2003",
    )


def test_a_row_the_reading_cut_short_gives_no_figure():
    """Weibo's "Non-GAAP diluted net income per share" prints four cells, each followed by a
    footnote star; the table reading keeps one cell (0.54, the prior year's) under the current
    column, where its other rows print four: the row's column is unsure, so no figure."""
    metrics = summarize_extractive(document("reading/weibo_q2-2026_text.txt")).metrics
    assert not [m for m in metrics if m.metric == "eps_diluted" and m.basis == "non_gaap"]
    eps = next(m for m in metrics if m.metric == "eps_diluted" and m.basis == "gaap")  # the GAAP row is whole
    assert (eps.value.value, eps.comparison_value and eps.comparison_value.value) == ("0.26", "0.48")


def test_the_business_update_has_no_title_or_dateline_topic_and_few_items_per_section():
    """Plug's title line "Plug" and dateline "SLINGERLANDS," are no topics; Assurant's update
    takes at most two of its four "Holding Company Liquidity Position" lines, and none of the
    outlook list under "The company expects:"."""
    plug = summarize_extractive(document("reading/plug-power_q2-2026_text.txt")).business_update
    assert plug[0].topic == "" and plug[0].text.startswith("As compared to the prior year and prior quarter")
    assert not [u for u in plug if u.topic.lower().startswith(("plug", "slingerlands"))]
    assurant = summarize_extractive(document("extractive/assurant_q4-2024_newswire.txt")).business_update
    topics = [u.topic for u in assurant]
    assert topics.count("Holding Company Liquidity Position") == 2
    assert not [u for u in assurant if "expects" in u.topic.lower()]


@pytest.mark.parametrize(
    ("column", "period"),
    [
        ("THREE MONTHS ENDED DECEMBER 31, 2021", "Three Months Ended December 31, 2021"),  # Goldman Sachs
        ("THREE MONTHS ENDED 30 JUN 2026", "Three Months Ended June 30, 2026"),  # Axon
        ("31-Dec-24 Current assets: |", "December 31, 2024"),  # Golden Matrix
        ("Jun-26", "June 2026"),  # Auna
        ("June 30,2025 ASSETS", "June 30, 2025"),  # Royalty Management
        ("For the Three Months Ended June 30, 2026 HK$", "For the Three Months Ended June 30, 2026"),  # Futu
        ("AS OF JUNE 30, 2026 AND DECEMBER 31, 2025 June 30, 2026", "As Of June 30, 2026"),  # Rocket Lab
        ("Q4 FY25", "Q4 FY25"),
    ],
)
def test_a_column_period_is_written_as_words_the_verifier_reads_back(column, period):
    from summarizer.figures.columns import column_period_words

    assert column_period_words(column) == period


def _first_characters(items) -> tuple[set[str] | None, bool]:
    """The characters a parsed pattern (``re._parser``) may start with (None: any), and whether it
    may match nothing; a zero-width assertion (``\\b``) starts nothing."""
    names = {"AT", "LITERAL", "IN", "BRANCH", "SUBPATTERN", "MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
    found: set[str] = set()
    for op, value in items:
        name = str(op)
        if name not in names:
            return None, False
        if name == "AT":
            continue
        if name == "LITERAL":
            return found | {chr(value)}, False
        if name == "IN":
            members = [chr(v) for o, v in value if str(o) == "LITERAL"]
            return (found | set(members), False) if len(members) == len(value) else (None, False)
        alternatives = value[1] if name == "BRANCH" else [value[3]] if name == "SUBPATTERN" else [value[2]]
        empty = name not in ("BRANCH", "SUBPATTERN") and value[0] == 0
        for alternative in alternatives:
            firsts, may_be_empty = _first_characters(alternative)
            if firsts is None:
                return None, False
            found |= firsts
            empty = empty or may_be_empty
        if not empty:
            return found, False
    return found, True


def test_the_boilerplate_scan_skips_to_no_character_that_starts_none_of_its_words():
    """``release_prose._BOILERPLATE`` passes over any character its look-ahead does not list (the
    speed helper's class, kept by hand): every alternative but the one anchored at the start must
    start with one of them, or a new word of boilerplate would never be found."""
    import re._parser as parser

    from summarizer.text.release_prose import _BOILERPLATE

    (_, (_, (guard, _start))), (_, (_, words)) = parser.parse(_BOILERPLATE.pattern, _BOILERPLATE.flags).data
    (_, (_, ((_, members),))) = guard[0]
    allowed = {chr(value) for _, value in members}
    for word in words:
        if str(word[0][0]) == "AT" and str(word[0][1]) == "AT_BEGINNING":
            continue  # "^": the look-ahead's other branch
        firsts, _ = _first_characters(word)
        assert firsts is not None and {c.lower() for c in firsts} <= allowed, word
    assert _first_characters(parser.parse(r"\bblah|(?:as)?x").data)[0] == {"b", "a", "x"}  # the helper reads a word's start


def test_a_currency_sign_the_note_writes_is_read_back_as_its_currency():
    """The note writes an amount of a currency with the sign a reader expects ("HK$", "RMB ",
    "€"); the verifier reads it back through ``numbers.CURRENCY_CODES``: the same currency, or the
    sign itself where the sign alone does not say which ("$", "¥")."""
    from summarizer.summary.model import _CURRENCY_SIGNS
    from summarizer.text.numbers import CURRENCY_CODES

    for code, sign in _CURRENCY_SIGNS.items():
        assert CURRENCY_CODES[sign.strip()] in (code, sign.strip()), (code, sign)


def test_how_an_adjusted_measure_is_made_is_boilerplate():
    from summarizer.text.release_prose import is_boilerplate

    assert is_boilerplate(
        "Costs related to acquisition and divestiture activities: The Company has excluded acquisition- and "
        "divestiture-related costs and the accounting impacts such as those related to transaction costs"
    )
    assert is_boilerplate(
        "For the three months ended June 30, 2026 and 2025, no dilutive shares of the Forward Repurchase Contracts "
        "were included in the computation of adjusted diluted EPS."
    )
    assert not is_boilerplate("As part of the agreement, Coty received $250 million in cash at signing.")


def test_a_change_printed_in_basis_points_is_stated_in_basis_points():
    # Bioceres: "Gross Margin | 37% | 42% | 557 bps": the change is 557 basis points, not "6 basis points"
    summary = summarize_extractive(document("reading/bioceres_q2-fy2025_newswire.txt"))
    margin = next(m for m in summary.metrics if m.label == "Gross Margin")
    assert margin.change is not None and (margin.change.value, margin.change.unit) == ("557", "basis_points")


def test_a_guidance_range_the_verifier_does_not_support_is_left_to_the_quoted_sentence():
    """The engine's own reading of an outlook sentence is checked before it is given: STAAR's
    "Adjusted EBITDA loss of approximately $(30) million per quarter in the first half of 2025"
    is no full-year figure, and Auna's "approximately 4% of revenues" is capital expenditures, not
    revenue growth (a share of the metric read: no metric of its own). Their ranges are left out,
    the sentences stay, and every number is supported."""
    for name, metric in (("staar-surgical_q4-2024_newswire.txt", "adjusted EBITDA"), ("auna_q2-2026_text.txt", "outlook")):
        doc = document("reading/" + name)
        summary = summarize_extractive(doc)
        item = next(g for g in summary.guidance if g.metric == metric)
        assert (item.low, item.high) == (None, None) and item.text
    staar = document("reading/staar-surgical_q4-2024_newswire.txt")
    kept = [g for g in summarize_extractive(staar).guidance if g.low is not None]
    assert [(g.metric, g.low.value, g.high.value) for g in kept][:1] == [("ICL sales", "165", "175")]


def test_a_reconciliation_that_names_no_basis_gives_no_non_gaap_figure_from_a_plain_row():
    """Brookfield's "RECONCILIATION OF NET INCOME TO DISTRIBUTABLE EARNINGS" opens with "Net income"
    (101 vs 3,134): the reported measure the reconciliation starts from, not a non-GAAP net income."""
    summary = summarize_extractive(document("reading/brookfield-corp_fy2024_newswire.txt"))
    assert [(m.metric, m.value.value) for m in summary.metrics if m.basis == "non_gaap"] == []
    assert next(m for m in summary.metrics if m.metric == "net_income").value.value == "432"


@pytest.mark.parametrize(
    "name, expected",
    [
        # "Reported (GAAP) | Adjustments(a) | Adjusted (Non-GAAP)": the adjusted figure is the last column's
        # (and "EPS ... (diluted) - adjusted* | $ (0.02)" under the quarter of "RESULTS AT A GLANCE": "Adjusted loss per
        # share of $0.02")
        ("coty_q4-fy2026_text.txt", {"operating_income": "39.5", "net_income": "-13.4", "eps_diluted": "-0.02"}),
        # a reconciliation opens with the reported measure: its "Net Loss" row is no non-GAAP net loss
        ("kingsoft-cloud_q2-2026_text.txt", {}),
        ("green-plains_q4-2024_newswire.txt", {}),
        # ... and the row that names the basis is the adjusted figure
        ("eli-lilly_q2-2026_text.txt", {"eps_diluted": "8.38"}),
        ("axon_q2-2026_text.txt", {"eps_diluted": "1.88"}),
    ],
)
def test_a_non_gaap_figure_comes_from_a_row_or_column_that_names_its_basis(name, expected):
    summary = summarize_extractive(document("reading/" + name))
    assert {m.metric: m.value.value for m in summary.metrics if m.basis == "non_gaap"} == expected


def test_a_key_figure_is_given_only_as_far_as_the_verifier_supports_it():
    """The engine's last check of a key figure: a comparison the figures do not bear out is left
    out with its change, and a figure whose own value they do not bear out is left out whole."""
    from dataclasses import replace

    from summarizer.engines.extractive import _confirmed_metric

    doc = document("reading/kemira_fy2024_newswire.txt")
    index = FactIndex(doc)
    revenue = next(m for m in summarize_extractive(doc, index).metrics if m.metric == "revenue")
    assert _confirmed_metric(index, revenue) is revenue and revenue.comparison_value.value == "808.8"
    wrong_prior = replace(revenue, comparison_value=replace(revenue.comparison_value, value="818.8"))
    kept = _confirmed_metric(index, wrong_prior)
    assert (kept.value.value, kept.comparison_value, kept.change) == ("723.7", None, None)
    assert _confirmed_metric(index, replace(revenue, value=replace(revenue.value, value="733.7"))) is None


@pytest.mark.parametrize(
    "name, metric, bounds",
    [
        # a "respectively" pairing two ranges does not cut the first
        ("vertex_q2-2026_text.txt", "R&D, AIPR&D, and SG&A expenses", ("6.3", "6.45")),
        # "down 5%-10%": the direction before the first end governs both
        ("staar-surgical_q4-2024_newswire.txt", "overall refractive procedure volumes", ("-10", "-5")),
    ],
)
def test_a_guidance_range_keeps_both_ends(name, metric, bounds):
    item = next(g for g in summarize_extractive(document("reading/" + name)).guidance if g.metric == metric and g.low)
    assert (item.low.value, item.high.value) == bounds


def test_expected_as_an_adjective_makes_no_guidance():
    """U.S. Bancorp: "... ratio, reflecting the full implementation of the current expected credit losses
    methodology, was 9.6 percent": a result described with CECL's name, not a forecast."""
    from summarizer.engines.extractive import _guidance_verb

    assert _guidance_verb("reflecting the current expected credit losses methodology, was 9.6 percent") is None
    assert _guidance_verb("was driven by expected forgiveness of SBA loans") is None
    assert _guidance_verb("Revenue is expected to be $37.5 billion") is not None
    assert _guidance_verb("Expected revenue of $1.2 billion") is not None


def test_a_column_s_audit_note_is_no_part_of_its_period():
    # Danaos heads its columns "Unaudited Three Months Ended December 31, 2024"
    revenue = _gaap("reading/danaos_q4-2024_newswire.txt")["revenue"]
    assert (revenue.period, revenue.comparison_period) == (
        "Three Months Ended December 31, 2024", "Three Months Ended December 31, 2023")


def test_two_things_named_together_take_their_amounts_in_order():
    """Disney: "guidance for cash provided by operations and capital expenditures of at least $19 billion and
    approximately $9 billion": the metric read, capital expenditures, is the second named, so its amount is
    the second; and a range of $9 billion said for share repurchases too is another item, not a repeat."""
    doc = document("reading/disney_q3-fy2026_text.txt")
    items = [(g.metric, g.low and g.low.value) for g in summarize_extractive(doc).guidance]
    assert ("capital expenditures", "9") in items and ("capital expenditures", "19") not in items
    assert ("share repurchases", "9") in items


@pytest.mark.parametrize(
    ("name", "metric"),
    [
        # kinds of cost listed before the cost they share are one metric, not the last kind
        ("reading/vertex_q2-2026_text.txt", "R&D, AIPR&D, and SG&A expenses"),
        ("extractive/cboe_q4-2024_newswire.txt", "Depreciation and amortization expense"),
        # "Interest expense on debt": what the interest is paid on is not the metric
        ("reading/first-quantum_q4-2024_newswire.txt", "interest expense"),
        # a forecast of something the vocabulary does not name is named by its subject, not "outlook"
        ("reading/first-quantum_q4-2024_newswire.txt", "Capitalized interest"),
        ("extractive/cboe_q4-2024_newswire.txt", "Adjusted operating expenses"),
    ],
)
def test_a_guidance_item_is_named_by_the_head_of_its_metric(name, metric):
    assert metric in [g.metric for g in summarize_extractive(document(name)).guidance if g.low]


def test_a_bound_on_one_side_is_no_point_estimate():
    """Palantir raises U.S. commercial revenue guidance "to in excess of $3.424 billion" (a floor); Lowe's
    expects "Capital expenditures of up to $2.5 billion" (a ceiling)."""
    palantir = {g.metric: g for g in summarize_extractive(document("reading/palantir_q2-2026_text.txt")).guidance}
    floor = palantir["U.S. commercial revenue"]
    assert (floor.low and floor.low.value, floor.high) == ("3.424", None)
    lowes = {g.metric: g for g in summarize_extractive(document("note/lowes_q2-fy2026_text.txt")).guidance}
    ceiling = lowes["capital expenditures"]
    assert (ceiling.low, ceiling.high and ceiling.high.value) == (None, "2.5")


def test_a_range_whose_lower_end_is_words_bounds_the_metric_named_before_it():
    """U.S. Bancorp, Q4 2021 (sentence of the release): the 9.0 percent caps the CET1 capital ratio; the
    "target ratio" is the range's other end, not the metric, and no point of 9.0 is expected."""
    sentence = (
        "The Company expects to operate at a CET1 capital ratio between our target ratio and 9.0 percent "
        "after closing of the acquisition.\n"
    )
    (item,) = summarize_extractive(load_document(sentence.encode(), name="usb.txt")).guidance
    assert (item.metric, item.low, item.high and item.high.value) == ("CET1 capital ratio", None, "9.0")


def test_a_result_measured_against_guidance_is_no_guidance():
    """Taylor Morrison: "12% closings growth, which was well ahead of the 4% increase contemplated in our
    initial guidance" reports the year, it does not forecast one."""
    from summarizer.engines.extractive import _guidance_verb

    assert _guidance_verb(
        "This included 12% closings growth, which was well ahead of the 4% increase contemplated in our initial "
        "guidance heading into the year and our 10% average growth target."
    ) is None
    assert _guidance_verb("the company will lap the above-described inventory drawdown, which is expected to result") is not None


def test_a_period_heading_over_a_list_tops_its_items():
    """Kemira puts its Q4 and its full-year bullets under "**Q4 2024** performance, ..." and "January-December
    2024 performance, unadjusted for the Oil & Gas divestment": a full-year figure in the business update says
    which period it is of."""
    updates = summarize_extractive(document("reading/kemira_fy2024_newswire.txt")).business_update
    topics = {u.text: u.topic for u in updates}
    revenue = next(text for text in topics if text.startswith("Revenue decreased by 13% to EUR 2,948.1 million"))
    assert topics[revenue] == "January-December 2024 performance, unadjusted for the Oil & Gas divestment"
    assert "Q4 2024 performance, unadjusted for the Oil & Gas divestment" in topics.values()


def test_a_text_table_set_in_columns_is_never_quoted_as_a_sentence():
    """Assurant's outlook table is text in columns ("Adjusted EBITDA, ex.   $1,569   Modest growth   High-single-digit
    growth"); read as one run-on sentence with "Outlook" in it, it was quoted as guidance."""
    guidance = summarize_extractive(document("extractive/assurant_q4-2024_newswire.txt")).guidance
    assert guidance and not any("Modest growth" in g.text for g in guidance)


def test_a_page_number_is_no_part_of_the_sentence_it_interrupts():
    """Coty's text conversion prints the page number "4" on its own line after a full line of a bullet;
    quoted with the bullet, the 4 was a number the verifier could not read."""
    from summarizer.text.sentences import sentence_spans

    doc = document("reading/coty_q4-fy2026_text.txt")
    quoted = [u.text for u in summarize_extractive(doc).business_update]
    assert any(text.endswith("Swarovski fragrances in CY27") for text in quoted)
    # a figure under its short label is no page number
    text = "Number of stores\n512\n\nNext paragraph."
    assert [span.of(text) for span in sentence_spans(text)] == ["Number of stores\n512", "Next paragraph."]


def test_a_subtitle_line_between_dashes_is_a_sentence_of_its_own():
    """Vertex's subtitles are lines set between em dashes; read as one run, "$13.1 billion to $13.2 billion"
    of the raised guidance came after "compared to second quarter 2025" of the line before and was read as the
    prior period's."""
    from summarizer.verify.verifier import verify_claim

    doc = document("reading/vertex_q2-2026_text.txt")
    quoted = next(g for g in summarize_extractive(doc).guidance if g.text.startswith("Raising full-year revenue guidance"))
    assert verify_claim(FactIndex(doc), quoted.text).supported


def test_the_business_update_does_not_restate_an_item_in_other_words():
    """GrafTech's highlights say "Grew sales volume 13% year-over-year to 27.2 thousand MT" and its
    text again "sales volume increased 13% compared to the fourth quarter of 2023": one item, not
    two. A sentence of equal figures on another measure is news, and stays."""
    updates = [u.text for u in summarize_extractive(document("extractive/graftech_q4-2024_newswire_prose.txt")).business_update]
    assert any(text.startswith("Grew sales volume 13% year-over-year") for text in updates)
    assert not [text for text in updates if "sales volume increased 13%" in text]
    assert not _says_again(_said("Revenue grew 13%."), _said("Operating income grew 13% to $1.2 billion."))
    # INDUS: a rounded figure is the same figure; Auna: figures whose roundings only touch are not
    assert _says_again(_said("Incoming orders increased by 17.2% year over year."), _said("Incoming orders for 2025 up 17% from previous year"))
    assert not _says_again(_said("Segment revenue from Mexico increased 5% from 1Q26"), _said("Segment revenue from Mexico increased 4%"))


def test_amounts_under_two_of_their_scale_keep_a_second_decimal():
    """First Quantum's sales of 1,256 and 1,218 millions: "$1.26 billion, up 3% from $1.22 billion",
    not "$1.3 billion, up 3% from $1.2 billion" (which reads as a rise of 8%); never more precise than
    printed, and one decimal from two of a scale up."""
    doc = document("reading/first-quantum_q4-2024_newswire.txt")
    assert "revenue of $1.26 billion, up 3% from $1.22 billion" in summarize_extractive(doc).headline.text
    assert human(Amount(value="1.3", unit="currency", scale="billions")) == "$1.3 billion"
    assert human(Amount(value="6587", unit="currency", scale="thousands")) == "$6.6 million"
    assert human(Amount(value="1499", unit="currency", scale="thousands")) == "$1.50 million"
    # a pair under ten of one word is written alike: Weibo's cash "$1.64 billion" beside "$2.30 billion"
    assert human(Amount(value="2298941", unit="currency", scale="thousands"), beside=Amount(value="1639148", unit="currency", scale="thousands")) == "$2.30 billion"
    assert human(Amount(value="46780", unit="currency", scale="thousands"), beside=Amount(value="-1040", unit="currency", scale="thousands")) == "$46.8 million"


def test_the_company_is_named_by_the_title_the_text_opens_with():
    """A newswire capture without a ticker or a title field opens with its title: "# INDUS Records
    Strong Third Quarter" names INDUS (the note said "The company")."""
    summary = summarize_extractive(document("extractive/indus-holding_q3-2025_newswire_opening.txt"))
    assert summary.company.name == "INDUS"


def test_a_half_is_rounded_away_from_zero_as_releases_round_it():
    """Disney's prior-year revenue of 23,650 millions is "$23.7 billion" in its own letter; Python's
    format rounds a half to even and printed "$23.6 billion"."""
    summary = summarize_extractive(document("reading/disney_q3-fy2026_text.txt"))
    revenue = next(m for m in summary.metrics if m.metric == "revenue")
    assert revenue.comparison_value is not None and human(revenue.comparison_value) == "$23.7 billion"
    assert human(Amount(value="-0.125", unit="per_share", scale="units")) == "$(0.13)"


def test_a_period_the_opening_does_not_name_is_named_by_its_columns_length():
    """Brookfield's statements print "Three Months Ended" under "For the periods ended December 31"
    and its opening names only the year: the headline says "the quarter ended December 31, 2024",
    not "the period ended ..."."""
    summary = summarize_extractive(document("reading/brookfield-corp_fy2024_newswire.txt"))
    assert summary.period.label == "the quarter" and summary.period.period_end == "2024-12-31"
    assert summary.headline.text.startswith("Brookfield Corporation reported the quarter ended December 31, 2024 revenue")


def test_a_sentence_a_page_break_cut_off_is_no_update():
    """AMD's highlight "Launched the AMD Instinct MI400 Series GPU family, ... for large-scale AI
    training and" goes on after the page's number: cut off, it is left out."""
    updates = summarize_extractive(document("extractive/amd_q2-2026_text_opening.txt")).business_update
    assert updates and not [u for u in updates if u.text.endswith(" and")]


def test_a_line_printed_with_its_comparison_is_picked_before_an_earlier_table_without_one():
    """Auna's income statement, now dated by its headings, prints no 2Q'25 column; the summary table beside it does."""
    summary = summarize_extractive(document("reading/auna_q2-2026_text.txt"))
    operating = next(m for m in summary.metrics if m.metric == "operating_income")
    assert (operating.value.value, operating.comparison_value.value, operating.comparison_period) == ("162", "176", "2Q'25")
