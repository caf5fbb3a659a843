"""Facts of running text: each figure read with the words of its sentence, and a sentence
that names no period length takes its paragraph's or its heading's."""

from __future__ import annotations

import re

from ..context import read_sentence
from ..types import Document, Figure, Span
from ..vocabulary import Period, metrics_in, period_in
from .model import Fact
from .table_reading import signed_fact

__all__ = ["prose_facts"]

_BULLETS = frozenset("•●◦▪*·-–")
_HEADING_LINE = re.compile(r"^[ \t]*([^\n.!?]{3,60}?):?[ \t]*$", re.MULTILINE)


def _paragraph_lengths(text: str, sentences: list[Span]) -> dict[int, str]:
    """The period length each sentence inherits when it names none: the last one named
    earlier in its paragraph, else its section heading's ("Six-month review").

    Paragraphs end at blank lines. A text with none (a call transcript, one sentence per
    line) has no paragraph longer than a line: a period said earlier in a call is not what
    a later sentence speaks of."""
    inherited: dict[int, str] = {}
    previous_end, current = 0, ""
    breaks = "\n\n" if "\n\n" in text else "\n"
    for sentence in sentences:
        gap = text[previous_end : sentence.start]
        if breaks in gap or previous_end == 0:
            headings = _HEADING_LINE.findall(text, max(0, sentence.start - 400), sentence.start)
            current = period_in(headings[-1]).length if headings else ""
        inherited[sentence.start] = current
        current = period_in(sentence.of(text)).length or current
        previous_end = sentence.end
    return inherited


def _by_sentence(figures: list[Figure]) -> list[tuple[Span, list[Figure]]]:
    """Figures of running text grouped by the sentence they stand in (``Figure.context``)."""
    groups: dict[Span, list[Figure]] = {}
    for figure in figures:
        groups.setdefault(figure.context, []).append(figure)
    return sorted(groups.items())


def _is_item(text: str, sentence: Span, line_start: int) -> bool:
    """A sentence that is a list item: its line (from ``line_start``) opens with a bullet."""
    return text[line_start : sentence.start + 1].lstrip()[:1] in _BULLETS


def _lead_ins(text: str, sentences: list[Span]) -> dict[int, tuple[str, str]]:
    """The metric and period length a list item inherits from the line that introduces its
    list: "Global comparable sales increased 1.3%:" / "• U.S. increased 0.8%"; "NVIDIA's
    outlook for the first quarter of fiscal 2027 is as follows:" / "• Revenue is expected ..."."""
    inherited: dict[int, tuple[str, str]] = {}
    lead = ("", "")
    line_start, searched_to = 0, 0  # where the line of the last sentence starts, looked for up to there
    for sentence in sentences:
        # from the last sentence on, not from the text's start: a line of thousands of sentences
        if sentence.start < searched_to:
            searched_to = 0
        line_start = text.rfind("\n", searched_to, sentence.start) + 1 or (line_start if searched_to else 0)
        searched_to = sentence.start
        words = sentence.of(text)
        if words.rstrip().endswith(":"):
            named = metrics_in(words)
            lead = (named[0][1] if named else "", period_in(words).length)
        elif _is_item(text, sentence, line_start):
            if any(lead):
                inherited[sentence.start] = lead
        else:
            lead = ("", "")
    return inherited


_SUBJECT = re.compile(r"^[\s•●◦▪*·–-]*((?:[A-Z][\w.&'’-]*\s+){1,5}?)(?:increased|decreased|rose|fell|grew|declined|was|were|up|down)\b")


def _item_subject(item: str) -> str:
    """The name a list item opens with, before its verb: "U.S." in "• U.S. increased 0.8%"
    under "Global comparable sales increased 1.3%:" -- a segment of the lead-in's metric."""
    match = _SUBJECT.match(item)
    return " ".join(match.group(1).split()) if match else ""


_UNKNOWN_PERIOD = Period("", None)
_WORD = re.compile(r"[A-Za-z]{2,}")


def _is_flattened_table(sentence: str, figures: int) -> bool:
    """True for a table that lost its line breaks and reads as one long "sentence" ("Three
    Months Ended ... 2024 2023 2024 2023Net revenue: Product revenues$ 3,849 $ 3,198 ..."):
    its numbers stand in columns that the words no longer tell, so their period is unknown."""
    return figures >= 12 and figures >= 0.3 * len(_WORD.findall(sentence))


def prose_facts(
    document: Document, sentences: list[Span], figures: list[Figure], current_year: int | None
) -> list[Fact]:
    """The facts of the figures of running text (``figures``, in text order), read sentence by
    sentence (``sentences``, the release's prose segmentation)."""
    text = document.text
    lengths = _paragraph_lengths(text, sentences)
    lead_ins = _lead_ins(text, sentences)
    facts: list[Fact] = []
    previous: tuple[Span, list[Fact]] = (Span(0, 0), [])  # the sentence read last and its facts
    for sentence, members in _by_sentence(figures):
        numbers = [(f.span, f.value, f.unit) for f in members]
        lead_metric, lead_length = lead_ins.get(sentence.start, ("", ""))
        if not lead_metric and _ANAPHOR.match(text, sentence.start, sentence.end):
            lead_metric = _metric_of(text, previous, sentence)
        length = lead_length or lengths.get(sentence.start, "")
        readings = read_sentence(text, numbers, sentence.start, sentence.end, current_year, length)
        segment = _item_subject(sentence.of(text)) if lead_metric else ""
        flattened = _is_flattened_table(sentence.of(text), len(members))
        for figure, reading in zip(members, readings):
            metric = reading.metric or lead_metric
            metrics = frozenset({metric} if metric else ())
            period = _UNKNOWN_PERIOD if flattened else reading.period
            facts.append(signed_fact(figure, reading.value, metrics, period, reading.change, basis=reading.basis,
                                     segment="" if reading.metric else segment))  # fmt: skip
        previous = (sentence, facts[len(facts) - len(members) :])
    return facts


# A sentence that opens by pointing back at the one before: "This represents a 33% increase from the
# prior year", "That was up 12%" -- its figures are of what the sentence before spoke of.
_ANAPHOR = re.compile(r"[\s•●◦▪*·–-]*(?:This|That|It|Which)\s+(?:represents|represented|is|was|marks|marked|reflects|reflected)\b")


def _metric_of(text: str, previous: tuple[Span, list[Fact]], sentence: Span) -> str:
    """The metric of the sentence right before ``sentence`` (``previous``: it and its facts), that of
    its change if it states one: what a sentence that points back at it speaks of."""
    before, facts = previous
    if not facts or text[before.end : sentence.start].strip():
        return ""
    changes = [fact for fact in facts if fact.change and fact.metrics]
    named = changes or [fact for fact in facts if fact.metrics]
    return min(named[-1].metrics) if named else ""
