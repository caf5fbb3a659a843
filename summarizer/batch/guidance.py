"""Guidance against the issuer's last release: raised, lowered or kept, citing both.

When the state already holds an earlier summarised release of the same issuer (same CIK,
else the same company name), each guidance item of the new release is matched with the
earlier one for the same metric and period ("revenue", "fiscal 2027"), and the midpoints
of their ranges compared: higher is raised, lower is lowered, equal is kept. Each change
cites both releases: the filing's key and the guidance's own spans in each release.
Items with no counterpart are left out: a first outlook for a new period is no change.

Works on envelopes as JSON (as the state keeps them), so nothing is read twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

__all__ = ["GuidanceChange", "compare_guidance", "previous_release", "guidance_markdown"]

_SCALES = {"units": 0, "thousands": 3, "millions": 6, "billions": 9}


@dataclass(frozen=True)
class GuidanceChange:
    metric: str
    period: str
    direction: str  # raised, lowered or kept
    unit: str
    previous_midpoint: str
    current_midpoint: str
    previous: dict[str, Any]  # key, filed, text, citations
    current: dict[str, Any]


def _date(envelope: dict) -> str:
    return envelope["summary"]["period"].get("period_end") or envelope["document"].get("filing_date") or ""


def _midpoint(item: dict) -> tuple[str, Decimal] | None:
    ends = [a for a in (item.get("low"), item.get("high")) if a]
    if not ends or len({a["unit"] for a in ends}) != 1:
        return None
    values = [Decimal(a["value"]).scaleb(_SCALES[a["scale"]]) for a in ends]
    return ends[0]["unit"], sum(values, Decimal(0)) / len(values)


def _name(text: str) -> str:
    return " ".join(text.lower().split())


def compare_guidance(previous: dict, previous_key: str, current: dict, current_key: str) -> list[GuidanceChange]:
    """The changes of ``current``'s guidance against ``previous``'s (envelopes as JSON)."""
    earlier = {(_name(g["metric"]), _name(g["period"])): g for g in previous["summary"]["guidance"]}
    changes = []
    for item in current["summary"]["guidance"]:
        before = earlier.get((_name(item["metric"]), _name(item["period"])))
        now, then = _midpoint(item), _midpoint(before) if before else None
        if before is None or now is None or then is None or now[0] != then[0]:
            continue
        direction = "raised" if now[1] > then[1] else "lowered" if now[1] < then[1] else "kept"
        changes.append(GuidanceChange(
            metric=item["metric"], period=item["period"], direction=direction, unit=now[0],
            previous_midpoint=format(then[1].normalize(), "f"), current_midpoint=format(now[1].normalize(), "f"),
            previous={"key": previous_key, "filed": previous["document"].get("filing_date", ""), "text": before["text"],
                      "citations": before["citations"]},
            current={"key": current_key, "filed": current["document"].get("filing_date", ""), "text": item["text"],
                     "citations": item["citations"]},
        ))  # fmt: skip
    return changes


def previous_release(current: dict, candidates: Iterable[tuple[str, dict]]) -> tuple[str, dict] | None:
    """Of ``candidates`` (key, envelope) of the same issuer, the latest one before ``current``."""
    date = _date(current)
    earlier = [(key, envelope) for key, envelope in candidates if date and _date(envelope) and _date(envelope) < date]
    return max(earlier, key=lambda pair: _date(pair[1]), default=None)


def guidance_markdown(changes: list[GuidanceChange]) -> str:
    """A section for the briefing note: each change with the quotes of both releases."""
    if not changes:
        return ""
    previous = changes[0].previous
    lines = ["", f"## Guidance against the last release ({previous['key']}, {previous['filed'] or 'earlier'})", ""]
    for change in changes:
        lines.append(f"- **{change.metric}, {change.period}: {change.direction}** "
                     f"(midpoint {change.previous_midpoint} → {change.current_midpoint} {change.unit})")  # fmt: skip
        for side, label in ((change.previous, "then"), (change.current, "now")):
            quotes = "; ".join(f"“{c['quote']}” [{side['key']} {c['start']}–{c['end']}]" for c in side["citations"][:2])
            lines.append(f"  - {label}: {quotes or side['text']}")
    return "\n".join(lines) + "\n"


def changes_json(changes: list[GuidanceChange]) -> list[dict]:
    return [asdict(change) for change in changes]
