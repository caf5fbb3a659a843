"""EDGAR's lists of filings: the full-index files and the "current events" Atom feed.

The index files come in three layouts, the same for the quarterly ``full-index`` and the
``daily-index``: ``master.idx`` (``CIK|Company Name|Form Type|Date Filed|Filename``),
``form.idx`` (fixed width, the form type first) and ``company.idx`` (fixed width, the
company name first). Each has a few lines of description, a column header and a line of
dashes above the rows. The fixed-width rows are read from the right (file name, date,
CIK), because company names and form types ("SC 13G") hold spaces and long names push
the columns.

The Atom feed (``/cgi-bin/browse-edgar?action=getcurrent&output=atom``) gives each filing
a title ``8-K - APPLE INC (0000320193) (Filer)``, a link to its index page and a summary
listing its items (``Item 2.02: Results of Operations and Financial Condition``).
"""

from __future__ import annotations

import re

from ..ingest.edgar_client import Filing, filing_from_link, normalise_accession

__all__ = ["EARNINGS_FORMS", "is_index", "is_feed", "parse_index", "parse_feed", "earnings_candidates"]

EARNINGS_FORMS = ("8-K", "6-K")
_DASHES = re.compile(r"^-{20,}\s*$", re.MULTILINE)
_ITEM = re.compile(r"Item\s+(\d+\.\d+)", re.IGNORECASE)
_FEED_TITLE = re.compile(r"^\s*(.+?)\s+-\s+(.+?)\s+\((\d{1,10})\)")


def is_index(text: str) -> bool:
    head = text[:3000]
    return head.startswith("Description:") and bool(_DASHES.search(head)) and "File" in head


def is_feed(text: str) -> bool:
    head = text[:2000].lstrip()
    return head.startswith("<?xml") and "<feed" in head or head.startswith("<feed")


def _iso(date: str) -> str:
    date = date.strip()
    return f"{date[:4]}-{date[4:6]}-{date[6:8]}" if re.fullmatch(r"\d{8}", date) else date


def parse_index(text: str) -> list[Filing]:
    """Every filing an index file lists (rows without an accession number are left out)."""
    dashes = _DASHES.search(text)
    if not dashes:
        return []
    header_lines = text[: dashes.start()].rstrip("\n").splitlines()
    header = header_lines[-1] if header_lines else ""
    rows = text[dashes.end():].splitlines()
    filings = []
    if "|" in header:
        for row in rows:
            parts = row.split("|")
            if len(parts) == 5:
                filings.append(_filing(parts[0], parts[1], parts[2], parts[3], parts[4]))
    else:
        form_first = header.lstrip().startswith("Form Type")
        split_at = header.find("Company Name") if form_first else header.find("Form Type")
        for row in rows:
            left, right = row[:split_at], row[split_at:]
            tail = right.rsplit(None, 3)
            if len(tail) < 4 or not row.strip():
                continue
            middle, cik, filed, filename = tail
            form, company = (left, middle) if form_first else (middle, left)
            filings.append(_filing(cik, company, form, filed, filename))
    return [f for f in filings if f is not None]


def _filing(cik: str, company: str, form: str, filed: str, filename: str) -> Filing | None:
    accession = normalise_accession(filename)
    if not accession or not cik.strip().isdigit():
        return None
    return Filing(accession=accession, cik=cik.strip(), company=company.strip(), form_type=form.strip(), filed=_iso(filed))


def parse_feed(data: bytes | str) -> list[Filing]:
    """Every filing of an EDGAR Atom feed, with the items its summary lists."""
    import feedparser

    feed = feedparser.parse(data)
    filings = []
    for entry in feed.entries:
        link = entry.get("link", "")
        found = filing_from_link(link) if link else None
        accession = normalise_accession(entry.get("id", "")) or (found[0] if found else None)
        title = _FEED_TITLE.match(entry.get("title", ""))
        cik = found[1] if found else (title.group(3) if title else "")
        if not accession or not cik:
            continue
        form = next((t.get("term", "") for t in entry.get("tags", []) if t.get("term")), "") or (title.group(1) if title else "")
        summary = entry.get("summary", "")
        filed = re.search(r"Filed:\W*(\d{4}-\d{2}-\d{2})", summary)
        filings.append(Filing(
            accession=accession, cik=str(int(cik)), company=title.group(2) if title else "", form_type=form.strip(),
            filed=filed.group(1) if filed else entry.get("updated", "")[:10], items=tuple(_ITEM.findall(summary)),
        ))  # fmt: skip
    return filings


def earnings_candidates(filings: list[Filing]) -> list[tuple[Filing, str | None]]:
    """The 8-K and 6-K filings, each with a reason to skip it (None to fetch it).

    An index lists no items, so its 8-Ks are all fetched and judged by their header; a
    feed lists them, so an 8-K without 2.02 is skipped at once, without a request.
    """
    kept = []
    for filing in filings:
        if filing.form_type not in EARNINGS_FORMS:
            continue
        skip = None
        if filing.form_type == "8-K" and filing.items and "2.02" not in filing.items:
            skip = f"8-K without item 2.02 (items {', '.join(filing.items)})"
        kept.append((filing, skip))
    return kept
