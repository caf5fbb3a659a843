"""Bytes to text: the encodings earnings releases come in, and what is not text at all.

UTF-8 (with or without a byte-order mark) is tried first and must decode strictly;
old filings are cp1252, whose five undefined bytes are read as latin-1 so that
decoding never fails. Binary input is refused before any of that.
"""

from __future__ import annotations

import codecs

from ..errors import InputError

__all__ = ["decode", "MAX_INPUT_BYTES"]

MAX_INPUT_BYTES = 25 * 1024 * 1024
_SNIFF_BYTES = 64 * 1024
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"\x7fELF")
# every byte but the control characters that text does not hold: deleting them leaves those (counted in C)
_NOT_CONTROL = bytes(byte for byte in range(256) if not (byte < 32 and byte not in (9, 10, 12, 13)))


def _cp1252_or_latin1(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("summarizer-latin1", _cp1252_or_latin1)  # type: ignore[arg-type]  # called with decode errors only


def _size(count: int) -> str:
    """A byte count as people read it: "25 MiB", "1.5 KiB", "100 bytes"."""
    for unit, power in (("MiB", 20), ("KiB", 10)):
        if count >= 2**power:
            return f"{count / 2**power:.4g} {unit}"
    return f"{count} bytes"


def _looks_binary(head: bytes) -> bool:
    if head.startswith(_BINARY_MAGIC):
        return True
    if b"\x00" in head:
        return True
    control = len(head.translate(None, _NOT_CONTROL))
    return control > len(head) // 100


def decode(data: bytes, *, name: str = "input", max_bytes: int = MAX_INPUT_BYTES) -> tuple[str, str]:
    """Return the text of ``data`` and the encoding it was read with.

    Raises ``InputError`` for empty, oversized or binary input.
    """
    if len(data) > max_bytes:
        raise InputError(f"{name} is over the {_size(max_bytes)} limit (raise it with --max-bytes)")
    if not data.strip():
        raise InputError(f"{name} is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            # An odd byte count or a lone surrogate: not text, whatever its byte-order mark says.
            raise InputError(f"{name} is not valid UTF-16: {error.reason} at byte {error.start}") from None
    if _looks_binary(data[:_SNIFF_BYTES]):
        raise InputError(f"{name} is a binary file, not an earnings release in HTML or text")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="summarizer-latin1"), "cp1252"
