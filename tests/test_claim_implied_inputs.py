"""The figures an implied value is computed from, read as what they are: a part of the year the release reports,
named in an outlook claim, is a result ("FY26 revenue outlook ... implies second-half revenue of roughly $2.32-2.34
bln after H1's $2.13 bln"); an amount after "from" that a claim subtracts from is no comparison level ("from
six-month revenue of $341.8 million less the second quarter's $178.3 million")."""

from __future__ import annotations

from corpus import number_check

from summarizer.verify.verifier import SUPPORTED

# Datadog Q2 2026: "Revenue between $4.45 billion and $4.47 billion" for 2026; six months' revenue 2,13x million
_DATADOG = "datadog_q2-2026_text.txt"
# Plug Power Q2 2026: "Net revenue" 178,299 (Q2 2026), 341,812 (six months 2026), 307,644 (six months 2025)
_PLUG = "reading/plug-power_q2-2026_text.txt"


def test_the_half_the_release_reports_is_a_result_in_an_outlook_claim():
    claim = "FY26 revenue outlook of $4.45-4.47 bln implies second-half revenue of roughly $2.32-2.34 bln after H1's {}."
    assert number_check(_DATADOG, claim.format("$2.13 bln"), "$2.13 bln").status in SUPPORTED
    # both ends of the implied range: the year's ends less the half reported
    for end in ("$2.32", "2.34 bln"):
        assert number_check(_DATADOG, claim.format("$2.13 bln"), end).status.value == "derived"
    assert number_check(_DATADOG, claim.format("$2.03 bln"), "$2.03 bln").status not in SUPPORTED
    wrong_end = "FY26 revenue outlook of $4.45-4.47 bln implies second-half revenue of roughly $2.32-2.44 bln after H1's $2.13 bln."
    assert number_check(_DATADOG, wrong_end, "2.44 bln").status not in SUPPORTED


def test_a_half_of_another_year_or_one_the_claim_expects_stays_an_outlook():
    # the first half of 2027 is not over in a release of the second quarter of 2026
    assert number_check(_DATADOG, "Datadog sees H1 2027 revenue of $2.13 bln.", "$2.13 bln").status not in SUPPORTED
    # a claim that expects what the release reports is checked against its outlook only: no base, no input
    assert number_check(_DATADOG, "Datadog expects H1's revenue of $2.13 bln.", "$2.13 bln").status not in SUPPORTED


def test_what_a_claim_subtracts_from_is_of_its_own_period():
    claim = "Implied first-quarter revenue was about $163.5 million, from six-month revenue of {} less the second quarter's $178.3 million."
    assert number_check(_PLUG, claim.format("$341.8 million"), "$341.8 million").status in SUPPORTED
    # the six months of a year before are not the claim's
    assert number_check(_PLUG, claim.format("$307.6 million"), "$307.6 million").status not in SUPPORTED


# Confluent Q4 2024: 2025 subscription revenue outlook "$1.117 - $1.121 billion"; 2024's subscription revenue $922.1 million
_CONFLUENT = "claim_reading/confluent_q4-2024_newswire.txt"


def test_the_year_the_release_reports_is_a_result_in_an_outlook_claim():
    claim = "Confluent sees 2025 subscription revenue of $1.117-1.121 billion, roughly {} above 2024's {}."
    assert number_check(_CONFLUENT, claim.format("21% to 22%", "$922.1 million"), "$922.1 million").status in SUPPORTED
    assert number_check(_CONFLUENT, claim.format("21% to 22%", "$822.1 million"), "$822.1 million").status not in SUPPORTED


def test_a_range_of_percentages_above_a_base_is_the_range_of_levels_end_by_end():
    claim = "Confluent sees 2025 subscription revenue of $1.117-1.121 billion, roughly {} {} 2024's $922.1 million."
    # 1.117 / 0.9221 - 1 = 21.1%, 1.121 / 0.9221 - 1 = 21.6%
    for end in ("21%", "22%"):
        assert number_check(_CONFLUENT, claim.format("21% to 22%", "above"), end).status.value == "derived"
    assert number_check(_CONFLUENT, claim.format("22% to 21%", "above"), "21%").status not in SUPPORTED
    assert number_check(_CONFLUENT, claim.format("21% to 22%", "below"), "21%").status not in SUPPORTED


def test_a_range_of_percentages_holds_as_a_whole():
    # "26% to 22%": 26% is the release's growth of 2024 over 2023, no end of this range; its other end is not backed alone
    claim = "Confluent sees 2025 subscription revenue of $1.117-1.121 billion, roughly 26% to 22% above 2024's $922.1 million."
    assert number_check(_CONFLUENT, claim, "22%").status not in SUPPORTED
