"""Quotation marks in a letter's text: how deep inside them a place stands.

A quoted demand or title may hold punctuation of its own (关于“尽快建成。”的问题), so
the section finders skip what stands inside quotation marks. :class:`QuoteDepth` counts
the marks once, left to right, however many places are asked about.
"""

from __future__ import annotations

import re

OPEN_QUOTES = "“‘「『"
CLOSE_QUOTES = "”’」』"
_CLOSE = re.compile(f"[{CLOSE_QUOTES}]")


class QuoteDepth:
    """The quotation depth of places in ``text`` from ``start`` on, asked about left to
    right: each opening mark passed adds one, each closing mark takes one away."""

    def __init__(self, text: str, start: int) -> None:
        self._text = text
        self._pos = start
        self._depth = 0
        self._close = -1  # the first closing mark at or after the last place asked, or -1

    def at(self, pos: int) -> int:
        """The depth before ``text[pos]``: the marks of ``text[start:pos]``; ``pos`` never
        goes back."""
        if pos > self._pos:
            passed = self._text[self._pos : pos]
            self._depth += sum(map(passed.count, OPEN_QUOTES)) - sum(
                map(passed.count, CLOSE_QUOTES)
            )
            self._pos = pos
        return self._depth

    def closes_before(self, pos: int, end: int) -> bool:
        """Whether a closing mark stands in ``text[pos:end]`` (``pos`` never goes back)."""
        if self._close < pos:
            m = _CLOSE.search(self._text, pos)
            self._close = len(self._text) if m is None else m.start()
        return self._close < end
