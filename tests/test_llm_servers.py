"""The model path against OpenAI-compatible servers of every kind and temper: scripted servers on
loopback (tests/scripted_openai.py), spoken to over real HTTP by the real SDK through ``summarizer summarize``."""

from __future__ import annotations

import json
import time

import pytest
from corpus import DATA
from scripted_openai import FakeServer, Reply, completion, recorded_content, refuses

from summarizer.cli import main
from summarizer.engines import llm
from summarizer.engines.llm import forget_negotiated_modes, portable_schema
from summarizer.engines.llm_engine import model_schema
from summarizer.summary.model import summary_validator

IMMUNOGEN = str(DATA / "immunogen_q2-fy2006_8k.txt")
GOOD = recorded_content("immunogen_good.yaml")


@pytest.fixture(autouse=True)
def local_model(monkeypatch):
    """A model on a local server: no key, nothing remembered from another test, quick progress."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY",
                 "SUMMARIZER_CONTEXT_TOKENS", "SUMMARIZER_TIMEOUT", "SUMMARIZER_MAX_OUTPUT_TOKENS"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARIZER_MODEL", "local")
    monkeypatch.setattr(llm, "PROGRESS_EVERY", 0.25)
    forget_negotiated_modes()
    yield
    forget_negotiated_modes()


def _run(server: FakeServer | None, capsys, *args: str, base_url: str | None = None) -> tuple[int, str, str, float]:
    url = base_url or server.base_url
    started = time.monotonic()
    code = main(["summarize", IMMUNOGEN, "--base-url", url, *args])
    out, err = capsys.readouterr()
    return code, out, err, time.monotonic() - started


def _envelope(server: FakeServer, capsys, *args: str) -> tuple[dict, str]:
    code, out, err, _ = _run(server, capsys, "--format", "json", *args)
    assert code == 0, err
    envelope = json.loads(out)
    summary_validator().validate(envelope)
    return envelope, err


def _format(request: dict) -> str:
    fmt = request.get("response_format") or {"type": "text"}
    return "json_object+schema" if fmt["type"] == "json_object" and "schema" in fmt else fmt["type"]


# Negotiation: the best structured-output mode the server takes, remembered per base URL.


def test_a_server_that_takes_strict_json_schema_gets_it(capsys):
    with FakeServer(completion(GOOD)) as server:
        envelope, _ = _envelope(server, capsys)
    request = server.requests[0]
    fmt = request["response_format"]
    assert (fmt["type"], fmt["json_schema"]["strict"], fmt["json_schema"]["schema"]) == ("json_schema", True, model_schema())
    assert request["max_tokens"] == 8000 and "max_completion_tokens" not in request
    assert envelope["output_mode"] == "json_schema" and envelope["engine"] == "llm"
    assert envelope["usage"]["per_call"] == [{"purpose": "chunk", "part": "1 of 1", "output_mode": "json_schema",
        "prompt_tokens": 1200, "completion_tokens": 300, "seconds": envelope["usage"]["per_call"][0]["seconds"],
        "estimated_cost_usd": None}]  # fmt: skip
    assert envelope["verification"]["supported"] is True


def test_llama_cpp_python_refuses_json_schema_and_gets_a_portable_schema_remembered_for_the_run(capsys):
    """llama-cpp-python answers 500 to json_schema and takes json_object with a schema it can turn into a grammar."""
    with FakeServer(completion(GOOD), rule=refuses(("json_schema",), status=500)) as server:
        envelope, err = _envelope(server, capsys, "--verbose")
        assert [_format(r) for r in server.requests] == ["json_schema", "json_object+schema"]
        assert "did not take json_schema" in err and "trying json_object_schema" in err
        schema = server.requests[1]["response_format"]["schema"]
        flat = json.dumps(schema)
        assert "$ref" not in flat and "$defs" not in flat and "\\\\" not in flat and '"minimum"' not in flat
        assert schema["properties"]["period"]["properties"]["fiscal_quarter"] == {"enum": [1, 2, 3, 4, None]}
        value = schema["properties"]["metrics"]["items"]["properties"]["value"]["properties"]["value"]
        assert value["pattern"] == "^-?[0-9]+([.][0-9]+)?$"
        assert schema["properties"]["period"]["properties"]["period_end"]["anyOf"] == [
            {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}, {"type": "null"}]
        assert schema == portable_schema(model_schema()) and sorted(schema["required"]) == sorted(schema["properties"])
        assert envelope["output_mode"] == "json_object_schema"
        again, _ = _envelope(server, capsys)  # the same base URL: no second negotiation
        assert [_format(r) for r in server.requests][2:] == ["json_object+schema"]
        assert again["output_mode"] == "json_object_schema"


@pytest.mark.parametrize(
    ("refused", "mode", "answer"),
    [
        (("json_schema", "json_object+schema"), "json_object", GOOD),
        (("json_schema", "json_object+schema", "json_object"), "text", f"Here is the summary:\n```json\n{GOOD}\n```\nHope this helps."),
    ],
    ids=["json-object-only", "text-only-fenced-answer"],
)
def test_a_server_without_schemas_gets_the_schema_in_the_prompt(capsys, refused, mode, answer):
    with FakeServer(completion(answer), rule=refuses(refused, status=400)) as server:
        envelope, _ = _envelope(server, capsys)
    assert [_format(r) for r in server.requests] == [*refused, "json_object" if mode == "json_object" else "text"]
    system = server.requests[-1]["messages"][0]
    assert system["role"] == "system" and "Answer with one JSON object" in system["content"]
    assert '"segment":{"type":"integer"' in system["content"]
    assert envelope["output_mode"] == mode and envelope["verification"]["supported"] is True


# Re-asks, retries and time.


def test_an_answer_that_does_not_fit_is_asked_again_and_each_call_is_counted(capsys):
    with FakeServer(completion('{"company": "ImmunoGen"}'), completion(GOOD)) as server:
        envelope, err = _envelope(server, capsys, "--verbose")
    reask = server.requests[1]["messages"]
    assert reask[-2] == {"role": "assistant", "content": '{"company": "ImmunoGen"}'}
    assert "at company: 'ImmunoGen' is not of type 'object'" in reask[-1]["content"]
    assert [c["purpose"] for c in envelope["usage"]["per_call"]] == ["chunk", "reask"]
    assert envelope["usage"]["calls"] == 2 and envelope["usage"]["prompt_tokens"] == 2400
    assert "summarizer: call 1: chunk, part 1 of 1, json_schema: 1,200 prompt + 300 completion tokens" in err
    assert "summarizer: call 2: reask, part 1 of 1, json_schema" in err


def test_a_429_is_retried_after_the_server_says_and_announced(capsys):
    busy = Reply(status=429, body=b'{"error": {"message": "slow down"}}', headers={"retry-after": "0"})
    with FakeServer(busy, completion(GOOD)) as server:
        envelope, err = _envelope(server, capsys, "--verbose")
    assert len(server.requests) == 2 and envelope["usage"]["calls"] == 1
    assert "rate limited by http://127.0.0.1" in err and "retry 1 of 2 in 0 s" in err


def test_a_retry_that_would_end_past_the_timeout_is_not_waited_for(capsys):
    busy = Reply(status=429, body=b'{"error": {"message": "slow down"}}', headers={"retry-after": "30"})
    with FakeServer(busy) as server:
        code, _, err, seconds = _run(server, capsys, "--timeout", "5")
    assert code == 1 and seconds < 3 and len(server.requests) == 1
    assert err.count("\n") == 1 and "no retry: the next would end past the 5 s timeout" in err


def test_a_long_call_is_reported_while_it_waits(capsys):
    with FakeServer(Reply(**{**completion(GOOD).__dict__, "delay": 0.8})) as server:
        _, err = _envelope(server, capsys, "--verbose", "--timeout", "5")
    assert "part 1 of 1: waiting for local" in err and "(timeout 5 s)" in err


# Answers of any shape: one line, exit 1, within the timeout.

_HALF = completion(GOOD).body[:500]


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (Reply(body=b"<html><body><h1>502 Bad Gateway</h1></body></html>", content_type="text/html"),
         "answered text/html, not a chat completion"),
        (Reply(body=b'data: {"choices": [{"delta": {"content": "{"}}]}\n\ndata: [DONE]\n\n', content_type="text/event-stream"),
         "answered text/event-stream, not a chat completion"),
        (Reply(body=b""), "sent an empty answer"),
        (Reply(body=b'{"id": "x", "choices": []}'), "answered without any choice"),
        (Reply(body=b'{"id": "x", "object": "chat.completion"}'), "answered without any choice"),
        (Reply(body=b'{"choices": [{"index": 0, "finish_reason": "stop"}]}'), "answered a choice without a message"),
        (Reply(body=b'{"error": {"message": "model crashed"}}'), "answered an error: model crashed"),
        (Reply(body=_HALF), "answered JSON that does not parse"),
        (Reply(body=b"[" * 200_000 + b"]" * 200_000), "sent JSON nested too deeply to read"),
        (Reply(body=b'{"x": "' + b"a" * (2 * 2**20) + b'"}'), "sent an answer larger than 1 MiB"),
        (completion("[" * 50_000 + "]" * 50_000), "did not fit the schema after a second try: the answer is JSON nested too deeply"),
        (completion(None), "did not fit the schema after a second try: the answer is not JSON"),
        (completion('{"company": {"name": "x"}}', finish="length"), "the answer was cut off after 300 output tokens "
                                                                     "(the limit is 8000; the server's context may be full)"),
        # Two retries fit the 2 s budget (0.5 s + 1 s waits) on a quiet machine; on a loaded one the second may not,
        # and the message then says so: either way the server's own words end the line.
        (Reply(status=500, body=b'{"error": {"message": "out of memory"}}'), "answered 500: out of memory ("),
        (Reply(body=_HALF, delay=30), "did not answer within 2 s"),
        (Reply(body=completion(GOOD).body, drip=0.01), "did not answer within 2 s"),
    ],
    ids=["html", "sse", "empty", "empty-choices", "missing-choices", "no-message", "error-object", "truncated-json",
         "deeply-nested-body", "gigantic-body", "deeply-nested-content", "null-content", "length", "500-forever",
         "hanging", "dripping"],  # fmt: skip
)
def test_any_answer_of_the_wrong_shape_ends_in_one_line_within_the_timeout(capsys, monkeypatch, reply, expected):
    monkeypatch.setattr(llm, "MAX_ANSWER_BYTES", 2**20)
    with FakeServer(reply) as server:
        code, out, err, seconds = _run(server, capsys, "--timeout", "2")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("summarizer: error: "), err
    assert expected in err
    assert seconds < 2 + 3  # the timeout, and slack for a loaded machine


def test_usage_of_the_wrong_type_counts_as_zero_and_the_summary_stands(capsys):
    with FakeServer(completion(GOOD, usage={"prompt_tokens": "many", "completion_tokens": None})) as server:
        envelope, _ = _envelope(server, capsys)
    assert (envelope["usage"]["prompt_tokens"], envelope["usage"]["completion_tokens"]) == (0, 0)
    assert envelope["engine"] == "llm" and envelope["verification"]["supported"] is True


# Fallback to the extractive engine.


def test_an_unusable_answer_falls_back_to_the_extractive_summary_when_asked(capsys):
    with FakeServer(completion('{"summary": "revenue was fine"}')) as server:
        envelope, err = _envelope(server, capsys, "--fallback", "extractive")
        assert envelope["engine"] == "extractive" and envelope["model"] == "local"
        assert envelope["fallback_reason"].startswith("the answer did not fit the schema after a second try")
        assert [c["purpose"] for c in envelope["usage"]["per_call"]] == ["chunk", "reask"]
        assert "summarizer: local's answer could not be used (the answer did not fit the schema" in err
        assert envelope["summary"]["metrics"][0]["value"]["value"] == "6587"
        code, out, _, _ = _run(server, capsys, "--fallback", "extractive")
        assert code == 0 and "Written by the built-in extractive engine because local's answer could not be used" in out
        code, _, err, _ = _run(server, capsys)
        assert code == 1 and err.count("\n") == 1 and "did not fit the schema" in err


def test_a_refused_key_is_not_papered_over_by_the_fallback(capsys):
    refused = Reply(status=401, body=b'{"error": {"message": "Incorrect API key provided"}}')
    with FakeServer(refused) as server:
        code, _, err, _ = _run(server, capsys, "--fallback", "extractive")
    assert code == 1 and "refused the API key" in err


# No secrets printed.

SECRET_KEY = "sk-live-4f9a8b7c6d5e4f3a2b1c0d9e"


def test_keys_tokens_and_url_credentials_are_redacted_from_every_message(capsys, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET_KEY)
    echo = {"error": {"message": f"Incorrect API key provided: {SECRET_KEY}. You sent Authorization: Bearer {SECRET_KEY} "
                                 "from http://alice:hunter2secret@127.0.0.1/v1"}}  # fmt: skip
    with FakeServer(Reply(status=400, body=json.dumps(echo).encode())) as server:
        url = server.base_url.replace("http://", "http://alice:hunter2secret@")
        code, _, err, _ = _run(server, capsys, "--verbose", base_url=url)
    assert code == 1 and err.strip().splitlines()[-1].startswith("summarizer: error: http://***@127.0.0.1")
    assert "Incorrect API key provided: ***" in err and "Bearer ***" in err
    for secret in (SECRET_KEY, "hunter2secret", "alice:", "4f9a8b7c"):
        assert secret not in err


def test_an_unreachable_server_with_credentials_is_named_without_them(capsys):
    code, _, err, _ = _run(None, capsys, "--timeout", "5", base_url="http://bob:pa55word-xyz@127.0.0.1:9/v1")
    assert code == 1 and err.count("\n") == 1
    assert "cannot reach http://***@127.0.0.1:9/v1" in err and "pa55word" not in err and "bob" not in err


# Settings.


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("SUMMARIZER_CONTEXT_TOKENS", "12k", "SUMMARIZER_CONTEXT_TOKENS must be a whole number of tokens, not '12k'"),
        ("SUMMARIZER_CONTEXT_TOKENS", "-5", "SUMMARIZER_CONTEXT_TOKENS must be positive, not '-5'"),
        ("SUMMARIZER_TIMEOUT", "soon", "SUMMARIZER_TIMEOUT must be a number of seconds, not 'soon'"),
        ("SUMMARIZER_TIMEOUT", "inf", "the timeout must be a positive number of seconds, at most 86,400 (a day), not inf"),
        ("SUMMARIZER_TIMEOUT", "1e999", "the timeout must be a positive number of seconds, at most 86,400 (a day), not inf"),
        ("SUMMARIZER_MAX_OUTPUT_TOKENS", "1.5", "SUMMARIZER_MAX_OUTPUT_TOKENS must be a whole number of tokens, not '1.5'"),
    ],
)
def test_a_malformed_setting_is_a_one_line_usage_error(capsys, monkeypatch, name, value, expected):
    monkeypatch.setenv(name, value)
    code, _, err, _ = _run(None, capsys, base_url="http://127.0.0.1:9/v1")
    assert code == 2 and err == f"summarizer: error: {expected}\n"


def test_an_endless_timeout_flag_is_a_one_line_usage_error(capsys):
    code, _, err, _ = _run(None, capsys, "--timeout", "inf", base_url="http://127.0.0.1:9/v1")
    assert code == 2 and err == "summarizer: error: the timeout must be a positive number of seconds, at most 86,400 (a day), not inf\n"


def test_the_timeout_flag_overrides_the_environment(capsys, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_TIMEOUT", "600")
    with FakeServer(Reply(body=_HALF, delay=30)) as server:
        code, _, err, seconds = _run(server, capsys, "--timeout", "1")
    # the server answers after 30 s: an end well before that is the flag's 1 s, not the environment's 600 (the
    # rest is the release's own reading, slow on a loaded machine)
    assert code == 1 and "did not answer within 1 s" in err and seconds < 15


def test_an_unusable_correction_keeps_the_first_answer_with_its_problems_reported(capsys):
    """The repair call answers nonsense twice: the first summary stands, its unsupported number still reported."""
    first = recorded_content("immunogen_repair.yaml")  # total revenues given as 6887 thousand; the release says 6,587
    with FakeServer(completion(first), completion("no"), completion("still no")) as server:
        envelope, _ = _envelope(server, capsys)
    assert [c["purpose"] for c in envelope["usage"]["per_call"]] == ["chunk", "repair", "reask"]
    assert envelope["engine"] == "llm" and envelope["summary"]["metrics"][0]["value"]["value"] == "6887"
    verification = envelope["verification"]
    assert verification["supported"] is False
    assert any(w.startswith("the correction could not be used (the answer did not fit the schema after a second try")
               for w in verification["warnings"])  # fmt: skip
