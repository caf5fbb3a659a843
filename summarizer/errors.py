"""The exception tree of summarizer.

Every error the package raises on purpose derives from ``SummarizerError``;
the command line maps each branch to one exit code::

    SummarizerError              exit 1 unless a subclass says otherwise
    ├── InputError               bad input: empty, binary, too large, truncated, no text
    ├── ResourceError            a packaged prompt or schema is missing or malformed
    ├── ModelError               the model could not give a usable answer
    │   ├── ModelRefusal         it refused, or a content filter stopped it
    │   ├── ModelTruncated       it ran out of output tokens (finish_reason "length")
    │   ├── ModelUnavailable     timeout, connection, rate limit or server error after retries
    │   └── ModelOutputInvalid   its JSON did not fit the schema, even when asked again
    └── UsageError               a call that cannot be carried out as asked (exit 2)

A ``ModelError`` carries ``provider`` (the server's address) and ``original`` (the
exception it was translated from, where there was one).

Failed checks are not exceptions: the verifier reports them as values.
"""

from __future__ import annotations

__all__ = [
    "SummarizerError",
    "InputError",
    "ResourceError",
    "ModelError",
    "ModelRefusal",
    "ModelTruncated",
    "ModelUnavailable",
    "ModelOutputInvalid",
    "UsageError",
]


class SummarizerError(Exception):
    """Root of every error summarizer raises on purpose."""

    exit_code = 1


class InputError(SummarizerError):
    """The input document cannot be read as an earnings release."""


class ResourceError(SummarizerError):
    """A prompt or schema shipped with the package cannot be loaded."""


class ModelError(SummarizerError):
    """The model could not give a usable answer."""

    def __init__(self, message: str, *, provider: str | None = None, original: BaseException | None = None) -> None:
        super().__init__(message)
        self.provider = provider
        self.original = original


class ModelRefusal(ModelError):
    """The model refused, or a content filter stopped its answer."""


class ModelTruncated(ModelError):
    """The answer was cut off at the output token limit."""


class ModelUnavailable(ModelError):
    """Timeout, connection failure, rate limit or server error, after the retries."""


class ModelOutputInvalid(ModelError):
    """The answer did not fit the schema, even when asked again."""


class UsageError(SummarizerError):
    """The caller asked for something that cannot be done as asked."""

    exit_code = 2
