"""Every output a change must leave alone, for every release of a folder, written to files to diff.

For each release: ``figures --format json`` and the figures table, the extractive ``summarize`` as
JSON and Markdown, ``verify --summary`` of that summary, and ``verify --claims`` of the claim lists
in benchmarks/claims and benchmarks/claims-heldout. Each file holds the exit code, standard output
and standard error. Runs in one process (the package's caches carried from release to release, as
a batch carries them), with no model configured.

Run: .venv/bin/python scripts/dump_outputs.py OUT [FOLDER]   (FOLDER: ../shared/corpus/releases)
then, before and after a change that must not change outputs: diff -r BEFORE AFTER
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import tempfile
from pathlib import Path

from summarizer.cli import main

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _run(out: Path, name: str, argv: list[str]) -> str:
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(argv)
    (out / name).write_text(f"exit {code}\n{stdout.getvalue()}\n--stderr--\n{stderr.getvalue()}")
    return stdout.getvalue()


def dump(folder: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in ("SUMMARIZER_MODEL", "OPENAI_BASE_URL"):
        os.environ.pop(name, None)
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        source = str(path)
        _run(out, f"{path.name}.figures.json", ["figures", "--format", "json", source])
        _run(out, f"{path.name}.figures.txt", ["figures", source])
        summary = _run(
            out, f"{path.name}.summary.json", ["summarize", "--engine", "extractive", "--format", "json", source]
        )
        _run(out, f"{path.name}.summary.md", ["summarize", "--engine", "extractive", source])
        with tempfile.TemporaryDirectory() as scratch:
            saved = Path(scratch) / "summary.json"
            saved.write_text(summary)
            _run(out, f"{path.name}.verify.json", ["verify", "--summary", str(saved), "--format", "json", source])
        for claims in ("claims", "claims-heldout"):
            listed = BENCHMARKS / claims / path.name
            if listed.exists():
                _run(out, f"{path.name}.{claims}.json", ["verify", "--claims", str(listed), "--format", "json", source])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the outputs into")
    parser.add_argument("folder", type=Path, nargs="?", help="releases (default: ../shared/corpus/releases)")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    dump(args.folder or root.parent / "shared" / "corpus" / "releases", args.out)
