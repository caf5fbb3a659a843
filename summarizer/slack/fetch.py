"""Fetching what people in a workspace point the bot at, without letting them point it inside.

Anyone who can type in a channel can hand the bot an address, so every fetch here is
guarded against server-side request forgery:

- only hosts on an allow-list are fetched: ``host`` (ports 80 and 443) or ``host:port``,
  matched exactly, after the address is parsed (no user information, http or https only);
- the host is resolved once, every address it resolves to is checked, and the connection
  goes to that checked address (no second lookup that DNS rebinding could answer
  differently); an address that is not global (loopback, private, link-local with the
  cloud metadata endpoint, shared, reserved) is refused unless that exact host was put on
  the list by the operator (``trusted``: a local mirror, the tests' server), never for
  the built-in hosts;
- redirects are followed by hand, at most three, each checked like the first address; a
  credential (the bot token for Slack's file host) is sent to the first host only;
- a size cap (checked on ``Content-Length`` and while reading), a timeout per wait and a
  deadline per response, and a content type that can be a release (text, HTML, or
  unlabelled bytes that the reader sniffs).

A refusal is a ``FetchRefused`` (an ``InputError``): one line saying why, never the
credential.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..errors import InputError
from ..ingest.decoding import MAX_INPUT_BYTES
from ..ingest.load import display_name

__all__ = ["AllowList", "Fetched", "FetchRefused", "SafeFetcher", "host_of"]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml", "application/octet-stream", "binary/octet-stream")
Resolver = Callable[[str, int], list[str]]


class FetchRefused(InputError):
    """An address the bot will not fetch, or a response it will not read."""


@dataclass(frozen=True)
class Fetched:
    body: bytes
    url: str  # after redirects
    content_type: str


def host_of(url: str) -> tuple[str, int]:
    """(host, port) of an http(s) address; a ``FetchRefused`` for anything else."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise FetchRefused(f"{display_name(url)[:200]} is not a valid address") from None
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise FetchRefused(f"{display_name(url)[:200]} is not an http or https address")
    if parts.username is not None or parts.password is not None:
        raise FetchRefused("addresses with a user name or password are not fetched")
    return parts.hostname.rstrip("."), port or _DEFAULT_PORTS[parts.scheme]


@dataclass(frozen=True)
class AllowList:
    """Hosts that may be fetched: ``builtin`` ones must resolve to global addresses,
    ``trusted`` ones (named by the operator) may resolve anywhere."""

    builtin: frozenset[str] = frozenset()
    trusted: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, builtin: Iterable[str], trusted: Iterable[str]) -> AllowList:
        """From ``host`` or ``host:port`` entries (a comma-separated setting split by the caller)."""
        return cls(frozenset(_entry(e) for e in builtin if e.strip()), frozenset(_entry(e) for e in trusted if e.strip()))

    def match(self, host: str, port: int) -> bool | None:
        """None when the host is not on the list, else whether it may resolve to a private address."""
        keys = {f"{host}:{port}"} | ({host} if port in (80, 443) else set())
        if keys & self.trusted:
            return True
        if keys & self.builtin:
            return False
        return None

    def __bool__(self) -> bool:
        return bool(self.builtin or self.trusted)


def _entry(text: str) -> str:
    """``Host:port`` as the list keeps it: lower case, IPv6 literals without brackets."""
    text = text.strip().lower()
    if text.startswith("["):
        address, _, rest = text[1:].partition("]")
        return address + rest
    return text.rstrip(".")


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchRefused(f"{host} cannot be resolved ({error})") from None
    return [str(info[4][0]) for info in infos]


def _is_global(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _pinned(scheme: str, host: str, port: int, address: str, timeout: float) -> http.client.HTTPConnection:
    """A connection to ``address``, already checked, that names ``host`` (Host header; SNI and
    certificate for https): no second lookup of the name."""
    kind = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
    connection = kind(host, port, timeout=timeout)
    connection._create_connection = lambda _where, wait, source=None: socket.create_connection((address, port), wait, source)  # type: ignore[attr-defined]
    return connection


class SafeFetcher:
    """GET within the allow-list; see the module docstring for every guard."""

    def __init__(
        self,
        allow: AllowList,
        *,
        max_bytes: int = MAX_INPUT_BYTES,
        timeout: float = 15.0,
        deadline: float = 60.0,
        max_redirects: int = 3,
        resolver: Resolver = _resolve,
        user_agent: str = "summarizer-slack",
    ) -> None:
        self.allow, self.max_bytes, self.timeout, self.deadline = allow, max_bytes, timeout, deadline
        self.max_redirects, self.resolver, self.user_agent = max_redirects, resolver, user_agent

    def check(self, url: str) -> tuple[str, int, str]:
        """(host, port, address to connect to) of an address that may be fetched; else ``FetchRefused``."""
        host, port = host_of(url)
        trusted = self.allow.match(host, port)
        shown = f"{host}:{port}" if ":" not in host else f"[{host}]:{port}"
        if trusted is None:
            raise FetchRefused(f"{shown} is not on the list of hosts this bot fetches from")
        addresses = self.resolver(host, port)
        if not addresses:
            raise FetchRefused(f"{host} resolves to no address")
        if not trusted:
            private = [a for a in addresses if not _is_global(a)]
            if private:
                raise FetchRefused(f"{host} resolves to a private or local address ({private[0]}), which is not fetched")
        return host, port, addresses[0]

    def get(self, url: str, *, headers: Mapping[str, str] | None = None) -> Fetched:
        """The body at ``url``; ``headers`` (a credential) go to the first host only."""
        started = time.monotonic()
        first_host = host_of(url)
        for _ in range(self.max_redirects + 1):
            host, port, address = self.check(url)
            sent = dict(headers or {}) if (host, port) == first_host else {}
            status, location, content_type, body = self._request(url, host, port, address, sent, started)
            if status in (301, 302, 303, 307, 308):
                if not location:
                    raise FetchRefused(f"{host} redirected without saying where")
                url = urljoin(url, location)
                continue
            if status != 200:
                raise FetchRefused(f"{host} answered HTTP {status}")
            return Fetched(body, url, content_type)
        raise FetchRefused(f"more than {self.max_redirects} redirects")

    def _request(self, url: str, host: str, port: int, address: str, headers: dict[str, str], started: float):
        parts = urlsplit(url)
        connection = _pinned(parts.scheme, host, port, address, self.timeout)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            connection.request("GET", path, headers={"User-Agent": self.user_agent, "Accept-Encoding": "identity", **headers})
            response = connection.getresponse()
            if response.status != 200:
                return response.status, response.getheader("Location"), "", b""
            content_type = (response.getheader("Content-Type") or "").split(";", 1)[0].strip().lower()
            if content_type and not content_type.startswith(_TEXT_TYPES):
                raise FetchRefused(f"{host} sent {content_type[:60]}, not a text or HTML release")
            declared = response.getheader("Content-Length") or ""
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchRefused(f"{int(declared):,} bytes, over the limit of {self.max_bytes:,} bytes")
            chunks, size = [], 0
            while chunk := response.read(65536):
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchRefused(f"over the limit of {self.max_bytes:,} bytes")
                if time.monotonic() - started > self.deadline:
                    raise FetchRefused(f"{host} took longer than {self.deadline:g} s")
                chunks.append(chunk)
            return 200, None, content_type, b"".join(chunks)
        except TimeoutError:
            raise FetchRefused(f"{host} did not answer within {self.timeout:g} s") from None
        except (OSError, http.client.HTTPException) as error:
            raise FetchRefused(f"{host}: {type(error).__name__}: {error}") from None
        finally:
            connection.close()
