"""``Prefixes`` answers exactly what rescanning ``text[lower:end]`` answers, for every ``end``."""

from __future__ import annotations

import re

from corpus import document
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text.prefixes import YEAR, Prefixes
from summarizer.text.vocabulary import metric_matches, period_in

_WORDS = [
    "sales", "sales of", "Sales", " of", "of", "cost of", "costs of", " revenue", "Revenue", "Automotive revenue",
    "net income", "quarter", "three months", "fiscal year", "fiscal 2025", "FY25", "FY 2024", "FY '24", "2024",
    "2025", "1999", "Q3", "3Q25", "nine months", "year-to-date", "first half", " ", "  ", "\n", ", ", ". ", "5",
    "$1.2", "million", "earnings per share", "per share", "gross margin", "&", "-", "quarterly", "year",
    "%", " percent", " of average loans", "0.17% of", "net charge-offs", "sales value", " value", "assets",
]  # fmt: skip
_WHOLE = re.compile(r"(?:%|\bpercent|\bpercentage)\s+of\s+(?:the\s+|its\s+|our\s+)?(?:average\s+|total\s+)?$", re.IGNORECASE)


def _last_subject(prefix: str) -> str | None:
    """The last metric of ``prefix``, a whole a share is taken of ("0.17% of average loans") left out where another
    metric was named before it."""
    subject = None
    for match, metric in metric_matches(prefix):
        if subject and metric and metric != subject and _WHOLE.search(prefix, max(0, match.start() - 32), match.start()):
            continue
        subject = metric or subject
    return subject


def _naive(text: str, lower: int, end: int) -> tuple[str, int | None, str | None]:
    prefix = text[lower:end]
    years = [int(year) for year in YEAR.findall(prefix)]
    return period_in(prefix).length, max(years, default=None), _last_subject(prefix)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.text(alphabet="aefilnorsy 0123456789\n", max_size=6), max_size=40), st.data())
def test_prefix_readings_equal_a_rescan(pieces, data):
    text = "".join(pieces)
    lower = data.draw(st.integers(0, len(text)))
    upper = data.draw(st.integers(lower, len(text)))
    prefixes = Prefixes(text, lower, upper)
    for end in range(lower, upper + 1):
        assert (prefixes.length(end), prefixes.latest_year(end), prefixes.last_metric(end)) == _naive(text, lower, end)


def test_prefix_readings_equal_a_rescan_on_a_release():
    text = document("immunogen_q2-fy2006_8k.txt").text[:6000]
    prefixes = Prefixes(text, 0, len(text))
    for end in range(0, len(text), 7):
        assert (prefixes.length(end), prefixes.latest_year(end), prefixes.last_metric(end)) == _naive(text, 0, end)


def test_a_length_pattern_that_looks_past_its_run_reads_as_in_the_whole_text() -> None:
    # found by the property above: "FY" before digits that are a percentage ("FY 20240.17%") is a year's length, and
    # the search in runs must see the "%" past the run that ends at the "." to say so, as the whole text's search does
    text = "salessalessalessalessalessales2024&FY 20240.17% of"
    prefixes = Prefixes(text, 0, len(text))
    for end in range(len(text) + 1):
        assert prefixes.length(end) == _naive(text, 0, end)[0]
