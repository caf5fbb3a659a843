"""``--executor ray`` on a local Ray: the same outputs and the same resumption as the local executor.

Opt-in (``-m ray``): starting Ray takes longer than the rest of the batch tests together.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from corpus import DATA

from summarizer.cli import main

pytestmark = pytest.mark.ray
pytest.importorskip("ray")


def test_ray_writes_the_same_outputs_and_resumes(tmp_path, monkeypatch):
    for name in ("SUMMARIZER_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "RAY_ADDRESS"):
        monkeypatch.delenv(name, raising=False)
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for name in ("immunogen_q2-fy2006_8k.txt", "sears_q2-2004.txt"):
        shutil.copy(DATA / name, folder / name)
    assert main(["batch", str(folder), "--out", str(out), "--executor", "ray", "--workers", "2"]) == 0
    shutil.copy(DATA / "buckle_q3-fy2024.html", folder / "buckle_q3-fy2024.html")
    (folder / "empty.txt").write_bytes(b"")
    assert main(["batch", str(folder), "--out", str(out), "--executor", "ray", "--workers", "2"]) == 1
    with sqlite3.connect(out / "state.sqlite") as db:
        state = {Path(loc).name: (status, attempts, reason) for loc, status, attempts, reason in
                 db.execute("SELECT location, status, attempts, reason FROM filings")}  # fmt: skip
    assert state["immunogen_q2-fy2006_8k.txt"] == ("summarised", 1, None)  # not done again
    assert state["sears_q2-2004.txt"] == ("summarised", 1, None)
    assert state["buckle_q3-fy2024.html"] == ("summarised", 1, None)
    assert state["empty.txt"][:2] == ("failed", 1) and "is empty" in state["empty.txt"][2]
    lines = [json.loads(line) for line in (out / "summaries.jsonl").read_text().splitlines()]
    assert len(lines) == 3 and len({line["key"] for line in lines}) == 3
    sears = next(line for line in lines if line["key"] == "0000891092-04-003383")
    revenue = next(m for m in sears["envelope"]["summary"]["metrics"] if m["metric"] == "revenue")
    assert (revenue["value"]["value"], revenue["value"]["scale"]) == ("8781", "millions")
    assert (out / "0000891092-04-003383.md").exists() and (out / "metrics.csv").read_text().count("\n") == 5
