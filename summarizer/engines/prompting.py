"""Prompt templates from ``prompts/``: plain text with ``$named`` placeholders, versioned
by file name (``summary_system.v1.md``)."""

from __future__ import annotations

import string

from ..errors import ResourceError
from ..resources import read_prompt

__all__ = ["PROMPT_VERSION", "render"]

PROMPT_VERSION = "summary.v1"


def render(name: str, **values: object) -> str:
    """The template ``name`` with its placeholders filled; a placeholder left unfilled is an error that names it."""
    template = string.Template(read_prompt(name))
    try:
        return template.substitute({key: str(value) for key, value in values.items()})
    except KeyError as missing:
        raise ResourceError(f"prompt {name} needs a value for ${missing.args[0]}") from None
    except ValueError as error:
        raise ResourceError(f"prompt {name} is not a valid template: {error}") from None
