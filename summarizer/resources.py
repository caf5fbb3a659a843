"""The prompts and schemas shipped with summarizer.

They live at the top of the repository (``prompts/``, ``schemas/``). A wheel carries
them inside the package as ``summarizer/_data/``; an editable install or a checkout
finds them beside the package. Either way they are read through this module only.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from .errors import ResourceError

__all__ = ["resource_dir", "read_prompt", "load_schema"]

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(kind: str) -> Path:
    """The folder of ``kind`` (``prompts`` or ``schemas``), installed or in the checkout."""
    for candidate in (_PACKAGE / "_data" / kind, _PACKAGE.parent / kind):
        if candidate.is_dir():
            return candidate
    raise ResourceError(f"the {kind}/ folder is missing from this installation of summarizer")


def read_prompt(name: str) -> str:
    path = resource_dir("prompts") / name
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ResourceError(f"no prompt named {name!r} in {path.parent}") from None


@cache
def load_schema(name: str) -> dict[str, Any]:
    path = resource_dir("schemas") / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResourceError(f"no schema named {name!r} in {path.parent}") from None
    except json.JSONDecodeError as error:
        raise ResourceError(f"schema {name} is not valid JSON: {error}") from None
