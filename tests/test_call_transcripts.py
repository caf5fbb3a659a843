"""Claims verified against an earnings-call transcript (issue 11, "Call transcripts as sources").

A transcript is one sentence a line, with no headings or tables, prepared remarks and questions run
together. The ECTSum calls are GPL-3 and stay out of the repository: the call below is written in our
own words, in the shapes the studied calls say things, and each test names the shape it stands for.
"""

from __future__ import annotations

import pytest

from summarizer.facts import FactIndex
from summarizer.ingest.load import document_from_text
from summarizer.verify.verifier import SUPPORTED, verify_claims

CALL = "\n".join(
    [
        "Thank you for joining us today to discuss our third quarter results.",
        "Gross profit in Europe was up $10 million, an increase of 12%.",
        "Third quarter revenue was $512 million, up 8% year-over-year.",
        "Adjusted EBITDA in the third quarter was $97.4 million.",
        "Our margin grew by 80 basis points to 19%, reflecting our cost actions.",
        "When compared to the 31% decline we saw in the second quarter, this is a strong recovery.",
        "Second quarter revenue of $474 million was above our guidance range of $440 million to $460 million.",
        "Non-GAAP gross margin improved to 41.5%, a 30-basis-point increase from the second quarter.",
        "Non-GAAP operating margin was 12.2%, flat with the second quarter.",
        "Adjusted net income and adjusted earnings per share increased 17% to $88 million, or $1.42 per share.",
        "Net income was $71 million, or $1.15 per diluted share, roughly double the prior-year levels of $35 million"
        " and $0.57 per diluted share.",
        "For the fourth quarter, we expect revenue in the range of $520 million to $540 million.",
        "We expect fourth quarter non-GAAP earnings per share of $1.45 to $1.55.",
        "As of May 31, 2021, cash and cash equivalents were $268 million.",
        "During the quarter, we generated $61 million of cash from operating activities.",
        "Income from operations as a percentage of revenue was 13.1% for the quarter, an increase of 120 basis points"
        " from the year-ago period.",
        "Subscription sales increased approximately 30% in units and approximately 12% in sales dollars.",
        "Given our third quarter results, we now expect $20 million to $25 million in license revenues for the full"
        " year 2021.",
        "Moving to 2022 guidance, revenue is expected to be in the range of $2.10 billion to $2.16 billion, up 5% to 8%"
        " in constant currency, with services revenues between $610 million and $640 million.",
        "Non-GAAP earnings per share is expected to range from $6.20 to $6.40.",
        "And the tax rate is expected to be around 19%.",
        "Our outlook for capital expenditures in fiscal 2021 remains between 150 million and 175 million.",
        "During the quarter we repurchased 2.3 million shares.",
        "Gross profit was up $53 million, an increase of 33%.",
        "We thank our teams for their hard work.",
        "Gross profit reached $212 million in the quarter.",
        "Adjusted EBITDA grew 6% to $97.4 million.",
        "For the full year, revenues were $2.02 billion and operating expenses were $1.41 billion, an increase of 9% and"
        " 6% respectively.",
        "Strong cash generation drove a $45 million reduction to net debt, which ended the quarter at $610 million.",
        "Product revenue came in at $84 million, up a very impressive 41% year over year.",
        "Services revenue decreased by about 6% year-over-year and by about 9% sequentially.",
        "Operating income was $60.2 million or 11.8% of revenue, compared to $52.9 million or 10.9% of revenue in the"
        " third quarter of last year.",
        "Selling, general and administrative expenses as a percentage of sales decreased to 21.3% in the quarter"
        " compared to 22.6% in the prior year.",
        "Our average selling price reached $812 per ton in the quarter, the highest in a decade.",
        "This level represented an increase of $95 per ton compared to a year ago and $41 per ton sequentially.",
        "Licensing represented about 28% of total revenue in the quarter.",
        "Licensing decreased by about 14% from last year, driven by timing of contracts.",
        "Order volumes are running about three times higher than a year ago.",
        "For 2022, we anticipate adjusted EBITDA in our services segment to increase in the range of 20% to 25% from"
        " 2021.",
        "As a percentage of net sales, warranty expense in the quarter was 3% compared to 4% in the prior year quarter.",
    ]
) + "\n"


def _indexed(transcript: str):
    document = document_from_text(transcript)
    return document, FactIndex(document)


@pytest.fixture(scope="module")
def call():
    return _indexed(CALL)


def _passes(call, claim: str) -> bool:
    document, index = call
    return all(n.status in SUPPORTED for n in verify_claims([claim], document, index).claims[0].numbers)


@pytest.mark.parametrize(
    "claim",
    [
        "q3 revenue $512 million, up 8%.",
        "q3 non-gaap gross margin 41.5%, up 30 basis points sequentially.",  # "a 30-basis-point increase"
        "q3 non-gaap operating margin 12.2%.",  # the quarter "flat with" is the one compared with
        "q3 adjusted net income rose 17% to $88 million.",  # "net income and earnings per share increased 17%"
        "q3 adjusted earnings per share $1.42, up 17%.",
        "cash and cash equivalents of $268 million as of may 31, 2021.",
        "q3 cash from operating activities $61 million.",
        "q3 operating margin 13.1%, up 120 basis points.",  # "income from operations as a percentage of revenue"
        "subscription sales up about 30% in units and 12% in sales dollars.",
        "sees fy 2021 license revenue $20 million to $25 million.",  # not the quarter "given our third quarter results"
        "sees fy 2022 services revenue $610 million to $640 million.",  # reported: the constant currency is the growth's
        "sees fy 2022 non-gaap earnings per share $6.20 to $6.40.",
        "sees fy 2022 tax rate around 19%.",  # an outlook's sentences share the period its first one names
        "sees fiscal 2021 capital expenditures $150 million to $175 million.",  # amounts said without their "$"
        # the 33% said beside no level, with its $53 million: $53 million over the $159 million before is 33%
        "q3 gross profit $212 million, up 33%.",
        "q3 adjusted ebitda $97.4 million, up 6%.",  # the growth's sentence restates the quarter's $97.4 million
        "net debt of $610 million at quarter end, down $45 million.",  # "a $45 million reduction to net debt"
        "q3 adjusted ebitda margin 19%, up 80 basis points.",  # "Our margin" after the adjusted EBITDA's sentence
        "fy revenue $2.02 billion, up 9%.",  # "... an increase of 9% and 6% respectively"
        "fy operating expenses $1.41 billion, up 6%.",
        "q3 net income $71 million versus $35 million a year ago.",  # millions are no earnings per share
        "sees q4 revenue $520 million to $540 million.",
        "sees q4 non-gaap earnings per share $1.45 to $1.55.",
        "q3 product revenue $84 million, up 41%.",  # "up a very impressive 41%": a change, praise between
        "services revenue down about 9% sequentially.",
        "q3 operating margin 11.8% versus 10.9% a year ago.",  # "$52.9 million or 10.9% of revenue": its share
        "q3 sg&a 21.3% of sales versus 22.6% a year ago.",  # the rate compared with is the same rate
        # a sentence pointing back ("This level") at the level of the one before; "per ton" before the next change
        "average selling price $812 per ton, up $95 per ton from a year ago and $41 per ton sequentially.",
        "licensing about 28% of revenue, down about 14% from last year.",  # a share is no level its change sits with
        "order volumes about 3 times higher than a year ago.",  # "three times" said in words
        "sees 2022 services segment adjusted ebitda up 20% to 25%.",  # "to increase in the range of 20% to 25%"
        "q3 warranty expense 3% of net sales compared to 4% in prior year quarter.",  # the share said before its figure
    ],
)
def test_true_bullets_pass(call, claim):
    assert _passes(call, claim)


@pytest.mark.parametrize(
    "claim",
    [
        "q3 revenue down 31%.",  # the second quarter's decline
        "sees q4 revenue $440 million to $460 million.",  # the second quarter's old guidance
        "q3 non-gaap earnings per share $1.55.",  # the fourth quarter's outlook, not a result
        "q3 revenue $474 million.",  # the second quarter's
        "q3 share repurchases of $2.3 million.",  # 2.3 million shares, no amount of money
        "q3 gross margin 19%.",  # the margin said after the adjusted EBITDA is that one's
        "subscription sales up 30% in sales dollars.",  # 30% was in units
        "fy revenue $2.02 billion, up 6%.",  # the operating expenses' 6%
        "q3 gross profit $212 million, up 12%.",  # $10 million over $202 million is not 12%: another figure's change
        "services revenue down about 9% year-over-year.",  # the 9% is sequential
        "services revenue down about 6% sequentially.",  # the 6% is from a year ago
        "average selling price up $95 per ton sequentially.",  # the $95 is from a year ago
        "q3 operating margin 10.9%.",  # the prior year's share
    ],
)
def test_untrue_variants_are_not_supported(call, claim):
    assert not _passes(call, claim)


# A second call, for what a call defines once and says again in short, and for an outlook run that names
# its period after the figure (written in our own words, in the shapes the studied calls use).
OUTLOOK_CALL = "\n".join(
    [
        "Good morning, and welcome to our first quarter call.",
        "Today we will refer to non-GAAP measures such as adjusted operating earnings or AOE.",
        "Reported AOE of $52.3 million or $0.61 per share compared to AOE of $47.1 million or $0.55 per share"
        " in the first quarter of fiscal 2021.",
        "We ended the quarter with net debt to adjusted EBITDA of 3.6 times.",
        "And we currently project to end 2022 at 3.4 times to 3.5 times.",
        "Turning to guidance, we are raising our revenue range to $2.40 billion to $2.46 billion.",
        "Adjusted earnings per share is expected to be in the range of $7.80 to $8.10.",
        "We estimate the full year tax rate to be around 17%.",
        "Thank you, and we will now take questions.",
    ]
) + "\n"


@pytest.fixture(scope="module")
def outlook_call():
    return _indexed(OUTLOOK_CALL)


@pytest.mark.parametrize(
    "claim",
    [
        # "AOE" is defined once as adjusted operating earnings, then said alone
        "q1 adjusted operating earnings of $52.3 million.",
        # "we currently project to" looks forward, to the year it names
        "sees 2022 net debt to adjusted ebitda of 3.4 to 3.5 times.",
        # the run of outlook sentences names the year once, after the figure: "the full year tax rate"
        "sees fy 2022 adjusted earnings per share $7.80 to $8.10.",
    ],
)
def test_outlook_call_true_bullets_pass(outlook_call, claim):
    assert _passes(outlook_call, claim)


@pytest.mark.parametrize(
    "claim",
    [
        "q1 adjusted operating earnings of $47.1 million.",  # the prior year's AOE
        "sees q2 adjusted earnings per share $7.80 to $8.10.",  # the run's period is the year, not a quarter
        "q1 adjusted earnings per share $7.80.",  # an outlook, no result
    ],
)
def test_outlook_call_untrue_variants_are_not_supported(outlook_call, claim):
    assert not _passes(outlook_call, claim)
