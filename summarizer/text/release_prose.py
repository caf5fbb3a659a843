"""The running text of a release as the note reads it: section headings, boilerplate, debris.

The extractive engine quotes sentences of the release for its guidance and business update.
Which sentences are worth quoting depends on more than their words: a sentence under
"About Oracle" or "Forward-Looking Statements" is boilerplate whatever it says, a short line
is a section heading only when it stands on its own outside the tables (a converter's line
break inside a sentence, "Total Revenues reached", is none), and a line of column headers or
a capture's metadata ("title: ... date: ...") read as a sentence is debris. These readings
live here, apart from the choice of key figures, so that the guidance, the business update
and the note's renderer share them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..types import Span

__all__ = [
    "Section",
    "sections",
    "detach_headings",
    "section_at",
    "front_matter_end",
    "is_boilerplate",
    "is_debris",
    "is_footnote",
    "split_inline_bullets",
    "strip_bullet",
    "glued_heading",
    "BULLETS",
]

BULLETS = "•*·-–—◦▪●+|> \t"

# A candidate heading: a short line that starts with a capital and holds no sentence end.
_LINE = re.compile(
    r"^[ \t]*(?:#+[ \t]*)?(?:\*\*)?([A-Z][^\n.!?:]{1,78}?)(?:\*\*)?:?[ \t]*$"
    r"|^[ \t]*[•●◦▪*·-][ \t]*([A-Z][^\n.!?:]{1,78}?):[ \t]*$",  # a list's sub-heading: "• Full Year 2026 Outlook:"
    re.MULTILINE,
)
# Sections whose sentences are boilerplate, whatever they say.
_BOILERPLATE_SECTION = re.compile(
    r"^(?:about\b|forward[- ]looking|safe harbou?r|cautionary|non-?gaap|use of non|reconciliation|"
    r"conference call|webcast|earnings call|investor (?:contact|relations)|media contact|contacts?\b|"
    r"basis of presentation|notes? to\b|footnotes?\b|source\b|disclaimer|important information|"
    r"explanation of|definitions?\b|supplemental (?:information|data)|key (?:terms|definitions)|"
    r"(?P<statement>(?:condensed |unaudited )*(?:consolidated )?(?:statements? of\b.*|balance sheets?(?: data)?$)))",
    re.IGNORECASE,
)
_BOILERPLATE_ANYWHERE = re.compile(r"\b(?:definitions|non-GAAP|forward-looking|safe harbou?r)\b", re.IGNORECASE)
_NOT_A_TOPIC = re.compile(
    r"\b(?:relations|communications|contacts?|e-?mail|phone|tel|fax|website|media|press|document|exhibit|page|"
    r"immediate release|news release)\b|"
    r"^\w{1,5}\s+[–—-]\s|"  # a legend: "NM – Not meaningful"
    r"\b(?:inc|corp|corporation|limited|ltd|plc|llc|holdings|n\.v|s\.a|ag|se)\.?$|"
    r"\b(?:reports?|announces?|posts?|delivers?)\b.*\b(?:results|quarter|year)\b",
    re.IGNORECASE,
)
_TRAILING_MARKER = re.compile(r"(?<=[a-z)])\s?(?:\(\d{1,2}\)|\d)$|\s*[*†‡]+$")
_YEARS_AND_QUARTERS = re.compile(r"\b(?:19|20)\d{2}\b|\b[QH][1-4]\b|\b[1-4]Q\b|\bFY\s?\d{2,4}\b", re.IGNORECASE)
_DANGLING = frozenset(
    "of and or the a an for to from in on with by at as reached was were is are per its our their versus vs "
    "than into over under included includes include".split()
)
_GUIDANCE_SECTION = re.compile(r"\b(?:outlook|guidance)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Section:
    """A section of the release: where its heading line starts, the heading as a topic label
    ("" when the heading says nothing a reader can use), and what kind of section it is."""

    start: int
    end: int  # the end of the heading line
    label: str
    boilerplate: bool
    guidance: bool
    statement: bool = False  # a financial statement's heading: the prose after it is notes


def _heading_label(line: str) -> str:
    label = " ".join(_TRAILING_MARKER.sub("", line.replace("**", "").strip()).split()).strip(" -–—|:")
    return label.title() if label.isupper() and len(label) > 4 else label


def _is_heading(label: str) -> bool:
    if not label or "|" in label or label.count("(") != label.count(")") or label.endswith((",", ";")):
        return False  # a table row; a dateline's city ("SLINGERLANDS," above "N.Y., Aug. 10, 2026")
    if re.search(r"\d", _YEARS_AND_QUARTERS.sub("", label)):
        return False  # amounts, dates ("November 20, 2024"), table rows
    words = label.split()
    if len(words) >= 5 and sum(word[0].isupper() for word in words) < 0.4 * len(words):
        return False  # the start of a sentence broken over lines ("This announcement contains translations of certain")
    return len(words) <= 10 and words[-1].lower() not in _DANGLING


# A line that says something ("Results for 2026 included the following", "Generated strong second quarter
# 2026 financial results") leads into its list; it does not name a part of the release.
_SAYS_SOMETHING = re.compile(r"^\w+ed\b|\b(?:following|includ\w*|are|is|was|were|have|has|had)\b", re.IGNORECASE)


def _heads_a_period_s_list(label: str, text: str, end: int) -> bool:
    """A line that names a period and stands over a list is its heading, in whatever case it is written
    ("January-December 2024 performance, unadjusted for the Oil & Gas divestment" over bullets): the list's
    figures are that period's, which a reader must be told."""
    words = label.split()
    return (
        bool(_YEARS_AND_QUARTERS.search(label))
        and not _SAYS_SOMETHING.search(label)
        and not re.search(r"\d", _YEARS_AND_QUARTERS.sub("", label))
        and len(words) <= 12
        and words[-1].lower() not in _DANGLING
        and re.match(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*[•●◦▪*·-][ \t]", text[end:]) is not None
    )


def front_matter_end(text: str) -> int:
    """Where a capture's metadata block ("---" ... "---" at the top) ends, 0 when there is none."""
    if not text.startswith("---\n"):
        return 0
    close = text.find("\n---", 4)
    return close + 4 if close != -1 else 0


def sections(text: str, tables: Sequence[Span], title: str = "") -> tuple[Section, ...]:
    """The release's section headings, in text order. A heading is a short line outside the
    tables, not broken off a sentence (the next line does not go on in lower case, the line
    does not end on "of" or "reached"), with no amount or date in it; one that is the
    release's title, a contact line or a company's name is no topic, and one that names a
    boilerplate section marks the sentences under it."""
    table_starts = [span.start for span in tables]
    found: list[Section] = []
    for match in _LINE.finditer(text, front_matter_end(text)):
        group = 1 if match.group(1) else 2
        start = match.start(group)
        t = bisect.bisect_right(table_starts, start) - 1
        if t >= 0 and tables[t].end > start:
            continue
        after = text[match.end() : match.end() + 80].lstrip()
        if after[:1].islower():
            continue  # a line broken inside a sentence ("Total Revenues reached / RMB3,072.0 million")
        label = _heading_label(match.group(group))
        kind = _BOILERPLATE_SECTION.match(label)
        boilerplate = kind is not None or bool(_BOILERPLATE_ANYWHERE.search(label))
        lead_in = match.group(0).rstrip().endswith(":")
        # a lead-in under an outlook heading ("For Q3 2026, we expect:") is a part of the outlook
        within_outlook = lead_in and bool(found) and found[-1].guidance and start - found[-1].start < 1500
        if not boilerplate and not (_is_heading(label) or _heads_a_period_s_list(label, text, match.end())):
            if lead_in or re.match(r"[ \t]*\n[ \t]*(?:\n|[•●◦▪*·-])", text[match.end() :]):
                found.append(Section(start, match.end(), "", False, within_outlook))  # a lead-in ("results included:") ends a section
            continue
        topic = label if not boilerplate and label.lower() != title.strip().lower() and not _NOT_A_TOPIC.search(label) else ""
        # an outlook section's heading is short and no title ("... Reports Results; Raises Full-Year Guidance")
        guidance = (bool(_GUIDANCE_SECTION.search(label)) and bool(topic) and len(label.split()) <= 6) or within_outlook
        found.append(Section(start, match.end(), topic, boilerplate, guidance, bool(kind and kind.group("statement"))))
    return tuple(found)


def detach_headings(text: str, sentences: Sequence[Span], found: Sequence[Section]) -> list[Span]:
    """Sentences without the heading line a converter ran into them ("2025 Outlook" on the line
    above "Assurant expects ...", with no blank line between, reads as one sentence)."""
    starts = {section.start: section.end for section in found}
    detached = []
    for span in sentences:
        end = starts.get(span.start)
        if end is not None and end < span.end:
            rest = end
            while rest < span.end and text[rest].isspace():
                rest += 1
            if rest < span.end:
                detached.append(Span(rest, span.end))
                continue
        detached.append(span)
    return detached


def section_at(found: Sequence[Section], position: int, reach: int = 2500) -> Section | None:
    """The section a position lies in: the last heading before it, within ``reach`` characters."""
    index = bisect.bisect_right([section.start for section in found], position) - 1
    if index < 0 or position - found[index].start > reach:
        return None
    return found[index]


# Every word below but the lead-in's "^" starts with one of the characters of the look-ahead,
# which lets the scan pass over any other character at once instead of trying every word there.
_BOILERPLATE = re.compile(
    r"(?:(?=[acdefhimnprstuw@(-])|^)(?:"
    r"forward-looking|safe harbor|webcast|conference call|dial-in|replay|passcode|investor relations|"
    r"press release|www\.|https?://|@|Form 8-K|Form 10-[KQ]|securities exchange act|trademarks?|copyright|"
    r"all rights reserved|non-GAAP (?:financial )?measures?|reconciliation|accordance with GAAP|"
    r"for further information|contacts?:|risk factors|undue reliance|not guarantees|pursuant to|Securities Act|"
    r"Exchange Act|"
    # the dateline intro: "... (NYSE: ORCL) today announced fiscal 2022 Q4 results"
    r"\btoday\b[^.;]{0,60}\b(?:announced|reported|released|posted)\b[^.;]{0,80}\b(?:results|earnings)\b|"
    r"--\s*\(?(?:BUSINESS WIRE|PR ?Newswire|GLOBE ?NEWSWIRE|ACCESSWIRE)|"
    # "About ..." without its heading: "Lowe's Companies, Inc. (NYSE: LOW) is a FORTUNE® 100 home improvement company"
    r"\((?:NYSE|NASDAQ|Nasdaq|TSX|TSXV|HKEX|LSE|ASX|Euronext|OTC\w*|NYSE American)\b[^)]*\)\s+(?:is|are)\s+(?:a|an|the|one)\b|"
    r"differ materially|"
    # how an adjusted measure is made: "The Company has excluded acquisition- and divestiture-related costs ..."
    r"\b(?:has|have|we|company)\s+(?:excluded|exclude|excludes)\b[^.;]{0,80}\b(?:costs?|charges?|impacts?|expenses?|items?|effects?)\b|"
    r"\b(?:included|excluded) (?:in|from) the (?:computation|calculation) of\b|"  # "no dilutive shares ... were included in the computation of"
    r"convenience of the reader|noon buying rate|\btranslation of \w+ (?:amounts )?into\b|"  # a convenience translation's note
    r"^\W*the following tables? (?:summari[sz]es|sets? forth|presents?|shows?|provides?)\b|"  # a table's lead-in
    r"\b(?:SFAS|FAS|ASC|ASU|IFRS|IAS)\s?\d|"  # what an accounting standard requires
    # how the non-GAAP figures are made, not what happened
    r"\bnon-GAAP\b[^.;]{0,60}\b(?:income tax effects|adjustments?|presentation|information|basis of)\b|"
    r"\b(?:we|management) believes? (?:that )?(?:these|this|the|such) (?:adjustments?|measures?|non-GAAP)|"
    r"\bexclude[ds]?\b[^.;]{0,80}\bnon-GAAP\b)",
    re.IGNORECASE,
)
_METADATA = re.compile(r"\b[a-z_]+:\s*\"")


def is_boilerplate(sentence: str) -> bool:
    """Safe harbour, webcast, contacts, the dateline intro, how non-GAAP figures are made."""
    return bool(_BOILERPLATE.search(sentence)) or len(_METADATA.findall(sentence)) >= 2


_WORD = re.compile(r"[A-Za-z][\w’'&-]{2,}")
_NUMBER = re.compile(r"\d[\d,.]*")


_FOOTNOTE = re.compile(r"^(?:\(\w{1,2}\)|\d{1,2}\)|\*+(?=[^\s*])|†|‡)")  # "* " is a bullet, "*All per share" a note
_INLINE_DASHES = re.compile(r"\s[-–]\s")


def is_footnote(line: str) -> bool:
    """A footnote's line: it starts with its mark ("(B) Calculated as ...", "1) ...", "*All per share")."""
    return _FOOTNOTE.match(line.strip()) is not None


_COLUMN_GAP = re.compile(r"\S[ \t]{3,}(?=\S)")


def is_debris(sentence: str) -> bool:
    """Not a sentence of prose: a table line (cells between pipes or set apart in columns; more
    numbers than words can carry), a title or a row of column headers (most words capitalised), a footnote
    ("(2) Acquisition related ..."), a bridge of items run into one line (" - " thrice), or
    the tail of a broken sentence (it starts with a word in lower case)."""
    body = sentence.strip().strip(BULLETS)
    if "|" in body or is_footnote(sentence) or len(_INLINE_DASHES.findall(body)) >= 3:
        return True
    if len(_COLUMN_GAP.findall(body)) >= 2:
        return True  # cells of a text table set in columns ("$1,569   Modest growth   High-single-digit growth")
    if re.match(r"[a-z]{3,}\s", body):
        return True  # the tail of a sentence a converter broke ("expand and now exceeds $1.4 billion.")
    words = _WORD.findall(body)
    if len(words) < 2 * len(_NUMBER.findall(body)) - 1:
        return True
    capitals = sum(word[0].isupper() for word in words)
    return len(words) >= 5 and capitals > len(words) / 2


_BULLET_BODY = r"\s+(?:--|[•·◦▪●])\s*(?=\S)|(?<=[:;.)])\s+[-–]\s+(?=[A-Z])|\s*[–—]\s+[–—]\s*"
# Tried only where a run of white space begins: tried at each of its characters, a run of
# thousands of spaces would be read again from each (quadratic). Every match begins where
# its run does, so nothing else changes; a span that starts inside a run is tried there too.
_INLINE_BULLET = re.compile(rf"(?<!\s)(?:{_BULLET_BODY})")
_INLINE_BULLET_HERE = re.compile(_BULLET_BODY)


def split_inline_bullets(text: str, span: Span) -> list[Span]:
    """A span cut where a converter ran list items into one line ("... $150 million. --
    Corporate and Other ...", subtitles "— Total revenue of $3.33 billion ... — — Raising
    full-year revenue guidance ... —"): each item is a sentence of its own."""
    pieces, start = [], span.start
    inside_run = text[span.start - 1 : span.start].isspace()
    first = _INLINE_BULLET_HERE.match(text, span.start, span.end) if inside_run else None
    if first:
        start = first.end()
    for match in _INLINE_BULLET.finditer(text, start, span.end):
        if match.start() > start:
            pieces.append(Span(start, match.start()))
        start = match.end()
    pieces.append(Span(start, span.end))
    return [piece for piece in pieces if len(text[piece.start : piece.end].split()) >= 3] or [span]


def strip_bullet(text: str, span: Span) -> Span:
    """The span without the bullet marks around it, and without an opening quotation mark
    that no closing one answers (a quotation cut at its first sentence)."""
    start, end = span.start, span.end
    while start < end and text[start] in BULLETS:
        start += 1
    while end > start and text[end - 1] in BULLETS:
        end -= 1
    if start < end and text[start] in "“\"" and not re.search(r"[”\"]", text[start + 1 : end]):
        start += 1
    return Span(start, end)


_GLUED = re.compile(r"((?:[A-Z][A-Z&/-]{2,}\s+){1,5}[A-Z][A-Z&/-]{2,})\s+(?=[A-Z][a-z])")


def glued_heading(text: str, span: Span) -> tuple[str, Span]:
    """A heading in capitals that a converter ran into its first sentence ("NONINTEREST
    INCOME Noninterest income of $22.5 million ..."): the heading as a label, and the
    sentence without it. ("", span) when there is none."""
    match = _GLUED.match(text, span.start, span.end)
    if not match:
        return "", span
    return _heading_label(match.group(1)), Span(match.end(), span.end)
