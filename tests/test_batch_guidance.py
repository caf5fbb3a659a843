"""Guidance against the issuer's last release in the state: raised, lowered or kept, citing both."""

from __future__ import annotations

import copy
import json
import shutil

import pytest
from corpus import DATA, document

from summarizer.batch.guidance import compare_guidance, guidance_markdown, previous_release
from summarizer.cli import main
from summarizer.pipeline import summarize_document

APPLE_2011, APPLE_2012 = "0001193125-11-009392", "0001193125-12-312355"


@pytest.fixture(scope="module")
def nvidia() -> dict:
    envelope, _ = summarize_document(document("nvidia_q4-fy2026.txt"), engine="extractive")
    return json.loads(envelope.model_dump_json())


@pytest.mark.parametrize("earlier_value, direction", [("65.0", "raised"), ("78.0", "kept"), ("80.0", "lowered")])
def test_each_outlook_is_compared_with_the_same_metric_and_period(nvidia, earlier_value, direction):
    # NVIDIA's real outlook (revenue, first quarter of fiscal 2027: $78.0 billion) against an earlier envelope that is the
    # same one with that figure changed: no issuer in the corpus gives an outlook for one period twice
    earlier = copy.deepcopy(nvidia)
    revenue = next(g for g in earlier["summary"]["guidance"] if g["metric"] == "revenue")
    revenue["low"]["value"] = revenue["high"]["value"] = earlier_value
    earlier["summary"]["period"]["period_end"] = "2025-10-26"
    changes = compare_guidance(earlier, "earlier-key", nvidia, "nvidia-key")
    change = next(c for c in changes if c.metric == "revenue")
    assert (change.period, change.direction, change.unit) == ("first quarter of fiscal 2027", direction, "currency")
    assert (change.previous_midpoint, change.current_midpoint) == (str(int(float(earlier_value) * 1e9)), "78000000000")
    assert {c.direction for c in changes if c.metric != "revenue"} == {"kept"}
    text = document("nvidia_q4-fy2026.txt").text
    for side in (change.previous, change.current):
        citation = side["citations"][0]
        assert text[citation["start"]:citation["end"]] == citation["quote"] and "$78.0 billion" in citation["quote"]
    assert change.previous["key"] == "earlier-key" and change.current["key"] == "nvidia-key"
    note = guidance_markdown(changes)
    assert f"**revenue, first quarter of fiscal 2027: {direction}**" in note and "[earlier-key " in note and "[nvidia-key " in note
    assert previous_release(nvidia, [("earlier-key", earlier), ("later", nvidia)])[0] == "earlier-key"


def test_the_batch_finds_the_issuers_last_release_by_cik(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(DATA / "apple_q1-fy2011.txt", folder / "a.txt")
    out = tmp_path / "out"
    assert main(["batch", str(folder / "a.txt"), str(DATA / "edgar" / "apple_q3-fy2012.txt"), "--out", str(out)]) == 0
    lines = {line["key"]: line for line in map(json.loads, (out / "summaries.jsonl").read_text().splitlines())}
    assert lines[APPLE_2011]["previous_release"] is None
    assert lines[APPLE_2012]["previous_release"] == APPLE_2011
    # Apple's Q1 FY2011 outlook was for its second quarter; the Q3 FY2012 release gives none: nothing to compare
    assert lines[APPLE_2012]["guidance_changes"] == []
