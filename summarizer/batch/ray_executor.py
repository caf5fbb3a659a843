"""``--executor ray``: the same batch, its work spread over a Ray cluster with Ray Data.

Ray Data reads the work list (the items the state does not have as done), maps
``work.process_in_turns`` over it in actors (``--workers`` of them, one CPU each, each with up
to ``ceil(--concurrency / --workers)`` model calls in flight on its threads, and as many
filings again in hand, their first requests sent ahead), and streams the
outcomes back to this process, which writes the outputs and the state exactly as the
local executor does: same files, same order of writes, same resumption (the keys the state
has as done were never put in the work list). ``RAY_ADDRESS`` joins a cluster; without it
a local Ray is started for the run.

Across a cluster there is no shared memory, so each actor keeps its own EDGAR pace at
10 / workers requests per second; together they stay within EDGAR's 10.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from typing import Any

from .calls import bound_model_calls
from .sources import WorkItem
from .turns import Turns
from .work import Limits, Outcome, Settings, adopt_model_env, process_in_turns

__all__ = ["run_ray", "FilingMapper"]


class FilingMapper:
    """A Ray Data callable class: a batch of work items in, their outcomes (as JSON) out.

    Plain Python, importable and testable without Ray."""

    def __init__(self, settings: dict, per_worker: int, user_agent: str | None, edgar_base_url: str | None,
                 edgar_rate: float, fetch_timeout: float, fetch_retries: int) -> None:  # fmt: skip
        import threading

        self.settings = Settings(**settings)
        adopt_model_env(self.settings)  # an actor's process is the batch's own
        self.limits = Limits(model_slots=threading.BoundedSemaphore(per_worker), turns=Turns())
        if user_agent:
            from ..ingest.edgar_client import EdgarClient
            from ..ratelimit import RateLimiter

            self.limits.edgar = EdgarClient(user_agent, base_url=edgar_base_url, limiter=RateLimiter(edgar_rate),
                                            timeout=fetch_timeout, retries=fetch_retries,
                                            max_bytes=self.settings.max_bytes)  # fmt: skip
        if self.settings.uses_model:
            bound_model_calls(self.limits)
        # with a model, as many filings again in hand as calls in flight: their first requests wait, sent ahead,
        # for a slot (as in a local worker, ``runner``)
        self.pool = ThreadPoolExecutor(max_workers=2 * per_worker if self.settings.uses_model else per_worker)

    def _process(self, item: WorkItem) -> Outcome:
        outcome = process_in_turns(item, self.settings, self.limits)  # in turns, as a local worker's threads
        assert outcome is not None  # an actor is never asked to stop half-way
        return outcome

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        items = [WorkItem(**json.loads(text)) for text in batch["item"]]
        outcomes = list(self.pool.map(self._process, items))
        return {"key": [o.key for o in outcomes], "outcome": [json.dumps(asdict(o)) for o in outcomes]}


def run_ray(todo: list[WorkItem], options: Any, settings: Settings, on_event: Callable[[str, Any], None]) -> None:
    """Run ``todo`` on Ray; every outcome goes to ``on_event("done", outcome)`` in this process."""
    import ray

    workers = max(1, options.workers)
    per_worker = max(1, math.ceil(options.concurrency / workers)) if settings.uses_model else 1
    user_agent = None
    if any(item.remote for item in todo):
        from ..ingest.edgar_client import user_agent_from_env

        user_agent = user_agent_from_env(options.user_agent, options.env)
    address = options.env.get("RAY_ADDRESS") or os.environ.get("RAY_ADDRESS")
    started_here = not ray.is_initialized()
    if started_here:
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
    try:
        import logging

        logging.getLogger("ray.data").setLevel(logging.WARNING)  # our progress, not Ray's, on stderr
        ray.data.DataContext.get_current().enable_progress_bars = False
        dataset = ray.data.from_items([{"item": json.dumps(asdict(item))} for item in todo])
        mapped = dataset.map_batches(
            FilingMapper,
            fn_constructor_kwargs=dict(
                settings=asdict(settings), per_worker=per_worker, user_agent=user_agent,
                edgar_base_url=options.edgar_base_url or options.env.get("EDGAR_BASE_URL"),
                edgar_rate=10 / workers, fetch_timeout=options.fetch_timeout, fetch_retries=options.fetch_retries,
            ),
            batch_size=2 * per_worker if settings.uses_model else per_worker, compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1,
        )  # fmt: skip
        for row in mapped.iter_rows():
            outcome = Outcome(**json.loads(row["outcome"]))
            on_event("started", outcome.key)  # one attempt, counted when its outcome arrives
            on_event("done", outcome)
    finally:
        if started_here:
            ray.shutdown()
