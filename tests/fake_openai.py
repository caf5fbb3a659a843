"""A local OpenAI-compatible server with a fixed latency per call, for the batch's tests and benchmarks.

``POST /v1/chat/completions`` waits ``latency`` seconds, then answers in OpenAI's wire format
with a summary that fits the schema and quotes the release exactly: the company, period
and headline each cite a line of the segments the prompt shows (the first one without
digits), and no metrics, so the verifier has nothing to send back and each filing takes
one call. ``mode`` changes the answer for releases whose prompt contains ``only`` (all when
None): ``"garbage"`` (not JSON), ``"429"`` (rate limited, ``Retry-After: 0``), ``"500"``.
It counts the calls and the most calls it had in flight at once, and notes when each arrived.

It also fakes the Files and Batches endpoints of the Batch API: an uploaded requests file
is answered line by line as above when the batch is created; the batch reports
``in_progress`` for its first ``polls`` retrievals, then ``completed`` with its output file.
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
        self.arrivals: list[float] = []  # time.monotonic() of each chat completion asked for
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict] = {}
        self.polls = 1
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body leave at once, not 40 ms apart (delayed ACK)

            def log_message(self, *_args) -> None:
                pass

            def reply(self, status: int, body, headers: dict | None = None) -> None:
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                for key, value in {"Content-Type": "application/json", "Content-Length": str(len(data)), **(headers or {})}.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                parts = self.path.split("?")[0].strip("/").split("/")  # v1 batches ID | v1 files ID content
                if parts[1] == "batches" and parts[2] in fake.batches:
                    self.reply(200, fake.retrieve(parts[2]))
                elif parts[1] == "files" and parts[2] in fake.files:
                    self.reply(200, fake.files[parts[2]], {"Content-Type": "application/octet-stream"})
                else:
                    self.reply(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("content-length", 0)))
                if self.path.endswith("/files"):
                    self.reply(200, fake.upload(raw))
                    return
                if self.path.endswith("/batches"):
                    self.reply(200, fake.create_batch(json.loads(raw)))
                    return
                request = json.loads(raw)
                with fake._lock:
                    fake.arrivals.append(time.monotonic())
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
                try:
                    self.send_response(status)
                    for key, value in {"Content-Type": "application/json", "Content-Length": str(len(data)), **headers}.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting (a timeout test)
                    self.close_connection = True

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

    def upload(self, multipart: bytes) -> dict:
        lines = [line for line in multipart.splitlines() if line.startswith(b'{"custom_id"')]
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = b"\n".join(lines) + b"\n"
        return {"id": file_id, "object": "file", "bytes": len(self.files[file_id]), "created_at": int(time.time()),
                "filename": "requests.jsonl", "purpose": "batch", "status": "processed"}  # fmt: skip

    def create_batch(self, request: dict) -> dict:
        output = []
        for line in self.files[request["input_file_id"]].splitlines():
            entry = json.loads(line)
            status, _, body = self.respond(entry["body"])
            output.append(json.dumps({"id": f"batch_req_{len(output)}", "custom_id": entry["custom_id"],
                                      "response": {"status_code": status, "request_id": "req", "body": body}, "error": None}))
        output_id = f"file-{len(self.files) + 1}"
        self.files[output_id] = ("\n".join(output) + "\n").encode()
        batch_id = f"batch_{len(self.batches) + 1}"
        self.batches[batch_id] = {
            "id": batch_id, "object": "batch", "endpoint": request["endpoint"], "input_file_id": request["input_file_id"],
            "completion_window": request["completion_window"], "status": "validating", "created_at": int(time.time()),
            "output_file_id": None, "request_counts": {"total": len(output), "completed": 0, "failed": 0},
            "_output": output_id, "_polls": 0,
        }  # fmt: skip
        return self.public(batch_id)

    def retrieve(self, batch_id: str) -> dict:
        batch = self.batches[batch_id]
        batch["_polls"] += 1
        if batch["_polls"] > self.polls:
            batch.update(status="completed", output_file_id=batch["_output"])
            batch["request_counts"]["completed"] = batch["request_counts"]["total"]
        else:
            batch["status"] = "in_progress"
        return self.public(batch_id)

    def public(self, batch_id: str) -> dict:
        return {k: v for k, v in self.batches[batch_id].items() if not k.startswith("_")}

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()
