"""The one module that talks to a model: OpenAI's SDK, any OpenAI-compatible server, Azure.

``ModelClient.structured`` makes one call with structured outputs (a JSON schema, strict)
and returns the parsed JSON with the call's token usage. The SDK retries timeouts, 429
and 5xx itself, honouring ``Retry-After``; what still fails is translated here, once,
into the package's ``ModelError`` tree. Settings come from flags and the environment:
``SUMMARIZER_MODEL``, ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, and for Azure OpenAI
``AZURE_OPENAI_ENDPOINT``, ``AZURE_OPENAI_API_KEY``, ``OPENAI_API_VERSION``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any, Mapping

from .errors import ModelError, ModelOutputInvalid, ModelRefusal, ModelTruncated, ModelUnavailable, UsageError

__all__ = ["ModelSettings", "Usage", "ModelClient", "PRICES_PER_MILLION"]

# USD per million tokens (prompt, completion), for the cost estimate in the envelope.
PRICES_PER_MILLION = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
}
_LOCAL_KEY = "not-needed"  # local OpenAI-compatible servers take any key; the SDK insists on one


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
        cls, model: str | None = None, base_url: str | None = None, env: Mapping[str, str] = os.environ
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
        return cls(
            model=model,
            base_url=base_url,
            api_key=api_key or _LOCAL_KEY,
            azure_endpoint=azure,
            api_version=env.get("OPENAI_API_VERSION"),
            context_tokens=int(env.get("SUMMARIZER_CONTEXT_TOKENS", cls.context_tokens)),
        )

    @property
    def provider(self) -> str:
        return self.azure_endpoint or self.base_url or "https://api.openai.com/v1"


@dataclass
class Usage:
    """Tokens and calls added up over every call of one summary."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0

    def add(self, other: Usage) -> None:
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.calls += other.calls

    def cost(self, model: str) -> float | None:
        prices = PRICES_PER_MILLION.get(model)
        if prices is None:
            return None
        return round((self.prompt_tokens * prices[0] + self.completion_tokens * prices[1]) / 1e6, 6)


@dataclass
class ModelClient:
    settings: ModelSettings
    _client: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        import openai

        common = dict(api_key=self.settings.api_key, timeout=self.settings.timeout, max_retries=self.settings.max_retries)
        if self.settings.azure_endpoint:
            self._client = openai.AzureOpenAI(
                azure_endpoint=self.settings.azure_endpoint, api_version=self.settings.api_version, **common
            )
        else:
            self._client = openai.OpenAI(base_url=self.settings.base_url, **common)

    def structured(self, messages: list[dict[str, str]], schema: dict, name: str) -> tuple[dict, Usage, str]:
        """One call answered in JSON that ``schema`` describes: (payload, usage, raw text).

        A refusal, a content filter or a truncated answer raise; JSON that does not parse
        raises ``ModelOutputInvalid`` carrying the raw text, so the caller may ask again.
        """
        import openai

        provider = self.settings.provider
        try:
            response = self._client.chat.completions.create(
                model=self.settings.model,
                messages=messages,
                response_format={"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}},
                max_completion_tokens=self.settings.max_output_tokens,
                temperature=0,
            )
        except openai.RateLimitError as error:
            raise ModelUnavailable(f"rate limited by {provider} after retries", provider=provider, original=error) from error
        except openai.APITimeoutError as error:
            raise ModelUnavailable(f"{provider} timed out", provider=provider, original=error) from error
        except openai.APIConnectionError as error:
            raise ModelUnavailable(f"cannot reach {provider}", provider=provider, original=error) from error
        except openai.AuthenticationError as error:
            raise ModelError(f"{provider} refused the API key", provider=provider, original=error) from error
        except openai.APIStatusError as error:
            kind = ModelUnavailable if error.status_code >= 500 else ModelError
            raise kind(f"{provider} answered {error.status_code}: {_short(error.message)}", provider=provider,
                       original=error) from error  # fmt: skip
        usage = Usage(
            prompt_tokens=getattr(response.usage, "prompt_tokens", 0) or 0,
            completion_tokens=getattr(response.usage, "completion_tokens", 0) or 0,
            calls=1,
        )
        choice = response.choices[0]
        message = choice.message
        if getattr(message, "refusal", None):
            raise ModelRefusal(f"the model refused: {_short(message.refusal)}", provider=provider)
        if choice.finish_reason == "content_filter":
            raise ModelRefusal("the answer was stopped by a content filter", provider=provider)
        if choice.finish_reason == "length":
            raise ModelTruncated(
                f"the answer was cut off at {self.settings.max_output_tokens} output tokens", provider=provider
            )
        raw = message.content or ""
        try:
            return json.loads(raw), usage, raw
        except json.JSONDecodeError as error:
            invalid = ModelOutputInvalid(f"the answer is not JSON: {error}", provider=provider, original=error)
            invalid.raw, invalid.usage = raw, usage
            raise invalid from error


def _short(text: str | None, limit: int = 200) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
