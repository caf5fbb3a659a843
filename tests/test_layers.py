"""The package reads as its pipeline: every import, lazy ones included, runs down the stages."""

from __future__ import annotations

import ast
from pathlib import Path

import summarizer

PACKAGE = Path(summarizer.__file__).parent

# Each stage imports only from stages of a lower rank (or its own); utilities of rank 0 import nothing above them.
RANKS = {
    "types": 0, "errors": 0, "resources": 0, "regex_cache": 0, "ratelimit": 0,
    "text": 1, "ingest": 2, "figures": 3, "facts": 4, "verify": 5, "summary": 6,
    "engines": 7, "render": 7, "pipeline": 8, "output_file": 8, "batch": 9, "slack": 9, "cli": 10, "__init__": 10,
}  # fmt: skip


def _stage(module: str) -> str:
    return module.split(".")[0]


def _imports(path: Path) -> list[tuple[str, int]]:
    """The summarizer modules a file imports, each with its line, resolved to dotted names under the package."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    package = parts[:-1]  # an __init__ is a module of its folder's package
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            target = ".".join([*base, *([node.module] if node.module else [])])
            names = [target] if node.module else [".".join([*base, alias.name]) for alias in node.names]
            found += [(name, node.lineno) for name in names if name]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("summarizer."):
            found.append((node.module.removeprefix("summarizer."), node.lineno))
    return found


def test_every_import_runs_down_the_pipeline():
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        here = _stage(".".join(path.relative_to(PACKAGE).with_suffix("").parts))
        assert here in RANKS, f"{path.relative_to(PACKAGE)} belongs to no stage: give it a rank"
        for module, line in _imports(path):
            if RANKS[_stage(module)] > RANKS[here]:
                upward.append(f"{path.relative_to(PACKAGE)}:{line} imports {module}")
    assert upward == []


def test_the_stages_are_folders_and_nothing_else_lies_loose_at_the_top():
    loose = {path.stem for path in PACKAGE.glob("*.py")}
    assert loose == {"__init__", "types", "errors", "resources", "regex_cache", "ratelimit", "output_file", "pipeline", "cli"}
