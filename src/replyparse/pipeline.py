"""File in, record out: a reader, then the pure parser."""

from __future__ import annotations

from pathlib import Path

from replyparse.model import Letter
from replyparse.parser import parse_text
from replyparse.readers import read


def parse_file(path: str | Path, *, keep_text: bool = True) -> Letter:
    """Read ``path`` (any supported format) and parse it.

    Raises :class:`replyparse.errors.InputError` when the file cannot be read as a letter.
    """
    document = read(Path(path))
    return parse_text(document.text, source=document.source, keep_text=keep_text)
