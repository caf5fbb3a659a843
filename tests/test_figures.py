from __future__ import annotations

from decimal import Decimal

import pytest
from corpus import CORPUS, document, figures, table_figure

from summarizer.figures.extract import extract_figures
from summarizer.ingest.load import document_from_text
from summarizer.text.numbers import NUMBER
from summarizer.types import OtherKind, Unit

IMMUNOGEN = "immunogen_q2-fy2006_8k.txt"


def _inline(name: str, text: str):
    return next(f for f in figures(name).financial if f.text == text and f.table is None)


def _other(name: str, text: str):
    return next(n for n in figures(name).other if n.text == text)


def test_immunogen_total_revenues_cell():
    figure = table_figure(IMMUNOGEN, "Total revenues", "Three Months Ended December 31, 2005")
    assert figure.text == "6,587"
    assert figure.span.of(document(IMMUNOGEN).text) == "6,587"
    assert figure.value == Decimal(6_587_000)
    assert figure.unit is Unit.CURRENCY
    assert (figure.exponent, figure.decimals, figure.scale_source) == (3, -3, "table")
    assert figure.interval == (Decimal("6586500"), Decimal("6587500"))
    prior = table_figure(IMMUNOGEN, "Total revenues", "Three Months Ended December 31, 2004")
    assert prior.value == Decimal(9_047_000)


def test_immunogen_per_share_loss_is_negative_and_not_scaled():
    figure = table_figure(IMMUNOGEN, "Basic and diluted net loss per common share", "December 31, 2005")
    assert figure.text == "(0.09)"
    assert figure.value == Decimal("-0.09")
    assert figure.unit is Unit.PER_SHARE
    assert figure.decimals == 2


def test_immunogen_net_loss_parentheses_and_shares():
    loss = table_figure(IMMUNOGEN, "Net income (loss)", "Three Months Ended December 31, 2005")
    assert (loss.text, loss.value, loss.negative) == ("(3,502)", Decimal(-3_502_000), True)
    shares = table_figure(IMMUNOGEN, "Basic and diluted weighted average common shares outstanding", "2005")
    assert (shares.value, shares.unit) == (Decimal(41_079_000), Unit.SHARES)


def test_immunogen_footnote_marker_is_not_minus_one():
    name = IMMUNOGEN
    text = document(name).text
    row_start = text.index("Research and development (1)")
    marker = next(n for n in figures(name).other if n.span.start == row_start + len("Research and development "))
    assert (marker.text, marker.kind) == ("(1)", OtherKind.FOOTNOTE)
    assert not any(f.value == -1 for f in figures(name).financial)
    rnd = table_figure(name, "Research and development (1)", "Three Months Ended December 31, 2005")
    assert rnd.value == Decimal(8_760_000)


def test_immunogen_phone_dash_and_inline_amounts():
    assert _other(IMMUNOGEN, "(617) 995-2500").kind is OtherKind.PHONE
    figure = _inline(IMMUNOGEN, "$3.5 million")
    assert (figure.value, figure.decimals, figure.unit) == (Decimal(3_500_000), -5, Unit.CURRENCY)
    assert figure.interval == (Decimal(3_450_000), Decimal(3_550_000))
    per_share = _inline(IMMUNOGEN, "$0.09")
    assert per_share.unit is Unit.PER_SHARE
    nil = next(f for f in figures(IMMUNOGEN).financial if f.nil and f.row == "Research and development")
    assert nil.value == 0 and nil.text == "-"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("February 2, 2006", OtherKind.DATE),
        ("Rule 425", OtherKind.FORM_NUMBER),
        ("17 CFR 230.425", OtherKind.FORM_NUMBER),
        ("SFAS 123(R)", OtherKind.FORM_NUMBER),
        ("128 Sidney Street", OtherKind.STREET_NUMBER),
        ("MA 02139", OtherKind.ZIP),
        ("0-17999", OtherKind.IDENTIFIER),
    ],
)
def test_immunogen_numbers_that_are_not_figures(text, kind):
    assert _other(IMMUNOGEN, text).kind is kind


def test_nvidia_summary_table():
    name = "nvidia_q4-fy2026.txt"
    revenue = table_figure(name, "Revenue", "Q4 FY26")
    assert (revenue.text, revenue.value, revenue.decimals) == ("$68,127", Decimal(68_127_000_000), -6)
    growth = table_figure(name, "Revenue", "Y/Y")
    assert (growth.value, growth.unit) == (Decimal(73), Unit.PERCENT)
    margin = table_figure(name, "Gross margin", "Y/Y")
    assert (margin.value, margin.unit) == (Decimal("2.0"), Unit.PERCENTAGE_POINTS)
    eps = table_figure(name, "Diluted earnings per share", "Q4 FY26")
    assert (eps.value, eps.unit, eps.exponent) == (Decimal("1.76"), Unit.PER_SHARE, 0)


def test_nvidia_income_statement_columns_and_sections():
    name = "nvidia_q4-fy2026.txt"
    diluted = table_figure(name, "Diluted", "Three Months Ended January 25, 2026")
    assert (diluted.value, diluted.unit) == (Decimal("1.76"), Unit.PER_SHARE)
    shares = table_figure(name, "Diluted", "Three Months Ended January 25, 2026", index=1)
    assert (shares.value, shares.unit) == (Decimal(24_432_000_000), Unit.SHARES)
    year = table_figure(name, "Revenue", "Twelve Months Ended January 25, 2026")
    assert year.value == Decimal(215_938_000_000)
    inline = _inline(name, "$68.1 billion")
    assert (inline.value, inline.decimals) == (Decimal(68_100_000_000), -8)


def test_buckle_thousands_and_share_exception():
    name = "buckle_q3-fy2024.html"
    sales = table_figure(name, "SALES, Net of returns and allowances", "Thirteen Weeks Ended November 2, 2024")
    assert sales.value == Decimal(293_618_000)
    eps = table_figure(name, "Diluted", "Thirteen Weeks Ended November 2, 2024")
    assert (eps.value, eps.unit) == (Decimal("0.88"), Unit.PER_SHARE)
    shares = table_figure(name, "Diluted weighted average shares", "Thirteen Weeks Ended November 2, 2024")
    assert (shares.value, shares.unit) == (Decimal(50_297_000), Unit.SHARES)


def test_apple_html_exhibit():
    name = "apple_q1-fy2011.txt"
    assert table_figure(name, "Net sales", "December 25, 2010").value == Decimal(26_741_000_000)
    assert table_figure(name, "Net income", "December 26, 2009").value == Decimal(3_378_000_000)
    assert table_figure(name, "Diluted", "December 25, 2010").value == Decimal("6.43")


def test_sears_fixed_width_tables():
    name = "sears_q2-2004.txt"
    revenue = table_figure(name, "Total revenues", "13 Weeks")
    assert revenue.value == Decimal(8_781_000_000)
    long_label = "Income before income taxes, minority interest and cumulative effect of change in accounting principle"
    assert table_figure(name, long_label, "13 Weeks").value == Decimal(89_000_000)
    loss = table_figure(name, "NET INCOME/ (LOSS)", "26 Weeks")
    assert (loss.value, loss.negative) == (Decimal(-806_000_000), True)
    shares = table_figure(name, "Average common equivalent shares outstanding", "13 Weeks")
    assert (shares.value, shares.unit, shares.decimals) == (Decimal(216_500_000), Unit.SHARES, -5)
    assert _inline(name, "$53 million").value == Decimal(53_000_000)
    assert _inline(name, "2.9 percent").unit is Unit.PERCENT


def test_conocophillips_pipe_table_and_inline():
    name = "conocophillips_q2-2026_text.txt"
    earnings = next(f for f in figures(name).financial if f.row == "Earnings")
    assert (earnings.text, earnings.value) == ("3,931", Decimal(3_931_000_000))
    assert _inline(name, "$3.23").unit is Unit.PER_SHARE
    assert _inline(name, "$7.4 billion").value == Decimal(7_400_000_000)


def test_mcdonalds_split_percent_cells():
    name = "mcdonalds_q2-2026_text.txt"
    revenue = [f for f in figures(name).financial if f.row == "Revenues"]
    assert [f.value for f in revenue[:2]] == [Decimal(7_099_000_000), Decimal(6_843_000_000)]
    assert (revenue[2].value, revenue[2].unit) == (Decimal(4), Unit.PERCENT)


def test_peapack_one_cell_per_line_table():
    name = "peapack-gladstone_q3-2025_newswire.txt"
    eps = next(f for f in figures(name).financial if f.row == "Diluted EPS")
    assert (eps.value, eps.unit) == (Decimal("1.42"), Unit.PER_SHARE)
    income = next(f for f in figures(name).financial if f.row == "Net interest income")
    assert (income.value, income.unit, income.decimals) == (Decimal(144_370_000), Unit.CURRENCY, -4)
    assert _inline(name, "$9.6 million").value == Decimal(9_600_000)
    assert _inline(name, "4 basis points").unit is Unit.BASIS_POINTS


@pytest.mark.parametrize("name", CORPUS)
def test_spans_point_at_their_text(name):
    text = document(name).text
    for figure in figures(name).financial:
        assert figure.span.of(text) == figure.text
        assert figure.context.start <= figure.span.start and figure.span.end <= figure.context.end or figure.table is None
    for number in figures(name).other:
        assert number.span.of(text) == number.text


def test_numbers_longer_than_the_decimal_context_stay_exact():
    text = "Results: 10000000000000000000000000001 units; a loss of (123456789012345678901234567890.5) million."
    found = {f.text: f for f in extract_figures(document_from_text(text)).financial}
    units = found["10000000000000000000000000001"]
    loss = found["(123456789012345678901234567890.5) million"]
    assert units.value == Decimal("10000000000000000000000000001")
    assert loss.value == Decimal("-123456789012345678901234567890.5E6")
    for figure in (units, loss):
        low, high = figure.interval
        assert low < figure.value < high and high - low == Decimal(1).scaleb(-figure.decimals)


def test_number_groups_are_all_named_in_the_order_parse_token_reads_them():
    expected = ("lp", "minus", "currency", "lp2", "minus2", "num", "glued", "rp", "pp", "bp", "pct", "scale", "scale_short", "rp2", "paren_scale")
    assert tuple(NUMBER.groupindex) == expected and NUMBER.groups == len(expected)


def test_scale_words_with_letters_a_case_blind_pattern_takes_for_ascii_are_read():
    # "İ" and "ı" match "i" in a case-blind pattern but lower to other letters; "ſ" matches "s": no crash, the scale read
    from summarizer.ingest.tables import caption_exponent

    for text, exponent in (("Revenue was $5 MİLLİON in the quarter.", 6), ("Revenue was $5 mıllıon in the quarter.", 6)):
        (figure,) = extract_figures(document_from_text(text)).financial
        assert (figure.value, figure.exponent) == (5 * 10**exponent, exponent)
    assert caption_exponent("(in BILLIONſ)") == 9
