"""A local stand-in for Slack: the Web API, its file host, ``response_url``s, and a release host.

``/api/<method>`` answers ``auth.test``, ``chat.postMessage``, ``files.getUploadURLExternal``,
``files.completeUploadExternal``, ``files.info`` (file ``F0<name>`` is ``/files-pri/<name>``) and
``apps.connections.open`` in Slack's shapes, only with the right bearer token;
``/upload/<file id>`` takes an upload, ``/response/<n>`` a ``response_url`` post,
``/files-pri/<name>`` serves a release file (Slack's ``url_private``, bearer token required),
``/releases/<name>`` serves one to anyone (an allow-listed release host), ``/redirect?to=URL``
redirects. Every request is recorded as a ``Call``; ``wait_for`` blocks until one arrives.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

DATA = Path(__file__).parent / "data"


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # a client that hangs up early (a refused size) is no news


@dataclass(frozen=True)
class Call:
    path: str
    payload: dict | bytes
    headers: dict[str, str]
    at: float
    answer: dict | None = None  # what the Web API answered


class SlackStandIn:
    def __init__(self, token: str, files: dict[str, bytes | Path] | None = None) -> None:
        self.token = token
        self.files = dict(files or {})
        self.not_member: set[str] = set()
        self.socket_url = ""  # what apps.connections.open answers (a SocketModeStandIn's address)
        self.app_token = ""  # the token apps.connections.open takes
        self.refuse: dict[str, str] = {}  # method -> the error Slack answers it with
        self.calls: list[Call] = []
        self._changed = threading.Condition()
        self._serial = 0
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args) -> None:
                pass

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                stand_in._record(parts.path, b"", dict(self.headers))
                if parts.path == "/redirect":
                    self._send(302, b"", {"Location": parse_qs(parts.query)["to"][0]})
                elif parts.path.startswith(("/files-pri/", "/releases/")):
                    private = parts.path.startswith("/files-pri/")
                    if private and self.headers.get("Authorization") != f"Bearer {stand_in.token}":
                        self._send(403, b"forbidden")
                        return
                    found = stand_in.files.get(parts.path.rsplit("/", 1)[1])
                    if found is None:
                        self._send(404, b"")
                        return
                    body = found.read_bytes() if isinstance(found, Path) else found
                    kind = "image/png" if parts.path.endswith(".png") else "text/plain; charset=utf-8"
                    self._send(200, body, {"Content-Type": kind})
                else:
                    self._send(404, b"")

            def do_POST(self) -> None:
                parts = urlsplit(self.path)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                kind = self.headers.get("Content-Type", "")
                if parts.path.startswith("/upload/"):
                    stand_in._record(parts.path, raw, dict(self.headers))
                    self._send(200, f"OK - {len(raw)}".encode())
                    return
                if "json" in kind:
                    payload = json.loads(raw or b"{}")
                else:
                    payload = {k: v[0] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}
                    payload.update({k: v[0] for k, v in parse_qs(parts.query).items()})
                if parts.path.startswith("/response/"):
                    stand_in._record(parts.path, payload, dict(self.headers))
                    self._send(200, b"ok")
                    return
                method = parts.path.removeprefix("/api/")
                expected = stand_in.app_token if method == "apps.connections.open" else stand_in.token
                if self.headers.get("Authorization") != f"Bearer {expected}":
                    answer = {"ok": False, "error": "invalid_auth"}
                else:
                    answer = stand_in._answer(method, payload)
                stand_in._record(parts.path, payload, dict(self.headers), answer)
                self._json(answer)

            def _json(self, body: dict) -> None:
                self._send(200, json.dumps(body).encode(), {"Content-Type": "application/json; charset=utf-8"})

            def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def _answer(self, method: str, payload: dict) -> dict:
        with self._changed:
            self._serial += 1
            serial = self._serial
        if method in self.refuse:
            return {"ok": False, "error": self.refuse[method]}
        if method == "auth.test":
            return {"ok": True, "url": "https://example.slack.com/", "team": "Example", "user": "summarizer",
                    "team_id": "T0001", "user_id": "UBOT", "bot_id": "B0001"}  # fmt: skip
        if method == "chat.postMessage":
            if payload.get("channel") in self.not_member:
                return {"ok": False, "error": "not_in_channel"}
            return {"ok": True, "channel": payload.get("channel"), "ts": f"1700000000.{serial:06d}", "message": {}}
        if method == "files.info":
            name = payload.get("file", "").removeprefix("F0")
            return {"ok": True, "file": {"id": payload.get("file"), "name": name, "size": 1000,
                                         "url_private": f"{self.url}/files-pri/{name}"}}  # fmt: skip
        if method == "apps.connections.open":
            return {"ok": True, "url": self.socket_url}
        if method == "files.getUploadURLExternal":
            return {"ok": True, "upload_url": f"{self.url}/upload/F{serial:04d}", "file_id": f"F{serial:04d}"}
        if method == "files.completeUploadExternal":
            files = json.loads(payload.get("files", "[]"))
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files]}
        return {"ok": False, "error": "unknown_method"}

    def _record(self, path: str, payload: dict | bytes, headers: dict[str, str], answer: dict | None = None) -> None:
        with self._changed:
            self.calls.append(Call(path, payload, headers, time.monotonic(), answer))
            self._changed.notify_all()

    def wait_for(self, path: str, count: int = 1, timeout: float = 20.0, since: int = 0) -> list[Call]:
        """The calls to ``path`` (recorded after the ``since``-th call) once there are ``count``."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [c for c in self.calls[since:] if c.path == path]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no {path} within {timeout} s; calls: {[c.path for c in self.calls[since:]]}")
                self._changed.wait(left)

    def __enter__(self) -> SlackStandIn:
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()
