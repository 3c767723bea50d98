"""Readers: a file in, the letter's text and where it came from out.

:func:`read` picks the reader by the file's content (its leading "magic" bytes) and
uses the suffix only to name what it found, so a ``.doc`` that is really a ``.docx`` or
a ``.txt`` saved as ``.doc`` is still read correctly:

=====================  =========================================================
content                reader
=====================  =========================================================
``PK\\x03\\x04`` zip      with ``word/document.xml``: :mod:`.word` (python-docx)
``%PDF-``              :mod:`.pdf` (pdfplumber)
OLE2 ``\\xd0\\xcf\\x11\\xe0``  Word 97 ``.doc`` or WPS ``.wps``: :mod:`.office` (LibreOffice), then
                       :mod:`.word`
``{\\rtf``              RTF (old ``.doc`` files often are): :mod:`.office`
``<html``, MIME         a web page or web archive (often named ``.doc``): :mod:`.html`
``<p``, ``<div``, …     a fragment of a page (a site's stored article): :mod:`.html`
                       (not a text copy a mirror left empty tags above: :mod:`.text`)
anything else          :mod:`.text` (encoding detection; HTML character references
                       a page's source left, ``&ldquo;``, read as their characters)
=====================  =========================================================

Every reader returns one paragraph per line (LF), and every failure is an
:class:`~replyparse.errors.InputError` with a one-line reason.

Only regular files are read: a device (``/dev/zero``), a FIFO or a socket is refused by
its type before it is opened, and the file is opened non-blocking and checked again, so
nothing can block or stream forever. Every reader works within the
:class:`~replyparse.limits.Limits` it is given (bytes read, bytes inflated, PDF pages,
characters of text) and names the limit it reached.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from replyparse.errors import InputError
from replyparse.limits import DEFAULT_LIMITS, Limits, exceeded
from replyparse.newlines import normalise_newlines
from replyparse.paths import plain, said
from replyparse.readers.office import not_readable, office_kind, prefetch

if TYPE_CHECKING:
    from replyparse.model import Source

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Document",
    "load",
    "load_stream",
    "prefetch",
    "read",
    "read_bytes",
    "sniff",
]

SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".txt", ".docx", ".pdf", ".doc", ".wps", ".rtf", ".html", ".htm", ".mht", ".mhtml",
)  # fmt: skip
"""Suffixes (lower case) that a folder walk should pick up: every format :func:`read`
reads by content, under the names archives give it (a web copy saved from a browser is
``.html``/``.htm``, or ``.mht``/``.mhtml`` as one file)."""

_ZIP = b"PK\x03\x04"
_PDF = b"%PDF-"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RTF = b"{\\rtf"
_PAGE_HEAD = 4096
"""Bytes of the start searched for a web page's or web archive's signature."""
_HTML_START = re.compile(
    rb"""\A(?:\xef\xbb\xbf)?\s*
    (?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*
    (?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
# A fragment of a page: what a site's content system stores and exports, or a copy of the
# page's source taken from its article: no <html> or <head>, it opens with the tag of a
# block or of text (<p style="text-indent:2em">, <div class="TRS_Editor">, <span>, <br>).
# No plain letter opens with a tag name in angle brackets (its brackets are 《》).
_HTML_FRAGMENT_START = re.compile(
    rb"""\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*
    <(?:p|div|span|br|font|table|center|section|article|h[1-6]|strong|b|ul|ol|style)
    (?=[\s/>])[^<>]*>""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
_MHTML_START = re.compile(
    rb"\A(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){0,30}?"
    rb"content-type:\s*multipart/related",
    re.IGNORECASE,
)
_MIME_VERSION = re.compile(rb"\A(?:[\w-]+:[^\n]*\r?\n){0,30}?mime-version:", re.IGNORECASE)

_NO_OCR = "no text: pictures are not read (a scan? OCR it first)"
"""What a picture's failure says after naming it: replyparse has no text recognition."""

# An encrypted .docx/.xlsx is an OLE2 file holding a stream of this name (UTF-16).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


class Document(NamedTuple):
    """A file's text (newlines normalised to LF) and its provenance."""

    text: str
    source: Source


def read(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read one letter file. Raises :class:`InputError` naming the file and the reason.
    The record names it as :func:`~replyparse.paths.plain` writes ``path`` (a file called
    ``-`` given as the string ``./-`` stays ``./-``)."""
    return read_bytes(load(Path(path), limits=limits), path=plain(path), limits=limits)


_CHUNK = 1024 * 1024

_NOT_REGULAR: dict[int, str] = {
    stat.S_IFDIR: "is a folder, not a file",
    stat.S_IFCHR: "is a character device (like /dev/zero), not a regular file",
    stat.S_IFBLK: "is a block device, not a regular file",
    stat.S_IFIFO: "is a FIFO (named pipe), not a regular file",
    stat.S_IFSOCK: "is a socket, not a regular file",
}


def _check_regular(path: str | Path, mode: int) -> None:
    if not stat.S_ISREG(mode):
        reason = _NOT_REGULAR.get(stat.S_IFMT(mode), "is not a regular file")
        raise InputError(path, f"{reason}; only regular files are read")


def load(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of a regular file, at most ``limits.max_file_bytes`` of them.

    The type is checked before opening (a FIFO is never opened, a device never read) and
    again on the open descriptor, which is opened non-blocking in case the path was
    swapped in between. A file larger than the limit is refused from its size, without
    reading it; one that grows while read is refused when it passes the limit.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise InputError(
            path, _broken_link(path) or f"cannot read file: {exc.strerror or exc}"
        ) from exc
    _check_regular(path, info.st_mode)
    _check_size(path, info.st_size, limits)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from exc
    with os.fdopen(fd, "rb", buffering=0) as fh:
        try:
            info = os.fstat(fd)
            _check_regular(path, info.st_mode)
            return _read_bounded(fh.read, str(path), limits, first=info.st_size + 1)
        except OSError as exc:
            raise InputError(path, f"cannot read file: {exc.strerror or exc}") from exc


def _broken_link(path: str | Path) -> str | None:
    """Why a symbolic link cannot be read when what it points to is not there (a file
    moved or deleted since the link was made): ls lists the link, and "No such file or
    directory" alone would deny what the user sees. None for anything else."""
    try:
        if not os.path.islink(path) or os.path.exists(path):
            return None
        to = os.readlink(path)
    except (OSError, ValueError):
        return None
    return f"a symbolic link to {said(to)}, which is not there (moved or deleted?)"


def load_stream(stream: io.RawIOBase | io.BufferedIOBase, *, path: str, limits: Limits) -> bytes:
    """At most ``limits.max_file_bytes`` bytes of a stream (standard input), or InputError."""
    try:
        return _read_bounded(stream.read, path, limits, first=_CHUNK)
    except OSError as exc:
        raise InputError(path, f"cannot read input: {exc.strerror or exc}") from exc


def _check_size(path: str | Path, size: int, limits: Limits) -> None:
    if size > limits.max_file_bytes:
        what = f"the file has {size:,} bytes"
        raise InputError(path, exceeded(limits, "max_file_bytes", what))


def _read_bounded(
    read: Callable[[int], bytes | None], path: str, limits: Limits, *, first: int
) -> bytes:
    """Read until end of file, failing as soon as more than the limit has come."""
    limit = limits.max_file_bytes
    pieces: list[bytes] = []
    total = 0
    want = min(first, limit + 1)
    while True:
        piece = read(want)
        if not piece:
            break
        pieces.append(piece)
        total += len(piece)
        if total > limit:
            what = f"more than {limit:,} bytes came from the file"
            raise InputError(path, exceeded(limits, "max_file_bytes", what))
        want = min(_CHUNK, limit + 1 - total)
    return pieces[0] if len(pieces) == 1 else b"".join(pieces)


# A tag, opening or closing (a mirror's leftovers: <ul id="sq8o2"></ul>, <strike id=…>).
_TAG = re.compile(rb"</?[A-Za-z][A-Za-z0-9]*(?:[\s/][^<>]*)?>")
# What a line of leftovers holds besides its tags: blanks, the list bullets a copy rendered
# for them (• <li id=…></li>) and the references of blanks a page's source left (&nbsp;).
_NO_WORDS = re.compile(
    rb"(?:\s|\xe2\x80\xa2|\xc2\xb7|\xe2\x97\x8f|[-*]|&(?:[A-Za-z]{2,8}|\#\d{1,6});?)*"
)
# Invisible format characters (UTF-8) a web copy leaves anywhere, also inside a tag's name
# (a soft hyphen, a zero-width space, joiner or mark, a word joiner, a byte-order mark):
# read past as nothing.
_INVISIBLE = re.compile(rb"\xc2\xad|\xe2\x80[\x8b-\x8f]|\xe2\x81[\xa0-\xa4]|\xef\xbb\xbf")
_TEXT_LINES = 3
"""How many lines of words a text must hold under a mirror's leftover tags."""


def _is_html(data: bytes) -> bool:
    """Whether the bytes start like an HTML page, or a fragment of one."""
    head = data[:_PAGE_HEAD]
    if _HTML_START.match(head) is not None:
        return True
    return _HTML_FRAGMENT_START.match(head) is not None and not _tags_above_text(data)


def _tags_above_text(data: bytes) -> bool:
    """Whether ``data`` is a text copy of a page with a mirror's empty tags left above its
    words: lines of tags, blanks and list bullets only (``<ul id="sq8o2"></ul>`` /
    ``• <li id="sq8o2"><option …></option></li>``), then lines of words with no tag among
    them, three at least. A mirror that re-publishes a page strews such tags, holding no
    text, over the copy; the words keep the lines the copy gave them, which a page's
    reader would run together (a fragment of a page holds its words inside its tags)."""
    lines = _INVISIBLE.sub(b"", data).split(b"\n")
    for i, line in enumerate(lines):
        bare = _TAG.sub(b"", line)
        if _NO_WORDS.fullmatch(bare) is not None:
            continue  # (a line of tags, or blank)
        if bare != line:
            return False  # words beside a tag: the page's own text in its markup
        rest = lines[i:]
        if any(_TAG.search(more) is not None for more in rest):
            return False
        return sum(1 for more in rest if more.strip()) >= _TEXT_LINES
    return False


def _is_mhtml(data: bytes) -> bool:
    """Whether the bytes start like an MHTML (web archive) file: MIME headers, multipart."""
    head = data[:_PAGE_HEAD]
    return _MIME_VERSION.match(head) is not None and _MHTML_START.match(head) is not None


def sniff(data: bytes, suffix: str = "") -> str:
    """The format the bytes hold: ``docx``, ``pdf``, ``doc``, ``wps``, ``rtf``, ``zip``,
    ``html``, ``mhtml`` or ``txt``.

    ``suffix`` only chooses between names for the same container (``.wps`` and ``.doc``
    are both OLE2 files).
    """
    suffix = suffix.lower()
    if data.startswith(_ZIP):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            return "docx" if suffix == ".docx" else "zip"
        return "docx" if "word/document.xml" in names else "zip"
    # A PDF may have a few bytes of junk before its header; readers allow 1 KiB.
    if _PDF in data[:1024]:
        return "pdf"
    if data.startswith(_OLE2):
        return "wps" if suffix == ".wps" else "doc"
    if data.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(_RTF):
        return "rtf"
    if _is_html(data):
        return "html"
    if _is_mhtml(data):
        return "mhtml"
    return "txt"


def read_bytes(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a letter already in memory (standard input, tests), whatever its format."""
    if not data:
        raise InputError(path, "file is empty")
    _check_size(path, len(data), limits)
    suffix = Path(path).suffix.lower()
    kind = sniff(data, suffix)
    encoding: str | None = None
    pages: int | None = None
    if kind == "docx":
        from replyparse.readers.word import read_docx

        text = read_docx(data, path=path, limits=limits)
    elif kind == "pdf":
        from replyparse.readers.pdf import read_pdf

        text, pages = read_pdf(data, path=path, limits=limits)
    elif kind in ("doc", "wps", "rtf"):
        if kind != "rtf" and (other := office_kind(data)) is not None:
            # budget.xls, slides.ppt (or one renamed .doc): LibreOffice would fail to
            # convert it to a letter, and its reason would name a .doc file
            why = f"{other} (Office 97-2003), not a Word or WPS document: no letter is read from it"
            raise _no_letter_format(InputError(path, why), suffix)
        try:
            text = _read_office(data, path=path, kind=kind, limits=limits)
        except InputError as exc:
            # LibreOffice's verdict alone ("source file could not be loaded") said neither
            # what the file is nor what to do
            told = not_readable(exc.reason, data, kind) if kind != "rtf" else None
            if suffix and suffix not in SUPPORTED_SUFFIXES:  # an Office file of another kind
                # LibreOffice was given it as a .doc: "could not convert this .doc file"
                # would call it one, so say what was tried instead
                tried = told or exc.reason.replace(
                    f"this .{kind} file", f"it as a .{kind} document"
                )
                raise _no_letter_format(InputError(path, tried), suffix) from exc
            if told is not None:
                raise InputError(path, told) from exc
            raise
    elif kind == "zip":  # budget.xlsx, slides.pptx, notes.odt, photos.zip
        raise _no_letter_format(InputError(path, _zip_what(data, suffix)), suffix)
    elif suffix in (".docx", ".pdf"):
        # Old .doc and .wps names often hold text or RTF; these two names never do.
        from replyparse.readers.text import picture

        if (seen := picture(data)) is not None:  # a scan saved under a letter's name
            raise InputError(path, f"{seen}, {_NO_OCR}")
        raise InputError(path, f"not a {suffix} file: {_what(data, suffix)}")
    elif kind in ("html", "mhtml"):
        from replyparse.readers.html import read_html, read_mhtml

        read_page = read_html if kind == "html" else read_mhtml
        text, encoding = read_page(data, path=path, limits=limits)
    else:
        from replyparse.readers.text import decode_text, picture, unescape_references

        try:
            text, encoding = decode_text(data, path=path, limits=limits)
        except InputError as exc:
            if (seen := picture(data)) is not None:
                # a scanned or photographed letter (scan.jpg, IMG_0001.HEIC, or a scan
                # saved as scan.txt or scan.doc): what it is and what to do say more than
                # the first byte no text holds
                pictured = InputError(path, f"{seen}, {_NO_OCR}")
                raise _no_letter_format(pictured, suffix) from exc
            if suffix in (".doc", ".wps"):
                # plain text named like an office file is read, but garbage gets this reason
                raise InputError(path, f"not a {suffix} file: {exc.reason}") from exc
            if suffix and suffix not in SUPPORTED_SUFFIXES:
                # a file named directly is tried whatever its name (data.bin): say that
                # its suffix is none of a letter's, which is why it was read as text
                raise _no_letter_format(exc, suffix) from exc
            raise
        text = unescape_references(text)  # a page's source copied as text: &ldquo; is “
    if len(text) > limits.max_text_chars:
        what = f"the text has {len(text):,} characters"
        raise InputError(path, exceeded(limits, "max_text_chars", what))
    from replyparse.model import Source

    text = normalise_newlines(text)
    source = Source(
        path=path,
        format=kind,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        chars=len(text),
        pages=pages,
    )
    return Document(text=text, source=source)


def _read_office(data: bytes, *, path: str, kind: str, limits: Limits) -> str:
    """An old Word, WPS or RTF file converted by LibreOffice, then judged like decoded text."""
    from replyparse.readers.office import convert_to_docx
    from replyparse.readers.text import garbage
    from replyparse.readers.word import read_docx

    if kind != "rtf" and _ENCRYPTED_PACKAGE in data:
        raise InputError(
            path, "a password-protected (encrypted) Office document; save it without a password"
        )
    docx = convert_to_docx(data, path=path, suffix=f".{kind}", limits=limits)
    text = read_docx(docx, path=path, limits=limits)
    why = garbage(text)
    if why is not None:
        raise InputError(path, f"not a .{kind} document: LibreOffice read it as text, but {why}")
    return text


def _no_letter_format(exc: InputError, suffix: str) -> InputError:
    """Why a file could not be read, and, when its suffix is none of a letter's, that too:
    a file named directly is tried whatever its name (scan.jpg, budget.xlsx: a walk would
    pass it over), so a reader of ``not a text file`` or ``a zip archive`` learns why it
    was read as one, and which suffixes letters have. ``exc`` itself for a letter's suffix
    or none (standard input)."""
    if not suffix or suffix in SUPPORTED_SUFFIXES:
        return exc
    letters = " ".join(SUPPORTED_SUFFIXES)
    return InputError(exc.path, f"{exc.reason}; {suffix} is no letter format (letters: {letters})")


_OTHER_PACKAGES = (("xl/", "an Excel workbook (.xlsx)"), ("ppt/", "a PowerPoint deck (.pptx)"))


def _zip_what(data: bytes, suffix: str) -> str:
    """Why a zip archive with no ``word/document.xml`` is no letter. Named ``.docx``, it
    is a spreadsheet or a deck renamed (said so), or a Word package that lost its text
    part: a damaged ``.docx``, said with what to do (:func:`.word.damaged`)."""
    zipped = "a zip archive but not a Word .docx document"
    if suffix != ".docx":
        return zipped
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile:  # (a .docx cut short is sniffed as one: never here)
        return zipped
    for folder, what in _OTHER_PACKAGES:
        if any(name.startswith(folder) for name in names):
            return f"{zipped}: {what} named .docx"
    if any(name.startswith("word/") for name in names):
        from replyparse.readers.word import damaged

        return damaged("its part word/document.xml, which holds the text, is missing")
    return zipped


def _what(data: bytes, suffix: str) -> str:
    return "not a zip archive" if suffix == ".docx" else "no %PDF header"
