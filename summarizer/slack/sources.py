"""What a request names, and the release it names read into a ``Document``.

``/summarize`` (and a mention) takes one of: an EDGAR filing address, an accession number
(``0001193125-12-312355``, optionally after the company's ticker or CIK), a ticker (its
latest 8-K with item 2.02, Results of Operations), or an address on the operator's
allow-list; a mention may instead carry a release file.

EDGAR is reached through ``EdgarClient`` and its fair-access rules. From an EDGAR address
only the CIK and the accession number are kept: the address fetched is rebuilt from them
on the configured EDGAR base, so nothing else of what was typed reaches the network. Other
addresses go through the ``SafeFetcher``; Slack's files through one that knows only
Slack's file host and sends it the bot token.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from ..errors import InputError
from ..ingest.decoding import MAX_INPUT_BYTES
from ..ingest.edgar_client import EdgarClient, EdgarError, filing_from_link, normalise_accession
from ..ingest.load import load_document
from ..types import Document
from .fetch import SafeFetcher, host_of

__all__ = ["USAGE", "BadRequest", "ReleaseRequest", "Sources", "parse_request"]

USAGE = "usage: /summarize <EDGAR filing URL | accession number | ticker>, or mention me with a release file or URL"
_EDGAR_HOSTS = ("www.sec.gov", "sec.gov")
_SLACK_LINK = re.compile(r"<([^<>|]*)(?:\|[^<>]*)?>")  # <https://x|label>, <@U123>, <#C1|name>, <!here>
_TICKER = re.compile(r"[A-Za-z][A-Za-z0-9]{0,5}(?:[.-][A-Za-z]{1,2})?")
_CIK = re.compile(r"\d{1,10}")
_ACCESSION = re.compile(r"\d{10}-?\d{2}-?\d{6}")


class BadRequest(InputError):
    """The text of a request names no release the bot can look for."""


@dataclass(frozen=True)
class ReleaseRequest:
    kind: Literal["url", "accession", "ticker"]
    value: str  # the address, the accession number or the ticker
    company: str = ""  # the ticker or CIK given with an accession number

    def describe(self) -> str:
        if self.kind == "ticker":
            return f"the latest earnings release of {self.value}"
        if self.kind == "accession":
            return f"filing {self.value}" + (f" of {self.company}" if self.company else "")
        return self.value


def _words(text: str) -> list[str]:
    """The words of a request: Slack's ``<url|label>`` links as their address, mentions dropped."""
    words = []
    for token in text.split():
        link = _SLACK_LINK.fullmatch(token)
        if link:
            target = link.group(1)
            if target.startswith(("@", "#", "!")):
                continue
            token = target
        words.append(token)
    return words


def parse_request(text: str) -> ReleaseRequest | None:
    """The release a command's or mention's text names; None when it names none (a mention
    with a file); a ``BadRequest`` when it cannot be read."""
    words = _words(text or "")
    if not words:
        return None
    first = words[0]
    address = next((w for w in words if "://" in w), None)  # "summarise <https://...>" in a mention
    if address:
        host_of(address)  # refuses what is not http(s) before anything else
        return ReleaseRequest("url", address)
    accession = next((normalise_accession(w) for w in words if _ACCESSION.fullmatch(w)), None)
    if accession:
        company = first.upper() if first != words[-1] and (_TICKER.fullmatch(first) or _CIK.fullmatch(first)) else ""
        return ReleaseRequest("accession", accession, company)
    if len(words) == 1 and _TICKER.fullmatch(first):
        return ReleaseRequest("ticker", first.upper())
    raise BadRequest(USAGE)


@dataclass(frozen=True)
class Sources:
    """Reads the releases that requests name. ``edgar`` is None when no EDGAR User-Agent is set."""

    edgar: EdgarClient | None
    fetcher: SafeFetcher  # the operator's allow-list, for addresses that are not EDGAR's
    files: SafeFetcher  # Slack's file host only
    bot_token: str
    max_bytes: int = MAX_INPUT_BYTES

    def load(self, request: ReleaseRequest) -> Document:
        if request.kind == "url" and not self._is_edgar(request.value):
            fetched = self.fetcher.get(request.value)
            return load_document(fetched.body, name=request.value, max_bytes=self.max_bytes)
        edgar = self._edgar()
        if request.kind == "url":
            found = filing_from_link(request.value)
            if not found:
                raise BadRequest("this EDGAR address names no filing; give a filing's address, its accession number or a ticker")
            accession, cik = found
        elif request.kind == "accession":
            accession, cik = request.value, self._cik(edgar, request.company) if request.company else request.value[:10]
        else:
            cik = edgar.ticker_cik(request.value)
            accession = edgar.latest_filing(cik).accession
        try:
            raw = edgar.filing(accession, cik)
        except EdgarError as error:
            if error.status == 404 and request.kind == "accession" and not request.company:
                raise InputError(f"EDGAR has no filing {accession} under CIK {int(cik)} (the filer agent's); "
                                 f"name the company too: /summarize TICKER {accession}") from None  # fmt: skip
            raise
        return load_document(raw, name=f"EDGAR {accession}", max_bytes=self.max_bytes)

    def load_file(self, file: Mapping) -> Document:
        """A file shared with a mention, from Slack's file host with the bot token."""
        name = str(file.get("name") or file.get("title") or "file")
        url = file.get("url_private_download") or file.get("url_private")
        if not isinstance(url, str) or not url:
            raise InputError(f"{name}: Slack gave no address for this file (does the app have the files:read scope?)")
        size = file.get("size")
        if isinstance(size, int) and size > self.max_bytes:
            raise InputError(f"{name}: {size:,} bytes, over the limit of {self.max_bytes:,}")
        fetched = self.files.get(url, headers={"Authorization": f"Bearer {self.bot_token}"})
        return load_document(fetched.body, name=name, max_bytes=self.max_bytes)

    def _edgar(self) -> EdgarClient:
        if self.edgar is None:
            raise InputError("EDGAR is not set up for this bot: its operator must set SEC_USER_AGENT (name and e-mail)")
        return self.edgar

    def _is_edgar(self, url: str) -> bool:
        host, _port = host_of(url)
        return host in _EDGAR_HOSTS or (self.edgar is not None and self.edgar.is_edgar(url))

    @staticmethod
    def _cik(edgar: EdgarClient, company: str) -> str:
        return company if company.isdigit() else edgar.ticker_cik(company)

