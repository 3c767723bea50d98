"""Plain-text letters: detect the encoding, refuse what is not text.

Tried in this order, the first that fits wins:

1. a byte-order mark: UTF-32 LE and BE (before UTF-16: UTF-16 LE's mark starts UTF-32
   LE's), UTF-8, UTF-16 LE, UTF-16 BE;
2. with NUL bytes and no mark: UTF-32 (every character four bytes, two of them NUL) or
   UTF-16 (ASCII characters such as newlines and digits carry one NUL), when one byte
   order reads as Chinese text;
3. UTF-8, whose strict rules almost never accept bytes of another encoding;
4. the legacy Chinese encodings: GB18030 (which covers GBK and GB2312), Big5 and
   Big5-HKSCS (a traditional-character archive's, a mirror's). Each accepts many byte
   strings that are not Chinese at all, and most Big5 files are valid GB18030 too (and
   many GB18030 ones valid Big5), so a reading counts only when it reads like Chinese,
   and of those that do the one that reads most like it wins (:func:`_common_share`):
   the share of its characters that are the few thousand letters are written with
   (GB2312's first level, a traditional character counted as the simplified one it is
   read as) or punctuation. A file read in the wrong one of them decodes to rare
   characters, kana and Cyrillic: a third of it common, where a letter's own reading
   gives nearly all of it. A tie goes to GB18030, then Big5: a letter in Big5-HKSCS
   differs from Big5 only in the characters Hong Kong added. GB18030 also counts when
   most of its ideographs are in GB2312, as before Big5 was read.

A decoding failure names the first invalid byte, its offset in the file and its line.
Every result is then checked for control characters, private-use code points and
replacement characters, so binary files and mis-decoded bytes give a clear error, never
mojibake. :func:`garbage` adds a check of the scripts used, for what LibreOffice converts.
"""

from __future__ import annotations

import codecs
import re
from functools import cache

from replyparse.errors import InputError
from replyparse.limits import DEFAULT_LIMITS, Limits, exceeded
from replyparse.newlines import normalise_newlines

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # (mark, codec, name recorded). UTF-32 LE's mark starts with UTF-16 LE's: first.
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

_MIN_COMMON_IDEOGRAPHS = 0.8
"""Share of ideographs that must be in GB2312 (real letters: over 0.99)."""

_MIN_PLAUSIBLE = 0.9
"""Share of plausible characters UTF-16/32 without a BOM must reach (random bytes: ~0.1)."""

# Characters no letter holds: C0 controls but tab, newlines and form feeds; C1 controls;
# private use; the replacement character.
_BAD = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")
_IDEOGRAPHS = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]+")
# Characters Chinese letters are written with, traditional ones included: ASCII, Latin,
# Greek and Cyrillic letters, punctuation and symbols, CJK punctuation, ideographs (the
# supplementary planes too) and full-width forms. Random UTF-16 units fall outside this
# about half of the time; a letter, almost never.
_IMPLAUSIBLE = re.compile(
    "[^\t\n\x0b\x0c\r -~\u00a0-\u024f\u0370-\u04ff\u2000-\u27bf\u2e80-\u33ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\ufeff\uff00-\uffef"
    "\U00020000-\U0003134f]"
)
_MAX_IMPLAUSIBLE = 0.1
"""Share of characters outside that set that makes a text garbage."""


def _controls(text: str) -> str | None:
    """Why ``text`` holds too many control, private-use or replacement characters."""
    bad = len(_BAD.findall(text))
    if bad > max(2, len(text) // 200):
        return f"{bad:,} of its {len(text):,} characters are control or unassigned codes"
    return None


def garbage(text: str) -> str | None:
    """Why converted ``text`` is garbage rather than a letter, or None.

    More than 1 character in 200 a control, private-use or replacement character, or
    more than 1 in 10 outside the scripts and symbols letters are written with.
    """
    why = _controls(text)
    if why is not None:
        return why
    odd = len(_IMPLAUSIBLE.findall(text))
    if odd > _MAX_IMPLAUSIBLE * len(text):
        return f"{odd:,} of its {len(text):,} characters belong to no script a letter uses"
    return None


def _reads_like_chinese(text: str) -> bool:
    """Most ideographs are common ones (GB2312): GB18030 garbage decodes to rare ones."""
    ideographs = "".join(_IDEOGRAPHS.findall(text))
    if not ideographs:
        return True
    # "?" stands for each ideograph GB2312 lacks (an ideograph is never "?" itself)
    rare = ideographs.encode("gb2312", errors="replace").count(b"?")
    return len(ideographs) - rare >= _MIN_COMMON_IDEOGRAPHS * len(ideographs)


_LEGACY = ("gb18030", "big5", "big5hkscs")
"""The legacy encodings tried after UTF-8, a tie going to the first."""

_SAMPLE = 20_000
"""Characters of a reading :func:`_common_share` looks at (a letter: 1,000 to 10,000)."""


@cache
def _common() -> frozenset[str]:
    """The characters a Chinese letter is mostly written with: GB2312's first level (its
    3,755 common ideographs, rows 0xB0 to 0xD7), CJK and general punctuation, symbols,
    enclosed numbers and full-width forms."""
    level1 = bytes(
        b for lead in range(0xB0, 0xD8) for trail in range(0xA1, 0xFF) for b in (lead, trail)
    )
    chars = set(level1.decode("gb2312", errors="ignore"))
    for low, high in (
        (0x00A0, 0x00BF),
        (0x2000, 0x2BFF),
        (0x3000, 0x303F),
        (0xFE30, 0xFE4F),
        (0xFF00, 0xFFEF),
    ):
        chars.update(map(chr, range(low, high + 1)))
    chars.update("\u00d7\u00f7")  # × ÷
    return frozenset(chars)


_OTHER = re.compile(r"[\x00-\x7f\s]+")


def _common_share(text: str) -> float:
    """The share of ``text``'s characters beyond ASCII that are :func:`_common` ones, a
    traditional character read as its simplified one (``data/traditional.txt``)."""
    from replyparse.traditional import table

    rest = _OTHER.sub("", text[:_SAMPLE].translate(table()))
    common = _common()
    return sum(1 for ch in rest if ch in common) / max(1, len(rest))


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _plausible(ch: str) -> bool:
    """A character a Chinese letter is made of: printable ASCII, white space or GB2312."""
    if ch.isascii():
        return ch.isprintable() or ch in "\n\r\t"
    return _in_gb2312(ch)


def _without_bom(data: bytes, codecs_: tuple[str, str]) -> tuple[str, str] | None:
    """(text, codec) when the bytes read as plausible text in one of two byte orders.

    Parity of the NUL bytes alone is not enough for UTF-16: ASCII puts them on one side,
    but the ideographic space U+3000 that indents Chinese paragraphs puts them on the
    other. The byte order whose characters are nearly all plausible wins.
    """
    best: tuple[float, str, str] | None = None
    for codec in codecs_:
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


# What a binary file named like a letter usually is, by its first bytes ("magic").
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an ELF program"),
    (b"MZ", "a Windows program"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"ID3", "an MP3 file"),
    (b"RIFF", "a RIFF file (WAV, AVI or WebP)"),
    (b"\x00\x00\x01\x00", "an icon"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
# Pictures a letter reaches an archive as when it was scanned or photographed, by their
# first bytes; those whose sign is not at the start are asked apart (picture()).
_PICTURES = tuple(entry for entry in _MAGIC if entry[1].endswith(" image"))
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")
"""The brands of an ISO media file (``ftyp`` at offset 4) that a phone's photo bears."""


def picture(data: bytes) -> str | None:
    """``a JPEG image`` when the bytes are a picture (PNG, JPEG, GIF, TIFF, BMP, WebP,
    HEIC/AVIF: a scan or a phone's photo of a letter), told by their first bytes; else
    None. Asked only of bytes no reader could read as text."""
    for magic, name in _PICTURES:
        if data.startswith(magic):
            return name
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "a WebP image"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "an AVIF image" if data[8:12] == b"avif" else "a HEIC image"
    if data.startswith(b"BM") and data[6:10] == bytes(4):  # size, then 4 reserved zeros
        return "a BMP image"
    return None


def binary_reason(data: bytes) -> str:
    """``not a text file (binary content: a PNG image; byte 0x1a at offset 6, line 2)``:
    what the bytes look like when their start says so, and the first byte no text holds
    (a control character other than tab, newlines and form feed)."""
    parts = []
    for magic, name in _MAGIC:
        if data.startswith(magic):
            parts.append(name)
            break
    if data[4:8] == b"ftyp":
        parts.append("an MP4 or QuickTime video")
    found = _CONTROL.search(data)
    if found is not None:
        at = found.start()
        line = data[:at].count(b"\n") + 1
        parts.append(f"byte 0x{data[at]:02x} at offset {at:,}, line {line:,}")
    said = "; ".join(parts)
    return (
        f"not a text file (binary content: {said})" if said else "not a text file (binary content)"
    )


def invalid_byte(data: bytes, exc: UnicodeDecodeError, codec: str, offset: int = 0) -> str:
    """``invalid byte 0xff at offset 1234 (line 17)``: where decoding ``data`` stopped.

    ``offset`` is where ``data`` starts in the file (after a byte-order mark).
    """
    start = exc.start
    line = data[:start].decode(codec, errors="replace").count("\n") + 1
    return f"invalid byte 0x{data[start]:02x} at offset {offset + start:,} (line {line:,})"


# An HTML character reference a copy of a page's source left in plain text (&nbsp;,
# &ldquo;, &#12290;): what the page showed stands in its place. Named ones must be HTML's
# (html.unescape leaves any other as written); the semicolon is required.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_references(text: str) -> str:
    """``text`` with each HTML character reference replaced by the character it names
    (``&nbsp;`` a no-break space, ``&ldquo;`` “, ``&#12290;`` 。); unknown names, a bare
    ``&`` and a reference to no character (``&#0;``) stay as written."""
    if "&" not in text or _REFERENCE.search(text) is None:
        return text
    from html import unescape  # (its table of names: loaded only for such a letter)

    def character(m: re.Match[str]) -> str:
        shown = unescape(m.group())
        return m.group() if shown == "\ufffd" or _BAD.search(shown) else shown

    return _REFERENCE.sub(character, text)


_MARK_NAMES = {
    "utf-32-le": "UTF-32",
    "utf-32-be": "UTF-32",
    "utf-8-sig": "UTF-8",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
}
"""The encoding each byte-order mark of :data:`_BOMS` names, as a message says it."""


def no_text(content: bytes | str, *, mark: str | None = None) -> str:
    """Why a file that gives no text is refused, said as what it holds: ``file is empty``
    only when it holds nothing at all; a file of spaces and line breaks is blank, and
    one of a byte-order mark alone (an editor's "new file" saved with one) is said to be
    that, not empty, where ``ls -l`` shows its bytes."""
    if mark is not None:
        blank = " and blank space" if content else ""
        return f"file holds only a {mark} byte-order mark{blank}, no text"
    if not content:
        return "file is empty"
    return "file is blank: only spaces and line breaks, no text"


def decode_text(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> tuple[str, str]:
    """Decode a text file's bytes, returning the text and the encoding detected."""
    if not data.strip():
        raise InputError(path, no_text(data))
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as exc:
                where = invalid_byte(body, exc, codec, len(bom))
                raise InputError(path, f"not valid {name} text: {where}") from exc
            if not text.strip():
                raise InputError(path, no_text(text, mark=_MARK_NAMES[name]))
            return _checked(text, name, path, limits)
    if b"\x00" in data:
        # NUL bytes: UTF-32 or UTF-16 without a byte-order mark, or binary
        found = None
        if len(data) % 4 == 0:
            found = _without_bom(data, ("utf-32-le", "utf-32-be"))
        if found is None and len(data) % 2 == 0:
            found = _without_bom(data, ("utf-16-le", "utf-16-be"))
        if found is None:
            raise InputError(path, binary_reason(data))
        return _checked(*found, path, limits)
    try:
        return _checked(data.decode("utf-8"), "utf-8", path, limits)
    except UnicodeDecodeError as exc:
        not_utf8 = exc
    return _checked(*_legacy(data, not_utf8, path), path, limits)


def _legacy(data: bytes, not_utf8: UnicodeDecodeError, path: str) -> tuple[str, str]:
    """(text, codec) of the legacy encoding whose reading of ``data`` reads most like
    Chinese; an :class:`InputError` when none decodes it or none reads like Chinese."""
    best: tuple[float, str, str] | None = None
    failed: list[tuple[UnicodeDecodeError, str]] = [(not_utf8, "utf-8")]
    for codec in _LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            failed.append((exc, codec))
            continue
        share = _common_share(text)
        plausible = share >= _MIN_COMMON_IDEOGRAPHS or (
            codec == "gb18030" and _reads_like_chinese(text)
        )
        if plausible and (best is None or share > best[0]):
            best = (share, text, codec)
    if best is not None:
        return best[1], best[2]
    if len(failed) <= len(_LEGACY):  # one of them decoded it, into no Chinese
        where = invalid_byte(data, not_utf8, "utf-8")
        reason = f"not UTF-8 ({where}), and not Chinese read as GB18030 or Big5"
        raise InputError(path, f"not a text file: {reason}")

    # none decoded it: report the one that read furthest (a stray byte in a UTF-8 file
    # is found where UTF-8 stops, one in a GB18030 file where GB18030 stops); UTF-8 wins
    # a tie, and of two legacy ones the one whose bytes before it read more like Chinese
    # (GB18030 and Big5 both stop at a stray byte in a Big5 file)
    def reach(pair: tuple[UnicodeDecodeError, str]) -> tuple[int, float]:
        exc, codec = pair
        if codec == "utf-8":
            return exc.start, 2.0
        return exc.start, _common_share(data[: exc.start].decode(codec, errors="replace"))

    stopped, codec = max(failed, key=reach)
    where = invalid_byte(data, stopped, codec)
    named = {"utf-8": "UTF-8", "gb18030": "GB18030"}.get(codec, "Big5")
    others = " or ".join(name for name in ("UTF-8", "GB18030", "Big5") if name != named)
    reason = f"not a text file: {where} in {named} text (and not {others})"
    raise InputError(path, reason) from stopped


def _checked(text: str, encoding: str, path: str, limits: Limits) -> tuple[str, str]:
    if len(text) > limits.max_text_chars:
        what = f"the text has {len(text):,} characters"
        raise InputError(path, exceeded(limits, "max_text_chars", what))
    if not text.strip():
        raise InputError(path, no_text(text))
    why = _controls(text)
    if why is not None:
        raise InputError(path, f"not a text file: decodes as {encoding} but {why}")
    return normalise_newlines(text), encoding
