"""The bot's own words: one line each, escaped for Slack, with every secret taken out.

A failure is told in one line ("could not read this release: ..."), never a stack trace.
Whatever goes into a reply (an error that quotes an address the user typed, a file name)
is escaped as ``render.slack`` escapes release text, so it cannot become a mention or a
link, and redacted: the bot's tokens, an API key, a bearer token are replaced by ``***``.
The same redaction guards the log (``RedactingFilter``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from ..engines.llm import redact
from ..errors import InputError, SummarizerError
from ..render.slack import escape_mrkdwn

__all__ = ["RedactingFilter", "failure_line", "one_line", "scrub"]

_SLACK_TOKEN = re.compile(r"\bxox[a-z]-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+")
# a request body's "token" (Slack's legacy verification token), an address's ?token=, ?key= ...
_TOKEN_FIELD = re.compile(r"(?i)\b((?:token|secret|password|api_?key|key)=)[A-Za-z0-9._~+/%=-]+|(\"(?:token|secret|password)\"\s*:\s*\")[^\"]*")
_LIMIT = 400


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` without the given secrets, Slack tokens, API keys, credentials, or ``token=`` fields."""
    text = _TOKEN_FIELD.sub(lambda m: f"{m.group(1) or m.group(2)}***", redact(text, secrets))
    return _SLACK_TOKEN.sub("***", text)


def one_line(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` as one escaped, redacted line of at most 400 characters."""
    line = " ".join(scrub(text, secrets).split())
    line = line if len(line) <= _LIMIT else line[: _LIMIT - 1] + "…"
    return escape_mrkdwn(line)


def failure_line(error: BaseException, secrets: Iterable[str] = ()) -> str:
    """The reply to a request that failed."""
    if isinstance(error, InputError):
        return one_line(f"could not read this release: {error}", secrets)
    if isinstance(error, SummarizerError):
        return one_line(f"could not summarise this release: {error}", secrets)
    return one_line(f"could not summarise this release: internal error ({type(error).__name__})", secrets)


class RedactingFilter(logging.Filter):
    """Rewrites every record a handler emits with the secrets taken out (tracebacks included)."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = tuple(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info = record.exc_text = None
        record.msg, record.args = scrub(message, self.secrets), ()
        return True
