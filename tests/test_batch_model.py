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
    import summarizer.engines.llm
    import summarizer.engines.llm_engine

    assert issubclass(summarizer.engines.llm_engine.ModelClient, summarizer.engines.llm.ModelClient)


@pytest.mark.parametrize("stop", ["kill -9", "ctrl-c"])
def test_a_stop_during_model_calls_loses_nothing_and_duplicates_nothing(tmp_path, stop):
    """The kill and Ctrl-C tests of tests/test_batch.py, with the model's calls in flight on the workers' threads."""
    import os
    import signal
    import subprocess
    import sys
    import time

    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    names = sorted(p.name for p in DATA.iterdir() if p.suffix in (".txt", ".html"))
    for name in names:
        shutil.copy(DATA / name, folder / name)
    with FakeOpenAI(latency=0.4) as fake:
        env = {**{k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))},
               "SUMMARIZER_MODEL": "fake-model", "OPENAI_BASE_URL": fake.url}  # fmt: skip
        # one worker of three calls at a time: the calls in flight when it is stopped (at most three, of filings past the
        # two or more already done) leave some of the nine undone; two workers had six in flight, and a first wave of
        # six done at once before the stop left none
        batch = subprocess.Popen([sys.executable, "-m", "summarizer.cli", "batch", str(folder), "--out", str(out),
                                  "--workers", "1", "--concurrency", "3"], env=env, start_new_session=True,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
        log, deadline = out / "summaries.jsonl", time.monotonic() + 60
        while time.monotonic() < deadline and batch.poll() is None:
            if log.exists() and log.read_bytes().count(b"\n") >= 2 and fake.in_flight:
                break
            time.sleep(0.005)
        assert batch.poll() is None, "the batch ended before it could be stopped"
        os.killpg(batch.pid, signal.SIGKILL if stop == "kill -9" else signal.SIGINT)  # the coordinator and its workers
        _, err = batch.communicate(timeout=60)
        if stop == "ctrl-c":  # the calls in flight were answered and recorded, nothing more was started
            assert batch.returncode == 130 and "stopping: the" in err and "Traceback" not in err
            with sqlite3.connect(out / "state.sqlite") as db:
                assert db.execute("SELECT COUNT(*) FROM filings WHERE status = 'queued' AND attempts > 0").fetchone() == (0,)
        done_before = len(log.read_text().splitlines())
        assert 2 <= done_before < len(names)
        run_batch([str(folder)], BatchOptions(out=out, env=env, concurrency=3, workers=2))
    with sqlite3.connect(out / "state.sqlite") as db:
        state = {key: (status, engine, attempts) for key, status, engine, attempts in
                 db.execute("SELECT key, status, engine, attempts FROM filings")}  # fmt: skip
    assert len(state) == len(names) and {(s, e) for s, e, _ in state.values()} == {("summarised", "llm")}
    assert sum(attempts == 1 for _, _, attempts in state.values()) >= done_before  # what was done was not redone
    keys = [json.loads(line)["key"] for line in log.read_text().splitlines()]
    assert sorted(keys) == sorted(state)  # each filing once
    assert (out / "metrics.csv").read_text().count("\n") == len(names) + 1
    assert all((out / f"{key}.json").exists() and (out / f"{key}.md").exists() for key in state)
    assert not list(out.glob(".*.partial"))


def test_the_batchs_own_environment_reaches_its_workers(releases, tmp_path, monkeypatch):
    # the timeout is in the batch's environment only, not in this process's: the workers still keep to it
    monkeypatch.delenv("SUMMARIZER_TIMEOUT", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-not-the-batchs")
    for name in NAMES[1:]:
        (releases / name).unlink()
    with FakeOpenAI(latency=1.5) as fake:
        env = {"SUMMARIZER_MODEL": "fake-model", "OPENAI_BASE_URL": fake.url, "SUMMARIZER_TIMEOUT": "0.3"}
        run_batch([str(releases)], BatchOptions(out=tmp_path / "out", env=env, model_retries=0))
    with sqlite3.connect(tmp_path / "out" / "state.sqlite") as db:
        (engine, fallback), = db.execute("SELECT engine, fallback FROM filings")
    assert engine == "extractive" and fallback.startswith("ModelUnavailable: ") and "did not answer within 0.3 s" in fallback
