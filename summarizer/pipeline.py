"""Release in, checked summary out: the engine writes, the verifier checks, the envelope carries both."""

from __future__ import annotations

from .errors import UsageError
from .serialize import report_json
from .summary import DocumentRef, Envelope, Summary, Usage, verify_summary
from .types import Document
from .verify import SourceIndex, VerificationReport

__all__ = ["ENGINES", "summarize_document"]

ENGINES = ("extractive",)


def summarize_document(document: Document, *, engine: str = "extractive") -> tuple[Envelope, VerificationReport]:
    """A summary of ``document`` by ``engine``, verified, in its envelope."""
    if engine not in ENGINES:
        raise UsageError(f"engine {engine!r} is not available in this version (available: {', '.join(ENGINES)})")
    from .extractive import summarize_extractive

    index = SourceIndex(document)
    summary: Summary = summarize_extractive(document, index)
    report = verify_summary(summary, document, index)
    info = document.info
    envelope = Envelope(
        document=DocumentRef(
            source=document.source,
            sha256=document.sha256,
            company=info.company,
            form_type=info.form_type,
            filing_date=info.filing_date,
            document_type=info.document_type,
        ),
        engine="extractive",
        model=None,
        prompt_version=None,
        usage=Usage(prompt_tokens=0, completion_tokens=0, calls=0, estimated_cost_usd=None),
        summary=summary,
        verification=report_json(report),
    )
    return envelope, report
