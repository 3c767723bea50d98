"""Bounds on what one input file may cost: bytes, inflated bytes, pages, characters, time.

A reply letter is a few pages and a few thousand characters; the defaults leave room for
long letters with attachments and stop hostile or broken files (a zip bomb, a 5,000-page
PDF, a 200 MB text dump) before they take the memory or the time of a whole batch.
Readers check them while reading and raise :class:`~replyparse.errors.InputError` whose
reason names the limit, its value and the option that raises it (:func:`exceeded`); the
batch enforces ``timeout_seconds`` per file.

Why these defaults (measured on the development machine, see ``docs/robustness.md``):

- ``max_file_bytes`` 50 MiB: a letter as .docx or PDF with scanned attachments is a few
  MiB; a text file is read whole, so this also bounds the decoded text's memory.
- ``max_inflated_bytes`` 10 MiB of XML inflated from one .docx: a 20-page letter's XML
  is about 300 KB. lxml needs up to about 55 bytes of memory per byte of the densest XML
  (``<a/>x`` repeated), so 10 MiB stays well under 1 GiB. Pictures and embedded files are
  never inflated (they carry no text), so they do not count. In a PDF the same bound
  applies to each page's streams (a page of a letter inflates to a few tens of KB).
- ``max_pdf_pages`` 200: pages are read one at a time and released, so this bounds time,
  not memory: pdfplumber needs about 0.1-0.2 s for a full page of text, so 200 pages
  fit well within the default timeout.
- ``max_text_chars`` 400,000: about 200 full pages (a letter has 2,000-10,000
  characters; ``max_pdf_pages`` full pages give about 280,000). ``parse_text`` takes
  about 1.5 s on that much letter text, but its memory grows with what it finds:
  130,000 one-line sections (``一、`` on each line) take about 700 MiB, so a larger
  default would bring one file near 1 GiB.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MiB = 1024 * 1024

LimitName = Literal[
    "max_file_bytes", "max_inflated_bytes", "max_pdf_pages", "max_text_chars", "timeout_seconds"
]

OPTIONS: dict[LimitName, str] = {
    "max_file_bytes": "--max-file-size",
    "max_inflated_bytes": "--max-inflated-size",
    "max_pdf_pages": "--max-pages",
    "max_text_chars": "--max-chars",
    "timeout_seconds": "--timeout",
}
"""The command-line option (of ``extract`` and ``validate``) that sets each limit."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-file limits; every one is a command-line option of ``extract`` and ``validate``."""

    max_file_bytes: int = 50 * MiB
    """Bytes read from one input file."""
    max_inflated_bytes: int = 10 * MiB
    """Bytes inflated (decompressed) at once, counted while streaming (declared sizes are
    not trusted): from a .docx, all its XML parts together; from a PDF, the streams of
    one page (and, before the first, of the document's structure)."""
    max_pdf_pages: int = 200
    """Pages read from one PDF."""
    max_text_chars: int = 400_000
    """Characters of text one file may give (about 200 pages of a letter)."""
    timeout_seconds: float = 120.0
    """Wall-clock time for one file (reading, converting, parsing)."""


DEFAULT_LIMITS = Limits()


def show(name: LimitName, value: float) -> str:
    """A limit's value for people: ``50 MiB``, ``500 pages``, ``400,000 characters``."""
    if name in ("max_file_bytes", "max_inflated_bytes"):
        if value >= MiB and value % MiB == 0:
            return f"{value // MiB:,.0f} MiB"
        return f"{value:,.0f} bytes"
    if name == "max_pdf_pages":
        return f"{value:,.0f} pages"
    if name == "max_text_chars":
        return f"{value:,.0f} characters"
    return f"{value:g} s"


def exceeded(limits: Limits, name: LimitName, what: str) -> str:
    """The reason of a failure past ``name``: ``what`` happened, the limit, its option.

    ``exceeded(limits, "max_pdf_pages", "the PDF has 5,000 pages")`` →
    ``the PDF has 5,000 pages: over the limit of 200 pages (raise it with --max-pages)``
    """
    value = getattr(limits, name)
    return f"{what}: over the limit of {show(name, value)} (raise it with {OPTIONS[name]})"
