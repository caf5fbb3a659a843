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
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Callable

import jsonschema
from pydantic import ValidationError

from .chunking import Chunk, chunk_segments, count_tokens
from .errors import ModelOutputInvalid
from .llm import ModelClient, ModelSettings, Usage
from .prompting import render
from .resources import load_schema
from .segments import Segment, resolve_quote, segment_line, segments
from .summary import Citation, Summary, verify_summary
from .types import Document, Span
from .facts import FactIndex
from .verify import SUPPORTED, VerificationReport

__all__ = ["model_schema", "LLMResult", "summarize_llm"]

_OUTPUT_RESERVE = 8_000
_REPAIR_BUDGET = 12_000


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
    return {**root, "$defs": definitions}


@dataclass
class LLMResult:
    summary: Summary
    report: VerificationReport
    usage: Usage
    notes: list[str] = field(default_factory=list)
    document_tokens: int = 0


def _schema_errors(payload: Any) -> list[str]:
    errors = sorted(jsonschema.Draft202012Validator(model_schema()).iter_errors(payload), key=lambda e: list(e.path))
    return [f"at {'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in errors[:8]]


def _ask(client: ModelClient, messages: list[dict[str, str]], usage: Usage) -> dict:
    """One answer that fits the schema; an invalid one is sent back once with its errors,
    on a copy of the conversation."""
    conversation = list(messages)
    for attempt in range(2):
        try:
            payload, call_usage, raw = client.structured(conversation, model_schema(), "earnings_summary")
            usage.add(call_usage)
            errors = _schema_errors(payload)
        except ModelOutputInvalid as invalid:
            usage.add(getattr(invalid, "usage", Usage()))
            raw, errors = getattr(invalid, "raw", ""), [str(invalid)]
        if not errors:
            return payload
        if attempt == 1:
            raise ModelOutputInvalid(f"the answer did not fit the schema after a second try: {errors[0]}",
                                     provider=client.settings.provider)  # fmt: skip
        conversation = [
            *conversation,
            {"role": "assistant", "content": raw},
            {"role": "user", "content": render("reask_user.v1.md", errors="\n".join(f"- {e}" for e in errors))},
        ]
    raise AssertionError("unreachable")


def _messages(document: Document, lines: str, part: str) -> list[dict[str, str]]:
    title = document.info.title or document.info.company or document.source
    return [
        {"role": "system", "content": render("summary_system.v1.md")},
        {"role": "user", "content": render("summary_user.v1.md", title=title, part=part, segments=lines)},
    ]


def _resolve(document: Document, by_id: dict[int, Segment], payload: dict, notes: list[str]) -> Summary:
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
            notes.append(f"{where}: quote {citation['quote']!r} is not in segment {citation['segment']}")
            return None
        return {"start": span.start, "end": span.end, "quote": span.of(text)}

    try:
        return Summary.model_validate(walk(payload, ""))
    except ValidationError as error:
        raise ModelOutputInvalid(f"the answer is not a summary: {error.errors()[0]['msg']}") from None


def _merge(payloads: list[dict], notes: list[str]) -> dict:
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
                notes.append(f"chunks disagree on {key[0]} ({key[2]}): {seen[key]['value']['value']} kept, "
                             f"{metric['value']['value']} set aside")  # fmt: skip
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
) -> LLMResult:
    """A model-written summary of ``document``, its citations resolved and its numbers verified.

    ``progress`` is told of each call ("part 2 of 3") for long releases."""
    index = index or FactIndex(document)
    client = ModelClient(settings)
    usage, notes = Usage(), []
    all_segments = segments(document)
    by_id = {segment.id: segment for segment in all_segments}
    overhead = count_tokens(render("summary_system.v1.md")) + 200
    budget = max(1_000, settings.context_tokens - overhead - min(_OUTPUT_RESERVE, settings.max_output_tokens))
    chunks: list[Chunk] = chunk_segments(document, all_segments, budget)
    payloads = []
    for number, chunk in enumerate(chunks, 1):
        if progress:
            progress(f"asking {settings.model}: part {number} of {len(chunks)} ({chunk.tokens:,} tokens)")
        part = f"Part {number} of {len(chunks)} of the release.\n" if len(chunks) > 1 else ""
        payloads.append(_ask(client, _messages(document, chunk.lines(document), part), usage))
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
        repair_notes: list[str] = []
        payload = _ask(client, conversation, usage)
        summary = _resolve(document, by_id, payload, repair_notes)
        notes += repair_notes
        report = verify_summary(summary, document, index)
    return LLMResult(summary, report, usage, notes, sum(c.tokens for c in chunks))
