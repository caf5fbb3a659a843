"""Turns at the interpreter (``batch.turns``) and the order the model's filings are worked in."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from corpus import DATA

from summarizer.batch.runner import _model_order
from summarizer.batch.sources import expand_sources
from summarizer.batch.turns import Turns


def test_turns_are_taken_in_the_order_asked():
    turns, order = Turns(), []
    turns.acquire()  # held while the others line up, so the line is what the test made it
    threads = []
    for number in range(5):
        thread = threading.Thread(target=lambda n=number: (turns.acquire(), order.append(n), turns.release()))
        thread.start()
        threads.append(thread)
        while len(turns._line) < number + 1:  # this one is in line before the next asks
            time.sleep(0.001)
    turns.release()
    for thread in threads:
        thread.join(5)
    assert order == [0, 1, 2, 3, 4]


def test_a_waiting_thread_gives_its_turn_to_the_next_and_takes_one_again():
    turns, events = Turns(), []
    answered = threading.Event()

    def filing(name: str, waits: bool) -> None:
        with turns.turn():
            events.append(f"{name} computes")
            if waits:
                with turns.wait():  # the model call: another filing computes meanwhile
                    answered.wait(5)
                events.append(f"{name} computes again")

    first = threading.Thread(target=filing, args=("first", True))
    first.start()
    while "first computes" not in events:
        time.sleep(0.001)
    second = threading.Thread(target=filing, args=("second", False))
    second.start()
    second.join(5)  # it ran while the first waited, not after it
    assert not second.is_alive() and events == ["first computes", "second computes"]
    answered.set()
    first.join(5)
    assert events[-1] == "first computes again" and not turns.held()


def test_waiting_without_a_turn_is_a_plain_block_and_only_the_holder_releases():
    turns = Turns()
    with turns.wait():  # a thread that holds no turn (a caller outside the batch's workers)
        assert not turns.held()
    with pytest.raises(RuntimeError, match="does not hold"):
        turns.release()


def test_the_smallest_filings_go_first_and_remote_ones_after(tmp_path):
    names = ["sears_q2-2004.txt", "immunogen_q2-fy2006_8k.txt", "buckle_q3-fy2024.html", "mcdonalds_q2-2026_text.txt"]
    items = expand_sources([str(DATA / name) for name in names], None)
    size = {name: (DATA / name).stat().st_size for name in names}
    remote = replace(items[0], key="0000950123-09-000001", location="https://www.sec.gov/Archives/x.txt", remote=True)
    ordered = [Path(item.location).name for item in _model_order([remote, *items])]
    assert ordered == [*sorted(names, key=size.get), "x.txt"]
    assert ordered != [*names, "x.txt"]  # the order is the sizes', not the one given


def test_the_ray_actors_work_runs_without_ray_and_in_turns():
    import json
    from dataclasses import asdict

    from summarizer.batch.ray_executor import FilingMapper
    from summarizer.batch.work import Settings

    items = expand_sources([str(DATA / "immunogen_q2-fy2006_8k.txt"), str(DATA / "sears_q2-2004.txt")], None)
    mapper = FilingMapper(asdict(Settings(engine="extractive")), per_worker=2, user_agent=None, edgar_base_url=None,
                          edgar_rate=5, fetch_timeout=5, fetch_retries=0)  # fmt: skip
    out = mapper({"item": [json.dumps(asdict(item)) for item in items]})
    outcomes = [json.loads(text) for text in out["outcome"]]
    assert out["key"] == [item.key for item in items] and [o["status"] for o in outcomes] == ["summarised"] * 2
    assert outcomes[1]["info"]["accession"] == "0000891092-04-003383" and not mapper.limits.turns.held()
