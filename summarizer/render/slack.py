"""The summary as a Slack message: Block Kit blocks within Slack's limits, and a text fallback.

Limits kept: at most 50 blocks, 150 characters in a header, 3,000 in a section's text.
``&``, ``<`` and ``>`` are escaped as Slack asks; a number the verifier could not support
is marked with :warning: and its status, where it stands.
"""

from __future__ import annotations

from ..summary.model import Envelope, human, metric_label
from ..verify.verifier import NumberCheck, Status, VerificationReport

__all__ = ["slack_message", "escape_mrkdwn", "MAX_BLOCKS", "MAX_HEADER", "MAX_SECTION"]

MAX_BLOCKS, MAX_HEADER, MAX_SECTION = 50, 150, 3000
_MARKS = {Status.VERIFIED: "✓", Status.DERIVED: "≈"}


def escape_mrkdwn(text: str) -> str:
    """Text that Slack shows as written: no mention (``<!channel>``, ``<@U1>``) nor link (``<http://x|y>``)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mark(number: NumberCheck | None) -> str:
    if number is None:
        return ""
    if number.status in _MARKS:
        return f" {_MARKS[number.status]}"
    return f" :warning: _{number.status.value.replace('_', ' ')}_"


def _sections(lines: list[str]) -> list[dict]:
    """Lines packed into section blocks of at most ``MAX_SECTION`` characters each."""
    blocks, current = [], ""
    for line in lines:
        line = _clip(line, MAX_SECTION)
        if current and len(current) + 1 + len(line) > MAX_SECTION:
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": current}})
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": current}})
    return blocks


def slack_message(envelope: Envelope, report: VerificationReport, *, engine_note: str = "") -> dict:
    """A ``chat.postMessage`` payload: ``text`` (the fallback) and ``blocks``."""
    summary = envelope.summary
    checks = {claim.item: [n for n in claim.numbers if n.status is not Status.NOT_FINANCIAL] for claim in report.claims}
    company = summary.company.name + (f" ({summary.company.ticker})" if summary.company.ticker else "")
    blocks: list[dict] = [
        {"type": "header", "text": {"type": "plain_text", "text": _clip(f"{company}: {summary.period.label}", MAX_HEADER)}},
        *_sections([escape_mrkdwn(summary.headline.text)]),
    ]
    if summary.metrics:
        lines = ["*Key figures*"]
        for index, metric in enumerate(summary.metrics):
            numbers = iter(checks.get(f"metrics[{index}]", []))
            line = f"• *{escape_mrkdwn(metric_label(metric))}*: "
            line += f"{escape_mrkdwn(human(metric.value, envelope.currency, metric.comparison_value))}{_mark(next(numbers, None))}"
            if metric.comparison_value:
                line += f" vs {escape_mrkdwn(human(metric.comparison_value, envelope.currency, metric.value))}{_mark(next(numbers, None))}"
            if metric.change:
                line += f", change {escape_mrkdwn(human(metric.change, envelope.currency))}{_mark(next(numbers, None))}"
            lines.append(line)
        blocks += [{"type": "divider"}, *_sections(lines)]
    if summary.guidance:
        blocks += _sections(["*Guidance*", *(f"• {escape_mrkdwn(g.text)}" for g in summary.guidance)])
    if summary.business_update:
        blocks += _sections(
            ["*Business update*", *(f"• {f'*{escape_mrkdwn(u.topic)}*: ' if u.topic.strip() else ''}{escape_mrkdwn(u.text)}" for u in summary.business_update)]
        )
    status = "✓" if report.supported else ":warning:"
    context = [{"type": "mrkdwn", "text": _clip(f"{status} {escape_mrkdwn(report.summary_line())}", MAX_SECTION)}]
    if engine_note:
        context.append({"type": "mrkdwn", "text": _clip(escape_mrkdwn(engine_note), MAX_SECTION)})
    blocks = blocks[: MAX_BLOCKS - 1] + [{"type": "context", "elements": context}]
    fallback = f"{summary.headline.text} ({report.summary_line()})"
    return {"text": escape_mrkdwn(_clip(fallback, MAX_SECTION)), "blocks": blocks}
