"""The Slack bot: ``summarizer slack`` answers ``/summarize`` and mentions with checked summaries.

A thin layer over ``pipeline`` and ``render``: ``settings`` (tokens, addresses, limits),
``sources`` (what a request names, read through ``fetch``, the guarded fetcher, or EDGAR's
client), ``limits`` (quotas, one summary at a time per thread), ``replies`` (one escaped,
redacted line per failure), ``app`` (the Bolt app and its listeners), ``server`` (HTTP on
a port, or Socket Mode). ``slack_bolt`` and ``slack_sdk`` are imported by ``app`` and
``server`` only, so the rest of the package never loads them.
"""

from __future__ import annotations

from .settings import EngineOptions, SlackSettings

__all__ = ["EngineOptions", "SlackSettings"]
