"""The exception tree of summarizer.

Every error the package raises on purpose derives from ``SummarizerError``;
the command line maps each branch to one exit code::

    SummarizerError              exit 1 unless a subclass says otherwise
    ├── InputError               bad input: empty, binary, too large, truncated, no text
    ├── ResourceError            a packaged prompt or schema is missing or malformed
    └── UsageError               a call that cannot be carried out as asked (exit 2)

Failed checks are not exceptions: the verifier reports them as values.
"""

from __future__ import annotations

__all__ = ["SummarizerError", "InputError", "ResourceError", "UsageError"]


class SummarizerError(Exception):
    """Root of every error summarizer raises on purpose."""

    exit_code = 1


class InputError(SummarizerError):
    """The input document cannot be read as an earnings release."""


class ResourceError(SummarizerError):
    """A prompt or schema shipped with the package cannot be loaded."""


class UsageError(SummarizerError):
    """The caller asked for something that cannot be done as asked."""

    exit_code = 2
