"""A scripted OpenAI-compatible server on loopback (http.server in a thread) for the model-path tests.

The real SDK talks real HTTP to it; nothing of the SDK is mocked. Each request is answered by
the next ``Reply`` of the script (the last one repeats), and every request body is kept, so a
test can say what was asked (``response_format``, messages) as well as what came back.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"

__all__ = ["Reply", "FakeServer", "completion", "recorded_content", "refuses"]


@dataclass(frozen=True)
class Reply:
    """One answer: status, headers and body; ``delay`` before the headers, ``drip`` seconds between body bytes."""

    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drip: float = 0.0


def completion(content: str | None, *, finish: str = "stop", usage: object = None, refusal: str | None = None) -> Reply:
    """A chat completion as OpenAI's wire format has it."""
    body = {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1764000000,
        "model": "fake",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content, "refusal": refusal},
                     "finish_reason": finish}],  # fmt: skip
        "usage": usage if usage is not None else {"prompt_tokens": 1200, "completion_tokens": 300, "total_tokens": 1500},
    }
    return Reply(body=json.dumps(body).encode())


def recorded_content(cassette: str) -> str:
    """The message content of a cassette's first answer (an authored, valid summary)."""
    interactions = yaml.safe_load((CASSETTES / cassette).read_text())["interactions"]
    return json.loads(interactions[0]["response"]["body"]["string"])["choices"][0]["message"]["content"]


def refuses(mode_types: tuple[str, ...], status: int = 500, then: Reply | None = None) -> Callable[[dict], Reply | None]:
    """A rule: answer ``status`` to any request whose response_format type is in ``mode_types``
    (``"json_object+schema"`` for json_object with a schema), else fall through to the script."""

    def rule(request: dict) -> Reply | None:
        fmt = request.get("response_format") or {}
        kind = fmt.get("type", "text")
        if kind == "json_object" and "schema" in fmt:
            kind = "json_object+schema"
        if kind in mode_types:
            message = {"error": {"message": f"response_format {kind} is not supported", "type": "invalid_request_error"}}
            return Reply(status=status, body=json.dumps(message).encode())
        return None

    return rule


class FakeServer:
    """``with FakeServer(reply, ...) as server:`` then point ``OPENAI_BASE_URL`` at ``server.base_url``."""

    def __init__(self, *script: Reply, rule: Callable[[dict], Reply | None] | None = None) -> None:
        self.script = list(script)
        self.rule = rule
        self.requests: list[dict] = []
        self.headers: list[dict[str, str]] = []

    def _next(self, request: dict) -> Reply:
        if self.rule:
            ruled = self.rule(request)
            if ruled is not None:
                return ruled
        return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    def __enter__(self) -> FakeServer:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                request = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append(request)
                fake.headers.append(dict(self.headers))
                reply = fake._next(request)
                time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    self.send_header("content-type", reply.content_type)
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.send_header("content-length", str(len(reply.body)))
                    self.end_headers()
                    if reply.drip:
                        for byte in reply.body:
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            time.sleep(reply.drip)
                    else:
                        self.wfile.write(reply.body)
                except OSError:  # the client gave up: what the test is about
                    pass

            def log_message(self, *args) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}/v1"
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
