"""What a batch works on: its SOURCE arguments expanded into work items, one per filing.

A SOURCE is a folder of release files, a text file listing paths or URLs (one per line,
``#`` comments), an EDGAR index file (``form.idx``, ``master.idx``, ``company.idx``) or
an EDGAR Atom feed; an index or feed may be a path or a URL. Which one a file is, is read
from its content, not its name. From indexes and feeds only 8-K and 6-K filings are kept
(``indexes.earnings_candidates``).

Each item has a key that names it in the state and in the output folder: the accession
number where there is one (a filing from an index or feed, a URL that holds one, a local
EDGAR submission whose header gives one), else the sha256 of a local file's bytes, else
a hash of the address. Expanding reads local files whole to hash them, nothing more.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, UsageError
from ..ingest.edgar_client import filing_path, normalise_accession
from .indexes import earnings_candidates, is_feed, is_index, parse_feed, parse_index

__all__ = ["WorkItem", "expand_sources"]

_URL = re.compile(r"^https?://\S+$")
_HEADER_ACCESSION = re.compile(r"^ACCESSION NUMBER:\s*(\d{10}-\d{2}-\d{6})", re.MULTILINE)
_PATH_LIKE = re.compile(r"^\S+\.[A-Za-z0-9]{1,5}$")


@dataclass(frozen=True)
class WorkItem:
    """One filing or file to summarise. ``location`` is a path, or an address for EDGAR."""

    key: str
    location: str
    remote: bool = False
    accession: str = ""
    cik: str = ""
    company: str = ""
    form_type: str = ""
    filed: str = ""
    skip: str | None = None  # recorded as skipped without being read


def _is_list(text: str, folder: Path) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if not lines or len(text) > 2_000_000:
        return False
    return all(_URL.match(line) or _PATH_LIKE.match(line) or _is_file(folder, line) for line in lines)


def _is_file(folder: Path, line: str) -> bool:
    if len(line) > 1000:
        return False
    try:
        return (folder / line).is_file()
    except OSError:  # a name too long for the file system is no path of a list
        return False


def _local_item(path: Path) -> WorkItem:
    try:
        data = path.read_bytes()
    except OSError:  # recorded, with the reason, when the worker tries to read it
        return WorkItem(key="file-" + hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:24], location=str(path))
    accession = _HEADER_ACCESSION.search(data[:8192].decode("latin-1"))
    key = accession.group(1) if accession else hashlib.sha256(data).hexdigest()
    return WorkItem(key=key, location=str(path))


def _url_item(url: str) -> WorkItem:
    accession = normalise_accession(url)
    key = accession or "url-" + hashlib.sha256(url.encode()).hexdigest()[:24]
    return WorkItem(key=key, location=url, remote=True, accession=accession or "")


def _filing_items(text: str, data: bytes) -> list[WorkItem]:
    filings = parse_index(text) if is_index(text) else parse_feed(data)
    return [
        WorkItem(key=f.accession, location=filing_path(f.cik, f.accession), remote=True, accession=f.accession,
                 cik=f.cik, company=f.company, form_type=f.form_type, filed=f.filed, skip=skip)
        for f, skip in earnings_candidates(filings)
    ]  # fmt: skip


def _from_content(data: bytes, name: str, folder: Path, *, local: Path | None) -> list[WorkItem]:
    text = data[:2_000_000].decode("utf-8", errors="replace")
    if is_index(text) or is_feed(text):
        return _filing_items(data.decode("utf-8", errors="replace"), data)
    if _is_list(text, folder):
        items = []
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            items.append(_url_item(line) if _URL.match(line) else _local_item(folder / line))
        return items
    if local is not None:
        return [_local_item(local)]
    return [_url_item(name)]


def expand_sources(sources: Sequence[str], fetch: Callable[[str], bytes]) -> list[WorkItem]:
    """Every work item of ``sources``, in order, each key once. ``fetch`` reads a URL source."""
    items: list[WorkItem] = []
    for source in sources:
        if _URL.match(source):
            items += _from_content(fetch(source), source, Path.cwd(), local=None)
            continue
        path = Path(source)
        if path.is_dir():
            items += [_local_item(p) for p in sorted(path.iterdir()) if p.is_file() and not p.name.startswith(".")]
        elif path.is_file():
            try:
                data = path.read_bytes()
            except OSError as error:
                raise InputError(f"{source}: {error.strerror or error}") from None
            items += _from_content(data, source, path.parent, local=path)
        else:
            raise UsageError(f"{source}: no such file, folder or URL")
    return list(_unique(items))


def _unique(items: Iterable[WorkItem]) -> Iterable[WorkItem]:
    seen: set[str] = set()
    for item in items:
        if item.key not in seen:
            seen.add(item.key)
            yield item
