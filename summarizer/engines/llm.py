"""The one module that talks to a model: OpenAI's SDK, any OpenAI-compatible server, Azure.

``ModelClient.structured`` makes one call answered in JSON and returns an ``Answer``: the
parsed payload (or why it did not parse), the raw text and the call's ``CallRecord``.

Structured outputs are negotiated per server, because OpenAI-compatible servers differ in
what they accept (see ``OUTPUT_MODES``): strict ``json_schema`` first; when the server
refuses it (an HTTP 400, 422, 500 or 501 to the first call), ``json_object`` with a
portable schema (``portable_schema``: refs inlined, no keywords local grammar converters
choke on), then bare ``json_object`` and plain text, both with the schema in the prompt.
The mode that worked is remembered for the base URL for the rest of the process. The
caller validates every answer locally whatever the mode.

Time: ``timeout`` bounds one call, retries included, so a retry never multiplies the wait.
The SDK's own retries are off; 429, 5xx and connection failures are retried here, at most
``max_retries`` times and only while the deadline allows (``Retry-After`` honoured), each
retry announced to ``progress``. A timeout is not retried. The call runs on a worker
thread that the caller stops waiting for at the deadline, so a server that hangs or drips
its answer byte by byte cannot hold the run; a call that takes long is reported to
``progress`` every ``PROGRESS_EVERY`` seconds.

Whatever a server answers (HTML, SSE, no choices, truncated or gigantic JSON, usage of the
wrong type) ends as a ``ModelError`` with a one-line message, and every message has the
API key, bearer tokens and URL credentials redacted (``redact``).

Settings come from flags and the environment: ``SUMMARIZER_MODEL``, ``OPENAI_API_KEY``,
``OPENAI_BASE_URL``, ``SUMMARIZER_TIMEOUT`` (seconds per call), ``SUMMARIZER_CONTEXT_TOKENS``,
``SUMMARIZER_MAX_OUTPUT_TOKENS``, and for Azure OpenAI ``AZURE_OPENAI_ENDPOINT``,
``AZURE_OPENAI_API_KEY``, ``OPENAI_API_VERSION``.
"""

from __future__ import annotations

import copy
import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from ..errors import ModelError, ModelRefusal, ModelTruncated, ModelUnavailable, UsageError
from .prompting import render

__all__ = [
    "OUTPUT_MODES",
    "PROMPTED_MODES",
    "PRICES_PER_MILLION",
    "PROGRESS_EVERY",
    "MAX_ANSWER_BYTES",
    "ModelSettings",
    "CallRecord",
    "Usage",
    "Answer",
    "ModelClient",
    "portable_schema",
    "redact",
    "forget_negotiated_modes",
]

# How the answer's shape is requested, best first (see the module docstring).
OUTPUT_MODES = ("json_schema", "json_object_schema", "json_object", "text")
PROMPTED_MODES = ("json_object", "text")
_REFUSAL_STATUSES = (400, 422, 500, 501)  # how servers say "not this response_format"
# USD per million tokens (prompt, completion), for the cost estimate in the envelope.
PRICES_PER_MILLION = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
}
PROGRESS_EVERY = 10.0  # seconds between "still waiting" reports of one call
MAX_ANSWER_BYTES = 16 * 2**20  # a chat completion larger than this is not read to the end
_GRACE = 1.0  # seconds the worker thread is given past the deadline to report its own timeout
_LOCAL_KEY = "not-needed"  # local OpenAI-compatible servers take any key; the SDK insists on one
# The longest timeout taken: "inf" or 1e999 would reach the socket layer and overflow there.
MAX_TIMEOUT = 86_400.0
_NEGOTIATED: dict[str, str] = {}  # base URL -> the output mode it answered, for the rest of the run


def forget_negotiated_modes() -> None:
    """Forget what each server was found to support (for tests and long-lived processes)."""
    _NEGOTIATED.clear()


@dataclass(frozen=True)
class ModelSettings:
    model: str
    base_url: str | None = None
    api_key: str | None = None
    azure_endpoint: str | None = None
    api_version: str | None = None
    timeout: float = 120.0
    max_retries: int = 2
    context_tokens: int = 128_000
    max_output_tokens: int = 8_000

    @classmethod
    def from_env(
        cls,
        model: str | None = None,
        base_url: str | None = None,
        env: Mapping[str, str] = os.environ,
        *,
        timeout: float | None = None,
    ) -> ModelSettings | None:
        """The model to use, or None when none is configured (the extractive engine then writes)."""
        model = model or env.get("SUMMARIZER_MODEL")
        if not model:
            return None
        azure = env.get("AZURE_OPENAI_ENDPOINT")
        base_url = base_url or env.get("OPENAI_BASE_URL")
        api_key = env.get("AZURE_OPENAI_API_KEY") if azure else env.get("OPENAI_API_KEY")
        if not api_key and not base_url:
            raise UsageError(f"model {model!r} is set but no OPENAI_API_KEY (or OPENAI_BASE_URL for a local server)")
        if timeout is None:
            timeout = _setting(env, "SUMMARIZER_TIMEOUT", float, cls.timeout, "a number of seconds")
        if not 0 < timeout <= MAX_TIMEOUT:
            raise UsageError(f"the timeout must be a positive number of seconds, at most {MAX_TIMEOUT:,.0f} (a day), "
                             f"not {timeout:g}")  # fmt: skip
        return cls(
            model=model,
            base_url=base_url,
            api_key=api_key or _LOCAL_KEY,
            azure_endpoint=azure,
            api_version=env.get("OPENAI_API_VERSION"),
            timeout=timeout,
            context_tokens=_setting(env, "SUMMARIZER_CONTEXT_TOKENS", int, cls.context_tokens, "a whole number of tokens"),
            max_output_tokens=_setting(env, "SUMMARIZER_MAX_OUTPUT_TOKENS", int, cls.max_output_tokens,
                                       "a whole number of tokens"),  # fmt: skip
        )

    @property
    def provider(self) -> str:
        """The server's address as it may be shown: credentials in the URL redacted."""
        return redact(self.azure_endpoint or self.base_url or "https://api.openai.com/v1")

    @property
    def secrets(self) -> tuple[str, ...]:
        """What must never be printed: the key and the credentials of the base URL."""
        found = [self.api_key or ""]
        for url in (self.base_url, self.azure_endpoint):
            parts = urlsplit(url or "")
            found += [parts.username or "", parts.password or "", unquote(parts.username or ""), unquote(parts.password or "")]
        return tuple(s for s in found if len(s) >= 4 and s != _LOCAL_KEY)

    @property
    def official(self) -> bool:
        """OpenAI's or Azure's API, which take ``max_completion_tokens`` rather than ``max_tokens``."""
        return self.base_url is None or "api.openai.com" in self.base_url


def _setting(env: Mapping[str, str], name: str, kind: type, default: Any, what: str) -> Any:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = kind(raw.strip())
    except ValueError:
        raise UsageError(f"{name} must be {what}, not {_short(raw, 40)!r}") from None
    if not value > 0:
        raise UsageError(f"{name} must be positive, not {_short(raw, 40)!r}")
    return value


@dataclass(frozen=True)
class CallRecord:
    """One call to the model: why it was made, how its answer was asked for, what it cost."""

    purpose: str  # "chunk" (a first answer for a part of the release), "reask" or "repair"
    part: str  # "1 of 2"
    mode: str  # one of OUTPUT_MODES
    prompt_tokens: int
    completion_tokens: int
    seconds: float

    def cost(self, model: str) -> float | None:
        prices = PRICES_PER_MILLION.get(model)
        if prices is None:
            return None
        return round((self.prompt_tokens * prices[0] + self.completion_tokens * prices[1]) / 1e6, 6)


@dataclass
class Usage:
    """Every call of one summary, in order; the totals are sums over them."""

    records: list[CallRecord] = field(default_factory=list)

    def add(self, record: CallRecord) -> None:
        self.records.append(record)

    @property
    def prompt_tokens(self) -> int:
        return sum(r.prompt_tokens for r in self.records)

    @property
    def completion_tokens(self) -> int:
        return sum(r.completion_tokens for r in self.records)

    @property
    def calls(self) -> int:
        return len(self.records)

    @property
    def mode(self) -> str | None:
        """The output mode of the last call (the one the server settled on)."""
        return self.records[-1].mode if self.records else None

    def cost(self, model: str) -> float | None:
        costs = [r.cost(model) for r in self.records]
        return None if not costs or None in costs else round(sum(c for c in costs if c is not None), 6)


@dataclass(frozen=True)
class Answer:
    """A model's answer: ``payload`` when it parsed as JSON, else ``error`` says why, or ``stop`` when
    it refused or was cut off; always the raw text and the call's record."""

    payload: Any
    error: str | None
    raw: str
    record: CallRecord
    stop: ModelError | None = None  # a refusal or a truncated answer: nothing to ask again, the call still counted


def portable_schema(schema: dict) -> dict:
    """``schema`` as local grammar converters take it: ``$ref`` inlined, no ``$defs``, patterns
    written without escapes (``\\d`` as ``[0-9]``; a pattern that still needs one is left out) and
    on a single type (``anyOf`` string-with-pattern or null),
    a small integer range as an ``enum``, other bounds and formats left out. llama-cpp-python's
    converter dies on ``\\d`` and ``\\.`` (measured). Local validation still holds the answer
    to the full schema."""
    definitions = schema.get("$defs", {})
    dropped = {"$defs", "$schema", "$id", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
               "minLength", "maxLength", "minItems", "maxItems", "format"}  # fmt: skip

    def inline(node: Any, depth: int = 0) -> Any:
        if depth > 32:
            raise ValueError("the schema's references nest too deeply to inline")
        if isinstance(node, list):
            return [inline(item, depth) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            target = definitions[node["$ref"].rsplit("/", 1)[-1]]
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return inline({**copy.deepcopy(target), **rest}, depth + 1)
        low, high = node.get("minimum"), node.get("maximum")
        kinds: list[Any] = node["type"] if isinstance(node.get("type"), list) else [node.get("type")]
        if "integer" in kinds and isinstance(low, int) and isinstance(high, int) and 0 <= high - low < 32:
            values: list[Any] = list(range(low, high + 1)) + ([None] if "null" in kinds else [])
            return {"enum": values, **({"description": node["description"]} if "description" in node else {})}
        portable = {key: inline(value, depth) for key, value in node.items() if key not in dropped}
        if "pattern" in portable:
            pattern = portable.pop("pattern").replace("\\d", "[0-9]").replace("\\.", "[.]")
            if "\\" not in pattern and isinstance(portable.get("type"), list):  # converters skip it on a type list
                rest = {k: v for k, v in portable.items() if k != "type"}
                branches = [{"type": kind, "pattern": pattern} if kind == "string" else {"type": kind} for kind in portable["type"]]
                return {**rest, "anyOf": branches}
            if "\\" not in pattern:
                portable["pattern"] = pattern
        return portable

    return inline(schema)


_URL_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/@\s]+@")
# An Authorization header's credential: eight characters or more, not a word ("Basic EPS", "basic and diluted")
_BEARER = re.compile(r"\b((?i:bearer|basic))\s+(?!(?:[A-Z]?[a-z]+|[A-Z]+)(?![\w.~+/=-]))[\w.~+/=-]{8,}")
_KEY_LIKE = re.compile(r"\b(sk|pk|rk|key)-[A-Za-z0-9_-]{8,}")


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with API keys, bearer tokens and URL credentials replaced by ``***``."""
    for secret in sorted(set(secrets), key=len, reverse=True):
        if secret:
            text = text.replace(secret, "***")
    text = _URL_CREDENTIALS.sub(r"\1***@", text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} ***", text)
    return _KEY_LIKE.sub(lambda m: f"{m.group(1)}-***", text)


class _Refused(Exception):
    """The server would not take this response format (internal: the caller tries the next)."""

    def __init__(self, error: ModelError) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass
class ModelClient:
    settings: ModelSettings
    progress: Callable[[str], None] | None = None
    _client: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        import openai

        common: dict[str, Any] = dict(api_key=self.settings.api_key, timeout=self.settings.timeout, max_retries=0)
        if self.settings.azure_endpoint:
            self._client = openai.AzureOpenAI(
                azure_endpoint=self.settings.azure_endpoint, api_version=self.settings.api_version, **common
            )
        else:
            self._client = openai.OpenAI(base_url=self.settings.base_url, **common)

    @property
    def mode(self) -> str | None:
        """The output mode this server was found to take, once a call has told."""
        return _NEGOTIATED.get(self._key)

    @property
    def _key(self) -> str:
        return self.settings.azure_endpoint or self.settings.base_url or "https://api.openai.com/v1"

    def structured(
        self, messages: list[dict[str, str]], schema: dict, name: str, *, purpose: str = "chunk", part: str = "1 of 1"
    ) -> Answer:
        """One call answered in JSON that ``schema`` describes, in the best mode the server takes.

        A timeout or an answer that is not a chat completion raise; a refusal or a truncated
        answer is an ``Answer`` with ``stop`` set, JSON that does not parse one with ``error``."""
        deadline = time.monotonic() + self.settings.timeout
        known = self.mode
        modes = (known,) if known else OUTPUT_MODES
        for position, mode in enumerate(modes):
            negotiating = known is None and position < len(modes) - 1
            try:
                started = time.monotonic()
                completion = self._send(self._request(messages, schema, name, mode), deadline, part, negotiating)
            except _Refused as refused:
                self._tell(f"{self.settings.provider} did not take {mode} ({refused}); trying {modes[position + 1]}")
                continue
            _NEGOTIATED[self._key] = mode
            return self._answer(completion, mode, purpose, part, time.monotonic() - started)
        raise AssertionError("unreachable: the last mode never raises _Refused")

    def _request(self, messages: list[dict[str, str]], schema: dict, name: str, mode: str) -> dict:
        request: dict[str, Any] = {"model": self.settings.model, "temperature": 0}
        budget = "max_completion_tokens" if self.settings.official else "max_tokens"
        request[budget] = self.settings.max_output_tokens
        if mode == "json_schema":
            request["response_format"] = {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}
        elif mode == "json_object_schema":
            request["response_format"] = {"type": "json_object", "schema": portable_schema(schema)}
        elif mode == "json_object":
            request["response_format"] = {"type": "json_object"}
        if mode in PROMPTED_MODES:
            shape = render("schema_in_prompt.v1.md", schema=json.dumps(portable_schema(schema), separators=(",", ":")))
            system = [m for m in messages if m["role"] == "system"][:1]
            others = [m for m in messages if m not in system]
            content = (system[0]["content"] + "\n\n" if system else "") + shape
            messages = [{"role": "system", "content": content}, *others]
        request["messages"] = messages
        return request

    def _send(self, request: dict, deadline: float, part: str, negotiating: bool) -> dict:
        """The server's chat completion for ``request``, retried on 429, 5xx and lost connections
        while the deadline allows."""
        import openai

        provider = self.settings.provider
        for attempt in range(self.settings.max_retries + 1):
            try:
                return self._watched(request, deadline, part)
            except openai.APIStatusError as error:
                status = error.status_code
                translated = self._status_error(error)
                if negotiating and status in _REFUSAL_STATUSES:
                    raise _Refused(translated) from error
                if status == 429 or status >= 500:
                    failure, wait = translated, _retry_after(error.response.headers, attempt)
                else:
                    raise translated from error
            except openai.APIConnectionError as error:
                if isinstance(error, openai.APITimeoutError):
                    raise self._timed_out() from error
                failure = ModelUnavailable(f"cannot reach {provider}: {self._clean(str(error.__cause__ or error))}",
                                           provider=provider)  # fmt: skip
                wait = _retry_after({}, attempt)
            if attempt == self.settings.max_retries:
                break
            if time.monotonic() + wait >= deadline:
                raise ModelUnavailable(f"{failure} (no retry: the next would end past the {self.settings.timeout:g} s "
                                       "timeout)", provider=provider)  # fmt: skip
            self._tell(f"{failure}; retry {attempt + 1} of {self.settings.max_retries} in {wait:.0f} s")
            time.sleep(wait)
        raise ModelUnavailable(f"{failure} (after {self.settings.max_retries} retries)", provider=provider)

    def _watched(self, request: dict, deadline: float, part: str) -> dict:
        """``_exchange`` on a worker thread, waited for until the deadline, with news while it takes long."""
        outcome: dict[str, Any] = {}
        done = threading.Event()

        def work() -> None:
            try:
                outcome["value"] = self._exchange(request, deadline)
            except BaseException as error:  # handed to the waiting thread, raised there
                outcome["error"] = error
            finally:
                done.set()

        started = time.monotonic()
        threading.Thread(target=work, name="summarizer-model-call", daemon=True).start()
        while not done.wait(max(0.0, min(PROGRESS_EVERY, deadline + _GRACE - time.monotonic()))):
            if time.monotonic() >= deadline + _GRACE:
                raise self._timed_out()
            self._tell(f"part {part}: waiting for {self.settings.model}, {time.monotonic() - started:.0f} s "
                       f"(timeout {self.settings.timeout:g} s)")  # fmt: skip
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]

    def _exchange(self, request: dict, deadline: float) -> dict:
        """One HTTP exchange: the body read to its end, within the deadline and the size limit, parsed."""
        provider = self.settings.provider
        remaining = max(0.1, deadline - time.monotonic())
        try:
            with self._client.chat.completions.with_streaming_response.create(**request, timeout=remaining) as response:
                content_type = response.headers.get("content-type", "")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_ANSWER_BYTES:
                        raise ModelUnavailable(f"{provider} sent an answer larger than {MAX_ANSWER_BYTES // 2**20} MiB",
                                               provider=provider)  # fmt: skip
                    if time.monotonic() > deadline:
                        raise self._timed_out()
        except Exception as error:  # the HTTP library's own errors, met while the body is read
            if not type(error).__module__.startswith(("httpx", "httpcore")):
                raise
            if "Timeout" in type(error).__name__:
                raise self._timed_out() from None
            raise ModelUnavailable(f"{provider} broke off its answer: {self._clean(str(error) or type(error).__name__)}",
                                   provider=provider) from None  # fmt: skip
        return self._completion(content_type, bytes(body))

    def _completion(self, content_type: str, body: bytes) -> dict:
        """The chat completion in ``body``, or a one-line error saying what the server sent instead."""
        provider = self.settings.provider
        text = body.decode("utf-8", "replace")
        if not text.strip():
            raise ModelUnavailable(f"{provider} sent an empty answer", provider=provider)
        try:
            data = json.loads(text)
        except RecursionError:
            raise ModelUnavailable(f"{provider} sent JSON nested too deeply to read", provider=provider) from None
        except ValueError as error:
            what = "JSON that does not parse" if "json" in content_type else f"{content_type or 'no content type'}"
            raise ModelUnavailable(f"{provider} answered {what}, not a chat completion ({error.__class__.__name__}): "
                                   f"{self._clean(text, 120)}", provider=provider) from None  # fmt: skip
        if isinstance(data, dict) and "error" in data and not data.get("choices"):
            detail = data["error"].get("message") if isinstance(data["error"], dict) else data["error"]
            raise ModelUnavailable(f"{provider} answered an error: {self._clean(str(detail))}", provider=provider)
        choices = data.get("choices") if isinstance(data, dict) else None
        if not isinstance(choices, list) or not choices:
            raise ModelUnavailable(f"{provider} answered without any choice: {self._clean(text, 120)}", provider=provider)
        if not isinstance(choices[0], dict) or not isinstance(choices[0].get("message"), dict):
            raise ModelUnavailable(f"{provider} answered a choice without a message: {self._clean(text, 120)}",
                                   provider=provider)  # fmt: skip
        return data

    def _answer(self, completion: dict, mode: str, purpose: str, part: str, seconds: float) -> Answer:
        provider = self.settings.provider
        usage: dict = completion["usage"] if isinstance(completion.get("usage"), dict) else {}
        record = CallRecord(purpose, part, mode, _tokens(usage, "prompt_tokens"), _tokens(usage, "completion_tokens"),
                            round(seconds, 3))  # fmt: skip
        choice = completion["choices"][0]
        message = choice["message"]
        raw = _content(message.get("content"))
        stop: ModelError | None = None
        if isinstance(message.get("refusal"), str) and message["refusal"]:
            stop = ModelRefusal(f"the model refused: {self._clean(message['refusal'])}", provider=provider)
        elif choice.get("finish_reason") == "content_filter":
            stop = ModelRefusal("the answer was stopped by a content filter", provider=provider)
        elif choice.get("finish_reason") == "length":
            limit, written = self.settings.max_output_tokens, record.completion_tokens
            stop = ModelTruncated(f"the answer was cut off at {limit} output tokens" if not 0 < written < limit else
                                  f"the answer was cut off after {written} output tokens (the limit is {limit}; "
                                  "the server's context may be full)", provider=provider)  # fmt: skip
        if stop:
            return Answer(None, str(stop), raw, record, stop)
        try:
            return Answer(json.loads(_json_part(raw)), None, raw, record)
        except RecursionError:
            return Answer(None, "the answer is JSON nested too deeply to read", raw, record)
        except ValueError as error:
            return Answer(None, f"the answer is not JSON: {error}", raw, record)

    def _status_error(self, error: Any) -> ModelError:
        import openai

        provider = self.settings.provider
        message = self._clean(re.sub(r"^Error code: \d+ - ", "", str(error.message)))
        if isinstance(error, openai.AuthenticationError):
            return ModelError(f"{provider} refused the API key: {message}", provider=provider)
        if error.status_code == 429:
            return ModelUnavailable(f"rate limited by {provider}", provider=provider)
        kind = ModelUnavailable if error.status_code >= 500 else ModelError
        return kind(f"{provider} answered {error.status_code}: {message}", provider=provider)

    def _timed_out(self) -> ModelUnavailable:
        return ModelUnavailable(f"{self.settings.provider} did not answer within {self.settings.timeout:g} s "
                                "(set --timeout or SUMMARIZER_TIMEOUT for a slow server)",
                                provider=self.settings.provider)  # fmt: skip

    def _clean(self, text: str, limit: int = 200) -> str:
        return _short(redact(text, self.settings.secrets), limit)

    def _tell(self, message: str) -> None:
        if self.progress:
            self.progress(redact(message, self.settings.secrets))


def _retry_after(headers: Mapping[str, str], attempt: int) -> float:
    """Seconds to wait before retry ``attempt + 1``: the server's ``Retry-After``, else 0.5, 1, 2 ..."""
    for name in ("retry-after-ms", "retry-after"):
        try:
            value = float(headers.get(name, ""))
        except ValueError:
            continue
        if value >= 0:
            return value / 1000 if name == "retry-after-ms" else value
    return min(8.0, 0.5 * 2**attempt)


def _tokens(usage: Mapping[str, Any], name: str) -> int:
    """A token count as the server gave it; one of the wrong type counts as 0 rather than failing the run."""
    value = usage.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _content(content: Any) -> str:
    """The message text, also from servers that send a list of parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


_FENCE = re.compile(r"^```[a-zA-Z]*\s*\n?(.*?)\n?```\s*$", re.S)


def _json_part(raw: str) -> str:
    """The JSON object in an answer written as text: fences and any prose around the object left out."""
    text = raw.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    if "{" in text and "}" in text:
        text = text[text.index("{") : text.rindex("}") + 1]
    return text


def _short(text: str | None, limit: int = 200) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
