"""Searching only the lines of a text that can hold a match.

Most of a field's patterns match within one line and only where one of a few characters
stands (an anchor): a date holds its 年 or 月, an amount its 元 or multiplier. Scanning a
whole letter for them costs a step at every character; :func:`anchored_lines` gives the
lines that hold an anchor, and the pattern is searched on those alone, each up to its end
(``pattern.search(text, pos, line_end)``).

That is exact for a pattern when

- every match, and every lookahead it makes, stays on one line (nothing in it can match
  a line break: no ``\\s``, no negated class, no ``.`` with DOTALL);
- it has no ``$`` or ``\\Z`` (searching up to a line's end, its line break reads as the end
  of the text, and a lookahead finds no character there either way);
- every match has an anchor on its line at or after the place it starts (in the match
  or in a lookahead).

Lookbehinds are untouched: a search from ``pos`` still sees the characters before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence

from replyparse.textview import Line


def anchored_lines(
    text: str, anchor: re.Pattern[str], start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each line of ``text[start:end]`` that holds a match of
    ``anchor``, in text order (the first and last cut at ``start`` and ``end``)."""
    end = len(text) if end is None else end
    pos = start
    while (found := anchor.search(text, pos, end)) is not None:
        at = found.start()
        line_end = text.find("\n", at, end)
        if line_end < 0:
            line_end = end
        yield max(pos, text.rfind("\n", 0, at) + 1), line_end
        pos = line_end + 1


def finditer_lines(
    pattern: re.Pattern[str],
    anchor: re.Pattern[str],
    text: str,
    start: int = 0,
    end: int | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)`` for a pattern of the kind the module names."""
    for line_start, line_end in anchored_lines(text, anchor, start, end):
        yield from pattern.finditer(text, line_start, line_end)


def lines_holding(
    text: str, chars: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """:func:`anchored_lines` for an anchor that is one of two ``chars``, each found with
    ``str.find`` (several times faster than a character class's search); the next place
    of each is kept, so no stretch is searched twice."""
    end = len(text) if end is None else end
    a, b = chars[0], chars[1]
    out: list[tuple[int, int]] = []
    pos = start
    next_a, next_b = text.find(a, start, end), text.find(b, start, end)
    while next_a >= 0 or next_b >= 0:
        at = next_a if next_b < 0 or 0 <= next_a < next_b else next_b
        line_end = text.find("\n", at, end)
        if line_end < 0:
            line_end = end
        out.append((max(pos, text.rfind("\n", 0, at) + 1), line_end))
        pos = line_end + 1
        if 0 <= next_a < pos:
            next_a = text.find(a, pos, end)
        if 0 <= next_b < pos:
            next_b = text.find(b, pos, end)
    return out


def lines_at(lines: Sequence[Line], positions: Iterable[int]) -> list[Line]:
    """The lines of ``lines`` (which must be in text order, as a view's are) that hold one
    of ``positions`` (ascending offsets into the text the lines are cut from), each once:
    a one-scan answer to which lines a pattern that never matches a line break may match
    on."""
    return [lines[i] for i in line_indexes_at(lines, positions)]


def line_indexes_at(lines: Sequence[Line], positions: Iterable[int]) -> list[int]:
    """The indexes in ``lines`` of :func:`lines_at`'s lines, ascending."""
    out: list[int] = []
    for pos in positions:
        i = bisect_right(lines, pos, key=_start) - 1
        if i >= 0 and pos < lines[i].end and (not out or out[-1] != i):
            out.append(i)
    return out


def _start(line: Line) -> int:
    return line.start


def char_places(text: str, chars: str) -> list[int]:
    """Where each of ``chars`` stands in ``text``, ascending: one ``str.find`` a character
    and a place (a class's scan tries it at every character of the text, and a letter
    holds few of them)."""
    out: list[int] = []
    for ch in chars:
        at = text.find(ch)
        while at >= 0:
            out.append(at)
            at = text.find(ch, at + 1)
    out.sort()
    return out
