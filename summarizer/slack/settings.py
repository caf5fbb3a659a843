"""The bot's settings: Slack's tokens and addresses, the fetch allow-list, the engine, the limits.

From the environment, as Slack's own tools name them: ``SLACK_BOT_TOKEN`` (Web API),
``SLACK_SIGNING_SECRET`` (HTTP mode: every request's signature), ``SLACK_APP_TOKEN``
(Socket Mode, when set), ``SLACK_API_URL`` (default ``https://slack.com/api/``; tests
point it at a local server). ``SUMMARIZER_FETCH_ALLOW`` lists more hosts to fetch from
(``host[:port]``, comma-separated); EDGAR (``EDGAR_BASE_URL``, ``SEC_USER_AGENT``) is
configured as for ``summarizer batch``. The engine options are the command line's.

The tokens are kept out of ``repr`` and listed in ``secrets`` for redaction.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..errors import UsageError

__all__ = ["DEFAULT_API_URL", "SLACK_FILE_HOSTS", "EngineOptions", "SlackSettings"]

DEFAULT_API_URL = "https://slack.com/api/"
SLACK_FILE_HOSTS = ("files.slack.com",)


@dataclass(frozen=True)
class EngineOptions:
    """What ``summarize_document`` is called with: the command line's ``--engine`` and friends."""

    engine: str = "auto"
    model: str | None = None
    base_url: str | None = None
    timeout: float | None = None
    fallback: str = "extractive"


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str = field(repr=False)
    signing_secret: str = field(default="", repr=False)
    app_token: str = field(default="", repr=False)
    api_url: str = DEFAULT_API_URL
    fetch_allow: tuple[str, ...] = ()
    engine: EngineOptions = EngineOptions()
    per_user: int = 5
    per_channel: int = 20
    window: float = 600.0
    workers: int = 2

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ, **options) -> SlackSettings:
        """Settings from ``env``; a ``UsageError`` naming what is missing (never its value)."""
        bot_token = env.get("SLACK_BOT_TOKEN", "").strip()
        if not bot_token:
            raise UsageError("the Slack bot needs SLACK_BOT_TOKEN (the app's Bot User OAuth Token, xoxb-...)")
        app_token = env.get("SLACK_APP_TOKEN", "").strip()
        signing_secret = env.get("SLACK_SIGNING_SECRET", "").strip()
        if not app_token and not signing_secret:
            raise UsageError("the Slack bot needs SLACK_SIGNING_SECRET in HTTP mode (or SLACK_APP_TOKEN for Socket Mode)")
        api_url = env.get("SLACK_API_URL", "").strip() or DEFAULT_API_URL
        if urlsplit(api_url).scheme not in ("http", "https"):
            raise UsageError(f"SLACK_API_URL must be an http(s) address, not {api_url!r}")
        allow = tuple(e.strip() for e in env.get("SUMMARIZER_FETCH_ALLOW", "").split(",") if e.strip())
        return cls(bot_token=bot_token, signing_secret=signing_secret, app_token=app_token,
                   api_url=api_url if api_url.endswith("/") else api_url + "/", fetch_allow=allow, **options)  # fmt: skip

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)

    @property
    def api_host(self) -> str:
        """``host:port`` of the Web API: it gets the bot token anyway, so its files may be fetched with it."""
        parts = urlsplit(self.api_url)
        return f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}"

    @property
    def secrets(self) -> tuple[str, ...]:
        return tuple(s for s in (self.bot_token, self.signing_secret, self.app_token) if s)
