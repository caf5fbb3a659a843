"""The batch's state: one SQLite row per filing, in ``DIR/state.sqlite``.

A row is keyed by the filing's key (``sources.WorkItem``) and moves ``queued`` ->
``fetched`` -> ``summarised``, or ends ``failed`` or ``skipped`` with its reason. It
keeps the attempts, the timings, the engine and model, the tokens and cost, the line of
``summaries.jsonl`` and the row of ``metrics.csv``, so that both files can be written again
from the state alone. Each change is one transaction (SQLite in WAL mode), so a process
killed at any moment leaves every row as it was before or after the change, never between.

The schema grows by migrations that are only ever appended to ``MIGRATIONS`` (the way
simonw/llm keeps its log); ``_migrations`` records which have run.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .sources import WorkItem

__all__ = ["STATUSES", "DONE", "MIGRATIONS", "State", "Row"]

STATUSES = ("queued", "fetched", "summarised", "failed", "skipped")
DONE = ("summarised", "skipped")  # not worked on again; "failed" is retried by the next run

MIGRATIONS: list[tuple[str, str]] = [
    (
        "001_filings",
        """
        CREATE TABLE filings (
            key TEXT PRIMARY KEY,
            location TEXT NOT NULL,
            accession TEXT NOT NULL DEFAULT '',
            cik TEXT NOT NULL DEFAULT '',
            company TEXT NOT NULL DEFAULT '',
            form_type TEXT NOT NULL DEFAULT '',
            filed TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('queued', 'fetched', 'summarised', 'failed', 'skipped')),
            reason TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            queued_at REAL NOT NULL,
            started_at REAL,
            fetched_at REAL,
            finished_at REAL,
            seconds REAL,
            engine TEXT,
            model TEXT,
            fallback TEXT,
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            cost_usd REAL,
            period TEXT,
            metrics TEXT,
            record TEXT
        );
        CREATE INDEX filings_status ON filings (status);
        """,
    ),
    ("002_filings_issuer", "CREATE INDEX filings_cik ON filings (cik, period);"),
]


@dataclass(frozen=True)
class Row:
    key: str
    status: str
    reason: str | None
    attempts: int
    values: dict[str, Any]


class State:
    """The state database of one output folder. One connection; use from one thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # durable across a killed process; WAL keeps it atomic
        self._migrate()

    def _migrate(self) -> None:
        self._db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL)")
        done = {row[0] for row in self._db.execute("SELECT name FROM _migrations")}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self._transaction():
                for statement in filter(str.strip, sql.split(";")):
                    self._db.execute(statement)
                self._db.execute("INSERT INTO _migrations VALUES (?, ?)", (name, time.time()))

    class _Tx:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> None:
            self.db.execute("BEGIN IMMEDIATE")

        def __exit__(self, kind, *_rest) -> None:
            self.db.execute("COMMIT" if kind is None else "ROLLBACK")

    def _transaction(self) -> State._Tx:
        return State._Tx(self._db)

    # ------------------------------------------------------------------ changes

    def enqueue(self, items: Iterable[WorkItem]) -> None:
        """Add the items not yet known (known ones keep their status and history)."""
        now = time.time()
        with self._transaction():
            self._db.executemany(
                "INSERT OR IGNORE INTO filings (key, location, accession, cik, company, form_type, filed, status, reason,"
                " queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(i.key, i.location, i.accession, i.cik, i.company, i.form_type, i.filed,
                  "skipped" if i.skip else "queued", i.skip, now) for i in items],
            )  # fmt: skip

    def started(self, key: str) -> None:
        with self._transaction():
            self._db.execute(
                "UPDATE filings SET attempts = attempts + 1, started_at = ?, status = 'queued', reason = NULL WHERE key = ?",
                (time.time(), key),
            )

    def fetched(self, key: str) -> None:
        with self._transaction():
            self._db.execute("UPDATE filings SET status = 'fetched', fetched_at = ? WHERE key = ?", (time.time(), key))

    def finish(self, key: str, status: str, reason: str | None = None, **values: Any) -> None:
        """The end of one attempt, in one transaction: status, reason and what it produced."""
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        for name in ("metrics",):
            if name in values and not isinstance(values[name], (str, type(None))):
                values[name] = json.dumps(values[name], ensure_ascii=False)
        columns = {"status": status, "reason": reason, "finished_at": time.time(), **values}
        assignments = ", ".join(f"{name} = ?" for name in columns)
        with self._transaction():
            self._db.execute(f"UPDATE filings SET {assignments} WHERE key = ?", (*columns.values(), key))

    def execute(self, sql: str, parameters: tuple = ()) -> None:
        """One statement of a module that keeps its own table here, in a transaction of its own."""
        with self._transaction():
            self._db.execute(sql, parameters)

    # ------------------------------------------------------------------ reading

    def query(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        return [tuple(row) for row in self._db.execute(sql, parameters)]

    def row(self, key: str) -> Row | None:
        found = self._db.execute("SELECT * FROM filings WHERE key = ?", (key,)).fetchone()
        return _row(found) if found else None

    def to_do(self, keys: Iterable[str]) -> list[str]:
        """Of ``keys``, those not done (queued, interrupted, or failed last time), in order."""
        done = {r[0] for r in self._db.execute(f"SELECT key FROM filings WHERE status IN {DONE!r}")}
        return [key for key in keys if key not in done]

    def rows(self, status: str | None = None) -> Iterator[Row]:
        """Rows in the order their work ended (unfinished ones last)."""
        query = "SELECT * FROM filings" + (" WHERE status = ?" if status else "")
        query += " ORDER BY finished_at IS NULL, finished_at, rowid"
        for found in self._db.execute(query, (status,) if status else ()):
            yield _row(found)

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for status, count in self._db.execute("SELECT status, COUNT(*) FROM filings GROUP BY status"):
            counts[status] = count
        return counts

    def close(self) -> None:
        self._db.close()


def _row(found: sqlite3.Row) -> Row:
    values = dict(found)
    return Row(key=values["key"], status=values["status"], reason=values["reason"], attempts=values["attempts"], values=values)
