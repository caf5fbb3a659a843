from __future__ import annotations

from pathlib import Path

import pytest

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture(scope="module")
def vcr_config() -> dict:
    """Replay only; secrets scrubbed both ways; one recorded answer per call, in order."""
    return {
        "record_mode": "none",
        "match_on": ["method", "scheme", "host", "path"],
        "filter_headers": ["authorization", "api-key", "openai-organization", "openai-project", "cookie"],
        "allow_playback_repeats": False,
    }


@pytest.fixture
def model_env(monkeypatch) -> None:
    """A configured model with a dummy key, pointed at the recorded API."""
    for name in ("OPENAI_BASE_URL", "AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY", "SUMMARIZER_CONTEXT_TOKENS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARIZER_MODEL", "gpt-4o-mini")
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
