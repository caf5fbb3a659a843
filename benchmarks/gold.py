"""The gold key figures of a corpus (``gold_metrics.jsonl``) and the format class of each release.

Shared by the benchmarks that take a folder of releases and a gold file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

__all__ = ["GoldValue", "GoldRelease", "load_gold", "format_class", "METRICS"]

METRICS = ("revenue", "net_income", "eps_diluted", "operating_income", "cash")


@dataclass(frozen=True)
class GoldValue:
    metric: str
    which: str  # "current" or "prior"
    value: Decimal


@dataclass(frozen=True)
class GoldRelease:
    doc: str
    company: str
    length: str  # the main period's length: quarter, nine_months or year
    period_end: str | None
    comparison_end: str | None
    currency: str | None
    values: tuple[GoldValue, ...]
    absent: tuple[str, ...]  # metrics the release does not report


def load_gold(path: Path) -> list[GoldRelease]:
    releases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        values, absent = [], []
        for metric in METRICS:
            entry = record["metrics"].get(metric)
            if entry is None:
                absent.append(metric)
                continue
            for which in ("current", "prior"):
                if entry.get(which) is not None:
                    values.append(GoldValue(metric, which, Decimal(str(entry[which]))))
        main = record["main_period"]
        label = main.get("label", "").lower()
        length = "quarter" if main.get("fiscal_quarter") else "nine_months" if "nine months" in label else "year"
        releases.append(
            GoldRelease(
                doc=record["doc"],
                company=record.get("company", ""),
                length=length,
                period_end=record["main_period"].get("period_end"),
                comparison_end=record.get("comparison_period_end"),
                currency=record.get("currency"),
                values=tuple(values),
                absent=tuple(absent),
            )
        )
    return releases


def format_class(name: str) -> str:
    """EDGAR, newsroom, converted text or newswire, from the corpus's file naming."""
    if "newswire" in name:
        return "newswire"
    if "newsroom" in name:
        return "newsroom"
    if name.endswith("_text.txt") or "_8k.txt" in name:
        return "converted"
    return "edgar"
