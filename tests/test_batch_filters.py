"""Which filings are earnings releases (6-K and 8-K), and the pace of the per-minute limits."""

from __future__ import annotations

from dataclasses import replace

import pytest
from corpus import DATA

from summarizer.batch.work import earnings_check
from summarizer.ingest.load import load_document
from summarizer.ratelimit import RateLimiter


def as_6k(name: str, part: str | None = None):
    document = load_document(DATA / name, document=part)
    return replace(document, info=replace(document.info, form_type="6-K"))


@pytest.mark.parametrize("name, part, reads_as_release", [
    ("peapack-gladstone_q3-2025_newswire.txt", None, True),  # a quarter's results release
    ("sears_q2-2004.txt", "8-K", False),  # the cover page of a current report
    ("apple_q1-fy2011.txt", "EX-99.2", False),  # a data sheet of unit and revenue tables
])  # fmt: skip
def test_a_6k_is_kept_when_its_exhibit_reads_as_an_earnings_release(name, part, reads_as_release):
    # real documents, filed as 8-K parts or newswire text, judged as if a 6-K carried them
    reason = earnings_check(as_6k(name, part), b"")
    assert (reason is None) == reads_as_release
    if reason:
        assert reason == f"6-K whose exhibit ({part}) does not read as an earnings release"


def test_an_8k_with_item_2_02_in_its_header_is_kept():
    document = load_document(DATA / "apple_q1-fy2011.txt")
    assert document.info.items == ("Results of Operations and Financial Condition", "Financial Statements and Exhibits")
    assert earnings_check(document, b"") is None


def test_bursts_then_a_steady_pace():
    tokens = RateLimiter(60_000, 60, burst=60_000)  # 60,000 tokens a minute
    assert tokens.reserve(30_000) == 0 and tokens.reserve(30_000) == 0  # a minute's budget at once
    assert tokens.reserve(1_000) == pytest.approx(1.0, abs=0.05)  # then 1,000 tokens a second
    requests = RateLimiter(10)
    waits = [requests.reserve() for _ in range(5)]
    assert waits[0] == 0 and [round(w, 2) for w in waits[1:]] == pytest.approx([0.1, 0.2, 0.3, 0.4], abs=0.02)


def test_public_names():
    import summarizer.batch
    import summarizer.ingest.edgar_client

    assert summarizer.batch.__all__ == ["BatchOptions", "BatchResult", "run_batch"]
    assert sorted(summarizer.ingest.edgar_client.__all__) == sorted([
        "DEFAULT_BASE_URL", "MAX_REQUESTS_PER_SECOND", "EdgarError", "EdgarClient", "Filing", "normalise_accession",
        "filing_path", "filing_from_link", "user_agent_from_env"])  # fmt: skip
    for name in summarizer.ingest.edgar_client.__all__:
        assert hasattr(summarizer.ingest.edgar_client, name)
