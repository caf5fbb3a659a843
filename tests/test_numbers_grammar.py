"""The number grammar, in the source and in a claim: currencies, scale and unit forms,
exhibit numbers by context, ranges, signs, and numbers that cannot be read."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from corpus import DATA

from summarizer.cli import main
from summarizer.facts import FactIndex
from summarizer.figures.extract import extract_figures
from summarizer.ingest.load import document_from_text, load_document
from summarizer.text.numbers import NUMBER, non_figures, parse_token
from summarizer.types import OtherKind, Unit
from summarizer.verify.claims import read_numbers
from summarizer.verify.verifier import Status, verify_claim


def _tokens(text: str) -> list[tuple[str, str, Unit, bool, str, int]]:
    """Each NUMBER token of running text: its text, value, unit, sign, currency, decimals."""
    found = []
    for match in NUMBER.finditer(text):
        token = parse_token(text, match)
        found.append((text[token.start : token.end], str(token.value), token.unit, token.negative, token.currency, token.decimals))
    return found


def _financial(text: str) -> list[tuple[str, Decimal, Unit, int, str]]:
    return [(n.text, n.value, n.unit, n.decimals, n.currency) for n in read_numbers(text) if n.kind is None]


_C, _PS, _PCT, _N = Unit.CURRENCY, Unit.PER_SHARE, Unit.PERCENT, Unit.COUNT


@pytest.mark.parametrize(
    "text, value, currency, decimals",
    [
        ("$5.2 million", "5.2E+6", "$", -5),
        ("US$9.9m", "9.9E+6", "USD", -5),
        ("U.S.$12", "12", "USD", 0),
        ("U.S. $12", "12", "USD", 0),
        ("C$4.1 billion", "4.1E+9", "CAD", -8),
        ("CA$310 million", "3.10E+8", "CAD", -6),
        ("A$1.5 billion", "1.5E+9", "AUD", -8),
        ("HK$7.2 billion", "7.2E+9", "HKD", -8),
        ("NT$868.46 billion", "8.6846E+11", "TWD", -7),
        ("R$2.3 billion", "2.3E+9", "BRL", -8),
        ("S/ 1,238", "1238", "PEN", 0),
        ("S/441 million", "4.41E+8", "PEN", -6),
        ("€1.2bn", "1.2E+9", "EUR", -8),
        ("£350 million", "3.50E+8", "GBP", -6),
        ("¥120 billion", "1.20E+11", "¥", -9),
        ("RMB5.8 billion", "5.8E+9", "CNY", -8),
        ("RMB 5.8 billion", "5.8E+9", "CNY", -8),
        ("CNY 3.1 million", "3.1E+6", "CNY", -5),
        ("EUR 40 million", "4.0E+7", "EUR", -6),
        ("GBP 12", "12", "GBP", 0),
        ("JPY 1.1 trillion", "1.1E+12", "JPY", -11),
        ("CHF 12.3 million", "1.23E+7", "CHF", -5),
        ("CAD 9", "9", "CAD", 0),
        ("HKD 2.5 billion", "2.5E+9", "HKD", -8),
        ("TWD 100", "100", "TWD", 0),
        ("MXN 5.3316", "5.3316", "MXN", 4),
        ("Ps. 1,234 million", "1.234E+9", "MXN", -6),
        ("USD 1.2 billion", "1.2E+9", "USD", -8),
    ],
)
def test_currencies_are_read_with_their_code(text, value, currency, decimals):
    for written in (text, f"Revenue was {text}, up 5%."):
        token = _tokens(written)[0]
        assert token == (text, value, Unit.CURRENCY, False, currency, decimals), written
    assert _financial(f"Revenue was {text}.")[0] == (text, Decimal(value), Unit.CURRENCY, decimals, currency)


@pytest.mark.parametrize(
    "text, number, value, decimals, currency",
    [
        ("5.8 billion yuan", "5.8 billion", "5.8E+9", -8, "CNY"),
        ("12 million euros", "12 million", "1.2E+7", -6, "EUR"),
        ("5 US dollars", "5", "5", 0, "USD"),
        ("40 dollars", "40", "40", 0, "$"),
    ],
)
def test_a_currency_named_after_the_amount(text, number, value, decimals, currency):
    assert _financial(f"Revenue was {text} this year.") == [(number, Decimal(value), _C, decimals, currency)]


def test_a_code_inside_a_word_is_no_currency():
    assert _tokens("ABCUSD 5 units") == [("5", "5", _N, False, "", 0)]


def test_a_translation_in_parentheses_is_an_aside_not_a_loss():
    text = "Revenue was RMB5.8 billion (US$0.8 billion) for the quarter."
    assert _tokens(text) == [
        ("RMB5.8 billion", "5.8E+9", _C, False, "CNY", -8),
        ("US$0.8 billion", "8E+8", _C, False, "USD", -8),
    ]
    assert [n.value for n in read_numbers(text)] == [Decimal("5.8E+9"), Decimal("8E+8")]
    assert _tokens("Residential: +4.7% (EUR5.1m) rental growth")[1] == ("EUR5.1m", "5.1E+6", _C, False, "EUR", -5)
    # a parenthesised amount after words, or after an amount in the same currency, is still negative
    assert _tokens("$6,905\t($258)\t(4%)")[1] == ("($258)", "-258", _C, True, "$", 0)
    assert _tokens("4%\t($443)\t(1%)")[1] == ("($443)", "-443", _C, True, "$", 0)
    assert _tokens("Operating loss was (US$0.8 billion)") == [("(US$0.8 billion)", "-8E+8", _C, True, "USD", -8)]
    # a currency spelled as its code, in parentheses right after a name, is that name's amount (INDUS: "quarterly
    # earnings (EUR 22.3 million) increased 8.8%"); after a link it is still a value: "a net loss of (EUR 2.3 million)"
    assert _tokens("quarterly earnings (EUR 22.3 million) increased")[0][:4] == ("EUR 22.3 million", "2.23E+7", _C, False)
    assert _tokens("a net loss of (EUR 2.3 million)")[0][:4] == ("(EUR 2.3 million)", "-2.3E+6", _C, True)


@pytest.mark.parametrize(
    "text, value, unit, decimals",
    [
        ("$41m", "4.1E+7", _C, -6),
        ("$68.6 bln", "6.86E+10", _C, -8),
        ("$1.77bn", "1.77E+9", _C, -7),
        ("$9.9million", "9.9E+6", _C, -5),
        ("US$9.9m", "9.9E+6", _C, -5),
        ("$9.9mm", "9.9E+6", _C, -5),
        ("$3k", "3E+3", _C, -3),
        ("$1.2tn", "1.2E+12", _C, -11),
        ("99percent", "99", _PCT, 0),
        ("$9,9 million", "9.9E+6", _C, -5),
        ("€1,25 billion", "1.25E+9", _C, -7),
        ("42 cents", "0.42", _C, 2),
        ("$(0.09)", "-0.09", _C, 2),
    ],
)
def test_scale_and_unit_forms(text, value, unit, decimals):
    token = _tokens(f"It was {text} in the quarter.")[0]
    assert (token[0], token[1], token[2], token[5]) == (text, value, unit, decimals)


def test_lower_case_scale_letters_need_a_currency():
    """"300mm wafers" and "a 10m run" are lengths; "$10m" is money."""
    assert _tokens("300mm wafers and a 10m run") == []


def test_a_decimal_comma_is_read_only_before_a_scale_word():
    assert _tokens("a 9,9 ratio") == [] and _tokens("1,25") == []
    assert _tokens("$1,250 million")[0][1] == "1.250E+9"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("EPS of 42 cents", [("42 cents", Decimal("0.42"), _PS, 2, "")]),
        ("EPS of eight cents per share", [("eight cents", Decimal("0.08"), _PS, 2, "")]),
        ("opened twenty-one stores", [("twenty-one", Decimal(21), _N, 0, "")]),
        ("revenue of one point two billion", [("one point two billion", Decimal("1.2E+9"), _N, -8, "")]),
        ("revenue grew twenty-one percent", [("twenty-one percent", Decimal(21), _PCT, 0, "")]),
        ("one of the largest, after a one-time charge", []),
        ("covid-19 hurt sales", []),
        ("Covid-19 hurt sales", []),
        ("revenue of $41m", [("$41m", Decimal("4.1E+7"), _C, -6, "$")]),
        ("Total revenues were $99.9 million.", [("$99.9 million", Decimal("9.99E+7"), _C, -5, "$")]),
    ],
)
def test_claim_forms(text, expected):
    assert _financial(text) == expected


def test_covid_in_any_case_is_a_name():
    for text in ("covid-19", "Covid-19", "COVID-19"):
        assert [(a, b, k) for a, b, k in non_figures(f"during {text} we")] == [(7, 7 + len(text), OtherKind.NAME)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("EPS guidance of $6.80-$6.90", [("$6.80", "6.80", _PS, 2), ("$6.90", "6.90", _PS, 2)]),
        ("opening 35-40 stores", [("35", "35", _N, 0), ("40", "40", _N, 0)]),
        ("revenue of $250-$350 million", [("$250", "2.50E+8", _C, -6), ("$350 million", "3.50E+8", _C, -6)]),
        ("EPS of $1.85–$1.95", [("$1.85", "1.85", _PS, 2), ("$1.95", "1.95", _PS, 2)]),
        ("margin of 17% to 18%", [("17%", "17", _PCT, 0), ("18%", "18", _PCT, 0)]),
        ("growth between 5% and 7%", [("5%", "5", _PCT, 0), ("7%", "7", _PCT, 0)]),
        ("growth of 35-40%", [("35", "35", _PCT, 0), ("40%", "40", _PCT, 0)]),
        ("a loss of $0.05-$0.07 per share", [("$0.05", "-0.05", _PS, 2), ("$0.07", "-0.07", _PS, 2)]),
        # a change and the level it came to: no scale is shared
        ("revenue rose by $200,000 to $4.35 million", [("$200,000", "200000", _C, 0), ("$4.35 million", "4.35E+6", _C, -4)]),
    ],
)
def test_ranges_share_unit_and_scale_and_neither_end_is_negative(text, expected):
    assert [(t, str(v), u, d) for t, v, u, d, _ in _financial(text)] == expected


def test_a_range_shares_its_currency():
    assert _financial("revenue of RMB5.8-6.0 billion") == [
        ("RMB5.8", Decimal("5.8E+9"), _C, -8, "CNY"),
        ("6.0 billion", Decimal("6.0E+9"), _C, -8, "CNY"),
    ]
    assert _financial("EBITDA guidance of EUR 50.0 - 65.0m") == [
        ("EUR 50.0", Decimal("5.00E+7"), _C, -5, "EUR"),
        ("65.0m", Decimal("6.50E+7"), _C, -5, "EUR"),
    ]


def test_a_range_in_the_source_shares_scale_and_currency():
    document = document_from_text("EBITDA guidance rises to EUR 50.0 - 65.0m this year.")
    assert [(f.text, f.value, f.unit, f.decimals, f.currency) for f in extract_figures(document).financial] == [
        ("EUR 50.0", Decimal("5.00E+7"), _C, -5, "EUR"),
        ("65.0m", Decimal("6.50E+7"), _C, -5, "EUR"),
    ]


def test_a_per_share_range_in_the_source_is_per_share_at_both_ends():
    document = document_from_text("Adjusted diluted earnings per share of $3.27-3.32, and 5 and 10 stores.")
    assert [(f.text, f.value, f.unit, f.currency) for f in extract_figures(document).financial] == [
        ("$3.27", Decimal("3.27"), Unit.PER_SHARE, "$"),
        ("3.32", Decimal("3.32"), Unit.PER_SHARE, "$"),
        ("5", Decimal(5), _N, ""),
        ("10", Decimal(10), _N, ""),
    ]


def test_a_change_by_is_no_range_in_the_source_either():
    document = document_from_text("Deposits rose by $200,000 to $4.35 million in the quarter.")
    assert [(f.text, f.value) for f in extract_figures(document).financial] == [
        ("$200,000", Decimal(200000)),
        ("$4.35 million", Decimal("4.35E+6")),
    ]


@pytest.mark.parametrize(
    "text, values",
    [
        ("a net loss of $293 million, or $1.26 per share", ["-2.93E+8", "-1.26"]),
        ("a net loss of $3.5 million ($0.09 per share)", ["-3.5E+6", "-0.09"]),
        ("net loss narrowed from $7.20 million to $3.10 million", ["-7.20E+6", "-3.10E+6"]),
        ("net loss narrowed to $3.1 million from $7.2 million", ["-3.1E+6", "-7.2E+6"]),
        ("net loss for the first half of 2025 was $12 million", ["-1.2E+7"]),
        ("For the three months ended June 30, 2025, the net loss was $4.1 million", ["-4.1E+6"]),
        # the loss is said for one amount only
        ("a net loss of $5 million, and revenue of $10 million", ["-5E+6", "1.0E+7"]),
        ("a net loss of $5 million compared to net income of $3 million", ["-5E+6", "3E+6"]),
        ("net income of $293 million, or $1.26 per share", ["2.93E+8", "1.26"]),
    ],
)
def test_signs_a_loss_gives(text, values):
    assert [str(n.value) for n in read_numbers(text) if n.kind is None] == values


@pytest.mark.parametrize(
    "text, unreadable",
    [
        ("Revenue was $9,9,9 million.", "$9,9,9 million"),
        ("Margin was 1.2.3%.", "1.2.3%"),
        ("Revenue was $.", "$."),
        ("Revenue was $1,23,456.", "$1,23,456"),
        ("Units of 1,2345 were sold.", "1,2345"),
        ("Revenue was $9,9,9m.", "$9,9,9m"),
        ("Revenue was 9,9,9 million.", "9,9,9 million"),
    ],
)
def test_what_cannot_be_read_is_reported(text, unreadable):
    numbers = read_numbers(text)
    assert [(n.text, n.kind) for n in numbers] == [(unreadable, OtherKind.UNREADABLE)]


@pytest.mark.parametrize(
    "text", ["5G and B200 chips", "a 3.5x leverage ratio", "in FY26 and Q4", "Revenue was $5.", "a 24/7 desk", "See Table 5b", "on 30.06.2025"]
)
def test_words_with_digits_are_not_unreadable(text):
    assert all(n.kind is not OtherKind.UNREADABLE for n in read_numbers(text))


def test_a_section_number_is_an_identifier():
    """Gecina's contents: "1.2.3 EPRA net initial yield" numbers a section; with a percent sign it stays unreadable."""
    assert [(n.text, n.kind) for n in read_numbers("| 1.2.3 EPRA net initial yield")] == [("1.2.3", OtherKind.IDENTIFIER)]
    assert [n.kind for n in read_numbers("Yield was 1.2.3% and 4.5.6 percent.")] == [OtherKind.UNREADABLE] * 2


def test_a_date_glued_to_a_word_is_a_date():
    numbers = read_numbers("Net income for the Three Months EndedSeptember 30,2025 was $9.63 million.")
    assert [(n.text, n.kind) for n in numbers] == [("30,2025", OtherKind.DATE), ("$9.63 million", None)]


@pytest.fixture(scope="module")
def immunogen():
    return FactIndex(load_document(DATA / "immunogen_q2-fy2006_8k.txt"))


def test_an_unreadable_number_is_not_supported(immunogen):
    check = verify_claim(immunogen, "Total revenues were $6.6 million and $9,9,9 million.")
    assert [(n.text, n.status, n.reason) for n in check.numbers] == [
        ("$6.6 million", Status.VERIFIED, ""),
        ("$9,9,9 million", Status.UNREADABLE, "could not read this number"),
    ]
    assert not check.supported


def test_a_value_near_99_is_checked_not_taken_for_an_exhibit(immunogen):
    check = verify_claim(immunogen, "Total revenues were $99.9 million.")
    assert [(n.text, n.status) for n in check.numbers] == [("$99.9 million", Status.UNSUPPORTED)]


@pytest.mark.parametrize(
    "claim, status", [("Total revenues were $99.9 million.", "unsupported"), ("Total revenues were $6,6,0 million.", "unreadable")]
)
def test_cli_exits_3_on_an_unreadable_or_exhibit_like_number(claim, status, capsys):
    release = str(DATA / "immunogen_q2-fy2006_8k.txt")
    assert main(["verify", release, "--text", claim, "--format", "json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["supported"] is False and report["counts"][status] == 1


def test_exhibit_numbers_by_context():
    text = "Exhibit\n99.1\n\nFunds from operations totaled $99.0 million, and EX-99.2 and Exhibit 99.1 follow.\n99.1\tPress Release dated May 5"
    document = document_from_text(text)
    figures = extract_figures(document)
    assert [(f.text, f.value) for f in figures.financial] == [("$99.0 million", Decimal("9.90E+7"))]
    forms = [n.text for n in figures.other if n.kind is OtherKind.FORM_NUMBER]
    assert forms == ["Exhibit\n99.1", "EX-99.2", "Exhibit 99.1", "99.1"]


def test_source_figures_carry_their_currency():
    document = document_from_text("Revenue was RMB5.8 billion (US$0.8 billion), and S/ 1,238 million in Peru.")
    figures = extract_figures(document).financial
    assert [(f.text, f.value, f.negative, f.currency) for f in figures] == [
        ("RMB5.8 billion", Decimal("5.8E+9"), False, "CNY"),
        ("US$0.8 billion", Decimal("8E+8"), False, "USD"),
        ("S/ 1,238 million", Decimal("1.238E+9"), False, "PEN"),
    ]


def test_a_listing_s_code_is_an_identifier_not_a_count() -> None:
    # Linklogis' "(09959.HK)", a claim's "(9959.HK)", ASE's "3711.TW": stock codes, no figures
    for text, code in (("Linklogis (9959.HK) reported revenue of RMB870 million.", "9959"), ("ASE (3711.TW) posted", "3711")):
        (number,) = [n for n in read_numbers(text) if n.text == code]
        assert number.kind is OtherKind.IDENTIFIER
    # a decimal and a year at a sentence's end are still read as they were
    assert [n.kind for n in read_numbers("Sales rose 9959.5 units")] == [None]
