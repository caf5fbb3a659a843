"""The briefing note: a summary and its verification report as Markdown."""

from __future__ import annotations

from ..summary import Citation, Envelope, human
from ..verify import NumberCheck, Status, VerificationReport

__all__ = ["briefing_note"]

_MARKS = {Status.VERIFIED: "✓", Status.DERIVED: "≈"}
_QUOTE_LIMIT = 240


class _Sources:
    """Numbers the citations in order of first use; the same span keeps its number."""

    def __init__(self) -> None:
        self.cited: dict[tuple[int, int], Citation] = {}

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
            lines.append(f"{number}. “{quote}” (characters {citation.start}–{citation.end})")
        return lines


def _mark(number: NumberCheck | None) -> str:
    if number is None:
        return ""
    return f" {_MARKS.get(number.status, '✗ ' + number.status.value.replace('_', ' '))}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def briefing_note(envelope: Envelope, report: VerificationReport, *, engine_note: str = "") -> str:
    """Headline, key figures with a mark on each, guidance, business update, sources, verification."""
    summary = envelope.summary
    sources = _Sources()
    checks = {claim.item: [n for n in claim.numbers if n.status is not Status.NOT_FINANCIAL] for claim in report.claims}
    company = summary.company.name + (f" ({summary.company.ticker})" if summary.company.ticker else "")
    lines = [
        f"# {summary.headline.text} {sources.refs(summary.headline.citations)}".rstrip(),
        "",
        f"**{company}** · {summary.period.label}"
        + (f" (ended {summary.period.period_end})" if summary.period.period_end else "")
        + f" · source: `{envelope.document.source}`",
        "",
    ]
    if summary.metrics:
        lines += ["## Key figures", "", "| Metric | This period | Comparison | Change | Source |", "|---|---|---|---|---|"]
        for index, metric in enumerate(summary.metrics):
            numbers = iter(checks.get(f"metrics[{index}]", []))
            value = f"{human(metric.value)}{_mark(next(numbers, None))}"
            comparison = f"{human(metric.comparison_value)}{_mark(next(numbers, None))}" if metric.comparison_value else "—"
            change = f"{human(metric.change)}{_mark(next(numbers, None))}" if metric.change else "—"
            label = metric.label + (" (non-GAAP)" if metric.basis == "non_gaap" else "")
            lines.append(f"| {_cell(label)} | {value} | {comparison} | {change} | {sources.refs(metric.citations)} |")
        lines.append("")
        lines.append(f"This period: {summary.metrics[0].period}. Comparison: {summary.metrics[0].comparison_period or '—'}.")
        lines.append("")
    if envelope.omitted:
        names = ", ".join(omission.metric.replace("_", " ") for omission in envelope.omitted)
        lines += [f"Not stated (or not read surely, so left out): {names}.", ""]
    if summary.guidance:
        lines += ["## Guidance", ""]
        lines += [f"- {g.text} {sources.refs(g.citations)}" for g in summary.guidance]
        lines.append("")
    if summary.business_update:
        lines += ["## Business update", ""]
        lines += [f"- **{u.topic}**: {u.text} {sources.refs(u.citations)}" for u in summary.business_update]
        lines.append("")
    lines += ["## Sources", "", *sources.lines(), ""]
    lines.append(f"**Verification:** {report.summary_line()}.")
    if engine_note:
        lines += ["", f"_{engine_note}_"]
    return "\n".join(lines) + "\n"
