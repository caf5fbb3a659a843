"""EDGAR: the client's fair-access rules, index files and the Atom feed as batch sources.

Against a local stand-in for www.sec.gov (tests/edgar_server.py) serving real filings.
"""

from __future__ import annotations

import gzip
import multiprocessing
import sqlite3
import time

import pytest
from corpus import DATA
from edgar_server import EdgarStandIn

from summarizer.batch.indexes import earnings_candidates, parse_feed, parse_index
from summarizer.cli import main
from summarizer.errors import UsageError
from summarizer.ingest.edgar_client import EdgarClient, EdgarError, filing_from_link, normalise_accession
from summarizer.ratelimit import RateLimiter

AGENT = "Summarizer Tests tests@example.com"
APPLE = "/Archives/edgar/data/320193/000119312511009392/0001193125-11-009392.txt"
SEARS = "/Archives/edgar/data/319256/000089109204003383/0000891092-04-003383.txt"
FORM_IDX = "/Archives/edgar/daily-index/2011/QTR1/form.20110118.idx"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ("SUMMARIZER_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "SEC_USER_AGENT", "EDGAR_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def edgar():
    with EdgarStandIn() as stand_in:
        yield stand_in


def client(edgar: EdgarStandIn, **options) -> EdgarClient:
    return EdgarClient(AGENT, base_url=edgar.url, backoff=0.05, **options)


@pytest.mark.parametrize("agent, message", [
    (None, "set SEC_USER_AGENT or --user-agent"),
    ("Summarizer Tests", "has no contact e-mail address"),
], ids=["missing", "no-email"])  # fmt: skip
def test_a_declared_user_agent_with_an_email_is_required(agent, message):
    with pytest.raises(UsageError, match=message):
        EdgarClient(agent, env={})


def test_declares_itself_asks_for_gzip_and_gets_the_filing_whole(edgar):
    body = client(edgar).get(APPLE)
    assert body == (DATA / "apple_q1-fy2011.txt").read_bytes()
    _, _, headers = edgar.requests[0]
    assert headers["User-Agent"] == AGENT and "gzip" in headers["Accept-Encoding"]
    assert len(gzip.compress(body)) < len(body) / 3  # what travelled was the compressed form


def test_sec_gov_links_are_pointed_at_the_base_url(edgar):
    c = client(edgar)
    assert c.url("https://www.sec.gov/Archives/x.txt") == f"{edgar.url}/Archives/x.txt"
    assert c.url("/Archives/x.txt") == c.url("Archives/x.txt") == f"{edgar.url}/Archives/x.txt"
    assert filing_from_link("https://www.sec.gov/Archives/edgar/data/320193/000119312511009392/0001193125-11-009392-index.htm") == (
        "0001193125-11-009392", "320193")
    assert normalise_accession("000119312511009392") == "0001193125-11-009392"


def test_retry_after_is_honoured_on_429(edgar):
    edgar.script[APPLE] = [(429, {"Retry-After": "1"})]
    started = time.monotonic()
    assert client(edgar).get(APPLE) == (DATA / "apple_q1-fy2011.txt").read_bytes()
    (_, first, _), (_, second, _) = edgar.requests
    assert second - first >= 0.95 and time.monotonic() - started < 3


def test_5xx_is_retried_with_backoff_then_reported(edgar):
    edgar.script[SEARS] = [(503, {}), (502, {})]
    assert client(edgar).get(SEARS) == (DATA / "sears_q2-2004.txt").read_bytes()
    edgar.script[SEARS] = [(500, {})] * 3
    with pytest.raises(EdgarError, match=r"HTTP 500 after 3 attempts") as failure:
        client(edgar, retries=2).get(SEARS)
    assert failure.value.status == 500


@pytest.mark.parametrize("case, message", [
    ("missing", r"/Archives/edgar/data/1/0000000001-11-000001\.txt: HTTP 404"),
    ("big", r"over the limit of 1,000,000"),
    ("hang", r"did not answer within 0\.3 s"),
])  # fmt: skip
def test_what_is_not_worth_retrying_fails_at_once(edgar, case, message):
    path = "/Archives/edgar/data/1/0000000001-11-000001.txt"
    if case == "big":
        edgar.big[path] = 30 * 1024 * 1024  # a 30 MB submission
    if case == "hang":
        edgar.hang.add(path)
    with pytest.raises(EdgarError, match=message):
        client(edgar, max_bytes=1_000_000, timeout=0.3, retries=0).get(path)


def _fetch_many(base_url: str, limiter: RateLimiter, count: int) -> None:
    c = EdgarClient(AGENT, base_url=base_url, limiter=limiter)
    for _ in range(count):
        c.get(SEARS)


def test_ten_requests_per_second_across_processes(edgar):
    limiter = RateLimiter(10, shared=True)
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_fetch_many, args=(edgar.url, limiter, 8)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(10)
    times = sorted(t for _, t, _ in edgar.requests)
    assert len(times) == 16
    # no 11 within a second: the 11th leaves a second after the first; arrival times here may
    # shift by a scheduling tick on a loaded machine, an unlimited burst would arrive within ~0.1 s
    assert all(times[i + 10] - times[i] >= 0.8 for i in range(len(times) - 10))
    assert times[-1] - times[0] >= 1.4


@pytest.mark.parametrize("name", ["form.idx", "master.idx", "company.idx"])
def test_the_three_index_layouts_read_alike(name):
    filings = parse_index((DATA / "edgar" / name).read_text())
    assert [(f.form_type, f.company, f.cik, f.accession) for f in filings][:3] == [
        ("10-Q", "APPLE INC", "320193", "0001193125-11-010144"),
        ("8-K", "APPLE INC", "320193", "0001193125-11-009392"),
        ("8-K", "SEARS ROEBUCK & CO", "319256", "0000891092-04-003383"),
    ]
    assert filings[-1].form_type == "SC 13G/A" and filings[1].filed == "2011-01-18"
    assert [f.accession for f, skip in earnings_candidates(filings)] == [
        "0001193125-11-009392", "0000891092-04-003383", "0001999999-11-000001"]


def test_the_feed_lists_items_and_a_non_earnings_8k_is_skipped_unfetched():
    filings = parse_feed((DATA / "edgar" / "current.atom").read_bytes())
    apple = filings[0]
    assert (apple.form_type, apple.company, apple.cik, apple.accession, apple.filed, apple.items) == (
        "8-K", "APPLE INC", "320193", "0001193125-11-009392", "2011-01-18", ("2.02", "9.01"))
    candidates = earnings_candidates(filings)
    assert [(f.accession, skip) for f, skip in candidates] == [
        ("0001193125-11-009392", None),
        ("0001999999-11-000002", "8-K without item 2.02 (items 5.02)"),
    ]


def _state(out) -> dict[str, tuple[str, str | None]]:
    with sqlite3.connect(out / "state.sqlite") as db:
        return {key: (status, reason) for key, status, reason in db.execute("SELECT key, status, reason FROM filings")}


def test_batch_over_an_index_url_fetches_the_8ks_and_records_the_404(edgar, tmp_path, monkeypatch):
    monkeypatch.setenv("EDGAR_BASE_URL", edgar.url)
    monkeypatch.setenv("SEC_USER_AGENT", AGENT)
    out = tmp_path / "out"
    assert main(["batch", "https://www.sec.gov" + FORM_IDX, "--out", str(out), "--workers", "2"]) == 1
    state = _state(out)
    assert state["0001193125-11-009392"] == ("summarised", None)
    assert state["0000891092-04-003383"] == ("summarised", None)
    status, reason = state["0001999999-11-000001"]
    assert status == "failed" and reason.endswith("/Archives/edgar/data/1999999/000199999911000001/0001999999-11-000001.txt: HTTP 404")
    assert len(state) == 3  # the 10-Q and the SC 13G/A are no candidates
    assert all(headers["User-Agent"] == AGENT for _, _, headers in edgar.requests)
    # run again: only the failed filing is asked for again
    before = len(edgar.requests)
    assert main(["batch", "https://www.sec.gov" + FORM_IDX, "--out", str(out)]) == 1
    assert edgar.paths()[before:] == [FORM_IDX, "/Archives/edgar/data/1999999/000199999911000001/0001999999-11-000001.txt"]


def test_batch_over_a_feed_file(edgar, tmp_path, monkeypatch):
    monkeypatch.setenv("EDGAR_BASE_URL", edgar.url)
    out = tmp_path / "out"
    code = main(["batch", str(DATA / "edgar" / "current.atom"), "--out", str(out), "--user-agent", AGENT])
    assert code == 0
    assert _state(out) == {
        "0001193125-11-009392": ("summarised", None),
        "0001999999-11-000002": ("skipped", "8-K without item 2.02 (items 5.02)"),
    }
    assert edgar.paths() == [APPLE]


def test_a_url_source_without_a_user_agent_is_a_usage_error(tmp_path, capsys):
    assert main(["batch", "https://www.sec.gov" + FORM_IDX, "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("summarizer: error: EDGAR needs a declared User-Agent") and err.count("\n") == 1


def test_a_ticker_resolves_to_its_filing(edgar):
    # what a Slack bot needs: ticker -> CIK -> the filing's full submission
    c = client(edgar)
    cik = c.ticker_cik("aapl")
    assert cik == "0000320193"
    assert c.filing("0001193125-11-009392", cik) == (DATA / "apple_q1-fy2011.txt").read_bytes()
    with pytest.raises(EdgarError, match="no company with ticker 'ZZZZ'"):
        c.ticker_cik("ZZZZ")
