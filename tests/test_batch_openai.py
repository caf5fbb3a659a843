"""``--openai-batch``: requests file, upload, batch, poll, download, replay, verify, store; resumable by batch id.

Against a local fake of the Files and Batches endpoints (tests/fake_openai.py), through the real SDK.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corpus import DATA
from fake_openai import FakeOpenAI

from summarizer.cli import main
from summarizer.ingest.load import load_document

NAMES = ["immunogen_q2-fy2006_8k.txt", "buckle_q3-fy2024.html", "sears_q2-2004.txt"]


@pytest.fixture
def releases(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(DATA / name, folder / name)
    return folder


def state(out: Path) -> dict[str, tuple]:
    with sqlite3.connect(out / "state.sqlite") as db:
        return {Path(loc).name: (status, engine, fallback, attempts) for loc, status, engine, fallback, attempts in
                db.execute("SELECT location, status, engine, fallback, attempts FROM filings")}  # fmt: skip


def test_the_batch_api_round_trip(releases, tmp_path, monkeypatch):
    out = tmp_path / "out"
    with FakeOpenAI(mode="garbage", only="Buckle") as fake:
        monkeypatch.setenv("SUMMARIZER_MODEL", "fake-model")
        monkeypatch.setenv("OPENAI_BASE_URL", fake.url)
        assert main(["batch", str(releases), "--out", str(out), "--openai-batch", "--poll-seconds", "0.05"]) == 0
        assert list(fake.batches) == ["batch_1"] and fake.calls == 1  # Buckle's malformed answer asked again, live
    requests = [json.loads(line) for line in (out / "openai-batch" / "1.requests.jsonl").read_text().splitlines()]
    assert len(requests) == 3 and {r["url"] for r in requests} == {"/v1/chat/completions"}
    body = requests[0]["body"]
    assert body["model"] == "fake-model" and body["response_format"]["json_schema"]["name"] == "earnings_summary"
    assert "[2] The Buckle, Inc." in body["messages"][-1]["content"]  # the release as numbered segments
    got = state(out)
    assert got["immunogen_q2-fy2006_8k.txt"] == ("summarised", "llm", None, 1)
    assert got["sears_q2-2004.txt"] == ("summarised", "llm", None, 1)
    assert got["buckle_q3-fy2024.html"][:2] == ("summarised", "extractive")
    assert got["buckle_q3-fy2024.html"][2].startswith("ModelOutputInvalid")
    envelope = json.loads((out / "0000891092-04-003383.json").read_text())
    assert envelope["engine"] == "llm" and envelope["usage"]["prompt_tokens"] > 1000
    citation = envelope["summary"]["headline"]["citations"][0]  # the replayed answer's citation, resolved to a span
    text = load_document(DATA / "sears_q2-2004.txt").text
    assert text[citation["start"]:citation["end"]] == citation["quote"] == "\"Like much of the industry, we"


def test_a_killed_run_resumes_its_batch_by_id(releases, tmp_path):
    out = tmp_path / "out"
    with FakeOpenAI() as fake:
        fake.polls = 10**6  # never done while the first run polls
        env = {**os.environ, "SUMMARIZER_MODEL": "fake-model", "OPENAI_BASE_URL": fake.url}
        first = subprocess.Popen([sys.executable, "-m", "summarizer.cli", "batch", str(releases), "--out", str(out),
                                  "--openai-batch", "--poll-seconds", "0.05"], env=env, stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
        deadline = time.monotonic() + 30
        while not fake.batches and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
        assert list(fake.batches) == ["batch_1"]
        fake.polls = 0
        os.environ["SUMMARIZER_MODEL"], os.environ["OPENAI_BASE_URL"] = "fake-model", fake.url
        try:
            from summarizer.batch import BatchOptions, run_batch

            result = run_batch([str(releases)], BatchOptions(out=out, poll_seconds=0.05, openai_batch=True))
        finally:
            del os.environ["SUMMARIZER_MODEL"], os.environ["OPENAI_BASE_URL"]
        assert list(fake.batches) == ["batch_1"]  # polled again, not sent again
    assert result.counts["summarised"] == 3 and fake.calls == 0
    assert {v[:3] for v in state(out).values()} == {("summarised", "llm", None)}
    keys = [json.loads(line)["key"] for line in (out / "summaries.jsonl").read_text().splitlines()]
    assert len(keys) == len(set(keys)) == 3


def test_the_engines_client_is_given_back(releases, tmp_path, monkeypatch):
    import summarizer.engines.llm_engine

    before = summarizer.engines.llm_engine.ModelClient
    with FakeOpenAI() as fake:
        monkeypatch.setenv("SUMMARIZER_MODEL", "fake-model")
        monkeypatch.setenv("OPENAI_BASE_URL", fake.url)
        assert main(["batch", str(releases / "sears_q2-2004.txt"), "--out", str(tmp_path / "out"), "--openai-batch",
                     "--poll-seconds", "0.05"]) == 0  # fmt: skip
    assert summarizer.engines.llm_engine.ModelClient is before


def test_a_request_the_batch_did_not_answer_falls_back(releases, tmp_path, monkeypatch):
    out = tmp_path / "out"
    with FakeOpenAI(mode="500", only="Buckle") as fake:
        monkeypatch.setenv("SUMMARIZER_MODEL", "fake-model")
        monkeypatch.setenv("OPENAI_BASE_URL", fake.url)
        assert main(["batch", str(releases), "--out", str(out), "--openai-batch", "--poll-seconds", "0.05"]) == 0
        assert fake.calls == 0
    buckle = state(out)["buckle_q3-fy2024.html"]
    assert buckle[:3] == ("summarised", "extractive", "ModelError: the OpenAI batch batch_1 ended completed without an answer for it")
    key = next(json.loads(row)["key"] for row in (out / "summaries.jsonl").read_text().splitlines() if json.loads(row)["fallback"])
    assert "could not be used (ModelError: the OpenAI batch batch_1" in (out / f"{key}.md").read_text()
