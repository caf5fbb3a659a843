"""The extractive engine's business update leaves out a list item the facts stage reads as the earlier year's
(session 57: the lead-in of a list names the year its items are of)."""

from __future__ import annotations

from corpus import DATA

from summarizer.engines.extractive import summarize_extractive
from summarizer.ingest.load import load_document
from summarizer.summary.model import verify_summary
from summarizer.verify.verifier import SUPPORTED, Status


def test_an_item_of_last_years_list_is_no_business_update() -> None:
    # Albemarle's Q2 2026: "Other adjustments for the three months ended June 30, 2025 included amounts recorded in:"
    # / "• Other income (expenses), net - $38.0 million loss ..." -- 2025's, which the summary once quoted as news
    document = load_document(DATA / "reading" / "albemarle_q2-2026_text.txt")
    summary = summarize_extractive(document)
    assert not any("$38.0 million" in update.text for update in summary.business_update)
    assert summary.business_update  # the quarter's own updates stay
    statuses = [n.status for c in verify_summary(summary, document).claims for n in c.numbers]
    assert all(status is Status.NOT_FINANCIAL or status in SUPPORTED for status in statuses)
