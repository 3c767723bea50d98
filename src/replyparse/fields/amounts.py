"""Money amounts: ``282.68万元``, ``1.2亿元``, ``三百万元``, ``1500元——200元``, ``近1000万元``.

A quantity is money when it is written in 元 (``25万元``), or, with no 元, when it has a
万/亿 multiplier, no count unit follows and either a money word (``data/money_context.txt``)
comes shortly before it in the same clause or a fund noun (``data/money_after.txt``) right
after it (``专项资金400万，`` and ``申请40万彩票公益金`` are money, ``210余万件`` is not).
Values are in yuan; a comma, half- or full-width, may part the thousands (``1,250万元``,
``1，250万元``) and so may one blank (``1 250万元``); an IME's full stop may stand for the
decimal point (``50。5万元``, :data:`_FULL_STOP_DECIMAL`); a sum in Chinese numerals may
have decimals after 点 (``一点二亿元``); 亿 may be written as said, ``3个亿`` (money even
with no money word near), and an order of magnitude with 余/多 is a sum (``万余元``,
``百余万元``: 10000, 1000000, approximate); the yuan's sign alone makes a figure money
(``￥300``: :data:`_SIGNED`). A range (``50-100万元``, ``3000元至5000元``) is
one amount whose unit, when written only after its second number, applies to both.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, getcontext, localcontext

from replyparse import vocab
from replyparse.context import Context, Covered, Found, Item, Range
from replyparse.fields.docnumber import DocNumberFound
from replyparse.fields.linescan import char_places
from replyparse.fields.numerals import RANGE_DASHES, RANGE_LONG_DASHES, chinese_to_int
from replyparse.fields.proposal import ItemRecord, ProposalSession
from replyparse.fields.standards import StandardCode
from replyparse.model import Amount, Letter, make_amount
from replyparse.textview import TextView

_CN_DIGITS = "〇零一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"
_CN_SMALL = "十拾百佰千仟"
_CN_BIG = "万萬亿億"
_CN_ALL = _CN_DIGITS + _CN_SMALL + _CN_BIG
_CN_DIGIT_SET = frozenset(_CN_DIGITS)
# Before a Chinese numeral these make it a guess, not a sum: 几十万元, 数十万元, 上百万元.
_VAGUE = "几数上成好"
_LOST_DIGIT = frozenset("?？□■\ufffd")
"""What a copy writes for a character it lost (a mirror's ``?``, the replacement character,
a font's missing glyph ``□``): glued before a figure, a digit of it may be lost."""

# A range's separators, as the dates read them (:data:`~replyparse.fields.numerals.
# RANGE_DASHES`): the dashes of one character (one class, with 至 and 到 where a pattern
# takes them), and those of two, tried first (—— before —).
_DASHES = re.escape(RANGE_DASHES)
_LONG_DASHES = "|".join(RANGE_LONG_DASHES)
# A range's separator right after a figure, before the second figure (or a long dash).
_RANGE_NEXT = f"{_LONG_DASHES}|[{_DASHES}至到]\\d"

# Multipliers written after an Arabic number (or after 余/多 in 三百多万). Longest first:
# 千万 must win over 千, 万亿 over 万, 千亿 over 千 (5千亿元, 3百亿元: 百 is none alone).
_MULTIPLIERS: dict[str, int] = {
    "万亿": 1_000_000_000_000,
    "千亿": 100_000_000_000,
    "百亿": 10_000_000_000,
    "千万": 10_000_000,
    "百万": 1_000_000,
    "亿": 100_000_000,
    "億": 100_000_000,
    "万": 10_000,
    "萬": 10_000,
    "千": 1_000,
}
_MULT = "|".join(sorted(_MULTIPLIERS, key=len, reverse=True))
# 千万 or 百万 with the approximation said inside it, as a sum is spoken: 3千余万元 is
# 3千万 and more (not 3千 and then 余万), 1亿3百多万元 is 1亿 and 3百万 and more, 5百多亿元
# 5百亿 and more (never 百多亿 with its 5 dropped). Tried before _MULT, whose 千 would stop
# before the 余.
_MID_APPROX_MULT = "[千百][余多][万萬亿億]"
_MAX_ARABIC = 30
"""Longer Arabic numbers are no sum of money; refusing them keeps every value finite."""


# A full-width comma parts a sum's thousands only where nothing else can be meant: groups
# of exactly three digits after a lead of one to three (not after 第: 第1，250号), then the
# sum's decimal point, unit or approximation mark, or a range's dash or 至 (1，000-2，000元).
# A list (1，2，3), a year before a clause (2023，500万元) or four digits after the comma
# (1，2500万元) part nothing: the sum is the number after it.
_FULL_WIDTH_THOUSANDS = (
    r"(?<!第)\d{1,3}(?:，\d{3})+(?!\d)(?=\.\d|[余多万萬亿億千百元]|" + _RANGE_NEXT + ")"
)

# A blank parting a sum's thousands (1 250万元: GB/T 15835's 千分空, a thin space, or a
# comma OCR read as a blank; the view keeps one space between digits): groups of exactly
# three digits after a lead of one to three that follows a hanzi, a clause's mark or a
# range's dash, not 第 or 号 (第3 250万元) nor a line's start (a table's row number:
# 1 250万元), then the sum's decimal point, unit or approximation mark, or a range's dash
# or 至. Each blank must be one blank of the letter (:func:`_thousands_blanks`): a tab or a
# run of blanks parts a table's cells.
_BLANK_THOUSANDS = (
    r"(?<=[\u4e00-\u9fff：，（、" + _DASHES + r"])(?<![第号])\d{1,3}(?:[ ]\d{3})+(?!\d)"
    r"(?=\.\d|[余多万萬亿億千百元]|" + _RANGE_NEXT + ")"
)

# A figure whose digits blanks spread out, one blank between each two (a justified line of
# a PDF's text spaced character by character, 资 金 1 2 0 万 元, reads 资金1 2 0万元 in the
# view): one number, as a date's spread digits are (2 0 2 1 年). After a hanzi, a clause's
# mark or a range's dash (not 第 or 号, nor a line's start: a row's number), right before
# the sum's unit, approximation mark or a range's dash; each blank one blank of the letter
# (:func:`_thousands_blanks`). Digits in groups of other sizes (12 0万元) are no such figure.
_SPREAD_DIGITS = (
    r"(?<=[\u4e00-\u9fff：，（、" + _DASHES + r"])(?<![第号])\d(?:[ ]\d)+(?:\.\d+)?(?![\d ])"
    r"(?=[余多万萬亿億千百元]|" + _RANGE_NEXT + ")"
)

# An IME's full stop typed for the decimal point (50。5万元: in Chinese mode the "." key
# gives 。): one to four digits before it, no year (…于2023。50万元…) and no ordinal (第),
# then one or two decimals right before the multiplier or 元, or a range's dash or 至
# (30。5—40。5万元). A full stop before a date or a count (…50。5月份…, …30。2万株…) or
# before three digits (…60。125万元…) ends a sentence.
_FULL_STOP_DECIMAL = (
    r"(?<!第)(?!(?:19|20)\d\d。)\d{1,4}。\d{1,2}(?![\d。])"
    r"(?=[余多]?(?:万|萬|亿|億|元|千万|百万)|" + _RANGE_NEXT + ")"
)


# A middle dot typed for the decimal point (7·16万元, 7·14至7·16万元: the dot as a copy or an
# input method writes it, as an event's date parts its month and day by), read as the full
# stop typed for it is (tail76): one to four digits, one or two decimals right before the
# multiplier or 元, or a range's dash or 至; the figures after the dot are no sum of their own
# (an earlier round read 7·16万元 as 16万元).
_MIDDLE_DOTS = "·˙・‧•･∙⋅"
_DOT_DECIMAL = (
    rf"(?<!第)\d{{1,4}}[{_MIDDLE_DOTS}]\d{{1,2}}(?![\d{_MIDDLE_DOTS}])"
    r"(?=[余多]?(?:万|萬|亿|億|元|千万|百万)|" + _RANGE_NEXT + ")"
)

# A Chinese numeral's decimals after 点 (零点五万元, 一点二亿元, 三十点五万元), as a letter
# that writes its sums in words reads them: digits only, right before the multiplier or 元
# or a range's dash or 至 (一点五至二点五万元); 三点五十分, 一点二 and 重点 stay words.
_CN_FRACTION = "〇零一二三四五六七八九"
_CN_FRACTION_UNIT = f"[余多]?(?:万|萬|亿|億|元)|{_LONG_DASHES}|[{_DASHES}至到][{_CN_DIGITS}十拾]"

# A figure written with the numeral's own orders between its digits, as a sum is said
# (3千5百万元, 1千8百余万元, 2百元, 5百余元, 5十万元): read as the Chinese numeral it
# spells (三千五百万, 五百余元), never its last figure alone (5百万元, 百余元) as an earlier
# round did. Only where no multiplier reads it already: 5百万元 and 5百多万元 stay 百万's
# (:data:`_MULT`, :data:`_MID_APPROX_MULT`), and 3千元 or 3千万元 千's.
_MIXED = (
    r"\d[千仟]\d[百佰](?:\d[十拾])?(?!\d)"
    r"|\d[百佰](?![余多]?[万萬亿億])(?:\d[十拾])?(?!\d)"
    r"|\d[十拾]\d?(?!\d)"
)
_MIXED_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")
"""How the figures of a :data:`_MIXED` numeral read as a Chinese numeral's digits."""

_SEPARATORS_READ = str.maketrans(
    {",": None, "，": None, " ": None, "。": ".", **dict.fromkeys(_MIDDLE_DOTS, ".")}
)
"""How an Arabic number's thousands separators and decimal point read in a Decimal."""


# A sum written in two units joined, as it is said: 1亿3千万元, 2亿5000万元, 1亿零500万元,
# 3万5千元, 3万零500元. After a multiplier 亿 or 万 (its number in figures), an optional 零
# and a number in figures, then a smaller multiplier, or 元 right after (the number counts
# units of the sum). One sum: its parts are added (:func:`_read_quantity`).
_JOINED = r"""
    (?:(?<=[\d.][亿億万萬])零?(?P<sub{tag}>\d+(?:\.\d+)?)(?P<subapprox{tag}>[余多])?
        (?:(?P<submult{tag}>{mid}|千万|百万|万|萬|千(?![余多]万))|(?=元)))?  # 3千余万: 千 of 万
"""


def _quantity(tag: str) -> str:
    """One number with its approximation marks, multiplier and 元, groups suffixed ``tag``."""
    return rf"""
    (?:
        (?<![\dA-Za-z.,/])(?P<mx{tag}>{_MIXED})
      | (?:(?<![\dA-Za-z.,/{_MIDDLE_DOTS}])|(?<=RMB|CNY|rmb|cny))
        (?P<ar{tag}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?
            |{_FULL_WIDTH_THOUSANDS}(?:\.\d+)?|{_BLANK_THOUSANDS}(?:\.\d+)?|{_SPREAD_DIGITS}
            |{_FULL_STOP_DECIMAL}|{_DOT_DECIMAL}|\d+(?:\.\d+)?)
      | (?<![{_CN_ALL}{_VAGUE}])(?P<cn{tag}>[{_CN_ALL}]+)
        (?:点(?P<cnfrac{tag}>[{_CN_FRACTION}]{{1,3}})(?={_CN_FRACTION_UNIT}))?
    )
    (?P<approx{tag}>[余多])?
    (?:个(?P<gapprox{tag}>[多余])?(?=亿|億))?  # 3个亿, 1个多亿: the spoken 亿元
    (?P<mult{tag}>{_MID_APPROX_MULT}|{_MULT})?
    {_JOINED.format(tag=tag, mid=_MID_APPROX_MULT)}
    (?P<approx2{tag}>[余多])?
    (?P<yuan{tag}>元(?![旦月宵素化]))?      # 元旦, 元月 and 多元化 are not money
    """


# 超 or 超过 before a sum says more than it, as 逾 does (超300万元, 超过1亿元): approximate.
# Not after 不 (不超过300万元, a ceiling) nor in 赶超.
_OVER = "(?<![不赶])超过?"

# 约 (大约) said with the verb that brings the sum: 约为, 约合, 约计, 约达 (约为3.2亿元).
_ABOUT_VERB = "[为合计达]?"
# One amount, possibly a range. The approximation prefixes are guarded against the words
# they end (节约, 最近, 附近); the separators list the dash forms before 至/到.
_AMOUNT = re.compile(
    rf"""
    (?=[\d将大约近逾超{_CN_ALL}])  # what an amount opens with: other positions fail at once
    (?P<pre>将近|(?:大约|(?<![节制签预公条契特邀履违守])约){_ABOUT_VERB}
      |(?<![最附接靠亲将])近|逾|{_OVER})?
    {_quantity("1")}
    (?:
        (?P<sep>{_LONG_DASHES}|[{_DASHES}至到])
        {_quantity("2")}
    )?
    (?P<post>左右)?
    """,
    re.VERBOSE,
)

# Every amount holds one of these: its 元 or its multiplier (each of _MULTIPLIERS has one,
# and so does the 万/亿 that may end a Chinese numeral).
_UNIT_CHARS = "元万萬亿億千"
_UNIT = re.compile(f"[{_UNIT_CHARS}]")

# A sentence or line break ends the window in which a money word may stand.
_CLAUSE_BREAK = re.compile(r"[。；！？\n]")
_CONTEXT_WINDOW = 12
_MONEY_WORDS = re.compile(vocab.alternation("money_context"))
_COUNT_UNIT = re.compile(vocab.alternation("amount_count_units"))
_FOREIGN = re.compile(vocab.alternation("amount_foreign_currencies"))
_FUND_AFTER = re.compile(vocab.alternation("money_after"))


@dataclass(unsafe_hash=True)
class _Qty:
    """One quantity of a match, read. Never changed once made (not declared frozen, as
    :class:`~replyparse.context.Found`: a frozen dataclass sets each field through
    ``object.__setattr__``)."""

    number: Decimal
    mult: str  # the multiplier as written (trailing 万/亿 of a Chinese numeral included)
    yuan: bool
    approximate: bool
    end: int  # norm offset just past the quantity
    # the higher end of a range said with two neighbouring digits (五六万: 六, in ``mult``)
    spoken_end: Decimal | None = None

    @property
    def unit(self) -> str:
        return self.mult + ("元" if self.yuan else "")


_QTY_GROUPS = (
    *("ar", "cn", "mult", "cnfrac", "yuan", "approx", "approx2"),
    *("sub", "submult", "subapprox"),  # 1亿3千万元's second part (:data:`_JOINED`)
    "gapprox",  # 1个多亿: 多 after the spoken 个
    "mx",  # 3千5百万元: figures with the numeral's orders (:data:`_MIXED`)
)
_GROUPS = {tag: tuple(f"{name}{tag}" for name in _QTY_GROUPS) for tag in ("1", "2")}
"""Each quantity's group names, built once (not formatted at each read)."""


def _read_quantity(m: re.Match[str], tag: str) -> _Qty | None:
    """The quantity ``tag`` of a match, or None when its number is not a usable numeral."""
    names = _GROUPS[tag]
    ar, cn, mult, frac, yuan, approx, approx2, sub, submult, subapprox, gapprox, mixed = m.group(
        *names
    )
    cn_at = m.start(names[1])
    if mixed is not None:  # 3千5百万元: the Chinese numeral its figures spell (三千五百万)
        cn, cn_at = mixed.translate(_MIXED_DIGITS), m.start(names[-1])
    approx = approx or gapprox
    mult = mult or ""
    high: Decimal | None = None  # the higher end of a range said in one numeral (五六万)
    if len(mult) == 3:  # 3千余万: 千万, approximate (:data:`_MID_APPROX_MULT`)
        approx, mult = mult[1], mult[0] + mult[2]
    if submult is not None and len(submult) == 3:  # 1亿3千余万元
        subapprox, submult = submult[1], submult[0] + submult[2]
    if ar is not None:
        if len(ar) > _MAX_ARABIC:
            return None
        number = Decimal(ar.translate(_SEPARATORS_READ))
        if sub is not None:  # 1亿3千万元: the second part, in the first one's multiplier
            part = Decimal(sub) * (_multiplier(submult) if submult else 1)
            if "." in ar or len(sub) > _MAX_ARABIC or part >= _multiplier(mult):
                # 5万12000元, 1.5亿3000万元: no one sum; the first ends at its multiplier
                # (the money test then reads it alone) and the second is read after it
                return _Qty(number, mult, False, bool(approx), m.end(names[2]))
            number += part / _multiplier(mult)
            approx = approx or subapprox
    else:
        if cn is None:
            return None
        # 百万元, 千万元 alone are vague (数百万元); a value needs a digit or a leading 十,
        # but for an order of magnitude after 近/逾/约 (近千万元, 逾亿元: :func:`_bare_order`)
        bare = _bare_order(m, tag, cn)
        if not (bare or _CN_DIGIT_SET.intersection(cn) or cn[0] in "十拾"):
            return None
        # a lone digit before 元 is too often part of a word (统一元, 单一元); one that
        # opens a range of numerals takes the order and unit of its second half
        order: int | None = 1
        if len(cn) == 1 and not mult and cn not in "十拾" and not frac and not bare:
            order = _lone_range_order(m, tag)
        if order is None:
            return None
        # 五六万元, 二三十万元: two neighbouring digits said together, a range (the
        # first digit's numeral is the sum, the second's its end)
        if len(cn) > 1 and not frac and (pair := _spoken_pair(cn, m.string, cn_at)) >= 0:
            high = _chinese_in(cn[:pair] + cn[pair + 1 :], mult)
            cn = cn[: pair + 1] + cn[pair + 2 :]
            if high is None:
                return None
        elif not _digit_runs_read(cn):
            # 六五万元, 一二三万元: no sum is written so; 统一二十万元: the first digit
            # ends the word before it, the sum is the rest (as a spoken pair's is)
            if not (cn_at and m.string[cn_at - 1] in _WORD_BEFORE_DIGIT):
                return None
            cn = cn[1:]
            if not _digit_runs_read(cn):
                return None
        whole = _chinese_in(cn, mult)
        if whole is None:
            return None
        number = whole * order
        if frac:
            if cn[-1] in _CN_BIG:
                return None  # 三万点五元: no numeral
            digits = "".join(str(chinese_to_int(ch)) for ch in frac)
            number += Decimal(f"0.{digits}")
        trailing = ""
        while cn and cn[-1] in _CN_BIG and not mult:
            trailing = cn[-1] + trailing
            cn = cn[:-1]
        if trailing:
            # the value already contains the trailing 万/亿; keep it only as the unit
            number = number / _multiplier(trailing)
            if high is not None:
                high = high / _multiplier(trailing)
            mult = trailing
    return _Qty(
        number=number,
        mult=mult,
        yuan=yuan is not None,
        approximate=bool(approx or approx2),
        end=m.end(names[4]) if yuan else _qty_end(m, tag),
        spoken_end=high,
    )


# Two neighbouring digits said together name a range, as a sum is said when it is guessed
# (五六万元: 5万 to 6万; 二三十万元: 20万 to 30万; 七八百元, 十五六万元, 一百二三十万元,
# 两三个亿), and so do 三五 (三五万元: 3万 to 5万). Digit by digit (二〇二三), three in a row
# (一二三) or a digit after a word it ends (统一二十万元: 统一 is "made uniform") give none.
_SPOKEN_PAIRS = frozenset(
    {"一二", "一两", "二三", "两三", "三四", "四五", "五六", "六七", "七八", "八九", "三五"}
)


def _spoken_pair(cn: str, text: str, start: int) -> int:
    """Where in the numeral ``cn`` (at ``text[start:]``) a pair of :data:`_SPOKEN_PAIRS`
    stands, -1 when none does or two digits stand together elsewhere in it."""
    at = -1
    for i in range(len(cn) - 1):
        if cn[i] in _CN_DIGIT_SET and cn[i + 1] in _CN_DIGIT_SET:
            if at >= 0 or cn[i : i + 2] not in _SPOKEN_PAIRS:
                return -1
            at = i
    if at == 0 and start and text[start - 1] in _WORD_BEFORE_DIGIT:
        return -1
    return at


_ZEROS = frozenset("〇零")


def _digit_runs_read(cn: str) -> bool:
    """Whether every run of two or more digits in the numeral ``cn`` (a spoken pair aside:
    :func:`_spoken_pair`) is one a sum is written with: a 零 or 〇 holding a place after a
    unit (一千零五, 三万〇五百), or, in a numeral of digits alone before its 万/亿, a
    number written digit by digit, as such numbers are, with a 〇 in it (二〇万元 is 20万,
    一〇五万元 105万). Digits in a row with no 〇 (六五万元, 一二三万元: falling, or three,
    so no spoken range) are a slip whose sum no one can tell: 六十五万? 五六万?"""
    digits = cn.rstrip(_CN_BIG)
    if all(ch in _CN_DIGIT_SET for ch in digits):
        return len(digits) < 2 or not _ZEROS.isdisjoint(digits)
    run = 0
    for i, ch in enumerate(cn):
        if ch not in _CN_DIGIT_SET:
            run = 0
            continue
        run += 1
        if run == 2 and (i < 2 or cn[i - 1] not in _ZEROS):
            return False  # 一百二〇万: a run that is no place holder after its unit
    return True


# Before a lone numeral opening a range these make it part of a word (统一至五万元: 统一
# is "made uniform", 第三, 其一, 之一), not the range's first sum.
_WORD_BEFORE_DIGIT = frozenset("统唯单之第同划归专其逐万")
_SMALL_ORDERS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}


def _lone_range_order(m: re.Match[str], tag: str) -> int | None:
    """The order of a lone Chinese digit opening a range whose second half is a numeral
    too (三至五万元, 两至三千元: 2000 to 3000, 三至五百万元: 300万 to 500万): its second
    half's last order below 万 when a digit stands before it there (五至十元 is 5 to 10),
    else one; None for a
    lone digit that opens no such range (统一元, 统一至5万元) or ends a word."""
    if tag != "1" or (cn2 := m.group("cn2")) is None:
        return None
    start = m.start("cn1")
    if start and m.string[start - 1] in _WORD_BEFORE_DIGIT:
        return None
    cn2 = cn2.rstrip(_CN_BIG)  # 三至五百万元: the order is 五百's, the 万 the unit's
    if len(cn2) > 1 and cn2[-1] in _SMALL_ORDERS and cn2[-2] in _CN_DIGIT_SET:
        return _SMALL_ORDERS[cn2[-1]]
    return 1


def _chinese_in(cn: str, mult: str) -> Decimal | None:
    """The Chinese numeral ``cn`` counted in ``mult``, the multiplier written after it
    (one for none). A numeral holding a larger 亿 or 万 than ``mult`` counts that part in
    yuan and only what follows it in ``mult``, as the sum is said: 一亿三千余万元 is 1亿 and
    3千万 (the 余 stops the numeral before its 万), never 一亿三千 times 万."""
    if mult:
        big = max(cn.rfind("亿"), cn.rfind("億"), cn.rfind("万"), cn.rfind("萬"))
        if 0 < big < len(cn) - 1 and _multiplier(cn[big]) > _multiplier(mult):
            head, tail = chinese_to_int(cn[: big + 1]), chinese_to_int(cn[big + 1 :])
            if head is None or tail is None:
                return None
            return Decimal(head) / _multiplier(mult) + tail
    whole = chinese_to_int(cn)
    return None if whole is None else Decimal(whole)


# An order of magnitude alone, as 近千万元 or 逾亿元 writes it: one power of ten, its
# numeral 一 left out (近百元 to 逾千亿元).
_BARE_ORDERS = frozenset(
    {"百", "佰", "千", "仟", "万", "萬", "十万", "百万", "千万", "亿", "億", "十亿", "百亿", "千亿"}
)


def _bare_order(m: re.Match[str], tag: str, cn: str) -> bool:
    """Whether ``cn``, the numeral of quantity ``tag``, is an order of magnitude alone
    right after an approximation prefix (近千万元, 逾亿元, 约百万元, 将近亿元) or before
    余/多 (万余元, 百余万元, 千多万元): a sum, the power of ten it names, approximate.
    The first quantity only: 上千万元, 数百万元 and a bare 千万元 stay vague."""
    return (
        tag == "1"
        and (m.group("pre") is not None or m.group("approx1") is not None)
        and cn in _BARE_ORDERS
    )


def _unit_written(m: re.Match[str], tag: str) -> bool:
    """Whether quantity ``tag`` has a 元 or a multiplier (written after it, or the 万/亿
    that ends a Chinese numeral): without one, :func:`_is_money` turns it down."""
    names = _GROUPS[tag]
    cn, mult, yuan = m.group(names[1], names[2], names[4])
    if yuan is not None or mult is not None:
        return True
    return cn is not None and cn[-1] in _CN_BIG


_END_GROUPS = {
    tag: tuple(
        f"{name}{tag}"
        for name in (
            *("approx2", "submult", "subapprox", "sub"),
            *("mult", "approx", "ar", "cnfrac", "cn", "mx"),
        )
    )
    for tag in ("1", "2")
}
"""Where a quantity with no 元 may end: its groups from the last one it may hold."""


def _qty_end(m: re.Match[str], tag: str) -> int:
    for group in _END_GROUPS[tag]:
        if m.group(group) is not None:
            return m.end(group)
    raise AssertionError("a quantity always has a number")  # pragma: no cover


def _multiplier(mult: str) -> Decimal:
    if mult in _MULTIPLIERS:
        return Decimal(_MULTIPLIERS[mult])
    value = chinese_to_int(mult)
    return Decimal(value if value is not None else 1)


# The currency's name or sign written right before a sum (人民币300万, RMB300万元, ￥300万):
# a figure with 万/亿 after it is money with no money word near. ASCII letters glued before
# a figure make it a code (型号AB300万), but for the currency's own codes.
_CURRENCY_BEFORE = ("人民币", "RMB", "CNY", "rmb", "cny", "￥", "¥")
_CURRENCY_LAST = frozenset(c[-1] for c in _CURRENCY_BEFORE)
"""What the currency's name, code or sign ends with: the gate before
:func:`_approximate_before_currency`."""
# An approximation said before the currency's name, code or sign (约人民币300万元, 超￥300万元,
# 超过RMB2亿元), guarded as :data:`_AMOUNT`'s prefixes are; the sum's ``text`` is the figure
# after the currency, as for 人民币300万元.
_APPROX_BEFORE_CURRENCY = re.compile(
    rf"(?:将近|(?:大约|(?<![节制签预公条契特邀履违守])约){_ABOUT_VERB}"
    rf"|(?<![最附接靠亲将])近|逾|{_OVER})$"
)
_APPROX_REACH = 3
"""The longest prefix :data:`_APPROX_BEFORE_CURRENCY` matches (大约为, 将近, 超过)."""


_POST_AFTER_BREAK = "\n左右"
"""左右 opening the line after a sum's (``300万元`` / ``左右``): a copy broke the line there."""


def _approximation_before_break(norm: str, start: int) -> int:
    """Where an approximation that ends the line before the sum starting at ``start`` right
    after its line break starts (``约`` / ``300万元``, a copy broke the line there), guarded
    as :data:`_AMOUNT`'s prefixes are (``节约`` / ``300万元`` has none); ``start`` when none
    stands there."""
    m = _APPROX_BEFORE_CURRENCY.search(norm, max(0, start - 1 - _APPROX_REACH), start - 1)
    return m.start() if m is not None else start


def _approximate_before_currency(norm: str, start: int) -> bool:
    """Whether an approximation stands right before the currency's name, code or sign that
    stands right before the sum starting at ``start`` (``超￥300万元``, ``约人民币200万元``)."""
    if norm[start - 1 : start] not in _CURRENCY_LAST:
        return False  # (most sums have no currency before them: one look-up)
    for currency in _CURRENCY_BEFORE:
        if norm.endswith(currency, 0, start):
            at = start - len(currency)
            return _APPROX_BEFORE_CURRENCY.search(norm, max(0, at - _APPROX_REACH), at) is not None
    return False


_SPOKEN_YI = ("个亿", "个億", "个多亿", "个余亿", "个多億", "个余億")
"""How a letter writes 亿元 as it is said (3个亿, 1.2个亿); 个亿 counts nothing else there."""


def _is_money(norm: str, start: int, qty: _Qty) -> bool:
    """Whether a quantity (and its range, if any) ending at ``qty.end`` is money."""
    if _FOREIGN.match(norm, qty.end):
        return False
    if qty.yuan:
        return True
    if not qty.mult or qty.mult == "千":
        return False
    if _COUNT_UNIT.match(norm, qty.end):
        # 300万人民币: the currency's name opens with 人, which counts nothing there
        return norm.startswith("人民币", qty.end)
    if norm.endswith(_SPOKEN_YI, max(0, qty.end - 3), qty.end):
        return True  # 增加1.2个亿: the spoken 亿 is a sum of money
    if norm.endswith(_CURRENCY_BEFORE, max(0, start - 4), start):
        return True  # 人民币300万, ￥300万: the currency named before it
    window = norm[max(0, start - _CONTEXT_WINDOW) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    if _MONEY_WORDS.search(window) is not None:
        return True
    if _FUND_AFTER.match(norm, qty.end) is not None:
        return True
    # 分别为300万、200万元: a list whose last sum writes the 元 they share
    return (
        norm[qty.end : qty.end + 1] in _LIST_MARKS and _LISTED_YUAN.match(norm, qty.end) is not None
    )


# What joins the sums of a list (300万、200万元, 50万和30万元).
_LIST_MARKS = frozenset("、和及与")
_FIGURE_CHARS = frozenset("0123456789.")
# What may stand right before the first of bare figures listed before a sum: a word's
# hanzi (补助300、200万元, 分别为5、3万元), none that makes the figure an ordinal or a
# range's end (第1、2万元), nor a line's start or a clause break, where ``1、`` is a
# section's marker (1、200万元用于…).
_NOT_BEFORE_LIST = frozenset("第至到约近超逾")


def _bare_listed(norm: str, start: int, floor: int) -> list[Range]:
    """The bare figures (no multiplier, no 元) listed right before the sum at ``start``,
    each joined to the next by ``、`` ``和`` ``及`` ``与`` (``300、200万元``, ``50、30和20万元``):
    each is a sum in the unit the last writes once for them all, as ``2018和2019年`` writes
    年 once. In text order; none before ``floor`` (the previous amount's end); none when
    the first stands after no word (see :data:`_NOT_BEFORE_LIST`)."""
    out: list[Range] = []
    at = start
    while at - 1 > floor and norm[at - 1] in _LIST_MARKS:
        j = at - 1
        k = j
        while k > floor and norm[k - 1] in _FIGURE_CHARS:
            k -= 1
        if k == j or not (norm[k].isdigit() and norm[j - 1].isdigit()):
            break  # no figure there
        if norm.count(".", k, j) > 1:
            break  # one no sum is (1.2.3)
        out.append((k, j))
        at = k
    if not out:
        return []
    before = norm[at - 1] if at > 0 else "\n"
    if not "\u4e00" <= before <= "\u9fff" or before in _NOT_BEFORE_LIST:
        return []
    return out[::-1]


# The rest of a list of bare sums after one, its last writing the 元 they share
# (、200万、100万元); each a figure or a numeral with its 万 or 亿, no count between.
_LISTED_YUAN = re.compile(
    r"(?:[、和及与](?:\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千]+)[余多]?[万萬亿億])+元"
)


# Every character an amount may hold (each piece of _AMOUNT's), digits aside.
_AMOUNT_CHARS = frozenset(
    ",，.。点 "
    + _MIDDLE_DOTS
    + _CN_ALL
    + "余多个"
    + "".join(_MULTIPLIERS)
    + "元至到"
    + RANGE_DASHES
    + "将近大约逾超过左右"
    + "为合计达"  # _ABOUT_VERB
)


def _run_start(norm: str, pos: int, unit: int) -> int:
    """Where the run of characters an amount may hold that reaches ``norm[unit]`` starts
    (not before ``pos``). Exact as a start for the search: every amount holds a unit
    character, none stands from ``pos`` to ``unit``, and an amount is one such run, so
    one that starts before the run holds no unit and would be turned down."""
    start = unit
    while start > pos and (norm[start - 1] in _AMOUNT_CHARS or norm[start - 1].isdecimal()):
        start -= 1
    return start


def _amount_by(norm: str, pos: int, unit: int) -> re.Match[str] | None:
    """``_AMOUNT.search(norm, pos)`` when it finds a match starting by ``unit`` (a unit
    character, ``pos`` the start of its run of :data:`_AMOUNT_CHARS`); else None, where
    the search would go on to a match starting after it. Such a match is none to read
    here: it holds a unit character (or is turned down) and is one run of amount
    characters, so it starts in the run of a later unit, whose search finds it again.
    Tried at each place of the run (a few), not scanned on through the letter."""
    for at in range(pos, unit + 1):
        if (m := _AMOUNT.match(norm, at)) is not None:
            return m
    return None


_THOUSANDS_BLANK = frozenset(" \u3000\u00a0\u2002\u2003\u2009\u202f\u205f")
"""A blank that may part a sum's thousands (a tab or a run of blanks parts a table's cells)."""


def _thousands_blanks(view: TextView, m: re.Match[str]) -> bool:
    """Whether every space inside the Arabic numbers of ``m`` stands for one blank of the
    letter (:data:`_THOUSANDS_BLANK`), as a thousands separator is written."""
    original, origin, norm = view.original, view.origin, view.norm
    for tag in ("1", "2"):
        if (ar := m.group(f"ar{tag}")) is None or " " not in ar:
            continue
        at = m.start(f"ar{tag}")
        for i in range(at, m.end(f"ar{tag}")):
            if norm[i] == " " and not (
                origin[i + 1] - origin[i - 1] == 2 and original[origin[i]] in _THOUSANDS_BLANK
            ):
                return False
    return True


def _yuan(qty: _Qty, mult: str) -> Decimal:
    value = qty.number * _multiplier(mult) if mult else qty.number
    if value.adjusted() + 3 <= getcontext().prec:
        # the usual sum: the context holds every digit already, and a local one would be
        # its copy, unchanged (the rounding reads the same)
        return round(value, 2)
    with localcontext() as ctx:
        # rounding to cents needs every digit of the value: 9999999999999999999亿 has 28
        ctx.prec = max(ctx.prec, value.adjusted() + 3)
        return round(value, 2)


def find_amounts(view: TextView, *, exclude: Sequence[tuple[int, int]] = ()) -> list[Amount]:
    """Every sum of money in the letter, in text order.

    ``exclude`` lists ``view.norm`` ranges (document numbers, standard codes, …) in which
    no amount may start.
    """
    return [amount for amount, _ in _amounts(view, exclude)]


def _amounts(
    view: TextView, exclude: Sequence[Range] | Callable[[], Sequence[Range]]
) -> list[tuple[Amount, Range]]:
    """The amounts and their ``view.norm`` ranges. ``exclude`` may be given as a function
    that makes it, called at the first amount read (most letters hold none)."""
    norm = view.norm
    out: list[tuple[Amount, Range]] = []
    units = char_places(norm, _UNIT_CHARS)  # (every match of _UNIT, ascending)
    covered: Covered | None = None  # the ranges of ``exclude``, joined when first asked
    pos = 0
    unit = -1  # the first unit character at or after pos, once looked for
    while True:
        if unit < pos:
            # An amount lies on one line and holds a unit character (元 or a multiplier):
            # none starts before the line of the next one, so the search starts there.
            # (_UNIT.search(norm, pos), looked up among the places of its characters)
            k = bisect_left(units, pos)
            if k == len(units):
                break
            unit = units[k]
            pos = max(pos, _run_start(norm, pos, unit))
            if norm[pos - 1 : pos] == "\n" and (at := _break_start(view, pos - 1)) >= 0:
                return _rejoined(view, exclude, at, pos - at)  # 下达资金120 / 0万元 (rare)
        m = _amount_by(norm, pos, unit)
        if m is None:
            # none starts by the unit: one starting after it holds a later unit character,
            # and so starts in that one's run (see :func:`_amount_by`)
            pos = unit + 1
            continue
        start = m.start()
        if norm[start - 1 : start] in _LOST_DIGIT and norm[start : start + 1].isdecimal():
            pos = m.end()  # a digit lost before it (下?0万元, 1□0万元): no sum says its value
            continue
        if not (_unit_written(m, "1") or (m.group("sep") and _unit_written(m, "2"))):
            pos = start + 1  # no 元 and no 万/亿: never money (a date, a count, a phone)
            continue
        if " " in m.group(0) and not _thousands_blanks(view, m):
            pos = start + 1  # cells of a table, not a sum's thousands: the sum is after
            continue
        first = _read_quantity(m, "1")
        second = _read_quantity(m, "2") if m.group("sep") else None
        # a range needs its second half to be money-like, else only the first half counts
        if second is not None and not (second.yuan or second.mult):
            second = None
        last = second or first
        if first is None or last is None or not _is_money(norm, start, last):
            pos = start + 1
            continue
        if second is not None and _FOREIGN.match(norm, first.end):
            pos = start + 1
            continue
        end = last.end
        # 左右 belongs to the amount only when it follows the half that was kept
        has_post = m.group("post") is not None and m.start("post") == end
        if has_post:
            end = m.end("post")
        elif norm.startswith(_POST_AFTER_BREAK, end):
            has_post, end = True, end + len(_POST_AFTER_BREAK)  # 300万元 / 左右
        before_break = (
            _approximation_before_break(norm, start)
            if m.group("pre") is None and norm[start - 1 : start] == "\n"
            else start
        )
        if callable(exclude):  # exact: read only here, and no claim is added meanwhile
            exclude = exclude()
        if covered is None:  # (joined once: each amount asks one halving, not each range)
            covered = Covered.of(exclude)
        if covered.holds(start):
            pos = end
            continue
        first_mult = first.mult if second is None else _first_mult(m, first, second)
        if second is None and norm[start - 1 : start] in _LIST_MARKS and m.group("ar1"):
            # bare figures listed before it share its unit (分别补助300、200万元)
            floor = out[-1][1][1] if out else 0
            for k, j in _bare_listed(norm, start, floor):
                if covered.holds(k):
                    break
                text, span = view.source(k, j)
                figure = _Qty(Decimal(norm[k:j]), first.mult, first.yuan, False, j)
                listed = {"text": text, "value": _yuan(figure, first.mult), "end": None}
                listed |= {"unit": first.unit, "approximate": False, "span": span}
                out.append((make_amount(listed), (k, j)))
        text, span = view.source(before_break, end)
        amount = make_amount(
            {
                "text": text,
                "value": _yuan(first, first_mult),
                "end": _range_end(first, first_mult, second),
                "unit": last.unit,
                "approximate": bool(
                    m.group("pre")
                    or before_break < start
                    or has_post
                    or first.approximate
                    or (second is not None and second.approximate)
                    or _approximate_before_currency(norm, start)
                ),
                "span": span,
            }
        )
        out.append((amount, (before_break, end)))
        pos = end
    if "￥" in norm or "¥" in norm:  # a sum the yuan's sign alone says is money (rare)
        out = _signed(view, out, exclude() if callable(exclude) else exclude)
    return out


_FIGURE_TAIL = frozenset("0123456789.")
_BROKEN_NEXT = frozenset("0123456789" + _UNIT_CHARS)


def _break_start(view: TextView, last: int) -> int:
    """Where the line break that breaks a sum (:func:`_broken_at`) and ends at ``last``, the
    line break before the run of a unit character that opens its line, starts: ``last``,
    or the first of the breaks before it each of which follows a whole line the view
    dropped (a page's number, where a page ended inside the sum: ``下达资金120`` / ``— 2 —``
    / ``0万元``); -1 when it breaks none."""
    norm = view.norm
    at = last
    while at > 0 and norm[at - 1] == "\n":
        at -= 1  # (a page's number between: rare)
    if at < last and view.past_dropped_lines(at) != last and not _opens_no_sum(norm, at, last):
        return -1  # a blank line the letter has: the sum is not carried over it
    thousands = _thousands_at_end(view, at, last + 1)
    return at if _broken_at(norm, at, last + 1, thousands=thousands) else -1


def _thousands_at_end(view: TextView, at: int, nxt: int) -> bool:
    """Whether the line that ends at ``at`` ends with a thousands' separator as written, a
    comma the view reads ，(``资金3,`` / ``200万元``; a full-width ，there ends a clause as
    often), the next line opening with three figures (:data:`_THOUSANDS_NEXT`)."""
    norm = view.norm
    return (
        norm[at - 1 : at] == "，"
        and view.original[view.origin[at - 1]] == ","
        and _THOUSANDS_NEXT.match(norm, nxt) is not None
    )


def _opens_no_sum(norm: str, at: int, last: int) -> bool:
    """Whether the line after one blank line (breaks ``at`` to ``last``) opens with what no
    sum opens with, a figure's 0 before a digit or a unit (``0万元``) or a unit itself
    (``万元``): the rest of the sum the line before the blank one ends with (``下达资金120`` /
    / ``0万元``), a copy's blank line inside it."""
    nxt = last + 1
    if last - at != 1 or nxt >= len(norm):
        return False
    return norm[nxt] in _UNIT_CHARS or (norm[nxt] == "0" and norm[nxt + 1 : nxt + 2] != ".")


def _broken_at(norm: str, at: int, nxt: int, *, thousands: bool = False) -> bool:
    """Whether the line break at ``at`` (before the run of a unit character that opens its
    line at ``nxt``) breaks a sum: its line ends with a figure (digits, or digits and a
    decimal point) glued to a word (``下达资金120`` / ``0万元``, ``资金1.2`` / ``亿元``), as a
    copy breaks a line where the page's width ended it. A figure after a label's colon, a
    line's start or a blank (a phone, a row's number, a page's) breaks nothing. With
    ``thousands``, the line ends with a thousands' separator after the figure (``3,`` /
    ``200万元``: :func:`_thousands_at_end`)."""
    if nxt >= len(norm) or norm[nxt] not in _BROKEN_NEXT:
        return False
    start = at - 1 if thousands else at  # (3, / 200万元: past the separator)
    while start > 0 and norm[start - 1] in _FIGURE_TAIL:
        start -= 1
    return (
        0 < start < at
        and at - start <= _MAX_FIGURE_BROKEN
        and norm[start] not in ".，"
        and "\u4e00" <= norm[start - 1] <= "\u9fff"
    )


_THOUSANDS_NEXT = re.compile(r"\d{3}(?![\d.])|\d{3}\.\d")
"""What the line after a thousands' separator that ends a line opens with: its three
figures (a decimal part after them allowed)."""
_MAX_FIGURE_BROKEN = 12
"""The longest figure ending a line that a sum broken there carries on (a phone's digits
are more)."""


def _rejoined(
    view: TextView,
    exclude: Sequence[Range] | Callable[[], Sequence[Range]],
    at: int,
    count: int = 1,
) -> list[tuple[Amount, Range]]:
    """:func:`_amounts` of ``view`` read with its ``count`` line breaks at ``at`` dropped (a
    sum broken over them is one, its span running over the break, as a hard-wrapped
    letter's is), the ranges in ``view.norm``'s offsets."""
    norm, origin = view.norm, view.origin
    past = at + count
    joined = TextView.from_parts(
        view.original,
        norm[:at] + norm[past:],
        origin[:at] + origin[past:],
        # (what the view knows of the letter, as resegment's view keeps it: no reading of
        # the amounts asks it today, one that does finds it)
        invisible=view.invisible,
        glossed=view.glossed,
    )

    def moved(ranges: Sequence[Range]) -> list[Range]:
        return [(a - count * (a > at), b - count * (b > at)) for a, b in ranges]

    inner = (lambda: moved(exclude())) if callable(exclude) else moved(exclude)
    return [
        (amount, (a + count * (a >= at), b + count * (b > at)))
        for amount, (a, b) in _amounts(joined, inner)
    ]


# A figure the yuan's sign alone makes money (￥300, ¥1,200.50, ￥1，200), with no 元 or
# multiplier after it, which the search above reads (￥300万 → 300万), and a range said so
# (￥300-￥500, ￥300—500), approximate after 约/近/超… or before 左右 as any sum; a count or a
# percentage after it is none of it, and a range
# whose second figure has its unit (￥300—500元) is read by the search above.
_SIGN_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:，\d{3})+(?![\d，])|\d+)(?:\.\d+)?"
_SIGNED = re.compile(
    rf"""
    (?P<pre>将近|大约|(?<![节制签预公条契特邀履违守])约|(?<![最附接靠亲将])近|逾|{_OVER})?
    [￥¥](?P<a>{_SIGN_NUMBER})
    (?:(?:{_LONG_DASHES}|[{_DASHES}至到])[￥¥]?(?P<b>{_SIGN_NUMBER}))?
    (?![\d%‰.,，]?[\d%‰]|[.,，]?[万萬亿億千百元余多个]|(?:{_LONG_DASHES}|[{_DASHES}至到])[￥¥]?\d)
    (?P<post>左右)?
    """,
    re.VERBOSE,
)


def _signed(
    view: TextView, found: list[tuple[Amount, Range]], exclude: Sequence[Range]
) -> list[tuple[Amount, Range]]:
    """``found`` and the sums :data:`_SIGNED` reads (their ``text`` the sign and figure as
    written, ``unit`` 元, the sign's), in text order."""
    added = False
    norm = view.norm
    covered = Covered.of(exclude)
    for m in _SIGNED.finditer(norm):
        start, end = m.span()
        if covered.holds(start) or len(m.group("a")) > _MAX_ARABIC:
            continue
        if _COUNT_UNIT.match(norm, end):
            continue  # ¥300人: a count
        second = m.group("b")
        if second is not None and len(second) > _MAX_ARABIC:
            continue
        text, span = view.source(start, end)
        amount = make_amount(
            {
                "text": text,
                "value": _yuan(_read_figure(m.group("a")), ""),
                "end": None if second is None else _yuan(_read_figure(second), ""),
                "unit": "元",
                "approximate": m.group("pre") is not None or m.group("post") is not None,
                "span": span,
            }
        )
        found.append((amount, (start, end)))
        added = True
    if added:
        found.sort(key=lambda item: item[1][0])
    return found


def _read_figure(figure: str) -> _Qty:
    return _Qty(Decimal(figure.translate(_SEPARATORS_READ)), "", True, False, 0)


def _first_mult(m: re.Match[str], first: _Qty, second: _Qty) -> str:
    """The multiplier a range's first quantity is counted in: its own (3万-5万元), the
    second's when it writes none (50-100万元; but :func:`_rising_mult`), the second's
    whole when its own is the first order of the second's (2千-3千万元: 千万), and the
    second's last order alone when it spells its own orders (2百-3百万元, 1千5百-2千万元:
    二百万, 一千五百万: :data:`_MIXED`)."""
    mult = second.mult
    if first.yuan or not mult:
        return first.mult
    if first.mult:
        # 2千-3千万元: the first's 千 is the 千万 the second says whole
        return mult if len(mult) == 2 and mult[0] == first.mult else first.mult
    if m.group("mx1") is not None:
        return mult[-1]  # 2百-3百万元: 二百万; 5十-8十万元: 五十万
    return _rising_mult(m, first, second)  # 5000-1万元: 5000 yuan to 1万


# The unit a range's first figure is said in when its second's is too big for it: 亿's
# is 万 (5000-1亿元: 5000万 to 1亿), 万's is the yuan (5000-1万元).
_MULT_BELOW = {"亿": "万", "億": "萬", "万": "", "萬": ""}


def _rising_mult(m: re.Match[str], first: _Qty, second: _Qty) -> str:
    """The multiplier a range's first figure, written in figures with no unit of its own,
    is counted in: the second's (50-100万元), or the unit below it (:data:`_MULT_BELOW`)
    when the first, a whole figure of three digits or more, would stand above the second
    in the second's and rises to it in the unit below, as a range is written (5000-1万元,
    800-1.2万元: yuan; 5000-1亿元: 万). A falling range of small figures keeps the
    second's (50-30万元)."""
    mult = second.mult
    below = _MULT_BELOW.get(mult)
    number = first.number
    if below is None or m.group("ar1") is None or number < 100 or number % 1:
        return mult
    in_below = number * _multiplier(below) / _multiplier(mult)  # in the second's
    return below if in_below < second.number < number else mult


def _range_end(first: _Qty, first_mult: str, second: _Qty | None) -> Decimal | None:
    """The end of the amount whose quantities are ``first`` (counted in ``first_mult``) and
    ``second``: the second's sum (its higher digit's, 五至七八万元), or the higher digit's
    of a range said in one numeral (五六万元); None for a single sum."""
    if second is not None:
        return _yuan(_spoken_high(second), second.mult)
    if first.spoken_end is not None:
        return _yuan(_spoken_high(first), first_mult)
    return None


def _spoken_high(qty: _Qty) -> _Qty:
    """``qty`` at the higher end of the range it says (五六万: 六万), itself when it says none."""
    return qty if qty.spoken_end is None else replace(qty, number=qty.spoken_end)


# No amount starts inside these: a document number's serial, a standard's number, a session.
NOT_MONEY = (DocNumberFound, StandardCode, ProposalSession, ItemRecord)


class AmountFound(Found[Amount]):
    def place(self, letter: Letter) -> None:
        letter.amounts.append(self.value)


def extract(ctx: Context) -> list[Item]:
    return [
        AmountFound(amount, amount.span, claim)
        # the claims' ranges made only for a letter with an amount (few: about 10k
        # instructions a letter spared)
        for amount, claim in _amounts(ctx.view, lambda: ctx.claims.ranges(*NOT_MONEY))
    ]
