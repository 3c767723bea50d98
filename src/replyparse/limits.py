"""Bounds on what one input file may cost: bytes, inflated bytes, pages, characters, time.

A reply letter is a few pages and a few thousand characters; the defaults leave room for
long letters with attachments and stop hostile or broken files (a zip bomb, a 5,000-page
PDF, a 200 MB text dump) before they take the memory or the time of a whole batch.
Readers check them while reading and raise :class:`~replyparse.errors.InputError` with
the limit's name and value; the batch enforces ``timeout_seconds`` per file.
"""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-file limits; every one is a command-line option of ``extract`` and ``validate``."""

    max_file_bytes: int = 50 * MiB
    """Bytes read from one input file."""
    max_inflated_bytes: int = 100 * MiB
    """Bytes inflated from one member of a zip container (.docx), checked while streaming."""
    max_pdf_pages: int = 500
    """Pages read from one PDF."""
    max_text_chars: int = 2_000_000
    """Characters of text one file may give (about 1,000 pages of a letter)."""
    timeout_seconds: float = 120.0
    """Wall-clock time for one file (reading, converting, parsing)."""


DEFAULT_LIMITS = Limits()
