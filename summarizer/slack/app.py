"""The Bolt app: ``/summarize`` and mentions in, a checked summary and its review page out.

Listeners stay small and answer Slack at once: a slash command is acknowledged (``ack``)
within Slack's 3 seconds with what will be done, or with the one line saying why not (no
release named, a quota used up, a summary already being written in that thread); an event
is acknowledged by Bolt before its listener runs. The work then runs on the bot's own
pool of threads, apart from Bolt's listener threads, so that a long summary never delays
the next acknowledgement:

1. the release is read (``sources``: EDGAR within its fair-access rules, an allow-listed
   host, or Slack's file host with the bot token);
2. ``pipeline.summarize_document`` writes and checks the summary, with the engine set up
   exactly as ``summarizer summarize`` sets it up (``EngineOptions``);
3. ``render.slack.slack_message`` is posted (in the channel, else through the command's
   ``response_url``; in the mention's thread), and ``render.html_page.review_page`` is
   uploaded into its thread (``files.getUploadURLExternal``, the upload,
   ``files.completeUploadExternal``);
4. any failure is one line in the thread, or to the requester for a command.

Requests are verified by Bolt (v0 signature, 5-minute window); ``ReplayGuard`` answers 401
to a signature already seen within that window, and events Slack delivers twice (its
retries) are done once.
"""

from __future__ import annotations

import importlib
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.middleware import Middleware
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from ..errors import SummarizerError, UsageError
from ..ingest.decoding import MAX_INPUT_BYTES
from ..ingest.edgar_client import EdgarClient
from ..types import Document
from .fetch import AllowList, SafeFetcher
from .limits import Admission
from .replies import failure_line, one_line, scrub
from .settings import SLACK_FILE_HOSTS, EngineOptions, SlackSettings
from .sources import USAGE, BadRequest, ReleaseRequest, Sources, parse_request

__all__ = ["Bot", "ReplayGuard", "build_app", "engine_secrets", "make_sources"]

_WINDOW = 300  # Bolt's signature window, seconds
_NOT_A_MEMBER = ("not_in_channel", "channel_not_found")
_MENTION = re.compile(r"<@[A-Z0-9]+>")


@dataclass(frozen=True)
class Target:
    """Where a request's answers go: a mention's thread, or a command's channel and ``respond``."""

    channel: str
    user: str
    thread: str | None = None  # the mention's thread; None for a command
    respond: Callable[..., Any] | None = None  # the command's response_url

    @property
    def key(self) -> str:
        """The thread whose summaries are written one at a time ("" for the channel's commands)."""
        return self.thread or ""


class ReplayGuard(Middleware):
    """A Bolt middleware, run after Bolt's signature check: a request whose signature was
    already seen within Bolt's 5-minute window (after which Bolt refuses it as stale) gets
    401 and does nothing."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:
        if req.mode == "socket_mode":
            return next()
        signature = (req.headers.get("x-slack-signature") or [""])[0]
        now = self.clock()
        with self._lock:
            for seen, when in list(self._seen.items()):  # oldest first
                if when >= now - _WINDOW - 60:
                    break
                del self._seen[seen]
            if signature in self._seen:
                return BoltResponse(status=401, body={"error": "replayed request"})
            self._seen[signature] = now
        return next()


def make_sources(settings: SlackSettings, *, user_agent: str | None = None) -> Sources:
    """The readers of releases for these settings: EDGAR when a User-Agent is declared."""
    try:
        edgar: EdgarClient | None = EdgarClient(user_agent, retries=2, timeout=20.0, deadline=90.0)
    except UsageError:
        edgar = None
    fetcher = SafeFetcher(AllowList.parse((), settings.fetch_allow))
    # the Web API's own host gets the token anyway: a local stand-in's files may be fetched with it
    api_trusted = [] if settings.api_url.startswith("https://slack.com/") else [settings.api_host]
    files = SafeFetcher(AllowList.parse(SLACK_FILE_HOSTS, api_trusted))
    return Sources(edgar=edgar, fetcher=fetcher, files=files, bot_token=settings.bot_token, max_bytes=MAX_INPUT_BYTES)


class Bot:
    """The listeners and the work behind them (see the module docstring)."""

    def __init__(self, settings: SlackSettings, client: WebClient, sources: Sources, logger: logging.Logger,
                 secrets: tuple[str, ...] = ()) -> None:  # fmt: skip
        self.settings, self.client, self.sources, self.logger = settings, client, sources, logger
        self.secrets = settings.secrets + secrets
        self.admission = Admission(settings.per_user, settings.per_channel, settings.window)
        self.pool = ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="summarizer-slack")
        self._events: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()
        self._in_work = 0
        self._idle = threading.Condition()

    # ------------------------------------------------------------------ listeners

    def on_command(self, ack, command: dict, respond) -> None:
        started = time.monotonic()
        target = Target(channel=command.get("channel_id", ""), user=command.get("user_id", ""), respond=respond)
        try:
            request = parse_request(command.get("text", ""))
        except SummarizerError as error:
            ack(text=self._refusal(error))
            return
        if request is None:
            ack(text=one_line(USAGE))
            return
        refusal = self.admission.admit(target.user, target.channel, target.key)
        if refusal:
            ack(text=one_line(refusal.reason, self.secrets))
            return
        ack(text=one_line(f"Summarising {request.describe()}…", self.secrets))
        self._submit(lambda: self.sources.load(request), target, started)

    def on_mention(self, body: dict, event: dict) -> None:
        started = time.monotonic()
        if not self._first_delivery(str(body.get("event_id") or "")):
            return
        channel = event.get("channel", "")
        target = Target(channel=channel, user=event.get("user", ""), thread=event.get("thread_ts") or event.get("ts"))
        files = [f for f in event.get("files") or [] if isinstance(f, dict)]
        try:  # with a file attached, the words are the asker's, not a request
            request: ReleaseRequest | None = None if files else parse_request(_MENTION.sub(" ", event.get("text", "")))
        except SummarizerError as error:
            self._reply(target, self._refusal(error))
            return
        if request is None and not files:
            self._reply(target, one_line(USAGE))
            return
        refusal = self.admission.admit(target.user, target.channel, target.key)
        if refusal:
            self._reply(target, one_line(refusal.reason, self.secrets))
            return
        if files:  # the first release attached
            self._submit(lambda: self.sources.load_file(self._file_info(files[0])), target, started)
        elif request is not None:
            self._submit(lambda: self.sources.load(request), target, started)

    def _file_info(self, file: dict) -> dict:
        """A shared file as the event gives it, or, when the event only names it
        (``file_access: check_file_info``), as ``files.info`` describes it."""
        if file.get("url_private_download") or file.get("url_private") or not file.get("id"):
            return file
        return dict(self.client.files_info(file=str(file["id"]))["file"])

    def _refusal(self, error: SummarizerError) -> str:
        return one_line(str(error), self.secrets) if isinstance(error, BadRequest) else failure_line(error, self.secrets)

    # ------------------------------------------------------------------ the work

    def drain(self, timeout: float) -> bool:
        """Wait until no summary is in work (at most ``timeout`` s): whether none is. For a clean stop."""
        with self._idle:
            return self._idle.wait_for(lambda: self._in_work == 0, timeout)

    def _submit(self, load: Callable[[], Document], target: Target, started: float) -> None:
        with self._idle:
            self._in_work += 1
        try:
            self.pool.submit(self._work, load, target, started)
        except RuntimeError:  # the pool is shut down: the bot is stopping
            self._done(target)
            self._reply(target, "could not summarise this release: the bot is stopping; ask again in a minute")

    def _done(self, target: Target) -> None:
        self.admission.release(target.channel, target.key)
        with self._idle:
            self._in_work -= 1
            self._idle.notify_all()

    def _work(self, load: Callable[[], Document], target: Target, started: float) -> None:
        from ..pipeline import engine_note, summarize_document
        from ..render.html_page import review_page
        from ..render.slack import slack_message

        try:
            document = load()
            options = self.settings.engine
            envelope, report = summarize_document(
                document, engine=options.engine, model=options.model, base_url=options.base_url,
                timeout=options.timeout, fallback=options.fallback,
            )  # fmt: skip
            note = engine_note(envelope.engine, envelope.model, envelope.fallback_reason)
            ts = self._post(target, slack_message(envelope, report, engine_note=note))
            self.logger.info("posted %s in %s (%s; %.2f s)", document.source, target.channel,
                             report.summary_line(), time.monotonic() - started)  # fmt: skip
            if ts:
                page = review_page(envelope, report, document.text, engine_note=note)
                self._upload(target, target.thread or ts, page,
                             _file_name(envelope.summary.company.name, envelope.summary.period.label))
        except Exception as error:
            self._fail(target, error)
        finally:
            self._done(target)

    def _post(self, target: Target, message: dict) -> str | None:
        """Post the summary; its ``ts`` (the thread for the review page), None when it went by ``response_url``."""
        try:
            answer = self.client.chat_postMessage(channel=target.channel, thread_ts=target.thread,
                                                  unfurl_links=False, unfurl_media=False, **message)  # fmt: skip
            return str(answer["ts"])
        except SlackApiError as error:
            if target.respond is None or error.response.get("error") not in _NOT_A_MEMBER:
                raise
        target.respond(response_type="in_channel", replace_original=False, **message)
        target.respond(response_type="ephemeral", replace_original=False,
                       text="I am not a member of this channel, so the review page is not attached: invite me to have it")  # fmt: skip
        return None

    def _upload(self, target: Target, ts: str, page: str, name: str) -> None:
        try:
            self.client.files_upload_v2(channel=target.channel, thread_ts=ts, filename=name, content=page.encode("utf-8"),
                                        title="Review page: the summary beside the release, every cited span highlighted")  # fmt: skip
        except Exception as error:
            self.logger.warning("review page not uploaded: %s", scrub(str(error), self.secrets))
            self._reply(Target(target.channel, target.user, ts), one_line(f"could not attach the review page: {_slack_reason(error)}", self.secrets))

    def _fail(self, target: Target, error: BaseException) -> None:
        if isinstance(error, SlackApiError):  # Slack refused the summary itself (too long, no such channel ...)
            line = one_line(f"could not post the summary: {_slack_reason(error)}", self.secrets)
        else:
            line = failure_line(error, self.secrets)
        if isinstance(error, SummarizerError | SlackApiError):
            self.logger.info("request in %s failed: %s", target.channel, line)
        else:
            self.logger.error("request in %s failed: %s", target.channel, line, exc_info=error)
        self._reply(target, line)

    def _reply(self, target: Target, line: str) -> None:
        """One line in the thread (a mention) or to the requester (a command); never raises."""
        try:
            if target.respond is not None and target.thread is None:
                target.respond(text=line, response_type="ephemeral", replace_original=False)
            else:
                self.client.chat_postMessage(channel=target.channel, thread_ts=target.thread, text=line,
                                             unfurl_links=False, unfurl_media=False)  # fmt: skip
        except Exception as error:
            self.logger.error("could not reply in %s: %s", target.channel, scrub(_slack_reason(error), self.secrets))

    def _first_delivery(self, event_id: str) -> bool:
        """False for an event already taken (Slack delivers again when it thinks we did not answer)."""
        if not event_id:
            return True
        with self._lock:
            if event_id in self._events:
                return False
            self._events[event_id] = None
            while len(self._events) > 10_000:
                self._events.popitem(last=False)
        return True


def _slack_reason(error: BaseException) -> str:
    response = getattr(error, "response", None)
    if response is not None and hasattr(response, "get") and response.get("error"):
        return str(response.get("error"))
    return f"{type(error).__name__}: {error}"


def _file_name(company: str, period: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9]+", "-", f"{company} {period}").strip("-").lower()[:80] or "release"
    return f"{stem}-review.html"


def engine_secrets(options: EngineOptions) -> tuple[str, ...]:
    """The model's key and credentials, after checking, as ``summarizer summarize`` does, that the
    engine asked for can run (a ``UsageError`` at start rather than at the first request)."""
    from ..engines.llm import ModelSettings

    model = ModelSettings.from_env(options.model, options.base_url, timeout=options.timeout) if options.engine != "extractive" else None
    if options.engine == "llm" and model is None:
        raise UsageError("--engine llm needs a model: set SUMMARIZER_MODEL (or --model) and OPENAI_API_KEY")
    return model.secrets if model else ()


def build_app(settings: SlackSettings, *, logger: logging.Logger, sources: Sources | None = None,
              user_agent: str | None = None) -> tuple[App, Bot]:  # fmt: skip
    """The Bolt ``App`` and its ``Bot``. Asks Slack who the bot is (``auth.test``) once, here;
    a ``UsageError`` when the engine or the token is refused."""
    secrets = engine_secrets(settings.engine)
    client = WebClient(token=settings.bot_token, base_url=settings.api_url, logger=logger, timeout=30)
    try:
        app = App(client=client, signing_secret=settings.signing_secret or "unused in socket mode", logger=logger,
                  request_verification_enabled=not settings.socket_mode)  # fmt: skip
    except Exception as error:
        raise UsageError(scrub(f"Slack did not accept the bot token: {_slack_reason(error)}", settings.secrets)) from None
    bot = Bot(settings, client, sources or make_sources(settings, user_agent=user_agent), logger, secrets)
    for module in ("..pipeline", "..render.slack", "..render.html_page"):  # now, not in the first request's time
        importlib.import_module(module, __package__)
    app.use(ReplayGuard())
    app.command("/summarize")(bot.on_command)
    app.event("app_mention")(bot.on_mention)
    return app, bot
