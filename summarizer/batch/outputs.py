"""The batch's files in ``DIR``: per-filing ``<key>.json``/``.md``/``.html``, ``summaries.jsonl``
and ``metrics.csv``.

Per-filing files are written aside and moved into place, so a file is whole or absent,
and they are written before the state records the filing as summarised. A line of
``summaries.jsonl`` is appended only after the state has it; at the start of each run the
log is checked against the state: a line cut short by a kill is cut off, and the lines of
filings the state has but the log lacks are appended, so each summarised filing is in the
log exactly once. ``metrics.csv`` is written whole from the state.

A line of ``summaries.jsonl``: ``{"key", "accession", "source", "fallback", "envelope"}``,
where ``envelope`` is the filing's envelope (``schemas/summary.schema.json``) and
``fallback`` says why the model's answer was not used, or is null.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

from .state import State

__all__ = ["METRICS_COLUMNS", "write_atomic", "remove_stale_partials", "SummaryLog", "write_metrics", "metrics_row"]

SUMMARIES, METRICS = "summaries.jsonl", "metrics.csv"
_FIGURES = ("revenue", "net_income", "eps_diluted")
METRICS_COLUMNS = (
    "key", "status", "company", "cik", "accession", "form_type", "filed", "period", "period_end",
    *[f"{name}{suffix}" for name in _FIGURES for suffix in ("", "_prior")],
    "numbers_checked", "numbers_supported", "numbers_not_supported", "citation_errors",
    "engine", "model", "fallback", "reason",
)  # fmt: skip


def write_atomic(path: Path, text: str) -> None:
    """``text`` into ``path`` whole: written beside it, then moved over it."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def remove_stale_partials(folder: Path) -> None:
    """The part-written files of a run killed between writing and moving (``write_atomic``):
    those of processes that no longer run are removed; a live process keeps its own."""
    for partial in folder.glob(".*.partial"):
        pid = partial.name.rsplit(".", 2)[-2]
        if pid.isdigit() and not _running(int(pid)):
            partial.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: running
        return True
    return True


class SummaryLog:
    """``summaries.jsonl``, kept to one line per summarised filing of the state."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / SUMMARIES

    def reconcile(self, state: State) -> int:
        """Cut a torn last line, append what the state has and the log lacks; lines appended."""
        present = set()
        if self.path.exists():
            data = self.path.read_bytes()
            whole = data[: data.rfind(b"\n") + 1]
            if len(whole) != len(data):
                with self.path.open("r+b") as handle:
                    handle.truncate(len(whole))
            for line in whole.splitlines():
                present.add(json.loads(line)["key"])
        else:
            self.path.touch()
        missing = [row for row in state.rows("summarised") if row.key not in present and row.values["record"]]
        for row in missing:
            self.append(row.values["record"])
        return len(missing)

    def append(self, record: str) -> None:
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(record.rstrip("\n") + "\n")


def metrics_row(envelope: Any, report: Any) -> dict[str, str]:
    """The figures and checks of one summary, as ``metrics.csv`` has them."""
    summary, counts = envelope.summary, report.counts()
    row = {
        "company": summary.company.name or envelope.document.company,
        "period": summary.period.label,
        "period_end": summary.period.period_end or "",
        "numbers_checked": str(len(report.numbers)),
        "numbers_supported": str(counts.get("verified", 0) + counts.get("derived", 0)),
        "numbers_not_supported": str(len(report.numbers) - counts.get("verified", 0) - counts.get("derived", 0)),
        "citation_errors": str(len(report.citation_errors)),
    }
    for name in _FIGURES:
        chosen = [m for m in summary.metrics if m.metric == name]
        chosen.sort(key=lambda m: m.basis != "gaap")  # the reported figure before an adjusted one
        metric = chosen[0] if chosen else None
        row[name] = _base(metric.value) if metric else ""
        row[f"{name}_prior"] = _base(metric.comparison_value) if metric and metric.comparison_value else ""
    return row


def _base(amount: Any) -> str:
    value = amount.base_value
    return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")


def write_metrics(folder: Path, state: State) -> None:
    """``metrics.csv``: one row per filing the state knows, summarised or not."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=METRICS_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in state.rows():
        values = {name: row.values.get(name) or "" for name in METRICS_COLUMNS}
        values.update(json.loads(row.values["metrics"]) if row.values.get("metrics") else {})
        values["status"], values["reason"] = row.status, row.reason or ""
        writer.writerow(values)
    write_atomic(folder / METRICS, buffer.getvalue())
