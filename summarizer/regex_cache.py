"""The package's compiled regular expressions, kept between runs.

Why: the modules compile some 350 patterns when imported (the number grammar, the
vocabulary, the context and guidance phrases ...), and CPython parses and compiles a
pattern in Python: on a short release that was ~170 ms of the ~390 ms of CPU that
``summarizer summarize`` takes. A compiled pattern is a list of integers for the ``_sre``
engine; kept in a file, it becomes a pattern again in microseconds.

How: ``load()``, run by the package's ``__init__`` before any module compiles a pattern,
reads the file of this Python's regex engine and puts each pattern into ``re``'s own
cache, where ``re.compile`` looks first; the modules' code is unchanged. At exit, the
package's module-level patterns that the file did not hold are compiled to code by ``re``'s
own parser and code generator, checked equal to the patterns ``re`` made, and the file is
replaced (written aside, then renamed). The file is keyed by the Python version and
``_sre.MAGIC``, which changes when the engine's code does; ``_sre`` validates the code it is
given. Any failure (no cache folder, a damaged file, another Python) leaves ``re`` to
compile as it always does: outputs never depend on the cache, only start-up time does.

The file lives in ``$SUMMARIZER_CACHE_DIR``, else ``$XDG_CACHE_HOME/summarizer``, else
``~/.cache/summarizer``; ``SUMMARIZER_REGEX_CACHE=0`` turns the cache off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

__all__ = ["cache_file", "load", "save"]

_PACKAGE = __name__.partition(".")[0]
# Patterns kept at most, the newest: an edited pattern is a new one, and the file would otherwise
# keep every version of every pattern it has seen (the package has ~350 today)
_MOST = 2000
_loaded: set[tuple[str, int]] = set()


def cache_file() -> Path | None:
    """The cache file of this Python's regex engine, or None when the cache is off."""
    if os.environ.get("SUMMARIZER_REGEX_CACHE", "1") == "0":
        return None
    try:
        import _sre
    except ImportError:
        return None
    folder = os.environ.get("SUMMARIZER_CACHE_DIR")
    if not folder:
        home = os.path.expanduser("~")
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(home, ".cache")
        if not os.path.isabs(base):  # no home to keep it in: never a folder named "~" where the command runs
            return None
        folder = os.path.join(base, _PACKAGE)
    version = f"{sys.implementation.name}{sys.version_info[0]}.{sys.version_info[1]}"
    return Path(folder) / f"regex-{version}-{_sre.MAGIC}.marshal"


def _entries(path: Path) -> list[tuple[Any, ...]]:
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return []
    return entries if isinstance(entries, list) else []


def load() -> None:
    """Put the patterns of the cache file into ``re``'s cache, and save the missing ones at exit."""
    if sys.implementation.name != "cpython" or not isinstance(getattr(re, "_cache", None), dict):
        return
    path = cache_file()
    if path is None:
        return
    import _sre

    for entry in _entries(path):
        try:
            pattern, flags, final_flags, code, groups, groupindex, indexgroup = entry
            compiled = _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
        except (TypeError, ValueError, RuntimeError):
            continue  # a damaged entry: ``re`` compiles that pattern itself
        re._cache[(str, pattern, flags)] = compiled  # type: ignore[attr-defined]
        _loaded.add((pattern, flags))
    atexit.register(save)


def _module_patterns() -> set[int]:
    """The ids of the patterns the package's modules hold at their top level, alone or in a
    tuple, list, set or dict (a NamedTuple of words and pattern is a tuple)."""
    found: set[int] = set()
    for name, module in list(sys.modules.items()):
        if module is None or not (name == _PACKAGE or name.startswith(_PACKAGE + ".")):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, re.Pattern):
                found.add(id(value))
            elif isinstance(value, (tuple, list, set, frozenset, dict)):
                items = value.values() if isinstance(value, dict) else value
                found.update(id(item) for item in items if isinstance(item, re.Pattern))
    return found


def _parts(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern``: the same steps."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]  # named opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for key, index in groupindex.items():
        indexgroup[index] = key
    return pattern, flags, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def save() -> None:
    """Add the package's module-level patterns that the cache file lacks to it (run at exit)."""
    path = cache_file()
    cache = getattr(re, "_cache", None)
    if path is None or not isinstance(cache, dict):
        return
    import _sre

    wanted = _module_patterns()
    new = []
    for key, compiled in list(cache.items()):
        kind, pattern, flags = key[:3]
        if kind is not str or (pattern, flags) in _loaded or id(compiled) not in wanted:
            continue
        try:
            parts = _parts(pattern, flags)
            if _sre.compile(*parts[:1], *parts[2:]) != compiled:  # compares flags and code
                continue
        except Exception:  # an engine we do not know: leave the pattern out
            continue
        new.append(parts)
    if not new:
        return
    import tempfile

    added = {parts[:2] for parts in new}
    entries = ([entry for entry in _entries(path) if tuple(entry[:2]) not in added] + new)[-_MOST:]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, suffix=".tmp", delete=False) as out:
            try:
                out.write(marshal.dumps(entries))
            except ValueError:
                out.close()
                os.unlink(out.name)
                return
        os.replace(out.name, path)
    except OSError:
        return
    _loaded.update((parts[0], parts[1]) for parts in new)
