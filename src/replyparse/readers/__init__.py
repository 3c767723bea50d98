"""Readers: a file in, the letter's text and where it came from out.

:func:`read` picks the reader by the file's content, falling back on its suffix.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from replyparse.errors import InputError
from replyparse.model import Source

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt",)


@dataclass(frozen=True)
class Document:
    """A file's text (newlines normalised to LF) and its provenance."""

    text: str
    source: Source


def read(path: Path) -> Document:
    """Read one letter file. Raises :class:`InputError` naming the file and the reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from exc
    return read_bytes(data, path=str(path))


def read_bytes(data: bytes, *, path: str) -> Document:
    """Read a letter already in memory (standard input, tests)."""
    from replyparse.readers.text import decode_text

    text, encoding = decode_text(data, path=path)
    source = Source(
        path=path,
        format="txt",
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        chars=len(text),
    )
    return Document(text=text, source=source)
