"""Running a batch: the state, the workers, the outputs and the progress, in one process that owns them.

The coordinating process expands the sources, records every item in the state, and hands
the ones not done to worker processes (``--workers``), each running a few threads, so
that the deterministic work of one filing (reading, figures, the extractive summary, the
verifier) runs while other filings wait on the model. The model calls in flight are
bounded by one semaphore shared by every process (``--concurrency``), and so are the
requests and tokens per minute and the requests to EDGAR (one pace for all).

Only the coordinating process writes the state and the output folder, in this order for
each filing: its files (each moved into place whole), then its row (one transaction),
then its line of ``summaries.jsonl``. A kill at any point leaves a filing either done, with
all of its outputs, or to be done again by the next run; the log is mended at the start
(``outputs.SummaryLog.reconcile``). Ctrl-C lets the filings in progress finish, records
them, and stops; a second Ctrl-C stops at once.
"""

from __future__ import annotations

import functools
import math
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..errors import UsageError
from ..ingest.decoding import MAX_INPUT_BYTES
from .outputs import SummaryLog, remove_stale_partials, write_atomic, write_metrics
from .sources import WorkItem, expand_sources
from .state import State
from .turns import Turns
from .work import Limits, Outcome, Settings, adopt_model_env, model_env, process_in_turns

__all__ = ["BatchOptions", "BatchResult", "run_batch"]


@dataclass(frozen=True)
class BatchOptions:
    out: Path
    engine: str = "auto"
    model: str | None = None
    base_url: str | None = None
    html: bool = False
    workers: int = 1
    concurrency: int = 4
    requests_per_minute: float | None = None
    tokens_per_minute: float | None = None
    user_agent: str | None = None
    edgar_base_url: str | None = None
    fetch_timeout: float = 20.0
    fetch_retries: int = 4
    max_bytes: int = MAX_INPUT_BYTES
    model_retries: int = 2  # more tries of a filing whose model calls found the server unavailable
    model_backoff: float = 5.0  # seconds before the first of them, doubling
    timeout: float | None = None  # seconds per model call (else SUMMARIZER_TIMEOUT in env, else the client's default)
    fallback: str = "extractive"  # for an unusable answer: the extractive summary, marked; "none": the filing fails
    executor: str = "local"
    openai_batch: bool = False  # the model's calls through OpenAI's Batch API
    poll_seconds: float = 30.0  # between looks at an OpenAI batch
    progress: bool | None = None  # None: a bar on a terminal, log lines otherwise
    env: dict[str, str] = field(default_factory=lambda: dict(os.environ))


@dataclass(frozen=True)
class BatchResult:
    counts: dict[str, int]  # the whole state, by status
    this_run: dict[str, int]  # outcomes of this run, by status
    seconds: float
    interrupted: bool = False


class _Edgar:
    """The EDGAR client, made on first need, so that local batches need no User-Agent."""

    def __init__(self, options: BatchOptions) -> None:
        self.options, self.client = options, None

    def __call__(self):
        if self.client is None:
            from ..ingest.edgar_client import MAX_REQUESTS_PER_SECOND, EdgarClient
            from ..ratelimit import RateLimiter

            self.client = EdgarClient(
                self.options.user_agent, base_url=self.options.edgar_base_url, env=self.options.env,
                limiter=RateLimiter(MAX_REQUESTS_PER_SECOND, shared=True), timeout=self.options.fetch_timeout,
                retries=self.options.fetch_retries, max_bytes=self.options.max_bytes,
            )  # fmt: skip
        return self.client


def _settings(options: BatchOptions) -> Settings:
    from ..engines.llm import ModelSettings
    from ..pipeline import ENGINES, FALLBACKS

    if options.engine not in ENGINES:
        raise UsageError(f"engine {options.engine!r} is not available (available: {', '.join(ENGINES)})")
    if options.fallback not in FALLBACKS:
        raise UsageError(f"fallback {options.fallback!r} is not available (available: {', '.join(FALLBACKS)})")
    env = {**options.env, **({"SUMMARIZER_TIMEOUT": str(options.timeout)} if options.timeout else {})}
    configured = None
    if options.engine != "extractive":  # the model named now, from the batch's environment, for every worker
        configured = ModelSettings.from_env(options.model, options.base_url, env)
        if options.engine == "llm" and configured is None:
            raise UsageError("--engine llm needs a model: set SUMMARIZER_MODEL (or --model) and OPENAI_API_KEY")
    return Settings(engine=options.engine, model=configured.model if configured else None,
                    base_url=configured.base_url if configured else None, uses_model=configured is not None,
                    html=options.html, max_bytes=options.max_bytes, model_retries=options.model_retries,
                    model_backoff=options.model_backoff, model_fallback=options.fallback,
                    model_env=model_env(env))  # fmt: skip


def _limits(options: BatchOptions, settings: Settings, edgar: Any) -> Limits:
    from ..ratelimit import RateLimiter

    context = multiprocessing.get_context("fork")
    limits = Limits(edgar=edgar)
    if settings.uses_model:
        limits.model_slots = context.BoundedSemaphore(max(1, options.concurrency))
        if options.requests_per_minute:
            limits.requests = RateLimiter(options.requests_per_minute, 60, burst=max(1, options.concurrency), shared=True)
        if options.tokens_per_minute:
            limits.tokens = RateLimiter(options.tokens_per_minute, 60, burst=options.tokens_per_minute, shared=True)
    return limits


# ---------------------------------------------------------------------------- workers


def _worker(jobs, results, stop, settings: Settings, limits: Limits, threads: int, parent: int) -> None:
    """A worker process: ``threads`` threads taking items until the sentinel, the stop or the parent's death.

    A thread takes its filing off the queue first and then waits for its turn. (Taking it only when
    the turn came, so that the queue's order held across processes, was measured slower on this
    shared machine: 18-26 s against 15-22 s for 40 releases at 2 s a call, the processes waiting on
    each other at the queue.)"""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the coordinator's to handle
    adopt_model_env(settings)
    limits.turns = Turns()  # this process's own: its threads compute one at a time, in turn (``turns``)

    def run() -> None:
        while not stop.is_set() and os.getppid() == parent:
            try:
                item = jobs.get(timeout=0.2)
            except queue.Empty:
                continue
            if item is None:
                return

            def begin(key: str = item.key) -> bool:
                if stop.is_set():  # asked to stop while this thread waited: the filing is left for the next run
                    return False
                results.put(("started", key))
                return True

            try:
                outcome = process_in_turns(item, settings, limits, functools.partial(results.put, ("fetched", item.key)), begin)
            except UsageError as error:
                outcome = Outcome(item.key, "failed", f"usage: {error}")
            if outcome is None:
                return
            results.put(("done", outcome))

    pool = [threading.Thread(target=run, daemon=True) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    if os.getppid() != parent:  # orphaned by a kill: nobody will read what is left to send
        os._exit(0)


class _Progress:
    """A bar with counts, rate and ETA on a terminal (tqdm), one log line per filing otherwise."""

    def __init__(self, total: int, bar: bool, stream: TextIO, locations: dict[str, str]) -> None:
        self.stream, self.total, self.done, self.locations = stream, total, 0, locations
        self.counts: dict[str, int] = {}
        self.bar = None
        if bar:
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=stream, unit="filing", dynamic_ncols=True, desc="summarizer")

    def note(self, outcome: Outcome) -> None:
        self.done += 1
        self.counts[outcome.status] = self.counts.get(outcome.status, 0) + 1
        if self.bar is not None:
            self.bar.set_postfix(self.counts, refresh=False)
            self.bar.update(1)
            return
        what = outcome.status + (f" ({outcome.reason})" if outcome.reason else "")
        if outcome.fallback:
            what += f" by the extractive engine ({outcome.fallback})"
        name = self.locations.get(outcome.key, "")
        name = outcome.key if outcome.key in name else f"{outcome.key} ({name.rsplit('/', 1)[-1]})"
        print(f"summarizer: [{self.done}/{self.total}] {name}: {what} in {outcome.seconds:.1f} s", file=self.stream)

    def message(self, text: str) -> None:
        if self.bar is not None:
            self.bar.write(f"summarizer: {text}", file=self.stream)
        else:
            print(f"summarizer: {text}", file=self.stream)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _with_guidance(state: State, outcome: Outcome) -> Outcome:
    """The outcome with its guidance compared to the issuer's last release in the state (``guidance``)."""
    import json
    from dataclasses import replace

    from .guidance import changes_json, compare_guidance, guidance_markdown, previous_release

    if outcome.status != "summarised" or not outcome.record:
        return outcome
    record = json.loads(outcome.record)
    cik = outcome.info.get("cik", "")
    company = outcome.info.get("company") or (outcome.metrics or {}).get("company", "")
    rows = state.query(
        "SELECT key, record FROM filings WHERE status = 'summarised' AND key != ? AND record IS NOT NULL"
        " AND (cik = ? AND cik != '' OR ? = '' AND company != '' AND lower(company) = lower(?))",
        (outcome.key, cik, cik, company),
    )
    found = previous_release(record["envelope"], ((key, json.loads(text)["envelope"]) for key, text in rows))
    changes = compare_guidance(found[1], found[0], record["envelope"], outcome.key) if found else []
    record["previous_release"] = found[0] if found else None
    record["guidance_changes"] = changes_json(changes)
    files = dict(outcome.files)
    if changes and ".md" in files:
        files[".md"] = files[".md"].rstrip("\n") + "\n" + guidance_markdown(changes)
    return replace(outcome, record=json.dumps(record, ensure_ascii=False), files=files)


def _record(state: State, log: SummaryLog, folder: Path, outcome: Outcome) -> None:
    """One finished filing into the folder and the state, in the order that survives a kill."""
    for suffix, text in outcome.files.items():
        write_atomic(folder / f"{outcome.key}{suffix}", text)
    outcome = _with_guidance(state, outcome)
    values: dict[str, Any] = {k: v for k, v in outcome.info.items() if v}
    if outcome.status == "summarised":
        values.setdefault("company", (outcome.metrics or {}).get("company", ""))
        values.update(
            engine=outcome.engine, model=outcome.model, fallback=outcome.fallback, prompt_tokens=outcome.prompt_tokens,
            completion_tokens=outcome.completion_tokens, cost_usd=outcome.cost_usd, period=outcome.period,
            metrics=outcome.metrics, record=outcome.record,
        )  # fmt: skip
    state.finish(outcome.key, outcome.status, outcome.reason, seconds=outcome.seconds, **values)
    if outcome.status == "summarised" and outcome.record:
        log.append(outcome.record)


def _preload(settings: Settings) -> None:
    """The modules every worker needs, loaded once here before the fork rather than once per worker
    on its first filing (about 0.3 s of the first filing's time otherwise): the reading, the engines,
    the renderers and, with a model, the SDK, the tokenizer's tables and the schema check."""
    import importlib

    names = ["ingest.load", "ingest.html_text", "pipeline", "engines.extractive", "facts", "summary.model", "render.markdown",
             "batch.outputs"]  # fmt: skip
    names += ["render.html_page"] if settings.html else []
    names += ["engines.llm_engine"] if settings.uses_model else []
    for name in names:
        importlib.import_module(f"{__package__.rpartition('.')[0]}.{name}")
    if settings.uses_model:
        import openai  # noqa: F401

        from ..engines.chunking import count_tokens
        from ..engines.llm_engine import model_schema

        count_tokens("warm")
        model_schema()


def _model_order(todo: list[WorkItem]) -> list[WorkItem]:
    """Local files smallest first, so that the first model calls leave after the least work and the
    slots fill soonest. The workers compute faster than the model answers, so by the time the model
    gets to the largest files their work is long done (measured: taking the largest right after the
    first slots starved the second round of calls instead). Remote filings, whose size is not known
    until fetched, keep their order after them."""
    sizes = {}
    for item in todo:
        try:
            sizes[item.key] = -1 if item.remote else os.stat(item.location).st_size
        except OSError:  # it fails when read, with its reason
            sizes[item.key] = 0
    local = sorted((item for item in todo if sizes[item.key] >= 0), key=lambda item: sizes[item.key])
    return local + [item for item in todo if sizes[item.key] < 0]


def _run_local(
    todo: list[WorkItem], options: BatchOptions, settings: Settings, limits: Limits,
    on_event: Callable[[str, Any], None], interrupted: threading.Event,
) -> None:  # fmt: skip
    context = multiprocessing.get_context("fork")
    _preload(settings)
    workers = max(1, min(options.workers, len(todo)))
    # with a model, twice as many filings in hand across the processes as calls may be in flight: the shared
    # slots bound the calls, and as many requests again wait, sent ahead, to take a slot the moment one is free
    threads = max(1, math.ceil(2 * options.concurrency / workers)) if settings.uses_model else 1
    jobs, results, stop = context.Queue(), context.Queue(), context.Event()
    for item in _model_order(todo) if settings.uses_model else todo:
        jobs.put(item)
    for _ in range(workers * threads):
        jobs.put(None)
    processes = [
        context.Process(target=_worker, args=(jobs, results, stop, settings, limits, threads, os.getpid()), daemon=True)
        for _ in range(workers)
    ]
    for worker in processes:
        worker.start()
    jobs.cancel_join_thread()  # items left unread at a stop must not hold up our exit
    in_flight: set[str] = set()
    finished = 0

    def on_interrupt(_signal, _frame) -> None:
        if interrupted.is_set():
            raise KeyboardInterrupt
        interrupted.set()
        stop.set()
        on_event("message", f"stopping: the {len(in_flight)} filings in progress finish first (Ctrl-C again to quit now)")

    previous = signal.signal(signal.SIGINT, on_interrupt) if threading.current_thread() is threading.main_thread() else None
    try:
        while finished < len(todo):
            try:
                kind, payload = results.get(timeout=0.2)
            except queue.Empty:
                if not any(p.is_alive() for p in processes) and results.empty():
                    break
                if stop.is_set() and not in_flight:
                    break
                continue
            if kind == "started":
                in_flight.add(payload)
            elif kind == "done":
                in_flight.discard(payload.key)
                finished += 1
            on_event(kind, payload)
            if stop.is_set() and not in_flight:
                break
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        stop.set()
        for worker in processes:
            worker.join(timeout=1)
            if worker.is_alive():
                worker.terminate()
    for key in in_flight:  # a worker that died took these with it: failed, so the next run retries them
        on_event("done", Outcome(key, "failed", "the worker process ended before finishing this filing"))


def run_batch(sources: Sequence[str], options: BatchOptions, *, stream: TextIO | None = None) -> BatchResult:
    """Summarise every filing of ``sources`` not yet done in ``options.out``; the counts at the end."""
    stream = stream or sys.stderr
    started = time.monotonic()
    settings = _settings(options)
    folder = options.out
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(folder)  # a run killed while writing a file left its part behind
    edgar = _Edgar(options)
    items = expand_sources(sources, lambda url: edgar().get(url))
    if any(item.remote and not item.skip for item in items):
        edgar()  # a missing User-Agent is a usage error now, not one failure per filing
    state = State(folder / "state.sqlite")
    log = SummaryLog(folder)
    try:
        log.reconcile(state)
        state.enqueue(items)
        by_key = {item.key: item for item in items}
        todo = [by_key[key] for key in state.to_do(by_key)]
        bar = options.progress if options.progress is not None else stream.isatty()
        progress = _Progress(len(todo), bar, stream, {item.key: item.location for item in todo})
        this_run: dict[str, int] = {}
        interrupted = threading.Event()

        def on_event(kind: str, payload: Any) -> None:
            if kind == "started":
                state.started(payload)
            elif kind == "fetched":
                state.fetched(payload)
            elif kind == "message":
                progress.message(payload)
            elif kind == "done":
                _record(state, log, folder, payload)
                this_run[payload.status] = this_run.get(payload.status, 0) + 1
                progress.note(payload)

        skipped_now = len(items) - len(todo)
        if skipped_now:
            progress.message(f"{skipped_now} of {len(items)} already done in {folder}")
        if todo:
            limits = _limits(options, settings, edgar.client)
            if options.openai_batch:
                from .openai_batch import run_openai_batch

                if not settings.uses_model:
                    raise UsageError("--openai-batch needs a model: set SUMMARIZER_MODEL (or --model) and OPENAI_API_KEY")
                run_openai_batch(todo, options, settings, limits, state, on_event, options.poll_seconds)
            elif options.executor == "ray":
                from .ray_executor import run_ray

                run_ray(todo, options, settings, on_event)
            else:
                _run_local(todo, options, settings, limits, on_event, interrupted)
        progress.close()
        write_metrics(folder, state)
        return BatchResult(state.counts(), this_run, time.monotonic() - started, interrupted.is_set())
    finally:
        state.close()
