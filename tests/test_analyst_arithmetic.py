"""Values analysts compute from a release's figures (issue 11, "derived values as analysts compute them"): a part of
a year left once another part is taken out of a longer period, a multiple the claim says of its own amount, a loss's
share of revenue, a share of a whole named by words no vocabulary holds. Each against the real release the claim was
written about, with the figures the computed value cites."""

from __future__ import annotations

from corpus import number_check, number_status

_LINKLOGIS = "reading/linklogis_fy2023_newswire.txt"
_VENTURE_GLOBAL = "reading/venture-global_q2-2026_text.txt"
_PLUG = "reading/plug-power_q2-2026_text.txt"
_BACKED = ("verified", "derived")


def test_the_first_half_is_the_year_less_its_second_half():
    """"the total revenue and income from principal activities amounted to RMB870 million, of which, the revenue and
    income for the second half of 2023 reached RMB480 million": the first half is RMB390 million, for a claim that
    says it is what is left; not the second half, not another year, not a claim that says no such thing."""
    check = number_check(_LINKLOGIS, "That leaves first-half 2023 revenue and income of about RMB390 million.", "RMB390 million")
    assert check.status.value == "derived"
    assert check.formula == "period less its part: RMB870 million vs RMB480 million = 390000000.0"
    assert [ref.value for ref in check.supports] == [870_000_000, 480_000_000]
    for claim in (
        "That leaves second-half 2023 revenue and income of about RMB390 million.",
        "That leaves first-half 2022 revenue and income of about RMB390 million.",
        "First-half 2023 revenue and income was about RMB390 million.",
        "That leaves first-half 2023 revenue and income of about RMB400 million.",
    ):
        assert number_status(_LINKLOGIS, claim, claim.split("about ")[1].rstrip(".")) not in _BACKED, claim


def test_an_amount_said_to_be_half_of_the_claim_s_next_amount():
    """Venture Global's second-quarter income from operations of $2.2 billion (2,188): "about $1.1 billion, half the
    second quarter's $2.2 billion" is half of the claim's own supported figure; $1.3 billion is not, and "more than
    half" states no value. (A claim that names the first quarter is backed by the half year less the second quarter
    since session 49 read the release's six-month column: 3.3 less 2.2.)"""
    claim = "Income from operations of about $1.1 billion would be half the second quarter's $2.2 billion."
    check = number_check(_VENTURE_GLOBAL, claim, "$1.1 billion")
    assert check.status.value == "derived" and check.formula.startswith("half of the claim's $2.2 billion")
    first_quarter = "Implied first-quarter income from operations was about $1.1 billion, half the second quarter's $2.2 billion."
    assert number_check(_VENTURE_GLOBAL, first_quarter, "$1.1 billion").formula.startswith("period less its part")
    assert 2_188_000_000 in [ref.value for ref in check.supports]
    assert number_status(_VENTURE_GLOBAL, claim.replace("$1.1 billion", "$1.3 billion"), "$1.3 billion") not in _BACKED
    # a loss's multiple is left unknown: "loss from operations" here is backed by income's figures
    assert number_status(_VENTURE_GLOBAL, claim.replace("Income", "Loss"), "$1.1 billion") not in _BACKED
    bound = "Income from operations was $1.1 billion, more than half the second quarter's $2.2 billion."
    assert number_status(_VENTURE_GLOBAL, bound, "$1.1 billion") not in _BACKED


def test_a_loss_is_a_share_of_revenue_by_its_size():
    """Plug Power's second quarter: "Gross loss" (1,675) of "Net revenue" 178,299 (thousands) is 0.94%, "about 1% of
    revenue" for a claim that names the gross loss; 3% is not."""
    claim = "The gross loss narrowed to $1.7 million, or about 1% of revenue, from $53.5 million."
    check = number_check(_PLUG, claim, "1%")
    assert check.status.value == "derived"
    assert [(ref.row, ref.value) for ref in check.supports] == [("Gross loss", 1_675_000), ("Net revenue", 178_299_000)]
    assert number_status(_PLUG, claim.replace("about 1%", "about 3%"), "3%") not in _BACKED
    # the six months' gross loss (23,282 of 341,812, 6.8%) is not the $1.7 million the claim states; nor is 1,675 $2.6 million
    assert number_status(_PLUG, claim.replace("about 1%", "about 7%"), "7%") not in _BACKED
    assert number_status(_PLUG, claim.replace("$1.7 million", "$2.6 million"), "1%") not in _BACKED


def test_a_share_of_a_whole_named_by_its_own_words():
    """"The Multi-tier Transfer Cloud processed a total volume of supply chain assets amounting to RMB136.8 billion"
    of "the total volume of supply chain assets processed by Anchor Cloud reached RMB201.3 billion": 68.0%. Not of
    FI Cloud's volume, which the release states no figure of, and not 63%."""
    claim = "The multi-tier transfer cloud made up about 68% of Anchor Cloud volume in 2023."
    check = number_check(_LINKLOGIS, claim, "68%")
    assert check.status.value == "derived"
    assert [ref.value for ref in check.supports] == [136_800_000_000, 201_300_000_000]
    assert number_status(_LINKLOGIS, claim.replace("Anchor Cloud", "FI Cloud"), "68%") not in _BACKED
    assert number_status(_LINKLOGIS, claim.replace("68%", "63%"), "63%") not in _BACKED


def test_book_to_bill_is_orders_over_revenue_of_one_column():
    """Keysight's "Orders" 2,091 over "Revenue" 1,846 (millions) in the third quarter's column is a book-to-bill of
    1.13; the nine months' 5,787 over 5,163 is 1.12, which is no quarter's."""
    release = "reading/keysight_q3-fy2026_text.txt"
    check = number_check(release, "Orders exceeded revenue by a book-to-bill of about 1.13 in the quarter.", "1.13")
    assert check.status.value == "derived" and check.formula == "book-to-bill: 2,091 vs 1,846 = 1.133"
    assert [(ref.row, ref.value) for ref in check.supports] == [("Orders", 2_091_000_000), ("Revenue", 1_846_000_000)]
    assert number_status(release, "Book-to-bill was about 1.12 in the quarter.", "1.12") not in _BACKED
    assert number_status(release, "Book-to-bill was about 1.12 in the first nine months.", "1.12") == "derived"
