"""Right or silent on layouts the engine was not written against: key figures of altered releases.

The releases of a folder are altered in ways that take away what the engine leans on, never what
the figures are, so the engine may leave a key figure out but must not print another value:

  unsaid_scale  every scale caption goes ("(In thousands, except per share data)", "$ in millions"):
                a table's amounts are in whatever scale the prose shows, or in none it can tell
  prose_only    every line that reads as a table row goes: the figures come from sentences alone
                (text releases; HTML's tables are no lines)

For each GAAP key figure of each release (current and comparison) the altered release's value is
the same (within the rounding of the two), left out, or wrong. A figure the release itself leaves
out and the altered one gives is counted as new: there is nothing to compare it with.

Run: .venv/bin/python benchmarks/extractive_robustness.py RELEASES [--verbose]
Goal: no wrong value.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from summarizer.engines.extractive import summarize_extractive
from summarizer.ingest.load import load_document
from summarizer.summary.model import Amount

_CAPTION = re.compile(
    r"\(?[ \t]*(?:\$|US\$|€|dollars|amounts)?[ \t]*\b(?:in|In|IN)[ \t]+(?:thousands|millions|billions|THOUSANDS|MILLIONS|BILLIONS)"
    r"[^\n|)<]*\)?"
)
_TABLE_ROW = re.compile(r"\|.*\||\t.*\t|\d[ \t]{3,}\S.*\d[ \t]{3,}")
_HTML_TABLE = re.compile(r"<table\b", re.I)


def unsaid_scale(text: str) -> str:
    return _CAPTION.sub("", text)


def prose_only(text: str) -> str:
    if _HTML_TABLE.search(text):
        return text  # markup: a table is no set of lines
    lines = text.split("\n")
    return "\n".join(line for line in lines if not (_TABLE_ROW.search(line) or _mostly_digits(line)))


def _mostly_digits(line: str) -> bool:
    return sum(c.isdigit() for c in line) > 0.3 * max(1, len(line.strip()))


ALTERATIONS: dict[str, Callable[[str], str]] = {"unsaid_scale": unsaid_scale, "prose_only": prose_only}


def key_figures(path: Path) -> dict[tuple[str, str], Amount]:
    """The GAAP key figures the engine gives for a release: (metric, current|comparison) -> amount."""
    summary = summarize_extractive(load_document(path))
    figures = {}
    for metric in summary.metrics:
        if metric.basis != "gaap":
            continue
        for which, amount in (("current", metric.value), ("comparison", metric.comparison_value)):
            if amount is not None:
                figures[(metric.metric, which)] = amount
    return figures


def agree(one: Amount, other: Amount) -> bool:
    """Whether two amounts may be the same figure: one unit, and their rounding intervals meet."""
    (low, high), (other_low, other_high) = one.interval, other.interval
    return one.unit == other.unit and low <= other_high and other_low <= high


def compare(releases: Path, verbose: bool) -> dict[str, Counter]:
    outcomes: dict[str, Counter] = {name: Counter() for name in ALTERATIONS}
    with tempfile.TemporaryDirectory() as scratch:
        for path in sorted(releases.iterdir()):
            text = path.read_text(encoding="utf-8", errors="replace")
            before = None
            for name, alter in ALTERATIONS.items():
                altered = alter(text)
                if altered == text:
                    continue
                before = before if before is not None else key_figures(path)
                copy = Path(scratch) / path.name
                copy.write_text(altered, encoding="utf-8")
                after = key_figures(copy)
                for key in sorted(set(before) | set(after)):
                    was, now = before.get(key), after.get(key)
                    outcome = "new" if was is None else "left out" if now is None else "same" if agree(was, now) else "wrong"
                    outcomes[name][outcome] += 1
                    if verbose and outcome in ("wrong", "new"):
                        shown = f"{was.value} {was.scale} -> " if was else ""
                        print(f"{outcome:5} {name:12} {path.name}: {key[0]} {key[1]}: {shown}{now and f'{now.value} {now.scale}'}")
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("releases", type=Path)
    parser.add_argument("--verbose", action="store_true", help="list every wrong and every new figure")
    args = parser.parse_args(argv)
    outcomes = compare(args.releases, args.verbose)
    parts = [
        f"{name} {counts['wrong']} wrong of {counts['same'] + counts['wrong']} given ({counts['left out']} left out, {counts['new']} new)"
        for name, counts in outcomes.items()
    ]
    print("extractive robustness: " + "; ".join(parts) + " (goal: 0 wrong)")
    return 0 if all(counts["wrong"] == 0 for counts in outcomes.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
