"""Plain-text letters: detect the encoding, refuse what is not text.

Tried in this order, the first that fits wins:

1. a byte-order mark: UTF-8, UTF-16 LE, UTF-16 BE;
2. UTF-16 without a mark, when NUL bytes sit on every other position (ASCII characters
   such as newlines and digits in UTF-16 carry a zero byte; Chinese ones do not);
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


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when NUL bytes fall on one parity only, else None."""
    sample = data[:8192]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    # ASCII in UTF-16 LE is "c\0": NULs on odd positions; BE is "\0c". A letter has at
    # least its newlines and digits in ASCII. Ideographs such as 一 (U+4E00) put a few NULs
    # on the other side; binary data has about as many on both.
    if odd >= max(2, half // 100) and even * 3 < odd:
        return "utf-16-le"
    if even >= max(2, half // 100) and odd * 3 < even:
        return "utf-16-be"
    return None


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
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError(path, "not a text file (binary content)")
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise InputError(path, "not a text file (binary content)") from exc
        if not (_looks_like_text(text) and _reads_like_chinese(text)):
            raise InputError(path, "not a text file (binary content)")
        return _checked(text, utf16, path)
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
