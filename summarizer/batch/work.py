"""One filing's work: read or fetch it, judge it an earnings release, summarise it, render it.

``process`` never raises for a bad filing: whatever goes wrong with one (a 404, a file that
cannot be read, a submission over the size limit, a hanging server, a filing that is no
earnings release) comes back as an ``Outcome`` with status ``failed`` or ``skipped`` and
its reason, so the batch goes on. A model whose answer cannot be used (any ``ModelError``)
does not fail the filing either: the extractive engine writes its summary instead, and the
outcome says so (``fallback``). Model calls that find the server unavailable are tried
again, after a pause, before falling back.

It comes in two parts, so that a worker can put its model's slots first: ``prepare`` (read
the filing, judge it, and send its first model request ahead, ``calls``) and ``finish``
(the figures, the summary with the model's answer, the files); ``process_in_turns`` runs
them in the worker's turns (``turns``). The functions are plain and picklable: the local
executor runs them on threads inside worker processes, the Ray executor inside Ray actors.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ModelError, ModelUnavailable, SummarizerError, UsageError
from ..ingest.decoding import MAX_INPUT_BYTES
from .calls import _NO_LIMIT, bound_model_calls, forget, send_ahead, spent
from .sources import WorkItem
from .turns import FIRST, WORK

__all__ = ["Settings", "Outcome", "Limits", "Prepared", "prepare", "finish", "process", "process_in_turns", "read_item",
           "earnings_check", "bound_model_calls", "model_env", "adopt_model_env"]

_RESULTS_ITEM = re.compile(
    r"Item(?:\s|&nbsp;|&#160;|&#xa0;|<[^>]{0,200}>)+(?:2\.02|12)\b(?:\W|&nbsp;|&#160;|<[^>]{0,200}>){0,40}Results\s+of\s+Operations",
    re.IGNORECASE,
)
_RELEASE_TITLE = re.compile(r"\b(results|reports?|announces?|earnings)\b", re.IGNORECASE)
_PERIOD_WORDS = re.compile(r"\b(quarter|fiscal year|full year|half[- ]year|six months|nine months|interim)\b", re.IGNORECASE)
_RESULT_WORDS = re.compile(r"\b(revenues?|net (income|loss|profit)|earnings per (share|ADS)|profit for the period)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Settings:
    """What every filing of a batch is summarised with."""

    engine: str = "auto"
    model: str | None = None
    base_url: str | None = None
    uses_model: bool = False
    html: bool = False
    max_bytes: int = MAX_INPUT_BYTES
    model_retries: int = 2
    model_backoff: float = 2.0
    model_fallback: str = "extractive"  # for an unusable answer; "none": the filing fails (and is retried next run)
    fallback: str | None = None  # why the model is not asked for these filings (the Batch API gave no answer)
    model_env: tuple[tuple[str, str], ...] = field(default=(), repr=False)  # the batch's own model variables (key, timeout, context...)


_MODEL_VARIABLES = ("SUMMARIZER_", "OPENAI_", "AZURE_OPENAI_")


def model_env(env: Any) -> tuple[tuple[str, str], ...]:
    """The variables of ``env`` that configure the model (``ModelSettings.from_env`` reads them)."""
    return tuple(sorted((k, v) for k, v in env.items() if k.startswith(_MODEL_VARIABLES)))


def adopt_model_env(settings: Settings) -> None:
    """Make the batch's model variables this worker process's own, and only them.

    The pipeline reads the key, the timeout, the context and output budgets from the process's
    environment; a batch run with an environment of its own (``BatchOptions.env``) must reach the
    workers with it. Called only in processes the batch owns (its workers, its Ray actors)."""
    import os

    wanted = dict(settings.model_env)
    for name in [k for k in os.environ if k.startswith(_MODEL_VARIABLES) and k not in wanted]:
        del os.environ[name]
    os.environ.update(wanted)


@dataclass(frozen=True)
class Outcome:
    key: str
    status: str  # summarised, failed or skipped
    reason: str | None = None
    seconds: float = 0.0
    info: dict[str, str] = field(default_factory=dict)  # company, cik, accession, form_type, filed
    engine: str | None = None
    model: str | None = None
    fallback: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None
    period: str | None = None
    files: dict[str, str] = field(default_factory=dict)  # suffix -> content
    record: str | None = None
    metrics: dict[str, str] | None = None


@dataclass
class Limits:
    """Shared by every thread (and, made before the fork, every process) of a batch."""

    model_slots: Any = None  # a semaphore: the model calls in flight
    requests: Any = None  # RateLimiter of model requests per minute
    tokens: Any = None  # RateLimiter of prompt tokens per minute
    edgar: Any = None  # EdgarClient, its pace shared
    turns: Any = None  # turns.Turns of this process: given up while a thread waits (each process its own)

    def waiting(self, then: int | None = None) -> Any:
        """A block during which this thread waits, its turn at the interpreter given to the next (``turns``),
        taken again with the urgency ``then`` (by default the one it had)."""
        return self.turns.wait(then) if self.turns is not None else _NO_LIMIT


def earnings_check(document: Any, raw: bytes) -> str | None:
    """Why an EDGAR filing is not an earnings release, or None when it is (or is no filing).

    An 8-K is one when its header lists item 2.02 "Results of Operations and Financial
    Condition" (item 12 before August 2004, which EDGAR headers leave blank, so the text
    of the 8-K is read too); a 6-K when its exhibit reads as an earnings release.
    """
    info = document.info
    form = info.form_type.upper()
    if form.startswith("8-K"):
        if any("results of operations" in item.lower() for item in info.items):
            return None
        if _RESULTS_ITEM.search(raw[:400_000].decode("latin-1")):
            return None
        listed = "; ".join(i for i in info.items if i) or "none listed"
        return f"8-K without item 2.02 Results of Operations (items: {listed})"
    if form.startswith("6-K"):
        head = document.text[:10_000]
        title = info.title or info.document_description
        if (_RELEASE_TITLE.search(title) or _PERIOD_WORDS.search(head)) and len(_RESULT_WORDS.findall(head)) >= 2:
            return None
        return f"6-K whose exhibit ({info.document_type or 'main document'}) does not read as an earnings release"
    return None


def read_item(item: WorkItem, settings: Settings, limits: Limits, fetched: Callable[[], None]):
    from ..ingest.load import load_document, read_source

    if item.remote:
        if limits.edgar is None:
            raise UsageError("fetching from EDGAR needs a User-Agent")
        with limits.waiting():
            raw = limits.edgar.get(item.location)
        fetched()
        return load_document(raw, name=item.location, max_bytes=settings.max_bytes), raw
    raw, _ = read_source(item.location, max_bytes=settings.max_bytes)
    return load_document(raw, name=item.location, max_bytes=settings.max_bytes), raw


def _with_spent_calls(envelope: Any, model: str | None, reason: str) -> Any:
    """The extractive envelope of a filing the model failed, saying so: the model, why, and the calls it
    answered before it failed (their tokens and cost were spent on this filing all the same)."""
    from ..summary.model import CallUsage, Usage

    records = spent()
    costs = [record.cost(model or "") for record in records]
    usage = Usage(
        prompt_tokens=sum(r.prompt_tokens for r in records), completion_tokens=sum(r.completion_tokens for r in records),
        calls=len(records), estimated_cost_usd=None if not costs or None in costs else round(sum(filter(None, costs)), 6),
        per_call=[CallUsage(purpose=r.purpose, part=r.part, output_mode=r.mode, prompt_tokens=r.prompt_tokens,
                            completion_tokens=r.completion_tokens, seconds=r.seconds, estimated_cost_usd=cost)
                  for r, cost in zip(records, costs)],
    )  # fmt: skip
    return envelope.model_copy(update={"model": model, "fallback_reason": reason, "usage": usage})


def _send_ahead(document: Any, settings: Settings, limits: Limits) -> bool:
    """The filing's first model request captured and sent now, ahead of its long work (``calls``)."""
    from ..engines.llm import ModelSettings

    forget()
    if not settings.uses_model or not bound_model_calls(limits):
        return False
    model = ModelSettings.from_env(settings.model, settings.base_url)  # as the pipeline makes them
    if model is None:
        return False
    tokens = 0
    if limits.tokens is not None:
        from ..engines.chunking import count_tokens

        tokens = count_tokens(document.text)
    return send_ahead(document, model, limits, tokens) is not None


def _summarize(document: Any, settings: Settings, limits: Limits, sent_ahead: bool = False):
    """The summary, the model's if it answers usably, else the extractive one: (envelope, report, fallback).

    ``sent_ahead``: the first request is on its way already, its tokens taken from the budget."""
    from ..pipeline import summarize_document

    if not settings.uses_model:
        envelope, report = summarize_document(document, engine="extractive")
        if settings.fallback:  # the Batch API gave no answer for this filing
            forget()
            envelope = _with_spent_calls(envelope, settings.model, settings.fallback)
        return envelope, report, settings.fallback
    per_call = bound_model_calls(limits)
    if not sent_ahead:
        forget()
    for attempt in range(settings.model_retries + 1):
        try:
            if limits.tokens is not None and not (sent_ahead and attempt == 0):
                from ..engines.chunking import count_tokens

                tokens = count_tokens(document.text)
                with limits.waiting():
                    limits.tokens.acquire(tokens)
            if not per_call and limits.requests is not None:
                with limits.waiting():
                    limits.requests.acquire()
            with (_NO_LIMIT if per_call else limits.model_slots or _NO_LIMIT):
                envelope, report = summarize_document(  # the batch falls back itself, after its own retries
                    document, engine=settings.engine, model=settings.model, base_url=settings.base_url, fallback="none"
                )
            return envelope, report, None
        except ModelUnavailable as error:
            if attempt < settings.model_retries:
                with limits.waiting():
                    time.sleep(settings.model_backoff * 2**attempt)
                continue
            failure: ModelError = error
        except ModelError as error:
            failure = error
        if settings.model_fallback == "none":
            raise failure
        reason = f"{type(failure).__name__}: {failure}"
        envelope, report = summarize_document(document, engine="extractive")
        return _with_spent_calls(envelope, settings.model, reason), report, reason
    raise AssertionError("unreachable")


def _render(envelope: Any, report: Any, document: Any, settings: Settings, fallback: str | None) -> dict[str, str]:
    from ..pipeline import engine_note
    from ..render.markdown import briefing_note

    note = engine_note(envelope.engine, envelope.model, fallback)  # says why the model's answer was not used
    files = {".json": envelope.model_dump_json(indent=2) + "\n", ".md": briefing_note(envelope, report, engine_note=note)}
    if settings.html:
        from ..render.html_page import review_page

        files[".html"] = review_page(envelope, report, document.text, engine_note=note)
    return files


@dataclass
class Prepared:
    """A filing read and judged an earnings release, its first model request perhaps on its way already."""

    item: WorkItem
    info: dict[str, str]
    started: float
    document: Any
    sent_ahead: bool = False


def _ended(item: WorkItem, info: dict[str, str], started: float, status: str, reason: str | None, **values: Any) -> Outcome:
    return Outcome(item.key, status, reason, round(time.monotonic() - started, 3), info, **values)


def _failure(error: Exception) -> str:
    if isinstance(error, UsageError):
        raise error  # the batch's settings are wrong: every filing would fail alike
    if isinstance(error, SummarizerError):
        return str(error)
    return f"internal error: {type(error).__name__}: {error}"  # a bug of ours, met on this filing: recorded, the batch goes on


def prepare(item: WorkItem, settings: Settings, limits: Limits, fetched: Callable[[], None] = lambda: None,
            ahead: bool = True) -> Prepared | Outcome:  # fmt: skip
    """The short first part of a filing's work: read (or fetch) it, judge it, and (``ahead``) send its
    first model request; an ``Outcome`` when the filing ends here (skipped, failed)."""
    started = time.monotonic()
    info = {"company": item.company, "cik": item.cik, "accession": item.accession, "form_type": item.form_type, "filed": item.filed}
    try:
        document, raw = read_item(item, settings, limits, fetched)
        header = document.info
        info.update({name: value for name, value in (
            ("company", header.company), ("cik", header.cik.lstrip("0")), ("accession", header.accession_number),
            ("form_type", header.form_type), ("filed", header.filing_date)) if value})  # fmt: skip
        skip = earnings_check(document, raw)
        if skip:
            return _ended(item, info, started, "skipped", skip)
        return Prepared(item, info, started, document, ahead and _send_ahead(document, settings, limits))
    except Exception as error:
        return _ended(item, info, started, "failed", _failure(error))


def finish(prepared: Prepared, settings: Settings, limits: Limits) -> Outcome:
    """The rest of a filing's work: its summary (the model's answer awaited), the files, the record."""
    import json

    from .outputs import metrics_row

    item, info, document = prepared.item, prepared.info, prepared.document
    try:
        envelope, report, fallback = _summarize(document, settings, limits, prepared.sent_ahead)
        files = _render(envelope, report, document, settings, fallback)
        row = metrics_row(envelope, report)
    except Exception as error:
        return _ended(item, info, prepared.started, "failed", _failure(error))
    finally:
        forget()  # a request sent ahead that the engine did not make is withdrawn
    envelope_json = json.loads(files[".json"])
    record = json.dumps({"key": item.key, "accession": info["accession"], "source": item.location, "fallback": fallback,
                         "envelope": envelope_json}, ensure_ascii=False)  # fmt: skip
    usage = envelope.usage
    return _ended(
        item, info, prepared.started, "summarised", None, engine=envelope.engine, model=envelope.model,
        fallback=fallback, prompt_tokens=usage.prompt_tokens, completion_tokens=usage.completion_tokens,
        cost_usd=usage.estimated_cost_usd, period=envelope.summary.period.label, files=files, record=record, metrics=row,
    )  # fmt: skip


def process(item: WorkItem, settings: Settings, limits: Limits, fetched: Callable[[], None] = lambda: None) -> Outcome:
    """Everything one filing needs, as an ``Outcome`` (never an exception for a bad filing), in one go."""
    prepared = prepare(item, settings, limits, fetched, ahead=False)
    return prepared if isinstance(prepared, Outcome) else finish(prepared, settings, limits)


def process_in_turns(item: WorkItem, settings: Settings, limits: Limits, fetched: Callable[[], None] = lambda: None,
                     begin: Callable[[], bool] = lambda: True) -> Outcome | None:  # fmt: skip
    """``process`` in this process's turns (``turns``): the first part, which sends the filing's first
    request, before any other thread's long work; the rest after it. ``begin`` is asked in the first
    turn whether to take the filing at all (None when not: a stop was asked for meanwhile)."""
    with limits.turns.turn(FIRST):
        if not begin():
            return None
        prepared = prepare(item, settings, limits, fetched)
    if isinstance(prepared, Outcome):
        return prepared
    with limits.turns.turn(WORK):
        return finish(prepared, settings, limits)
