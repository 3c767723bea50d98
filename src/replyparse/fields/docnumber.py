"""发文字号: issuer code + 〔year〕 + serial + 号, e.g. ``西民函〔2020〕45号``.

:func:`find_doc_numbers` finds every document number in the view, in any bracket pair
(``〔〕 [] ［］ 【】 （） ﹝﹞ 〖〗``, also ``〈〉 <>``); the issuer code never reaches back
over a gap of blanks, unless the code is letter-spaced (``某 民 函 〔2024〕5号``: each of its
characters alone between single blanks).
:func:`extract` tells the letter's own from the cited ones: the first that stands in the
header zone (above the title, or on a header line the layout found: beside or under the
title, in a ``(编号:…)`` note glued to it, alone on the last line), unless a label of
another field holds it (``来文编号：``, ``新编号：``). With none there, one written with its
year first on a header line (``[2016]某政复函 3号``: never a cited one, since a court's
案号 is written so too). With no well-formed one there, a
damaged one on a header line (``某发〔202527``, its 〕 and 号 lost in copying; ``某路函20219``,
both brackets and 号 lost, a 代字's code: :func:`~replyparse.elements.damaged_doc_number`) is
kept as written, its year the first four digits and its serial the rest. All are claimed; the
checks say how the own one breaks GB/T 9704-2012 §7.2.5 (:func:`check_doc_number`). The
references extractor turns the cited ones into references.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TypeVar

from replyparse import vocab
from replyparse.chrome import cell_number, page_doc_number
from replyparse.context import Context, Flat, Item, Range, Reported
from replyparse.elements import CLOSE as _CLOSE
from replyparse.elements import (
    CN_SERIAL,
    CN_SERIAL_DIGITS,
    CODE_NOTE,
    ITEM_KIND_AFTER,
    ITEM_NOTE,
    ITEM_NUMBER_LEAD,
    LISTED_SERIALS,
    MARKS_LINE_ENDS,
    NO_KIND_AFTER,
    SERIAL_MARK,
    SPACED_YEAR_NUMBER,
    SUB_SERIAL,
    YEARLESS_DOC_NUMBER,
    cites_in_sentence,
    damaged_doc_number,
    gap_part_at,
    gap_parts,
    glued_date,
    item_kind_code,
    marked_after,
    serial_rest_end,
    spaced_year_hao,
    unfilled_hao,
)
from replyparse.elements import OPEN as _OPEN
from replyparse.fields.linescan import finditer_lines
from replyparse.fields.numerals import chinese_to_int
from replyparse.formatchars import INVISIBLE
from replyparse.labels import gap_before, opening_label
from replyparse.layout import Layout
from replyparse.masks import MASK_MARKS
from replyparse.model import (
    Diagnostic,
    DiagnosticCode,
    DocNumber,
    Letter,
    Span,
    make_diagnostic,
    make_doc_number,
)
from replyparse.orgnames import ORG_END
from replyparse.textview import Line, TextView
from replyparse.traditional import GLOSS, unglossed

# The issuer code is a run of CJK characters (rarely Latin letters) just before the
# bracket; the year is four digits (two in a common mistake); 年 after it in the brackets
# (〔2024年〕), 第 and leading zeros are mistakes too but still a document number.
# A serial may be two numbers (30-17号, 12—1号: any dash) or hold a letter of a local
# scheme (闭08号): its value is null. Several serials listed under one code and year
# (某财预〔2023〕12、13号) are one number as written, its serial's value null.
# Searched as the bracketed year and what follows it; the issuer code is then read
# backwards from the bracket (``_prefix_from``): the same matches as one pattern that
# opens with ``[\u4e00-\u9fffA-Za-z]{0,16}``, which would try every hanzi of the letter.
_DOC_NUMBER = re.compile(
    rf"(?P<open>[{re.escape(_OPEN)}])(?P<year>\d{{4}}|\d{{2}})年?(?P<close>[{re.escape(_CLOSE)}])"
    rf"(?P<di>第)?(?P<serial>{SERIAL_MARK}\d{{1,5}}{SUB_SERIAL}{LISTED_SERIALS}|{CN_SERIAL})号"
)
# A cell bar right after a bracketed year (某水函〔2024〕|12号).
_YEAR_BAR = re.compile(rf"\d[{re.escape(_CLOSE)}][|｜│]\d")
# A 发文字号 written with its year first ([2016]某政复函 3号): the letter's own (a court's
# 案号 is written so too: (2016)某民终3号); cited only as :data:`_CITED_YEAR_FIRST` allows.
_YEAR_FIRST = re.compile(
    rf"(?P<open>[{re.escape(_OPEN)}])(?P<year>(?:19|20)\d{{2}})(?P<close>[{re.escape(_CLOSE)}])"
    r"(?!关于|对)(?P<prefix>[\u4e00-\u9fff]{2,10}?)(?P<di>第)?(?P<serial>\d{1,5})号"
    rf"{NO_KIND_AFTER}"
)
# A year-first number the body cites (``〔2031〕某发函第148号``, as national ministries number
# their letters): only in the 文号's own brackets, 〔〕 (﹝﹞ as NFKC folds them), which a court's
# 案号 is not written in since 2016 (its round brackets: ``(2016)某民终3号``), and never with a
# court's code of a case's kind and stage before its serial (``〔2014〕某民终字第3号``,
# ``〔2015〕执字第5号``, as courts wrote them before).
_CITED_YEAR_FIRST_OPEN = frozenset("〔﹝")
_COURT_CODE = re.compile(r"(?:[民刑行执赔][一二三四五]?[初终再申监提抗破特保恢]?|[初终再申])字?$")
# A word that leads in to a number before its bracket (以〔2031〕某发函第148号文函复, 根据〔…〕…:
# data/docnumber_lead_words.txt, 以 among them): no issuer code glued before a year-first
# number.
_LED_IN_LONGEST = 4
# An old-style 发文字号, its year in two figures in brackets before the issuer's code
# (〔89〕环管字第201号, (87)某财字12号, 【88】某发5号): cited in the body of a letter that
# quotes an old document. Its code ends with 字, 发 or 函 (two characters at least) and
# follows the bracket glued, and no proposal's kind nor a building's word follows its 号; a
# bracket opening the line or a clause (a list's item, （12）按照…) numbers no year. A code
# never ends in a word whose 发 is a verb's (开发, 印发, 转发, 下发, 研发…: （12）开发5号地块,
# a list's item then a plot), nor does a place's or a thing's word counted by its 号 follow it
# (5号地块, 3号线, 2号井, 1号门, 4号泵站; left59a).
_OLD_STYLE = re.compile(
    r"(?P<open>[〔\[［【（﹝〖])(?P<year>\d{2})(?P<close>[〕\]］】）﹞〗])"
    r"(?P<prefix>[\u4e00-\u9fff]{1,8}?[字发函](?<![开印转下颁研引突批分收出]发))"
    r"(?P<di>第)?(?P<serial>\d{1,5})号"
    rf"{NO_KIND_AFTER}(?![楼栋院房室井门线]|地块|车位|机组|泵站)"
)
_OLD_STYLE_NOT_AFTER = frozenset("\n。；：！？:;")
# The words a citation's mark in brackets follows (文献[12], 资料（3）): a list of sources'
# number, no year of an old-style number (left59a).
_SOURCES_BEFORE = ("文献", "资料", "注释", "脚注")
_PREFIX_LENGTH = 16
# A word counting places or groups, which after a bracketed two-figure number stands where a
# serial's mark would (某小区（12）栋3号楼, 某村（3）组12号, 某校（21）班5号): the number of a
# building, a group or a class and the one inside it, no year's and no serial's.
_PLACE_MARKS = frozenset("栋幢座楼层室户组班队排巷弄期区届级社")
_PREFIX_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")
# A code may hold a part in round brackets naming the business its office numbers apart
# (西审管（投资）发〔2023〕74号, 某发改（审批）函〔…〕): one to four hanzi in brackets (the view's
# full-width ones), a code character before them and its 代字 after them, one or two code
# characters right before the year's bracket. A document's name noted so before another's
# code (…办法（试行）某政发〔…〕) has more characters after the bracket, the code those, and
# its note is a draft's or a trial's (试行, 暂行, 修订, 草案, …稿), which no code holds; nor
# does it hold a seal's or a signature's note (某局（盖章）, （代章）, （签字）) or a list's
# numeral (附件（二）), which a name or a word writes before what follows.
_CODE_NOTE = re.compile(rf"(?<=[\u4e00-\u9fff]){CODE_NOTE}$")
_CODE_NOTE_LONGEST = 6
_CODE_AFTER_NOTE = 2
"""How many code characters at most stand between such a part and the year's bracket."""


def code_first(norm: str, code_end: int, floor: int) -> int:
    """Where the run of code characters right before ``norm[code_end]`` (a year's bracket)
    begins, not before ``floor``: over one bracketed part of the code (:data:`_CODE_NOTE`)."""
    first = code_end
    while first > floor and _PREFIX_CHAR.match(norm, first - 1):
        first -= 1
    if (
        0 < code_end - first <= _CODE_AFTER_NOTE
        and first > floor
        and norm[first - 1] == "）"
        and (note := _CODE_NOTE.search(norm, max(floor, first - _CODE_NOTE_LONGEST), first))
    ):
        first = note.start()
        while first > floor and _PREFIX_CHAR.match(norm, first - 1):
            first -= 1
    return first


# (What follows a proposal's own number, 〔2021〕第12号提案, 〔2021〕3号代表建议:
# elements.ITEM_KIND_AFTER, shared with the header's reading.)
# The 第 that opens an item's number, a class's letter or two after it (第B（2031）45号建议:
# a registry numbering its items by class, year and serial): no issuer's code ends so.
_ITEM_LEAD = re.compile(rf"{ITEM_NUMBER_LEAD}$")
# (The item's kind where a 发文字号's code stands, 委员提案【2023】17号, alone or after the
# session that names the item: elements.item_kind_code, shared with the header's reading.)


def _item_note(norm: str, start: int, prefix: str, end: int) -> bool:
    """Whether the number at ``norm[start:end]`` is an item's in a note's brackets of its
    own, its 第 and class letter all its code (…的提案”（第B（2031）45号）, （第〔2031〕12号）):
    the proposal's number a letter notes after its title or its kind word, as （第45号） is,
    or on a line of its own (above the title); an issuer's code never is 第 and a letter.
    After other words the note is the 发文字号 of what they name, cited (《某办法》（第〔2031〕
    5号）, 市政府文件（第［2031］5号）), as it was before such notes were read. A note with no
    code at all, the year its first mark (…的建议（〔2031〕5号）, fix7677), is the item's only
    right after its kind word: alone on its line it is a 发文字号 whose code was lost."""
    if not (
        start > 0
        and norm[start - 1] in "（("
        and norm[end : end + 1] in ("）", ")")
        and (not prefix or _ITEM_LEAD.fullmatch(prefix) is not None)
    ):
        return False
    opened = start - 1
    line_start = norm.rfind("\n", 0, opened) + 1
    if prefix and not norm[line_start:opened].strip():
        line_end = norm.find("\n", end + 1)
        return not norm[end + 1 : len(norm) if line_end < 0 else line_end].strip()
    return _NOTE_AFTER.search(norm, max(0, opened - _NOTE_AFTER_LONGEST), opened) is not None


# The item's kind word after its number's 号, or a note in brackets between them, its
# class's count or how it is handled (第B（2031）45号（工交类12号）提案, …45号（重点督办）提案,
# elements.ITEM_NOTE).
_KIND_AFTER = re.compile(rf"(?:{ITEM_NOTE})?{ITEM_KIND_AFTER.pattern}")
# What the note stands right after: the item's kind word, its quoted title's quote after it
# allowed (…的提案”, …建议》, …代表建议).
_NOTE_AFTER = re.compile(rf"{ITEM_KIND_AFTER.pattern}[》”」』\"]?$")
_NOTE_AFTER_LONGEST = 5


_LEAD_WORDS = re.compile(f"(?:{vocab.alternation('docnumber_lead_words')})")
# How a letter speaks of itself (本函, 此函: this letter): a code never opens with it, so
# words before a number that open so (…本函某交函〔2024〕18号, a note at the foot) lead in
# the letter's own number and are none of its code.
_SELF = re.compile("[本此]函")
# A 发文字号's label glued to its code, its colon lost (文号某函〔2024〕5号, 发文字号某函…, a
# page's 文号 cell or the letter's own line so copied): the label opens no code (fix75). Its
# spellings that stand glued at a line's start (``start`` in data/labels.tsv), not 编号.
_GLUED_NUMBER_LABEL = re.compile(
    vocab.spellings(tuple(e for e in vocab.labels_of("doc_number") if e.needs == "start"))
)
# A page's tool glued before the letter's own number in a flattened head (【字体：打印某函
# 〔2024〕5号, 【字号：分享某函…): a button's word, which no issuer code opens with (decided,
# flat59).
_TOOL_BEFORE_CODE = re.compile("打印|分享|收藏")
# An issuer code ending in 字 and set off by a colon, as if it were a label: 建议字：〔2023〕8号
# (codes such as 建议字, 提案字, 人大建议字 number the replies of many offices).
_CODE_BEFORE_COLON = re.compile(r"(?P<code>[\u4e00-\u9fffA-Za-z]{0,9}字)：$")

MAX_PREFIX = 10
"""Issuer codes are abbreviations (国办发, 云政办发, 西民联发): longer runs hold other words."""


@dataclass(unsafe_hash=True)
class DocNumberFound:
    """A document number and the range it occupies in ``view.norm``. Never changed once
    made (not declared frozen, as :class:`~replyparse.context.Found`: a frozen dataclass
    sets each field through ``object.__setattr__``)."""

    item: DocNumber
    start: int
    end: int
    open: str
    close: str
    has_di: bool
    serial_text: str

    @property
    def span(self) -> Span:
        return self.item.span

    @property
    def claim(self) -> Range:
        return (self.start, self.end)

    def place(self, letter: Letter) -> None:
        """Found anywhere: only the letter's own one (:class:`OwnDocNumber`) is a field."""


@dataclass(unsafe_hash=True)
class OwnDocNumber(DocNumberFound):
    """The letter's own 发文字号."""

    def place(self, letter: Letter) -> None:
        letter.doc_number = self.item


@dataclass(unsafe_hash=True)
class CitedDocNumber(DocNumberFound):
    """Any other 发文字号: a document the letter cites."""


DOC_NUMBER_KINDS = (DocNumberFound, OwnDocNumber, CitedDocNumber)
"""The classes of document numbers, subclasses included (a test holds them to the tree)."""
_FOUND, _OWN, _CITED = DOC_NUMBER_KINDS  # (unpacked: a class added to the tuple fails here)


def doc_numbers_found(ctx: Context) -> list[DocNumberFound]:
    """``ctx.found(DocNumberFound)`` for the readers after this one (the proposal's, the
    references'), read off the front of ``ctx.items``: this reader runs first, and the later
    ones run behind a long list. Exact: each such item files one claim, its range, under
    its class (``Context.add_all``), so when the ones leading the list are as many as
    those classes' claims, no other one follows; else the whole list is walked."""
    items = ctx.items
    n = 0
    for item in items:
        if not isinstance(item, DocNumberFound):
            break
        n += 1
    get = ctx.claims.taken.get  # (each class asked by name: no comprehension summed)
    if n == len(get(_FOUND, ())) + len(get(_OWN, ())) + len(get(_CITED, ())):
        return items[:n]  # type: ignore[return-value]  # (each one a DocNumberFound)
    return ctx.found(DocNumberFound)


_Kind = TypeVar("_Kind", bound=DocNumberFound)


def _as(kind: type[_Kind], found: DocNumberFound) -> _Kind:
    """``found`` as an item of ``kind``: the same fields."""
    return kind(
        found.item, found.start, found.end, found.open, found.close, found.has_di, found.serial_text
    )


def _prefix_start(prefix: str) -> int:
    """Offset in ``prefix`` where the issuer code begins, after any lead-in words (or the
    number's label glued before it, :data:`_GLUED_NUMBER_LABEL`)."""
    label = _GLUED_NUMBER_LABEL.match(prefix)
    cut = label.end() if label is not None and label.end() < len(prefix) else 0
    for m in _LEAD_WORDS.finditer(prefix):
        if cut < m.end() < len(prefix):
            cut = m.end()
    if len(prefix) - cut > 3 and (tool := _TOOL_BEFORE_CODE.match(prefix, cut)) is not None:
        cut = tool.end()  # 打印某函〔…〕: the page's button opens no code
    if len(prefix) - cut > 2 and prefix[cut] == "号":
        cut += 1  # 文 号某函〔…〕: a spaced label's last character (号 opens no code)
    if 0 < cut < len(prefix) and prefix[cut] == "了":
        cut += 1  # 下达了某政复〔2020〕4号: the verb's 了 opens no code (印发了〔…〕: none)
    if len(prefix) - cut > 2 and _SELF.match(prefix, cut):
        cut += 2  # 本函某交函〔2024〕18号: the letter speaking of itself, then its number
    if _LEAD_WORDS.fullmatch(prefix, cut):
        return len(prefix)  # lead-in words and no code: 关于〔2021〕第12号
    if len(prefix) - cut > MAX_PREFIX:
        cut = len(prefix) - MAX_PREFIX
    if (close := prefix.find("）", cut)) >= 0 and prefix.find("（", cut, close) in (-1, cut):
        # a code holds its bracketed part after a code character (code_first): one the
        # lead-in words or a gap left opening at it, or inside it, begins after it
        # (根据（投资）发〔…〕 → 发)
        cut = close + 1
    return cut


def _after_gap(view: TextView, start: int, end: int) -> int:
    """Where an issuer code found at ``view.norm[start:end]`` begins: after the last gap
    of blanks inside it (某某的答复    某水函〔2021〕12号), unless the code is letter-spaced
    (``某 民 函 〔2024〕5号``, as a copy that spaced every character writes it)."""
    for at in range(end - 1, start, -1):
        if gap_before(view, at):
            return _spaced_start(view, start, at) if at == end - 1 else at
    return start


def _spaced_start(view: TextView, start: int, last: int) -> int:
    """Where a letter-spaced code ending with ``view.norm[last]`` (a gap before it) begins,
    at ``start`` or after: back over the characters that each stand alone, one blank on
    either side (the run's first character may open it). ``last`` itself when the one
    before it is glued to another or a wider gap parts them (某某  函〔…, 答复 函〔…: the
    code is 函 alone, as without this)."""
    at = last
    while (
        at > start
        and _one_blank(view, at - 1, at)
        and (at - 1 == start or gap_before(view, at - 1))
    ):
        at -= 1
    return at


def _one_blank(view: TextView, a: int, b: int) -> bool:
    """Whether one blank (no more) stood between ``view.norm[a]`` and ``view.norm[b]``."""
    return len(view.source(a, b + 1)[0]) == 3


def _code_before_colon(view: TextView, open_at: int) -> tuple[int, str]:
    """Where a ``…字：`` issuer code before the bracket at ``open_at`` starts, and the code
    without its colon; ``(open_at, "")`` when there is none."""
    lo = max(0, open_at - 11)
    m = _CODE_BEFORE_COLON.search(view.norm, lo, open_at)
    if m is None:
        return open_at, ""
    start = _after_gap(view, m.start("code"), m.end("code"))
    start += _prefix_start(view.norm[start : m.end("code")])
    code = view.norm[start : m.end("code")]
    return (start, code) if len(code) > 1 else (open_at, "")


def find_year_first(view: TextView, start: int, end: int) -> list[DocNumberFound]:
    """The 发文字号 written with the year first (``[2016]某政复函 3号``) in
    ``view.norm[start:end]``, in text order."""
    out: list[DocNumberFound] = []
    norm = view.norm
    brackets = brackets_before_digit(norm)
    # _YEAR_FIRST.finditer(norm, start, end), matched only where it can start: at an
    # opening bracket a digit follows (its year's), from the scan the numbers' reader made.
    # The same matches: no match holds an opening bracket but its first character (its
    # year, closing bracket, code of hanzi, 第, serial and 号 are none), so none starts
    # inside another; ``end`` bounds each match as it bounds the scan.
    for i in range(bisect_left(brackets, start), bisect_left(brackets, end)):
        at = brackets[i]
        if norm[at] not in _OPEN:
            continue  # a closing bracket of BRACKETS (a match opens with one of _OPEN)
        m = _YEAR_FIRST.match(norm, at, end)
        if m is None:
            continue
        if (
            at > 0
            and _PREFIX_CHAR.match(view.norm, at - 1)
            and not gap_before(view, at)
            and not _led_in(norm, at)
        ):
            continue  # an issuer code glued before the bracket: 某交复〔2022〕闭会15号
        text, span = view.source(at, m.end())
        out.append(_found(_numbered(text, m, span), m, m.start()))
    return out


def _led_in(norm: str, at: int) -> bool:
    """Whether the hanzi right before ``norm[at]``, a year-first number's bracket, ends a
    word leading in to the number (``以``, ``根据``, ``按照``…: :data:`_LEAD_WORDS`), not an
    issuer code glued before it."""
    return any(m.end() == at for m in _LEAD_WORDS.finditer(norm, max(0, at - _LED_IN_LONGEST), at))


def _cited_year_first(view: TextView, own: DocNumberFound | None) -> list[DocNumberFound]:
    """The year-first numbers the letter cites (:data:`_CITED_YEAR_FIRST_OPEN`, no court's
    code), the letter's own aside."""
    return [
        found
        for found in find_year_first(view, 0, len(view.norm))
        if found.open in _CITED_YEAR_FIRST_OPEN
        and not _COURT_CODE.search(found.item.prefix or "")
        and (own is None or found.start != own.start)
    ]


def _found(item: DocNumber, m: re.Match[str], start: int) -> DocNumberFound:
    """``item`` as the finders give it: from ``start`` to the end of its match ``m`` (a
    pattern with the groups ``open``, ``close``, ``di`` and ``serial``)."""
    return DocNumberFound(
        item=item,
        start=start,
        end=m.end(),
        open=m.group("open"),
        close=m.group("close"),
        has_di=m.group("di") is not None,
        serial_text=m.group("serial"),
    )


def before_digit(norm: str, chars: str) -> list[int]:
    """The offsets in ``norm`` of each of ``chars`` that a decimal digit (what ``\\d``
    matches) follows, ascending. One ``str.find`` a character: a pattern that opens with a
    class of them tries the class at every character of the letter, several times dearer,
    and letters hold few brackets."""
    out: list[int] = []
    for ch in chars:
        if ch not in norm:
            continue  # most brackets stand nowhere in a letter: ``in`` tells it at half
            # the cost of ``find``, which parses its arguments as a tuple
        at = norm.find(ch)
        while at >= 0:
            if norm[at + 1 : at + 2].isdecimal():
                out.append(at)
            at = norm.find(ch, at + 1)
    out.sort()
    return out


_last_brackets: tuple[str, list[int]] = ("", [])


def brackets_before_digit(norm: str) -> list[int]:
    """:func:`before_digit` of ``norm`` for :data:`BRACKETS`, remembered for the last
    ``norm`` asked: the document numbers' reader and the references' ask it of the same
    view, so one scan serves both. Exact: the text is told apart by identity, and the
    memo holds it, so no other string can take its place; the list is only read. Empty in
    a text without 号: every reader of these places looks for a 发文字号, which ends with
    号 (:data:`_DOC_NUMBER`, :data:`_YEAR_FIRST`, :data:`_LOST_BRACKET`, and the
    references' numbers cut by a line break, read by :func:`find_doc_numbers` on the
    letter's own characters), so it finds nothing there either way."""
    global _last_brackets
    text, found = _last_brackets
    if text is not norm:
        # one ``in`` for 号 (a character the search skips to quickly) spares the fifteen
        # brackets' (about 15k instructions) in the letters that hold no 号
        found = before_digit(norm, BRACKETS) if "号" in norm else []
        _last_brackets = (norm, found)
    return found


def doc_number_matches(norm: str) -> list[re.Match[str]]:
    """``_DOC_NUMBER.finditer(norm)``, matched only where it can start: at an opening
    bracket a digit follows. The same matches: no match holds an opening bracket but its
    first character (its year, 年, closing bracket, 第, serial mark, serial, dash and 号
    are none), so none starts inside another and every place finditer tries a match is
    tried here too."""
    out: list[re.Match[str]] = []
    for at in brackets_before_digit(norm):
        if norm[at] not in _OPEN:
            continue  # a closing bracket of BRACKETS (a match opens with one of _OPEN)
        m = _DOC_NUMBER.match(norm, at)
        if m is not None:
            out.append(m)
    return out


def find_doc_numbers(view: TextView) -> list[DocNumberFound]:
    """Every document number in the letter, in text order."""
    out: list[DocNumberFound] = []
    norm = view.norm
    done = 0  # where the last number ended: the next one's code starts after it
    for m in doc_number_matches(norm):
        opened = m.start("open")
        first = code_first(norm, opened, max(done, opened - _PREFIX_LENGTH))
        done = m.end()
        start = _after_gap(view, first, opened)
        start += _prefix_start(view.norm[start : m.start("open")])
        prefix = view.norm[start : m.start("open")]
        if not prefix:
            start, prefix = _code_before_colon(view, m.start("open"))
        if (not prefix or ("第" in prefix[-3:] and _ITEM_LEAD.search(prefix))) and (
            _KIND_AFTER.match(norm, m.end()) or _item_note(norm, start, prefix, m.end())
        ):
            # 〔2021〕第12号提案, 第B（2031）45号建议: the number of the proposal, no 发文字号
            continue
        if prefix[-1:] in "议案" and item_kind_code(norm, start, opened):
            # 委员提案【2023】17号, 代表建议〔2023〕5号: the registry's number of the item, its
            # kind where a code stands, no issuer's code (fix7677)
            continue
        if len(m.group("year")) == 2 and m.group("serial")[:1] in _PLACE_MARKS:
            continue  # 某小区（12）栋3号楼, 某校（21）班5号: a place's or a group's numbers
        text, span = view.source(start, m.end())
        year = int(m.group("year"))
        if year < 100:
            year += 2000 if year < 50 else 1900
        serial = m.group("serial")
        item = make_doc_number(
            {
                "text": text,
                "prefix": prefix or None,
                "year": year,
                "serial": _serial_value(serial),
                "span": span,
            }
        )
        out.append(_found(item, m, start))
    old = _old_style_numbers(view, out)
    return sorted([*out, *old], key=lambda d: d.start) if old else out


def _old_style_numbers(view: TextView, found: list[DocNumberFound]) -> list[DocNumberFound]:
    """The old-style numbers (:data:`_OLD_STYLE`) in the letter, none inside ``found``."""
    norm = view.norm
    out: list[DocNumberFound] = []
    starts = [d.start for d in found]  # (in text order, none inside another)
    for at in brackets_before_digit(norm):
        if at == 0 or norm[at] not in _OPEN or norm[at - 1] in _OLD_STYLE_NOT_AFTER:
            continue
        if norm.endswith(_SOURCES_BEFORE, max(0, at - 2), at):
            continue  # (文献[12]某发5号: a source's number in a list of them)
        m = _OLD_STYLE.match(norm, at)
        if m is None:
            continue
        k = bisect_right(starts, at) - 1
        if k >= 0 and at < found[k].end:
            continue  # (inside a number read already)
        text, span = view.source(at, m.end())
        year = int(m.group("year"))
        item = make_doc_number(
            {
                "text": text,
                "prefix": m.group("prefix"),
                "year": year + (2000 if year < 50 else 1900),
                "serial": int(m.group("serial")),
                "span": span,
            }
        )
        out.append(_found(item, m, at))
    return out


def _serial_value(serial: str) -> int | None:
    """A serial's value: its figures, or its Chinese numerals (第十二号 → 12); None for one
    that is no plain number (30-17号, 闭08号, 3、4号)."""
    if serial.isdigit():
        return int(serial)
    return chinese_to_int(serial) if _CN_NUMERALS.fullmatch(serial) else None


_CN_NUMERALS = re.compile(rf"[{CN_SERIAL_DIGITS}]+")


# A cited 发文字号 that lost one of its year's brackets in copying, its 号 kept: the code,
# then 〔 and the year run into the serial (某办〔2018109号), or the year and 〕 glued to the
# code (某办2018〕109号). The year is the first four digits (19xx, 20xx); the round bracket
# is left out, since （20240208号） is a proposal's registry number.
_LOST_BRACKET = re.compile(
    r"(?:[〔［【﹝〖\[](?P<a>(?:19|20)\d{2})(?P<sa>\d{1,5})"
    r"|(?<=[\u4e00-\u9fff])(?P<b>(?:19|20)\d{2})[〕］】﹞〗\]](?P<sb>\d{1,5}))号"
)
# Every match of _LOST_BRACKET holds one of these on its line, at or after where it starts.
_LOST_BRACKET_ANCHOR = re.compile(r"[〔［【﹝〖\[〕］】﹞〗\]]")
# What every match of _LOST_BRACKET holds: an opening bracket and a year run on into a
# digit, or a year after a hanzi, its closing bracket and a digit. One class of brackets
# opens it (the engine scans for it in C), the branches read around it: a letter holding
# neither, as a well-formed 〔2018〕109号 does not, is read no further.
_LOST_BRACKET_GATE = re.compile(
    r"[〔［【﹝〖\[〕］】﹞〗\]](?:(?<=[〔［【﹝〖\[])(?:19|20)\d{3}"
    r"|(?<=[\u4e00-\u9fff](?:19|20)\d\d[〕］】﹞〗\]])\d)"
)
# A code that is a label or a kind word, not an issuer's: 编号【2018006号, 提案〔2021…
# (the references' reader asks it of every cited number's code: 人大建议〔2024〕25号)
NOT_ISSUER_CODE = re.compile(r"(?:号|编号|建议|提案|议案|代表|委员)$")


# The brackets a match of _LOST_BRACKET_GATE opens with (a digit follows each).
LOST_BRACKETS = "〔［【﹝〖[〕］】﹞〗]"
BRACKETS = "".join(dict.fromkeys(_OPEN + LOST_BRACKETS))
"""The brackets a digit follows that any reader of 发文字号 starts from: the opening ones
of :data:`_DOC_NUMBER` and of the references' numbers cut by a line break, and
:data:`LOST_BRACKETS`."""


def find_lost_bracket_numbers(view: TextView, brackets: list[int] | None = None) -> list[Range]:
    """The ``view.norm`` ranges of 发文字号 that lost a bracket of their year (``某办〔
    2018109号``), from their issuer code (two characters or more, never a label) to 号.
    ``brackets``: :func:`before_digit` of ``view.norm`` for :data:`LOST_BRACKETS` or more
    characters (found here when not given)."""
    out: list[Range] = []
    norm = view.norm
    if brackets is None:
        brackets = before_digit(norm, LOST_BRACKETS)
    # _LOST_BRACKET_GATE.search(norm), tried only where a match may start (at one of its
    # brackets, a digit after it): found there if anywhere
    for at in brackets:  # (a loop: no generator for ``any``)
        if norm[at] in LOST_BRACKETS and _LOST_BRACKET_GATE.match(norm, at):
            break
    else:
        return out
    # only the lines holding a bracket are searched: exact for the pattern, which matches
    # no line break, has no $, and holds its bracket (linescan says why that suffices)
    for m in finditer_lines(_LOST_BRACKET, _LOST_BRACKET_ANCHOR, norm):
        if ITEM_KIND_AFTER.match(norm, m.end()):
            continue  # 〔2021012号提案: a proposal's own numbering
        code_end = m.start() if m.group("a") else m.start("b")
        start = _cited_code_start(view, code_end)
        if start is not None:
            out.append((start, m.end()))
    return out


# A cited 发文字号 whose serial was lost or never filled in (某财建〔2022〕号): its code, both
# brackets of its year and 号 right after. Not the round bracket (（2022）号 is no number);
# a code that is a label or kind word (编号〔2022〕号) or none is turned down by the reader.
# A serial the publisher masked is no more filled in (某财建〔2022〕**号, ××号).
_UNFILLED = re.compile(rf"[〔\[［【﹝〖](?:19|20)\d{{2}}[〕\]］】﹞〗][{MASK_MARKS}]{{0,5}}号")
_AFTER_YEAR = frozenset("号" + MASK_MARKS)
_UNFILLED_OPENS = frozenset("〔[［【﹝〖")


def find_unfilled_numbers(view: TextView, brackets: list[int]) -> list[Range]:
    """The ``view.norm`` ranges of 发文字号 whose serial was lost or never filled in
    (``某财建〔2022〕号``), from their issuer code (two characters or more, never a label or
    kind word) to 号. ``brackets``: :func:`before_digit` of ``view.norm`` for
    :data:`BRACKETS` (a match opens with one of them, its year's digit after it): the
    pattern is tried only there, where its 号 (or a mask of its serial) stands six
    characters on."""
    out: list[Range] = []
    norm = view.norm
    for at in brackets:
        if norm[at] not in _UNFILLED_OPENS or norm[at + 6 : at + 7] not in _AFTER_YEAR:
            continue
        m = _UNFILLED.match(norm, at)
        if m is None:
            continue
        code_end = m.start()
        start = _cited_code_start(view, code_end)
        if start is not None:
            out.append((start, m.end()))
    return out


def _cited_code_start(view: TextView, code_end: int) -> int | None:
    """Where the issuer code a cited number's bracket opens at ``code_end`` starts (the
    run of code characters before it, not over a gap of blanks, without the authority's
    name glued before it), or None when it is no code: under two characters, or a label or
    kind word."""
    norm = view.norm
    first = code_first(norm, code_end, max(0, code_end - _PREFIX_LENGTH))
    start = _after_gap(view, first, code_end) if first < code_end else code_end
    start += _prefix_start(norm[start:code_end])
    code = norm[start:code_end]
    return None if len(code) < 2 or NOT_ISSUER_CODE.search(code) else start


def check_doc_number(found: DocNumberFound, view: TextView) -> list[Diagnostic]:
    """How the letter's own document number breaks GB/T 9704-2012 §7.2.5, if it does."""
    issues: list[str] = []
    written = view.norm[found.start : found.end]
    if not found.serial_text:
        issues.append("no serial: its place was never filled in")
        return _diagnostics(found, issues)
    if not found.serial_text.strip(MASK_MARKS):
        issues.append(f"serial masked ({found.serial_text}) by the publisher")
        return _diagnostics(found, issues)
    if found.item.serial is not None and not found.serial_text.isdigit():
        issues.append(f"serial in Chinese numerals ({found.serial_text}), not in figures")
        return _diagnostics(found, issues)
    if found.serial_text.isalpha():  # (any figure in it is a serial's: 闭08, B12)
        issues.append(f"serial written as a word ({found.serial_text}), no number")
        return _diagnostics(found, issues)
    if found.item.year is None:
        issues.append("no year: the number names none (it stands in 〔〕 before the serial)")
        return _diagnostics(found, issues)
    if not found.open or not found.close or not written.endswith("号"):
        issues.append("damaged: a bracket of its year or its 号 was lost")
        return _diagnostics(found, issues)
    year_text = written.split(found.open, 1)[1].split(found.close)[0]
    if (found.open, found.close) != ("〔", "〕"):
        # quoted as the letter wrote them: the view reads a half-width ( ) as （ ）
        at_open = found.start + written.index(found.open)
        at_close = at_open + 1 + len(year_text)
        brackets = view.written(at_open, at_open + 1) + view.written(at_close, at_close + 1)
        issues.append(f"year in {brackets}, not the hexagonal brackets 〔〕")
    if year_text.endswith("年"):
        issues.append("年 written after the year in its brackets")
        year_text = year_text[:-1]
    if len(year_text) != 4:
        issues.append("year not written in full (four digits)")
    if found.has_di:
        issues.append("serial preceded by 第")
    if found.serial_text.startswith("0"):
        issues.append("serial with leading zeros")
    if not found.item.prefix:
        issues.append("no issuer code before the year")
    elif written.startswith(found.open):
        issues.append("year written before the issuer code")
    return _diagnostics(found, issues)


def _diagnostics(found: DocNumberFound, issues: list[str]) -> list[Diagnostic]:
    return [
        make_diagnostic(
            {
                "code": DiagnosticCode.DOC_NUMBER_FORMAT,
                "severity": "warning",
                "message": f"发文字号 {found.item.text}: {issue} (GB/T 9704-2012 7.2.5)",
                "span": found.item.span,
            }
        )
        for issue in issues
    ]


def _is_own(view: TextView, layout: Layout, found: DocNumberFound) -> bool:
    """Whether ``found`` stands in the header zone (above the title or on a header line)
    and no label of another field holds it."""
    header_end = (
        layout.title[0].start if layout.title else (layout.header[-1].end if layout.header else 0)
    )
    if not (found.end <= header_end or any(h.start <= found.start < h.end for h in layout.header)):
        return False
    line = next((ln for ln in view.content_lines if ln.start <= found.start < ln.end), None)
    if line is None:
        return True
    if cites_in_sentence(view, line, found.start):
        return False  # (a sentence citing it over the salutation: 按照某函〔…〕3号要求，…。)
    part = gap_part_at(view, line, found.start)
    if part is None or not part.start <= found.start < part.end:
        return True
    label = opening_label(view, part)
    return label is None or label.entry.field == "doc_number"


def _year_first(view: TextView, layout: Layout) -> DocNumberFound | None:
    """A 发文字号 written with its year first on a header line, no label of another field
    holding it."""
    for line in layout.header:
        for found in find_year_first(view, line.start, line.end):
            if _is_own(view, layout, found):
                return found
    return None


def _broken(view: TextView, layout: Layout) -> DocNumberFound | None:
    """The letter's own 发文字号 a copy broke after its bracketed year, on a header line:
    its code and year end that line and its serial and 号 stand alone on the next
    (``某水函〔2024〕`` / ``12号``), or a web table's cell bar parts them on one line
    (``某水函〔2024〕|12号``). ``text`` as written, the bar and its blanks kept (the span's
    text, as every item's is); the span runs over both pieces."""
    lines = view.content_lines
    for line in layout.header:
        if line.text[-1:] in _CLOSE:  # (the gate: the line ends with the year's bracket)
            k = bisect_left([ln.start for ln in lines], line.start)
            if k + 1 >= len(lines):
                continue
            below = lines[k + 1]
            n = serial_rest_end(line.text, below.text)
            if not n or not (n == len(below.text) or below.start + n in view.gaps):
                continue  # (the serial alone, or header elements a gap after it: left61a)
            stretch = (line.start, below.start + n)
        elif ("|" in line.text or "｜" in line.text or "│" in line.text) and _YEAR_BAR.search(
            line.text
        ):
            stretch = (line.start, line.end)
        else:
            continue
        flat = Flat.of(view, stretch, drop="\n|｜│")
        for d in find_doc_numbers(TextView(flat.text)):
            start, end = flat.range(d.start, d.end)
            if end - start == d.end - d.start:
                continue  # whole on its line: no piece of it broken off
            text, span = view.source(start, end)
            item = make_doc_number(
                {
                    "text": text,
                    "prefix": d.item.prefix,
                    "year": d.item.year,
                    "serial": d.item.serial,
                    "span": span,
                }
            )
            return DocNumberFound(item, start, end, d.open, d.close, d.has_di, d.serial_text)
    return None


_ROW_BLANKS = " \t|｜│"
"""What stands between a number's label and its value on a row (blanks, a table's bars)."""


# What a row's value says in place of a code it has none of (文号：暂无, 无, 空, 未编号; the
# number's own noun after it, 暂无文号, 无编号, 暂无发文字号, review57e; 不适用): no code, the
# number under it keeps none.
_NO_CODE = re.compile(
    r"(?:暂|尚|目前)?(?:无|空|缺|没有|未编号?|未定|不详)(?:发文字号|文号|编号|字号)?|不适用"
)


def _names_authority(value: str) -> bool:
    """Whether ``value`` is an authority's name, written whole, no code
    (某县水务局, 某县人民政府办公室): its suffix (:data:`~replyparse.orgnames.ORG_END`) of two
    characters or more, or 局 or 厅, which no issuer's code ends with (a code's last
    character says the kind of document, 函, 发, 字, or a short office, 县府办, 某委)."""
    end = ORG_END.search(value)
    return end is not None and (len(end.group()) >= 2 or end.group() in "局厅")


def _code_above(view: TextView, found: DocNumberFound) -> DocNumberFound | None:
    """The letter's own 发文字号 ``found`` (no code: ``〔2024〕12号`` opening its line) with
    the code a labelled row right above it holds as its whole value (``文号：某水函``, a
    page's ``文号|某水函``): a copy broke the row before the bracketed year. ``text`` as
    written, the line break kept (as :func:`_broken` keeps it); None when the line above
    is no such row."""
    norm = view.norm
    line_start = norm.rfind("\n", 0, found.start) + 1
    if line_start < 2 or norm[line_start : found.start].strip(_ROW_BLANKS):
        return None  # (the number does not open its line, or opens the text)
    above_start = norm.rfind("\n", 0, line_start - 1) + 1
    above = Line(0, above_start, line_start - 1, norm[above_start : line_start - 1])
    label = opening_label(view, above)
    if label is None or label.entry.field != "doc_number":
        return None
    first = label.value
    while first < above.end and norm[first] in _ROW_BLANKS:
        first += 1
    last = above.end
    while last > first and norm[last - 1] in _ROW_BLANKS:
        last -= 1
    if not 0 < last - first <= _PREFIX_LENGTH or code_first(norm, last, first) != first:
        return None  # (no value, or one that is no code alone: 某水函，)
    if _NO_CODE.fullmatch(norm, first, last) or _names_authority(norm[first:last]):
        return None  # (a word for none, 暂无, or an authority's name: no code)
    text, span = view.source(first, found.end)
    number = found.item
    item = make_doc_number(
        {
            "text": text,
            "prefix": norm[first:last],
            "year": number.year,
            "serial": number.serial,
            "span": span,
        }
    )
    return DocNumberFound(
        item, first, found.end, found.open, found.close, found.has_di, found.serial_text
    )


def _damaged(view: TextView, layout: Layout) -> DocNumberFound | None:
    """A damaged 发文字号 opening a header line or one of its parts apart by gaps."""
    for line in layout.header:
        parts = gap_parts(view, line)
        for k, part in enumerate(parts):
            if k + 1 < len(parts) and unfilled_hao(part.text, parts[k + 1].text):
                # a serial's room left blank before its 号 (某民函〔2024〕    号): one number
                after = parts[k + 1]
                part = Line(part.index, part.start, after.end, part.text + after.text)
            found = _damaged_at(view, part)
            if found is not None:
                if not found.serial_text and k + 2 == len(parts):
                    return _serial_apart(view, found, parts[k + 1]) or found
                return found
    return None


_SERIAL_ALONE = re.compile(r"\d{1,5}")
"""A serial alone, its 号 lost (:func:`_serial_apart`)."""


def _serial_apart(view: TextView, found: DocNumberFound, last: Line) -> DocNumberFound | None:
    """The number ``found`` (its year in both brackets, no serial) with its serial ``last``,
    the line's last part after a gap, figures alone, the 号 lost in copying (``某政函[2020]  19``:
    a page that spaced the serial off and dropped its 号): one number, text as written, blank
    and all, as a number a copy spaced is (``某函〔2024〕 12号``)."""
    if found.close == "" or _SERIAL_ALONE.fullmatch(last.text) is None:
        return None
    m = damaged_doc_number(view.norm[found.start : found.end] + last.text)
    if m is None or m.group("serial") != last.text:
        return None
    text, span = view.source(found.start, last.end)
    return DocNumberFound(
        item=_numbered(text, m, span),
        start=found.start,
        end=last.end,
        open=found.open,
        close=found.close,
        has_di=found.has_di,
        serial_text=last.text,
    )


_SPACED_YEAR_AT = re.compile(r"[函发字复办](?:19|20)\d\d")
"""A code's last character right before a year: what a number whose year lost its brackets
holds (:func:`_spaced_year`'s gate)."""


def _spaced_year(view: TextView, layout: Layout) -> DocNumberFound | None:
    """A 发文字号 on a header line whose year lost both its brackets, a blank where they
    stood (``某农函2023 27号``: :data:`~replyparse.elements.SPACED_YEAR_NUMBER`, or its code
    and year and its serial two parts apart by a gap), opening the line or one of its
    parts, no label of another field holding it: copied as written, blank and all."""
    for line in layout.header:
        if "号" not in line.text or _SPACED_YEAR_AT.search(line.text) is None:
            continue  # (the gate: most header lines hold no number, nor a code before a year)
        parts = gap_parts(view, line)
        for k, part in enumerate(parts):
            label = opening_label(view, part)
            if label is not None and label.entry.field != "doc_number":
                continue
            at = label.value if label is not None else part.start
            end = part.end
            if k + 1 < len(parts) and spaced_year_hao(view.norm[at:end], parts[k + 1].text):
                end = parts[k + 1].end  # (the code and year, a gap, the serial and 号)
            m = SPACED_YEAR_NUMBER.fullmatch(" ".join(view.norm[at:end].split()))
            if m is None:
                continue
            text, span = view.source(at, end)
            return DocNumberFound(
                item=_numbered(text, m, span),
                start=at,
                end=end,
                open="",
                close="",
                has_di=False,
                serial_text=m.group("serial"),
            )
    return None


def _yearless(view: TextView, layout: Layout) -> DocNumberFound | None:
    """A 发文字号 with no year (:data:`~replyparse.elements.YEARLESS_DOC_NUMBER`, ``某农函14号``)
    opening a header line, the line's end, a gap or a note's bracket after it (a page's
    heading listing the letter by it: ``某农函14号（第16号建议，关于…的答复函）``), no label of
    another field holding it: the letter's own, its year null. Asked last, where the header
    holds no number with a year."""
    for line in layout.header:
        if "号" not in line.text:
            continue  # (the gate: most header lines hold no number)
        label = opening_label(view, line)
        if label is not None and label.entry.field != "doc_number":
            continue
        at = label.value if label is not None else line.start
        m = YEARLESS_DOC_NUMBER.match(view.norm, at, line.end)
        if m is None or not (
            m.end() == line.end
            or view.norm[m.end()] in _AFTER_YEARLESS
            or gap_before(view, m.end())  # (a gap the view dropped: 某农函14号  B)
        ):
            continue
        text, span = view.source(m.start(), m.end())
        return DocNumberFound(
            item=make_doc_number(
                {
                    "text": text,
                    "prefix": m.group("prefix"),
                    "year": None,
                    "serial": int(m.group("serial")),
                    "span": span,
                }
            ),
            start=m.start(),
            end=m.end(),
            open="",
            close="",
            has_di=m.group("di") is not None,
            serial_text=m.group("serial"),
        )
    return None


_AFTER_YEARLESS = frozenset(" （(【[［")
"""What may follow a yearless 发文字号 on its line: a note's opening bracket, or the blank a
wide gap leaves in the view (a narrower one the view drops: :func:`gap_before`)."""


def _damaged_at(view: TextView, part: Line) -> DocNumberFound | None:
    if part.text.endswith(" "):
        # the one blank the view kept before the gap after it (某路函20219  B: the number,
        # then the class's mark apart), no part of the number
        kept = part.text.rstrip(" ")
        part = Line(part.index, part.start, part.start + len(kept), kept)
    last = view.norm[part.end - 1 : part.end]
    if last != "号" and not last.isdecimal() and last not in _CLOSE and last not in MARKS_LINE_ENDS:
        # exact: a match ends with its serial (\d), 号 or (no serial) its 〕; a mark glued
        # after its 号 (…号B类) ends as a mark does
        return None
    label = opening_label(view, part)
    if label is not None and label.entry.field != "doc_number":
        return None
    at = label.value if label is not None else part.start
    if part.end - at > 6 and (tool := _TOOL_BEFORE_CODE.match(view.norm, at)) is not None:
        at = tool.end()  # (打印某议字〔20232: the page's button glued before it)
    text = view.norm[at : part.end]
    m = damaged_doc_number(text)
    if m is None or (at + m.end() != part.end and not marked_after(text, m.end())):
        return None
    if glued_date(m):
        return None  # (某议字20231205: the code's line, a date glued to it, no serial)
    start, end = at + m.start(), at + m.end()
    text, span = view.source(start, end)
    return DocNumberFound(
        item=_numbered(text, m, span),  # (no serial: never filled in, 某民函〔2024〕号)
        start=start,
        end=end,
        open=m.group("open") or "",
        close=m.group("close") or "",
        has_di=m.group("di") is not None or m.group("di2") is not None,
        serial_text=m.group("serial") or m.group("word") or m.group("masked") or "",
    )


def extract(ctx: Context) -> list[Item]:
    """Every 发文字号, the first in the header zone as the letter's own; and how that one
    is off."""
    out: list[Item] = []
    own: DocNumberFound | None = None
    for found in find_doc_numbers(ctx.view):
        if own is None and _is_own(ctx.view, ctx.layout, found):
            own = _as(OwnDocNumber, found)
            out.append(own)
        else:
            out.append(_as(CitedDocNumber, found))
    if own is not None and own.item.prefix is None and (whole := _code_above(ctx.view, own)):
        out[out.index(own)] = own = _as(OwnDocNumber, whole)  # (its code joined)
    if own is None and (cut := _broken(ctx.view, ctx.layout)) is not None:
        own = _as(OwnDocNumber, cut)
        out.append(own)
    if own is None and (first := _year_first(ctx.view, ctx.layout)) is not None:
        own = _as(OwnDocNumber, first)
        out.append(own)
    if own is None and (damaged := _damaged(ctx.view, ctx.layout)) is not None:
        own = _as(OwnDocNumber, damaged)
        out.append(own)
    if own is None and (spaced := _spaced_year(ctx.view, ctx.layout)) is not None:
        own = _as(OwnDocNumber, spaced)
        out.append(own)
    if own is None and (yearless := _yearless(ctx.view, ctx.layout)) is not None:
        own = _as(OwnDocNumber, yearless)
        out.append(own)
    if "〔" in ctx.view.norm or "﹝" in ctx.view.norm:
        # (the body's year-first citations: every finder above reads a code before the
        # bracket, so none of theirs is one of these)
        out.extend(_as(CitedDocNumber, found) for found in _cited_year_first(ctx.view, own))
    if own is not None:
        out.extend(Reported.of(d) for d in check_doc_number(own, ctx.view))
    elif (cell := _page_cell(ctx.view)) is not None:
        out.append(cell)
    return out


@dataclass(unsafe_hash=True)
class PageCellDocNumber:
    """The letter's own 发文字号 as a web page's metadata table gives it (the 文号 cell),
    when the letter itself writes none. The table is chrome, dropped from the view: the
    item takes no range of it, and no other reader sees it."""

    item: DocNumber

    @property
    def span(self) -> Span:
        return self.item.span

    @property
    def claim(self) -> Range | None:
        return None

    def place(self, letter: Letter) -> None:
        letter.doc_number = self.item


def _numbered(text: str, m: re.Match[str], span: Span) -> DocNumber:
    """The number ``text`` (at ``span``) from a match naming its ``prefix``, ``year`` and
    ``serial`` (the serial null where the match has none)."""
    serial = m.group("serial")
    return make_doc_number(
        {
            "text": text,
            "prefix": m.group("prefix"),
            "year": int(m.group("year")),
            "serial": int(serial) if serial else None,
            "span": span,
        }
    )


def _page_cell(view: TextView) -> PageCellDocNumber | None:
    """The 文号 cell of a page's metadata table, read as the letter's own number."""
    original, back = view.original, None
    if view.glossed:  # (a mirror's pinyin glosses read past, as the view reads past them)
        original, back = unglossed(original, [m.span() for m in GLOSS.finditer(original)])
    where = page_doc_number(original)
    if where is None:
        return None
    text = INVISIBLE.sub("", original[where[0] : where[1]])  # (as page_doc_number read it)
    m = cell_number(text)  # (the cell's number, as page_doc_number found it)
    if m is None:
        return None
    if back is not None:  # (its last character's gloss is given back with it: unfold)
        where = (back(where[0]), back(where[1] - 1) + 1)
    return PageCellDocNumber(_numbered(text, m, where))
