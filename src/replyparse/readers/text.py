"""Plain-text letters: detect the encoding, refuse what is not text.

Tried in this order, the first that fits wins:

1. a byte-order mark: UTF-8, UTF-16 LE, UTF-16 BE;
2. UTF-16 without a mark, when the bytes hold NULs (ASCII characters such as newlines
   and digits carry one in UTF-16) and one byte order reads as Chinese text;
3. UTF-8, whose strict rules almost never accept bytes of another encoding;
4. GB18030, which covers GBK and GB2312. It accepts many byte strings that are not
   Chinese at all, so its result must also read like Chinese: most of its ideographs
   must be common ones (GB2312), not the rare characters garbage decodes to.

Every result is then checked for control characters, private-use code points and
replacement characters, so binary files and mis-decoded bytes give a clear error, never
mojibake.
"""

from __future__ import annotations

import codecs

from replyparse.errors import InputError
from replyparse.textview import normalise_newlines

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # (mark, codec, name recorded). UTF-8's mark first; UTF-16 LE's mark is a prefix of
    # UTF-32 LE's, which archives do not hold, so UTF-32 is not listed.
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

_MIN_COMMON_IDEOGRAPHS = 0.8
"""Share of GB18030-decoded ideographs that must be in GB2312 (real letters: over 0.99)."""

_MIN_PLAUSIBLE = 0.9
"""Share of plausible characters UTF-16 without a BOM must reach (random bytes: ~0.1)."""


def _is_bad(ch: str) -> bool:
    code = ord(ch)
    return (
        (code < 32 and ch not in "\n\r\t\f\v")
        or 0x7F <= code < 0xA0
        or 0xE000 <= code <= 0xF8FF
        or ch == "\ufffd"
    )


def _looks_like_text(text: str) -> bool:
    """False for decoded bytes with many control, private-use or replacement characters."""
    bad = sum(1 for ch in text if _is_bad(ch))
    return bad <= max(2, len(text) // 200)


def _is_ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _reads_like_chinese(text: str) -> bool:
    ideographs = [ch for ch in text if _is_ideograph(ch)]
    if not ideographs:
        return True
    common = sum(1 for ch in ideographs if _in_gb2312(ch))
    return common >= _MIN_COMMON_IDEOGRAPHS * len(ideographs)


def _plausible(ch: str) -> bool:
    """A character a Chinese letter is made of: printable ASCII, white space or GB2312."""
    if ch.isascii():
        return ch.isprintable() or ch in "\n\r\t"
    return _in_gb2312(ch)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """(text, codec) when the bytes read as UTF-16 LE or BE text, else None.

    Both byte orders are tried; the one whose characters are nearly all plausible wins.
    Parity of the NUL bytes alone is not enough: ASCII puts them on one side, but the
    ideographic space U+3000 that indents Chinese paragraphs puts them on the other.
    """
    if len(data) % 2:
        return None
    best: tuple[float, str, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:4000]
        score = sum(1 for ch in sample if _plausible(ch)) / max(1, len(sample))
        if best is None or score > best[0]:
            best = (score, text, codec)
    if best is None or best[0] < _MIN_PLAUSIBLE:
        return None
    return best[1], best[2]


def decode_text(data: bytes, *, path: str) -> tuple[str, str]:
    """Decode a text file's bytes, returning the text and the encoding detected."""
    if not data.strip():
        raise InputError(path, "file is empty")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"invalid {name} text at byte {exc.start}") from exc
            return _checked(text, name, path)
    if b"\x00" in data:
        # NUL bytes: UTF-16 without a byte-order mark, or binary
        found = _utf16_without_bom(data)
        if found is None:
            raise InputError(path, "not a text file (binary content)")
        return _checked(*found, path)
    try:
        return _checked(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise InputError(path, "not a text file: neither UTF-8 nor GB18030") from exc
    if not _reads_like_chinese(text):
        raise InputError(path, "not a text file: not UTF-8, and not Chinese read as GB18030")
    return _checked(text, "gb18030", path)


def _checked(text: str, encoding: str, path: str) -> tuple[str, str]:
    if not text.strip():
        raise InputError(path, "file is empty")
    if not _looks_like_text(text):
        raise InputError(path, f"not a text file: decodes as {encoding} but is not text")
    return normalise_newlines(text), encoding
