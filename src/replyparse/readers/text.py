"""Plain-text letters: detect the encoding, refuse what is not text."""

from __future__ import annotations

import codecs

from replyparse.errors import InputError
from replyparse.textview import normalise_newlines

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-8's BOM is checked first; UTF-16 LE's BOM is a prefix of UTF-32 LE's, which
    # archives do not hold, so it is not listed.
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _looks_like_text(text: str) -> bool:
    """False for decoded bytes that are mostly control characters or private-use code points."""
    if not text.strip():
        return False
    bad = sum(
        1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t\f\v") or 0xE000 <= ord(ch) <= 0xF8FF
    )
    return bad <= max(2, len(text) // 200)


def decode_text(data: bytes, *, path: str) -> tuple[str, str]:
    """Decode a text file's bytes, returning the text and the encoding detected."""
    if not data.strip():
        raise InputError(path, "file is empty")
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(path, "not a text file (binary content)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise InputError(path, f"invalid {encoding} text at byte {exc.start}") from exc
            return _checked(text, encoding, path)
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _checked(text, encoding, path)
    raise InputError(path, "not a text file: neither UTF-8 nor GB18030")


def _checked(text: str, encoding: str, path: str) -> tuple[str, str]:
    if not _looks_like_text(text):
        raise InputError(path, f"not a text file: decodes as {encoding} but is not text")
    return normalise_newlines(text), encoding
