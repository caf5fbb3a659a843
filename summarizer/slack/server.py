"""Running the bot: an HTTP endpoint for Slack's requests, or a Socket Mode connection.

HTTP mode serves ``POST /slack/events`` (commands and events alike, as the manifest says)
from a threading server of the standard library, so that one slow client never holds up
another; bodies over 1 MiB are refused before they are read (Slack's are a few KB), and a
client silent for 15 s is hung up on. Bolt's
own ``App.start`` server is meant for development and handles one request at a time.
Socket Mode (``SLACK_APP_TOKEN``) needs no public address: Bolt's ``SocketModeHandler``
with the SDK's built-in client.

The log goes to standard error through a ``RedactingFilter``: no token, signing secret or
API key is ever written, whatever a library logs.
"""

from __future__ import annotations

import logging
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import IO

from slack_bolt import App, BoltRequest

from .app import build_app, engine_secrets
from .replies import RedactingFilter
from .settings import SlackSettings

__all__ = ["EVENTS_PATH", "MAX_BODY", "SlackHTTPServer", "bot_logger", "run", "socket_mode_handler"]

EVENTS_PATH = "/slack/events"
MAX_BODY = 1 << 20


def bot_logger(secrets: tuple[str, ...], stream: IO[str] | None = None, level: int = logging.INFO) -> logging.Logger:
    """The logger the app, its Web API client and the bot write to: one line a record, secrets redacted."""
    logger = logging.getLogger("summarizer.slack")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter("summarizer: slack: %(levelname)s %(message)s"))
    handler.addFilter(RedactingFilter(secrets))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return logger


class SlackHTTPServer:
    """``app`` served on ``host:port`` (port 0: any free one, see ``port``) in a thread of its own."""

    def __init__(self, app: App, host: str = "0.0.0.0", port: int = 3000, logger: logging.Logger | None = None) -> None:
        log = logger or logging.getLogger("summarizer.slack")

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 15  # seconds a client may stay silent: a slow sender does not hold a thread for ever

            def log_message(self, format: str, *args) -> None:
                log.debug("%s %s", self.address_string(), format % args)

            def do_GET(self) -> None:
                self._answer(404, b"")

            def do_POST(self) -> None:
                path, _, query = self.path.partition("?")
                length = self.headers.get("Content-Length", "")
                if path != EVENTS_PATH:
                    self._answer(404, b"", close=True)
                    return
                if not length.isdigit() or int(length) > MAX_BODY:
                    self._answer(413 if length.isdigit() else 411, b"", close=True)
                    return
                try:
                    body = self.rfile.read(int(length)).decode("utf-8")
                except UnicodeDecodeError:
                    self._answer(400, b"")
                    return
                headers = {key.lower(): [value] for key, value in self.headers.items()}
                response = app.dispatch(BoltRequest(body=body, query=query, headers=headers))  # type: ignore[arg-type]
                payload = response.body.encode("utf-8") if isinstance(response.body, str) else b""
                self._answer(response.status, payload, response.headers)

            def _answer(self, status: int, body: bytes, headers: dict | None = None, close: bool = False) -> None:
                self.send_response(status)
                for key, values in (headers or {}).items():
                    if key.lower() not in ("content-length", "connection"):
                        for value in values:
                            self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                if close:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.server.daemon_threads = True
        self.host, self.port = host, int(self.server.server_address[1])
        self._thread: threading.Thread | None = None

    def serve_forever(self) -> None:
        self.server.serve_forever(poll_interval=0.2)

    def start(self) -> SlackHTTPServer:
        """Serve in a background thread (the tests and the benchmark)."""
        self._thread = threading.Thread(target=self.serve_forever, name="summarizer-slack-http", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        if self._thread is not None:
            self.server.shutdown()
        self.server.server_close()


def socket_mode_handler(app: App, settings: SlackSettings):
    """Bolt's Socket Mode handler for ``app``: the SDK's own client, its Web API calls (``apps.connections.open``)
    through the app's client and so to ``SLACK_API_URL``. ``connect()`` or ``start()`` (blocks) it."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    return SocketModeHandler(app, settings.app_token, logger=app.logger, web_client=app.client)


def run(settings: SlackSettings, *, host: str = "0.0.0.0", port: int = 3000, user_agent: str | None = None) -> None:
    """Run the bot until interrupted: Socket Mode when an app token is set, else HTTP on ``host:port``."""
    logger = bot_logger(settings.secrets + engine_secrets(settings.engine))
    app, bot = build_app(settings, logger=logger, user_agent=user_agent)
    try:
        if settings.socket_mode:
            logger.info("connecting to Slack over Socket Mode")
            socket_mode_handler(app, settings).start()
            return
        server = SlackHTTPServer(app, host, port, logger)
        logger.info("listening on http://%s:%d%s", host, server.port, EVENTS_PATH)
        try:
            server.serve_forever()
        finally:
            server.close()
    finally:
        logger.info("stopping: waiting up to 30 s for the summaries in work")
        bot.drain(30.0)
        bot.pool.shutdown(wait=False, cancel_futures=True)
