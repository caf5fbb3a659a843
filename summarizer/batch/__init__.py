"""``summarizer batch``: many filings, from folders, lists, EDGAR indexes and feeds, resumably.

- ``sources``: SOURCE arguments -> work items, one per filing, each with its key.
- ``indexes``: EDGAR's full-index files and Atom feed -> filings; the 8-K/6-K candidates.
- ``state``: the SQLite state, one row per filing; append-only migrations.
- ``work``: one filing read, judged, summarised (extractive fallback) and rendered.
- ``outputs``: per-filing files, ``summaries.jsonl`` and ``metrics.csv``, written so a kill loses nothing.
- ``runner``: the coordinating process, its workers, the progress.

A thin layer over ``summarizer.pipeline``: nothing here reads a release or checks a number.
"""

from .runner import BatchOptions, BatchResult, run_batch

__all__ = ["BatchOptions", "BatchResult", "run_batch"]
