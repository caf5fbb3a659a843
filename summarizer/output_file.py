"""Writing a result file so that a failure or a hostile directory cannot hurt.

The text is written to a temporary file in the target's directory, created exclusively
(``mkstemp``: ``O_CREAT | O_EXCL``, mode 0600), flushed to disk, given the mode the target
has (or the umask's, for a new file) and renamed over the target: readers see the old file
or the new one, never a part, and a failure leaves no file behind. A target that is a
symbolic link, a directory, a device or the very input being read is refused: a planted
link is never followed, and a release is never overwritten by its own summary.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from .errors import InputError
from .ingest.load import display_name

__all__ = ["write_file"]


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _identity(path: str | None) -> tuple[int, int] | None:
    if not path or path == "-":
        return None
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def _refusal(target: Path, existing: os.stat_result | None, protected: tuple[int, int] | None) -> str | None:
    """Why ``target`` must not be written, or None."""
    if existing is None:
        return None if target.parent.is_dir() else f"no such directory {display_name(str(target.parent))}"
    if stat.S_ISLNK(existing.st_mode):
        return "it is a symbolic link (not followed; remove it or choose another path)"
    if stat.S_ISDIR(existing.st_mode):
        return "it is a directory"
    if not stat.S_ISREG(existing.st_mode):
        return "it is not a regular file"
    if protected == (existing.st_dev, existing.st_ino):
        return "it is the input file"
    return None


def write_file(path: str | Path, text: str, *, protect: str | None = None) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically; ``protect`` is a path that must not be overwritten.

    Raises ``InputError`` with a one-line reason when the file cannot or must not be written.
    """
    target = Path(path)
    name = display_name(str(path))
    try:
        existing: os.stat_result | None = os.lstat(target)
    except FileNotFoundError:
        existing = None
    except (OSError, ValueError) as error:
        raise InputError(f"cannot write {name}: {getattr(error, 'strerror', None) or error}") from None
    reason = _refusal(target, existing, _identity(protect))
    if reason:
        raise InputError(f"cannot write {name}: {reason}")
    mode = stat.S_IMODE(existing.st_mode) if existing else 0o666 & ~_current_umask()
    data = text.encode("utf-8")
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fchmod(stream.fileno(), mode)
            os.fsync(stream.fileno())
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise InputError(f"cannot write {name}: {error.strerror or error}") from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
