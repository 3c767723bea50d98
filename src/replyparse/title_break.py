"""Where the re-typeset letter's title breaks into lines (GB/T 9704-2012 7.3.1).

The title is set in 二号 (22 pt) in a 156 mm line. Word and LibreOffice break a Chinese
line at any character, so the lines are cut here, each ending with an explicit break,
and each must be narrow enough that the renderer never breaks it again. A line is
measured as it will be set (:func:`title_width`): a full-width character takes one em,
ASCII digits and letters about half of one (a little more: a renderer without Times New
Roman sets them in a wider face), and Word's and LibreOffice's automatic space between
Chinese and Latin text (``autoSpaceDE``/``autoSpaceDN``, on by default) a quarter em each
side of a Latin run; half an em of the line is left as slack for the renderer.

Breaks fall between words only (the project's segmenter, never inside 建议), never
inside ``第182号`` or next to a bracket or a stop, and in as few lines as fit, the lines
as even as can be (the standard's 梯形或菱形, never a stub of a last line).
"""

from __future__ import annotations

import itertools
import unicodedata
from functools import cache

TITLE_PT = 22.0  # 二号
TYPE_WIDTH_MM = 156.0
LINE_EM = TYPE_WIDTH_MM / 25.4 * 72 / TITLE_PT
"""Ems of the title's size in the type area's width (20.1)."""
SLACK_EM = 0.5
"""Left free on every line for the renderer's rounding and kerning."""
MEASURE_EM = LINE_EM - SLACK_EM
"""The widest a title line may be, in ems (19.6: 19 Chinese characters)."""
LATIN_GAP_EM = 0.25
"""The space Word and LibreOffice put between Chinese text and a Latin or digit run."""
SHORTEST_SHARE = 1 / 3
"""A writer's line shorter than this share of their longest is a stub, not a shape."""

_DIGIT_EM = 0.55  # Times New Roman 0.5; DejaVu Serif, LibreOffice's stand-in, 0.64
_UPPER_EM = 0.7
_LOWER_EM = 0.5
_OTHER_ASCII_EM = 0.35
_NO_BREAK_AFTER = frozenset("《（(〈“‘「『【〔[")
_NO_BREAK_BEFORE = frozenset("》）)〉”’」』】〕]，、。；：！？,.;:!?·")


def advance(ch: str) -> float:
    """The advance of ``ch`` in ems of the title's size."""
    if ch.isascii():
        if ch.isdigit():
            return _DIGIT_EM
        if ch.isupper():
            return _UPPER_EM
        if ch.islower():
            return _LOWER_EM
        return _OTHER_ASCII_EM
    return 1.0 if unicodedata.east_asian_width(ch) in "FWA" else _LOWER_EM


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _meet(wide: str, latin: str) -> bool:
    return _latin(latin) and unicodedata.east_asian_width(wide) in "FW"


def title_width(text: str) -> float:
    """Width of ``text`` set as a title line, in ems: each character's advance and the
    automatic space at each meeting of Chinese and Latin text."""
    text = text.strip()
    gaps = sum(1 for a, b in itertools.pairwise(text) if _meet(a, b) or _meet(b, a))
    return sum(advance(ch) for ch in text) + LATIN_GAP_EM * gaps


def fits(line: str) -> bool:
    return title_width(line) <= MEASURE_EM


def title_lines(written: tuple[str, ...]) -> tuple[str, ...]:
    """The title's lines: the writer's own when each fits, no break falls inside a word
    and none is a stub; else the title broken after the 关于 that follows the issuer
    (issuer and 关于 above, the subject below: a line holding the issuer alone would read
    as a banner; never after a quoted 《关于), and what is still too long broken between
    words into even lines."""
    lines = tuple(line.strip() for line in written if line.strip())
    joined = "".join(lines)
    if lines and all(fits(line) for line in lines):
        breaks = set(itertools.accumulate(len(line) for line in lines[:-1]))
        shaped = _not_stubby(lines) and not (len(lines) > 1 and _reads_as_banner(lines[0]))
        if breaks <= break_points(joined) and shaped:
            return lines
    at = joined.find("关于")
    if at > 0 and _reads_as_banner(joined[:at]) and fits(joined[: at + 2]) and not fits(joined):
        return (joined[: at + 2], *even_lines(joined[at + 2 :]))
    return even_lines(joined)


def _reads_as_banner(line: str) -> bool:
    """A first line a reader takes for the issuer's banner (``…局对…政协``): the title
    would lose it."""
    from replyparse.layout import issuer_mark

    return issuer_mark(line) is not None


def _not_stubby(lines: tuple[str, ...]) -> bool:
    widths = [title_width(line) for line in lines]
    return min(widths) >= SHORTEST_SHARE * max(widths)


@cache
def break_points(text: str) -> frozenset[int]:
    """Offsets in ``text`` where its line may break: the ends of words (the project's
    segmenter, no HMM), not inside a number and the words it is glued to (``第182号``),
    not after an opening bracket (nor after a quoted title's 《关于) nor before a closing
    one or a stop."""
    from replyparse.nlp import tokenizer

    ends = itertools.accumulate(len(w) for w in tokenizer().cut(text, HMM=False))
    return frozenset(
        i
        for i in ends
        if 0 < i < len(text)
        and not (_latin(text[i - 1]) or _latin(text[i]))
        and text[i - 1] not in _NO_BREAK_AFTER
        and text[i] not in _NO_BREAK_BEFORE
        and not (text[i - 2 : i] == "关于" and text[i - 3 : i - 2] in _NO_BREAK_AFTER)
    )


def even_lines(text: str) -> tuple[str, ...]:
    """``text`` in as few lines as fit, broken at :func:`break_points`, the lines as
    even as can be (least sum of squared widths); a piece longer than a line has a line
    of its own."""
    if fits(text):
        return (text,)
    cuts = [0, *sorted(break_points(text)), len(text)]
    n = len(cuts) - 1

    def line_cost(i: int, j: int) -> float | None:
        piece = text[cuts[i] : cuts[j]]
        if j > i + 1 and not fits(piece):
            return None
        if i == 0 and j < n and j > 1 and _reads_as_banner(piece):
            return None
        return title_width(piece) ** 2

    # best[j] = (lines, cost, previous cut) setting text[:cuts[j]]
    best: list[tuple[int, float, int] | None] = [None] * (n + 1)
    best[0] = (0, 0.0, -1)
    for j in range(1, n + 1):
        for i in range(j):
            before = best[i]
            cost = line_cost(i, j)
            if before is None or cost is None:
                continue
            candidate = (before[0] + 1, before[1] + cost, i)
            now = best[j]
            if now is None or candidate[:2] < now[:2]:
                best[j] = candidate
    lines: list[str] = []
    j = n
    while j > 0:
        entry = best[j]
        assert entry is not None  # a single piece always sets
        lines.append(text[cuts[entry[2]] : cuts[j]])
        j = entry[2]
    return tuple(reversed(lines))
