from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from corpus import DATA, document

from summarizer.cli import main
from summarizer.pipeline import engine_note, summarize_document
from summarizer.render.html_page import review_page
from summarizer.render.slack import MAX_BLOCKS, MAX_HEADER, MAX_SECTION, slack_message
from summarizer.summary.model import Update

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
_CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


@pytest.fixture(scope="module")
def nvidia():
    doc = document("nvidia_q4-fy2026.txt")
    envelope, report = summarize_document(doc, engine="extractive")
    return doc, envelope, report


def _all_texts(blocks):
    for block in blocks:
        if "text" in block:
            yield block["type"], block["text"]["text"]
        for element in block.get("elements", []):
            yield block["type"], element["text"]


def test_slack_message_keeps_slacks_limits_and_escapes(nvidia):
    doc, envelope, report = nvidia
    noisy = envelope.summary.model_copy(update={"business_update": [
        Update(topic="R&D <lab>", text=f"Item {n}: margins > 70% & rising. " + "x" * 400, citations=[]) for n in range(60)
    ]})  # fmt: skip
    message = slack_message(envelope.model_copy(update={"summary": noisy}), report, engine_note="note")
    assert len(message["blocks"]) <= MAX_BLOCKS
    assert message["text"] and message["blocks"][-1]["type"] == "context"
    for kind, text in _all_texts(message["blocks"]):
        assert len(text) <= (MAX_HEADER if kind == "header" else MAX_SECTION)
    body = json.dumps(message)
    assert "R&amp;D &lt;lab&gt;" in body and "margins &gt; 70% &amp; rising" in body and "<lab>" not in body


def test_slack_marks_unverified_numbers(nvidia):
    doc, envelope, report = nvidia
    wrong = envelope.summary.metrics[0].model_copy(update={"value": envelope.summary.metrics[0].value.model_copy(update={"value": "61127"})})
    summary = envelope.summary.model_copy(update={"metrics": [wrong]})
    from summarizer.summary.model import verify_summary

    checked = verify_summary(summary, doc)
    text = json.dumps(slack_message(envelope.model_copy(update={"summary": summary}), checked), ensure_ascii=False)
    assert "$61.1 billion :warning: _unsupported_" in text


def test_review_page_marks_every_cited_span(nvidia):
    doc, envelope, report = nvidia
    page = review_page(envelope, report, doc.text, engine_note=engine_note("extractive", None))
    marks = re.findall(r'<mark class="(\w+)" id="cite-(\d+)"', page)
    citations = {(c.start, c.end) for item in (envelope.summary.headline, *envelope.summary.metrics) for c in item.citations}
    assert len(marks) >= len(citations)
    assert {status for status, _ in marks} <= {"verified", "cited", "misattributed", "context_mismatch", "unsupported"}
    revenue_row = next(m for m in re.finditer(r'<mark class="(\w+)"[^>]*>Revenue\t\$68,127', page))
    assert revenue_row.group(1) == "verified"
    for target in re.findall(r'data-cite="(\d+)"', page):
        assert f'id="cite-{target}"' in page
    assert "<script>" in page and not re.search(r"<(?:script|link|img)\b[^>]*\b(?:src|href)=", page), "self-contained"


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine (.ci/run installs Debian's chromium)")
def test_review_page_in_a_real_browser(nvidia, tmp_path):
    doc, envelope, report = nvidia
    page = review_page(envelope, report, doc.text)
    probe = """<script>
    window.addEventListener('load', function () {
      var before = document.getElementById('source').scrollTop;
      var claims = document.querySelectorAll('[data-cite]');
      var claim = claims[claims.length - 1];
      claim.click();
      var mark = document.getElementById('cite-' + claim.getAttribute('data-cite'));
      var box = mark.getBoundingClientRect(), pane = document.getElementById('source').getBoundingClientRect();
      document.body.setAttribute('data-probe', JSON.stringify({
        marks: document.querySelectorAll('mark').length, before: before,
        after: document.getElementById('source').scrollTop,
        visible: box.top >= pane.top && box.bottom <= pane.bottom, flashed: mark.classList.contains('flash')}));
    });</script></body>"""
    path = tmp_path / "review.html"
    path.write_text(page.replace("</body>", probe), encoding="utf-8")
    profile = tmp_path / "profile"
    done = subprocess.run(
        [CHROMIUM, *_CHROME_FLAGS, f"--user-data-dir={profile}", "--window-size=1400,900", "--virtual-time-budget=3000",
         "--dump-dom", path.as_uri()], capture_output=True, text=True, timeout=120)  # fmt: skip
    found = re.search(r'data-probe="([^"]+)"', done.stdout)
    assert found, done.stderr[-500:]
    probe_result = json.loads(found.group(1).replace("&quot;", '"'))
    assert probe_result["marks"] >= 10
    assert probe_result["after"] > probe_result["before"], "clicking a claim scrolls the source"
    assert probe_result["visible"] and probe_result["flashed"]
    shot = tmp_path / "review.png"
    subprocess.run([CHROMIUM, *_CHROME_FLAGS, f"--user-data-dir={profile}", "--window-size=1400,900",
                    f"--screenshot={shot}", path.as_uri()], capture_output=True, timeout=120)  # fmt: skip
    assert shot.stat().st_size > 20_000


@pytest.mark.parametrize("kind", ["slack", "html"])
def test_summarize_formats_from_the_command_line(kind, tmp_path, capsys):
    target = tmp_path / f"out.{kind}"
    assert main(["summarize", str(DATA / "immunogen_q2-fy2006_8k.txt"), "--format", kind, "-o", str(target)]) == 0
    written = target.read_text(encoding="utf-8")
    if kind == "slack":
        assert json.loads(written)["blocks"][0]["type"] == "header"
    else:
        assert written.startswith("<!doctype html>") and "<mark" in written


def test_help_lists_the_commands_without_importing_the_heavy_modules():
    import sys

    probe = "import sys, summarizer.cli as c; c.build_parser(); print(sorted(m for m in ('openai', 'lxml', 'tiktoken', 'pydantic') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", "heavy modules are imported lazily"
    shown = subprocess.run([sys.executable, "-m", "summarizer.cli", "--help"], capture_output=True, text=True)
    assert shown.returncode == 0 and all(word in shown.stdout for word in ("summarize", "figures", "verify"))


def test_an_extractive_summary_imports_no_heavy_module():
    """``summarizer summarize`` with the extractive engine (the default without a model) runs
    without pydantic, jsonschema, openai or tiktoken: they were most of its start-up."""
    import sys

    probe = ("import sys, contextlib, io; from summarizer.cli import main\n"
             "with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(io.StringIO()):\n"
             f"    code = main(['summarize', {str(DATA / 'short' / 'mcdonalds_q2-2026_highlights.txt')!r}])\n"
             "print(code, out.getvalue()[:1], sorted(m for m in ('openai', 'tiktoken', 'pydantic', 'jsonschema') if m in sys.modules))")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert done.stdout.strip() == "0 # []", done.stdout + done.stderr
