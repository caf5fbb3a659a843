"""The batch with a model: calls in flight bounded, tokens recorded, unusable answers fall back.

Against a local OpenAI-compatible server (tests/fake_openai.py) through the real SDK.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from corpus import DATA
from fake_openai import FakeOpenAI

from summarizer.batch import BatchOptions, run_batch

NAMES = ["immunogen_q2-fy2006_8k.txt", "buckle_q3-fy2024.html", "mcdonalds_q2-2026_text.txt", "sears_q2-2004.txt"]


@pytest.fixture
def releases(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(DATA / name, folder / name)
    return folder


def run(folder: Path, out: Path, fake: FakeOpenAI, **options) -> dict[str, dict]:
    env = {"SUMMARIZER_MODEL": "fake-model", "OPENAI_BASE_URL": fake.url}
    run_batch([str(folder)], BatchOptions(out=out, env=env, model_backoff=0.05, **options))
    with sqlite3.connect(out / "state.sqlite") as db:
        db.row_factory = sqlite3.Row
        return {Path(r["location"]).name: dict(r) for r in db.execute("SELECT * FROM filings")}


def test_model_calls_in_flight_stay_within_the_concurrency(releases, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_MODEL", "not-this-one")  # the batch reads its own environment
    with FakeOpenAI(latency=0.3) as fake:
        state = run(releases, tmp_path / "out", fake, concurrency=2, workers=2)
    assert fake.calls == 4 and fake.most_in_flight == 2
    for name, row in state.items():
        assert (row["status"], row["engine"], row["model"], row["fallback"]) == ("summarised", "llm", "fake-model", None), name
        assert row["prompt_tokens"] > 100 and row["completion_tokens"] > 10
    lines = [json.loads(line) for line in (tmp_path / "out" / "summaries.jsonl").read_text().splitlines()]
    assert {line["envelope"]["engine"] for line in lines} == {"llm"}


@pytest.mark.parametrize("mode, reason", [
    ("garbage", "ModelOutputInvalid: the answer did not fit the schema after a second try"),
    ("429", "ModelUnavailable: rate limited by"),
    ("500", "ModelUnavailable: http://127.0.0.1"),
])  # fmt: skip
def test_an_unusable_answer_falls_back_to_the_extractive_summary(releases, tmp_path, mode, reason):
    with FakeOpenAI(mode=mode, only="ImmunoGen") as fake:
        state = run(releases, tmp_path / "out", fake, concurrency=4, workers=1, model_retries=int(mode == "429"))
    immunogen = state["immunogen_q2-fy2006_8k.txt"]
    assert immunogen["status"] == "summarised" and immunogen["engine"] == "extractive"
    assert immunogen["fallback"].startswith(reason)
    assert {row["engine"] for name, row in state.items() if name != "immunogen_q2-fy2006_8k.txt"} == {"llm"}
    out = tmp_path / "out"
    line = next(json.loads(row) for row in (out / "summaries.jsonl").read_text().splitlines() if json.loads(row)["key"] == immunogen["key"])
    assert line["fallback"] == immunogen["fallback"] and line["envelope"]["engine"] == "extractive"
    # the envelope says so too, and what the failed calls cost: answers that came back were paid for
    envelope = json.loads((tmp_path / "out" / f"{immunogen['key']}.json").read_text())
    assert (envelope["model"], envelope["fallback_reason"]) == ("fake-model", immunogen["fallback"])
    answered = ["chunk", "reask"] if mode == "garbage" else []  # an error status is no answer
    assert [call["purpose"] for call in envelope["usage"]["per_call"]] == answered
    assert envelope["usage"]["calls"] == len(answered) and (immunogen["prompt_tokens"] > 1000) is bool(answered)
    metric = line["envelope"]["summary"]["metrics"][0]  # the extractive summary: total revenues 6,587 thousand
    assert (metric["metric"], metric["value"]["value"], metric["value"]["scale"]) == ("revenue", "6587", "thousands")
    assert "could not be used" in (out / f"{immunogen['key']}.md").read_text()
    if mode != "garbage":  # the server was asked again before the batch gave up: the client's retries and
        # output-mode negotiation (a 500 may be a server refusing a mode), and the batch's own
        assert fake.calls >= 3 + 3 * (1 + int(mode == "429"))


def test_the_engine_looks_up_its_client_where_the_batch_bounds_it():
    # the batch holds each model call (and --openai-batch captures and replays it) through this name
    import summarizer.llm
    import summarizer.llm_engine

    assert issubclass(summarizer.llm_engine.ModelClient, summarizer.llm.ModelClient)
