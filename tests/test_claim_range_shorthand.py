"""Numbers as analysts shorten them: a range whose currency or scale is said once, at one end; "/sh"."""

from __future__ import annotations

from decimal import Decimal

from corpus import number_status

from summarizer.types import Unit
from summarizer.verify.claims import read_numbers

_RYDER = "reading/ryder_q4-2024_newswire.txt"
_CONFLUENT = "claim_reading/confluent_q4-2024_newswire.txt"
_ROCKET_LAB = "claim_reading/rocket-lab_q2-2026_text.txt"
_ARVINAS = "reading/arvinas_q4-2024_newswire.txt"
_KEYSIGHT = "reading/keysight_q3-fy2026_text.txt"


def test_a_per_share_range_says_its_dollar_sign_once():
    """Ryder's outlook table: "1Q25 Comparable EPS (non-GAAP) | $2.30 - $2.55"."""
    claim = "1Q25 guide: comparable EPS $2.30-2.55, GAAP EPS $2.15-2.40"
    assert number_status(_RYDER, claim, "2.55") == "verified"
    assert number_status(_RYDER, claim, "2.40") == "verified"
    assert number_status(_RYDER, "1Q25 guide: comparable EPS $2.30-2.65", "2.65") != "verified"


def test_a_money_range_glues_its_scale_to_the_second_end_only():
    """"$253-254m": "254m" alone is no number to the grammar ("a 10m run"), but after the first end of
    a range of money it is money, and the first end takes its millions."""
    first, second = read_numbers("subscription revenue $253-254m")
    assert (first.value, second.value) == (Decimal("253E6"), Decimal("254E6"))
    assert second.unit is Unit.CURRENCY and second.currency == "$"
    claim = "1Q25 outlook: subscription revenue $253-254m"
    assert number_status(_CONFLUENT, claim, "$253") == "verified"
    assert number_status(_CONFLUENT, claim, "254m") == "verified"
    assert number_status(_CONFLUENT, "1Q25 outlook: subscription revenue $253-259m", "259m") != "verified"
    # a loss range: both ends are the loss ("Adjusted EBITDA loss of between $17 million and $23 million")
    assert number_status(_ROCKET_LAB, "Q3 guide: adj. EBITDA loss of $17-23m", "23m") == "verified"


def test_a_decimal_s_glued_scale_is_read_once():
    assert [n.text for n in read_numbers("capex of $1.1-1.3bn")] == ["$1.1", "1.3bn"]
    assert [n.text for n in read_numbers("a 10-20m run")] == ["10"]


def test_a_per_share_amount_abbreviated_slash_sh_after_a_loss():
    """Arvinas: "Net loss per common share - basic and diluted | (2.77) | (6.62)": a recap's "($2.77/sh)"."""
    claim = "FY24 net loss $198.9m ($2.77/sh) vs $367.3m ($6.62/sh)"
    assert number_status(_ARVINAS, claim, "$2.77") == "verified"
    assert number_status(_ARVINAS, claim, "$6.62") == "verified"
    assert number_status(_ARVINAS, "FY24 net loss $198.9m ($2.71/sh)", "$2.71") != "verified"


def test_cents_said_as_an_adjective():
    """Peapack-Gladstone "declared a cash dividend of $0.05 per share": "a 5-cent dividend"."""
    assert number_status("peapack-gladstone_q3-2025_newswire.txt", "Peapack declared a 5-cent dividend.", "5-cent") == "verified"
    assert number_status("peapack-gladstone_q3-2025_newswire.txt", "Peapack declared a 6-cent dividend.", "6-cent") != "verified"


def test_nine_months_shortened_before_a_basis_is_a_period():
    """Keysight: "9M GAAP EPS $5.93 vs $3.56": nine months, not nine million of anything."""
    claim = "Nine-month revenue $5.16bn; 9M GAAP EPS $5.93 vs $3.56"
    assert number_status(_KEYSIGHT, claim, "9M") == "not_financial"
    assert number_status(_KEYSIGHT, claim, "$5.93") == "verified"
    assert [n.kind for n in read_numbers("9M shares were sold")] == [None]


def test_a_fiscal_quarter_written_fq_is_a_label():
    """Sandisk's outlook "for Fiscal First Quarter of 2027": a recap's "FQ1'27", whose "27" is no figure."""
    claim = "Sees FQ1'27 revenue of $10.30-10.80 bln and non-GAAP EPS of $44.00 to $46.00"
    assert [n.kind.value for n in read_numbers(claim) if n.kind] == ["fiscal_label"]
    assert number_status("reading/sandisk_q4-fy2026_text.txt", claim, "10.80 bln") == "verified"


def test_a_minus_before_a_currency_code_signs_the_amount():
    """Kemira: "Earnings per share, diluted, EUR | 0.31 | -0.20": a recap's "-EUR0.20"."""
    claim = "Q4 diluted EPS of EUR0.31 against -EUR0.20"
    assert [n.value for n in read_numbers(claim)] == [Decimal("0.31"), Decimal("-0.20")]
    assert number_status("claim_reading/kemira_fy2024_newswire.txt", claim, "-EUR0.20") == "verified"


def test_money_in_parentheses_after_an_amount_of_millions_is_it_per_share():
    """Buckle's year to date: net income $140.3 million a year earlier, $2.81 per diluted share."""
    claim = "YTD net income $118.3m, or $2.35 diluted, vs $140.3m ($2.81)"
    assert number_status("buckle_q3-fy2024.html", claim, "($2.81)") == "verified"
    assert number_status("buckle_q3-fy2024.html", claim.replace("2.81", "2.91"), "($2.91)") != "verified"
    # after a loss, the loss per share: ImmunoGen's "net loss ... $8.2 million, or $0.20 per share"
    (_, per_share) = read_numbers("net loss $8.2m ($0.20)")
    assert per_share.value == Decimal("-0.20") and per_share.unit is Unit.PER_SHARE


def test_a_reason_after_an_amount_gives_it_no_direction():
    """Green Plains: "Revenues for the quarter were $584.0 million compared with $712.4 million": the
    "lower" of "on lower ethanol prices" says why revenue fell, it makes no amount a fall."""
    claim = "Fourth-quarter revenue fell 18% to $584.0 million from $712.4 million on lower ethanol prices."
    assert number_status("reading/green-plains_q4-2024_newswire.txt", claim, "$712.4 million") == "verified"
    assert [n.value for n in read_numbers("Costs were $17 million lower than a year ago.")] == [Decimal("-17E6")]
