"""Release in, checked summary out: an engine writes, the verifier checks, the envelope carries both.

The engine is the model when one is configured (``--model`` or ``SUMMARIZER_MODEL``), the
built-in extractive engine otherwise. A model's metrics are cross-checked against the
figures the extractive engine reads from the release's tables.

Fallback: with ``fallback="extractive"`` (the library's default, so batch and Slack get it;
the command line asks for it with ``--fallback extractive``), a model whose answer is
unusable after the re-ask (invalid, truncated, refused, timed out, server failing) gives way
to the extractive summary, and the envelope says so and why (``fallback_reason``). A
configuration error (a refused key, an unknown model) is never papered over.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from typing import Literal, TypeVar, cast

from .errors import ModelOutputInvalid, ModelRefusal, ModelTruncated, ModelUnavailable, UsageError
from .facts import FactIndex
from .render.serialize import report_json
from .summary.model import (
    CallUsage,
    DocumentRef,
    Envelope,
    ExhibitRef,
    Guidance,
    Metric,
    OutputMode,
    Summary,
    Update,
    Usage,
)
from .types import Document
from .verify.verifier import VerificationReport

__all__ = ["ENGINES", "FALLBACKS", "summarize_document", "cross_check", "engine_note", "without_repeats"]

ENGINES = ("auto", "extractive", "llm")
FALLBACKS = ("none", "extractive")
# A model's failures that the extractive summary may stand in for; other ModelErrors are configuration.
_UNUSABLE = (ModelOutputInvalid, ModelTruncated, ModelRefusal, ModelUnavailable)
_Item = TypeVar("_Item", Guidance, Update)


def without_repeats(summary: Summary) -> Summary:
    """``summary`` without the guidance and business-update items that repeat an earlier one word
    for word: a release filed in parts restates its outlook in the CFO commentary, and a note
    that says it twice says nothing more. (A model's chunk summaries are merged the same way.)"""
    guidance, updates = _first_of_each(summary.guidance), _first_of_each(summary.business_update)
    if len(guidance) == len(summary.guidance) and len(updates) == len(summary.business_update):
        return summary
    return summary.model_copy(update={"guidance": guidance, "business_update": updates})


def _first_of_each(items: list[_Item]) -> list[_Item]:
    first: dict[str, _Item] = {}
    for item in items:
        first.setdefault(item.text, item)
    return list(first.values())


def cross_check(summary: Summary, tables: Summary | list[Metric]) -> list[str]:
    """Metrics whose value differs between a model's summary and the release's tables (the
    extractive summary, or just its metrics)."""
    warnings = []
    read = {(m.metric, m.basis, m.period): m for m in (tables.metrics if isinstance(tables, Summary) else tables)}
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


def engine_note(engine: str, model: str | None, fallback_reason: str | None = None) -> str:
    if engine == "llm":
        return f"Written by {model}; every number checked against the release by the deterministic verifier."
    if fallback_reason:
        return (
            f"Written by the built-in extractive engine because {model}'s answer could not be used ({fallback_reason}); "
            "every figure and sentence is taken from the release as printed."
        )
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
    timeout: float | None = None,
    fallback: str = "extractive",
    log: Callable[[str], None] | None = None,
) -> tuple[Envelope, VerificationReport]:
    """A summary of ``document``, verified, in its envelope.

    ``timeout`` is seconds per model call (default ``SUMMARIZER_TIMEOUT``, else 120);
    ``log`` is told of every model call (purpose, mode, tokens, time, cost)."""
    from .engines.extractive import omissions, reporting_currency, summarize_extractive, table_metrics
    from .summary.model import verify_summary

    if engine not in ENGINES:
        raise UsageError(f"engine {engine!r} is not available (available: {', '.join(ENGINES)})")
    if fallback not in FALLBACKS:
        raise UsageError(f"fallback {fallback!r} is not available (available: {', '.join(FALLBACKS)})")
    settings = None
    # the model's settings module is imported only when a model is named (``ModelSettings.from_env``
    # returns None at once otherwise): the default ``summarize`` with no model configured skips it
    if engine != "extractive" and (model or os.environ.get("SUMMARIZER_MODEL")):
        from .engines.llm import ModelSettings

        settings = ModelSettings.from_env(model, base_url, timeout=timeout)
    if engine == "llm" and settings is None:
        raise UsageError("--engine llm needs a model: set SUMMARIZER_MODEL (or --model) and OPENAI_API_KEY")
    index = FactIndex.of(document)  # built once, also when a batch summarises the filing again after a model failed
    fallback_reason = output_mode = None
    used: Literal["extractive", "llm"]
    if settings is None:
        summary, used = without_repeats(summarize_extractive(document, index)), "extractive"
        report = verify_summary(summary, document, index)
        usage = Usage(prompt_tokens=0, completion_tokens=0, calls=0, estimated_cost_usd=None)
    else:
        from .engines.llm import Usage as Calls
        from .engines.llm_engine import summarize_llm
        from .engines.prompting import PROMPT_VERSION

        calls = Calls()
        try:
            result = summarize_llm(document, settings, index, progress, usage=calls, log=log)
        except _UNUSABLE as error:
            if fallback != "extractive":
                raise
            summary, used, fallback_reason = without_repeats(summarize_extractive(document, index)), "extractive", str(error)
            report = verify_summary(summary, document, index)
            document_tokens = 0
        else:
            unresolved = tuple(note.message for note in result.notes if note.kind.is_citation_error)
            warnings = tuple(note.message for note in result.notes if not note.kind.is_citation_error)
            # the extractive engine's metrics only, and only when there is something to check them against
            warnings += tuple(cross_check(result.summary, table_metrics(document, index)) if result.summary.metrics else ())
            summary, used, document_tokens = result.summary, "llm", result.document_tokens
            report = replace(result.report, citation_errors=result.report.citation_errors + unresolved, warnings=warnings)
        output_mode = calls.mode
        usage = Usage(document_tokens=document_tokens, prompt_tokens=calls.prompt_tokens,
                      completion_tokens=calls.completion_tokens, calls=calls.calls,
                      estimated_cost_usd=calls.cost(settings.model),
                      per_call=[CallUsage.model_validate(  # the client's records: purposes and modes as strings
                          {"purpose": r.purpose, "part": r.part, "output_mode": r.mode, "prompt_tokens": r.prompt_tokens,
                           "completion_tokens": r.completion_tokens, "seconds": r.seconds,
                           "estimated_cost_usd": r.cost(settings.model)}) for r in calls.records])  # fmt: skip
    info = document.info
    envelope = Envelope(
        document=DocumentRef(source=document.source, sha256=document.sha256, company=info.company,
                             form_type=info.form_type, filing_date=info.filing_date, document_type=info.document_type,
                             exhibits=[ExhibitRef(type=e.type, sequence=e.sequence, description=e.description,
                                                  start=e.span.start, end=e.span.end) for e in document.exhibits]),
        engine=used,
        model=settings.model if settings else None,
        prompt_version=PROMPT_VERSION if settings else None,
        usage=usage,
        summary=summary,
        verification=report_json(report),
        output_mode=cast("OutputMode | None", output_mode),
        fallback_reason=fallback_reason,
        omitted=omissions(document, index, summary) if used == "extractive" else [],
        currency=reporting_currency(index),
    )  # fmt: skip
    return envelope, report
