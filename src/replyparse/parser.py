"""The pure core: letter text in, :class:`~replyparse.model.Letter` out. No I/O here."""

from __future__ import annotations

from replyparse.model import Letter, Source
from replyparse.textview import normalise_newlines


def parse_text(text: str, *, source: Source | None = None, keep_text: bool = True) -> Letter:
    """Parse one reply letter. Never raises on any ``str``; problems become diagnostics."""
    text = normalise_newlines(text)
    letter = Letter(source=source, text=text)
    if not keep_text:
        letter.text = None
    return letter
