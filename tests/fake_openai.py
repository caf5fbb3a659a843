"""A local OpenAI-compatible server with a fixed latency per call, for the batch's tests and benchmarks.

``POST /v1/chat/completions`` waits ``latency`` seconds, then answers in OpenAI's wire format
with a summary that fits the schema and quotes the release exactly: the company, period
and headline each cite a line of the segments the prompt shows (the first one without
digits), and no metrics, so the verifier has nothing to send back and each filing takes
one call. ``mode`` changes the answer for releases whose prompt contains ``only`` (all when
None): ``"garbage"`` (not JSON), ``"429"`` (rate limited, ``Retry-After: 0``), ``"500"``.
It counts the calls and the most calls it had in flight at once.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_SEGMENT = re.compile(r"^\[(\d+)\] (.+)$", re.MULTILINE)


def _answer(prompt: str) -> dict:
    lines = [(int(i), text) for i, text in _SEGMENT.findall(prompt)]
    segment, text = next(((i, t) for i, t in lines if len(t) > 20 and not re.search(r"\d", t) and "|" not in t), lines[0])
    quote = " ".join(text.split()[:6])
    cite = [{"segment": segment, "quote": quote}]
    return {
        "company": {"name": quote, "ticker": None, "citations": cite},
        "period": {"label": "the period of the release", "fiscal_year": None, "fiscal_quarter": None, "period_end": None,
                   "citations": cite},
        "headline": {"text": quote, "citations": cite},
        "metrics": [],
        "guidance": [],
        "business_update": [],
    }  # fmt: skip


class FakeOpenAI:
    def __init__(self, latency: float = 0.0, mode: str | None = None, only: str | None = None) -> None:
        self.latency, self.mode, self.only = latency, mode, only
        self.calls = self.in_flight = self.most_in_flight = 0
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                request = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))))
                with fake._lock:
                    fake.calls += 1
                    fake.in_flight += 1
                    fake.most_in_flight = max(fake.most_in_flight, fake.in_flight)
                try:
                    time.sleep(fake.latency)
                    status, headers, body = fake.respond(request)
                finally:
                    with fake._lock:
                        fake.in_flight -= 1
                data = json.dumps(body).encode()
                self.send_response(status)
                for key, value in {"Content-Type": "application/json", "Content-Length": str(len(data)), **headers}.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def respond(self, request: dict) -> tuple[int, dict, dict]:
        prompt = "\n".join(m["content"] for m in request["messages"] if m["role"] == "user")
        mode = self.mode if self.only is None or self.only in prompt else None
        if mode in ("429", "500"):
            error = {"error": {"message": "slow down" if mode == "429" else "server error", "type": "server_error"}}
            return int(mode), {"Retry-After": "0"}, error
        content = "this is not JSON" if mode == "garbage" else json.dumps(_answer(prompt))
        return 200, {}, {
            "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()), "model": request["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content, "refusal": None},
                         "finish_reason": "stop", "logprobs": None}],
            "usage": {"prompt_tokens": len(prompt) // 4, "completion_tokens": len(content) // 4,
                      "total_tokens": (len(prompt) + len(content)) // 4},
        }  # fmt: skip

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()
