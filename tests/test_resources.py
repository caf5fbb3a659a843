from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from summarizer.errors import ResourceError
from summarizer.resources import load_schema, read_prompt

ROOT = Path(__file__).resolve().parent.parent


def test_prompt_and_schema_load_from_the_checkout():
    assert "$segments" in read_prompt("summary_user.v1.md")
    assert load_schema("figures.schema.json")["title"] == "Figures of an earnings release"
    with pytest.raises(ResourceError, match="no prompt named 'absent.md'"):
        read_prompt("absent.md")


@pytest.mark.slow
def test_installed_wheel_carries_prompts_and_schemas(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(wheels.glob("summarizer-*.whl"))
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = (
        "import summarizer.resources as r; "
        "assert '/site-packages/summarizer/' in r.resource_dir('prompts').as_posix(); "
        "print(len(r.read_prompt('summary_system.v1.md')), r.load_schema('figures.schema.json')['title'])"
    )
    done = subprocess.run([str(python), "-c", probe], cwd=elsewhere, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("Figures of an earnings release")
