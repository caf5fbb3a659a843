"""``--openai-batch``: the model's calls sent through OpenAI's Batch API instead of one by one.

Four steps, each recorded so that a stopped run picks up where it was:
1. For every filing to do, the request the LLM engine would make is captured (the engine
   runs up to its first call, which is recorded instead of sent) and written to
   ``DIR/openai-batch/<n>.requests.jsonl`` with the filing's key as ``custom_id``.
2. The file is uploaded (purpose ``batch``) and a batch created on ``/v1/chat/completions``;
   its id and keys go into the state at once (table ``openai_batches``).
3. The batch is polled until it ends; a re-run finds the open batch in the state and polls
   it again instead of sending the filings twice.
4. Its output is downloaded and each filing summarised with its answer replayed as the
   engine's first call: citations resolved, numbers verified, the envelope made and the
   outputs written exactly as for a live call. A second call the engine wants (asking
   again for a malformed answer, repairing unsupported numbers) is made live. A filing
   without a usable answer falls back to the extractive summary, marked.

The capture and the replay hook into the one place the engine makes a call, the
``ModelClient`` it looks up (as ``work.bound_model_calls`` does), through a thread-local plan.
"""

from __future__ import annotations

import functools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import ModelError, SummarizerError, UsageError
from .sources import WorkItem
from .state import State
from .work import Limits, Outcome, Settings, earnings_check, process

__all__ = ["run_openai_batch", "capture_request"]

MIGRATION = """
CREATE TABLE IF NOT EXISTS openai_batches (
    id TEXT PRIMARY KEY,
    keys TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at REAL NOT NULL,
    ended_at REAL
)
"""
_ENDED = ("completed", "failed", "expired", "cancelled")
_plan = threading.local()  # .capture (a list to record into) or .replay (the answer of the first call)


class _Captured(Exception):
    """The engine's first call, stopped before it was sent."""

    def __init__(self, body: dict) -> None:
        super().__init__("captured")
        self.body = body


def _install() -> None:
    """Put the capturing and replaying client where the LLM engine looks for its client."""
    from ..engines import llm_engine
    from ..engines.llm import Answer, CallRecord, ModelClient

    current = getattr(llm_engine, "ModelClient", None)
    if not (isinstance(current, type) and issubclass(current, ModelClient)):  # never send live what was to be batched
        raise UsageError("--openai-batch cannot reach the LLM engine's model client in this version")
    if getattr(current, "_batch_replay", False):
        return

    class ReplayClient(current):  # type: ignore[misc, valid-type]
        _batch_replay = True

        def structured(self, messages, schema, name, *, purpose="chunk", part="1 of 1"):
            if getattr(_plan, "capture", False):
                raise _Captured({
                    "model": self.settings.model, "messages": messages, "temperature": 0,
                    "response_format": {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}},
                    "max_completion_tokens": self.settings.max_output_tokens,
                })  # fmt: skip
            answer = getattr(_plan, "replay", None)
            if answer is None:  # a second call: made live
                return super().structured(messages, schema, name, purpose=purpose, part=part)
            _plan.replay = None
            record = CallRecord(purpose, part, "json_schema", answer["usage"].get("prompt_tokens", 0),
                                answer["usage"].get("completion_tokens", 0), 0.0)  # fmt: skip
            raw = answer["content"]
            try:
                return Answer(json.loads(raw), None, raw, record)
            except json.JSONDecodeError as error:
                return Answer(None, f"the answer is not JSON: {error}", raw, record)

    llm_engine.ModelClient = ReplayClient  # type: ignore[misc]


def capture_request(document: Any, settings: Settings) -> dict:
    """The body of the chat-completion request the engine would send first for ``document``."""
    from ..pipeline import summarize_document

    _install()
    _plan.capture = True
    try:
        summarize_document(document, engine=settings.engine, model=settings.model, base_url=settings.base_url)
    except _Captured as captured:
        return captured.body
    finally:
        _plan.capture = False
    raise ModelError("the engine made no model call to send in a batch")


def _client(settings: Settings):
    from ..engines.llm import ModelClient, ModelSettings

    model = ModelSettings.from_env(settings.model, settings.base_url)
    if model is None:
        raise UsageError("the OpenAI Batch API needs a model: set SUMMARIZER_MODEL (or --model)")
    return ModelClient(model)._client


def _open_batches(state: State) -> list[tuple[str, list[str]]]:
    state.execute(MIGRATION)
    return [(bid, json.loads(keys)) for bid, keys in state.query("SELECT id, keys FROM openai_batches WHERE ended_at IS NULL")]


def _submit(todo: list[WorkItem], settings: Settings, limits: Limits, folder: Path, state: State,
            on_event: Callable[[str, Any], None]) -> str | None:  # fmt: skip
    """Capture, write and upload the requests of ``todo``; the new batch's id (None when nothing to send)."""
    from .work import read_item

    lines, keys = [], []
    for item in todo:
        on_event("started", item.key)
        try:
            document, raw = read_item(item, settings, limits, functools.partial(on_event, "fetched", item.key))
            skip = earnings_check(document, raw)
            if skip:
                on_event("done", Outcome(item.key, "skipped", skip))
                continue
            body = capture_request(document, settings)
        except SummarizerError as error:
            on_event("done", Outcome(item.key, "failed", str(error)))
            continue
        lines.append(json.dumps({"custom_id": item.key, "method": "POST", "url": "/v1/chat/completions", "body": body}))
        keys.append(item.key)
    if not lines:
        return None
    (folder / "openai-batch").mkdir(exist_ok=True)
    number = len(list((folder / "openai-batch").glob("*.requests.jsonl"))) + 1
    path = folder / "openai-batch" / f"{number}.requests.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    client = _client(settings)
    with path.open("rb") as handle:
        uploaded = client.files.create(file=handle, purpose="batch")
    batch = client.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h")
    state.execute("INSERT INTO openai_batches VALUES (?, ?, ?, ?, NULL)", (batch.id, json.dumps(keys), batch.status, time.time()))
    on_event("message", f"OpenAI batch {batch.id}: {len(keys)} requests from {path.name}")
    return batch.id


def _answers(client, batch) -> dict[str, dict]:
    """custom_id -> {"content", "usage"} of each successful request; others are absent."""
    answers: dict[str, dict] = {}
    if batch.output_file_id:
        for line in client.files.content(batch.output_file_id).text.splitlines():
            if not line.strip():
                continue
            result = json.loads(line)
            response = result.get("response") or {}
            if response.get("status_code") == 200:
                body = response["body"]
                answers[result["custom_id"]] = {"content": body["choices"][0]["message"].get("content") or "",
                                                "usage": body.get("usage") or {}}  # fmt: skip
    return answers


def run_openai_batch(todo: list[WorkItem], options: Any, settings: Settings, limits: Limits, state: State,
                     on_event: Callable[[str, Any], None], poll_seconds: float = 30.0) -> None:  # fmt: skip
    """Every filing of ``todo`` (and of batches left open by an earlier run) through the Batch API.

    Runs in the calling process; the engine's client is given back as it was at the end."""
    from ..engines import llm_engine

    original = llm_engine.ModelClient
    try:
        _install()
        _run(todo, options, settings, limits, state, on_event, poll_seconds)
    finally:
        llm_engine.ModelClient = original  # type: ignore[misc]


def _run(todo: list[WorkItem], options: Any, settings: Settings, limits: Limits, state: State,
         on_event: Callable[[str, Any], None], poll_seconds: float) -> None:  # fmt: skip
    open_batches = _open_batches(state)
    pending = {key for _, keys in open_batches for key in keys}
    new = _submit([i for i in todo if i.key not in pending], settings, limits, options.out, state, on_event)
    if new:
        open_batches = _open_batches(state)
    by_key = {item.key: item for item in todo}
    client = _client(settings)
    for batch_id, keys in open_batches:
        if batch_id != new:
            on_event("message", f"OpenAI batch {batch_id}: resumed")
        while True:
            batch = client.batches.retrieve(batch_id)
            if batch.status in _ENDED:
                break
            time.sleep(poll_seconds)
        answers = _answers(client, batch)
        for key in keys:
            item = by_key.get(key)
            row = state.row(key)
            if item is None or (row and row.status in ("summarised", "skipped")):
                continue
            answer = answers.get(key)
            if answer is None:
                reason = f"ModelError: the OpenAI batch {batch_id} ended {batch.status} without an answer for it"
                if settings.model_fallback == "none":  # no extractive summary wanted: failed, asked again next run
                    outcome = Outcome(key, "failed", reason)
                else:
                    outcome = process(item, replace(settings, uses_model=False, fallback=reason), limits)
            else:
                _plan.replay = answer
                try:
                    outcome = process(item, settings, limits)
                finally:
                    _plan.replay = None
            on_event("done", outcome)
        state.execute("UPDATE openai_batches SET status = ?, ended_at = ? WHERE id = ?", (batch.status, time.time(), batch_id))
