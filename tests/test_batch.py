"""``summarizer batch`` over local folders and lists: state, outputs, resumption, bad input, kill -9."""

from __future__ import annotations

import csv
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

from summarizer.batch.outputs import SummaryLog
from summarizer.batch.state import State
from summarizer.cli import main
from summarizer.summary.model import summary_validator

IMMUNOGEN, SEARS, BUCKLE = "immunogen_q2-fy2006_8k.txt", "sears_q2-2004.txt", "buckle_q3-fy2024.html"
SEARS_ACCESSION = "0000891092-04-003383"
RELEASES = sorted(p.name for p in DATA.iterdir() if p.is_file() and p.name != "README.md")


@pytest.fixture(autouse=True)
def _no_model(monkeypatch):
    for name in ("SUMMARIZER_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "SEC_USER_AGENT", "EDGAR_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def folder_of(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "releases"
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(DATA / name, folder / name)
    return folder


def rows(out: Path) -> dict[str, dict]:
    with sqlite3.connect(out / "state.sqlite") as db:
        db.row_factory = sqlite3.Row
        return {r["key"]: dict(r) for r in db.execute("SELECT * FROM filings")}


def log_keys(out: Path) -> list[str]:
    return [json.loads(line)["key"] for line in (out / "summaries.jsonl").read_text().splitlines()]


def metrics(out: Path) -> dict[str, dict]:
    with (out / "metrics.csv").open() as handle:
        return {row["key"]: row for row in csv.DictReader(handle)}


def test_folder_batch_writes_every_output_and_the_state(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["batch", str(folder_of(tmp_path, [IMMUNOGEN, SEARS, BUCKLE])), "--out", str(out), "--html"]) == 0
    state = rows(out)
    assert {r["status"] for r in state.values()} == {"summarised"} and len(state) == 3
    # the EDGAR submission is keyed by its accession number, the others by the sha256 of their bytes
    immunogen_key = next(k for k, r in state.items() if r["location"].endswith(IMMUNOGEN))
    assert len(immunogen_key) == 64 and SEARS_ACCESSION in state
    sears = state[SEARS_ACCESSION]
    assert (sears["company"], sears["cik"], sears["form_type"], sears["filed"]) == ("SEARS ROEBUCK & CO", "319256", "8-K", "2004-07-22")
    assert sears["attempts"] == 1 and sears["engine"] == "extractive" and sears["seconds"] > 0
    # metrics.csv: ImmunoGen's total revenues 6,587 vs 9,047 thousand, net loss (3,502) vs (2,209)
    row = metrics(out)[immunogen_key]
    assert (row["revenue"], row["revenue_prior"], row["net_income"], row["net_income_prior"]) == ("6587000", "9047000", "-3502000", "-2209000")
    assert row["period_end"] == "2005-12-31" and row["numbers_not_supported"] == "0" and int(row["numbers_checked"]) > 0
    assert metrics(out)[SEARS_ACCESSION]["accession"] == SEARS_ACCESSION
    # one envelope per filing in the log, valid against the schema; per-filing files
    lines = [json.loads(line) for line in (out / "summaries.jsonl").read_text().splitlines()]
    assert sorted(line["key"] for line in lines) == sorted(state)
    for line in lines:
        summary_validator().validate(line["envelope"])
        assert line["fallback"] is None
        assert json.loads((out / f"{line['key']}.json").read_text()) == line["envelope"]
        assert (out / f"{line['key']}.md").read_text().startswith("#")
        assert "<html" in (out / f"{line['key']}.html").read_text()[:500].lower()
    assert "[3/3]" in capsys.readouterr().err  # plain progress lines when stderr is not a terminal


def test_bad_input_is_recorded_and_the_batch_goes_on(tmp_path, capsys):
    folder = folder_of(tmp_path, [IMMUNOGEN])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.pdf").write_bytes(b"%PDF-1.4\x00\x01\x02" * 50)
    listing = tmp_path / "list.txt"
    listing.write_text(f"# releases\n{folder / IMMUNOGEN}\nreleases/missing.txt\n")
    out = tmp_path / "out"
    assert main(["batch", str(folder), str(listing), "--out", str(out)]) == 1  # some failed
    state = rows(out)
    reasons = {Path(r["location"]).name: (r["status"], r["reason"]) for r in state.values()}
    assert reasons[IMMUNOGEN] == ("summarised", None)  # listed twice, one key: done once
    assert reasons["empty.txt"][0] == "failed" and "is empty" in reasons["empty.txt"][1]
    assert reasons["binary.pdf"][0] == "failed" and "binary" in reasons["binary.pdf"][1]
    assert reasons["missing.txt"] == ("failed", f"{tmp_path / 'releases' / 'missing.txt'}: no such file")
    assert len(state) == 4 and log_keys(out) == [k for k, r in state.items() if r["status"] == "summarised"]
    assert metrics(out)[next(k for k, r in state.items() if r["location"].endswith("empty.txt"))]["status"] == "failed"
    # a re-run retries what failed and leaves what is done
    (folder / "empty.txt").write_text("ImmunoGen Reports Results. Total revenues were $6.6 million.\n")
    assert main(["batch", str(folder), str(listing), "--out", str(out)]) == 1
    again = rows(out)
    assert again[next(k for k, r in state.items() if r["location"].endswith(IMMUNOGEN))]["attempts"] == 1
    missing = next(r for r in again.values() if r["location"].endswith("missing.txt"))
    assert (missing["status"], missing["attempts"]) == ("failed", 2)
    assert "1 of 4 already done" in capsys.readouterr().err


def test_a_non_earnings_8k_is_skipped_with_its_reason(tmp_path):
    # Sears's real submission with its header's items and its 8-K's item 12 changed to another event
    text = (DATA / SEARS).read_text(encoding="latin-1")
    assert "Item 12. Results of Operations" in text
    text = text.replace("ITEM INFORMATION:\t\t\n", "ITEM INFORMATION:\t\tOther Events\n").replace(
        "Item 12. Results of Operations and Financial Condition", "Item 8.01. Other Events"
    )
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "other_event_8k.txt").write_text(text, encoding="latin-1")
    out = tmp_path / "out"
    assert main(["batch", str(folder), "--out", str(out)]) == 0
    row = rows(out)[SEARS_ACCESSION]
    assert row["status"] == "skipped"
    assert row["reason"] == "8-K without item 2.02 Results of Operations (items: Other Events; Financial statements and exhibits)"
    assert not (out / f"{SEARS_ACCESSION}.json").exists() and (out / "summaries.jsonl").read_text() == ""


def test_the_log_is_mended_from_the_state(tmp_path):
    out = tmp_path / "out"
    assert main(["batch", str(folder_of(tmp_path, [IMMUNOGEN, BUCKLE])), "--out", str(out)]) == 0
    first, second = (out / "summaries.jsonl").read_text().splitlines()
    # a kill after the state's commit and during the append: the line is torn
    (out / "summaries.jsonl").write_text(first + "\n" + second[:100])
    state = State(out / "state.sqlite")
    assert SummaryLog(out).reconcile(state) == 1
    state.close()
    assert (out / "summaries.jsonl").read_text().splitlines() == [first, second]


def _batch_process(folder: Path, out: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k not in ("SUMMARIZER_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL")}
    return subprocess.Popen(
        [sys.executable, "-m", "summarizer.cli", "batch", str(folder), "--out", str(out), "--workers", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True, env=env,
    )  # fmt: skip


@pytest.mark.parametrize("done_before_kill", [0, 3])
def test_kill_9_loses_nothing_and_duplicates_nothing(tmp_path, done_before_kill):
    folder, out = folder_of(tmp_path, RELEASES), tmp_path / "out"
    batch = _batch_process(folder, out)
    log = out / "summaries.jsonl"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and batch.poll() is None:
        if done_before_kill == 0 and (out / "state.sqlite").exists():
            break
        if log.exists() and log.read_bytes().count(b"\n") >= done_before_kill > 0:
            break
        time.sleep(0.01)
    assert batch.poll() is None, "the batch ended before it could be killed"
    os.killpg(batch.pid, signal.SIGKILL)  # the coordinator and its workers, mid-run
    batch.wait()
    assert main(["batch", str(folder), "--out", str(out), "--workers", "2"]) == 0
    state = rows(out)
    assert len(state) == len(RELEASES) and {r["status"] for r in state.values()} == {"summarised"}
    keys = log_keys(out)
    assert sorted(keys) == sorted(state) and len(keys) == len(set(keys))
    assert set(metrics(out)) == set(state)
    for key in state:
        assert json.loads((out / f"{key}.json").read_text())["document"]["sha256"]
    assert not list(out.glob(".*.partial"))


def test_ctrl_c_stops_cleanly_and_the_next_run_resumes(tmp_path):
    folder, out = folder_of(tmp_path, RELEASES), tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k not in ("SUMMARIZER_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL")}
    batch = subprocess.Popen([sys.executable, "-m", "summarizer.cli", "batch", str(folder), "--out", str(out)],
                             stderr=subprocess.PIPE, start_new_session=True, env=env, text=True)  # fmt: skip
    log = out / "summaries.jsonl"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (log.exists() and log.read_text().count("\n") >= 1):
        time.sleep(0.01)
    os.killpg(batch.pid, signal.SIGINT)  # what a terminal sends the whole foreground group
    _, err = batch.communicate(timeout=30)
    assert batch.returncode == 130 and "stopping: the" in err and "Traceback" not in err
    done = rows(out)
    summarised = [k for k, r in done.items() if r["status"] == "summarised"]
    assert 1 <= len(summarised) < len(RELEASES) and sorted(log_keys(out)) == sorted(summarised)
    assert main(["batch", str(folder), "--out", str(out)]) == 0
    assert sorted(log_keys(out)) == sorted(rows(out)) and len(rows(out)) == len(RELEASES)


def test_a_terminal_gets_a_bar_with_counts_rate_and_eta(tmp_path):
    import io

    from summarizer.batch import BatchOptions, run_batch

    folder, out = folder_of(tmp_path, [IMMUNOGEN, SEARS]), tmp_path / "out"
    (folder / "empty.txt").write_bytes(b"")
    stream = io.StringIO()
    result = run_batch([str(folder)], BatchOptions(out=out, engine="extractive", progress=True, env={}), stream=stream)
    assert result.this_run == {"summarised": 2, "failed": 1}
    bar = stream.getvalue().split("\r")[-1]  # tqdm redraws its line; the last drawing is the final state
    assert "3/3" in bar and "100%" in bar and "summarised=2" in bar and "failed=1" in bar
    assert "filing/s" in bar or "s/filing" in bar  # tqdm turns the rate round below one filing a second
    assert "[3/3]" not in stream.getvalue()  # no log lines beside the bar
    again = io.StringIO()
    run_batch([str(folder)], BatchOptions(out=out, engine="extractive", progress=True, env={}), stream=again)
    assert "summarizer: 2 of 3 already done" in again.getvalue()  # messages go above the bar


def test_a_part_written_file_of_a_killed_run_is_removed_and_a_live_ones_kept(tmp_path):
    from summarizer.batch.outputs import remove_stale_partials

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = tmp_path / f".abc.json.{gone.stdout.strip()}.partial"
    alive = tmp_path / f".abc.md.{os.getpid()}.partial"
    dead.write_text("{")
    alive.write_text("#")
    remove_stale_partials(tmp_path)
    assert not dead.exists() and alive.exists()
