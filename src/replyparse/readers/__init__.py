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
anything else          :mod:`.text` (encoding detection)
=====================  =========================================================

Every reader returns one paragraph per line (LF), and every failure is an
:class:`~replyparse.errors.InputError` with a one-line reason.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from replyparse.errors import InputError
from replyparse.limits import DEFAULT_LIMITS, Limits
from replyparse.model import Source
from replyparse.readers.office import prefetch
from replyparse.textview import normalise_newlines

__all__ = ["SUPPORTED_SUFFIXES", "Document", "prefetch", "read", "read_bytes", "sniff"]

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".docx", ".pdf", ".doc", ".wps")
"""Suffixes (lower case) that a folder walk should pick up."""

_ZIP = b"PK\x03\x04"
_PDF = b"%PDF-"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RTF = b"{\\rtf"


@dataclass(frozen=True)
class Document:
    """A file's text (newlines normalised to LF) and its provenance."""

    text: str
    source: Source


def read(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read one letter file. Raises :class:`InputError` naming the file and the reason."""
    try:
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise InputError(path, "is a folder, not a file") from exc
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from exc
    return read_bytes(data, path=str(path), limits=limits)


def sniff(data: bytes, suffix: str = "") -> str:
    """The format the bytes hold: ``docx``, ``pdf``, ``doc``, ``wps``, ``rtf``, ``zip``, ``txt``.

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
    return "txt"


def read_bytes(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a letter already in memory (standard input, tests), whatever its format."""
    if not data:
        raise InputError(path, "file is empty")
    suffix = Path(path).suffix.lower()
    kind = sniff(data, suffix)
    encoding: str | None = None
    pages: int | None = None
    if kind == "docx":
        from replyparse.readers.word import read_docx

        text = read_docx(data, path=path)
    elif kind == "pdf":
        from replyparse.readers.pdf import read_pdf

        text, pages = read_pdf(data, path=path)
    elif kind in ("doc", "wps", "rtf"):
        from replyparse.readers.office import convert_to_docx
        from replyparse.readers.word import read_docx

        text = read_docx(convert_to_docx(data, path=path, suffix=f".{kind}"), path=path)
    elif kind == "zip":
        raise InputError(path, "a zip archive but not a Word .docx document")
    elif suffix in (".docx", ".pdf"):
        # Old .doc and .wps names often hold text or RTF; these two names never do.
        raise InputError(path, f"not a {suffix} file: {_what(data, suffix)}")
    else:
        from replyparse.readers.text import decode_text

        try:
            text, encoding = decode_text(data, path=path)
        except InputError as exc:
            if suffix in (".doc", ".wps"):
                # plain text named like an office file is read, but garbage gets this reason
                raise InputError(path, f"not a {suffix} file: {exc.reason}") from exc
            raise
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


def _what(data: bytes, suffix: str) -> str:
    return "not a zip archive" if suffix == ".docx" else "no %PDF header"
