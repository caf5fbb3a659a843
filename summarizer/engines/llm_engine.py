"""The LLM engine: segments -> model -> summary with exact citations -> verified, repaired once.

The model fills the summary schema with citations of the form ``{segment, quote}``; each
is resolved to ``{start, end, quote}`` by exact matching inside its segment, and one that
does not resolve is reported, not dropped silently. A release that fits the model's
context goes in one call; a longer one is summarised chunk by chunk and merged
deterministically (metrics by metric, basis and period; conflicts noted). Numbers the
verifier cannot support are sent back once, with only the items and segments involved.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..errors import ModelOutputInvalid, ModelTruncated
from ..facts import FactIndex
from ..resources import load_schema
from ..summary.model import Citation, Summary, verify_summary
from ..summary.notes import Note
from ..types import Document, Span
from ..verify.verifier import SUPPORTED, VerificationReport
from .chunking import Chunk, chunk_segments, count_tokens
from .llm import PROMPTED_MODES, CallRecord, ModelClient, ModelSettings, Usage, portable_schema
from .prompting import render
from .segments import Segment, resolve_quote, segment_line, segments

__all__ = ["model_schema", "LLMResult", "summarize_llm"]

_OUTPUT_RESERVE = 8_000
_REPAIR_BUDGET = 12_000
_REASK_ECHO = 20_000  # characters of an unusable answer shown back to the model when asking again


@cache
def model_schema() -> dict:
    """The summary schema as the model fills it: citations are ``{segment, quote}``."""
    definitions = copy.deepcopy(load_schema("summary.schema.json")["$defs"])
    definitions["citation"] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["segment", "quote"],
        "properties": {
            "segment": {"type": "integer", "description": "the [id] of the segment quoted"},
            "quote": {"type": "string", "description": "a short passage copied exactly from that segment"},
        },
    }
    root = definitions.pop("summary")
    used = {name for name in definitions if f'"#/$defs/{name}"' in json.dumps([root, definitions])}
    return {**root, "$defs": {name: definitions[name] for name in definitions if name in used}}


@dataclass
class LLMResult:
    summary: Summary
    report: VerificationReport
    usage: Usage
    notes: list[Note] = field(default_factory=list)
    document_tokens: int = 0
    output_mode: str | None = None


def _schema_errors(payload: Any) -> list[str]:
    import jsonschema  # here, not with the module: a tenth of a second that the first call need not wait for

    try:
        errors = sorted(jsonschema.Draft202012Validator(model_schema()).iter_errors(payload), key=lambda e: list(e.path))
    except RecursionError:
        return ["the answer is nested too deeply to be a summary"]
    return [f"at {'/'.join(map(str, e.absolute_path)) or '(top)'}: {_short(e.message)}" for e in errors[:8]]


def _short(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class _Calls:
    """The client, the usage of every call so far, and whom to tell about each call."""

    client: ModelClient
    usage: Usage
    log: Callable[[str], None] | None = None

    def ask(self, messages: list[dict[str, str]], *, purpose: str, part: str) -> dict:
        """One answer that fits the schema; an invalid one is sent back once with its errors,
        on a copy of the conversation."""
        conversation = list(messages)
        for attempt in range(2):
            answer = self.client.structured(conversation, model_schema(), "earnings_summary",
                                            purpose=purpose if attempt == 0 else "reask", part=part)  # fmt: skip
            self._record(answer.record)
            if answer.stop:
                raise answer.stop
            errors = [answer.error] if answer.error else _schema_errors(answer.payload)
            if not errors:
                return answer.payload
            if attempt == 1:
                raise ModelOutputInvalid(f"the answer did not fit the schema after a second try: {errors[0]}",
                                         provider=self.client.settings.provider)  # fmt: skip
            conversation = [
                *conversation,
                {"role": "assistant", "content": _short(answer.raw, _REASK_ECHO)},
                {"role": "user", "content": render("reask_user.v1.md", errors="\n".join(f"- {e}" for e in errors))},
            ]
        raise AssertionError("unreachable")

    def _record(self, record: CallRecord) -> None:
        self.usage.add(record)
        if self.log:
            model = self.client.settings.model
            cost = record.cost(model)
            self.log(f"call {self.usage.calls}: {record.purpose}, part {record.part}, {record.mode}: "
                     f"{record.prompt_tokens:,} prompt + {record.completion_tokens:,} completion tokens, "
                     f"{record.seconds:.1f} s" + (f", ${cost:.6f}" if cost is not None else ""))  # fmt: skip


def _messages(document: Document, lines: str, part: str) -> list[dict[str, str]]:
    title = document.info.title or document.info.company or document.source
    return [
        {"role": "system", "content": render("summary_system.v1.md")},
        {"role": "user", "content": render("summary_user.v1.md", title=title, part=part, segments=lines)},
    ]


def _resolve(document: Document, by_id: dict[int, Segment], payload: dict, notes: list[Note]) -> Summary:
    """The model's summary with each ``{segment, quote}`` turned into an exact span."""
    text = document.text

    def walk(node: Any, where: str) -> Any:
        if isinstance(node, dict):
            if set(node) == {"segment", "quote"}:
                return node
            resolved = {}
            for key, value in node.items():
                if key == "citations":
                    resolved[key] = [c for c in (cite(c, where) for c in value) if c is not None]
                else:
                    resolved[key] = walk(value, f"{where}/{key}" if where else key)
            return resolved
        if isinstance(node, list):
            return [walk(item, f"{where}[{index}]") for index, item in enumerate(node)]
        return node

    def cite(citation: dict, where: str) -> dict | None:
        segment = by_id.get(citation["segment"])
        span = resolve_quote(document, segment, citation["quote"]) if segment else None
        if span is None:
            notes.append(Note.quote_not_in_segment(where, citation["quote"], citation["segment"]))
            return None
        return {"start": span.start, "end": span.end, "quote": span.of(text)}

    from pydantic import ValidationError

    try:
        return Summary.model_validate(walk(payload, ""))
    except ValidationError as error:
        raise ModelOutputInvalid(f"the answer is not a summary: {error.errors()[0]['msg']}") from None


def _merge(payloads: list[dict], notes: list[Note]) -> dict:
    """Chunk summaries merged: metrics by (metric, basis, period), first seen kept, conflicts noted."""
    merged = copy.deepcopy(payloads[0])
    seen = {(m["metric"], m["basis"], m["period"]): m for m in merged["metrics"]}
    for payload in payloads[1:]:
        for metric in payload["metrics"]:
            key = (metric["metric"], metric["basis"], metric["period"])
            if key not in seen:
                seen[key] = metric
                merged["metrics"].append(metric)
            elif seen[key]["value"] != metric["value"]:
                notes.append(Note.chunks_disagree(key[0], key[2], seen[key]["value"]["value"], metric["value"]["value"]))
        texts = {g["text"] for g in merged["guidance"]}
        merged["guidance"] += [g for g in payload["guidance"] if g["text"] not in texts]
        texts = {u["text"] for u in merged["business_update"]}
        merged["business_update"] += [u for u in payload["business_update"] if u["text"] not in texts]
        for part in ("company", "period"):
            if not merged[part]["citations"] and payload[part]["citations"]:
                merged[part] = payload[part]
    return merged


def _repair_request(document: Document, summary: Summary, report: VerificationReport, all_segments: list[Segment]) -> str | None:
    problems, spans = [], []
    for claim in report.claims:
        bad = [n for n in claim.numbers if n.status not in SUPPORTED]
        if bad:
            problems.append(f"- {claim.item}: \"{claim.text}\" — " + "; ".join(f"{n.text} ({n.status.value})" for n in bad))
            spans += [ref.span for n in bad for ref in (*n.supports, *n.candidates)]
            spans += [Span(c.start, c.end) for c in _item_citations(summary, claim.item)]
    if not problems:
        return None
    involved = [s for s in all_segments if any(s.span.start <= sp.start < s.span.end or sp.start <= s.span.start < sp.end for sp in spans)]
    lines, tokens = [], 0
    for segment in involved:
        line = segment_line(document, segment)
        tokens += count_tokens(line)
        if tokens > _REPAIR_BUDGET:
            break
        lines.append(line)
    return render("repair_user.v1.md", problems="\n".join(problems), segments="\n".join(lines))


def _item_citations(summary: Summary, item: str) -> list[Citation]:
    name, _, index = item.partition("[")
    if not index:
        return getattr(summary, name).citations if hasattr(summary, name) else []
    items = getattr(summary, name, [])
    position = int(index.rstrip("]"))
    return items[position].citations if position < len(items) else []


def summarize_llm(
    document: Document,
    settings: ModelSettings,
    index: FactIndex | None = None,
    progress: Callable[[str], None] | None = None,
    *,
    usage: Usage | None = None,
    log: Callable[[str], None] | None = None,
) -> LLMResult:
    """A model-written summary of ``document``, its citations resolved and its numbers verified.

    ``progress`` is told of each call ("part 2 of 3") and of calls that take long; ``log`` of
    each call's purpose, tokens and cost once it is answered. Every call is added to
    ``usage`` as it is made, so a caller still knows what was spent when this raises."""
    index = index or FactIndex(document)
    client = ModelClient(settings, progress=progress)
    calls = _Calls(client, usage if usage is not None else Usage(), log)
    notes: list[Note] = []
    all_segments = segments(document)
    by_id = {segment.id: segment for segment in all_segments}
    overhead = count_tokens(render("summary_system.v1.md")) + 200
    if client.mode in PROMPTED_MODES:  # a server known to need the schema in the prompt
        overhead += count_tokens(json.dumps(portable_schema(model_schema()), separators=(",", ":"))) + 50
    budget = max(1_000, settings.context_tokens - overhead - min(_OUTPUT_RESERVE, settings.max_output_tokens))
    chunks: list[Chunk] = chunk_segments(document, all_segments, budget)
    payloads = []
    for number, chunk in enumerate(chunks, 1):
        part = f"{number} of {len(chunks)}"
        if progress:
            progress(f"asking {settings.model}: part {part} ({chunk.tokens:,} tokens)")
        heading = f"Part {part} of the release.\n" if len(chunks) > 1 else ""
        payloads.append(calls.ask(_messages(document, chunk.lines(document), heading), purpose="chunk", part=part))
    payload = _merge(payloads, notes) if len(payloads) > 1 else payloads[0]
    summary = _resolve(document, by_id, payload, notes)
    report = verify_summary(summary, document, index)
    repair = _repair_request(document, summary, report, all_segments)
    if repair:
        if progress:
            progress(f"asking {settings.model} to correct the numbers the verifier could not find")
        conversation = [
            *_messages(document, chunks[0].lines(document) if len(chunks) == 1 else "(see the segments below)", ""),
            {"role": "assistant", "content": json.dumps(payload)},
            {"role": "user", "content": repair},
        ]
        repair_notes: list[Note] = []
        try:
            repaired = calls.ask(conversation, purpose="repair", part="1 of 1" if len(chunks) == 1 else "all")
            corrected = _resolve(document, by_id, repaired, repair_notes)
        except (ModelOutputInvalid, ModelTruncated) as error:  # the first summary stands, its problems reported
            notes.append(Note.correction_unusable(error))
        else:
            summary, report = corrected, verify_summary(corrected, document, index)
            notes += repair_notes
    return LLMResult(summary, report, calls.usage, notes, sum(c.tokens for c in chunks), client.mode)
