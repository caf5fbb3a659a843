"""Slack's side of the wire for the bot's tests and benchmark: signed requests, as Slack sends them.

Slack signs ``v0:<timestamp>:<body>`` with the app's signing secret (HMAC-SHA256) and sends
the result in ``X-Slack-Signature``, the timestamp in ``X-Slack-Request-Timestamp``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode


def signature(secret: str, timestamp: int, body: str) -> str:
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return f"v0={digest}"


def command_body(text: str, response_url: str, *, user: str = "U0ANALYST", channel: str = "C0EARNINGS") -> str:
    return urlencode({
        "token": "legacy-verification-token", "team_id": "T0001", "team_domain": "example", "channel_id": channel,
        "channel_name": "earnings", "user_id": user, "user_name": "analyst", "command": "/summarize", "text": text,
        "api_app_id": "A0001", "response_url": response_url, "trigger_id": "1.2.3",
    })  # fmt: skip


def mention_body(text: str, *, event_id: str, ts: str, files: list[dict] | None = None, thread_ts: str | None = None,
                 user: str = "U0ANALYST", channel: str = "C0EARNINGS") -> str:  # fmt: skip
    event = {"type": "app_mention", "user": user, "text": text, "ts": ts, "channel": channel, "event_ts": ts}
    if files:
        event["files"] = files
    if thread_ts:
        event["thread_ts"] = thread_ts
    return json.dumps({
        "token": "legacy-verification-token", "team_id": "T0001", "api_app_id": "A0001", "event": event,
        "type": "event_callback", "event_id": event_id, "event_time": int(time.time()),
        "authorizations": [{"team_id": "T0001", "user_id": "UBOT", "is_bot": True}],
    })  # fmt: skip


def post(url: str, body: str, *, secret: str | None, timestamp: int | None = None, signed: str | None = None,
         content_type: str = "application/x-www-form-urlencoded") -> tuple[int, str, float]:  # fmt: skip
    """POST ``body`` signed with ``secret`` (``signed`` overrides the signature): (status, body, seconds)."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    headers = {"Content-Type": content_type}
    if secret is not None:
        headers["X-Slack-Request-Timestamp"] = str(timestamp)
        headers["X-Slack-Signature"] = signed or signature(secret, timestamp, body)
    request = urllib.request.Request(url, data=body.encode(), headers=headers, method="POST")
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode(), time.monotonic() - started
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), time.monotonic() - started
