"""The Slack bot's parts on their own: the guarded fetcher, the request grammar, the admission, the replies."""

from __future__ import annotations

import io
import logging

import pytest
from slack_server import DATA, SlackStandIn

from summarizer.errors import InputError, ModelUnavailable
from summarizer.slack.fetch import AllowList, FetchRefused, SafeFetcher
from summarizer.slack.limits import Admission
from summarizer.slack.replies import RedactingFilter, failure_line, one_line, scrub
from summarizer.slack.settings import SlackSettings
from summarizer.slack.sources import USAGE, BadRequest, ReleaseRequest, parse_request

TOKEN = "xoxb-1111111111-2222222222-AbCdEfGhIjKlMnOpQrStUvWx"


@pytest.fixture(scope="module")
def host():
    with SlackStandIn(TOKEN, {"sears.txt": DATA / "sears_q2-2004.txt", "chart.png": b"\x89PNG" + bytes(100)}) as slack:
        yield slack


# ---------------------------------------------------------------------- the fetcher


@pytest.mark.parametrize(
    ("resolved", "refused"),
    [
        (["127.0.0.1"], "files.slack.com resolves to a private or local address (127.0.0.1)"),
        (["10.1.2.3"], "(10.1.2.3)"),
        (["169.254.169.254"], "(169.254.169.254)"),
        (["100.100.100.200"], "(100.100.100.200)"),  # shared address space: Alibaba's metadata endpoint
        (["::1"], "(::1)"),
        (["fd00:ec2::254"], "(fd00:ec2::254)"),  # AWS's IPv6 metadata endpoint
        (["::ffff:127.0.0.1"], "(::ffff:127.0.0.1)"),
        (["52.1.2.3", "192.168.0.1"], "(192.168.0.1)"),  # one bad address of several is enough
    ],
)
def test_a_builtin_host_that_resolves_inside_is_refused(resolved, refused):
    fetcher = SafeFetcher(AllowList.parse(["files.slack.com"], []), resolver=lambda _host, _port: resolved)
    with pytest.raises(FetchRefused) as error:
        fetcher.get("https://files.slack.com/files-pri/T1-F1/release.txt", headers={"Authorization": f"Bearer {TOKEN}"})
    assert refused in str(error.value) and TOKEN not in str(error.value)


def test_a_builtin_host_that_resolves_outside_is_connected_to_at_the_checked_address():
    fetcher = SafeFetcher(AllowList.parse(["files.slack.com"], []), resolver=lambda _host, _port: ["52.1.2.3"])
    assert fetcher.check("https://files.slack.com/x") == ("files.slack.com", 443, "52.1.2.3")


def test_the_allow_list_matches_host_and_port_exactly():
    allow = AllowList.parse(["www.sec.gov"], ["127.0.0.1:8080", "[::1]:9000", "Mirror.Example.com"])
    assert allow.match("www.sec.gov", 443) is False and allow.match("www.sec.gov", 80) is False
    assert allow.match("www.sec.gov", 8443) is None
    assert allow.match("127.0.0.1", 8080) is True and allow.match("127.0.0.1", 8081) is None
    assert allow.match("::1", 9000) is True and allow.match("mirror.example.com", 443) is True
    assert allow.match("localhost", 8080) is None


def test_a_trusted_host_is_fetched_and_limits_are_kept(host):
    allow = AllowList.parse([], [f"127.0.0.1:{host.port}"])
    fetched = SafeFetcher(allow).get(f"{host.url}/releases/sears.txt")
    assert fetched.body == (DATA / "sears_q2-2004.txt").read_bytes() and fetched.content_type == "text/plain"
    with pytest.raises(FetchRefused, match="over the limit of 1,000 bytes"):
        SafeFetcher(allow, max_bytes=1000).get(f"{host.url}/releases/sears.txt")
    with pytest.raises(FetchRefused, match="sent image/png, not a text or HTML release"):
        SafeFetcher(allow).get(f"{host.url}/releases/chart.png")
    with pytest.raises(FetchRefused, match="more than 3 redirects"):
        SafeFetcher(allow).get(f"{host.url}/redirect?to=/redirect%3Fto%3D/redirect%253Fto%253D/redirect%25253Fto%25253D/x")


def test_a_credential_is_not_sent_on_after_a_redirect_to_another_host(host):
    allow = AllowList.parse([], [f"127.0.0.1:{host.port}", f"localhost:{host.port}"])
    since = len(host.calls)
    fetched = SafeFetcher(allow).get(f"{host.url}/redirect?to=http://localhost:{host.port}/releases/sears.txt",
                                     headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
    assert fetched.url == f"http://localhost:{host.port}/releases/sears.txt"
    first, second = host.calls[since:]
    assert first.headers["Authorization"] == f"Bearer {TOKEN}" and "Authorization" not in second.headers


def test_a_server_that_does_not_answer_is_given_up(host):
    import socket

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    port = silent.getsockname()[1]
    try:
        with pytest.raises(FetchRefused, match="did not answer within 0.3 s"):
            SafeFetcher(AllowList.parse([], [f"127.0.0.1:{port}"]), timeout=0.3).get(f"http://127.0.0.1:{port}/x")
    finally:
        silent.close()


# ---------------------------------------------------------------------- what a request names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AAPL", ReleaseRequest("ticker", "AAPL")),
        ("  brk.b ", ReleaseRequest("ticker", "BRK.B")),
        ("0001193125-12-312355", ReleaseRequest("accession", "0001193125-12-312355")),
        ("000119312512312355", ReleaseRequest("accession", "0001193125-12-312355")),
        ("aapl 0001193125-12-312355", ReleaseRequest("accession", "0001193125-12-312355", "AAPL")),
        ("320193 0001193125-12-312355", ReleaseRequest("accession", "0001193125-12-312355", "320193")),
        ("https://www.sec.gov/Archives/edgar/data/320193/000119312512312355/0001193125-12-312355-index.htm",
         ReleaseRequest("url", "https://www.sec.gov/Archives/edgar/data/320193/000119312512312355/0001193125-12-312355-index.htm")),
        ("<https://example.com/r.txt|example.com/r.txt> please", ReleaseRequest("url", "https://example.com/r.txt")),
        ("please summarise <https://example.com/r.txt>", ReleaseRequest("url", "https://example.com/r.txt")),
        ("<@U0BOT> <!here>", None),
        ("", None),
    ],
)  # fmt: skip
def test_what_a_request_names(text, expected):
    assert parse_request(text) == expected


@pytest.mark.parametrize("text", ["summarise the apple one", "AAPL MSFT", "$$$"])
def test_a_request_that_names_nothing_is_told_the_usage(text):
    with pytest.raises(BadRequest) as error:
        parse_request(text)
    assert str(error.value) == USAGE


def test_an_address_that_is_not_http_is_refused_at_once():
    with pytest.raises(FetchRefused, match="is not an http or https address"):
        parse_request("gopher://127.0.0.1:70/_stats")


# ---------------------------------------------------------------------- admission


def test_quotas_per_user_and_channel_and_one_summary_per_thread():
    now = [1000.0]
    admission = Admission(per_user=2, per_channel=3, window=600, clock=lambda: now[0])
    assert admission.admit("U1", "C1", "t1") is None
    refusal = admission.admit("U2", "C1", "t1")
    assert refusal and refusal.reason == "a summary is already being written here; ask again when it is posted"
    assert admission.admit("U1", "C1", "t2") is None
    now[0] += 100
    refusal = admission.admit("U1", "C2", "t3")
    assert refusal and refusal.reason == "you have asked for 2 summaries in 10 minutes; try again in 500 s"
    assert admission.admit("U2", "C1", "t3") is None
    refusal = admission.admit("U3", "C1", "t4")
    assert refusal and refusal.reason == "this channel has asked for 3 summaries in 10 minutes; try again in 500 s"
    admission.release("C1", "t1")
    now[0] += 501
    assert admission.admit("U1", "C1", "t1") is None  # the window has passed, the thread is free


# ---------------------------------------------------------------------- replies and the log


def test_a_failure_is_one_escaped_redacted_line():
    error = InputError(f"https://x.example/<!channel>?token={TOKEN}: HTTP 404\nTraceback (most recent call last):")
    line = failure_line(error)
    assert line == "could not read this release: https://x.example/&lt;!channel&gt;?token=***: HTTP 404 Traceback (most recent call last):"
    assert failure_line(ModelUnavailable("the server did not answer; key sk-abcdefghijklmnop")) == (
        "could not summarise this release: the server did not answer; key sk-***"
    )
    assert one_line('body: token=abc123&team_id=T1 {"token": "abc123", "team": 1} ?key=k1') == (
        'body: token=***&amp;team_id=T1 {"token": "***", "team": 1} ?key=***'
    )
    assert failure_line(KeyError("x")) == "could not summarise this release: internal error (KeyError)"
    assert len(one_line("word " * 500)) == 400


def test_the_log_never_holds_a_secret():
    stream = io.StringIO()
    logger = logging.getLogger("test.slack.redaction")
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter(["signing-secret-value"]))
    logger.addHandler(handler)
    try:
        logger.warning("token %s and secret %s", TOKEN, "signing-secret-value")
        try:
            raise RuntimeError(f"Authorization: Bearer {TOKEN}")
        except RuntimeError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert "token *** and secret ***" in text and "RuntimeError: Authorization: Bearer ***" in text
    assert TOKEN not in text and "signing-secret-value" not in text
    # a summary's words are no credentials: Apple's "Basic EPS", "per basic and diluted share"
    assert scrub("*Basic EPS*: $9.42; Basic Earnings; per basic and diluted share") == (
        "*Basic EPS*: $9.42; Basic Earnings; per basic and diluted share"
    )
    assert scrub("Authorization: Basic dXNlcjpwYXNz") == "Authorization: Basic ***"


def test_settings_name_what_is_missing_and_never_show_a_token():
    from summarizer.errors import UsageError

    with pytest.raises(UsageError, match="SLACK_SIGNING_SECRET"):
        SlackSettings.from_env({"SLACK_BOT_TOKEN": TOKEN})
    settings = SlackSettings.from_env({"SLACK_BOT_TOKEN": TOKEN, "SLACK_APP_TOKEN": "xapp-1-A1-secret",
                                       "SUMMARIZER_FETCH_ALLOW": " mirror.example:8443 , ,127.0.0.1:9"})  # fmt: skip
    assert settings.socket_mode and settings.fetch_allow == ("mirror.example:8443", "127.0.0.1:9")
    assert settings.api_url == "https://slack.com/api/" and TOKEN not in repr(settings) and "xapp" not in repr(settings)


def test_the_manifest_asks_for_what_the_bot_uses():
    from pathlib import Path

    yaml = pytest.importorskip("yaml")
    from summarizer.slack.server import EVENTS_PATH

    manifest = yaml.safe_load((Path(__file__).parent.parent / "slack" / "manifest.yaml").read_text())
    (command,) = manifest["features"]["slash_commands"]
    assert command["command"] == "/summarize" and command["url"].endswith(EVENTS_PATH) and command["should_escape"] is False
    events = manifest["settings"]["event_subscriptions"]
    assert events["bot_events"] == ["app_mention"] and events["request_url"].endswith(EVENTS_PATH)
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {"app_mentions:read", "chat:write", "commands", "files:read", "files:write"}


def test_the_latest_earnings_8k_is_read_from_edgars_submissions_list():
    from summarizer.ingest.edgar_client import EdgarClient, EdgarError

    class Recorded(EdgarClient):
        """EDGAR's answers from tests/data, the addresses asked for kept."""

        def get(self, path_or_url: str) -> bytes:
            self.asked = path_or_url
            if path_or_url.endswith("CIK0000320193.json"):
                return (DATA / "edgar" / "submissions_CIK0000320193.json").read_bytes()
            raise EdgarError(f"{path_or_url}: HTTP 404", url=path_or_url, status=404)

    client = Recorded("Summarizer Tests tests@example.com", env={})
    filing = client.latest_filing("0000320193")
    assert (filing.accession, filing.cik, filing.filed, filing.items) == ("0001193125-12-312355", "320193", "2012-07-24", ("2.02", "9.01"))
    assert client.asked == "https://data.sec.gov/submissions/CIK0000320193.json" and filing.company == "Apple Inc."
    assert client.latest_filing("320193", form="10-Q", item="").accession == "0001193125-12-314552"
    with pytest.raises(EdgarError, match="EDGAR lists no recent 8-K with item 1.01 for CIK 320193"):
        client.latest_filing("320193", item="1.01")
    mirror = Recorded("Summarizer Tests tests@example.com", base_url="http://127.0.0.1:9", env={})
    mirror.latest_filing("320193")
    assert mirror.asked == "http://127.0.0.1:9/submissions/CIK0000320193.json"


def test_socket_mode_takes_a_command_over_the_websocket_and_posts_the_summary(tmp_path):
    """SLACK_APP_TOKEN set: no HTTP endpoint, no signature; the command comes over Socket Mode and is
    acknowledged there, the summary goes to the Web API as in HTTP mode."""
    from slack_client import command_body
    from slack_socket import SocketModeStandIn

    from summarizer.slack import EngineOptions
    from summarizer.slack.app import build_app
    from summarizer.slack.server import bot_logger, socket_mode_handler

    app_token = "xapp-1-A0001-1234-abcdef"
    files = {"sears.txt": DATA / "sears_q2-2004.txt"}
    with SlackStandIn(TOKEN, files) as slack, SocketModeStandIn() as socket_mode:
        slack.socket_url, slack.app_token = socket_mode.url, app_token
        settings = SlackSettings.from_env({"SLACK_BOT_TOKEN": TOKEN, "SLACK_APP_TOKEN": app_token, "SLACK_API_URL": f"{slack.url}/api/",
                                           "SUMMARIZER_FETCH_ALLOW": f"127.0.0.1:{slack.port}"}, engine=EngineOptions())  # fmt: skip
        log = io.StringIO()
        app, bot = build_app(settings, logger=bot_logger(settings.secrets, log, logging.DEBUG))
        handler = socket_mode_handler(app, settings)
        try:
            handler.connect()
            assert socket_mode.connected.wait(10)
            from urllib.parse import parse_qsl

            payload = dict(parse_qsl(command_body(f"{slack.url}/releases/sears.txt", f"{slack.url}/response/1")))
            socket_mode.send({"envelope_id": "env-1", "type": "slash_commands", "accepts_response_payload": True, "payload": payload})
            ack = socket_mode.wait_for_ack("env-1")
            assert ack["payload"]["text"] == f"Summarising {slack.url}/releases/sears.txt…"
            message = slack.wait_for("/api/chat.postMessage")[0].payload
            assert "• *Total revenues*: $8.8 billion ✓ vs $10.2 billion ✓, change -13.9% ≈" in message["blocks"][3]["text"]["text"]
            assert bot.drain(30)
        finally:
            handler.close()
            bot.pool.shutdown()
    assert app_token not in log.getvalue() and TOKEN not in log.getvalue()


def test_public_names():
    import summarizer.slack
    import summarizer.slack.app
    import summarizer.slack.fetch
    import summarizer.slack.server

    assert summarizer.slack.__all__ == ["EngineOptions", "SlackSettings"]
    assert sorted(summarizer.slack.app.__all__) == ["Bot", "ReplayGuard", "build_app", "engine_secrets", "make_sources"]
    assert sorted(summarizer.slack.fetch.__all__) == ["AllowList", "FetchRefused", "Fetched", "SafeFetcher", "host_of"]
    assert sorted(summarizer.slack.server.__all__) == ["EVENTS_PATH", "MAX_BODY", "SlackHTTPServer", "bot_logger", "run", "socket_mode_handler"]
