"""An HTTP client for SEC EDGAR that keeps to its fair-access rules.

EDGAR asks every automated client to declare who it is (a User-Agent with a contact
e-mail address), to make at most 10 requests per second, and to accept compressed
responses. This client does all three and retries what is worth retrying: 429 and 5xx
answers (after the ``Retry-After`` the server asks for, else an exponential backoff),
timeouts and dropped connections. A 404 or a body larger than ``max_bytes`` is not
retried. Every failure is an ``EdgarError`` (an ``InputError``) whose message says what
happened to which address.

It knows EDGAR's addresses: a filing's full submission from its accession number, a
ticker's CIK from ``/files/company_tickers.json``, a company's latest filing of a form
with an item (the latest earnings 8-K: item 2.02) from its submissions list on
``data.sec.gov``. ``EDGAR_BASE_URL`` (default ``https://www.sec.gov``) points it all
elsewhere, for tests against a local server; absolute ``https://www.sec.gov/...`` links
found in indexes and feeds are rewritten to it.

Settings: ``SEC_USER_AGENT`` ("Name name@example.com"), ``EDGAR_BASE_URL``.
"""

from __future__ import annotations

import email.utils
import http.client
import os
import random
import re
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import InputError, UsageError
from ..ratelimit import RateLimiter
from .decoding import MAX_INPUT_BYTES

__all__ = [
    "DEFAULT_BASE_URL",
    "MAX_REQUESTS_PER_SECOND",
    "EdgarError",
    "EdgarClient",
    "Filing",
    "normalise_accession",
    "filing_path",
    "filing_from_link",
    "user_agent_from_env",
]

DEFAULT_BASE_URL = "https://www.sec.gov"
_DATA_URL = "https://data.sec.gov"  # the submissions API; EDGAR_BASE_URL stands in for it too
MAX_REQUESTS_PER_SECOND = 10
_SEC_ORIGINS = ("https://www.sec.gov", "http://www.sec.gov", "https://sec.gov")
_RETRY_STATUSES = {429, 500, 502, 503, 504}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_ACCESSION = re.compile(r"(\d{10})-?(\d{2})-?(\d{6})")
_FILING_PATH = re.compile(r"/data/(\d+)/(?:(\d{18})/)?(\d{10}-\d{2}-\d{6})")


class EdgarError(InputError):
    """EDGAR could not give the document: ``status`` is the HTTP status, 0 when none came."""

    def __init__(self, message: str, *, url: str, status: int = 0) -> None:
        super().__init__(message)
        self.url, self.status = url, status


@dataclass(frozen=True)
class Filing:
    """One filing as an index or feed lists it."""

    accession: str
    cik: str
    company: str = ""
    form_type: str = ""
    filed: str = ""
    items: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        return filing_path(self.cik, self.accession)


def normalise_accession(text: str) -> str | None:
    """``0001193125-12-312355`` from that or ``000119312512312355`` (None when there is none)."""
    match = _ACCESSION.search(text)
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}" if match else None


def filing_path(cik: str, accession: str) -> str:
    """Where EDGAR keeps a filing's full submission (``.txt``: header and every document)."""
    return f"/Archives/edgar/data/{int(cik)}/{accession.replace('-', '')}/{accession}.txt"


def user_agent_from_env(user_agent: str | None = None, env: Mapping[str, str] = os.environ) -> str:
    """The declared User-Agent; a ``UsageError`` when there is none or it has no e-mail address."""
    value = (user_agent or env.get("SEC_USER_AGENT") or "").strip()
    if not value:
        raise UsageError(
            "EDGAR needs a declared User-Agent with a contact e-mail: set SEC_USER_AGENT or --user-agent "
            "(e.g. \"Jane Doe jane@example.com\")"
        )
    if not _EMAIL.search(value):
        raise UsageError(f"the User-Agent {value!r} has no contact e-mail address, which EDGAR requires")
    return value


def _retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class EdgarClient:
    """GET from EDGAR within its rules (standard library HTTP, one connection per request; thread-safe).

    ``limiter`` is the pace shared by everything that talks to EDGAR (10 per second by
    default; a batch passes one shared by its worker processes). ``timeout`` bounds each
    wait for the server (connecting, or the next bytes of a response), ``deadline`` a whole
    response, so a server that hangs or trickles costs at most that long per attempt.
    """

    def __init__(
        self,
        user_agent: str | None = None,
        *,
        base_url: str | None = None,
        limiter: RateLimiter | None = None,
        timeout: float = 20.0,
        deadline: float = 120.0,
        retries: int = 4,
        backoff: float = 1.0,
        max_wait: float = 60.0,
        max_bytes: int = MAX_INPUT_BYTES,
        env: Mapping[str, str] = os.environ,
    ) -> None:
        self.user_agent = user_agent_from_env(user_agent, env)
        self.base_url = (base_url or env.get("EDGAR_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.limiter = limiter or RateLimiter(MAX_REQUESTS_PER_SECOND)
        self.timeout, self.deadline, self.retries = timeout, deadline, retries
        self.backoff, self.max_wait, self.max_bytes = backoff, max_wait, max_bytes
        self.requests = 0  # made by this process, retries included

    # ------------------------------------------------------------------ addresses

    def url(self, path_or_url: str) -> str:
        """An absolute address: paths join the base; sec.gov links are pointed at the base."""
        for origin in _SEC_ORIGINS:
            if path_or_url.startswith(origin + "/"):
                return self.base_url + path_or_url[len(origin):]
        if "://" in path_or_url:
            return path_or_url
        return f"{self.base_url}/{path_or_url.lstrip('/')}"

    def is_edgar(self, url: str) -> bool:
        return url.startswith(self.base_url + "/") or url.startswith(_SEC_ORIGINS)

    # ------------------------------------------------------------------ requests

    def get(self, path_or_url: str) -> bytes:
        """The body at ``path_or_url`` (decompressed), retried within EDGAR's rules."""
        url = self.url(path_or_url)
        for attempt in range(self.retries + 1):
            self.limiter.acquire()
            self.requests += 1
            wait: float | None = None
            try:
                return self._attempt(url)
            except urllib.error.HTTPError as error:
                if error.code not in _RETRY_STATUSES:
                    raise EdgarError(f"{url}: HTTP {error.code}", url=url, status=error.code) from None
                problem, status = f"{url}: HTTP {error.code} after {attempt + 1} attempts", error.code
                wait = _retry_after(error.headers.get("Retry-After"))
            except TimeoutError:
                problem, status = f"{url}: the server did not answer within {self.timeout:g} s", 0
            except _Deadline:
                problem, status = f"{url}: the response took longer than {self.deadline:g} s", 0
            except (urllib.error.URLError, http.client.HTTPException, ConnectionError, zlib.error) as error:
                reason = getattr(error, "reason", None) or error
                problem, status = f"{url}: {type(error).__name__}: {reason}", 0
            if attempt == self.retries:
                raise EdgarError(problem, url=url, status=status)
            if wait is None:
                wait = self.backoff * 2**attempt * (1 + random.random() / 4)
            time.sleep(min(wait, self.max_wait))
        raise AssertionError("unreachable")

    def _attempt(self, url: str) -> bytes:
        started = time.monotonic()
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            encoding = (response.headers.get("Content-Encoding") or "").lower()
            declared = response.headers.get("Content-Length") or ""
            if not encoding and declared.isdigit() and int(declared) > self.max_bytes:
                raise EdgarError(f"{url}: {int(declared):,} bytes, over the limit of {self.max_bytes:,}", url=url)
            inflate = zlib.decompressobj(16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS) if encoding in ("gzip", "deflate") else None
            chunks, size = [], 0
            while True:
                chunk = response.read(65536)
                if not chunk:
                    break
                if inflate is not None:
                    chunk = inflate.decompress(chunk)
                size += len(chunk)
                if size > self.max_bytes:
                    raise EdgarError(f"{url}: over the limit of {self.max_bytes:,} bytes once decompressed", url=url)
                if time.monotonic() - started > self.deadline:
                    raise _Deadline
                chunks.append(chunk)
            if inflate is not None:
                chunks.append(inflate.flush())
            return b"".join(chunks)

    # ------------------------------------------------------------------ EDGAR's documents

    def filing(self, accession: str, cik: str) -> bytes:
        """A filing's full submission (SGML header and every document)."""
        return self.get(filing_path(cik, accession))

    def ticker_cik(self, ticker: str) -> str:
        """The CIK of a ticker, from EDGAR's ticker list (an ``EdgarError`` when it has none)."""
        import json

        table = json.loads(self.get("/files/company_tickers.json"))
        wanted = ticker.strip().upper()
        for row in table.values():
            if str(row.get("ticker", "")).upper() == wanted:
                return str(row["cik_str"]).zfill(10)
        raise EdgarError(f"EDGAR lists no company with ticker {ticker!r}", url=self.url("/files/company_tickers.json"), status=404)

    def latest_filing(self, cik: str, form: str = "8-K", item: str = "2.02") -> Filing:
        """The company's latest ``form`` whose items include ``item``, from its recent submissions
        (an ``EdgarError`` when none is listed)."""
        import json

        path = f"/submissions/CIK{int(cik):010d}.json"
        url = (_DATA_URL if self.base_url == DEFAULT_BASE_URL else self.base_url) + path
        data = json.loads(self.get(url))
        recent = data.get("filings", {}).get("recent", {})
        rows = zip(recent.get("accessionNumber", []), recent.get("form", []), recent.get("items", []),
                   recent.get("filingDate", []))  # fmt: skip
        found = [(filed, accession, items) for accession, kind, items, filed in rows
                 if kind == form and item in str(items).split(",")]  # fmt: skip
        if not found:
            raise EdgarError(f"EDGAR lists no recent {form} with item {item} for CIK {int(cik)}", url=url, status=404)
        filed, accession, items = max(found)
        return Filing(accession=accession, cik=str(int(cik)), company=str(data.get("name", "")), form_type=form,
                      filed=filed, items=tuple(str(items).split(",")))  # fmt: skip


class _Deadline(Exception):
    """A response ran past the client's deadline."""


def filing_from_link(link: str) -> tuple[str, str] | None:
    """(accession, cik) from an EDGAR link such as ``.../data/320193/000119312512312355/...-index.htm``."""
    match = _FILING_PATH.search(link)
    if match:
        return match.group(3), match.group(1)
    accession = normalise_accession(link)
    cik = re.search(r"/data/(\d+)/", link)
    return (accession, cik.group(1)) if accession and cik else None

