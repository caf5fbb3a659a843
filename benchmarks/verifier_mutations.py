"""Seeded-mutation evaluation of the verifier.

For each corpus release, the true analyst-style claims in tests/data/claims/ are
verified (a claim that is not supported is a false alarm), then false variants are
made from them programmatically and verified (a variant that is not supported is
detected):

    changed_value         one number scaled by a factor, printed as before
    scale_swap            million <-> billion, thousand -> million
    transposed_digits     two neighbouring digits swapped
    wrong_percent_change  a percentage moved by 3 to 9 points
    period_swap           the comparison period's figure claimed (from the same table row)
    metric_swap           another row's figure of the same column claimed
    base_swap             what a change is counted against swapped: "year over year" <-> "sequentially",
                          "from a year earlier" <-> "from the prior quarter" (said right after the change)
    direction_swap        the direction word nearest before a number swapped for its opposite
                          ("increase"/"decrease", "loss"/"profit", "income"/"loss", "used in"/"provided by",
                          "expense"/"benefit", "outflow"/"inflow")

Variants are made with five seeds, so each kind is measured on a few hundred of them.

Run: .venv/bin/python benchmarks/verifier_mutations.py [RELEASES CLAIMS] [--alter NAME]
(default: the releases in tests/data and their claims in tests/data/claims; the claims
written later over the development corpus are in benchmarks/claims:
``benchmarks/verifier_mutations.py ../shared/corpus/releases benchmarks/claims``).
``--alter unsaid_scale`` verifies the same claims against the releases altered as
``extractive_robustness`` alters them (there: every scale caption removed): a true claim
whose figure lost its scale may go unsupported, but no variant may pass for it.
Targets (issue 3): >= 99% detection of the first four kinds, >= 80% of the period and
metric swaps, <= 1% false alarms on the true claims.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from summarizer.facts import FactIndex
from summarizer.figures.columns import column_periods
from summarizer.ingest.load import load_document
from summarizer.text.vocabulary import metrics_compatible
from summarizer.types import Unit
from summarizer.verify.claims import ClaimNumber, read_numbers
from summarizer.verify.verifier import Status, verify_claim

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
KINDS = ("changed_value", "scale_swap", "transposed_digits", "wrong_percent_change", "period_swap", "metric_swap",
         "base_swap", "direction_swap")  # fmt: skip
TARGETS = {"changed_value": 0.99, "scale_swap": 0.99, "transposed_digits": 0.99, "wrong_percent_change": 0.99,
           "period_swap": 0.80, "metric_swap": 0.80, "base_swap": 0.80, "direction_swap": 0.80}  # fmt: skip
FALSE_ALARM_LIMIT = 0.01
# Variants of a kind enough to measure it on the default claims: few of them say what a change is counted against
FEWEST_VARIANTS = {kind: 30 if kind == "base_swap" else 100 for kind in KINDS}
_NUMERIC = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALE_SWAPS = {"million": "billion", "billion": "million", "thousand": "million", "M": "B", "B": "M", "bn": "m"}
_SCALE_WORD = re.compile(r"\b(million|billion|thousand)\b|(?<=\d)(M|B|bn)\b")


@dataclass(frozen=True)
class Mutation:
    kind: str
    document: str
    original: str
    claim: str


def _replace_number(claim: str, number: ClaimNumber, magnitude: Decimal) -> str | None:
    """``claim`` with ``number`` showing ``magnitude`` (base units) printed as the original was."""
    numeric = _NUMERIC.search(number.text)
    if numeric is None:  # a number written in words ("eight cents")
        return None
    places = len(numeric.group().split(".")[1]) if "." in numeric.group() else 0
    exponent = places - number.decimals
    shown = abs(magnitude).scaleb(-exponent).quantize(Decimal(1).scaleb(-places))
    text = f"{shown:,.{places}f}" if "," in numeric.group() or shown >= 10_000 else f"{shown:.{places}f}"
    if text == numeric.group():
        return None
    start = number.span.start + numeric.start()
    return claim[:start] + text + claim[number.span.start + numeric.end() :]


def _changed_value(claim, number, rng, **_):
    factor = Decimal(rng.choice(["0.6", "0.75", "0.85", "1.15", "1.3", "1.5"]))
    return _replace_number(claim, number, number.value * factor)


def _scale_swap(claim, number, rng, **_):
    word = _SCALE_WORD.search(number.text)
    if not word:
        return None
    found = word.group(1) or word.group(2)
    start = number.span.start + word.start()
    return claim[:start] + _SCALE_SWAPS[found] + claim[start + len(found) :]


def _transposed_digits(claim, number, rng, **_):
    numeric = _NUMERIC.search(number.text)
    if numeric is None:
        return None
    digits = [i for i, c in enumerate(numeric.group()) if c.isdigit()]
    pairs = [(a, b) for a, b in zip(digits, digits[1:]) if numeric.group()[a] != numeric.group()[b]]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    chars = list(numeric.group())
    chars[a], chars[b] = chars[b], chars[a]
    start = number.span.start + numeric.start()
    return claim[:start] + "".join(chars) + claim[start + len(numeric.group()) :]


def _wrong_percent_change(claim, number, rng, **_):
    if number.unit is not Unit.PERCENT:
        return None
    shift = Decimal(rng.choice([3, 4, 5, 6, 7, 8, 9]))
    magnitude = abs(number.value)
    return _replace_number(claim, number, magnitude + shift if magnitude < 10 or rng.random() < 0.5 else magnitude - shift)


def _table_support(index: FactIndex, claim: str, number: ClaimNumber):
    check = next(c for c in verify_claim(index, claim).numbers if c.span == number.span)
    if check.status is not Status.VERIFIED:
        return None
    for ref in check.supports:
        for fact in index.facts:
            if fact.figure.span == ref.span and fact.figure.table is not None:
                return fact
    return None


def _period_swap(claim, number, rng, index, **_):
    fact = _table_support(index, claim, number)
    if fact is None:
        return None
    table = index.document.tables[fact.figure.table]
    periods = column_periods(table)
    own = periods[table.columns.index(fact.figure.column)] if fact.figure.column in table.columns else None
    if own is None or own.prior is None:
        return None
    others = [
        other
        for other in index.facts
        if other.figure.table == fact.figure.table
        and other.figure.context == fact.figure.context
        and other.figure.column in table.columns
        and periods[table.columns.index(other.figure.column)].prior is (not own.prior)
        and periods[table.columns.index(other.figure.column)].length == own.length
        and other.figure.unit is fact.figure.unit
    ]
    return _replace_number(claim, number, others[0].figure.value) if others else None


def _metric_swap(claim, number, rng, index, **_):
    fact = _table_support(index, claim, number)
    if fact is None or not fact.metrics:
        return None
    own = min(fact.metrics)  # not set order: the same variants on every run
    others = [
        other
        for other in index.facts
        if other.figure.table == fact.figure.table
        and other.figure.column == fact.figure.column
        and other.figure.unit is fact.figure.unit
        and other.metrics
        and not any(metrics_compatible(own, {m}) for m in other.metrics)
        and not other.figure.nil
    ]
    rng.shuffle(others)
    for other in others:
        mutated = _replace_number(claim, number, other.figure.value)
        if mutated:
            return mutated
    return None


# A direction word and its opposite: the same number then says the other way (issue 10, signs).
_OPPOSITES = {
    "increase": "decrease", "decrease": "increase", "increased": "decreased", "decreased": "increased",
    "increases": "decreases", "decreases": "increases", "loss": "profit", "losses": "profits", "profit": "loss",
    "profits": "losses", "income": "loss", "used in": "provided by", "provided by": "used in", "expense": "benefit",
    "expenses": "benefits", "benefit": "expense", "outflow": "inflow", "outflows": "inflows", "inflow": "outflow",
    "inflows": "outflows",
}  # fmt: skip
# "income tax" names a tax, not income: swapping it says nothing of a direction
_DIRECTION_WORD = re.compile(r"\b(?:" + "|".join(sorted(_OPPOSITES, key=len, reverse=True)) + r")\b(?!\s+tax)", re.IGNORECASE)
_DIRECTION_REACH = 80  # the word must be the number's: in its stretch of the claim, not a sentence away


def _direction_swap(claim, number, rng, **_):
    """The direction word nearest before ``number`` (within its clause's reach) swapped for its
    opposite, in the same case: "cash used in investing activities was $23.2 million" becomes
    "cash provided by investing activities was $23.2 million"."""
    lower = max(0, number.span.start - _DIRECTION_REACH)
    found = [m for m in _DIRECTION_WORD.finditer(claim, lower, number.span.start) if "." not in claim[m.end() : number.span.start]]
    if not found:
        return None
    word = found[-1]
    opposite = _OPPOSITES[word.group().lower()]
    if word.group()[0].isupper():
        opposite = opposite[0].upper() + opposite[1:]
    return claim[: word.start()] + opposite + claim[word.end() :]


# What a change is counted against, said right after it, and its opposite: the year before <-> the quarter before
_BASE_OPPOSITES = {
    "year over year": "sequentially", "year-over-year": "sequentially", "y/y": "q/q", "yoy": "q/q",
    "from a year earlier": "from the prior quarter", "from a year ago": "from the prior quarter",
    "from the prior year": "from the prior quarter", "sequentially": "year over year", "q/q": "y/y",
    "from the prior quarter": "from a year earlier", "from the previous quarter": "from a year earlier",
    "from the first quarter": "from a year earlier", "from the second quarter": "from a year earlier",
    "from the third quarter": "from a year earlier",
}  # fmt: skip
_BASE_AFTER = re.compile(
    r"\s*(" + "|".join(re.escape(b) for b in sorted(_BASE_OPPOSITES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def _base_swap(claim, number, rng, **_):
    """The words right after a change that say what it is counted against swapped for the other comparison: "up 12%
    year over year" becomes "up 12% sequentially"."""
    said = _BASE_AFTER.match(claim, number.span.end)
    if said is None:
        return None
    opposite = _BASE_OPPOSITES[said.group(1).lower()]
    return claim[: said.start(1)] + opposite + claim[said.end(1) :]


_MAKERS = {
    "changed_value": _changed_value,
    "scale_swap": _scale_swap,
    "transposed_digits": _transposed_digits,
    "wrong_percent_change": _wrong_percent_change,
    "period_swap": _period_swap,
    "metric_swap": _metric_swap,
    "base_swap": _base_swap,
    "direction_swap": _direction_swap,
}


def mutations(document_name: str, claim: str, index: FactIndex, rng: random.Random) -> list[Mutation]:
    """At most one variant of each kind for ``claim``, on a number chosen by ``rng``."""
    numbers = [n for n in read_numbers(claim) if n.kind is None]
    made = []
    for kind in KINDS:
        candidates = list(numbers)
        rng.shuffle(candidates)
        for number in candidates:
            mutated = _MAKERS[kind](claim, number, rng, index=index)
            if mutated and mutated != claim:
                made.append(Mutation(kind, document_name, claim, mutated))
                break
    return made


SEEDS = (2026, 2027, 2028, 2029, 2030)


def _load(path: Path, alter: str | None):
    """The release at ``path``, altered by ``extractive_robustness``'s alteration ``alter`` if one is named."""
    if alter is None:
        return load_document(path)
    from extractive_robustness import ALTERATIONS  # a sibling benchmark: run from benchmarks/ or its parent

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / path.name  # the name kept: its suffix says how the release is read
        copy.write_text(ALTERATIONS[alter](path.read_text(encoding="utf-8", errors="replace")), encoding="utf-8")
        return load_document(copy)


def evaluate(
    seeds: tuple[int, ...] = SEEDS, releases: Path = DATA, claims_dir: Path = DATA / "claims", alter: str | None = None
) -> dict:
    """True claims verified once; their variants made and verified once per seed."""
    true_claims = false_alarms = 0
    alarms: list[tuple[str, str]] = []
    detected: Counter[str] = Counter()
    total: Counter[str] = Counter()
    missed: list[Mutation] = []
    corpus = [
        (claims_file.name, FactIndex(_load(releases / claims_file.name, alter)), claims_file.read_text(encoding="utf-8"))
        for claims_file in sorted(claims_dir.iterdir())
        if (releases / claims_file.name).is_file()
    ]
    for name, index, claims in corpus:
        for claim in filter(str.strip, claims.splitlines()):
            true_claims += 1
            if not verify_claim(index, claim).supported:
                false_alarms += 1
                alarms.append((name, claim))
    for seed in seeds:
        for name, index, claims in corpus:
            for claim in filter(str.strip, claims.splitlines()):
                rng = random.Random(f"{seed}:{name}:{claim}")  # one claim's variants never shift another's
                for mutation in mutations(name, claim, index, rng):
                    total[mutation.kind] += 1
                    if verify_claim(index, mutation.claim).supported:
                        missed.append(mutation)
                    else:
                        detected[mutation.kind] += 1
    return {
        "true_claims": true_claims,
        "false_alarms": false_alarms,
        "alarms": alarms,
        "detected": dict(detected),
        "total": dict(total),
        "missed": missed,
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    alter = None
    if "--alter" in args:
        at = args.index("--alter")
        alter, args = args[at + 1], args[:at] + args[at + 2 :]
    result = evaluate(releases=Path(args[0]), claims_dir=Path(args[1]), alter=alter) if len(args) == 2 else evaluate(alter=alter)
    print(f"{'mutation':<22} {'detected':>9} {'total':>6} {'rate':>7}  target")
    ok = True
    for kind in KINDS:
        count, found = result["total"].get(kind, 0), result["detected"].get(kind, 0)
        rate = found / count if count else 0.0
        ok &= rate >= TARGETS[kind]
        print(f"{kind:<22} {found:>9} {count:>6} {rate:>7.1%}  >= {TARGETS[kind]:.0%}")
    alarm_rate = result["false_alarms"] / result["true_claims"]
    ok &= alarm_rate <= FALSE_ALARM_LIMIT
    print(f"{'false alarms (true)':<22} {result['false_alarms']:>9} {result['true_claims']:>6} {alarm_rate:>7.1%}  <= 1%")
    for name, claim in result["alarms"]:
        print(f"  false alarm [{name}]: {claim}")
    for mutation in result["missed"]:
        print(f"  missed {mutation.kind} [{mutation.document}]: {mutation.claim}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
