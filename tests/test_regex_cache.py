"""The compiled-pattern cache: what it stores is what ``re`` compiles, it is used on the next
start, and a damaged or disabled cache changes nothing but the time."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

_REPORT = """
import json, re, sys
import summarizer  # loads the cache into re's own cache
before = set(re._cache)
from summarizer.text import numbers
cached = (str, numbers.NUMBER.pattern, re.VERBOSE) in before
print(json.dumps({"cached": cached, "match": numbers.NUMBER.search("revenue of $6.6 million").group()}))
"""


def _run(folder: Path, **environment: str) -> dict:
    inherited = {name: value for name, value in os.environ.items() if name != "SUMMARIZER_REGEX_CACHE"}
    env = {**inherited, "SUMMARIZER_CACHE_DIR": str(folder), **environment}
    done = subprocess.run([sys.executable, "-c", _REPORT], capture_output=True, text=True, env=env, check=True)
    assert done.stderr == ""
    return json.loads(done.stdout)


def _cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("regex-*.marshal"))


def test_the_second_start_takes_the_patterns_from_the_file(tmp_path):
    assert _run(tmp_path) == {"cached": False, "match": "$6.6 million"}
    (written,) = _cache_files(tmp_path)
    assert list(tmp_path.iterdir()) == [written]  # no file left aside
    assert _run(tmp_path) == {"cached": True, "match": "$6.6 million"}


def test_every_stored_pattern_is_what_re_compiles(tmp_path):
    import _sre
    import re._compiler as compiler

    _run(tmp_path)
    (written,) = _cache_files(tmp_path)
    entries = marshal.loads(written.read_bytes())
    patterns = {entry[0] for entry in entries}
    from summarizer.text import numbers

    assert numbers.NUMBER.pattern in patterns and len(entries) >= 20
    for pattern, flags, final_flags, code, groups, groupindex, indexgroup in entries:
        stored = _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
        assert stored == compiler.compile(pattern, flags)


def test_a_damaged_file_is_compiled_anew_and_replaced(tmp_path):
    _run(tmp_path)
    (written,) = _cache_files(tmp_path)
    written.write_bytes(b"not a marshal file")
    assert _run(tmp_path) == {"cached": False, "match": "$6.6 million"}
    assert _run(tmp_path) == {"cached": True, "match": "$6.6 million"}


def test_the_cache_can_be_turned_off(tmp_path):
    assert _run(tmp_path, SUMMARIZER_REGEX_CACHE="0") == {"cached": False, "match": "$6.6 million"}
    assert _cache_files(tmp_path) == []


def test_without_a_home_nothing_is_written_where_the_command_runs(tmp_path):
    environment = {name: value for name, value in os.environ.items() if not name.startswith(("SUMMARIZER_", "XDG_"))}
    environment.pop("HOME", None)
    # no HOME, and no password entry to find a home in: expanduser("~") stays "~"
    script = "import pwd\ndef unknown(uid): raise KeyError(uid)\npwd.getpwuid = unknown\nimport summarizer.text.numbers"
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=environment, capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == ""
    assert list(tmp_path.iterdir()) == []


def test_the_file_keeps_the_newest_patterns_only(tmp_path):
    from summarizer import regex_cache

    environment = {**os.environ, "SUMMARIZER_CACHE_DIR": str(tmp_path)}
    environment.pop("SUMMARIZER_REGEX_CACHE", None)
    written = tmp_path / regex_cache.cache_file().name  # type: ignore[union-attr]
    written.write_bytes(marshal.dumps([("old", 0, 32, [], 0, {}, ())] * 3))
    script = "from summarizer import regex_cache\nregex_cache._MOST = 2\nimport summarizer.text.numbers"
    subprocess.run([sys.executable, "-c", script], env=environment, check=True)
    entries = marshal.loads(written.read_bytes())
    assert len(entries) == 2 and "old" not in {entry[0] for entry in entries}
