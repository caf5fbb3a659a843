"""Author the vcrpy cassettes the LLM tests replay (a developer tool; tests never run it).

The OpenAI API cannot be reached from where this project is built, so each response is
written here as a capable model would plausibly answer, in OpenAI's chat-completion wire
format. A stand-in server on 127.0.0.1 serves them, the real pipeline calls it through the
real SDK, vcrpy records the exchange, and the recorded host is rewritten to
api.openai.com. Secrets never enter: the key is a dummy and the Authorization header is
filtered, as are response headers that identify an account.

Run from the repository root:  .venv/bin/python cassettes/author.py
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import vcr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.chunking import count_tokens, chunk_segments  # noqa: E402
from summarizer.ingest import load_document  # noqa: E402
from summarizer.llm import ModelSettings  # noqa: E402
from summarizer.llm_engine import summarize_llm  # noqa: E402
from summarizer.segments import segments  # noqa: E402

CASSETTES = ROOT / "cassettes"
MODEL = "gpt-4o-mini"
FILTERED_REQUEST_HEADERS = ["authorization", "api-key", "openai-organization", "openai-project", "cookie"]
FILTERED_RESPONSE_HEADERS = ["set-cookie", "openai-organization", "openai-project", "cf-ray", "x-request-id"]


class _StandIn(BaseHTTPRequestHandler):
    replies: list[tuple[int, dict, bytes]] = []

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("content-length", 0))
        request = json.loads(self.rfile.read(length))
        status, headers, body = self.replies.pop(0)
        if status == 200:
            body = body.replace(b'"PROMPT_TOKENS"', str(sum(count_tokens(m["content"]) + 4 for m in request["messages"])).encode())
        self.send_response(status)
        for key, value in {"content-type": "application/json", **headers}.items():
            self.send_header(key, value)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def completion(content: str | None, *, finish: str = "stop", refusal: str | None = None) -> tuple[int, dict, bytes]:
    body = {
        "id": f"chatcmpl-author{abs(hash(content or refusal)) % 10**12:012d}",
        "object": "chat.completion",
        "created": 1764000000,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal, "annotations": []},
                "logprobs": None,
                "finish_reason": finish,
            }
        ],
        "usage": {
            "prompt_tokens": "PROMPT_TOKENS",
            "completion_tokens": count_tokens(content or refusal or ""),
            "total_tokens": 0,
        },
        "system_fingerprint": "fp_author00001",
    }
    return 200, {"openai-processing-ms": "2140"}, json.dumps(body).encode()


def rate_limited() -> tuple[int, dict, bytes]:
    error = {"error": {"message": "Rate limit reached for gpt-4o-mini in organization org-*** on tokens per min (TPM): "
                                  "Limit 200000, Used 199500, Requested 6320. Please try again in 0s.",
                       "type": "tokens", "param": None, "code": "rate_limit_exceeded"}}  # fmt: skip
    return 429, {"retry-after": "0", "x-ratelimit-remaining-tokens": "500"}, json.dumps(error).encode()


class Author:
    """Builds a summary payload whose citations name real segments of the release."""

    def __init__(self, name: str) -> None:
        self.document = load_document(ROOT / "tests" / "data" / name)
        self.segments = segments(self.document)

    def cite(self, quote: str, occurrence: int = 0) -> dict:
        text = self.document.text
        position = -1
        for _ in range(occurrence + 1):
            position = text.find(quote, position + 1)
        if position < 0:
            raise ValueError(f"quote not in the release: {quote!r}")
        segment = next(s for s in self.segments if s.span.start <= position < s.span.end)
        return {"segment": segment.id, "quote": quote}

    def row(self, label: str, within: set[int] | None = None) -> dict:
        segment = next(
            s for s in self.segments
            if s.table is not None and s.span.of(self.document.text).startswith(label) and (within is None or s.id in within)
        )
        cells = [c.strip() for c in segment.span.of(self.document.text).split("\t") if c.strip()]
        return {"segment": segment.id, "quote": " | ".join(cells)}


def amount(value: str, unit: str = "currency", scale: str = "thousands") -> dict:
    return {"value": value, "unit": unit, "scale": scale}


def immunogen_summary(author: Author, revenue: str = "6587", headline_loss: str = "$3.5 million") -> dict:
    cite, row = author.cite, author.row
    return {
        "company": {"name": "ImmunoGen, Inc.", "ticker": "IMGN", "citations": [cite("ImmunoGen, Inc. (Nasdaq: IMGN)")]},
        "period": {
            "label": "second quarter of fiscal 2006", "fiscal_year": 2006, "fiscal_quarter": 2, "period_end": "2005-12-31",
            "citations": [cite("the second quarter and first half, respectively, of the Company's 2006 fiscal year")],
        },
        "headline": {
            "text": f"ImmunoGen's net loss for the quarter was {headline_loss}, or $0.09 per share, as revenue fell to $6.6 million from $9.0 million.",
            "citations": [cite(f"reported a net loss of {headline_loss}, or $0.09 per basic and diluted share"),
                          cite("were $6.6 million, compared to $9.0 million for the same period last year")],
        },
        "metrics": [
            {"metric": "revenue", "label": "Total revenues", "basis": "gaap", "period": "three months ended December 31, 2005",
             "value": amount(revenue), "comparison_period": "three months ended December 31, 2004",
             "comparison_value": amount("9047"), "change": None, "citations": [row("Total revenues")]},
            {"metric": "net_income", "label": "Net income (loss)", "basis": "gaap", "period": "three months ended December 31, 2005",
             "value": amount("-3502"), "comparison_period": "three months ended December 31, 2004",
             "comparison_value": amount("-2209"), "change": None, "citations": [row("Net income (loss)")]},
            {"metric": "eps_diluted", "label": "Basic and diluted net loss per common share", "basis": "gaap",
             "period": "three months ended December 31, 2005", "value": amount("-0.09", "per_share", "units"),
             "comparison_period": "three months ended December 31, 2004", "comparison_value": amount("-0.05", "per_share", "units"),
             "change": None, "citations": [row("Basic and diluted net loss per common share")]},
        ],
        "guidance": [],
        "business_update": [
            {"topic": "Clinical pipeline",
             "text": "Initial Phase I data for huN901-DM1 in CD56-expressing solid tumors were encouraging, and ImmunoGen took over that study from a former partner.",
             "citations": [cite("we reported encouraging initial data from a Phase I trial evaluating our huN901-DM1 compound in CD56-expressing solid tumors")]},
            {"topic": "Collaborations",
             "text": "Genentech's IND for trastuzumab-DM1 became effective, triggering a $2 million milestone payment to ImmunoGen.",
             "citations": [cite("This event triggers a $2 million milestone payment to ImmunoGen")]},
        ],
    }  # fmt: skip


def nvidia_parts(author: Author, budget: int) -> list[dict]:
    """One summary per chunk, each citing only segments of its own chunk."""
    chunks = chunk_segments(author.document, author.segments, budget)
    parts = []
    for chunk in chunks:
        inside = {s.id for s in chunk.segments}
        first = chunk.segments[0].id == 1

        def cite(quote: str) -> dict:
            found = author.cite(quote)
            assert found["segment"] in inside, (quote, found)
            return found

        if first:
            parts.append({
                "company": {"name": "NVIDIA", "ticker": "NVDA", "citations": [cite("NVIDIA (NASDAQ: NVDA)")]},
                "period": {"label": "fourth quarter of fiscal 2026", "fiscal_year": 2026, "fiscal_quarter": 4,
                           "period_end": "2026-01-25", "citations": [cite("fourth quarter ended January 25, 2026")]},
                "headline": {"text": "NVIDIA's fourth-quarter revenue rose 73% from a year ago to a record $68.1 billion.",
                             "citations": [cite("Record quarterly revenue of $68.1 billion, up 20% from Q3 and up 73% from a year ago")]},
                "metrics": [
                    {"metric": "revenue", "label": "Revenue", "basis": "gaap", "period": "Q4 FY26", "value": amount("68127", scale="millions"),
                     "comparison_period": "Q4 FY25", "comparison_value": amount("39331", scale="millions"),
                     "change": amount("73", "percent", "units"), "citations": [author.row("Revenue")]},
                    {"metric": "eps_diluted", "label": "Diluted earnings per share", "basis": "gaap", "period": "Q4 FY26",
                     "value": amount("1.76", "per_share", "units"), "comparison_period": "Q4 FY25",
                     "comparison_value": amount("0.89", "per_share", "units"), "change": amount("98", "percent", "units"),
                     "citations": [author.row("Diluted earnings per share")]},
                ],
                "guidance": [],
                "business_update": [
                    {"topic": "Capital return", "text": "NVIDIA returned $41.1 billion to shareholders during fiscal 2026.",
                     "citations": [cite("During fiscal 2026, NVIDIA returned $41.1 billion to shareholders")]},
                ],
            })  # fmt: skip
        else:
            parts.append({
                "company": {"name": "NVIDIA", "ticker": None, "citations": []},
                "period": {"label": "fourth quarter of fiscal 2026", "fiscal_year": 2026, "fiscal_quarter": 4,
                           "period_end": None, "citations": []},
                "headline": {"text": "NVIDIA reported its fourth-quarter statements.", "citations": []},
                "metrics": [
                    {"metric": "net_income", "label": "GAAP net income", "basis": "gaap", "period": "Q4 FY26",
                     "value": amount("42960", scale="millions"), "comparison_period": "Q4 FY25",
                     "comparison_value": amount("22091", scale="millions"), "change": None,
                     "citations": [author.row("GAAP net income", within=inside)]},
                ],
                "guidance": [],
                "business_update": [],
            })  # fmt: skip
    return parts


def record(name: str, replies: list[tuple[int, dict, bytes]], run) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _StandIn)
    _StandIn.replies = list(replies)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    path = CASSETTES / f"{name}.yaml"
    path.unlink(missing_ok=True)
    recorder = vcr.VCR(record_mode="all", filter_headers=FILTERED_REQUEST_HEADERS, decode_compressed_response=True,
                       before_record_response=_scrub_response)  # fmt: skip
    with recorder.use_cassette(str(path)):
        try:
            run(ModelSettings(model=MODEL, base_url=f"{base}/v1", api_key="test-key", max_retries=2,
                              context_tokens=int(os.environ.get("CONTEXT", 128_000))))  # fmt: skip
        except Exception as error:  # scenarios that end in an error are recorded all the same
            print(f"  {name}: {type(error).__name__}: {error}")
    server.shutdown()
    path.write_text(path.read_text().replace(base, "https://api.openai.com"))
    print(f"wrote {path.relative_to(ROOT)} ({len(replies)} responses)")


def _scrub_response(response: dict) -> dict:
    response["headers"] = {k: v for k, v in response["headers"].items() if k.lower() not in FILTERED_RESPONSE_HEADERS}
    return response


def main() -> None:
    immunogen = Author("immunogen_q2-fy2006_8k.txt")
    run_immunogen = lambda settings: summarize_llm(immunogen.document, settings)  # noqa: E731
    good = json.dumps(immunogen_summary(immunogen))
    record("immunogen_good", [completion(good)], run_immunogen)
    record("immunogen_repair", [completion(json.dumps(immunogen_summary(immunogen, revenue="6887"))), completion(good)], run_immunogen)
    bad_quote = immunogen_summary(immunogen)
    bad_quote["headline"]["citations"][0]["quote"] = "reported a net loss of $3.6 million"
    record("immunogen_bad_citation", [completion(json.dumps(bad_quote)), completion(good)], run_immunogen)
    record("immunogen_reask", [completion(good[: len(good) // 2]), completion(good)], run_immunogen)
    record("immunogen_refusal", [completion(None, refusal="I'm sorry, but I can't help with that request.")], run_immunogen)
    record("immunogen_truncated", [completion(good[:4000], finish="length")], run_immunogen)
    record("immunogen_rate_limited", [rate_limited(), completion(good)], run_immunogen)
    nvidia = Author("nvidia_q4-fy2026.txt")
    budget = 6_000
    context = budget + count_tokens(open(ROOT / "prompts" / "summary_system.v1.md").read()) + 200 + 8_000
    os.environ["CONTEXT"] = str(context)
    parts = nvidia_parts(nvidia, budget)
    record("nvidia_chunks", [completion(json.dumps(part)) for part in parts], lambda s: summarize_llm(nvidia.document, s))
    print(f"nvidia_chunks: context_tokens={context}")


if __name__ == "__main__":
    started = time.time()
    main()
    print(f"done in {time.time() - started:.1f} s")
