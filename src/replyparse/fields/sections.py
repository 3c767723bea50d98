"""正文层次: the numbered sections of a letter's body, as a tree.

:func:`find_sections` reads the markers GB/T 9704-2012 §7.3.3 prescribes (``一、`` then
``（一）`` then ``1.`` then ``（1）``) and the variants letters really use (``1、``,
``①``, ``第一，``, inline ``一是…二是…`` and ``其一，…其二，…``). The tree follows the
letter, not the standard: a style seen for the first time opens a child level, a style
already open closes the levels below it and adds a sibling. Deviations from the standard are parsed
and reported as diagnostics.

A numeral is only a marker when the numbering makes sense: a new style starts at 1, an
open style continues with the next number (one missing number is tolerated with a
warning). Everything else is body text, and a line that looks like a misnumbered marker
gets a ``section-out-of-sequence`` diagnostic.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from operator import attrgetter
from typing import NamedTuple

from replyparse import vocab
from replyparse.context import Context, Found, Item, Reported
from replyparse.fields.linescan import char_places
from replyparse.fields.numerals import chinese_to_int, int_to_chinese
from replyparse.model import (
    Diagnostic,
    DiagnosticCode,
    Letter,
    Section,
    Span,
    make_diagnostic,
    make_section,
)
from replyparse.quotes import CLOSE_QUOTES, OPEN_QUOTES, QuoteDepth
from replyparse.textview import TextView


class Style(Enum):
    """A way of writing a section marker; each style is one level of a letter's tree."""

    DI = "第一，"
    PART = "第一部分"
    CN = "一、"
    CN_PAREN = "（一）"
    AR_DUN = "1、"
    AR_DOT = "1."
    AR_DECIMAL = "1.1"
    AR_PAREN = "（1）"
    CIRCLED = "①"
    ROMAN = "Ⅰ、"
    ROMAN_LOWER = "ⅰ."
    INLINE = "一是"
    QI = "其一，"

    # A member is the one object of its value and equal only to itself: hashed by its
    # identity, as ``object`` does, in C (``Enum`` hashes its name in a Python call, and
    # the tree builder looks styles up in sets and dicts for every candidate).
    __hash__ = object.__hash__


_INLINE_STYLES = frozenset({Style.INLINE, Style.QI})
"""Styles of runs inside a paragraph (一是…二是…, 其一，…其二，…)."""


def numbered(style: Style, n: int) -> str:
    """The marker of number ``n`` in ``style`` as the standard writes it (``（二）``, ``3.``,
    ``②``): for messages that name a marker the letter lacks."""
    if style is Style.CIRCLED:
        return chr(0x2460 + n - 1) if 0 < n <= 20 else f"({n})"
    if style is Style.AR_DECIMAL:
        return f"x.{n}"  # (its first number is its parent's, not known here)
    if style is Style.ROMAN:
        return f"{chr(0x2160 + n - 1) if 0 < n <= 12 else n}、"
    if style is Style.ROMAN_LOWER:
        return f"{chr(0x2170 + n - 1) if 0 < n <= 12 else n}."
    written = str(style.value)
    if "1" in written:
        return written.replace("1", str(n), 1)
    return written.replace("一", int_to_chinese(n), 1)


# Where each style sits in GB/T 9704's order; styles outside it (第一，, 一是) are free.
# 1、 is read as the deviation it is from 1., so both share a rank.
_RANK: dict[Style, int] = {
    Style.CN: 1,
    Style.CN_PAREN: 2,
    Style.AR_DUN: 3,
    Style.AR_DOT: 3,
    Style.AR_PAREN: 4,
    Style.CIRCLED: 5,
}

_CN = "一二三四五六七八九十"
_CN_LATER = frozenset("二三四五六七八九")
_CN_ANY = _CN + "〇零"
_PAREN_DIGITS = "".join(chr(c) for c in range(0x2474, 0x2488))  # ⑴ … ⒇
_DOT_DIGITS = "".join(chr(c) for c in range(0x2488, 0x249C))  # ⒈ … ⒛
_CIRCLED = "".join(chr(c) for c in range(0x2460, 0x2474))  # ① … ⑳
_PAREN_IDEOGRAPHS = "".join(chr(c) for c in range(0x3220, 0x322A))  # ㈠ … ㈩ (Word's （一）)
_ROMAN = "".join(chr(c) for c in range(0x2160, 0x216C))  # Ⅰ … Ⅻ, one character each
_ROMAN_LOWER = "".join(chr(c) for c in range(0x2170, 0x217C))  # ⅰ … ⅻ
_ROMAN_LETTERS: dict[str, int] = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
    "XI": 11, "XII": 12,
}  # fmt: skip
"""Roman numerals typed in ASCII letters (``II.``, ``ii.`` upper-cased), by their value."""

_NUMERAL_OPEN = "（【〔［〈"
"""The brackets a （一） marker is written in (the view makes ``(`` ``（``)."""
_NUMERAL_CLOSE = "）】〕］〉"

# What follows a 1.1 marker: its heading's first word, after one blank at most; a
# measure's unit (1.5公里, 1.2亿元, 3.1倍, 1.5小时) shows a decimal, not a marker, and so
# do a digit or a percent sign (no hanzi follows). Words a heading may open with (项目,
# 人才, 年度) are left to the parent and sequence checks of :meth:`_Builder.add`.
_DECIMAL_HEADING = (
    r"[ \u3000]?(?![万亿元米亩吨倍个月日号克斤升]|公[里顷斤]|千[米克瓦]|平方|立方|小时|年(?!度)"
    r"|人次)[\u4e00-\u9fff（“《]"
)

# The 点 or 条 of 第一点, 第一条, and the word for what the point is, before its colon, as a
# reply answering a proposal's points one by one writes them (第一点建议：, 第二条意见：,
# 第三项建议：; 项 only so: 第一项 alone is a count's): a colon must follow the word
# (第一点建议我局… is a sentence).
_POINT = r"[点条](?:(?:建议|意见|问题)(?=：))?|项(?:建议|意见|问题)(?=：)"

# Markers that start a line, tried at a line start with ``match``. The styles' first
# characters differ (第, a Chinese numeral, （, a digit, a symbol), so at most one
# pattern matches a line and the order only groups them for reading, but for 1.1, tried
# before 1. (a 1.1 that is no marker, 1.5公里, is no 1. either). Digits are ASCII:
# the view has already turned full-width ones (and ．) into ASCII.
_LINE_MARKERS: tuple[tuple[Style, re.Pattern[str]], ...] = (
    # 第一部分 too (Style.PART, told by its group ``part``: one pattern a line opening
    # with 第, where two cost a second table entry in every letter's walk); 第一点 and
    # 第一条 (group ``pt``, also 第一点建议：, :data:`_POINT`) are 第一，'s level, set off as
    # 第一部分 is (:func:`_part_heading`)
    (
        Style.DI,
        re.compile(
            rf"第(?P<n>[{_CN}]{{1,3}})(?:[，、：]|(?P<part>部分)[，、：]?|(?P<pt>{_POINT})[，、：]?)"
        ),
    ),
    # the point answered named by its kind and number, its colon written (建议一：, 问题二：,
    # 意见1：), or 第1点 in figures with its mark (第1点：, 第2条，): 第一点's level too
    (
        Style.DI,
        re.compile(
            rf"(?:建议|问题|意见)(?P<n>[{_CN}]{{1,3}}|[0-9]{{1,2}})："
            rf"|第(?P<d>[0-9]{{1,2}})(?:{_POINT})[，、：]"
        ),
    ),
    # 一） too, the （一） level typed without its opening bracket as 1） is （1）'s, when words
    # follow it (a bracket closed on the next printed line, 附件\n一）。, is none): told by
    # its group ``p``, as 第一部分 is, so a line opening with a numeral is tried once
    # a comma glued before the 、 (一,、): a mirror's, one that sets a comma before every
    # mark it copies (,, ,。 ,、 all through the letter); the marker is 一、 all the same
    (
        Style.CN,
        re.compile(rf"(?P<n>[{_CN}]{{1,3}})(?:，?、|\.|(?P<p>）、?)(?=[\u4e00-\u9fff“‘《（]))"),
    ),
    # a 、 a typist put after the brackets, （一）、 or （1）、, is the marker's (as written)
    # ㈠ too: one character a word processor makes of （一）, as ⑴ of （1） (and 一） is
    # read by the pattern of 一、)
    # in any bracket pair a letter sets its （一） level in (【一】, 〔一〕, ［一］), as written
    (
        Style.CN_PAREN,
        re.compile(
            rf"[{_NUMERAL_OPEN}](?P<n>[{_CN}]{{1,3}})[{_NUMERAL_CLOSE}]、?"
            rf"|(?P<s>[{_PAREN_IDEOGRAPHS}])、?"
        ),
    ),
    (Style.AR_DUN, re.compile(r"(?P<n>[0-9]{1,2})，?、")),  # (1,、 as 一,、)
    # 1.1, 1.2 under 1.: tried before 1., whose dot would read as a decimal point there
    (Style.AR_DECIMAL, re.compile(rf"[0-9]{{1,2}}\.(?P<n>[0-9]{{1,2}})(?={_DECIMAL_HEADING})")),
    (Style.AR_DOT, re.compile(rf"(?P<n>[0-9]{{1,2}})\.|(?P<s>[{_DOT_DIGITS}])")),
    # 1） too; 【1】 as （1）, as written; a dot a typist put after the brackets, （1）., is
    # the marker's as its 、 is (the view keeps it a dot where it opens a line: fix92)
    (
        Style.AR_PAREN,
        re.compile(
            rf"[（【]?(?P<n>[0-9]{{1,2}})[）】](?:、|\.(?![0-9]))?|(?P<s>[{_PAREN_DIGITS}])"
        ),
    ),
    (Style.CIRCLED, re.compile(rf"(?P<s>[{_CIRCLED}])")),
    # Ⅰ、 Ⅱ、 (the one character, its mark optional as ①'s but for a grade's: Ⅱ类, Ⅲ级) or
    # II. typed in letters (its mark needed), a heading's hanzi after it: IC卡, V2.0 or X光
    # open none
    (
        Style.ROMAN,
        re.compile(
            rf"(?:(?P<s>[{_ROMAN}])(?:[、.]|(?!{vocab.alternation('section_count_units')}|[型度]))"
            r"|(?P<r>XI{0,2}|IX|IV|VI{0,3}|I{1,3})[、.])(?=[\u4e00-\u9fff（“《])"
        ),
    ),
    # ⅰ. ⅱ. (one character, as Ⅰ、) or ii. typed in letters (its mark needed): a level of
    # its own, as a letter's Ⅰ、 and ⅰ. are two; one typed in letters is kept only in an
    # ordered run (:func:`_settle_bare`), so i.e. or a lone v. opens none
    (
        Style.ROMAN_LOWER,
        re.compile(
            rf"(?:(?P<s>[{_ROMAN_LOWER}])(?:[、.]|(?!{vocab.alternation('section_count_units')}|[型度]))"
            r"|(?P<r>xi{0,2}|ix|iv|vi{0,3}|i{1,3})[、.])(?=[\u4e00-\u9fff（“《])"
        ),
    ),
)
_DIGITS = "0123456789"
# The characters each style's marker may open with (the tests check them against the
# patterns).
_OPENERS_OF: dict[Style, str] = {
    Style.DI: "第建问意",
    Style.CN: _CN,
    Style.CN_PAREN: _NUMERAL_OPEN + _PAREN_IDEOGRAPHS,
    Style.AR_DUN: _DIGITS,
    Style.AR_DECIMAL: _DIGITS,
    Style.AR_DOT: _DIGITS + _DOT_DIGITS,
    Style.AR_PAREN: "（【" + _DIGITS + _PAREN_DIGITS,
    Style.CIRCLED: _CIRCLED,
    Style.ROMAN: _ROMAN + "IVX",
    Style.ROMAN_LOWER: _ROMAN_LOWER + "ivx",
}
# The line markers a line opening with each character is tried with, in the table's order:
# a line that opens with none of these characters is tried with none of the patterns.
_LINE_MARKERS_AT: dict[str, tuple[tuple[Style, re.Pattern[str]], ...]] = {
    ch: tuple((style, pattern) for style, pattern in _LINE_MARKERS if ch in _OPENERS_OF[style])
    for ch in "".join(_OPENERS_OF.values())
}
_MARKER_OPENERS = frozenset(_LINE_MARKERS_AT)
# A line break before a marker's first character: where a line that may open with a marker
# starts (a line opening otherwise opens with none).
# (and before a ``、`` that lost its numeral: :func:`_numberless_marker`)
_BEFORE_OPENER = re.compile(f"\n(?=[{re.escape(''.join(sorted(_MARKER_OPENERS | {'、'})))}])")
# Styles whose markers may stand joined, one paragraph answering several points.
_JOINED_STYLES = frozenset({Style.DI, Style.CN, Style.CN_PAREN})
_SYMBOL_BASE = {
    Style.CN_PAREN: 0x3220,
    Style.AR_DOT: 0x2488,
    Style.AR_PAREN: 0x2474,
    Style.CIRCLED: 0x2460,
    Style.ROMAN: 0x2160,
    Style.ROMAN_LOWER: 0x2170,
}

# Markers that may also stand inside a paragraph (…：①…；②…, …，一是…，二是…), searched
# anywhere; the code checks what precedes them (a line start or a clause break), so
# 统一是 and 唯一是 are no markers. A circled number at a line start is found as a line
# marker first.
_INLINE_MARKERS: tuple[tuple[Style, re.Pattern[str]], ...] = (
    # [一…十][一…十]? is {1,2} written so the engine scans for the first numeral at once;
    # a mark typed after 是 (一是：…, 一是，…, 一是、…) is the marker's, as 其一， keeps its
    # comma, so the heading opens with the item's first word
    (Style.INLINE, re.compile(rf"(?P<n>[{_CN}][{_CN}]?)是[：，、]?")),
    (Style.QI, re.compile(rf"其(?P<n>[{_CN}]{{1,2}})[，、：]")),
    (Style.CIRCLED, re.compile(rf"(?P<s>[{_CIRCLED}])")),
)
_INLINE_AFTER = "\n，。；：、"
# A first inline item glued to the words before it (…道路一是需先…；二是…) counts when the
# second follows after a clause break in the same paragraph, and 一 ends no word there
# (统一是, 唯一是, 第一是, 之一是 are none).
_GLUED_FIRST_NOT_AFTER = frozenset("统唯第之同万单划专逐一")
_SECOND_ITEM = re.compile(r"[，。；：、]二是")

# A run the proposal wrote, quoted by the reply (您提出的“一是…；二是…”的建议, 您在建议中提出
# 一是…，二是…): no section of the reply's own text. Its first item follows, in its sentence,
# the proposer saying it (您, 你们, 代表, 委员, or 建议中 and the like, then 提出, 建议,
# 反映…), not after 根据, 按照, 针对, 对于, 关于, 结合 or 就 (根据代表建议，一是… is the
# reply's work) and with no 我 (我局, 我们) between: 针对您提出的问题，我局一是… is the reply's.
_PROPOSER_SAYS = re.compile(
    r"(?<![据照对于就合])(?:您|你|代表|委员|(?:建议|提案|议案|来信|来函)中)[^。；！？\n，我]{0,12}?"
    r"(?:提出|建议|反映|指出|提到|认为|希望|要求|呼吁)[了的]?[：，]?[“‘\"]?$"
)
_SAYS_REACH = 24
"""How far before a first item :data:`_PROPOSER_SAYS` is looked for."""
_STRAIGHT_QUOTE = '"'
_ANY_QUOTE = frozenset(OPEN_QUOTES + _STRAIGHT_QUOTE)


def _proposals_run_end(view: TextView, at: int, start: int, end: int) -> int:
    """Where the paragraph ends when the inline item numbered 1 at ``norm[at]`` opens a run
    the proposal wrote (inside quotation marks that close on its line, or after the
    proposer saying it: :data:`_PROPOSER_SAYS`); -1 when the run is the reply's own."""
    norm = view.norm
    places = _places(norm)
    # the line's ends and its quotes counted among the places found once for the letter
    # (an item 1 on a long line read the line before it and after it each: quadratic)
    k = bisect_left(places.breaks, at)
    line_start = max(start, places.breaks[k - 1] + 1) if k else start
    line_end = places.breaks[k] if k < len(places.breaks) else end
    line_end = min(line_end, end)

    def count(where: list[int], a: int, b: int) -> int:
        return bisect_left(where, b) - bisect_left(where, a)

    straight = count(places.straights, line_start, at)
    if straight or count(places.opens, line_start, at):  # a quote before the item
        opened = count(places.opens, line_start, at) - count(places.closes, line_start, at)
        if opened > 0 and count(places.closes, at, line_end):
            return line_end
        if straight % 2 and count(places.straights, at, line_end):
            return line_end
    if _PROPOSER_SAYS.search(norm, max(line_start, at - _SAYS_REACH), at) is not None:
        return line_end
    if norm[at - 1] == "：" and document_says(norm, at):
        return line_end  # a cited document's provisions (《某规定》明确要求：一是…)
    return -1


class _Places(NamedTuple):
    """Where a letter's line breaks and quotation marks stand, each kind in order."""

    breaks: list[int]
    opens: list[int]
    """Opening quotes (OPEN_QUOTES)."""
    closes: list[int]
    """Closing quotes (CLOSE_QUOTES)."""
    straights: list[int]
    """Straight quotes (")."""


@functools.lru_cache(maxsize=2)
def _places(norm: str) -> _Places:
    """The places of ``norm``, found once (a letter's text is its own key: the one asked
    last is kept, a hit one identity test)."""
    return _Places(
        char_places(norm, "\n"),
        char_places(norm, OPEN_QUOTES),
        char_places(norm, CLOSE_QUOTES),
        char_places(norm, _STRAIGHT_QUOTE),
    )


# What follows a ``X、`` that shows the numeral is no marker. Checked at the marker's end.
_DECADES = re.compile(rf"[{_CN}]十?年代")  # 八、九十年代: the 1980s and 90s
_COUNT_LIST = re.compile(
    rf"(?P<y>[{_CN_ANY}]+|[0-9]+)(?:、(?:[{_CN_ANY}]+|[0-9]+))*"
    rf"(?:{vocab.alternation('section_count_units')})"
)  # 三、四月份, 1、2号楼, 一、二、三等奖 (when the next numeral is the following number)

_WHITESPACE = " \n"
_HEADING_TRIM = "：:；;，,、。.！？ "
# A heading runs to the end of its first sentence or clause (。；！？) or of its line: a
# line marker's is its paragraph's first sentence (or its whole short line), an inline
# item's runs to the first 。 or ；.
_HEADING_END = re.compile(r"[。；！？\n]")

_HEADING_LINE_MAX = 30
"""The longest heading line a run numbered afresh under it may belong to (:meth:`_Builder.
_restarts_under`)."""

MAX_FORWARD_SKIP = 2
"""An open style may jump this far ahead (一、二、四、: one number missing) with a warning."""
_CAND_START = attrgetter("start")
"""A candidate's place in the text, the key :meth:`_Builder._repeats` bisects them by."""


@dataclass
class _Candidate:
    """A numeral that may be a marker: ``norm[start:end]`` is the marker. Never changed
    once made (not declared frozen: that made one several times as dear to build)."""

    style: Style
    number: int
    start: int
    end: int
    at_line_start: bool
    mid_line: bool = False
    """A line marker after a sentence end inside a line (…。二、…): it may only carry on
    the numbering of a level already open."""
    count_like: bool = False
    """Read as a count too (``4、5月份``: April and May, or item 4 of a run): a marker only
    where it carries on the numbering of a level already open (…；3、…；4、5月份为…)."""
    through: int = 0
    """The last number a marker answering several points covers (``第四、第五：`` is 4
    through 5); 0 when it names one."""
    inline_run: bool = False
    """A ``第一，`` run inside a paragraph (…。第一，…；第二，…): closed, as an inline
    run is, by the next marker that opens a line."""
    set_off: bool = False
    """A marker that lost its mark (``一 加强监管``) or was typed with a colon or a comma
    (``一：``, ``1，``): no line break was put back after its heading where a copy joined its
    paragraph to it, so its short heading may end at a blank before the paragraph on the
    same line (:func:`_set_off_heading_end`)."""

    @property
    def last(self) -> int:
        """The number the next marker of its level follows."""
        return self.through or self.number


@dataclass
class _Node:
    """A section of the tree being built. On the builder's stack it stands for its level:
    the level's style and the last section seen at it."""

    cand: _Candidate
    depth: int
    style: Style  # ``cand.style``, read once
    end: int = 0
    children: list[_Node] = field(default_factory=list)


def _number(style: Style, m: re.Match[str]) -> int | None:
    """The number a marker's match names: its numeral's value (None for 零), or its
    symbol's place, or a Roman numeral's value in letters. Each pattern has a numeral
    group ``n``, a symbol group ``s`` or both as alternatives (Roman ones ``s`` or letters
    ``r``), so the group matched last is the one that matched."""
    if m.lastgroup == "s":
        return ord(m.group("s")) - _SYMBOL_BASE[style] + 1
    if m.lastgroup == "r":
        return _ROMAN_LETTERS[m.group("r").upper()]
    numeral = m.group("n") if m.lastgroup != "d" else m.group("d")  # d: 第1点's figures
    value = _NUMERAL_VALUES.get(numeral)
    if value is None:
        value = chinese_to_int(numeral)
        if len(_NUMERAL_VALUES) < 4096:
            _NUMERAL_VALUES[numeral] = value
    return value if value else None


_NUMERAL_VALUES: dict[str, int | None] = {}
""":func:`chinese_to_int` of the markers' numerals, each worked out when first met (the
usual marker's numeral is one of a few dozen; working out all 220 of one or two characters
at import cost 9 M instructions a start)."""


# A year, or a year range with 年 written once (1.2017-2021年安排资金…), right after a dot.
_YEAR_AFTER_DOT = re.compile(r"(?:19|20)\d{2}(?:[-—–~～至到](?:19|20)\d{2})?年")


def _is_decimal(view: TextView, dot: int) -> bool:
    """``1.5公里``: the digit after the dot touches it in the original (``1. 5`` would not).

    A year after the dot (``1.2021年以来``, ``1.2017-2021年``) is a marker followed by a date,
    not a decimal.
    """
    nxt = dot + 1
    if nxt >= len(view.norm) or not view.norm[nxt].isdigit():
        return False
    if _YEAR_AFTER_DOT.match(view.norm, nxt):
        return False
    return view.origin[nxt] == view.origin[dot] + 1


_COUNT_STYLES = frozenset({Style.CN, Style.AR_DUN, Style.DI})
"""Styles whose ``X、`` may be a count (八、九十年代, 三、四月份, 第二、三季度)."""
_CN_STYLE, _AR_DOT_STYLE = Style.CN, Style.AR_DOT  # (read once, not in every call)
_AR_DECIMAL_STYLE, _PART_STYLE, _DI_STYLE = Style.AR_DECIMAL, Style.PART, Style.DI
_ROMAN_LOWER_STYLE, _CN_PAREN_STYLE = Style.ROMAN_LOWER, Style.CN_PAREN

_PART_HEADING_MAX = 20
"""How long the heading line after 第一部分 may be."""


def _part_heading(view: TextView, stop: int, end: int) -> bool:
    """Whether ``第一部分`` ending at ``stop`` heads a part of the reply: its mark
    (``第一部分：``), a blank after it in the letter (``第一部分 工作开展情况``) or a short line
    with no sentence's end after it. ``第一部分资金已拨付。`` (the first portion of a sum)
    is body text."""
    norm = view.norm
    if norm[stop - 1] in "，、：" or stop >= end or norm[stop] == "\n":
        return True
    if view.origin[stop] - view.origin[stop - 1] > 1:
        return True  # a blank the view dropped between the marker and its heading
    nl = norm.find("\n", stop, end)
    line_end = end if nl < 0 else nl
    return (
        line_end - stop <= _PART_HEADING_MAX and _HEADING_END.search(norm, stop, line_end) is None
    )


def _is_count(view: TextView, style: Style, number: int, end: int) -> bool:
    """``八、九十年代``, ``三、四月份``, ``第二、三季度``: consecutive numerals, then a
    decade or a unit."""
    if style not in _COUNT_STYLES or view.norm[end - 1] != "、":
        return False
    if style is _CN_STYLE and _DECADES.match(view.norm, end):
        return True
    m = _COUNT_LIST.match(view.norm, end)
    return m is not None and chinese_to_int(m.group("y")) == number + 1


_LineMarker = tuple[Style, int, int, bool, int]
"""A line marker as :func:`_line_marker` reads it: style, number, end, count_like, through
(see :class:`_Candidate`)."""


def _line_marker(view: TextView, pos: int, end: int, counts: bool) -> _LineMarker | None:
    """The marker a line starting at ``pos`` would open; with ``counts``, also one that
    reads as a count, else None for it. A plain tuple: :func:`marker_at` asks this for
    every line resegment may break, and needs no :class:`_Candidate`."""
    norm = view.norm
    markers = _LINE_MARKERS_AT.get(norm[pos]) if pos < end else None
    if markers is None:
        return None
    for style, pattern in markers:
        m = pattern.match(norm, pos, end)
        if m is None:
            continue
        number = _number(style, m)
        if number is None:
            return None
        stop = m.end()
        if style is _AR_DOT_STYLE and m.lastgroup == "n" and _is_decimal(view, stop - 1):
            return None
        if style is _DI_STYLE and m.lastgroup == "part":  # 第一部分
            if not _part_heading(view, stop, end):
                return None
            style = _PART_STYLE
        elif style is _DI_STYLE and m.lastgroup == "pt":  # 第一点, 第一条: set off likewise
            if not _part_heading(view, stop, end):
                return None
        elif style is _CN_STYLE and m.lastgroup == "p":  # 一）
            style = _CN_PAREN_STYLE
        count_like = _is_count(view, style, number, stop)
        if count_like and not counts:
            return None
        through = 0
        if style in _JOINED_STYLES and not count_like:
            # one paragraph answering several points: 第四、第五：, （四）（五）, 四、五、
            while (more := pattern.match(norm, stop, len(norm))) is not None and (
                _number(style, more) == (through or number) + 1
            ):
                stop, through = more.end(), (through or number) + 1
        return style, number, stop, count_like, through
    return None


def _line_candidate(
    view: TextView, pos: int, end: int, *, counts: bool = False
) -> _Candidate | None:
    """The marker a line starting at ``pos`` would open (:func:`_line_marker`), as a
    candidate."""
    found = _line_marker(view, pos, end, counts)
    if found is None:
        return None
    style, number, stop, count_like, through = found
    return _Candidate(
        style, number, pos, stop, at_line_start=True, count_like=count_like, through=through
    )


# A 一、 whose mark was lost in copying (``一 加强监管``: the numeral, a blank, a heading): the
# numeral run, then a blank the view dropped (checked by offsets), then a hanzi that opens
# no word of a count or a 一是 (一 是, 一 方面, 三 年来, 二 十个).
_BARE_NUMERAL = re.compile(rf"(?P<n>[{_CN}]{{1,3}})(?![{_CN}])")
_BARE_NO_HEADING = re.compile(
    rf"是|方面|{vocab.alternation('section_count_units')}|[{_CN_ANY}年天周万亿元千百米里亩吨户村人家所座辆台套条处位种]"
)


def _bare_marker(view: TextView, pos: int, end: int) -> _Candidate | None:
    """The ``一、`` a line starting at ``pos`` would open had its mark not been lost
    (``一 加强监管``), or None. :func:`_settle_bare` keeps it only in a run."""
    norm = view.norm
    m = _BARE_NUMERAL.match(norm, pos, end)
    if m is None:
        return None
    stop = m.end()
    if stop >= end or view.origin[stop] - view.origin[stop - 1] < 2:
        return None  # no blank after the numeral
    if not "\u4e00" <= norm[stop] <= "\u9fff" or _BARE_NO_HEADING.match(norm, stop):
        return None
    number = _number(Style.CN, m)
    return None if number is None else _Candidate(Style.CN, number, pos, stop, True, set_off=True)


_NUMBERLESS_STYLES = frozenset({Style.CN, Style.AR_DUN})
"""The styles whose mark is ``、``: a marker that lost its numeral (``、加强监管``) is theirs."""
_SENTENCE_MARKS = frozenset("。！？；")
_SENTENCE_STOP = re.compile("[。！？\n]")
"""A sentence's end, or a line's, between a list's item and a clause of its sentence."""
_CLOSING_FORMULA = re.compile(vocab.alternation("closing_formulas"))
"""The opening of a closing formula (感谢您…, 特此答复): what no heading opens with."""


def _numberless_marker(
    view: TextView, pos: int, end: int, found: list[_Candidate]
) -> _Candidate | None:
    """The marker a line starting at ``pos`` opens whose numeral a copy lost, its ``、`` kept
    (``、加强监管。…`` under ``一、…``), or None: a hanzi after the mark, the line before ending a
    sentence, and a marker of a ``、`` style before it, whose level's next number it is
    (kept by :func:`_settle_bare` only where that level is open, as a lost mark is)."""
    norm = view.norm
    stop = pos + 1
    if stop >= end or not "\u4e00" <= norm[stop] <= "\u9fff":
        return None
    if _CLOSING_FORMULA.match(norm, stop, end) is not None:
        # (the thanks after a 、 a copy left alone on its line, flattened onto theirs: no
        # heading, they close the body; left70)
        return None
    at = pos - 1
    while at >= 0 and norm[at].isspace():
        at -= 1
    if at < 0 or norm[at] not in _SENTENCE_MARKS:
        return None  # (a list's 、 a wrap set at a line's start goes on a sentence)
    last = next(
        (c for c in reversed(found) if c.start < pos and c.style in _NUMBERLESS_STYLES), None
    )
    if last is None:
        return None
    if norm[at] == "；" and _SENTENCE_STOP.search(norm, last.start, at) is not None:
        # (after a clause's ；, only the next item of a list the sentence opened, 建议：1、…；
        # 、…: a heading of a level opened before the sentence opens none of its clauses,
        # …。我们建议：（一）按规划修复；、争取资金; left70)
        return None
    return _Candidate(last.style, last.last + 1, pos, stop, True)


# Words of a count after a figure (1个, 1年, 1号楼 are none of a heading's).
_COUNTED = "年天周万亿元千百米里亩吨户村人家所座辆台套条处位种"
# A 1. whose mark was lost in copying (``1 加强监管``): one or two digits, a blank the view
# dropped (checked by offsets), then a hanzi that opens no count, measure or date
# (1 个项目, 3 月份, 10 万元, 5 公里, 2 型, 10 多个, 20 余家).
_BARE_AR_NO_HEADING = re.compile(
    rf"是|{vocab.alternation('section_count_units')}|公[里顷斤]|平方|立方|小时|分钟"
    rf"|[{_CN_ANY}{_COUNTED}多余倍斤克件起例张本间只头株棵片篇型度秒]"
)
_BARE_AR_HEADING_MIN = 4
"""How many characters a line that lost its ``1.`` holds after the blank at least."""
_AR_LEVEL_STYLES = frozenset({Style.AR_DUN, Style.AR_DOT, Style.AR_PAREN})
"""The Arabic styles a ``1 加强监管`` that lost its mark may carry on."""


def _bare_arabic(view: TextView, pos: int, end: int) -> _Candidate | None:
    """The ``1.`` a line starting at ``pos`` would open had its mark not been lost
    (``1 加强监管``), or None; :func:`_settle_bare` keeps it only in a run. A line that
    holds another blank after its heading starts is a table's row (``1 某路 改造 在建``),
    no heading."""
    norm, origin = view.norm, view.origin
    stop = pos + 1
    if stop < end and norm[stop] in _DIGITS:
        stop += 1
    if stop >= end or origin[stop] - origin[stop - 1] < 2 or norm[pos] == "0":
        return None  # no blank after the digits (or a figure opening with 0)
    if not "\u4e00" <= norm[stop] <= "\u9fff" or _BARE_AR_NO_HEADING.match(norm, stop):
        return None
    line_end = norm.find("\n", stop, end)
    line_end = end if line_end < 0 else line_end
    if line_end - stop < _BARE_AR_HEADING_MIN:
        return None  # a name or a word in a list's row (1 张三, 2 某某村)
    if origin[line_end - 1] - origin[stop] != line_end - 1 - stop:
        return None  # another blank in the line: cells of a row
    return _Candidate(Style.AR_DOT, int(norm[pos:stop]), pos, stop, True)


_GLUED_RUN_LEAST = 3
"""How many items a run of markers glued to their headings (:func:`_glued_arabic`) needs."""
_GLUED_NO_HEADING = re.compile(
    r"组(?![织建合])|班(?![子组])|区(?![域分])|段|幢|室(?![内外])|队(?!伍)|床|街(?![道巷])"
    r"|路(?![网面灯径口段况])|巷(?!道)|社(?![区会保团])|标段|单元|车间|网格(?!化)"
)
"""A word a figure glued to it numbers, no heading's (``1组``, ``2班``, ``3路公交``,
``1标段``, ``2单元``, ``3车间``: a group's, a unit's, a route's, a building part's ordinal,
a list of which at line starts runs 1, 2, 3 too: review59e), over what
:data:`_BARE_AR_NO_HEADING` reads; a heading's words that open with one of them (``组织``,
``班子``, ``区域``, ``队伍``, ``路面``, ``路口``, ``街道``, ``社区``, ``网格化``) are kept; no
character that opens a common verb is listed (排查, 营造, 连续, 科普: 排, 营, 连, 科 none)."""


def _glued_arabic(view: TextView, pos: int, end: int) -> _Candidate | None:
    """The ``1.`` a line starting at ``pos`` would open had its mark and its blank both been
    lost, the digits glued to the heading (``1规范审批。…``), or None: a heading's hanzi
    right after one or two digits, no count's unit (1个, 3月, 2型: as :func:`_bare_arabic`
    reads them), no other blank in the line. Riskier than a lost mark alone (a figure glued
    to its words opens many a line), so :func:`_glued_runs` keeps it only in a run of
    :data:`_GLUED_RUN_LEAST` at least, numbered 1, 2, 3… at line starts (fix8486)."""
    norm, origin = view.norm, view.origin
    stop = pos + 1
    if stop < end and norm[stop] in _DIGITS:
        stop += 1
    if stop >= end or norm[pos] == "0" or origin[stop] - origin[stop - 1] != 1:
        return None  # (a blank after the digits: :func:`_bare_arabic`'s)
    if not "\u4e00" <= norm[stop] <= "\u9fff" or _BARE_AR_NO_HEADING.match(norm, stop):
        return None
    if _GLUED_NO_HEADING.match(norm, stop):
        return None  # (1组, 2班, 3路: an ordinal's word, no heading's: review59e)
    line_end = norm.find("\n", stop, end)
    line_end = end if line_end < 0 else line_end
    if line_end - stop < _BARE_AR_HEADING_MIN:
        return None
    if origin[line_end - 1] - origin[stop] != line_end - 1 - stop:
        return None  # a blank in the line: cells of a row
    return _Candidate(Style.AR_DOT, int(norm[pos:stop]), pos, stop, True)


def _glued_runs(found: list[_Candidate], glued: list[int]) -> set[int]:
    """Which of ``found[i]`` for ``i`` in ``glued`` (:func:`_glued_arabic`'s, in text order)
    stand in a run numbered 1, 2, 3… of :data:`_GLUED_RUN_LEAST` at least: the others are
    no markers."""
    kept: set[int] = set()
    k = 0
    while k < len(glued):
        j = k
        while j + 1 < len(glued) and found[glued[j + 1]].number == found[glued[j]].number + 1:
            j += 1
        if j + 1 - k >= _GLUED_RUN_LEAST and found[glued[k]].number == 1:
            kept.update(glued[k : j + 1])
        k = j + 1
    return kept


# A marker typed with a colon or a comma where its 、 belongs (``一：基本情况``, ``二，…``;
# ``1，加强监管``, ``2：…``), a heading's first word after it: no numeral, digit or figure
# (``一，二，三``, ``1，2号楼``). Read as a lost mark is (:func:`_settle_bare`), in a run
# numbered from 1 or carrying on an open level, so a ``1，`` in a list of counts stays text.
_LOOSE_MARKER = re.compile(
    rf"(?:(?P<n>[{_CN}]{{1,3}})|(?P<d>[0-9]{{1,2}}))[：，](?=[\u4e00-\u9fff“‘《（])(?![{_CN_ANY}])"
)


_LOOSE_OPENERS = frozenset(_CN + _DIGITS)
"""The characters a match of :data:`_LOOSE_MARKER` opens with."""


def _loose_marker(view: TextView, pos: int, end: int) -> _Candidate | None:
    """The ``一、`` (``一：``, ``一，``) or ``1、`` (``1，``, ``1：``) at ``norm[pos]`` typed with a
    colon or a comma for its mark, or None; kept only in a run, as a lost mark is."""
    m = _LOOSE_MARKER.match(view.norm, pos, end)
    if m is None:
        return None
    if m.lastgroup == "d":
        number = int(m.group("d"))
        style = Style.AR_DUN
    else:
        number = _number(Style.CN, m) or 0
        style = Style.CN
    return _Candidate(style, number, pos, m.end(), True, set_off=True) if number else None


def _settle_bare(found: list[_Candidate], bare: list[int]) -> None:
    """Keep the markers that lost their mark (``found[i]`` for ``i`` in ``bare``, in text
    order; ``一 …`` of style 一、, ``1 …`` of style 1., ``ii.`` typed in letters, and
    ``一：`` or ``1，`` typed with a colon or a comma, also after a sentence end) where
    the letter numbers them consistently: a run of one kind numbered 1, 2, 3… (two at
    least) is read as written; any other only carries on the numbering of a level already
    open (``一、…`` then ``二 …``), as a count may (:attr:`_Candidate.count_like`). A lost
    ``1.`` out of a run takes the style of the Arabic marker it follows (``1、…`` then
    ``2 …``: a ``1、``), whose level the tree then checks is open."""
    in_run: set[int] = set()
    for kind in {found[i].style for i in bare}:
        of_kind = [i for i in bare if found[i].style is kind]
        k = 0
        while k < len(of_kind):
            j = k
            while (
                j + 1 < len(of_kind)
                and found[of_kind[j + 1]].number == found[of_kind[j]].number + 1
            ):
                j += 1
            if j > k and found[of_kind[k]].number == 1:
                in_run.update(of_kind[k : j + 1])
            k = j + 1
    for i in bare:
        if i in in_run:
            continue
        cand = found[i]
        style = cand.style
        if style in _AR_LEVEL_STYLES:  # (1 or 1， out of a run: the style it carries on)
            style = next(
                (
                    c.style
                    for c in reversed(found[:i])
                    if c.style in _AR_LEVEL_STYLES and c.last == cand.number - 1
                ),
                style,
            )
        found[i] = replace(cand, style=style, count_like=True)


def marker_at(view: TextView, pos: int, end: int) -> tuple[Style, int, int] | None:
    """The section marker a line starting at ``view.norm[pos]`` would open: its style,
    number and end (None when the numeral there is no marker: ``1.5公里``, ``八、九十年代``).
    :mod:`replyparse.resegment` asks it before it breaks a flattened line there."""
    found = _line_marker(view, pos, end, False)
    if found is None or _unknown_to_resegment(view.norm, pos, found[2]):
        return None
    return found[:3]


_NEW_DRESS_OPEN = frozenset("【〔［")
_NEW_DRESS_END = frozenset("】〕］点条")


def _unknown_to_resegment(norm: str, pos: int, stop: int) -> bool:
    """Whether the marker ``norm[pos:stop]`` is one of those read at a line's start only
    (``【一】``, ``〔一〕``, ``【1】``, ``第一点``, ``第一条`` with no mark after them), whose shape
    the prefilters of :mod:`replyparse.resegment` and :mod:`replyparse.unwrap` do not know:
    :func:`marker_at` gives none for them, so a flattened line is not broken there, as
    before they were read."""
    return norm[pos] in _NEW_DRESS_OPEN or norm[stop - 1] in _NEW_DRESS_END


# A list whose first item runs on from its lead-in (``实施建议：1、新建…；`` then ``2、…`` on
# the next line): the numeral right after a colon inside a line.
_LEAD_IN = re.compile(r"[：:](?=\S)")


# A first item whose mark was lost in copying (具体为：1总投资…；2、…): the digit 1 right
# after the colon, then words that are no count (1个, 1年, 1号楼 are none).
_MARK_LOST = re.compile(
    rf"1(?=[\u4e00-\u9fff])(?!{vocab.alternation('section_count_units')}|[{_COUNTED}])"
)


# Styles whose run may stand inside a paragraph after its lead-in's colon, each next item
# after a clause break (具体为：1、…；2、…; 主要做了：（一）…；（二）…; 措施有：一、…；二、…).
_AR_RUN_STYLES = frozenset({Style.AR_DUN, Style.AR_DOT, Style.AR_PAREN})
"""Arabic ones: only there may the first item have lost its mark (：1总投资…；2、…)."""
_PARAGRAPH_RUN_STYLES = _AR_RUN_STYLES | {Style.CN_PAREN, Style.CN}


def _glued_first_items(
    view: TextView,
    lead_ins: list[int],
    end: int,
    line_cands: list[_Candidate],
    mid: list[_Candidate],
) -> list[_Candidate]:
    """Items numbered 1 glued to a colon mid-line, kept only when a 2 of the same style
    follows: the next line marker (``实施建议：1、新建…；`` over ``2、…``), or, in the same
    paragraph after a clause break, the next item of an inline run (``具体为：1、…；2、…；``,
    read like 一是…二是…), numbered in Arabic, ``（一）`` or ``一、``
    (``主要做了：（一）…；（二）…``). There an Arabic 1 may have lost its mark
    (``：1总投资…；2、…``).

    So ``比例为：1.5`` or a lone ``如下：1、…`` stays body text, and so does a run the
    proposal wrote after the proposer saying it (:func:`_proposer_says`). ``lead_ins`` are where
    the text after each colon of :data:`_LEAD_IN` begins (:attr:`_Marks.lead_ins`).
    """
    out: list[_Candidate] = []
    line_starts = [c.start for c in line_cands]  # in text order
    # (the items numbered 2 in text order, and the line breaks, found once: each lead-in
    # walking ``mid`` and the text to its paragraph's end was quadratic on a long paragraph
    # of lead-ins, a cited document's provisions quoted again and again)
    twos = sorted((c for c in mid if c.number == 2), key=lambda c: c.start)
    two_starts = [c.start for c in twos]
    breaks = _places(view.norm).breaks
    for after in lead_ins:
        cand = _line_candidate(view, after, end)
        if cand is None and view.norm[after] in _LOOSE_OPENERS:
            # a first item typed with a colon or comma (如下：一：…。二：…)
            cand = _loose_marker(view, after, end)
        if cand is not None and cand.style is Style.DI and _di_run(view, cand, end):
            if not _proposer_says(view, after):
                out.append(replace(cand, at_line_start=False, inline_run=True))
            continue
        if cand is not None and (cand.number != 1 or cand.style is Style.DI):
            continue
        if cand is not None:
            k = bisect_right(line_starts, cand.start)
            nxt = line_cands[k] if k < len(line_cands) else None
            if nxt is not None and nxt.style is cand.style and nxt.number == 2:
                out.append(cand)
                continue
        k = bisect_left(breaks, after)
        paragraph_end = breaks[k] if k < len(breaks) and breaks[k] < end else end
        k = bisect_right(two_starts, after)
        second = twos[k] if k < len(twos) and twos[k].start < paragraph_end else None
        if second is None and cand is not None and cand.style in _NUMBERLESS_STYLES:
            # (the second item's numeral lost, its 、 kept, the third after it: 具体为：
            # 1、…；、…；3、…, read as the run written whole; left71)
            lost = _lost_second(view, cand, paragraph_end, end, mid)
            if lost is not None and not _proposer_says(view, after):
                out += [replace(cand, at_line_start=False), lost]
            continue
        if second is None or second.style not in _PARAGRAPH_RUN_STYLES:
            continue
        if cand is None and second.style in _AR_RUN_STYLES and _MARK_LOST.match(view.norm, after):
            cand = _Candidate(second.style, 1, after, after + 1, at_line_start=False)
        if cand is not None and cand.style is second.style and not _proposer_says(view, after):
            out.append(replace(cand, at_line_start=False))
    return out


def _lost_second(
    view: TextView, first: _Candidate, paragraph_end: int, end: int, mid: list[_Candidate]
) -> _Candidate | None:
    """The second item of an inline run after a lead-in's colon whose numeral a copy lost,
    its ``、`` kept after the first item's clause (``：1、…；、…；3、…``), when the third of the
    run follows it in the paragraph (a marker of ``mid`` of ``first``'s style numbered 3):
    the marker as :func:`_numberless_marker` reads it, or None."""
    lost = view.norm.find("；、", first.end, paragraph_end)
    if lost < 0:
        return None
    second = _numberless_marker(view, lost + 1, end, [first])
    if second is None or second.number != 2:
        return None
    third = any(
        c.style is first.style and c.number == 3 and second.end < c.start < paragraph_end
        for c in mid
    )
    return replace(second, at_line_start=False) if third else None


# A line of the proposer saying what the lines below it list, alone on its line and ending
# with its colon (您建议：, 您在建议中提出以下几点：, 代表提出的建议：); not after 对, 针对,
# 关于, 根据… (针对您提出的建议： leads in to the reply's answers).
_PROPOSER_LINE = re.compile(
    r"(?<![据照对于就合])(?:您|你|代表|委员|(?:建议|提案|议案|来信|来函)中)[^。；！？\n，我]{0,12}?"
    r"(?:提出|建议|反映|指出|提到|认为|希望|要求|呼吁)[了的]?(?:以下|如下)?"
    r"(?:[几两一二三四五六七八九十]+(?:点|个方面|条|项))?(?:建议|意见|问题|内容)?：$"
)
_PROPOSER_LINE_LAST = frozenset("出议映到为望求吁了的下点面条项见题容")
"""The characters a line of :data:`_PROPOSER_LINE` may end with before its colon (a lead-in
such as 具体情况： ends with none: the pattern is not tried there)."""
# A line saying the reply's answer follows (现答复如下：, 经研究，函复如下：,
# 现将办理情况回复如下：); 说明如下 is none (the reply's own points may go on
# 现将下一步打算说明如下：).
_ANSWER_FOLLOWS = re.compile(r"(?:答复|函复|回复)如下")


def _without_quoted_runs(
    view: TextView, found: list[_Candidate], start: int, end: int
) -> list[_Candidate]:
    """``found`` without the runs the proposal wrote, quoted on lines of their own under the
    proposer saying them (``您建议：`` alone on its line, then ``1.…`` ``2.…``), where the
    run is certainly the proposal's: it ends at a line saying the reply's answer follows
    (``现答复如下：``), or where the same markers start again at 1 (the reply answering
    point by point). Any other line marker before that leaves the run as it is (a reply
    may answer under its own numbered headings after ``您提出的建议：``)."""
    norm = view.norm
    drops: list[tuple[int, int]] = []
    colon = norm.find("：\n", start, end)
    while colon >= 0:
        line_start = max(start, norm.rfind("\n", start, colon) + 1)
        if norm[colon - 1] in _PROPOSER_LINE_LAST and _PROPOSER_LINE.search(
            norm, max(line_start, colon - _SAYS_REACH), colon + 1
        ):
            stop = _quoted_run_end(view, found, colon + 2, end)
            if stop > 0:
                drops.append((colon + 2, stop))
        colon = norm.find("：\n", colon + 2, end)
    if not drops:
        return found
    return [c for c in found if not any(a <= c.start < b for a, b in drops)]


def _quoted_run_end(view: TextView, found: list[_Candidate], at: int, end: int) -> int:
    """Where the run opening the line at ``norm[at]`` (under a proposer's line) ends when it
    is certainly the proposal's (:func:`_without_quoted_runs`), else -1. Its items stand
    one a line or run on inside a line (``一是…；二是…``)."""
    norm = view.norm
    k = bisect_left([c.start for c in found], at)
    first = found[k] if k < len(found) else None
    if first is None or first.start != at or first.number != 1:
        return -1
    style, last = first.style, first.last
    k += 1
    pos = norm.find("\n", at, end) + 1  # the line after the first item's
    while 0 < pos < end:
        line_end = norm.find("\n", pos, end)
        line_end = end if line_end < 0 else line_end
        opens = False
        while k < len(found) and found[k].start < line_end:
            cand = found[k]
            k += 1
            if cand.start == pos:
                opens = True
                if cand.style is not style:
                    return -1  # another level's marker: the reply's own headings, maybe
                if cand.number == 1 and last >= 2:
                    return pos  # the same markers again: the reply answering point by point
                if cand.number != last + 1:
                    return -1
            elif cand.style is not style or cand.number != last + 1:
                continue  # (a numeral inside an item's words)
            last = cand.last
        if not opens and _ANSWER_FOLLOWS.search(norm, pos, line_end):
            return pos if last >= 2 else -1
        pos = line_end + 1
    return -1


def _proposer_says(view: TextView, after: int) -> bool:
    """Whether the lead-in whose colon ends at ``after`` is the proposer saying what a run
    inside the paragraph lists (您在建议中提出：1、…；2、…): the proposal's, no section; or
    a document the reply cites saying it (:data:`_DOCUMENT_SAYS`): that document's words."""
    norm = view.norm
    if _PROPOSER_SAYS.search(norm, max(0, after - _SAYS_REACH), after) is not None:
        return True
    return document_says(norm, after)


# A run quoting the provisions of a document the reply cites, announced by the document
# itself just before its colon (在《某规定》（〔89〕某字第1号）中有以下明确要求：1.禁止…。
# 2.禁止…。, 《某办法》第十条规定：1.…；2.…): the document's words, which the paragraph
# quotes, no section of the reply's (fix80). Between the title (its number or article after
# it) and the colon, a few words and a verb of what it lays down, no clause break and no 我
# (《方案》印发后，我局明确：一是… is the reply's work). Not in a clause that works by it
# (:data:`_WORKS_BY`: 根据《方案》要求：一是… is the reply's work done by it).
_DOCUMENT_SAYS = re.compile(
    r"《[^《》\n]{1,60}》(?:[（(][^（()）\n]{1,30}[)）])?"
    r"[^。；！？\n，,我《》]{0,12}?(?:规定|要求|指出|明确|写明|载明)(?:如下)?[：:]$"
)
# The reply working by the document it cites: a word of it anywhere in the clause before the
# title (按照《方案》要求, 根据省政府《办法》要求, 按照市里印发的《方案》要求, 根据《办法》和
# 《方案》要求, 依照/参照/遵循/执行), or 按, 依 or 据 right before it (按《方案》要求).
_WORKS_BY = re.compile(r"按照|根据|依据|依照|遵照|遵循|参照|结合|对照|落实|贯彻|执行|[按依据]$")
_CLAUSE_BREAK = re.compile(r"[。；！？\n，,：:]")
_CITED_REACH = 110
"""How far before a lead-in's colon the cited document's title is looked for."""


def document_says(norm: str, after: int) -> bool:
    """Whether the lead-in whose colon ends at ``after`` is a cited document laying down
    what the run after it lists (:data:`_DOCUMENT_SAYS`): its provisions, quoted."""
    if "》" not in norm[max(0, after - _CITED_REACH) : after]:
        return False  # (the gate: most lead-ins cite no document)
    reach = max(0, after - _CITED_REACH)
    m = _DOCUMENT_SAYS.search(norm, reach, after)
    if m is None:
        return False
    clause = max(reach, *(b.end() for b in _CLAUSE_BREAK.finditer(norm, reach, m.start())))
    return _WORKS_BY.search(norm, clause, m.start()) is None


# Where a sentence ends inside a line, closing quotes and brackets included, before a
# marker's first character (no other place opens a marker). No closing mark is one.
_STOPS = frozenset("。！？")
"""A sentence's stop, after which an Arabic run may open inside a line (…。1、…；2、…)."""
_SENTENCE_END = re.compile(
    rf"[。！？；][”’」』）]*(?=[{re.escape(''.join(sorted(_MARKER_OPENERS | {'、'})))}])"
)
"""A sentence's end a marker may follow inside a line (also a ``、`` that lost its numeral)."""


# The second item of a 第一，… run inside a paragraph, after a clause break.
_SECOND_DI = re.compile(r"[，。；][”’」』）]*第二[，、：]")
_SECOND_DI_AT = re.compile(f"(?=({_SECOND_DI.pattern}))")  # (every place one starts)


def _di_run(view: TextView, cand: _Candidate, end: int) -> bool:
    """Whether ``cand``, a ``第一，`` inside a paragraph (after a sentence end or a lead-in's
    colon), opens a run: 第二， follows after a clause break in the same paragraph
    (…45台。第一，优化线路；第二，增加频次…). A lone 第一， there stays body text."""
    if cand.number != 1 or cand.through or cand.count_like:
        return False
    # (_SECOND_DI's search from the item to its paragraph's end, answered from its matches
    # and the line breaks found once for the letter: a long line of 第一， and no 第二
    # searched the rest of the line for each, quadratic)
    norm = view.norm
    starts, ends = _second_di(norm)
    k = bisect_left(starts, cand.end)  # the first match after the item: it ends first
    if k == len(starts) or ends[k] > end:
        return False
    breaks = _places(norm).breaks
    j = bisect_left(breaks, cand.end)
    return j == len(breaks) or breaks[j] >= ends[k]  # no line break before its end


@functools.lru_cache(maxsize=2)
def _second_di(norm: str) -> tuple[list[int], list[int]]:
    """Where each match of :data:`_SECOND_DI` in ``norm`` starts and ends, in order: every
    place one starts (a match may start on the last character of another, ``，第二，第二，``),
    and its one end (the marks between its two ends are none of its other characters)."""
    starts: list[int] = []
    ends: list[int] = []
    for m in _SECOND_DI_AT.finditer(norm):
        starts.append(m.start())
        ends.append(m.end(1))
    return starts, ends


def _after_sentence_ends(
    view: TextView, sentence_ends: list[int], end: int, found: list[_Candidate]
) -> list[_Candidate]:
    """Line markers that follow a sentence end inside a line (a copy that joined the
    paragraphs: …已完成。二、加强维护。…), kept only to carry on an open numbering.
    ``sentence_ends`` are where the matches of :data:`_SENTENCE_END` end; ``found`` the line
    markers, in text order."""
    taken = {c.start for c in found}
    out: list[_Candidate] = []
    for pos in sentence_ends:
        if pos >= end or pos in taken or view.norm[pos] == "\n":
            continue
        cand = _line_candidate(view, pos, end, counts=True)
        if cand is None:
            # one typed with a colon or comma (…工作。二：…), or a 二、 that lost its mark
            # (…工作。 二 加强…), settled with the lost marks (:func:`_settle_bare`): neither
            # mid_line nor an inline run tells it
            cand = _loose_marker(view, pos, end)
            if cand is None and view.norm[pos] in _CN:
                cand = _bare_marker(view, pos, end)
            elif cand is None and view.norm[pos] == "、":  # (…工作。、加强…: its numeral lost)
                before = sorted([*found, *out], key=lambda c: c.start)
                cand = _numberless_marker(view, pos, end, before)
                if cand is not None:
                    out.append(replace(cand, at_line_start=False, mid_line=True))
                continue
            if cand is not None:
                out.append(replace(cand, at_line_start=False))
        elif cand.style is Style.DI and _di_run(view, cand, end):
            out.append(replace(cand, at_line_start=False, inline_run=True))
        else:
            out.append(replace(cand, at_line_start=False, mid_line=True))
    return out


_FAMILY_OF: dict[str, str] = {
    "\n": "line",
    **dict.fromkeys("。！？；", "sentence"),
    **dict.fromkeys("：:", "lead"),
    "是": "inline",
    "其": "qi",
    **dict.fromkeys(_CIRCLED, "circled"),
}
"""Each family of places :func:`_scan` finds, by the character its match opens with (the
families open with different characters)."""
_SCAN = re.compile(
    "|".join(
        [
            _BEFORE_OPENER.pattern,
            *(ch + _SENTENCE_END.pattern[len("[。！？；]") :] for ch in "。！？；"),
            *(ch + _LEAD_IN.pattern[len("[：:]") :] for ch in "：:"),
            rf"是(?<=[{_CN}]是)",
            rf"其[{_CN}]{{1,2}}[，、：]",
            *_CIRCLED,
        ]
    )
)
"""The places of every family in one pass: each branch opens with a plain character, so the
engine skips a character that opens none by one test. Each branch is its family's pattern
(:data:`_BEFORE_OPENER`, :data:`_SENTENCE_END`, :data:`_LEAD_IN`, :data:`_INLINE_MARKERS`)
for one opening character, but for 一是: its branch is found at its 是 after a numeral (one
branch, not ten tried at every numeral of the text), and :func:`_scan` steps back to where
the numerals start."""


@dataclass
class _Marks:
    """Where in ``norm[start:end]`` a marker may stand, by the scan that finds each place."""

    line_starts: list[int]
    """Where a line that may open with a marker starts (after :data:`_BEFORE_OPENER`)."""
    sentence_ends: list[int]
    """Where each match of :data:`_SENTENCE_END` ends."""
    lead_ins: list[int]
    """Where each match of :data:`_LEAD_IN` ends."""
    inline: tuple[list[int], ...]
    """For each style of :data:`_INLINE_MARKERS`, in order, where each match of its pattern
    starts."""


def _scan(norm: str, start: int, end: int) -> _Marks:
    """The places of :class:`_Marks`, found by one pass of :data:`_SCAN`: the same as each
    family's own ``finditer`` over ``norm[start:end]``. Exact: the families open with
    different characters, and no match of one holds where another's begins, but for the
    colon that ends a 其一： (a lead-in too, read off it here)."""
    inline: list[int] = []
    qi: list[int] = []
    circled: list[int] = []
    marks = _Marks([], [], [], (inline, qi, circled))  # (the order of _INLINE_MARKERS)
    for m in _SCAN.finditer(norm, start, end):
        family = _FAMILY_OF[norm[m.start()]]
        if family == "line":
            marks.line_starts.append(m.end())
        elif family == "sentence":
            marks.sentence_ends.append(m.end())
        elif family == "lead":
            marks.lead_ins.append(m.end())
        elif family == "inline":
            # where ``[一…十][一…十]?是`` starts: the one or two numerals before 是 that stand in
            # ``norm[start:end]`` (the lookbehind may read before ``start``). Exact: that
            # pattern's scan tries the first numeral first, and no earlier match has taken
            # it (none but this one ends with a numeral)
            at = m.start() - 1
            if at < start:
                continue
            if at > start and norm[at - 1] in _CN:
                at -= 1
            inline.append(at)
        elif family == "circled":
            circled.append(m.start())
        else:
            qi.append(m.start())
            if _LEAD_IN.match(norm, m.end() - 1, end):
                marks.lead_ins.append(m.end())
    return marks


def _candidates(view: TextView, start: int, end: int) -> list[_Candidate]:
    """Every possible marker in ``norm[start:end]``, in text order."""
    norm = view.norm
    marks = _scan(norm, start, end)
    inline, qi, circled = marks.inline
    if not (marks.line_starts or marks.sentence_ends or inline or qi or circled) and (
        start >= end or norm[start] not in _MARKER_OPENERS
    ):
        # exact: with no place found, only the body's first line could open a marker, and a
        # line opening with no marker's first character opens none (most letters: no
        # numbering at all). Lead-ins aside: an item glued to one is kept only when a line
        # marker or one after a sentence end numbered 2 follows, and there is none
        return []
    found = _read_candidates(view, start, end, marks)
    if found and norm.find("：\n", start, end) >= 0:
        found = _without_quoted_runs(view, found, start, end)
    return found


def _read_candidates(view: TextView, start: int, end: int, marks: _Marks) -> list[_Candidate]:
    """The markers of :func:`_candidates`, read from the places ``marks`` of its scan."""
    norm = view.norm
    found: list[_Candidate] = []
    starts = marks.line_starts
    if start < end and norm[start] in _MARKER_OPENERS:
        # the body's first line (no line break before it to scan for) only when it opens
        # with a marker's first character: exact, one opening with none opens no marker
        # (:func:`_line_marker` looks its first character up first), and most bodies open
        # with words (the reading of it and the list made for it skipped)
        starts = [start, *starts]
    bare: list[int] = []  # where in ``found`` the markers that lost their mark stand
    glued: list[int] = []  # and those glued to their headings (1规范…), of them
    for pos in starts:
        cand = _line_candidate(view, pos, end, counts=True)
        if cand is None and pos < end:
            ch = norm[pos]
            if ch in _CN:
                cand = _loose_marker(view, pos, end) or _bare_marker(view, pos, end)
            elif ch in _DIGITS:
                cand = _loose_marker(view, pos, end) or _bare_arabic(view, pos, end)
                if cand is None and (cand := _glued_arabic(view, pos, end)) is not None:
                    glued.append(len(found))
            elif ch == "、":
                cand = _numberless_marker(view, pos, end, found)
            if cand is not None:
                bare.append(len(found))
        elif cand is not None and cand.style is _ROMAN_LOWER_STYLE and norm[pos] in "ivx":
            bare.append(len(found))  # ii. typed in letters: only in a run, as a lost mark
        if cand is not None:
            found.append(cand)
    if glued and len(kept := _glued_runs(found, glued)) < len(glued):
        # (a figure glued to its words out of such a run is none: left out, the indexes of
        # the lost marks after it moved back)
        dropped = set(glued) - kept
        lost = {i for i in bare if i not in dropped}
        kept_found: list[_Candidate] = []
        bare = []
        for i, c in enumerate(found):
            if i not in dropped:
                if i in lost:
                    bare.append(len(kept_found))
                kept_found.append(c)
        found = kept_found
    # Each reader below is asked only when its scan found a place: with none it finds
    # nothing (the usual letter needs none of them, and the sets they take cost more).
    mid = _after_sentence_ends(view, marks.sentence_ends, end, found) if marks.sentence_ends else []
    loose = [c for c in mid if not (c.mid_line or c.inline_run)] if mid else mid
    if loose:
        # markers typed with a colon or comma after a sentence end (a flattened copy: …工作。
        # 二：…) join the line markers, settled in one run with those at line starts
        mid = [c for c in mid if c.mid_line or c.inline_run]
        settled = {found[i].start for i in bare} | {c.start for c in loose}
        found.extend(loose)
        found.sort(key=lambda c: c.start)
        bare = [i for i, c in enumerate(found) if c.start in settled]
    if bare:
        _settle_bare(found, bare)
    # (an Arabic run's first item, its mark written, after a sentence's end on the line:
    # …。1、…；2、…, read as after a lead-in's colon, as a flattened copy reads it; left72a)
    stops = [
        e
        for e in marks.sentence_ends
        if norm[e] == "1" and norm[e - 1] in _STOPS and _line_candidate(view, e, end) is not None
    ]
    if marks.lead_ins or stops:
        leads = sorted(marks.lead_ins + stops) if stops else marks.lead_ins
        found.extend(_glued_first_items(view, leads, end, found, mid))
    found.extend(mid)
    inline, qi, circled = marks.inline
    if not (inline or qi or circled):
        if mid or marks.lead_ins or stops:
            found.sort(key=lambda c: c.start)
        # else only line markers, read in text order already: ``start`` then the line
        # starts, each found after a line break at or after ``start``
        return found
    at_line = {c.start for c in found}
    listed = _circled_lists(norm, circled, start) if len(circled) > 1 else frozenset()
    for (style, pattern), places in zip(_INLINE_MARKERS, marks.inline, strict=True):
        proposals = -1  # where a run the proposal wrote ends: its items are none of the reply's
        for at in places:
            if at in at_line or at in listed:
                continue
            m = pattern.match(norm, at, end)  # what the style's own scan finds there
            assert m is not None  # (:func:`_scan` found one of its matches starting there)
            if (
                at > start
                and norm[at - 1] not in _INLINE_AFTER
                and not _glued_first(view, m, end)
                and not (style is Style.INLINE and _glued_next(view, m, end))
            ):
                continue
            number = _number(style, m)
            if number == 1 and at > start:
                proposals = _proposals_run_end(view, at, start, end)
            if at < proposals:
                continue
            if number:
                at_line_start = at == start or norm[at - 1] == "\n"
                found.append(_Candidate(style, number, at, m.end(), at_line_start))
    found.sort(key=lambda c: c.start)
    return found


_LIST_COMMAS = "，、"
"""What parts the items of a list inside a sentence (①某地，②某地，③某地。)."""
_CLAUSE_ENDS = re.compile(r"[。；！？\n]")


def _circled_lists(norm: str, places: list[int], start: int) -> frozenset[int]:
    """The places among ``places`` (circled numbers inside a paragraph) that number a list
    inside one sentence, not the reply's points: a run from an inline ① on (one that opens
    no line), numbered in order, each item after the first set after a comma or 、 with no
    clause or sentence end from ① to the last item (``选址位于：①某小学东侧，②某广场北侧，
    ③某路口。``: places, names, a sentence's objects). A run whose items end with ； or 。
    (``措施如下：①加强巡查；②及时处置。``) is read as ever."""
    listed: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) > 1 and _CLAUSE_ENDS.search(norm, run[0], run[-1]) is None:
            listed.update(run)

    for at in places:
        number = _CIRCLED.index(norm[at]) + 1
        if run and number == len(run) + 1:
            if norm[at - 1] in _LIST_COMMAS:
                run.append(at)
                continue
            run = []  # (the run goes on after a clause's end: the reply's points, all of it)
        close()
        run = [at] if number == 1 and at > start and norm[at - 1] != "\n" else []
    close()
    return frozenset(listed)


def _first_apart(view: TextView, at: int, start: int, end: int) -> bool:
    """Whether the inline ``二是`` at ``norm[at]`` follows its run's first item written
    otherwise in its paragraph, 一方面 or 首先 (我们一方面…。二是…, 首先…；二是…), not the
    first half of an ``一方面…另一方面`` pair, nor in a run the proposal wrote
    (:func:`_proposals_run_end`)."""
    norm = view.norm
    para = max(start, norm.rfind("\n", start, at) + 1)
    first = max(norm.rfind("一方面", para, at), norm.rfind("首先", para, at))
    if first < 0 or (first > para and norm[first - 1] == "另"):
        return False
    return _proposals_run_end(view, first, start, end) < 0


# A point's heading: a few words and a colon opening the line (就医方面：…), or a short line
# alone (就医方面). Its last two characters say what sort of point it is (…方面, …问题).
_POINT_HEADING = re.compile(r"(?P<words>[\u4e00-\u9fff]{2,12})(?:：|\n|$)")
POINT_SHAPE = 2
"""How many last characters of a point's heading make its shape (就医方面：, 二、储蓄方面：: 方面);
the re-segmenter cuts a flattened first point by the same shape."""


def _first_unnumbered(view: TextView, cand: _Candidate, shapes: dict[str, int]) -> bool:
    """Whether the ``二、`` ``cand``, opening a line with no level open, follows its first
    point written without ``一、``: an earlier line of the body opens with a heading of the
    same shape, a few words ending alike and a colon after them or the line's end (就医方面：…
    then 二、储蓄方面：…). A lone 二、 with no such line stays body text. ``shapes``: the
    first place of each shape among the body's lines (:func:`_heading_shapes`)."""
    own = _POINT_HEADING.match(view.norm, cand.end)
    if own is None:
        return False
    return shapes.get(own.group("words")[-POINT_SHAPE:], cand.start) < cand.start


def _heading_shapes(view: TextView, start: int, end: int) -> dict[str, int]:
    """The first place of each heading shape (its words' last two characters) among the
    lines opening after the body's first line (``norm[start:end]``): one pass, asked once
    for every line-opening 二、 (each reading the lines before it again was quadratic on a
    long run of 二、 lines)."""
    norm = view.norm
    shapes: dict[str, int] = {}
    at = norm.find("\n", start, end)
    while at >= 0:
        line = at + 1
        m = _POINT_HEADING.match(norm, line)
        if m is not None:
            shapes.setdefault(m.group("words")[-POINT_SHAPE:], line)
        at = norm.find("\n", line, end)
    return shapes


def _glued_first(view: TextView, m: re.Match[str], end: int) -> bool:
    """Whether the inline marker ``m``, glued to the word before it, is the first item of
    a run: 一是, not after a word ending in 一, with 二是 after a clause break in its
    paragraph."""
    norm = view.norm
    if not m.group(0).startswith("一是") or norm[m.start() - 1] in _GLUED_FIRST_NOT_AFTER:
        return False
    after = m.end("n") + 1  # after its 是: a mark typed there (一是，) is also the clause break
    nl = norm.find("\n", after, end)
    return _SECOND_ITEM.search(norm, after, nl if nl >= 0 else end) is not None


_GLUED_NEXT_NOT_AFTER = frozenset("统唯第之同万单划专逐不十" + _CN)
"""What a glued next item's numeral never follows: a word it ends (第二是, 之二是, 不二是)
or a longer numeral (十二是, 二十是)."""
_DAY_WORDS = ("星期", "礼拜", "周", "初")
"""The words a numeral after them completes as a day or a school's year (每周二是闭馆日,
星期三是, 正月初二是, 初三是): no glued next item's numeral (decided, review64b)."""
_GLUED_POINT = re.compile(r"[^。；！？：\n]{2,160}。")
"""A point's own heading after its marker, its first sentence to a full stop (二是加大投入。,
四是组织人员走进校园，让孩子们了解家乡。): short or long, commas in it or not (fix138; flat117
read a short one with no comma only)."""


def _glued_next(view: TextView, m: re.Match[str], end: int) -> bool:
    """Whether the inline marker ``m`` (of :data:`Style.INLINE`) numbered 2 to 9 (二是 to
    九是), glued to the word before it, is the run's next item where a paragraph lost its
    final stop and a copy flattened with nothing between its lines glued the next one to it
    (一是甲。…设施二是乙。…): the item numbered one less stands before it on its line,
    opening it or after a sentence's end or a colon, and this one's own heading is a
    sentence that ends with a full stop, as a point's does (flat117; fix138: commas in it,
    up to 160 characters, as where its paragraph opened a line of its own)."""
    norm = view.norm
    numeral = m.group("n")
    if (
        m.group(0)[len(numeral) :] != "是"
        or len(numeral) != 1
        or numeral not in _CN_LATER
        or norm[m.start() - 1] in _GLUED_NEXT_NOT_AFTER
        or norm.endswith(_DAY_WORDS, 0, m.start())
        or _GLUED_POINT.match(norm, m.end(), end) is None
    ):
        return False
    line = norm.rfind("\n", 0, m.start()) + 1
    before = norm.rfind(_CN[_CN.index(numeral) - 1] + "是", line, m.start())
    return before >= 0 and (before == line or norm[before - 1] in "。；：")


class _Builder:
    """Places candidates in the tree, one by one, with a stack of open styles."""

    def __init__(
        self, view: TextView, start: int, end: int, candidates: Sequence[_Candidate] = ()
    ) -> None:
        self.view = view
        self.start, self.end = start, end  # the body's range
        self.candidates = candidates  # (all of them, in text order: read ahead by _repeats)
        self.stack: list[_Node] = []  # the open levels, by the last section of each
        self.roots: list[_Node] = []
        self.accepted: list[_Node] = []
        self.diagnostics: list[Diagnostic] = []
        self._reported: set[tuple[DiagnosticCode, Style | None, Style]] = set()
        # the last number of each closed level, by depth and style: 一、 1. 2. 二、 3.
        self._closed: dict[tuple[int, Style], int] = {}
        self._shapes: dict[str, int] | None = None  # (see _heading_shapes, when first asked)

    def warn(self, code: DiagnosticCode, message: str, cand: _Candidate) -> None:
        span: Span = self.view.span(cand.start, cand.end)
        self.diagnostics.append(
            make_diagnostic({"code": code, "severity": "warning", "message": message, "span": span})
        )

    def warn_once(
        self, code: DiagnosticCode, parent: Style | None, cand: _Candidate, message: str
    ) -> None:
        key = (code, parent, cand.style)
        if key not in self._reported:
            self._reported.add(key)
            self.warn(code, message, cand)

    def marker(self, cand: _Candidate) -> str:
        return _marker_written(self.view, cand)

    def add(self, cand: _Candidate) -> None:
        stack, style = self.stack, cand.style
        if stack and cand.at_line_start and style not in _INLINE_STYLES:
            self._close_inline_runs()  # (an empty stack holds no run to close)
        depth = None  # (a loop: a generator for ``next`` costs more in 3.11)
        for i, level in enumerate(stack):
            if level.style is style:
                depth = i
                break
        if depth is not None and depth + 1 < len(stack):
            # a run numbered afresh under a heading of its own style (fix113): its next
            # number carries on the innermost run it follows
            for i in range(len(stack) - 1, depth, -1):
                if stack[i].style is style and cand.number == stack[i].cand.last + 1:
                    depth = i
                    break
        if depth is not None and self._restarts_under(cand, depth):
            self._open_level(cand)  # (三、下一步计划 / 一、… / 二、…: the heading's children)
            return
        if style is _AR_DECIMAL_STYLE and not self._under_its_parent(cand, depth):
            return
        if (cand.mid_line or cand.count_like) and (
            depth is None
            or cand.number != (stack[depth].cand.through or stack[depth].cand.number) + 1
        ):
            # inside a paragraph, or a count: only the next number of an open level (its
            # last number is ``_Candidate.last``, read here without the property's call)
            return
        if depth is None:
            self._open_level(cand)
        else:
            self._continue_level(cand, depth)

    def _restarts_under(self, cand: _Candidate, depth: int) -> bool:
        """Whether ``cand``, a line marker numbered 1 again in a style open at ``depth``,
        opens a run under the last section of that level (fix113): that section is the
        innermost open, its marker opens a line, and it holds a heading line alone (a few
        words, no sentence's end) with nothing but blank lines between it and ``cand``, and
        the run's 2 opens a line before the heading's own next number (``三、下一步工作计划`` /
        ``一、确保…`` / ``二、…``: the plan's items, numbered afresh; ``1.甲`` / ``1.乙`` is a
        number written twice, read as before).
        A section with words of its own before the run, or children, is read as before
        (the numbering starts again at its level)."""
        if (
            cand.number != 1
            or not cand.at_line_start
            or cand.mid_line
            or cand.style in _INLINE_STYLES
            or depth != len(self.stack) - 1
        ):
            return False
        node = self.stack[depth]
        if not node.cand.at_line_start or node.children:
            return False
        norm = self.view.norm
        line_end = norm.find("\n", node.cand.end, cand.start)
        if line_end < 0 or norm[line_end : cand.start].strip():
            return False
        heading = norm[node.cand.end : line_end].strip()
        if not 0 < len(heading) <= _HEADING_LINE_MAX or _HEADING_END.search(heading) is not None:
            return False
        # a run, not a 1 written twice: its 2 opens a line before the heading's own next number
        second = norm.find("\n" + numbered(cand.style, 2), cand.end, self.end)
        following = norm.find("\n" + numbered(cand.style, node.cand.last + 1), cand.end, self.end)
        return second >= 0 and (following < 0 or second < following)

    def _under_its_parent(self, cand: _Candidate, depth: int | None) -> bool:
        """Whether the 1.1 marker ``cand`` stands under the section its first number names:
        the ``1.`` or ``1、`` open right above its level (above the top of the stack when
        the level is not open yet). So a stray 2.3 or 1.1 is body text."""
        above = (depth if depth is not None else len(self.stack)) - 1
        if above < 0:
            return False
        parent = self.stack[above].cand
        if parent.style is not Style.AR_DOT and parent.style is not Style.AR_DUN:
            return False
        norm = self.view.norm
        return norm[cand.start : norm.index(".", cand.start)] == str(parent.number)

    def _close_inline_runs(self) -> None:
        """An inline run inside a paragraph (…：一是…，二是…) holds no marker that opens a
        line after it: a line marker closes the run's level first."""
        while (
            self.stack
            and (self.stack[-1].style in _INLINE_STYLES or self.stack[-1].cand.inline_run)
            and not self.stack[-1].cand.at_line_start
        ):
            level = self.stack.pop()
            self._closed[(len(self.stack), level.style)] = level.cand.last

    def _open_level(self, cand: _Candidate) -> None:
        depth = len(self.stack)
        continues = self._closed.get((depth, cand.style)) == cand.number - 1
        if cand.number != 1 and not continues and not self._opens_at_two(cand):
            if cand.at_line_start:
                self.warn(
                    DiagnosticCode.SECTION_OUT_OF_SEQUENCE,
                    f"{self.marker(cand)} would open a new level but is not numbered 1; "
                    "read as body text",
                    cand,
                )
            return
        parent = self.stack[-1] if self.stack else None
        if parent is not None:
            self._check_nesting(parent, cand)
        self._attach(cand, depth, parent)

    def _opens_at_two(self, cand: _Candidate) -> bool:
        """Whether ``cand``, an inline ``二是`` with no run open to carry on, opens one whose
        first item is written otherwise before it (:func:`_first_apart`), or a ``二、``
        opening a line with no level open whose first point was written without its
        numeral (:func:`_first_unnumbered`). Asked only of a marker that would be dropped:
        most ``二是`` carry on their ``一是``."""
        if cand.number != 2:
            return False
        if cand.style is Style.CN and cand.at_line_start and not self.stack:
            if self._shapes is None:
                self._shapes = _heading_shapes(self.view, self.start, self.end)
            return _first_unnumbered(self.view, cand, self._shapes)
        return (
            cand.style is Style.INLINE
            and not cand.at_line_start
            and _first_apart(self.view, cand.start, self.start, self.end)
        )

    def _continue_level(self, cand: _Candidate, depth: int) -> None:
        if not self._in_sequence(cand, self.stack[depth].cand):
            return
        if self.stack[depth].cand.inline_run and not cand.at_line_start:
            cand = replace(cand, inline_run=True)  # (its run goes on: 第二， after 第一，)
        for closed_depth in range(depth + 1, len(self.stack)):
            level = self.stack[closed_depth]
            self._closed[(closed_depth, level.style)] = level.cand.last
        del self.stack[depth:]
        parent = self.stack[-1] if self.stack else None
        self._attach(cand, depth, parent)

    def _in_sequence(self, cand: _Candidate, before: _Candidate) -> bool:
        """Whether ``cand`` may follow ``before``, the last marker of its open style; warns
        when odd, naming both markers as the letter writes them."""
        last = before.through or before.number  # (``before.last`` without the call)
        if cand.number == last + 1:
            return True
        marker, previous = self.marker(cand), self.marker(before)
        if cand.number == before.number and self._printed_again(cand, before):
            self.warn(
                DiagnosticCode.SECTION_OUT_OF_SEQUENCE,
                f"{marker} writes the line of {previous} again right under it; read as one section",
                cand,
            )
            return False
        if cand.number == 1:  # a new run: usual for 一是, odd for a line marker
            if cand.style not in _INLINE_STYLES:
                self.warn(
                    DiagnosticCode.SECTION_OUT_OF_SEQUENCE,
                    f"{marker} starts its numbering again after {previous}",
                    cand,
                )
            return True
        if self._repeats(cand, last):
            self.warn(
                DiagnosticCode.SECTION_OUT_OF_SEQUENCE,
                f"{marker} writes the number of {previous} again",
                cand,
            )
            return True
        if cand.at_line_start and last + 1 < cand.number <= last + MAX_FORWARD_SKIP:
            first, final = numbered(cand.style, last + 1), numbered(cand.style, cand.number - 1)
            if cand.style is Style.AR_DECIMAL:  # x.2 → 1.2: the parent's number as written
                parent = marker[: marker.index(".")]
                first, final = first.replace("x", parent), final.replace("x", parent)
            missing = f"{first} is" if first == final else f"{first} to {final} are"
            self.warn(
                DiagnosticCode.SECTION_OUT_OF_SEQUENCE,
                f"{marker} follows {previous}: {missing} missing",
                cand,
            )
            return True
        if cand.at_line_start:
            self.warn(
                DiagnosticCode.SECTION_OUT_OF_SEQUENCE,
                f"{marker} does not follow {previous}; read as body text",
                cand,
            )
        return False

    def _printed_again(self, cand: _Candidate, before: _Candidate) -> bool:
        """Whether ``cand``'s line writes ``before``'s line again, verbatim (marker, number
        and heading), right under it, nothing but blanks between (``二、资金安排`` /
        ``二、资金安排``, a page that prints a line twice): one section, the repeat its text
        (decided, small67: fix122's sibling reading had numbered the one heading twice)."""
        if not (cand.at_line_start and before.at_line_start) or cand.mid_line or before.mid_line:
            return False
        norm = self.view.norm
        first_end = norm.find("\n", before.start, cand.start)
        if first_end < 0 or norm[first_end : cand.start].strip():
            return False
        second_end = norm.find("\n", cand.start, self.end)
        line = norm[cand.start : self.end if second_end < 0 else second_end].strip()
        return line == norm[before.start : first_end].strip()

    def _repeats(self, cand: _Candidate, last: int) -> bool:
        """Whether ``cand``, a line marker, writes its level's last number again, two or
        more (``一、`` / ``二、`` / ``二、`` / ``三、``), and the next marker of its style that
        opens a line carries the run on from that number: a slip in the numbering, the
        section a sibling of its own numbered as written (decided, fix122: an earlier round
        read it as body text of the section before). A repeat the run does not go on from
        (the next marker another number, or none) stays body text, and so does one under a
        line its colon ends (…第五条规定：/ ``二、…``: a clause the section quotes, review66)."""
        if (
            cand.number != last
            or last < 2
            or not cand.at_line_start
            or cand.mid_line
            or cand.style in _INLINE_STYLES
        ):
            return False
        norm, k = self.view.norm, cand.start - 1
        while k > self.start and norm[k].isspace():
            k -= 1
        if norm[k] in "：:":
            return False  # (the clause a lead-in quotes)
        for later in self.candidates[bisect_right(self.candidates, cand.start, key=_CAND_START) :]:
            if later.style is cand.style and later.at_line_start and not later.mid_line:
                return later.number == last + 1
        return False

    def _check_nesting(self, parent: _Node, cand: _Candidate) -> None:
        outer, inner = _RANK.get(parent.style), _RANK.get(cand.style)
        if outer is None or inner is None or outer + 1 == inner:
            return  # (the usual nesting: no warning, no marker written)
        above = self.marker(parent.cand)
        if inner <= outer:
            self.warn_once(
                DiagnosticCode.SECTION_ORDER,
                parent.style,
                cand,
                f"{self.marker(cand)} is nested under {above}; GB/T 9704-2012 7.3.3 "
                "orders levels 一、 → （一） → 1. → （1）",
            )
        elif inner > outer + 1:
            self.warn_once(
                DiagnosticCode.SECTION_LEVEL_SKIPPED,
                parent.style,
                cand,
                f"{self.marker(cand)} comes directly under {above}, skipping a level of "
                "一、 → （一） → 1. → （1） (GB/T 9704-2012 7.3.3)",
            )

    def _attach(self, cand: _Candidate, depth: int, parent: _Node | None) -> None:
        node = _Node(cand, depth, cand.style)
        (parent.children if parent else self.roots).append(node)
        self.stack.append(node)
        self.accepted.append(node)
        if cand.style is Style.AR_DUN:
            self.warn_once(
                DiagnosticCode.SECTION_STYLE_1DUN,
                None,
                cand,
                f"{self.marker(cand)}: GB/T 9704-2012 7.3.3 numbers the third level 1. not 1、",
            )


def _marker_written(view: TextView, cand: _Candidate) -> str:
    """``view.written`` of the marker ``cand``, without its searches for a space or a line
    break: no marker's pattern holds one (and a marker is never empty)."""
    origin, start, end = view.origin, cand.start, cand.end
    if origin[end - 1] - origin[start] == end - 1 - start:
        return view.original[origin[start] : origin[end - 1] + 1]
    original = view.original
    return "".join([original[origin[i]] for i in range(start, end)])


def _trim(norm: str, a: int, b: int) -> tuple[int, int]:
    while a < b and norm[a] in _WHITESPACE:
        a += 1
    while b > a and norm[b - 1] in _WHITESPACE:
        b -= 1
    return a, b


_STOP_OR_OPEN_QUOTE = re.compile(f"[{_HEADING_END.pattern[1:-1]}{OPEN_QUOTES}]")
"""A stop of :data:`_HEADING_END` or an opening quotation mark."""


def _end_outside_quotes(text: str, stop: re.Pattern[str], a: int, b: int) -> re.Match[str] | None:
    """The first match of ``stop`` in ``text[a:b]`` that stands outside quotation marks: a
    quoted demand may hold sentences of its own (关于“尽快建成。”的问题). A quote that does
    not close before the line ends is no quote."""
    quotes = QuoteDepth(text, a)
    line_end = -1  # the end of the line the last stop stood on
    for m in stop.finditer(text, a, b):
        if m.group() == "\n":
            return m
        if quotes.at(m.start()) <= 0:
            return m
        if line_end < m.start():
            line_end = text.find("\n", m.start(), b)
            line_end = b if line_end < 0 else line_end
        if not quotes.closes_before(m.start(), line_end):
            return m
    return None


def _heading(view: TextView, a: int, b: int, spaced: bool = True) -> str:
    """The heading within the section's own text ``view.norm[a:b]`` (already trimmed);
    ``spaced`` False says ``view.norm`` holds no space."""
    # the first stop is what :func:`_end_outside_quotes` gives when no opening mark stands
    # before it (it is outside quotes): the marks are counted only where one does. One
    # search finds the first stop or opening mark, whichever comes first.
    norm = view.norm
    m = _STOP_OR_OPEN_QUOTE.search(norm, a, b)
    if m is not None and m.group() in OPEN_QUOTES:
        if _HEADING_END.search(norm, m.end(), b) is None:
            m = None  # no stop at all
        else:
            m = _end_outside_quotes(norm, _HEADING_END, a, b)
    if m is not None:
        b = m.start()
    while b > a and norm[b - 1] in _HEADING_TRIM:
        b -= 1
    if b <= a:
        return ""
    origin = view.origin
    if not spaced and origin[b - 1] - origin[a] == b - 1 - a:
        # ``view.written`` without its searches for a space or a line break: the heading
        # holds no line break (one is a stop, found before it, or else none stands in
        # ``norm[a:b]``), and no space where ``norm`` holds none
        return view.original[origin[a] : origin[b - 1] + 1]
    return view.written(a, b)


# A lead-in that only opens an inline run (建议：一是…): a few words and a colon.
_LEAD_IN_ONLY = re.compile(r"^[^。；！？\n]{1,12}[：:]$")


def _heading_end(view: TextView, node: _Node, a: int, b: int) -> int:
    """Where the heading of ``node`` may run to: its own text's end ``b``; but when that
    text is only a lead-in whose colon opens an inline run on the same line (``4.建议：
    一是…问题。二是…``), or is empty because the run opens right at the marker (``二、一是…；
    二是…``), the paragraph's first sentence holds the first item too, so the heading runs
    on through it (to the second item's start at most)."""
    if not node.children or node.cand.style in _INLINE_STYLES:
        return b
    first = node.children[0]
    if first.cand.style not in _INLINE_STYLES:
        return b
    if b > a and not _LEAD_IN_ONLY.match(view.norm[a:b]):
        return b
    if b <= a and "\n" in view.norm[node.cand.end : first.cand.start]:
        return b  # a bare marker on a line of its own: the run below it heads nothing
    end = node.children[1].cand.start if len(node.children) > 1 else node.end
    return _trim(view.norm, a, end)[1]


_SET_OFF_HEADING_MAX = 20
"""How long a heading set off from its paragraph by a blank may be."""
_SET_OFF_CLAUSE_MIN = 4
"""How long the paragraph's first clause after that blank is at least (a heading with a stray
blank inside it, ``加强 监管``, leaves none, or a short one)."""
_SET_OFF_STOPS = "。！？；：，、"
_SET_OFF_SENTENCE_END = re.compile("[。！？；\n]")


def _set_off_heading_end(view: TextView, a: int, b: int) -> int:
    """Where the short heading of a section read in a copy that set its parts apart with
    blanks ends (``…工作。 二 加强监管 我局已完成巡查。`` → ``加强监管``): at the first blank
    the view dropped, when no mark stands before it and a clause that ends a sentence on the
    line follows it; else ``b``."""
    norm, origin = view.norm, view.origin
    for i in range(a + 2, min(b, a + _SET_OFF_HEADING_MAX + 1)):
        if norm[i - 1] in _SET_OFF_STOPS or norm[i - 1] == "\n":
            return b
        if origin[i] - origin[i - 1] > 1:
            m = _SET_OFF_SENTENCE_END.search(norm, i, b)
            if m is not None and m.group() != "\n" and m.start() - i >= _SET_OFF_CLAUSE_MIN:
                return i
            return b
    return b


_BROKEN_LINE_MIN = 8
"""How long a marker's line a copy broke mid-word is at least: a short line is a heading's
own (``一、基本情况``), whatever the paragraph under it opens with."""
_BREAK_SIDE = 4
"""How many characters each side of the break the segmenter is asked about."""


def _is_hanzi(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _heading_over_break(view: TextView, a: int, b: int, spaced: bool) -> str | None:
    """The heading of a paragraph whose marker's line a copy broke inside a word, the rest
    of its first sentence opening the next line, blank lines between or not (a page's break
    kept in a web copy: ``三、关于…城市公交延`` / ``伸至该校站点的建议。我局…`` → ``关于…城市公交
    延伸至该校站点的建议``): the two pieces joined, as the letter prints the sentence. Only a
    long line ending in a hanzi with no stop, the next line opening with a hanzi and no
    marker, a word of the segmenter spanning the break; else None."""
    norm = view.norm
    nl = norm.find("\n", a, b)
    if nl - a < _BROKEN_LINE_MIN or not _is_hanzi(norm[nl - 1]):
        return None
    if _STOP_OR_OPEN_QUOTE.search(norm, a, nl) is not None:
        return None  # (a stop or a quote on the line: the heading is the line's)
    c = nl
    while c < b and norm[c] in _WHITESPACE:
        c += 1
    if c >= b or not _is_hanzi(norm[c]) or marker_at(view, c, b) is not None:
        return None
    from replyparse.nlp import word_across  # loaded only for such a line

    before = norm[max(a, nl - _BREAK_SIDE) : nl]
    after = norm[c : min(b, c + _BREAK_SIDE)]
    if word_across(before + after, len(before)):
        return _heading(view, a, nl, spaced) + _heading(view, c, b, spaced)
    return None


def _section(view: TextView, node: _Node, spaced: bool) -> Section:
    """The section of ``node``; ``spaced`` says whether ``view.norm`` holds a space."""
    cand, children, origin = node.cand, node.children, view.origin
    a, b = _trim(view.norm, cand.end, children[0].cand.start if children else node.end)
    if b > a:  # ``view.source`` of a text that is not empty
        span = (origin[a], origin[b - 1] + 1)
        text = view.original[span[0] : span[1]]
    else:  # a bare marker: an empty text just after it (``view.span`` of the marker's end)
        after_marker = origin[cand.end - 1] + 1
        text, span = "", (after_marker, after_marker)
    if children or b <= a:
        _, extent_end = _trim(view.norm, cand.start, node.end)
    else:  # trimmed back from the same end, the extent stops where its own text does
        extent_end = b
    # (:func:`_heading_end` gives ``b`` to a section without children)
    heading_end = _heading_end(view, node, a, b) if children else b
    if cand.set_off and heading_end > a:
        heading_end = _set_off_heading_end(view, a, heading_end)
    heading = _heading(view, a, heading_end, spaced) if heading_end > a else ""
    if heading and cand.style not in _INLINE_STYLES and view.norm.find("\n", a, heading_end) > 0:
        heading = _heading_over_break(view, a, heading_end, spaced) or heading
    return make_section(
        {
            "marker": _marker_written(view, cand),
            "level": node.depth + 1,
            "number": cand.number,
            "heading": heading,
            "text": text,
            "span": span,
            # ``view.span``: the extent holds the marker, never empty
            "extent": (origin[cand.start], origin[extent_end - 1] + 1),
            "children": [_section(view, child, spaced) for child in children] if children else [],
        }
    )


def find_sections(view: TextView, start: int, end: int) -> tuple[list[Section], list[Diagnostic]]:
    """The numbered sections of the body ``view.norm[start:end]``, and what deviates.

    Returns the top-level sections (their children nested) and warnings: numbers out of
    sequence, ``1、`` used, levels nested against GB/T 9704's order. A body without
    numbered structure gives ``[]``.
    """
    size = len(view.norm)
    # exact: the clamps give back a range already inside the text unchanged, and a layout's
    # body range always is (four calls of ``min``/``max`` a letter spared)
    if not 0 <= start <= end <= size:
        start = max(0, min(start, size))
        end = max(start, min(end, size))
    candidates = _candidates(view, start, end)
    if not candidates:
        return [], []  # what the builder gives for none (the usual letter: no numbering)
    builder = _Builder(view, start, end, candidates)
    for cand in candidates:
        builder.add(cand)
    # A section runs to the next marker at its level or above, or to the body's end.
    open_nodes: list[_Node] = []
    for node in builder.accepted:
        while open_nodes and open_nodes[-1].depth >= node.depth:
            open_nodes.pop().end = node.cand.start
        open_nodes.append(node)
    for node in open_nodes:
        node.end = end
    spaced = " " in view.norm  # (asked once: most letters' text holds none)
    return [_section(view, node, spaced) for node in builder.roots], builder.diagnostics


class SectionFound(Found[Section]):
    """A top-level section (its children inside it). It claims nothing: the amounts,
    dates and references in its text are found there too."""

    def place(self, letter: Letter) -> None:
        letter.sections.append(self.value)


def extract(ctx: Context) -> list[Item]:
    """The body's sections, and what deviates from GB/T 9704 in their numbering."""
    start, end = ctx.layout.body_range
    sections, diagnostics = find_sections(ctx.view, start, end)
    found: list[Item] = [SectionFound(s, s.extent) for s in sections]
    if diagnostics:  # (most letters have none: no generator made for them)
        found.extend(Reported.of(d) for d in diagnostics)
    return found
