"""Release in, checked summary out: an engine writes, the verifier checks, the envelope carries both.

The engine is the model when one is configured (``--model`` or ``SUMMARIZER_MODEL``), the
built-in extractive engine otherwise. A model's metrics are cross-checked against the
figures the extractive engine reads from the release's tables.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from .errors import UsageError
from .serialize import report_json
from .summary import DocumentRef, Envelope, Summary, Usage
from .types import Document
from .facts import FactIndex
from .verify import VerificationReport

__all__ = ["ENGINES", "summarize_document", "cross_check", "engine_note"]

ENGINES = ("auto", "extractive", "llm")
def cross_check(summary: Summary, tables: Summary) -> list[str]:
    """Metrics whose value differs between a model's summary and the release's tables."""
    warnings = []
    read = {(m.metric, m.basis, m.period): m for m in tables.metrics}
    for metric in summary.metrics:
        other = read.get((metric.metric, metric.basis, metric.period))
        if other is None or metric.value.unit != other.value.unit:
            continue
        low, high = metric.value.interval
        other_low, other_high = other.value.interval
        if high < other_low or other_high < low:
            warnings.append(
                f"{metric.label} ({metric.period}): the summary says {metric.value.value} {metric.value.scale}, "
                f"the release's table says {other.value.value} {other.value.scale}"
            )
    return warnings


def engine_note(engine: str, model: str | None) -> str:
    if engine == "llm":
        return f"Written by {model}; every number checked against the release by the deterministic verifier."
    return (
        "Written by the built-in extractive engine: every figure and sentence is taken from the release as printed. "
        "For a model-written summary set SUMMARIZER_MODEL and OPENAI_API_KEY (or OPENAI_BASE_URL for a local server)."
    )


def summarize_document(
    document: Document,
    *,
    engine: str = "auto",
    model: str | None = None,
    base_url: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[Envelope, VerificationReport]:
    """A summary of ``document``, verified, in its envelope."""
    from .extractive import summarize_extractive
    from .llm import ModelSettings

    if engine not in ENGINES:
        raise UsageError(f"engine {engine!r} is not available (available: {', '.join(ENGINES)})")
    settings = ModelSettings.from_env(model, base_url) if engine != "extractive" else None
    if engine == "llm" and settings is None:
        raise UsageError("--engine llm needs a model: set SUMMARIZER_MODEL (or --model) and OPENAI_API_KEY")
    index = FactIndex(document)
    extractive = summarize_extractive(document, index)
    if settings is None:
        from .summary import verify_summary

        summary, used = extractive, "extractive"
        report = verify_summary(extractive, document, index)
        usage = Usage(prompt_tokens=0, completion_tokens=0, calls=0, estimated_cost_usd=None)
    else:
        from .llm_engine import summarize_llm
        from .prompting import PROMPT_VERSION

        result = summarize_llm(document, settings, index, progress)
        unresolved = tuple(note for note in result.notes if "is not in segment" in note)
        warnings = tuple(note for note in result.notes if note not in unresolved) + tuple(cross_check(result.summary, extractive))
        summary, used = result.summary, "llm"
        report = replace(result.report, citation_errors=result.report.citation_errors + unresolved, warnings=warnings)
        usage = Usage(document_tokens=result.document_tokens, prompt_tokens=result.usage.prompt_tokens,
                      completion_tokens=result.usage.completion_tokens, calls=result.usage.calls,
                      estimated_cost_usd=result.usage.cost(settings.model))  # fmt: skip
    info = document.info
    envelope = Envelope(
        document=DocumentRef(source=document.source, sha256=document.sha256, company=info.company,
                             form_type=info.form_type, filing_date=info.filing_date, document_type=info.document_type),
        engine=used,
        model=settings.model if settings else None,
        prompt_version=PROMPT_VERSION if settings else None,
        usage=usage,
        summary=summary,
        verification=report_json(report),
    )  # fmt: skip
    return envelope, report
