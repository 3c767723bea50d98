"""Bounds on what pdfminer may inflate and draw while one PDF is read.

pdfminer (under pdfplumber) inflates each stream whole, and draws every glyph, path and
picture a page's content asks for, a Form XObject as often as it is invoked: a few
kilobytes of PDF can ask for gigabytes. While :func:`guarded` is active:

- pdfminer's stream decoders (Flate, LZW, RunLength) are replaced by streaming ones that
  stop once a page (the document's set-up counts as the first) has inflated
  ``max_inflated_bytes``; CCITT fax data, which only pictures use, is not decoded;
- pages are drawn by :class:`CountingDevice`, which keeps glyphs, at most
  :data:`MAX_PAGE_GLYPHS` per page, and counts Form XObject invocations; of the paths it
  keeps only straight pieces (lines and rectangles, a table's rules), at most
  :data:`MAX_PAGE_RULES` per page, and no pictures.

The decoders are module globals of ``pdfminer.pdftypes``, swapped for the duration and
restored after; readers run one file at a time per process.
"""

from __future__ import annotations

import contextlib
import re
import zlib
from collections.abc import Iterator
from typing import Any

from replyparse.limits import Limits, exceeded

MAX_PAGE_GLYPHS = 100_000
"""Glyphs one page may draw; a full page of a letter draws about 2,000. pdfplumber keeps
about 2 KB per glyph while a page is read, so this bounds a page to about 200 MB."""

MAX_PAGE_FIGURES = 10_000
"""Form XObjects one page may invoke (each is drawn again on every invocation)."""

MAX_PAGE_RULES = 1_000
"""Straight path pieces (lines, rectangles) one page keeps, for finding its ruled tables: a
letter's tables draw a few dozen; a page that draws more (a seal or a chart drawn as
vectors) keeps no more and is read without tables."""

_PIECE = 1024 * 1024


class Breach(Exception):
    """A bound was passed; ``reason`` says which, for the reader's InputError."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Budget:
    """Inflated bytes left for the current page, and the first bound passed.

    ``breach`` is kept because pdfminer swallows some exceptions on its way (a damaged
    object is skipped): the reader checks it after each step.
    """

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.used = 0
        self.page = 0  # 0 while the document is opened
        self.breach: str | None = None
        self.kept = 0
        """Bytes inflated since the reader last dropped pdfminer's caches."""

    def fail(self, reason: str) -> Breach:
        if self.breach is None:
            self.breach = reason
        return Breach(self.breach)

    def start_page(self, number: int) -> None:
        self.page, self.used = number, 0

    def take(self, size: int) -> None:
        self.used += size
        self.kept += size
        if self.used > self.limits.max_inflated_bytes:
            where = f"page {self.page}" if self.page else "the document's structure"
            what = f"the PDF's compressed streams for {where} inflate past {self.used:,} bytes"
            raise self.fail(exceeded(self.limits, "max_inflated_bytes", what))


class _Inflater:
    """``zlib.decompressobj`` that charges its output to the budget."""

    def __init__(self, budget: Budget) -> None:
        self._budget = budget
        self._inner = zlib.decompressobj()

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out = self._inner.decompress(data, max_length)
        self._budget.take(len(out))
        return out


class _Zlib:
    """The part of the ``zlib`` module pdfminer uses, inflating within the budget."""

    error = zlib.error

    def __init__(self, budget: Budget) -> None:
        self._budget = budget

    def decompressobj(self) -> _Inflater:
        return _Inflater(self._budget)

    def decompress(self, data: bytes) -> bytes:
        inflater = zlib.decompressobj()
        pieces: list[bytes] = []
        chunk = inflater.decompress(data, _PIECE)
        while chunk:
            self._budget.take(len(chunk))
            pieces.append(chunk)
            chunk = inflater.decompress(inflater.unconsumed_tail, _PIECE)
        if not inflater.eof:
            raise zlib.error("incomplete or truncated stream")
        return b"".join(pieces)


def _decompress_corrupted(budget: Budget) -> Any:
    """pdfminer's fallback for a stream with a bad checksum: keep what inflates."""

    def decompress_corrupted(data: bytes) -> bytes:
        inflater = zlib.decompressobj()
        pieces: list[bytes] = []
        pending = data
        try:
            while pending:
                chunk = inflater.decompress(pending, _PIECE)
                if not chunk:
                    break
                budget.take(len(chunk))
                pieces.append(chunk)
                pending = inflater.unconsumed_tail
        except zlib.error:
            if not pieces:
                raise
        return b"".join(pieces)

    return decompress_corrupted


def _lzwdecode(budget: Budget) -> Any:
    from pdfminer.lzw import LZWDecoder

    def lzwdecode(data: bytes) -> bytes:
        import io

        pieces: list[bytes] = []
        for piece in LZWDecoder(io.BytesIO(data)).run():
            budget.take(len(piece))
            pieces.append(piece)
        return b"".join(pieces)

    return lzwdecode


def _rldecode(budget: Budget) -> Any:
    def rldecode(data: bytes) -> bytes:
        out = bytearray()
        i, n = 0, len(data)
        while i < n:
            length = data[i]
            if length == 128:
                break
            if length < 128:
                run = data[i + 1 : i + 2 + length]
                i += 2 + length
            else:
                run = data[i + 1 : i + 2] * (257 - length)
                i += 2
            budget.take(len(run))
            out += run
        return bytes(out)

    return rldecode


def _no_ccitt(data: bytes, params: Any) -> bytes:
    return b""  # fax images: never text


@contextlib.contextmanager
def guarded(limits: Limits) -> Iterator[Budget]:
    """Swap pdfminer's decoders for bounded ones while the block runs."""
    from pdfminer import pdftypes

    budget = Budget(limits)
    names = ("zlib", "decompress_corrupted", "lzwdecode", "rldecode", "ccittfaxdecode")
    saved = {name: getattr(pdftypes, name) for name in names}
    replacements = {
        "zlib": _Zlib(budget),
        "decompress_corrupted": _decompress_corrupted(budget),
        "lzwdecode": _lzwdecode(budget),
        "rldecode": _rldecode(budget),
        "ccittfaxdecode": _no_ccitt,
    }
    for name, value in replacements.items():
        setattr(pdftypes, name, value)
    try:
        yield budget
    finally:
        for name, value in saved.items():
            setattr(pdftypes, name, value)


_STRAIGHT_PIECE = re.compile(r"m[lh]{1,4}(?=m|$)")
"""A piece of a path a table's rule is drawn with: a line or a rectangle."""


def counting_device(rsrcmgr: Any, page_number: int, budget: Budget) -> Any:
    """pdfplumber's page device, drawing glyphs only and at most so many of them.

    Its ``images`` counts the pictures it was asked to draw (a scan has some).
    """
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class CountingDevice(PDFPageAggregatorWithMarkedContent):
        glyphs = 0
        figures = 0
        images = 0
        rules = 0

        def _too_many(self) -> Breach:
            return budget.fail(
                f"page {page_number} draws more than {MAX_PAGE_GLYPHS:,} glyphs"
                " (a page of a letter draws about 2,000): not read"
            )

        def render_string(self, textstate: Any, seq: Any, *args: Any, **kwargs: Any) -> None:
            # a string's glyphs are decoded all at once: refuse before, when even at four
            # bytes a glyph (the longest code) it would pass the bound
            size = sum(len(item) for item in seq if isinstance(item, bytes))
            if self.glyphs + size // 4 > MAX_PAGE_GLYPHS:
                raise self._too_many()
            super().render_string(textstate, seq, *args, **kwargs)

        def render_char(self, *args: Any, **kwargs: Any) -> Any:
            self.glyphs += 1
            if self.glyphs > MAX_PAGE_GLYPHS:
                raise self._too_many()
            return super().render_char(*args, **kwargs)

        def begin_figure(self, *args: Any, **kwargs: Any) -> None:
            self.figures += 1
            if self.figures > MAX_PAGE_FIGURES:
                raise budget.fail(
                    f"page {page_number} draws more than {MAX_PAGE_FIGURES:,} figures"
                    " (Form XObjects): not read"
                )
            super().begin_figure(*args, **kwargs)

        def paint_path(
            self, gstate: Any, stroke: bool, fill: bool, evenodd: bool, path: Any
        ) -> None:
            # a table's rules: straight pieces (m, l, h; pdfminer gives a rectangle as mlllh),
            # each kept apart; a curve or a long polygon draws no rule
            if self.rules > MAX_PAGE_RULES:
                return
            shape = "".join(str(segment[0]) for segment in path)
            for piece in _STRAIGHT_PIECE.finditer(shape):
                self.rules += 1
                if self.rules > MAX_PAGE_RULES:
                    return  # (the page is read without tables: :attr:`ruled` is False)
                segments = path[piece.start() : piece.end()]
                super().paint_path(gstate, stroke, fill, evenodd, segments)

        @property
        def ruled(self) -> bool:
            """Whether the page drew rules a table may be found by, and not too many."""
            return 0 < self.rules <= MAX_PAGE_RULES

        def render_image(self, *args: Any, **kwargs: Any) -> None:
            self.images += 1  # pictures carry no text; a scan is pictures only

    return CountingDevice(rsrcmgr, pageno=page_number, laparams=None)
