from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
from corpus import DATA

from summarizer.cli import main
from summarizer.resources import load_schema


def test_figures_table_lists_the_revenue_cell(capsys):
    assert main(["figures", str(DATA / "immunogen_q2-fy2006_8k.txt")]) == 0
    out = capsys.readouterr().out
    line = next(row for row in out.splitlines() if "Total revenues" in row)
    assert "6,587" in line and "6587000" in line and "currency" in line


def test_figures_json_conforms_to_its_schema(capsys):
    assert main(["figures", str(DATA / "buckle_q3-fy2024.html"), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    jsonschema.validate(payload, load_schema("figures.schema.json"))
    sales = next(f for f in payload["figures"] if f["row"] == "SALES, Net of returns and allowances")
    assert (sales["text"], sales["value"], sales["decimals"]) == ("$293,618", "293618000", -3)
    assert payload["document"]["document_type"] == "EX-99.1"


@pytest.mark.parametrize("name", ["buckle_q3-fy2024.html", "mcdonalds_q2-2026_text.txt", "apple_q1-fy2011.txt"])
def test_figures_reports_the_table_checks_of_the_whole_reading(capsys, name):
    """figures reads the table cells' facts only; their checks are those of the full index."""
    from corpus import document

    from summarizer.facts import FactIndex

    assert main(["figures", str(DATA / name), "--format", "json"]) == 0
    shown = {t["index"]: t["check"] for t in json.loads(capsys.readouterr().out)["tables"] if t["check"]["status"] != "unchecked"}
    full = FactIndex(document(name)).table_checks
    assert shown and shown == {i: {"status": c.status, "passed": c.passed, "failures": list(c.failures)} for i, c in full.items()}


@pytest.mark.parametrize(
    "content, code, message",
    [
        (b"", 1, "is empty"),
        (b"\x00\x01\x02" * 100, 1, "is a binary file"),
    ],
)
def test_bad_input_exits_1_with_one_line(tmp_path, capsys, content, code, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert main(["figures", str(path)]) == code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_unknown_document_is_a_usage_error(capsys):
    assert main(["figures", str(DATA / "sears_q2-2004.txt"), "--document", "EX-99.9"]) == 2
    assert "no document 'EX-99.9'" in capsys.readouterr().err


def test_console_script_reads_stdin_and_uses_exit_codes():
    release = (DATA / "mcdonalds_q2-2026_text.txt").read_bytes()
    done = subprocess.run([sys.executable, "-m", "summarizer.cli", "figures", "-"], input=release, capture_output=True)
    assert done.returncode == 0 and b"7,099" in done.stdout and done.stderr == b""
    usage = subprocess.run([sys.executable, "-m", "summarizer.cli", "figures"], capture_output=True)
    assert usage.returncode == 2 and b"usage:" in usage.stderr
