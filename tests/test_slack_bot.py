"""The Slack bot end to end: the app on loopback, a local Slack Web API, a local EDGAR, real signed requests.

One app serves the whole module (starting it asks the fake Slack who the bot is); each test
sends real HTTP requests signed as Slack signs them and reads what the bot posted back.
"""

from __future__ import annotations

import io
import json
import logging
import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from edgar_server import EdgarStandIn
from slack_client import command_body, mention_body, post, signature
from slack_server import DATA, SlackStandIn

from summarizer.slack import EngineOptions, SlackSettings
from summarizer.slack.app import build_app
from summarizer.slack.server import SlackHTTPServer, bot_logger

TOKEN = "xoxb-1111111111-2222222222-AbCdEfGhIjKlMnOpQrStUvWx"
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
MCDONALDS = (DATA / "mcdonalds_q2-2026_text.txt").read_bytes()
HOSTILE = MCDONALDS.replace(b"\nMcDONALD'S REPORTS", b"\n<!channel> McDONALD'S <@U123> <!subteam^S0ANALYSTS> <#C0GENERAL> REPORTS")


class Bot:
    def __init__(self, slack: SlackStandIn, edgar: EdgarStandIn, url: str, bot, log: io.StringIO) -> None:
        self.slack, self.edgar, self.url, self.bot, self.log = slack, edgar, url, bot, log
        self._ts = 0

    def command(self, text: str, **kwargs) -> tuple[int, str, float]:
        return post(self.url, command_body(text, f"{self.slack.url}/response/{len(self.slack.calls)}", **kwargs), secret=SECRET)

    def mention(self, text: str, files: list[dict] | None = None, **kwargs) -> tuple[str, tuple[int, str, float]]:
        """Mention the bot; (the mention's ts, the HTTP answer)."""
        self._ts += 1
        ts = f"1700001000.{self._ts:06d}"
        body = mention_body(f"<@UBOT> {text}", event_id=f"Ev{self._ts:04d}", ts=ts, files=files, **kwargs)
        return ts, post(self.url, body, secret=SECRET, content_type="application/json")

    def file(self, name: str) -> dict:
        return {"id": "F0FILE", "name": name, "mimetype": "text/plain", "size": 1000,
                "url_private": f"{self.slack.url}/files-pri/{name}", "url_private_download": f"{self.slack.url}/files-pri/{name}"}  # fmt: skip

    def replies(self, since: int, count: int = 1, path: str = "/api/chat.postMessage") -> list[dict]:
        return [c.payload for c in self.slack.wait_for(path, count, since=since)]  # type: ignore[misc]


@pytest.fixture(autouse=True)
def _settled(request):
    """Each test starts when the work of the one before is done (its uploads would be read as this test's)."""
    yield
    if "bot" in request.fixturenames:
        assert request.getfixturevalue("bot").bot.drain(30)


@pytest.fixture(scope="module")
def bot():
    files = {"sears.txt": DATA / "sears_q2-2004.txt", "nvidia.txt": DATA / "nvidia_q4-fy2026.txt", "mcdonalds.txt": MCDONALDS,
             "hostile.txt": HOSTILE, "chart.png": b"\x89PNG\r\n\x1a\n" + bytes(200),
             "binary.txt": bytes(range(256)) * 8}  # fmt: skip
    with pytest.MonkeyPatch.context() as env, EdgarStandIn() as edgar, SlackStandIn(TOKEN, files) as slack:
        env.setenv("EDGAR_BASE_URL", edgar.url)
        env.setenv("SEC_USER_AGENT", "Summarizer Tests tests@example.com")
        for name in ("SUMMARIZER_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
            env.delenv(name, raising=False)
        settings = SlackSettings.from_env({
            "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": f"{slack.url}/api/",
            "SUMMARIZER_FETCH_ALLOW": f"127.0.0.1:{slack.port}",
        }, engine=EngineOptions(), per_user=100, per_channel=100)  # fmt: skip
        log = io.StringIO()
        app, bot = build_app(settings, logger=bot_logger(settings.secrets, log, logging.DEBUG))
        server = SlackHTTPServer(app, "127.0.0.1", 0).start()
        try:
            yield Bot(slack, edgar, f"http://127.0.0.1:{server.port}/slack/events", bot, log)
        finally:
            bot.drain(30)
            server.close()
            bot.pool.shutdown(wait=True)


def _texts(message: dict) -> list[str]:
    """Every text of a message that Slack reads as mrkdwn: the fallback and each section and context."""
    texts = [message.get("text", "")]
    for block in message.get("blocks", []):
        if block["type"] == "section":
            texts.append(block["text"]["text"])
        elif block["type"] == "context":
            texts += [element["text"] for element in block["elements"]]
    return texts


def _within_block_kit(message: dict) -> None:
    blocks = message["blocks"]
    assert len(blocks) <= 50
    for block in blocks:
        if block["type"] == "header":
            assert block["text"]["type"] == "plain_text" and len(block["text"]["text"]) <= 150
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
        if block["type"] == "context":
            assert len(block["elements"]) <= 10 and all(len(e["text"]) <= 3000 for e in block["elements"])


def _one_line(text: str) -> str:
    assert "\n" not in text and "Traceback" not in text and len(text) <= 400
    assert "<" not in text and ">" not in text  # escaped: nothing the user typed becomes a link or a mention
    return text


# ---------------------------------------------------------------------- the slash command


def test_summarize_a_ticker_posts_apples_latest_earnings_release_with_its_review_page(bot):
    since = len(bot.slack.calls)
    status, body, seconds = bot.command("aapl")
    assert (status, body) == (200, "Summarising the latest earnings release of AAPL…") and seconds < 3
    message = bot.replies(since)[0]
    assert message["channel"] == "C0EARNINGS" and message["unfurl_links"] is False
    assert message["blocks"][0]["text"]["text"] == "Apple: fiscal 2012 third quarter"
    figures = next(b["text"]["text"] for b in message["blocks"] if b["type"] == "section" and "*Key figures*" in b["text"]["text"])
    assert "• *Net sales*: $35.0 billion ✓ vs $28.6 billion ✓, change 22.6% ≈" in figures
    assert "• *Diluted EPS*: $9.32 ✓ vs $7.79 ✓, change 20% ≈" in figures
    assert message["blocks"][-1]["elements"][0]["text"] == "✓ 35 of 35 numbers verified"
    _within_block_kit(message)
    # the latest 8-K with item 2.02, not the later 8-K of item 5.02 nor the 10-Q; asked with the declared User-Agent
    paths = bot.edgar.paths()
    assert "/submissions/CIK0000320193.json" in paths
    assert paths[-1] == "/Archives/edgar/data/320193/000119312512312355/0001193125-12-312355.txt"
    assert all(headers["User-Agent"] == "Summarizer Tests tests@example.com" for _p, _t, headers in bot.edgar.requests)
    # the review page: an upload URL asked for, the page sent there, the upload completed in the summary's thread
    asked = bot.slack.wait_for("/api/files.getUploadURLExternal", since=since)[0]
    assert asked.payload["filename"] == "apple-fiscal-2012-third-quarter-review.html"
    done = bot.replies(since, path="/api/files.completeUploadExternal")[0]
    upload = next(c for c in bot.slack.calls[since:] if c.path == urlsplit(asked.answer["upload_url"]).path)
    assert isinstance(upload.payload, bytes) and int(asked.payload["length"]) == len(upload.payload)
    page = upload.payload.decode()
    assert page.startswith("<!doctype html>") and "$35.0 billion" in page
    posted = bot.slack.wait_for("/api/chat.postMessage", since=since)[0]
    assert done["channel_id"] == "C0EARNINGS" and done["thread_ts"] == posted.answer["ts"]
    assert json.loads(done["files"])[0]["id"] == asked.answer["file_id"]


def test_a_filing_address_or_accession_number_is_read_from_edgar(bot):
    since = len(bot.slack.calls)
    address = "https://www.sec.gov/Archives/edgar/data/319256/000089109204003383/0000891092-04-003383-index.htm"
    status, body, _ = bot.command(address)
    assert status == 200 and body == f"Summarising {address}…"
    message = bot.replies(since)[0]
    assert "• *Total revenues*: $8.8 billion ✓ vs $10.2 billion ✓, change -13.9% ≈" in message["blocks"][3]["text"]["text"]
    assert bot.edgar.paths()[-1] == "/Archives/edgar/data/319256/000089109204003383/0000891092-04-003383.txt"
    bot.bot.drain(30)
    since = len(bot.slack.calls)
    bot.command("AAPL 0001193125-11-009392")
    assert bot.replies(since)[0]["blocks"][0]["text"]["text"].startswith("Apple")


def test_in_a_channel_the_bot_is_not_in_the_summary_goes_through_response_url(bot):
    bot.slack.not_member.add("C0PRIVATE")
    since = len(bot.slack.calls)
    bot.command("319256 0000891092-04-003383", channel="C0PRIVATE")  # an accession number after the company's CIK
    responses = [c for c in bot.slack.wait_for("/response/" + str(since), 2, since=since)]
    summary, note = responses[0].payload, responses[1].payload
    assert summary["response_type"] == "in_channel" and "$8.8 billion ✓" in json.dumps(summary["blocks"], ensure_ascii=False)
    assert note["response_type"] == "ephemeral" and "invite me" in _one_line(note["text"])
    assert not [c for c in bot.slack.calls[since:] if c.path == "/api/files.getUploadURLExternal"]


# ---------------------------------------------------------------------- mentions


def test_a_mention_with_a_release_file_is_answered_in_its_thread(bot):
    since = len(bot.slack.calls)
    ts, (status, _, seconds) = bot.mention("summarise this please", files=[bot.file("sears.txt")])
    assert status == 200 and seconds < 3
    message = bot.replies(since)[0]
    assert message["thread_ts"] == ts
    assert message["blocks"][0]["text"]["text"] == "Sears, Roebuck and Co. (S): Second Quarter 2004"
    assert "• *Total revenues*: $8.8 billion ✓ vs $10.2 billion ✓, change -13.9% ≈" in message["blocks"][3]["text"]["text"]
    fetched = next(c for c in bot.slack.calls[since:] if c.path == "/files-pri/sears.txt")
    assert fetched.headers["Authorization"] == f"Bearer {TOKEN}"
    assert bot.replies(since, path="/api/files.completeUploadExternal")[0]["thread_ts"] == ts


def test_a_file_the_event_only_names_is_looked_up_with_files_info(bot):
    since = len(bot.slack.calls)
    ts, _ = bot.mention("", files=[{"id": "F0sears.txt", "file_access": "check_file_info"}])
    message = bot.replies(since)[0]
    assert message["thread_ts"] == ts and message["blocks"][0]["text"]["text"].startswith("Sears, Roebuck and Co.")
    assert [c.path for c in bot.slack.calls[since:]][:2] == ["/api/files.info", "/files-pri/sears.txt"]


def test_a_mention_with_an_allow_listed_address_and_a_long_release_stays_within_block_kit(bot):
    since = len(bot.slack.calls)
    ts, _ = bot.mention(f"<{bot.slack.url}/releases/nvidia.txt>")
    message = bot.replies(since)[0]
    assert message["thread_ts"] == ts and message["blocks"][0]["text"]["text"].startswith("NVIDIA")
    _within_block_kit(message)
    assert "Authorization" not in next(c for c in bot.slack.calls[since:] if c.path == "/releases/nvidia.txt").headers


def test_release_text_never_becomes_a_mention_or_a_link(bot):
    since = len(bot.slack.calls)
    bot.mention("", files=[bot.file("hostile.txt")])
    message = bot.replies(since)[0]
    texts = _texts(message)
    # a title of mentions is no company's name, and no mention of the release reaches the message parsed
    assert texts[1].startswith("The company reported Second Quarter 2026 revenue of $7.1 billion")
    assert not re.search(r"<[@!#]", "".join(texts))
    assert message["blocks"][0]["text"]["type"] == "plain_text"  # the header: Slack parses no mention in plain text


def test_a_link_in_a_model_written_summary_is_escaped_too():
    """The extractive engine quotes no sentence with an address in it; a model might: the renderer the bot
    uses escapes it all the same."""
    from summarizer.ingest.load import load_document
    from summarizer.pipeline import summarize_document
    from summarizer.render.slack import slack_message

    envelope, report = summarize_document(load_document(DATA / "sears_q2-2004.txt"), engine="extractive")
    summary = envelope.summary
    update = summary.business_update[0].model_copy(update={"text": "See <http://evil.example|the results> and <!here>."})
    envelope = envelope.model_copy(update={"summary": summary.model_copy(update={"business_update": [update]})})
    texts = _texts(slack_message(envelope, report))
    assert any("See &lt;http://evil.example|the results&gt; and &lt;!here&gt;." in text for text in texts)
    assert not re.search(r"<[@!#]|<https?:", "".join(texts))


def test_a_second_delivery_of_an_event_is_not_done_twice(bot):
    since = len(bot.slack.calls)
    body = mention_body("<@UBOT>", event_id="EvTWICE", ts="1700002000.000001", files=[bot.file("mcdonalds.txt")])
    for delay in (0, 1):  # Slack's retry is signed anew
        assert post(bot.url, body, secret=SECRET, timestamp=int(time.time()) + delay, content_type="application/json")[0] == 200
    bot.replies(since)
    time.sleep(0.5)
    assert len([c for c in bot.slack.calls[since:] if c.path == "/api/chat.postMessage"]) == 1


# ---------------------------------------------------------------------- signatures


@pytest.mark.parametrize("case", ["unsigned", "bad signature", "stale timestamp", "signed for another body"])
def test_a_request_not_signed_by_slack_gets_401_and_does_nothing(bot, case):
    since, edgar_since = len(bot.slack.calls), len(bot.edgar.requests)
    body = command_body("AAPL", f"{bot.slack.url}/response/x")
    now = int(time.time())
    if case == "unsigned":
        answer = post(bot.url, body, secret=None)
    elif case == "bad signature":
        answer = post(bot.url, body, secret=SECRET, signed=signature("not-the-secret", now, body))
    elif case == "stale timestamp":
        answer = post(bot.url, body, secret=SECRET, timestamp=now - 301)
    else:
        answer = post(bot.url, body, secret=SECRET, signed=signature(SECRET, now, body.replace("AAPL", "NVDA")))
    assert answer[0] == 401 and "Summarising" not in answer[1]
    time.sleep(0.3)
    assert bot.slack.calls[since:] == [] and bot.edgar.requests[edgar_since:] == []


def test_a_replayed_request_gets_401_and_does_nothing(bot):
    since = len(bot.slack.calls)
    body, now = command_body("", f"{bot.slack.url}/response/replay"), int(time.time())
    sent = signature(SECRET, now, body)
    first = post(bot.url, body, secret=SECRET, timestamp=now, signed=sent)
    # the usage, escaped: "<...|...>" would be a link in Slack's mrkdwn
    assert first[:2] == (200, "usage: /summarize &lt;EDGAR filing URL | accession number | ticker&gt;, or mention me with a release file or URL")
    assert post(bot.url, body, secret=SECRET, timestamp=now, signed=sent)[0] == 401
    assert bot.slack.calls[since:] == []


# ---------------------------------------------------------------------- refusals: one line each


SSRF = [
    "http://127.0.0.1/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://[::1]:{port}/releases/mcdonalds.txt",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://localhost:{port}/releases/mcdonalds.txt",
    "{slack}/redirect?to=http://localhost:{port}/releases/mcdonalds.txt",
    "{slack}/redirect?to=http://169.254.169.254/latest/meta-data/",
    "file:///etc/passwd",
    "http://127.0.0.1:{port}@evil.example/",
]


@pytest.mark.parametrize("address", SSRF)
def test_ssrf_attempts_are_refused_with_one_line_in_the_thread(bot, address):
    address = address.format(port=bot.slack.port, slack=bot.slack.url)
    since = len(bot.slack.calls)
    ts, _ = bot.mention(f"<{address}>")
    reply = bot.replies(since)[0]
    assert reply["thread_ts"] == ts and "blocks" not in reply
    assert _one_line(reply["text"]).startswith(("could not read this release: ", "usage: "))
    reached = [c.path for c in bot.slack.calls[since:] if c.path.startswith(("/releases/", "/files-pri/"))]
    assert reached == []


@pytest.mark.parametrize("address", ["http://169.254.169.254/latest/meta-data/", "https://files.slack.com.evil.example/f.txt",
                                     "http://127.0.0.1:1/files-pri/sears.txt"])  # fmt: skip
def test_a_file_address_off_slacks_file_host_gets_no_token(bot, address):
    since = len(bot.slack.calls)
    bot.mention("", files=[{"id": "F0X", "name": "x.txt", "url_private": address}])
    line = _one_line(bot.replies(since)[0]["text"])
    assert line.startswith("could not read this release: ") and "is not on the list of hosts this bot fetches from" in line


def test_ssrf_by_slash_command_is_refused_through_response_url(bot):
    since = len(bot.slack.calls)
    status, body, _ = bot.command("http://169.254.169.254/latest/meta-data/")
    assert status == 200
    reply = bot.slack.wait_for(f"/response/{since}", since=since)[0].payload
    assert reply == {"text": "could not read this release: 169.254.169.254:80 is not on the list of hosts this bot fetches from",
                     "response_type": "ephemeral", "replace_original": False}  # fmt: skip


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        (("command", "ZZZZ"), "could not read this release: EDGAR lists no company with ticker 'ZZZZ'"),
        (("command", "NVDA"), "could not read this release: "),  # listed, but no submissions list on this EDGAR
        (("command", "0001193125-12-312355"), "could not read this release: EDGAR has no filing 0001193125-12-312355 under CIK 1193125"),
        (("command", "tell me about apple"), "usage: /summarize"),
        (("file", "chart.png"), "could not read this release: 127.0.0.1 sent image/png, not a text or HTML release"),
        (("file", "binary.txt"), "could not read this release: binary.txt"),
        (("file", "missing.txt"), "could not read this release: 127.0.0.1 answered HTTP 404"),
        (("mention", "<https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent>"), "could not read this release: this EDGAR address names no filing"),
        (("mention", "hello there"), "usage: /summarize"),
    ],
    ids=["unknown ticker", "no submissions", "accession without company", "no release named", "an image",
         "binary file", "file gone", "edgar address of no filing", "mention without release"],
)  # fmt: skip
def test_every_failure_gets_one_line(bot, how, expected):
    kind, value = how
    since = len(bot.slack.calls)
    if kind == "command":
        status, body, _ = bot.command(value)
        if body.startswith("usage"):
            assert body.startswith(expected)
            return
        line = bot.slack.wait_for(f"/response/{since}", since=since)[0].payload["text"]
    else:
        if kind == "file":
            bot.mention("", files=[bot.file(value)])
        else:
            bot.mention(value)
        line = bot.replies(since)[0]["text"]
    assert _one_line(line).startswith(expected), line


@pytest.mark.parametrize(
    ("method", "expected"),
    [("files.getUploadURLExternal", "could not attach the review page: not_allowed_token_type"),
     ("chat.postMessage", "could not post the summary: not_allowed_token_type")],
)  # fmt: skip
def test_slack_refusing_a_post_or_the_upload_is_told_in_one_line(bot, method, expected):
    since = len(bot.slack.calls)
    bot.slack.refuse[method] = "not_allowed_token_type"
    try:
        ts, _ = bot.mention("", files=[bot.file("sears.txt")])
        if method == "chat.postMessage":  # the one line is a post too: refused alike, so only logged
            deadline = time.monotonic() + 20
            while expected not in bot.log.getvalue() and time.monotonic() < deadline:
                time.sleep(0.05)
            assert expected in bot.log.getvalue()
            return
        replies = bot.replies(since, 2)
    finally:
        assert bot.bot.drain(30)
        del bot.slack.refuse[method]
    assert replies[1] == {"channel": "C0EARNINGS", "thread_ts": ts, "text": expected, "unfurl_links": False, "unfurl_media": False}


def test_one_summary_at_a_time_per_thread_and_quotas_per_user(bot):
    since = len(bot.slack.calls)
    thread = "1700003000.000001"
    assert bot.bot.admission.admit("U0OTHER", "C0EARNINGS", thread) is None  # a summary in work in that thread
    try:
        bot.mention("", files=[bot.file("sears.txt")], thread_ts=thread)
        reply = bot.replies(since)[0]
        assert reply["thread_ts"] == thread
        assert reply["text"] == "a summary is already being written here; ask again when it is posted"
    finally:
        bot.bot.admission.release("C0EARNINGS", thread)
    since = len(bot.slack.calls)
    for _ in range(100):  # this user's quota of the module's bot is 100 per 10 minutes
        bot.bot.admission.users.take("U0GREEDY")
    status, body, _ = bot.command("AAPL", user="U0GREEDY")
    assert status == 200 and re.fullmatch(r"you have asked for 100 summaries in 10 minutes; try again in \d+ s", body)
    time.sleep(0.2)
    assert bot.slack.calls[since:] == []


@pytest.mark.parametrize("mode", [None, "garbage"])
def test_the_engine_is_set_up_as_for_the_command_line(bot, monkeypatch, mode):
    """A model in the environment writes the summary, as for ``summarizer summarize``; an unusable answer
    gives the extractive summary, marked as such (the library's fallback)."""
    from fake_openai import FakeOpenAI

    with FakeOpenAI(mode=mode) as fake:
        monkeypatch.setenv("SUMMARIZER_MODEL", "fake-model")
        monkeypatch.setenv("OPENAI_BASE_URL", fake.url)
        since = len(bot.slack.calls)
        bot.mention("", files=[bot.file("sears.txt")])
        message = bot.replies(since)[0]
        assert bot.bot.drain(30) and fake.calls >= 1
    note = message["blocks"][-1]["elements"][1]["text"]
    if mode is None:
        assert note.startswith("Written by fake-model; every number checked against the release")
    else:
        assert note.startswith("Written by the built-in extractive engine because fake-model's answer could not be used")
        assert "• *Total revenues*: $8.8 billion ✓" in message["blocks"][3]["text"]["text"]


# ---------------------------------------------------------------------- secrets (last: reads everything above)


def test_secrets_never_appear_in_replies_or_logs(bot):
    since = len(bot.slack.calls)
    assert post(bot.url, command_body("AAPL", f"{bot.slack.url}/response/x"), secret=SECRET, signed="v0=bad")[0] == 401
    bot.mention("", files=[bot.file("sears.txt")])  # at least one summary, whatever ran before
    _, ack, _ = bot.command(f"https://x.example/?token={TOKEN}")  # and an answer that would quote the token
    assert ack == "Summarising https://x.example/?token=***…"
    bot.slack.wait_for("/api/chat.postMessage", since=since)
    assert bot.bot.drain(30)
    log = bot.log.getvalue()
    assert "Sending a request" in log and "posted" in log  # the DEBUG log was written
    sent = [c for c in bot.slack.calls if not c.path.startswith(("/files-pri/", "/upload/"))]
    assert len(sent) >= 5
    for text in [log] + [json.dumps(c.payload) if isinstance(c.payload, dict) else "" for c in sent]:
        assert TOKEN not in text and SECRET not in text and "xoxb-" not in text
    assert "Invalid request signature detected" in log  # Bolt logs the body of a refused request:
    assert "legacy-verification-token" not in log and "token=***&team_id=T0001" in log  # its "token" field redacted


# ---------------------------------------------------------------------- the command line


def test_summarize_does_not_import_slack(tmp_path: Path):
    import subprocess
    import sys

    code = ("import sys; from summarizer.cli import main; main(['summarize', 'examples/immunogen_q2-fy2006_8k.txt', '-o', "
            f"{str(tmp_path / 'note.md')!r}]); print(sorted(m for m in sys.modules if m.startswith('slack')))")  # fmt: skip
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    assert result.stdout.strip() == "[]", result.stderr


def test_summarizer_slack_runs_the_bot_on_its_port(tmp_path: Path):
    import os
    import signal
    import subprocess
    import sys

    with SlackStandIn(TOKEN) as slack:
        env = {**os.environ, "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": f"{slack.url}/api"}
        env.pop("SLACK_APP_TOKEN", None)
        process = subprocess.Popen([sys.executable, "-m", "summarizer.cli", "slack", "--port", "0", "--host", "127.0.0.1",
                                    "--engine", "extractive"], env=env, stderr=subprocess.PIPE, text=True,
                                   # a shell's background job ignores SIGINT, and so would the bot it starts
                                   preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # fmt: skip
        try:
            assert process.stderr is not None
            for _ in range(5):  # Bolt may warn first
                port = re.search(r"listening on http://127\.0\.0\.1:(\d+)/slack/events", process.stderr.readline())
                if port:
                    break
            assert port
            status, body, _ = post(f"http://127.0.0.1:{port.group(1)}/slack/events", command_body("", f"{slack.url}/response/1"), secret=SECRET)
            assert (status, body.split(" &lt;")[0]) == (200, "usage: /summarize")
            assert [c.path for c in slack.calls] == ["/api/auth.test"]
        finally:
            process.send_signal(signal.SIGINT)
            # read its stderr to the end while it stops: a pipe left full would block the bot's last log lines
            process.communicate(timeout=35)  # the bot stops within its 30 s drain of the summaries in work


def test_summarizer_slack_without_a_token_is_a_one_line_usage_error():
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    result = subprocess.run([sys.executable, "-m", "summarizer.cli", "slack"], env=env, capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr == "summarizer: error: the Slack bot needs SLACK_BOT_TOKEN (the app's Bot User OAuth Token, xoxb-...)\n"



def test_the_acknowledgement_does_not_wait_for_summaries_in_work(bot):
    import threading

    release = threading.Event()
    busy = [bot.bot.pool.submit(release.wait, 30) for _ in range(bot.bot.settings.workers)]  # every worker taken
    since = len(bot.slack.calls)
    try:
        status, body, seconds = bot.command("319256 0000891092-04-003383")
        assert (status, body) == (200, "Summarising filing 0000891092-04-003383 of 319256…") and seconds < 1
        time.sleep(0.2)
        assert [c for c in bot.slack.calls[since:] if c.path == "/api/chat.postMessage"] == []  # queued behind them
    finally:
        release.set()
    assert all(f.result(5) for f in busy)
    assert "$8.8 billion ✓" in json.dumps(bot.replies(since)[0]["blocks"], ensure_ascii=False)
