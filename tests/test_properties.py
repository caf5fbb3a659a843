from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.errors import InputError
from summarizer.figures.extract import extract_figures
from summarizer.ingest import tables
from summarizer.ingest.load import document_from_text
from summarizer.text import numbers

_FINANCIAL_ALPHABET = st.sampled_from(
    list("0123456789$()%,.-–— \t\n|abcMBKkmnoperstuy€")
    + ["million", "billion", "\\$", "per share", "(1)", "Q4", "FY26", "RMB", "US$", "HK$", "S/", "EUR ", "Ps.", "percent"]
)
_texts = st.one_of(st.text(max_size=400), st.lists(_FINANCIAL_ALPHABET, max_size=200).map("".join))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_texts)
def test_extraction_never_crashes_and_spans_hold_their_text(raw):
    try:
        document = document_from_text("Results " + raw)
    except InputError:
        return
    figures = extract_figures(document)
    for figure in figures.financial:
        assert 0 <= figure.span.start <= figure.span.end <= len(document.text)
        assert document.text[figure.span.start : figure.span.end] == figure.text
        assert figure.interval[0] <= figure.value <= figure.interval[1]
    for number in figures.other:
        assert document.text[number.span.start : number.span.end] == number.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                assert cell.span.of(document.text) == cell.text


def _one_pattern_reference() -> re.Pattern:
    """The non-figure grammar as one plain pattern: a look-behind for the word boundary, no
    gates, footnotes as one more branch. ``non_figures`` must find exactly what it finds."""
    body = numbers._NON_FIGURE_BODY
    gates = {
        numbers._DIGIT_GATE: r"(?=\d)",
        r"(?=[\dA-Z+(hwpPaAcCrRt])": "",
        numbers._LETTER_GATE: r"(?=[A-Za-z])",
        numbers._WORD_GATE: r"(?=[A-Z])",
    }
    for gate, plain in gates.items():
        assert gate in body, gate
        body = body.replace(gate, plain, 1)
    footnote = r"""(?P<footnote>(?:(?<=[A-Za-z)\]:;,.’'”"])|(?<=[A-Za-z)\]:;,.’'”"][ ]))\(\d{1,2}\)(?=[\s,.;:]|$)
        | ^\(\d{1,2}\)(?=[ \t]+\S) | \[\d{1,2}\])"""
    return re.compile(rf"(?<![A-Za-z0-9])(?:{body})|{footnote}", re.VERBOSE | re.MULTILINE)


_REFERENCE = _one_pattern_reference()
# One token of each kind, cut into pieces and joined in any order, so that tokens meet,
# overlap and break off at every point.
_NON_FIGURE_TOKENS = (
    "May 5, 2025", "5 May 2025", "Sept. 30", "12/31/25", "3/31", "12/31", "2025-12-31", "10:00", "9 a.m.", "4PM",
    "1.(800) 555-1212", "1-800-555-1212", "555.123.4567", "(617) 995-2500", "+1 (617) 995-2500",
    "8-K", "Form 10-K/A", "Form S-1", "Form F-4", "S-K", "17 CFR 230.425", "13(a)(1)", "99.1", "Exhibit 99.1",
    "EX-99.2", "Rule 13a-14(a)", "SFAS No. 123(R)", "Item 2.02", "Section 13(a)", "No. 333-1",
    "3Q 2025", "2H", "Q4 FY26", "FY '26", "FY'26", "02139-1234", "MA 02139", "D.C., 20001", "128 Sidney Street",
    "2.5 mg/m2", "10 µg", "0.5µg", "21st", "12 weeks", "2-month", "0-17999", "12-3456789", "Tier 1", "tier 1", "COVID-19",
    "http://x.com/q4", "www.x.com", "Passcode: 1234", "PIN 55", "page 3 of 4",
    "Development(1)", "loss (2),", "\n(3) Note", "[4]", "$6.6 million", "27%", "6,587", "(3,502)",
    "Exhibit\n99.1", "\n99.1\tPress release", "$99.8 million", "covid-19", "Covid-19", "Sept 30,2025", "30.06.2025", "1.650.607.0349",
    "9M 2024", "9M'25", "9M FCF", "6M net income", "9M adj. EBITA", "$9M", "9M shares",
    "3 Months", "30 days", "12 MONTHS", "4 pm", "10 AM", "9 p.m.", "5 mL", "2 mcg", "0.5 mg", "5 µg", "31 December 2025",
    "2.5 ml", "1 Main Street", "40 CFR 60", "7 Days", "p\u0131n 5", "ACCESS CODE 77", "Replay code 9", "conference ID: 12",
    "participant code 3", "Page 2", "https://x.com/1", "ſ", "COVID-19",
)  # fmt: skip
_NON_FIGURE_PIECES = st.one_of(
    st.sampled_from(_NON_FIGURE_TOKENS),
    st.tuples(st.sampled_from(_NON_FIGURE_TOKENS), st.integers(0, 12)).map(lambda cut: cut[0][cut[1] :]),
    st.sampled_from(list(" \t\n,.;:()-/'$%") + ["a", "Q", "x"]),
)


def _reference_non_figures(text: str, start: int = 0) -> list[tuple]:
    return [
        (match.start(match.lastgroup), match.end(), numbers._KINDS[match.lastgroup.partition("_")[0]])
        for match in _REFERENCE.finditer(text, start)
        if re.search(r"\d", match.group())
    ]


@pytest.mark.parametrize("token", _NON_FIGURE_TOKENS)
def test_non_figure_gates_pass_every_kind(token):
    for text in (token, f"On {token}.", f"x{token} ({token})", token + token, f"{token}\n{token}"):
        assert [tuple(number) for number in numbers.non_figures(text)] == _reference_non_figures(text), text


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(_NON_FIGURE_PIECES, max_size=12).map("".join)), st.integers(0, 8))
def test_non_figure_gates_only_skip_work(text, start):
    start = min(start, len(text))
    assert [tuple(number) for number in numbers.non_figures(text, start)] == _reference_non_figures(text, start)


# NUMBER as it was spelled before its optional parts were written as alternations with an empty
# branch ("(?:...|)" for "(...)?") and its prefixes, suffixes and units were gated on their first
# characters: the two spellings must find the same matches with the same groups, wherever a search
# starts and ends.
_NUMBER_GATES = ("(?=[-−–($€£¥A-Z\\s])", "(?=[\\s)%pb-])", "(?=[ \\t\\n%pb-])")


def _number_as_optionals() -> re.Pattern:
    pattern = numbers.NUMBER.pattern
    for gate in _NUMBER_GATES:
        assert pattern.count(gate) == 1, gate
        pattern = pattern.replace(gate, "")
    return re.compile(pattern.replace("|)", ")?"), re.VERBOSE)


_NUMBER_AS_OPTIONALS = _number_as_optionals()
_NUMBER_PIECES = st.one_of(
    _FINANCIAL_ALPHABET,
    st.sampled_from(
        ["(", ")", " (", "( ", ") ", "-", "−", "–", "U.S. $", "USD ", "S/ ", "Ps. ", "C$", "A$", "R$", "NT$", "1,234", "1,23",
         "9,9", ".5", "12.50", "2025", "m", "mm", "bn", "MM", "K", " pts", " pp", "p.p.", " bps", " basis points", "percentage points",
         "\n ", " percent", "per cent", "%", " thousand", "Millions", "\t"]
    ),
)  # fmt: skip


def _number_matches(pattern: re.Pattern, text: str, start: int, end: int) -> list[tuple]:
    return [(match.span(), match.regs, match.groups()) for match in pattern.finditer(text, start, end)]


def test_number_spelled_with_optionals_is_the_reference():
    assert _NUMBER_AS_OPTIONALS.pattern.count(")?") >= 15
    assert "|)" not in _NUMBER_AS_OPTIONALS.pattern
    assert _NUMBER_AS_OPTIONALS.groupindex == numbers.NUMBER.groupindex


@settings(max_examples=600, deadline=None)
@given(st.lists(_NUMBER_PIECES, max_size=16).map("".join), st.integers(0, 6), st.integers(0, 6))
def test_number_alternations_match_as_optional_groups(text, start, cut):
    start, end = min(start, len(text)), max(min(start, len(text)), len(text) - cut)
    assert _number_matches(numbers.NUMBER, text, start, end) == _number_matches(_NUMBER_AS_OPTIONALS, text, start, end)
    for position in range(start, end):  # a table cell's search: from its start to its end
        found, reference = numbers.NUMBER.search(text, position, end), _NUMBER_AS_OPTIONALS.search(text, position, end)
        assert (found and (found.regs, found.groups())) == (reference and (reference.regs, reference.groups()))


def test_number_alternations_match_as_optional_groups_in_the_releases():
    data = Path(__file__).parent / "data"
    for path in sorted(data.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _number_matches(numbers.NUMBER, text, 0, len(text)) == _number_matches(_NUMBER_AS_OPTIONALS, text, 0, len(text))


_WORD_PIECES = st.sampled_from(
    ["one", "One", "TWENTY", "twenty", "-", " ", "five", " percent", "percent", "%", " hundred", " point", " two", " million",
     " cents", " basis points", "seventeen", "seventy", "seven", "x", "_", "é", "\u017f", "\u0131", "\u0130", "\u212a", "\n", "1",
     "ninety-nine", " thousand", " Percentage points", "Ten", "-one", "ty", " per", "cent", " m", "illion", "Forty", "SIX"]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_WORD_PIECES, max_size=14).map("".join)))
def test_kept_number_words_are_those_of_the_whole_pattern(text):
    # number_words reads only the pattern's matches that a unit or their form keeps; they are found
    # where a tens word or what follows a kept small word stands, and must be the same matches
    kept = [(match.span(), match.groups()) for match in numbers._WORD_NUMBER.finditer(text) if numbers._kept(match)]
    assert [(match.span(), match.groups()) for match in numbers._kept_word_numbers(text)] == kept


_CAPTION_PIECES = st.sampled_from(
    ["(in ", "In ", "thousands", "Millions", "billion", " of ", "U.S. ", "dollars", "euros", "$", "€", "£", "¥", "NT$", "RMB", "EUR ",
     "usd", "000", "’", "'", "s", " ", "|", "(", ")", "mm", "mn", "bn", "m", "k", "\t", "  ", "except per share", "Revenues:",
     "\u017f", "\u0131", "\u0130", "\u212a", "MILLION", "tHoUsAnDs"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(_CAPTION_PIECES, max_size=10).map("".join)))
def test_caption_exponent_asks_the_pattern_only_of_captions_that_may_hold_a_scale(caption):
    match = tables._SCALE_CAPTION.search(caption) if len(caption) <= 200 else None
    expected = None if not match else (lambda word: 3 if word == "000" else numbers.scale_exponent(word))(
        next(word for word in match.groups() if word)
    )
    assert tables.caption_exponent(caption) == expected


# The paragraph break as it was spelled before its last branch was split by the character it opens with.
_PARAGRAPH_BREAK_AS_WRITTEN = re.compile(
    r"\n[ \t]*\n|\n(?=[ \t]*(?:[•●◦▪*·-]|\d+\.)[ \t])|\n(?=[ \t]*•)|\n(?=[ \t]*--[ \t]*(?:\n|$))"
    r"|\n(?=[ \t]*—[ \t][^\n]*[ \t]—[ \t]*(?:\n|$))|(?<=[ \t]—)[ \t]*\n(?=[ \t]*[A-Z—])"
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["\n", " ", "\t", "—", "A", "a", "•", "-", "1.", "x", "— ", " —", "\n\n", "Q", " — \n", "\t—\t\n", "--"]),
                max_size=16).map("".join), st.integers(0, 4), st.integers(0, 4))
def test_paragraph_breaks_as_written(text, start, cut):
    from summarizer.text import sentences

    start, end = min(start, len(text)), max(min(start, len(text)), len(text) - cut)
    assert sentences._paragraph_breaks(text, start, end) == [
        m.span() for m in _PARAGRAPH_BREAK_AS_WRITTEN.finditer(text, start, end)
    ]


def _metric_phrases_as_one_alternation() -> re.Pattern:
    """The metric phrases as they were searched before ``vocabulary._trie``: one alternation, longest first."""
    from summarizer.text import vocabulary

    phrases = "|".join(vocabulary._phrase_pattern(phrase) for phrase in vocabulary._LONGEST_FIRST)
    return re.compile(r"(?=[a-z])(?<![\w&])(" + phrases + r")(?![A-Za-z_&]|\d{3})", re.IGNORECASE)


_METRIC_ALTERNATION = _metric_phrases_as_one_alternation()
# the phrases' words cut into pieces, and what stands between and around them in releases
_METRIC_PIECES = st.one_of(
    st.sampled_from(sorted({word for phrase in _METRIC_ALTERNATION.pattern.split("|") for word in re.findall(r"[a-z]+", phrase)})),
    st.sampled_from([" ", "  ", "\n", " \n ", "-", ",", ", ", "&", " & ", " and ", "/", "(", ")", " (loss) ", "/(loss)", "'", "’",
                     "1", "123", "s", "es", "NET ", "Net ", "Income", "Cash", "Operating", "_", "\u017f", "\u212a", "\u0130", "\t"]),
)  # fmt: skip


def _metric_matches(pattern: re.Pattern, text: str, start: int = 0) -> list[tuple]:
    return [(match.span(), match.span(1)) for match in pattern.finditer(text, start)]


@settings(max_examples=800, deadline=None)
@given(st.lists(_METRIC_PIECES, max_size=14).map("".join), st.integers(0, 4))
def test_metric_trie_matches_as_the_alternation(text, start):
    from summarizer.text import vocabulary

    assert _metric_matches(vocabulary._METRIC_PATTERN, text, start) == _metric_matches(_METRIC_ALTERNATION, text, start)


def test_metric_trie_matches_as_the_alternation_in_the_releases():
    from summarizer.text import vocabulary

    data = Path(__file__).parent / "data"
    for path in sorted(data.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _metric_matches(vocabulary._METRIC_PATTERN, text) == _metric_matches(_METRIC_ALTERNATION, text)
    for phrase in vocabulary._LONGEST_FIRST:  # each phrase alone, in capitals, and wrapped over two lines
        for text in (phrase, phrase.upper(), phrase.replace(" ", " \n "), f"Total {phrase}1 and"):
            assert _metric_matches(vocabulary._METRIC_PATTERN, text) == _metric_matches(_METRIC_ALTERNATION, text)


def _windowed_matches(text: str, start: int, end: int) -> list[tuple]:
    return [(match.span(), match.regs, match.groups()) for match in numbers.numbers_in(text, start, end)]


@settings(max_examples=600, deadline=None)
@given(st.lists(_NUMBER_PIECES, max_size=24).map("".join), st.integers(0, 6), st.integers(0, 6))
def test_numbers_in_running_text_are_the_pattern_s_matches(text, start, cut):
    """The scan that starts each search a reach before the next digit finds what ``finditer`` finds."""
    start, end = min(start, len(text)), max(min(start, len(text)), len(text) - cut)
    assert _windowed_matches(text, start, end) == _number_matches(numbers.NUMBER, text, start, end)


def test_numbers_in_reach_back_to_the_longest_prefix():
    # "( U.S. $ (-.5": a parenthesis, a currency, another parenthesis, a minus and a point, 11
    # characters before the first digit, within the scan's reach
    text = "words\n( U.S. $ (-.5 million and (US$(−25) then 1,234"
    found = list(numbers.numbers_in(text, 0, len(text)))
    assert [match.group() for match in found] == [match.group() for match in numbers.NUMBER.finditer(text)]
    assert found[0].group() == "( U.S. $ (-.5 million"
    assert found[0].start("num") - found[0].start() == 11 < numbers._NUMBER_REACH


def test_numbers_in_the_releases_are_the_pattern_s_matches():
    data = Path(__file__).parent / "data"
    for path in sorted(data.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _windowed_matches(text, 0, len(text)) == _number_matches(numbers.NUMBER, text, 0, len(text))
