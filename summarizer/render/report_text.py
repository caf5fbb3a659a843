"""The readable verification report that ``summarizer verify`` prints."""

from __future__ import annotations

from ..verify.verifier import NumberCheck, VerificationReport
from .serialize import decimal_text

__all__ = ["report_text"]

_MARKS = {"verified": "✓", "derived": "≈", "not_financial": "·"}


def _mark(status: str, color: bool) -> str:
    mark = _MARKS.get(status, "✗")
    if not color:
        return mark
    return f"\033[32m{mark}\033[0m" if status in _MARKS else f"\033[31m{mark}\033[0m"


def _source(number: NumberCheck) -> str:
    refs = number.supports or number.candidates
    if not refs:
        return number.reason
    ref = refs[0]
    where = f"{ref.row!r} / {ref.column!r}" if ref.row is not None else f"at {ref.span.start}"
    prefix = "" if number.supports else "nearest: "
    detail = number.formula or f"{prefix}{ref.text!r} {where}"
    return detail if number.status.value in ("verified", "derived") else f"{number.reason}; {detail}"


def report_text(report: VerificationReport, *, color: bool = False) -> str:
    lines = []
    for index, claim in enumerate(report.claims, 1):
        state = "supported" if claim.supported else "NOT SUPPORTED"
        lines.append(f"{index}. [{state}] {claim.text}")
        for number in claim.numbers:
            if number.status.value == "not_financial":
                continue
            lines.append(
                f"   {_mark(number.status.value, color)} {number.text} = {decimal_text(number.value)} "
                f"{number.unit.value}: {number.status.value} — {_source(number)}"
            )
    lines.append("")
    lines.append(report.summary_line())
    return "\n".join(lines) + "\n"
