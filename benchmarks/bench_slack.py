"""The Slack bot's answer time: from a signed ``/summarize`` to the summary posted, per release.

Everything runs on loopback, as in the tests: the bot (``summarizer.slack``, HTTP mode, the
engine set as ``summarizer summarize`` sets it: extractive unless a model is configured), a
local Slack Web API that records the posts, and a local release host on the bot's
allow-list. For each release a slash command ``/summarize http://127.0.0.1:PORT/releases/NAME``
is sent, signed as Slack signs it; the clock runs from sending it to the fake Slack's receipt
of ``chat.postMessage`` (the summary in the channel), and on to ``files.completeUploadExternal``
(the review page in its thread). The acknowledgement's own time is reported too.

Run: .venv/bin/python benchmarks/bench_slack.py RELEASE_OR_FOLDER [...] [--engine extractive]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from slack_client import command_body, post
from slack_server import SlackStandIn

from summarizer.slack import EngineOptions, SlackSettings
from summarizer.slack.app import build_app
from summarizer.slack.server import SlackHTTPServer, bot_logger

TOKEN, SECRET = "xoxb-0-0-benchmark", "benchmark-signing-secret"


def _releases(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        found += sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")) if path.is_dir() else [path]
    return found


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("releases", nargs="+", help="release files or folders of them")
    parser.add_argument("--engine", choices=("auto", "extractive", "llm"), default="extractive")
    args = parser.parse_args()
    releases = _releases(args.releases)
    with SlackStandIn(TOKEN, {f"{i}{p.suffix}": p for i, p in enumerate(releases)}) as slack:
        settings = SlackSettings.from_env({"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": f"{slack.url}/api/",
                                           "SUMMARIZER_FETCH_ALLOW": f"127.0.0.1:{slack.port}"},
                                          engine=EngineOptions(engine=args.engine), per_user=10**6, per_channel=10**6)  # fmt: skip
        app, bot = build_app(settings, logger=bot_logger(settings.secrets, level=logging.WARNING))
        server = SlackHTTPServer(app, "127.0.0.1", 0).start()
        url = f"http://127.0.0.1:{server.port}/slack/events"
        acks, posted, uploaded, failed = [], [], [], []
        try:
            for i, release in enumerate(releases):
                since = len(slack.calls)
                started = time.monotonic()
                status, _body, ack = post(url, command_body(f"{slack.url}/releases/{i}{release.suffix}", f"{slack.url}/response/{i}"),
                                          secret=SECRET)  # fmt: skip
                acks.append(ack)
                bot.drain(600)
                calls = slack.calls[since:]
                message = next((c for c in calls if c.path == "/api/chat.postMessage"), None)
                done = next((c for c in calls if c.path == "/api/files.completeUploadExternal"), None)
                if status != 200 or message is None or done is None:
                    reply = next((c.payload for c in calls if c.path.startswith("/response/")), {})
                    failed.append(f"{release.name}: {reply.get('text') if isinstance(reply, dict) else status}")
                    continue
                posted.append(message.at - started)
                uploaded.append(done.at - started)
        finally:
            server.close()
            bot.pool.shutdown()
    for line in failed:
        print(f"  failed: {line}", file=sys.stderr)
    if not posted:
        print(f"{len(releases)} releases: none summarised")
        return
    print(
        f"{len(posted)} of {len(releases)} releases ({args.engine}): slash command to posted summary median "
        f"{statistics.median(posted):.2f} s, p90 {_quantile(posted, 0.9):.2f} s, max {max(posted):.2f} s; "
        f"review page in the thread median {statistics.median(uploaded):.2f} s; acknowledged in median "
        f"{statistics.median(acks) * 1e3:.0f} ms, max {max(acks) * 1e3:.0f} ms"
    )


if __name__ == "__main__":
    main()
