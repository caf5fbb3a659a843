"""The verifier on journalists' earnings-call bullets, scored against hand judgments.

Run: .venv/bin/python benchmarks/call_bullets.py ECTSUM_DIR [JUDGMENTS] [--verbose]

ECTSUM_DIR holds ``ects/<NAME>.txt`` (call transcripts, one sentence a line) and
``gt_summaries/<NAME>.txt`` (bullets, one a line); they are GPL-3 data and stay outside
the repository (../shared/ectsum). JUDGMENTS (default benchmarks/calls/judgments.jsonl)
says for each bullet number whether the call supports it; see benchmarks/calls/README.md.

Each judged bullet is verified against its call and each judged number matched to the
verifier's check that covers it in the bullet. Goals: false alarms (a number judged
``supported`` that the verifier does not support) at most 2%; no consensus figure
verified; numbers not in the call, or more precise than it, not verified either.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.facts import FactIndex
from summarizer.ingest.load import load_document
from summarizer.types import Document
from summarizer.verify.verifier import SUPPORTED, NumberCheck, Status, verify_claims

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_JUDGMENTS = ROOT / "benchmarks" / "calls" / "judgments.jsonl"
VERDICTS = ("supported", "consensus", "more_precise", "not_in_call", "not_financial")
STATUSES = tuple(status.value for status in Status)
GOAL_FALSE_ALARMS = 2.0  # percent


@dataclass
class Judgment:
    call: str
    bullet: int
    number: str
    verdict: str
    lines: list[int]
    note: str = ""
    occurrence: int = 1


@dataclass
class Outcome:
    judgment: Judgment
    bullet_text: str = ""
    check: NumberCheck | None = None
    problem: str = ""  # why no check was matched

    @property
    def status(self) -> str:
        return self.check.status.value if self.check else "unmatched"

    @property
    def passes(self) -> bool:
        """The verifier lets the number through (verified, derived or skipped as not financial)."""
        return self.check is not None and self.check.status in SUPPORTED


@dataclass
class Call:
    """A call's transcript, its document and its index, loaded once."""

    name: str
    lines: list[str]
    document: Document
    index: FactIndex
    _starts: list[int] = field(default_factory=list)

    def line_of(self, offset: int) -> int:
        """The 1-based transcript line of an offset into the document's text."""
        if not self._starts:
            text = self.document.text
            self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        doc_line = bisect.bisect_right(self._starts, offset)
        start = self._starts[doc_line - 1]
        end = self._starts[doc_line] - 1 if doc_line < len(self._starts) else len(self.document.text)
        said = self.document.text[start:end].strip()
        if 0 < doc_line <= len(self.lines) and self.lines[doc_line - 1].strip() == said:
            return doc_line
        for number, line in enumerate(self.lines, 1):  # the document's text was cleaned: find the line
            if said and said in line:
                return number
        return doc_line


def read_judgments(path: Path) -> list[Judgment]:
    judgments = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            judgment = Judgment(
                call=row["call"], bullet=int(row["bullet"]), number=str(row["number"]), verdict=row["verdict"],
                lines=list(row.get("lines") or []), note=row.get("note", ""), occurrence=int(row.get("occurrence", 1)),
            )  # fmt: skip
        except (ValueError, KeyError, TypeError) as error:
            raise SystemExit(f"{path}:{number}: not a judgment ({error})") from None
        if judgment.verdict not in VERDICTS:
            raise SystemExit(f"{path}:{number}: unknown verdict {judgment.verdict!r}")
        judgments.append(judgment)
    return judgments


def find_number(text: str, number: str, occurrence: int) -> tuple[int, int] | None:
    """Where the ``occurrence``-th ``number`` stands in a bullet, at number boundaries
    ("30" is not found inside "$1,530.1")."""
    pattern = re.compile(r"(?<![\w.,$])" + re.escape(number) + r"(?!\d)", re.IGNORECASE)
    found = [m.span() for m in pattern.finditer(text)]
    if len(found) < occurrence:
        found = [m.span() for m in re.finditer(re.escape(number), text, re.IGNORECASE)]
    return found[occurrence - 1] if len(found) >= occurrence else None


def match(span: tuple[int, int], checks: tuple[NumberCheck, ...]) -> NumberCheck | None:
    """The check that overlaps the judged number most."""
    best, best_overlap = None, 0
    for check in checks:
        overlap = min(span[1], check.span.end) - max(span[0], check.span.start)
        if overlap > best_overlap:
            best, best_overlap = check, overlap
    return best


def run(ectsum: Path, judgments: list[Judgment]) -> tuple[list[Outcome], dict[str, Call], list[str]]:
    by_call: dict[str, dict[int, list[Judgment]]] = defaultdict(lambda: defaultdict(list))
    for judgment in judgments:
        by_call[judgment.call][judgment.bullet].append(judgment)
    outcomes: list[Outcome] = []
    calls: dict[str, Call] = {}
    extra: list[str] = []  # checks of judged bullets that no judgment covers
    for name, bullets in by_call.items():
        transcript = ectsum / "ects" / name
        summary = ectsum / "gt_summaries" / name
        try:
            bullet_lines = summary.read_text(encoding="utf-8").splitlines()
            document = load_document(transcript)
        except Exception as error:
            for judged in bullets.values():
                outcomes += [Outcome(j, problem=f"call not loaded: {type(error).__name__}: {error}") for j in judged]
            continue
        call = calls[name] = Call(name, transcript.read_text(encoding="utf-8").splitlines(), document, FactIndex(document))
        for bullet, judged in sorted(bullets.items()):
            if not 1 <= bullet <= len(bullet_lines):
                outcomes += [Outcome(j, problem=f"no bullet line {bullet}") for j in judged]
                continue
            text = bullet_lines[bullet - 1]
            try:
                checks = verify_claims([text], document, call.index).claims[0].numbers
            except Exception as error:
                outcomes += [Outcome(j, text, problem=f"verifier raised {type(error).__name__}: {error}") for j in judged]
                continue
            used = set()
            for judgment in judged:
                span = find_number(text, judgment.number, judgment.occurrence)
                if span is None:
                    outcomes.append(Outcome(judgment, text, problem="number not found in the bullet"))
                    continue
                check = match(span, checks)
                if check is None:
                    outcomes.append(Outcome(judgment, text, problem="the verifier read no number there"))
                    continue
                used.add(check.span)
                outcomes.append(Outcome(judgment, text, check))
            for check in checks:
                if check.span not in used:
                    extra.append(f"{name} bullet {bullet}: {check.text!r} ({check.status.value}) not judged")
    return outcomes, calls, extra


def describe(outcome: Outcome, calls: dict[str, Call]) -> str:
    judgment, check = outcome.judgment, outcome.check
    where = f"{judgment.call} b{judgment.bullet} {judgment.number!r}"
    lines = f"call line(s) {judgment.lines}" if judgment.lines else "no call line"
    if check is None:
        return f"  {where}: {judgment.verdict}, {lines}; unmatched: {outcome.problem}"
    call = calls.get(judgment.call)
    refs = []
    for label, sources in (("supports", check.supports), ("candidates", check.candidates)):
        if sources:
            shown = ", ".join(
                f"{ref.text!r}@L{call.line_of(ref.span.start) if call else '?'}" for ref in sources[:3]
            )  # fmt: skip
            refs.append(f"{label} {shown}")
    said = check.status.value + (f" [{check.formula}]" if check.formula else "")
    if check.reason:
        said += f": {check.reason}"
    return f"  {where}: {judgment.verdict}, {lines}; verifier {said}" + (f"; {'; '.join(refs)}" if refs else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ectsum", type=Path, help="folder with ects/ and gt_summaries/")
    parser.add_argument("judgments", type=Path, nargs="?", default=DEFAULT_JUDGMENTS)
    parser.add_argument("--verbose", "-v", action="store_true", help="list each false alarm and each number wrongly let through")
    args = parser.parse_args(argv)
    if not (args.ectsum / "ects").is_dir() or not (args.ectsum / "gt_summaries").is_dir():
        parser.error(f"{args.ectsum} has no ects/ and gt_summaries/ folders")
    judgments = read_judgments(args.judgments)
    outcomes, calls, extra = run(args.ectsum, judgments)

    table: dict[str, Counter[str]] = {verdict: Counter() for verdict in VERDICTS}
    for outcome in outcomes:
        table[outcome.judgment.verdict][outcome.status] += 1
    columns = (*STATUSES, "unmatched")
    width = max(len(c) for c in columns)
    print(f"{'judged as':<14}{'numbers':>8}  " + "  ".join(f"{c:>{width}}" for c in columns))
    for verdict in VERDICTS:
        counts = table[verdict]
        total = sum(counts.values())
        print(f"{verdict:<14}{total:>8}  " + "  ".join(f"{counts[c]:>{width}}" for c in columns))

    def of(verdict: str) -> list[Outcome]:
        return [o for o in outcomes if o.judgment.verdict == verdict]

    supported = [o for o in of("supported") if o.check is not None]
    false_alarms = [o for o in supported if not o.passes]
    nonfinancial_alarms = [o for o in of("not_financial") if o.check is not None and not o.passes]
    through = {verdict: [o for o in of(verdict) if o.passes] for verdict in ("consensus", "not_in_call", "more_precise")}
    unmatched = [o for o in outcomes if o.check is None and o.judgment.verdict != "not_financial"]
    skipped_nonfinancial = [o for o in of("not_financial") if o.check is None and o.problem.startswith("the verifier read")]
    broken_nonfinancial = [o for o in of("not_financial") if o.check is None and o not in skipped_nonfinancial]
    unmatched += broken_nonfinancial

    if args.verbose:
        sections = (
            ("false alarms (judged supported, not supported by the verifier)", false_alarms),
            ("non-financial numbers the verifier flagged", nonfinancial_alarms),
            ("consensus figures let through", through["consensus"]),
            ("figures not in the call let through", through["not_in_call"]),
            ("figures more precise than the call let through", through["more_precise"]),
            ("numbers not matched to a check", unmatched),
        )
        for title, listed in sections:
            print(f"\n{title}: {len(listed)}")
            for outcome in listed:
                print(describe(outcome, calls))
        if extra:
            print(f"\nverifier numbers in judged bullets that no judgment names: {len(extra)}")
            for line in extra:
                print(f"  {line}")

    rate = 100 * len(false_alarms) / len(supported) if supported else 0.0
    n_calls = len({j.call for j in judgments})
    print(
        f"calls: {n_calls} calls, {len(outcomes)} numbers; "
        f"false alarms {len(false_alarms)}/{len(supported)} supported = {rate:.1f}% (goal <= {GOAL_FALSE_ALARMS:g}%); "
        f"consensus verified {len(through['consensus'])}/{len(of('consensus'))} (goal 0); "
        f"not-in-call verified {len(through['not_in_call'])}/{len(of('not_in_call'))}; "
        f"more-precise verified {len(through['more_precise'])}/{len(of('more_precise'))}; "
        f"non-financial flagged {len(nonfinancial_alarms)}/{len(of('not_financial'))}; "
        f"numbers not matched to a check: {len(unmatched)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
