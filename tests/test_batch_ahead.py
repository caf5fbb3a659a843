"""A filing's first model request sent ahead of its long work (``batch.calls``), and the turns that put it first."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from corpus import DATA
from fake_openai import FakeOpenAI

import summarizer.engines.llm_engine
import summarizer.pipeline
from summarizer.batch import calls
from summarizer.batch.sources import expand_sources
from summarizer.batch.turns import ANSWERED, FIRST, WORK, Turns
from summarizer.batch.work import Limits, Prepared, Settings, finish, prepare

NAME = "immunogen_q2-fy2006_8k.txt"


@pytest.fixture
def model(monkeypatch):
    """A fake server with the model's variables set for this process, and the engine's client put back after."""
    for name in ("ModelClient", "segments", "chunk_segments"):  # the names the batch replaces
        monkeypatch.setattr(summarizer.engines.llm_engine, name, getattr(summarizer.engines.llm_engine, name))
    with FakeOpenAI(latency=1.0) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        yield fake, Settings(engine="auto", model="fake-model", uses_model=True)


def test_the_first_request_leaves_before_the_figures_are_read_and_only_once(model, monkeypatch):
    fake, settings = model
    read_at: list[float] = []
    reading, cutting = summarizer.pipeline.FactIndex.of, summarizer.engines.llm_engine.segments
    monkeypatch.setattr(summarizer.pipeline.FactIndex, "of", lambda document: read_at.append(time.monotonic()) or reading(document))
    cut: list[object] = []
    monkeypatch.setattr(summarizer.engines.llm_engine, "segments", lambda document: cut.append(document) or cutting(document))
    item = expand_sources([str(DATA / NAME)], None)[0]
    prepared = prepare(item, settings, Limits(model_slots=threading.BoundedSemaphore(1)))
    assert isinstance(prepared, Prepared) and prepared.sent_ahead
    deadline = time.monotonic() + 10
    while not fake.arrivals and time.monotonic() < deadline:
        time.sleep(0.01)
    assert fake.arrivals and not read_at  # the call reached the server before the figures were read
    outcome = finish(prepared, settings, Limits(model_slots=threading.BoundedSemaphore(1)))
    assert (outcome.status, outcome.engine, outcome.fallback) == ("summarised", "llm", None)
    assert fake.calls == 1 and len(read_at) == 1  # the engine was given that call's answer, not asking again
    assert cut == [prepared.document]  # and the segments the capture cut, not cutting them again
    assert outcome.prompt_tokens > 1000 and outcome.completion_tokens > 10  # its answer is the one the summary used


def test_a_request_sent_ahead_that_the_engine_does_not_make_is_withdrawn(model):
    fake, settings = model
    slots = threading.BoundedSemaphore(1)
    slots.acquire()  # every slot taken: the request waits for one
    item = expand_sources([str(DATA / NAME)], None)[0]
    prepared = prepare(item, settings, Limits(model_slots=slots))
    assert isinstance(prepared, Prepared) and prepared.sent_ahead
    calls.forget()  # the filing ended before its engine asked (as ``finish`` does whatever happened)
    slots.release()
    time.sleep(0.3)
    assert fake.calls == 0 and slots.acquire(timeout=1)  # never sent, and its slot given back


def test_the_most_urgent_turn_goes_first_then_the_earliest():
    turns, order = Turns(), []
    turns.acquire()
    threads = []
    for name, urgency in [("work 1", WORK), ("first", FIRST), ("work 2", WORK), ("answered", ANSWERED)]:
        thread = threading.Thread(target=lambda n=name, u=urgency: (turns.acquire(u), order.append(n), turns.release()))
        thread.start()
        threads.append(thread)
        while len(turns._line) < len(threads):
            time.sleep(0.001)
    turns.release()
    for thread in threads:
        thread.join(5)
    assert order == ["first", "answered", "work 1", "work 2"]


def test_a_thread_back_from_its_wait_queues_with_the_urgency_it_asks_for():
    turns, order = Turns(), []
    waiting, answered = threading.Event(), threading.Event()

    def filing() -> None:
        with turns.turn(FIRST):
            with turns.wait(then=ANSWERED):
                waiting.set()
                answered.wait(5)
            order.append("answered")

    first = threading.Thread(target=filing)
    first.start()
    assert waiting.wait(5)
    turns.acquire()  # the test computes while the filing waits; a long job lines up behind it
    worker = threading.Thread(target=lambda: (turns.acquire(WORK), order.append("work"), turns.release()))
    worker.start()
    while len(turns._line) < 1:
        time.sleep(0.001)
    answered.set()
    while len(turns._line) < 2:
        time.sleep(0.001)
    turns.release()
    for thread in (first, worker):
        thread.join(5)
    assert order == ["answered", "work"]  # back in line after the long job, served before it


def test_the_command_takes_the_shared_engine_options(tmp_path, monkeypatch):
    from summarizer.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / NAME).write_bytes((DATA / NAME).read_bytes())
    with FakeOpenAI(mode="garbage") as fake:
        for name, value in {"SUMMARIZER_MODEL": "fake-model", "OPENAI_BASE_URL": fake.url, "OPENAI_API_KEY": "sk-test"}.items():
            monkeypatch.setenv(name, value)
        code = main(["batch", str(folder), "--out", str(tmp_path / "out"), "--fallback", "none", "--timeout", "30"])
    assert code == 1  # no extractive summary wanted: the filing failed, and the next run asks again
    with sqlite3.connect(tmp_path / "out" / "state.sqlite") as db:
        (status, reason, engine), = db.execute("SELECT status, reason, engine FROM filings")
    assert status == "failed" and reason.startswith("the answer did not fit the schema after a second try") and not engine
    assert not (tmp_path / "out" / "summaries.jsonl").read_text()


def test_a_ray_actor_sends_its_filings_first_requests_ahead_too(model, monkeypatch):
    import json
    import os
    from dataclasses import asdict, replace

    from summarizer.batch.ray_executor import FilingMapper
    from summarizer.batch.work import model_env

    fake, settings = model
    wanted = {"SUMMARIZER_MODEL": "fake-model", "OPENAI_BASE_URL": fake.url, "OPENAI_API_KEY": "sk-test"}
    for name, value in [*os.environ.items(), *wanted.items()]:  # the actor makes the batch's model variables its
        if name.startswith(("SUMMARIZER_", "OPENAI_", "AZURE_OPENAI_")):  # process's own: all put back after the test
            monkeypatch.setenv(name, value)
    settings = replace(settings, model_env=model_env(wanted))
    items = expand_sources([str(DATA / NAME), str(DATA / "sears_q2-2004.txt")], None)
    mapper = FilingMapper(asdict(settings), per_worker=2, user_agent=None, edgar_base_url=None, edgar_rate=5,
                          fetch_timeout=5, fetch_retries=0)  # fmt: skip
    outcomes = [json.loads(text) for text in mapper({"item": [json.dumps(asdict(item)) for item in items]})["outcome"]]
    assert [(o["status"], o["engine"]) for o in outcomes] == [("summarised", "llm")] * 2
    assert fake.calls == 2 and fake.most_in_flight == 2  # both out together, one call each
