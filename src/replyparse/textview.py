"""An offset-keeping normalised view of a letter's text.

Extractors never rewrite the letter. They search :attr:`TextView.norm`, a cleaned copy in
which every character remembers where it came from (:attr:`TextView.origin`), and turn
their matches back into spans of the original text with :meth:`TextView.span`.

What the view cleans away, so no extractor has to:

- noise lines: page numbers (``— 1 —``, ``- 2 -``, ``第1页 共3页``), conversion leftovers
  (``image1.wmf``), lines of rule characters, and a saved web page's site chrome
  (breadcrumbs, metadata tables, 打印/关闭 tools, footers: :mod:`replyparse.chrome`);
  their characters are dropped;
- white space inside a line (ASCII, full-width, no-break, tabs, form feeds), except one
  space between two ASCII letters or digits (``GB/T 9704``); lines are trimmed;
- invisible format characters (Unicode category Cf: zero-width space and joiners, the
  word joiner U+2060, the soft hyphen, byte-order marks, direction marks and
  embeddings); unlike spaces they never separate anything: ``20\u200d21`` reads 2021;
- full-width digits and Latin letters become ASCII (``２０２０`` → ``2020``);
- half-width punctuation that web copies use for Chinese text becomes full-width
  (``:`` → ``：``, ``,`` → ``，``, ``(`` → ``（``), except between digits (``1,000``).

Every change maps one character to one character or drops it, so ``origin`` is exact.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Hashable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from replyparse.chrome import chrome_lines
from replyparse.model import Span

_SPACES = " \r\t\u3000\u00a0\u2002\u2003\u2009\u202f\u205f\f\v"

# Unicode category Cf (format characters) as of Unicode 14 (Python 3.11); a test checks
# this list against ``unicodedata``. Dropped from the view wherever they stand.
_FORMAT_RANGES = (
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD),
    (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E),
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
    (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
    (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)  # fmt: skip
FORMAT_CHARS = frozenset(chr(c) for a, b in _FORMAT_RANGES for c in range(a, b + 1))
"""Invisible format characters: kept in the letter's text, absent from the view."""
_FORMAT_CLASS = "".join(f"{chr(a)}-{chr(b)}" for a, b in _FORMAT_RANGES)
_FORMAT = re.compile(f"[{_FORMAT_CLASS}]")
_BLANK = _SPACES + "".join(sorted(FORMAT_CHARS))
_SURROGATE = re.compile("[\ud800-\udfff]")

# A whole line that carries no letter content. Order does not matter: any match drops it.
_NOISE_LINE = re.compile(
    r"""^(?:
        [-－—–─\u2014\u2015]+\s*\d{1,3}\s*[-－—–─\u2014\u2015]+      # — 1 —, - 2 -
      | 第\s*\d{1,3}\s*页\s*[，,]?\s*(?:共\s*\d{1,3}\s*页)?          # 第1页 共3页
      | 共\s*\d{1,3}\s*页\s*第\s*\d{1,3}\s*页
      | \d{1,3}\s*/\s*\d{1,3}                                       # 1/3
      | image\d+\.(?:wmf|emf|png|jpe?g|gif|bmp)                     # conversion leftovers
      | [-－—–─━=＝_＿·•*]{3,}                                      # separator rules
    )$""",
    re.VERBOSE | re.IGNORECASE,
)

_HALF_TO_FULL = {
    ":": "：",
    ",": "，",
    ";": "；",
    "(": "（",
    ")": "）",
    "?": "？",
    "!": "！",
}
_FULL_TO_HALF = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # ０-９
_FULL_TO_HALF.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULL_TO_HALF.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FULL_TO_HALF.update({"．": ".", "％": "%", "－": "-", "／": "/"})


# Every character the loop in ``TextView._add_line`` changes, drops or looks around:
# anything else is copied as it is, a whole run at a time (most of a letter is such runs).
# A character given a rule of its own there must be added to this class.
_RULED = "".join(sorted({*_SPACES, *_FULL_TO_HALF, *_HALF_TO_FULL, *FORMAT_CHARS}))
_PLAIN_RUN = re.compile(f"[^{re.escape(_RULED)}]+")


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def normalise_newlines(text: str) -> str:
    """CRLF and CR become LF; the record's ``text`` is always in this form.

    A lone surrogate (a ``str`` can hold one; no file decoded strictly can) becomes
    U+FFFD, one character for one, so the record can be written as UTF-8 JSON and every
    span still holds.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii() and _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text


@dataclass(frozen=True)
class Line:
    """One line of the normalised view: ``view.norm[start:end]``."""

    index: int
    start: int
    end: int
    text: str

    def __bool__(self) -> bool:
        return bool(self.text)


class TextView:
    """A normalised copy of ``original`` with a map from each kept character back to it."""

    def __init__(self, original: str) -> None:
        self.original = original
        chars: list[str] = []  # pieces of the view: runs kept as they are, single characters
        origin: list[int] = []
        pos = 0
        raw_lines = original.split("\n")
        chrome = chrome_lines(raw_lines)
        for index, raw_line in enumerate(raw_lines):
            if index not in chrome:
                self._add_line(raw_line, pos, chars, origin)
            pos += len(raw_line) + 1
            chars.append("\n")
            origin.append(min(pos - 1, len(original) - 1) if original else 0)
        # the split adds one line more than there are newlines: drop its newline
        chars.pop()
        origin.pop()
        self.norm = "".join(chars)
        self.origin = origin

    @classmethod
    def from_parts(cls, original: str, norm: str, origin: list[int]) -> TextView:
        """A view whose ``norm`` and ``origin`` were made elsewhere (one character of
        ``original`` per character of ``norm``): :mod:`replyparse.resegment` adds line
        breaks to a view this way."""
        view = cls.__new__(cls)
        view.original, view.norm, view.origin = original, norm, origin
        return view

    @staticmethod
    def _add_line(line: str, base: int, chars: list[str], origin: list[int]) -> None:
        stripped = line.strip(_BLANK)
        if _FORMAT.search(stripped):
            stripped = _FORMAT.sub("", stripped)
        if not stripped or _NOISE_LINE.match(stripped):
            return
        n = len(line)
        last_kept = ""
        i = 0
        while i < n:
            plain = _PLAIN_RUN.match(line, i)
            if plain:
                j = plain.end()
                chars.append(line[i:j])
                origin.extend(range(base + i, base + j))
                last_kept = line[j - 1]
                i = j
                continue
            ch = line[i]
            if ch in FORMAT_CHARS:
                i += 1
                continue
            if ch in _SPACES:
                j = i
                while j < n and line[j] in _SPACES:
                    j += 1
                nxt = line[j] if j < n else ""
                if last_kept and nxt and _is_ascii_alnum(last_kept) and _is_ascii_alnum(nxt):
                    chars.append(" ")
                    origin.append(base + i)
                    last_kept = " "
                i = j
                continue
            out = _FULL_TO_HALF.get(ch, ch)
            if out in _HALF_TO_FULL:
                prev = last_kept
                nxt = line[i + 1] if i + 1 < n else ""
                between_digits = prev.isdigit() and _FULL_TO_HALF.get(nxt, nxt).isdigit()
                if not (between_digits and out in ",:"):
                    out = _HALF_TO_FULL[out]
            chars.append(out)
            origin.append(base + i)
            last_kept = out
            i += 1

    # -- mapping -------------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        """The original span of ``norm[start:end]`` (``end`` exclusive, non-empty)."""
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else len(self.original)
            return (at, at)
        return (self.origin[start], self.origin[end - 1] + 1)

    def source(self, start: int, end: int) -> tuple[str, Span]:
        """The original text and span behind ``norm[start:end]``."""
        span = self.span(start, end)
        return self.original[span[0] : span[1]], span

    def written(self, start: int, end: int) -> str:
        """``norm[start:end]`` as the letter wrote it: original characters, dropped spaces gone.

        Unlike ``norm`` it keeps the letter's own punctuation widths (``(试行)`` stays).
        """
        original, origin = self.original, self.origin
        return "".join(
            original[origin[i]] if self.norm[i] not in " \n" else self.norm[i]
            for i in range(start, end)
        )

    @cached_property
    def answers(self) -> dict[tuple[Hashable, ...], Any]:
        """What readers of the view worked out from it and are asked again, kept here so it
        goes when the view goes. A key's first item names the function that keeps it
        (:func:`replyparse.labels.opening_label`); only what depends on the view and the
        key alone belongs here (the view never changes once built)."""
        return {}

    # -- gaps ----------------------------------------------------------------------------

    @cached_property
    def _gap_list(self) -> list[int]:
        """Every ``pos`` where blanks the view dropped stood right before ``norm[pos]`` on
        its line, in order (computed once per view: the labels ask about most characters)."""
        norm, origin = self.norm, self.origin
        return [
            i
            for i, before, here in zip(range(1, len(origin)), origin, origin[1:], strict=False)
            if here - before > 1 and norm[i - 1] != "\n"
        ]

    @cached_property
    def gaps(self) -> frozenset[int]:
        """The positions of :meth:`gaps_in`, as a set: ``pos in view.gaps``."""
        return frozenset(self._gap_list)

    def gaps_in(self, start: int, end: int) -> list[int]:
        """The gaps strictly inside ``norm[start:end]`` (``start < pos < end``), in order:
        places where the letter had blanks between two characters of one line."""
        gaps = self._gap_list
        return gaps[bisect_right(gaps, start) : bisect_left(gaps, end)]

    # -- lines ---------------------------------------------------------------------------

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        """Every line of the view, blank ones included, so indices follow the text."""
        out: list[Line] = []
        pos = 0
        for i, text in enumerate(self.norm.split("\n")):
            out.append(Line(i, pos, pos + len(text), text))
            pos += len(text) + 1
        return tuple(out)

    @cached_property
    def content_lines(self) -> tuple[Line, ...]:
        """The non-blank lines."""
        return tuple(line for line in self.lines if line.text)
