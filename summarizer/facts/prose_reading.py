"""Facts of running text: each figure read with the words of its sentence, and a sentence
that names no period length takes its paragraph's or its heading's."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise

from ..text.abbreviations import abbreviation_before, defined_abbreviations, restates_the_amount_before
from ..text.context import (
    YEAR_TO_DATE,
    basis_of,
    before_a_cause,
    booked_in_an_earlier_quarter,
    clause_before,
    full_year_guidance,
    includes_an_earlier_quarter,
    joined_subject,
    read_sentence,
)
from ..text.vocabulary import (
    COMPARISON_LINK,
    FORWARD_HINTS,
    FORWARD_LOOKING,
    HEDGED,
    LENGTH_PATTERNS,
    Period,
    metrics_in,
    month_of_an_amount,
    period_in,
)
from ..types import Document, Figure, Span, Unit
from .model import Fact
from .table_reading import signed_fact

__all__ = ["in_the_year_so_far", "lead_in_length", "opening_subject", "prose_facts"]

# The noun phrase a sentence opens with, up to its verb (past bullets and a table's leftover cell marks): "Total
# costs were HK$985.4 million", "· | Margin financing and securities lending balance increased 85.1% ...".
_OPENING_SUBJECT = re.compile(
    r"[^A-Za-z\n]{0,12}(?:(?:the|our|its)\s+)?(?P<subject>[A-Za-z][\w'’&/-]*(?:\s+[A-Za-z][\w'’&/-]*){0,7}?)\s+"
    r"(?:was|were|totaled|totalled|amounted\s+to|reached|stood\s+at|rose|fell|grew|increased|decreased|declined)\b",
    re.IGNORECASE,
)


def opening_subject(text: str, sentence: Span) -> str:
    """The noun phrase ``sentence`` opens with as its subject, "" when it opens otherwise: "Total costs" of "Total
    costs were HK$985.4 million (US$125.7 million), an increase of 46.9% ..." (Futu). A figure of the sentence whose
    metric no vocabulary names is the subject's: the words a claim must say it by."""
    opening = _OPENING_SUBJECT.match(text, sentence.start, sentence.end)
    return opening.group("subject") if opening else ""


_BULLETS = frozenset("•●◦▪*·-–")
# A line of a few words and no sentence's end: a heading. "vs." ends no sentence: "Fourth quarter 2021 vs. third
# quarter 2021" heads the comparison of the paragraphs under it.
_HEADING_LINE = re.compile(r"^[ \t]*((?:[^\n.!?]|(?<=\bvs)\.){3,60}?):?[ \t]*$", re.MULTILINE)


def _length_a_heading_names(heading: str) -> str:
    """The period length a heading line names, or the year of an outlook's title ("2025 Outlook")."""
    return period_in(heading).length or ("year" if full_year_guidance(heading) else "")


def _heading_length(text: str, opening: int, sections: _SectionHeadings) -> str:
    """The period length the heading over a paragraph that opens at ``opening`` names: its own, or
    the year of an outlook's title ("2025 Outlook"). A lead-in that names none ("The company
    expects:") speaks under the title above it, which is read too when it is no list item.

    A heading is a short line no sentence ends in, within a few lines of the paragraph; past them, the nearest
    section heading (``sections``): Kemira's "January-December 2024 performance, unadjusted for the Oil & Gas
    divestment" over the list items of the year, several paragraphs down."""
    own = _HEADING_LINE.match(text, opening)
    if own is not None and _ITEM_LINE.match(text, own.end() + 1):
        # a heading the paragraph's first sentence runs on from, over the list it opens, where it names a length: Dutch
        # Bros's "2026 Guidance 3" / "• Total revenues are now projected to be ..." (one sentence: heading, first item)
        length = _length_a_heading_names(own.group(1))
        if length:
            return length
    headings = list(_HEADING_LINE.finditer(text, max(0, opening - _NEAR_HEADING_REACH), opening))
    for position in range(len(headings) - 1, -1, -1):
        heading = headings[position].group(1)
        if position < len(headings) - 1 and heading.lstrip()[:1] in _BULLETS:
            return ""  # an item of the list before, no title
        length = _length_a_heading_names(heading)
        if length or not headings[position].group().rstrip().endswith(":"):
            return length
    if headings:
        return ""
    heading = sections.nearest_before(opening)
    named = _lengths_named(heading)
    if len(named) == 1:
        return named.pop()
    return "year" if not named and full_year_guidance(heading) else ""


# A line that introduces what follows it: "Total and operating revenue for the three months ended December 31 were as
# follows:" (a sentence's words, ending with a colon)
_LEAD_IN_LINE = re.compile(r"[^\n]{20,300}:[ \t]*$", re.MULTILINE)  # its last 300 characters
_LEAD_IN_REACH = 700  # how far above a table's first row its lead-in may stand, over the table's header


def lead_in_length(text: str, first_row: int, after: int = 0) -> str:
    """The one period length named by the line that introduces a table, the last line ending with a colon in the
    ``_LEAD_IN_REACH`` characters above its first row (at ``first_row``) and after ``after`` (the end of what comes
    before the table): "quarter" for Ryder's "Total and operating revenue for the three months ended December 31 were
    as follows:" over columns that name only "2024" and "2023". "" when it names none or several ("For the first
    quarter and fiscal year 2025, Confluent expects:")."""
    lines = list(_LEAD_IN_LINE.finditer(text, max(after, first_row - _LEAD_IN_REACH), first_row))
    if not lines:
        return ""
    named = _lengths_named(lines[-1].group())
    return named.pop() if len(named) == 1 else ""


def _lengths_named(words: str) -> set[str]:
    """Every period length ``words`` name, each stretch of words read as the first length of the vocabulary's order that
    it names ("January-December" is the year's, not also a quarter's months)."""
    found = sorted(
        (match.start(), order, match.end(), name)
        for order, (name, pattern) in enumerate(LENGTH_PATTERNS)
        for match in pattern.finditer(words)
    )
    named, reached = set(), -1
    for start, _, end, name in found:
        if start >= reached:
            named.add(name)
            reached = end
    return named


_NEAR_HEADING_REACH = 400
_HEADING_MARKS = re.compile(r"^[\s#*]+|[\s*:]+$")  # a heading's emphasis and colon: "**Americas**", "## Europe:"
# A section's heading: a line of its own, set apart by blank lines, that no sentence ends in and that holds no
# table's cells (no tab, no "|"): "**Q4 2024** **performance, Oil & Gas divestment adjusted**"
_SECTION_HEADING = re.compile(r"^[ \t]*((?:[^\n\t|.!?]|(?<=\bvs)\.){3,120}?):?[ \t]*$", re.MULTILINE)
# What no section's heading holds: an amount or a percentage (a headline: "Fourth Quarter Revenue Up 81% to $46 Million"),
# a title's verb ("INDUS Records Strong Third Quarter", over a lead paragraph of the nine months), a first word in lower
# case (the end of a sentence set apart: "*anticipated in 1Q25 –*")
_NO_SECTION_HEADING = re.compile(
    r"[$€£¥%]|\d\s*(?:million|billion|bn|mn|m)\b|\b(?:announces|reports|delivers|records|posts|achieves)\b|\A[\W_]*(?-i:[a-z])",
    re.IGNORECASE,
)
_NOT_BLANK = re.compile(r"\S")
_SECTION_REACH = 3000  # characters from a section's heading to a paragraph under it, at most


def _blank(text: str, start: int, end: int) -> bool:
    return _NOT_BLANK.search(text, start, end) is None


class _SectionHeadings:
    """The section headings of a text, found once (the first time a paragraph asks) and looked up by bisection:
    a text of many paragraphs that each ask is read once, not once per paragraph."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None
        self._headings: list[str] = []

    def _find(self) -> list[int]:
        text, starts = self._text, []
        for match in _SECTION_HEADING.finditer(text):
            start, end = match.start(), match.end()
            if _ITEM_LINE.match(text, start) or _NO_SECTION_HEADING.search(match.group(1)):
                continue  # a list item, a headline or a title, no section's heading
            if start and not _blank(text, text.rfind("\n", 0, start - 1) + 1, start - 1):
                continue  # the line above holds words: the wrapped end of a sentence, no heading
            if end < len(text) and not _blank(text, end + 1, (text.find("\n", end + 1) + 1 or len(text) + 1) - 1):
                continue  # so does the line below
            starts.append(start)
            self._headings.append(match.group(1))
        return starts

    def nearest_before(self, position: int) -> str:
        """The words of the nearest section heading before ``position`` within ``_SECTION_REACH``, "" for none."""
        if self._starts is None:
            self._starts = self._find()
        found = bisect_left(self._starts, position) - 1
        if found < 0 or position - self._starts[found] > _SECTION_REACH:
            return ""
        return self._headings[found]


def own_length(sentence: str, release_quarter: int | None = None, current_year: int | None = None) -> str:
    """The period length a sentence hands on to the sentences after it in its paragraph: the one it names
    (``said_length``), else the year to date when an inclusion it names takes in an earlier quarter of the release's
    year (``includes_an_earlier_quarter``)."""
    return said_length(sentence) or includes_an_earlier_quarter(sentence, release_quarter, current_year)


def said_length(sentence: str) -> str:
    """The period length a sentence names of its own: before a clause of cause or inclusion (``before_a_cause``), and
    before what it compares with where it names one there: "Coty anticipates 1Q27 adjusted EBITDA to decline ...,
    representing a sequential improvement from the more significant declines in the second half of FY26" names the
    quarter (the half is the comparison's)."""
    own = before_a_cause(sentence)
    return period_in(COMPARISON_LINK.split(own, maxsplit=1)[0]).length or period_in(own).length


def _paragraph_lengths(
    text: str, sentences: list[Span], wanted: set[int], sections: _SectionHeadings, release_quarter: int | None = None,
    current_year: int | None = None,
) -> dict[int, str]:
    """The period length each sentence of ``wanted`` (by its start) inherits when it names
    none (those that inherit none are left out): the last one named earlier in its paragraph (``own_length``),
    else its section heading's ("Six-month review"). ``release_quarter`` and ``current_year``: the quarter and
    year the release reports on.

    Paragraphs end at blank lines. A text with none (a call transcript, one sentence per
    line) has no paragraph longer than a line: a period said earlier in a call is not what
    a later sentence speaks of.

    Read backwards from each wanted sentence, and only as far as the nearest period named:
    most sentences hold no figure, and a sentence after a paragraph's last figure, or in a
    paragraph with none, is never read (``period_in`` over every sentence was a tenth of the
    facts stage)."""
    breaks = "\n\n" if "\n\n" in text else "\n"

    def opens(index: int) -> bool:  # the sentence opens its paragraph
        previous_end = sentences[index - 1].end if index else 0
        return previous_end == 0 or breaks in text[previous_end : sentences[index].start]

    def item_before(index: int) -> int | None:
        """The opening sentence of the list item before the item that ``index`` opens, set apart from it by a blank
        line; None where ``index`` opens no such item (the items of one list are one paragraph: each hands on the
        length its opening sentence names, not one a later sentence of it says in passing, "... declined during H1
        2024")."""
        if not index or breaks == "\n" or not _on_an_item_line(text, sentences[index].start):
            return None
        first = index - 1
        while first and not opens(first):
            first -= 1
        return first if _on_an_item_line(text, sentences[first].start) else None

    # Wanted sentences read in order, each back to the one read before it at most (its length known):
    # only that one is kept, not a list and dicts over every sentence (~250 bytes a sentence at once).
    lengths: dict[int, str] = {}
    known, known_length = -1, ""  # the last sentence read and the length it inherits
    for index, sentence in enumerate(sentences):
        if sentence.start not in wanted:
            continue
        cursor = index
        while True:
            if cursor == known:
                inherited = known_length
                break
            if opens(cursor):
                item = item_before(cursor)
                if item is None:
                    inherited = _heading_length(text, sentences[cursor].start, sections)
                    break
                inherited = own_length(sentences[item].of(text), release_quarter, current_year)
                if inherited:
                    break
                cursor = item
                continue
            before = own_length(sentences[cursor - 1].of(text), release_quarter, current_year)
            if before:
                inherited = before
                break
            cursor -= 1
        # a call's outlook sentence takes its run's length, its own: the sentence after it does not inherit it; a
        # release's, when its paragraph hands it none ("Capital expenditures guidance remains unchanged at approximately
        # 4% of revenues" after the paragraph that reaffirms "our full-year 2026 revenue guidance")
        if breaks == "\n":
            length = _outlook_run_length(text, sentences, index) or inherited
        else:
            length = inherited or _outlook_run_length(text, sentences, index, steps=(-1,))
        if length:  # none inherited is the reader's default: kept for no sentence (~40 bytes each)
            lengths[sentence.start] = length  # the last sentence that starts there, as it is read last
        else:
            lengths.pop(sentence.start, None)
        known, known_length = index, inherited
    return lengths


# A list item's line opens with a bullet: "•", or "*" or "-" set apart from the item's words ("*We ended the
# quarter*" is emphasis, no bullet)
_ITEM_LINE = re.compile(r"[ \t]*(?:[•●◦▪·]|[*–-][ \t])")
_ITEM_LINE_REACH = 2000  # characters back to the line's start: no line of thousands of sentences is read whole


def _on_an_item_line(text: str, position: int) -> bool:
    """True when ``position`` stands on a line that is a list item: the headline bullets of a release, each its
    own paragraph ("•\tTotal Q4 Cloud Revenue (IaaS plus SaaS) $2.9 billion, up 19% in USD ..." / "•\tInfrastructure
    Cloud Revenue (IaaS) up 36% in USD"), are one list, and an item that names no period has the items' before it."""
    lower = max(0, position - _ITEM_LINE_REACH)
    line_start = text.rfind("\n", lower, position) + 1
    return (line_start > 0 or lower == 0) and _ITEM_LINE.match(text, line_start) is not None


_OUTLOOK_REACH = 4  # sentences each way: a call's periods are local


def _outlook_run_length(text: str, sentences: list[Span], index: int, steps: tuple[int, ...] = (-1, 1)) -> str:
    """The period length a forward-looking sentence of a call that names none shares with the run
    of outlook sentences around it: "Non-GAAP earnings per share is expected to be in the range of
    ..." between "... revenue guidance is ..." and "We estimate the full year tax rate to be around
    14%" is the year's. "" unless the run names one length only.

    A call (one sentence a line, no paragraphs) says its outlook in a run of sentences and may name
    the period in any of them; its periods are local, so the run stops at the first sentence that
    speaks of no outlook, a few sentences each way at most (``steps``). A release's outlook may run on over a
    paragraph's end, and is read back only (its period said first, "we reaffirm our full-year 2026 revenue guidance"):
    a result "above guidance" is no outlook whose period a later item names ("expected to close in H1 2025")."""
    if not FORWARD_LOOKING.search(sentences[index].of(text)):
        return ""
    named: set[str] = set()
    for step in steps:
        cursor = index + step
        for _ in range(_OUTLOOK_REACH):
            if not 0 <= cursor < len(sentences):
                break
            words = sentences[cursor].of(text)
            if not (FORWARD_LOOKING.search(words) or FORWARD_HINTS.search(words)):
                break
            length = period_in(words).length
            if length:
                named.add(length)
            cursor += step
    return named.pop() if len(named) == 1 else ""


def _by_sentence(figures: list[Figure]) -> Iterator[tuple[Span, list[Figure]]]:
    """Figures of running text grouped by the sentence they stand in (``Figure.context``), in the
    sentences' order. Where the sentences rise through ``figures`` (in text order, as the figures
    stand), each group is a run of one sentence, made when it is read: a dict of a list for each
    sentence was ~200 bytes a sentence held at once."""
    if all(first.context <= second.context for first, second in pairwise(figures)):
        run: list[Figure] = []
        for figure in figures:
            if run and figure.context != run[0].context:
                yield run[0].context, run
                run = []
            run.append(figure)
        if run:
            yield run[0].context, run
        return
    groups: dict[Span, list[Figure]] = {}
    for figure in figures:
        groups.setdefault(figure.context, []).append(figure)
    yield from sorted(groups.items())


_NON_SPACE = re.compile(r"\S")


def _is_item(text: str, sentence: Span, line_first: int) -> bool:
    """A sentence that is a list item: its line opens with a bullet (``line_first``: where the first
    character that is not white space stands from the line's start on, -1 for none)."""
    return 0 <= line_first <= sentence.start and text[line_first] in _BULLETS


def _lead_ins(text: str, sentences: list[Span], current_year: int | None) -> dict[int, tuple[str, str, bool]]:
    """The metric and period length a list item inherits from the line that introduces its
    list: "Global comparable sales increased 1.3%:" / "• U.S. increased 0.8%"; "NVIDIA's
    outlook for the first quarter of fiscal 2027 is as follows:" / "• Revenue is expected ...";
    and whether the lead-in names only years before ``current_year``: McDonald's "Results for 2025
    included the following:" / "• Pre-tax charges of $43 million ... for the quarter" is the prior year's."""
    inherited: dict[int, tuple[str, str, bool]] = {}
    lead = ("", "", False)
    line_start, searched_to = 0, 0  # where the line of the last sentence starts, looked for up to there
    first_of: tuple[int, int] = (-1, -1)  # a line's start and its first character not white space, found once per line
    for sentence in sentences:
        # from the last sentence on, not from the text's start: a line of thousands of sentences
        if sentence.start < searched_to:
            searched_to = 0
        line_start = text.rfind("\n", searched_to, sentence.start) + 1 or (line_start if searched_to else 0)
        searched_to = sentence.start
        if line_start != first_of[0]:  # not text[line_start:sentence.start].lstrip() per sentence: a line of thousands
            found = _NON_SPACE.search(text, line_start)
            first_of = (line_start, found.start() if found else -1)
        words = sentence.of(text)
        if words.rstrip().endswith(":"):
            named = metrics_in(words)
            years = {int(year) for year in _YEAR.findall(words)}
            earlier = bool(years) and current_year is not None and max(years) < current_year
            lead = (named[0][1] if named else "", period_in(words).length, earlier)
        elif _is_item(text, sentence, first_of[1]):
            if any(lead):
                inherited[sentence.start] = lead
        else:
            lead = ("", "", False)
    return inherited


_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


_SUBJECT = re.compile(r"^[\s•●◦▪*·–-]*((?:[A-Z][\w.&'’-]*\s+){1,5}?)(?:increased|decreased|rose|fell|grew|declined|was|were|up|down)\b")


def _item_subject(item: str) -> str:
    """The name a list item opens with, before its verb: "U.S." in "• U.S. increased 0.8%"
    under "Global comparable sales increased 1.3%:" -- a segment of the lead-in's metric."""
    match = _SUBJECT.match(item)
    return " ".join(match.group(1).split()) if match else ""


_UNKNOWN_PERIOD = Period("", None)
_NO_LEAD_IN = ("", "", False)
# One frozenset per metric, shared by every fact of running text that names it: a frozenset is
# 216 bytes, and one made per figure was the largest holder of a release of a million figures.
_METRIC_SETS: dict[str | None, frozenset[str]] = {None: frozenset(), "": frozenset()}


def _metric_set(metric: str | None) -> frozenset[str]:
    found = _METRIC_SETS.get(metric)
    if found is None:
        found = frozenset({metric} if metric else ())
        if len(_METRIC_SETS) < 4096:  # the vocabulary's metric names: a few hundred at most
            _METRIC_SETS[metric] = found
    return found


# One Period per value, shared by the facts of running text that have it: a sentence's readings
# name a length and a side, a few dozen values in all, and one held per figure was 56 bytes of it.
_PERIODS: dict[Period, Period] = {}


def _shared_period(period: Period) -> Period:
    found = _PERIODS.get(period)
    if found is None:
        found = period
        if len(_PERIODS) < 4096:
            _PERIODS[period] = period
    return found


_WORD = re.compile(r"[A-Za-z]{2,}")


def _is_flattened_table(sentence: str, figures: int) -> bool:
    """True for a table that lost its line breaks and reads as one long "sentence" ("Three
    Months Ended ... 2024 2023 2024 2023Net revenue: Product revenues$ 3,849 $ 3,198 ..."):
    its numbers stand in columns that the words no longer tell, so their period is unknown."""
    return figures >= 12 and figures >= 0.3 * len(_WORD.findall(sentence))


def prose_facts(
    document: Document,
    sentences: list[Span],
    figures: list[Figure],
    current_year: int | None,
    release_quarter: int | None = None,
    segments: frozenset[str] = frozenset(),
    release_end: tuple[int, int, int] | None = None,
) -> list[Fact]:
    """The facts of the figures of running text (``figures``, in text order), read sentence by
    sentence (``sentences``, the release's prose segmentation); ``release_quarter``: the fiscal quarter
    the release reports on, if known; ``segments``: the names of the segments its tables report; ``release_end``: the
    date the release's own period ends on, if known."""
    text = document.text
    lead_ins = _lead_ins(text, sentences, current_year)
    sections = _SectionHeadings(text)
    lengths = _paragraph_lengths(
        text, sentences, {f.context.start for f in figures if not lead_ins.get(f.context.start, _NO_LEAD_IN)[1]},
        sections, release_quarter, current_year,
    )  # fmt: skip
    # a release of a calendar year's last quarter, or of the year itself (no quarter read), reports the year whole: "174%
    # revenue growth in 2024" is the year's
    year_done = release_quarter in (4, None) and release_end is not None and release_end[:2] == (current_year, 12)
    named_segments = {name.lower(): name for name in segments}
    # the abbreviations the release defines, read from its whole text when a figure first needs them (None: not yet):
    # most releases' figures name their metric, and a table of rows read as running text is a MB to search
    abbreviations: dict[str, str] | None = None
    facts: list[Fact] = []
    previous: tuple[Span, list[Fact]] = (Span(0, 0), [])  # the sentence read last and its facts
    for sentence, members in _by_sentence(figures):  # each sentence's list of figures let go once read
        numbers = [(f.span, f.value, f.unit) for f in members]
        lead_metric, lead_length, lead_earlier = lead_ins.get(sentence.start, _NO_LEAD_IN)
        if not lead_metric and _ANAPHOR.match(text, sentence.start, sentence.end):
            lead_metric = _metric_of(text, previous, sentence)
        # a sentence whose figure takes in an earlier quarter's item is of the year to date, whatever its paragraph's
        length = lead_length or includes_an_earlier_quarter(sentence.of(text), release_quarter, current_year) or lengths.get(sentence.start, "")
        flattened = _is_flattened_table(sentence.of(text), len(members))
        # a flattened table's figures keep no period: their lengths are not read (``read_sentence``)
        readings = read_sentence(
            text, numbers, sentence.start, sentence.end, current_year, length, lengths=not flattened, year_done=year_done
        )
        segment = _item_subject(sentence.of(text)) if lead_metric else ""
        # a section headed by a segment's name speaks of it: Watts's "Americas" over "Sales of $398 million increased 3%
        # on a reported basis and declined 3% on an organic basis"
        section = named_segments.get(_HEADING_MARKS.sub("", sections.nearest_before(sentence.start)).lower()) if named_segments else None
        abbreviated, previous_end = "", sentence.start  # the abbreviation the figure before was read by, and its end
        for figure, reading in zip(members, readings):
            metric = reading.metric or lead_metric
            if not metric and abbreviations is None:
                abbreviations = defined_abbreviations(text)
            if not metric and abbreviations:
                # "Reported NFE of $44.7 million" where the call defined "net financial earnings or NFE"; "DE was $694
                # million ($0.44/share)": the amount that restates it, the abbreviation's too
                metric = abbreviation_before(clause_before(text, figure.span.start), abbreviations) or (
                    abbreviated if abbreviated and restates_the_amount_before(text, previous_end, figure.span.start, figure.span.end) else ""
                )
                abbreviated = metric
            elif metric:
                abbreviated = ""
            previous_end = figure.span.end
            basis, said = reading.basis, metric
            meaning = None
            if (not metric or metric == _PLAIN_RESULT) and _TERM_WORD.search(text, max(sentence.start, figure.span.start - _TERM_REACH), figure.span.start):
                # "quarterly earnings (EUR 22.3 million)" in a paragraph that said "Segment earnings (adjusted EBITA)"; so
                # do "segment earnings" said again, no metric of their own ("segment earnings totaled EUR 39.5 million")
                meaning = _defined_term(text, sentence.start, figure.span.start)
                if meaning:
                    metric, basis = meaning[0], basis or meaning[1]
            metrics = _metric_set(metric)
            if reading.change and said:
                joined = _joined_subject(text, sentence.start, figure.span.start, said)
                if joined and meaning:
                    joined = frozenset(meaning[0] if m == _PLAIN_RESULT else m for m in joined)
                metrics = joined or metrics
            period = _UNKNOWN_PERIOD if flattened else _shared_period(reading.period)
            if lead_earlier and not reading.change and period.prior is False:
                period = _shared_period(Period(period.length, True, period.end))  # under "Results for 2025 included:"
            if not flattened and not reading.change and booked_in_an_earlier_quarter(text, figure.span.end, release_quarter, current_year):
                period = Period(YEAR_TO_DATE, period.prior, period.end)  # "a $20 million payment made in the second quarter"
            elif period.prior and not reading.change and in_the_year_so_far(
                month_of_an_amount(text, sentence.start, figure.span.start, figure.span.end), release_end, release_quarter
            ):
                # "In December 2025, we monetized our remaining stake in Wella for $750 million" in a release on the fourth
                # quarter of a year that ends in June 2026: an earlier quarter of the release's own year, no earlier year
                period = Period(YEAR_TO_DATE, False, period.end)
            if figure.unit is Unit.CURRENCY and not figure.exponent and "eps" in metrics:
                # "earnings per share climbed to EUR 2.46, significantly higher than the previous year's EUR 1.89": an
                # amount of earnings per share, said at no scale, is an amount per share
                figure = figure._replace(unit=Unit.PER_SHARE)
            facts.append(signed_fact(figure, reading.value, metrics, period, reading.change, basis=basis,
                                     segment=section or ("" if reading.metric else segment)))  # fmt: skip
        previous = (sentence, facts[len(facts) - len(members) :])
    return facts


def in_the_year_so_far(month: tuple[int, int] | None, release_end: tuple[int, int, int] | None, quarter: int | None) -> bool:
    """Whether a (year, month) lies in the release's fiscal year before its own quarter: from the year's first month,
    ``quarter`` quarters back from the release's end (``release_end``), up to its quarter's first month."""
    if month is None or release_end is None or not release_end[1] or quarter is None:
        return False
    end = release_end[0] * 12 + release_end[1] - 1
    said = month[0] * 12 + month[1] - 1
    return end - 3 * quarter + 1 <= said < end - 2


# A paragraph that says what its plain word for a result stands for, in parentheses after it: INDUS's "Segment
# earnings (adjusted EBITA) amounted to EUR 48.8 million ... both revenue (EUR 161.4 million) and quarterly earnings (EUR
# 22.3 million) increased 8.8%" -- the quarter's adjusted EBITA, no net income
_PLAIN_RESULT = "net_income"
_TERM_WORD = re.compile(r"\bearnings\b[^;]*$", re.IGNORECASE)
_TERM_REACH = 160
_DEFINITION_REACH = 3000
_TERM_DEFINED = re.compile(r"\bearnings\s*\((?P<meaning>[A-Za-z][^()\d]{1,40})\)", re.IGNORECASE)


def _defined_term(text: str, sentence_start: int, start: int) -> tuple[str, str] | None:
    """The metric and basis the paragraph up to ``start`` defines "earnings" as (``_TERM_DEFINED``: one metric, not
    net income), the last definition said, up to ``_DEFINITION_REACH`` before the sentence; None when it defines none."""
    reach = max(0, sentence_start - _DEFINITION_REACH)  # a release of one paragraph is not searched back to its start
    paragraph = max(reach, text.rfind("\n\n", reach, sentence_start) + 1)
    meaning = None
    for found in _TERM_DEFINED.finditer(text, paragraph, start):
        named = {metric for _, metric in metrics_in(found.group("meaning"))}
        if len(named) == 1 and _PLAIN_RESULT not in named:
            meaning = (named.pop(), basis_of(found.group("meaning")))
    return meaning


# The verb of a change said of a subject of two metrics, up to the change: "adjusted net income and adjusted
# diluted earnings per share increased 31%" -- both rose 31%.
_JOINT_VERB = re.compile(
    r"\s+(?:(?:each|both)\s+)?(?:increased|rose|grew|decreased|declined|fell|improved|were\s+(?:up|down))\s+(?:by\s+)?" + HEDGED + r"[-+]?$",
    re.IGNORECASE,
)
_SUBJECT_REACH = 160


def _joined_subject(text: str, sentence_start: int, number_start: int, metric: str) -> frozenset[str] | None:
    """Both metrics of a subject of two ("net income and earnings per share increased 31%") for the change
    right after its verb, when the second of them is ``metric``; None otherwise. Each may hold its amount in an aside:
    "both revenue (EUR 161.4 million) and quarterly earnings (EUR 22.3 million) increased 8.8%"."""
    words = text[max(sentence_start, number_start - _SUBJECT_REACH) : number_start]
    if "(" in words:
        words = _ASIDE.sub(lambda aside: " " * len(aside.group()), words)
    joined = joined_subject(words, 0, len(words), metric)
    if joined is None or not _JOINT_VERB.fullmatch(words, joined[1]):
        return None
    return frozenset({joined[0], metric})


_ASIDE = re.compile(r"\([^()]*\)")


# A sentence that opens by pointing back at the one before: "This represents a 33% increase from the
# prior year", "That was up 12%" -- its figures are of what the sentence before spoke of.
# So does one that opens with a margin of no metric: "Adjusted EBITDA in Q1 was $129.5 million ... / Our margin grew
# by an impressive 130 basis points to 16%" -- the adjusted EBITDA margin.
_ANAPHOR = re.compile(
    r"[\s•●◦▪*·–-]*(?:(?:This|That|It|Which)\s+(?:represents|represented|is|was|marks|marked|reflects|reflected)\b"
    r"|(?:Our|The|Its)\s+margins?\b(?!\s+(?:on|of|for|in)\b))"
)


def _metric_of(text: str, previous: tuple[Span, list[Fact]], sentence: Span) -> str:
    """The metric of the sentence right before ``sentence`` (``previous``: it and its facts), that of
    its change if it states one: what a sentence that points back at it speaks of."""
    before, facts = previous
    if not facts or text[before.end : sentence.start].strip():
        return ""
    changes = [fact for fact in facts if fact.change and fact.metrics]
    named = changes or [fact for fact in facts if fact.metrics]
    return min(named[-1].metrics) if named else ""
