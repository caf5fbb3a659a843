"""False alarms of both claim benchmarks, split into a studied half and a held-out half.

Run: .venv/bin/python benchmarks/claim_halves.py RELEASES CLAIMS ECTSUM_DIR [--show]

An honest measure of a reading that is being improved needs claims nobody looked at while
improving it. The true claims of ``CLAIMS`` are split by release file name: the first half
in alphabetical order (``len // 2`` files) is studied, the rest held out. The ECTSum calls
are split by their 0-based index in the sorted ``ects/`` folder: even indexes are studied,
odd ones held out. Both halves are counted; ``--show`` lists the false alarms of the studied
half only, with each unsupported number's status and reason. The held-out alarms are never
printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from call_bullets import DEFAULT_JUDGMENTS, read_judgments, run

from summarizer.facts import FactIndex
from summarizer.ingest.load import load_document
from summarizer.verify.verifier import SUPPORTED, ClaimCheck, verify_claim


def claim_halves(releases: Path, claims_dir: Path) -> tuple[list[str], list[str]]:
    names = sorted(path.name for path in claims_dir.iterdir() if (releases / path.name).is_file())
    return names[: len(names) // 2], names[len(names) // 2 :]


def call_halves(ectsum: Path) -> tuple[set[str], set[str]]:
    names = sorted(path.name for path in (ectsum / "ects").iterdir())
    return set(names[0::2]), set(names[1::2])


def _describe(check: ClaimCheck) -> str:
    bad = [n for n in check.numbers if n.status not in SUPPORTED]
    return "; ".join(f"{n.text!r} {n.status.value}: {n.reason}" for n in bad)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("releases", type=Path)
    parser.add_argument("claims", type=Path)
    parser.add_argument("ectsum", type=Path)
    parser.add_argument("--show", action="store_true", help="list the studied half's false alarms")
    args = parser.parse_args(argv)

    studied, held_out = claim_halves(args.releases, args.claims)
    for label, names in (("studied", studied), ("held out", held_out)):
        total = alarms = 0
        shown = []
        for name in names:
            index = FactIndex(load_document(args.releases / name))
            for claim in filter(str.strip, (args.claims / name).read_text(encoding="utf-8").splitlines()):
                total += 1
                check = verify_claim(index, claim)
                if not check.supported:
                    alarms += 1
                    if label == "studied":
                        shown.append(f"  [{name}] {claim}\n      {_describe(check)}")
        print(f"claims {label}: {len(names)} releases, {alarms}/{total} false alarms = {100 * alarms / total:.1f}%")
        if args.show:
            print("\n".join(shown))

    even, odd = call_halves(args.ectsum)
    outcomes, _, _ = run(args.ectsum, read_judgments(DEFAULT_JUDGMENTS))
    for label, calls in (("studied", even), ("held out", odd)):
        supported = [o for o in outcomes if o.judgment.call in calls and o.judgment.verdict == "supported" and o.check]
        alarms = [o for o in supported if not o.passes]
        consensus = [o for o in outcomes if o.judgment.call in calls and o.judgment.verdict == "consensus" and o.passes]
        print(
            f"calls {label}: {len(calls)} calls, {len(alarms)}/{len(supported)} false alarms = "
            f"{100 * len(alarms) / max(1, len(supported)):.1f}%, consensus verified {len(consensus)}"
        )
        if args.show and label == "studied":
            for outcome in alarms:
                check = outcome.check
                assert check is not None
                print(f"  [{outcome.judgment.call} b{outcome.judgment.bullet}] {outcome.bullet_text}\n"
                      f"      {outcome.judgment.number!r} {check.status.value}: {check.reason}; call lines {outcome.judgment.lines}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
