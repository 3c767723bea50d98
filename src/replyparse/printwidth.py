"""The width a page was printed at, told from its lines' widths alone.

A letter exported from a PDF or a print view keeps each printed line a line: its
paragraphs come as lines of one width that stop mid-sentence. :mod:`replyparse.unwrap`
joins those lines back in the view; :mod:`replyparse.chrome` asks the same question of the
letter's lines, before the view, to tell a page's footer line that filled the page from
its rest printed under it. Both measure a line as :func:`columns` does."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MIN_WIDTH = 40
"""The narrowest printed line taken for a page's width, in columns (a hanzi is two): 20
hanzi. Narrower runs of equal lines are lists and tables, not wrapped prose."""

MIN_FULL_LINES = 3
"""Lines of the printed width that stop mid-sentence, at the least, to call a letter
hard-wrapped."""

WIDTH_SLACK = 4
"""Columns a full line may fall short of the width: a wide character or a closing
punctuation mark that did not fit, a Latin word carried over."""

SENTENCE_END = frozenset("。！？!?：:；;")
"""A line ending so ends its sentence or its lead-in: the break after it is kept."""

_LATIN_WORD = re.compile(r"[!-~]+")
"""A word a print moves to the next line whole: a run of ASCII letters, figures and marks
(``101``, ``2031-03-18``, ``15:30``, an e-mail address)."""
_OPENS_NO_LINE = frozenset("，。、；：？！）》」』】〕〗〉’”…％,.;:?!)]}%")
"""The closing marks a print sets at no line's start (避头): the word before such a mark
goes down to the next line with it."""
_ENDS_NO_LINE = frozenset("（《「『【〔〖〈‘“([{")
"""The opening marks a print sets at no line's end (避尾): such a mark goes down to the next
line with the word after it."""


def first_word_columns(text: str, at: int) -> int:
    """The columns of the first word of the printed line starting at ``text[at]``, the word a
    print found no room for on the line above: a run of ASCII letters and figures whole (a
    print breaks no number nor Latin word: ``…〔2024〕`` over ``101号``), else its first
    character; an opening mark with the word after it, which a print sets at no line's end
    (避尾: ``…召开专题会议`` over ``（会议纪要…``); and a closing mark glued after the word,
    which a print sets at no line's start and so carries down with the word before it
    (避头: ``…现将办理`` over ``情况，``)."""
    end = at
    while end < len(text):
        word = _LATIN_WORD.match(text, end)
        end = word.end() if word is not None else end + 1
        if text[end - 1] not in _ENDS_NO_LINE:
            break
    if end < len(text) and text[end] in _OPENS_NO_LINE:
        # (the mark, or the ASCII word it opens: ``…发布时`` over ``间:2031-02-03``)
        word = _LATIN_WORD.match(text, end)
        end = word.end() if word is not None else end + 1
    return columns(text[at:end])


_HANZI = re.compile("[\u4e00-\u9fff]+")
"""The CJK unified ideographs, every one of them wide (``W``): most of a letter's
characters, counted by one substitution rather than asked one by one."""


def columns(text: str) -> int:
    """``text``'s printed width: two columns for a wide (East Asian) character, one for
    any other. Characters of ambiguous width (quotes “”, dashes —, ……, ①) take a full
    cell on a Chinese page: two."""
    if text.isascii():
        return len(text)
    others = _HANZI.sub("", text)  # (the characters that are no hanzi, asked one by one)
    wide = len(text) - len(others) + sum(unicodedata.east_asian_width(ch) in "WFA" for ch in others)
    return len(text) + wide


_PITCH_BLANK = re.compile(r"(?<=\S) (?=\S)")
_TOUCHING = re.compile(r"\S(?=\S)")
_PITCH_LEAST = 3
"""Single spaces a line needs, at the least, to be taken for one set spaced out."""


def pitch_blanks(text: str) -> int:
    """The single spaces between the characters of a line set spaced out, one after each
    character (an OCR's text copy, ``关 于 加 快 …``, ``2 0 9 9 年``): the print put none there,
    so they take no column of it. 0 for a line not so set: fewer than
    :data:`_PITCH_LEAST` such spaces, or more than a third as many characters touching
    their neighbour (``GB/T 9704 标准``, a sentence with a few spaces typed)."""
    if text.count(" ") < _PITCH_LEAST:
        return 0  # (the gate: the usual line has none)
    singles = len(_PITCH_BLANK.findall(text))
    if singles < _PITCH_LEAST or 3 * len(_TOUCHING.findall(text)) > singles:
        return 0
    return singles


def crowded_width(open_widths: Iterable[int], long_widths: Iterable[int]) -> int | None:
    """The width, in columns, a letter's paragraphs were wrapped at, or None when its lines
    show none. ``open_widths`` are the widths of its lines that stop mid-sentence,
    ``long_widths`` those of all its lines of :data:`MIN_WIDTH` or more. The width is the
    widest of the open lines where they crowd (their upper quartile, which the open lines
    that are no wrap, a title or a label's value, do not move), when at least
    :data:`MIN_FULL_LINES` of them and half of them come within :data:`WIDTH_SLACK` of it,
    and no more than one long line in ten is wider (a header laid out in columns, a long
    link; paragraphs running past it make a letter of one paragraph a line)."""
    widths = sorted(open_widths)
    if not widths:
        return None
    width = widths[len(widths) * 3 // 4]
    if width < MIN_WIDTH:
        return None
    full = [w for w in widths if width - WIDTH_SLACK <= w <= width + WIDTH_SLACK]
    if len(full) < MIN_FULL_LINES or len(full) * 2 < len(widths):
        return None
    longs = list(long_widths)
    wider = sum(1 for w in longs if w > width + WIDTH_SLACK)
    if wider * 10 > len(longs):
        return None
    return max(full)  # no printed line is wider than the page
