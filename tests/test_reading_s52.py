"""Reading as the studied claim sets write it (session 52): a figure of running text said by the words its sentence
opens with, where no vocabulary names its metric; and a "from" that names where an amount came from, not what it is
compared with.

Each rule is checked both ways: the true claim is backed, and a claim with the same words but another number, or
the figure said by other words, is not."""

from __future__ import annotations

from corpus import assert_backed, fact_index, number_status

_FUTU = "reading/futu_q2-2026_text.txt"
_ARVINAS = "reading/arvinas_q4-2024_newswire.txt"
_SEARS = "sears_q2-2004.txt"
_PEAPACK = "peapack-gladstone_q3-2025_newswire.txt"


def _sentence_fact(name: str, words: str, number: str):
    """The fact of ``number`` in the sentence of release ``name`` that holds ``words``."""
    index = fact_index(name)
    at = index.document.text.index(words)
    (fact,) = [f for f in index.facts if f.figure.text == number and at <= f.figure.span.start < at + len(words) + 40]
    return fact


def test_a_figure_said_by_the_words_its_sentence_opens_with() -> None:
    # Futu: "Total costs were HK$985.4 million (US$125.7 million), an increase of 46.9% compared to HK$670.9 million
    # in the second quarter of 2025." No vocabulary names "total costs"; the claim's clause carries gross margin over
    claim = "Gross margin was 86.3% vs 87.4% a year ago as total costs rose 46.9% to HK$985.4 million."
    assert_backed(_FUTU, claim, "HK$985.4 million")
    assert_backed(_FUTU, claim, "46.9%")
    # "Margin financing and securities lending balance increased 85.1% year-over-year to HK$95.1 billion"
    balance = "The margin financing and securities lending balance was HK$95.1 billion (+85.1% y/y)."
    assert_backed(_FUTU, balance, "HK$95.1 billion")
    assert_backed(_FUTU, balance, "85.1%")


def test_a_figure_said_by_other_words_or_another_number_is_not_backed() -> None:
    # the same amount said by words its sentence does not open with
    assert number_status(_FUTU, "Gross margin was 86.3% as brokerage expenses rose to HK$985.4 million.", "HK$985.4 million") != "verified"
    # the words of the costs' sentence and another amount of the release (the quarter's total revenues)
    assert number_status(_FUTU, "Gross margin was 86.3% as total costs rose to HK$7,200.2 million.", "HK$7,200.2 million") != "verified"


def test_from_a_name_says_where_an_amount_came_from() -> None:
    # Arvinas: "cash used in operations of $237.4 million (net of $150.0 million received from the Novartis
    # agreements), inclusive of a one-time cash termination fee in the amount of $41.5 million": the fee is the year's
    claim = (
        "Cash used in operations was $237.4 million in 2024, net of $150.0 million received from Novartis and including "
        "a $41.5 million lease termination fee."
    )
    assert_backed(_ARVINAS, claim, "$41.5 million")
    # Sears: "... acquire up to 61 off-mall stores from Kmart and Wal-Mart for approximately $620 million": the price
    # is of this deal, no comparison
    price = _sentence_fact(_SEARS, "and Wal-Mart for approximately", "$620 million")
    assert price.period.prior is False


def test_from_a_period_or_a_metric_still_compares() -> None:
    # Peapack: "NII ... increased $2.3 million and four basis points from NII of $48.3 million and NIM of 2.77%": an
    # abbreviation of capitals after "from" is a metric, and what follows is the comparison's
    level = _sentence_fact(_PEAPACK, "four basis points from NII of $48.3 million", "$48.3 million")
    assert level.period.prior is True
    assert number_status(_ARVINAS, "Cash used in operations fell to $237.4 million from $41.5 million in 2023.", "$41.5 million") != "verified"
