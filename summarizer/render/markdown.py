"""The briefing note: a summary and its verification report as Markdown.

Every piece of text in the note comes from the release or from a model, and is written
as text, never as markup: HTML (``<``, ``>``, ``&``) and Markdown link brackets are
escaped (``&`` only where it would open a character reference: "Oil & Gas" stays as printed), a
``javascript:``-like scheme loses its colon, and white space is one space,
so that no text can open a block of its own. The file name is shown in a code span.
"""

from __future__ import annotations

import re

from ..ingest.load import display_name
from ..summary.model import Citation, DocumentRef, Envelope, Omission, human, metric_label
from ..verify.guidance_reading import direction
from ..verify.verifier import NumberCheck, Status, VerificationReport

__all__ = ["briefing_note"]

_MARKS = {Status.VERIFIED: "✓", Status.DERIVED: "≈"}
_QUOTE_LIMIT = 240


class _Sources:
    """Numbers the citations in order of first use; the same span keeps its number."""

    def __init__(self, document: DocumentRef | None = None) -> None:
        self.cited: dict[tuple[int, int], Citation] = {}
        # a submission read in parts: each source says which exhibit it quotes
        self.document = document if document and len(document.exhibits) > 1 else None

    def refs(self, citations: list[Citation]) -> str:
        numbers = []
        for citation in citations:
            key = (citation.start, citation.end)
            self.cited.setdefault(key, citation)
            numbers.append(list(self.cited).index(key) + 1)
        return "".join(f"[{n}]" for n in dict.fromkeys(numbers))

    def lines(self) -> list[str]:
        lines = []
        for number, citation in enumerate(self.cited.values(), 1):
            quote = " ".join(citation.quote.split())
            if len(quote) > _QUOTE_LIMIT:
                quote = quote[: _QUOTE_LIMIT - 1] + "…"
            exhibit = self.document.exhibit_at(citation.start) if self.document else None
            where = f", {_text(exhibit.type)}" if exhibit else ""
            lines.append(f"{number}. “{_text(quote)}” (characters {citation.start}–{citation.end}{where})")
        return lines


# "&" is markup only where it opens a character reference ("&amp;", "&#58;"); elsewhere it renders as itself
_MARKUP = re.compile(r"[\\\[\]<>]|&(?=#?\w+;)")
_MARKUP_ESCAPES = {"\\": "\\\\", "[": "\\[", "]": "\\]", "<": "&lt;", ">": "&gt;", "&": "&amp;"}
# Schemes a renderer or a reader's click could run or open; a plain "data: ..." in a sentence is left alone.
_UNSAFE_SCHEME = re.compile(r"\b(javascript\s*|vbscript\s*|data(?=:\S)|file(?=://)):", re.IGNORECASE)


def _text(text: str) -> str:
    """Release or model text as Markdown that renders as that text, and as nothing else."""
    text = _MARKUP.sub(lambda m: _MARKUP_ESCAPES[m.group()], " ".join(text.split()))
    return _UNSAFE_SCHEME.sub(lambda m: f"{m.group(1)}&#58;", text)


def _cell(text: str) -> str:
    """Text for a cell of the key-figures table, where a pipe would end the cell."""
    return _text(text).replace("|", "\\|")


def _code(text: str) -> str:
    """``text`` in a code span (shown as written, markup and all), fenced by more backticks than it holds."""
    text = " ".join(display_name(text).split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def _mark(number: NumberCheck | None) -> str:
    if number is None:
        return ""
    return f" {_MARKS.get(number.status, '✗ ' + number.status.value.replace('_', ' '))}"


_METRIC_NAMES = {"eps_diluted": "diluted EPS", "eps_basic": "basic EPS"}
_NOT_IN_RELEASE = "not stated in the release"


def _omitted(omitted: list[Omission]) -> list[str]:
    """The key figures left out, in two lines: those the release does not state, and those it
    states but that could not be read surely (with the reason, so a reader knows where to look)."""
    absent = [_METRIC_NAMES.get(o.metric, o.metric.replace("_", " ")) for o in omitted if o.reason == _NOT_IN_RELEASE]
    unsure = [o for o in omitted if o.reason != _NOT_IN_RELEASE]
    lines = [f"Not stated in the release: {_text(', '.join(absent))}."] if absent else []
    if unsure:
        said = "; ".join(f"{_METRIC_NAMES.get(o.metric, o.metric.replace('_', ' '))} ({o.reason})" for o in unsure)
        lines.append(f"Not read surely, so left out: {_text(said)}.")
    return lines


def _topic(topic: str) -> str:
    """A business update's topic label, or nothing when it has none."""
    return f"**{_text(topic)}**: " if topic.strip() else ""


def briefing_note(envelope: Envelope, report: VerificationReport, *, engine_note: str = "") -> str:
    """Headline, key figures with a mark on each, guidance, business update, sources, verification."""
    summary = envelope.summary
    sources = _Sources(envelope.document)
    checks = {claim.item: [n for n in claim.numbers if n.status is not Status.NOT_FINANCIAL] for claim in report.claims}
    company = summary.company.name + (f" ({summary.company.ticker})" if summary.company.ticker else "")
    lines = [
        f"# {_text(summary.headline.text)} {sources.refs(summary.headline.citations)}".rstrip(),
        "",
        f"**{_text(company)}** · {_text(summary.period.label)}"
        + (f" (ended {_text(summary.period.period_end)})" if summary.period.period_end else "")
        + f" · source: {_code(envelope.document.source)}",
        "",
    ]
    if summary.metrics:
        lines += ["## Key figures", "", "| Metric | This period | Comparison | Change | Source |", "|---|---|---|---|---|"]
        for index, metric in enumerate(summary.metrics):
            numbers = iter(checks.get(f"metrics[{index}]", []))
            value = f"{_text(human(metric.value, envelope.currency, metric.comparison_value))}{_mark(next(numbers, None))}"
            comparison = (
                f"{_text(human(metric.comparison_value, envelope.currency, metric.value))}{_mark(next(numbers, None))}" if metric.comparison_value else "—"
            )
            change = f"{_text(human(metric.change, envelope.currency))}{_mark(next(numbers, None))}" if metric.change else "—"
            label = metric_label(metric)
            lines.append(f"| {_cell(label)} | {value} | {comparison} | {change} | {sources.refs(metric.citations)} |")
        lines.append("")
        first = summary.metrics[0]
        lines.append(f"This period: {_text(first.period)}. Comparison: {_text(first.comparison_period or '—')}.")
        lines.append("")
    if envelope.omitted:
        lines += [*_omitted(envelope.omitted), ""]
    if summary.guidance:
        lines += ["## Guidance", ""]
        for g in summary.guidance:
            said = direction(g.text)
            lines.append(f"- {f'**{said.capitalize()}**: ' if said else ''}{_text(g.text)} {sources.refs(g.citations)}")
        lines.append("")
    if summary.business_update:
        lines += ["## Business update", ""]
        lines += [f"- {_topic(u.topic)}{_text(u.text)} {sources.refs(u.citations)}" for u in summary.business_update]
        lines.append("")
    lines += ["## Sources", "", *sources.lines(), ""]
    lines.append(f"**Verification:** {_text(report.summary_line())}.")
    if engine_note:
        lines += ["", f"_{_text(engine_note)}_"]
    return "\n".join(lines) + "\n"
