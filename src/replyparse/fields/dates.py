"""Dates: ``2019年5月27日``, ``2018年5月``, ``2015年``, ranges, Chinese-numeral dates.

A date is written with 年/月/日: a year needs four digits between 1900 and 2099 (or four
Chinese-numeral digits, ``二〇二〇``), so durations (``5年``, ``三年规划``), decades
(``90年代``), bracketed document-number years (``〔2018〕``) and digit runs that lost their
年/月/日 (``2021830``) never match (a year whole with its 年 after one stray figure, a
count's glued on, does: ``32031年`` → 2031); a day whose 日 was lost where its line ends
(``2021年9月3``) or to a web page's markup glued after it (``2021年9月3?span…``) is
still a day (but for one ending the letter's text that more figures could follow, a date a
store cut: its month, :func:`cut_day`), and so is a whole date whose 年 was mistyped 月
(``2019月6月11日``). A list of years may write 年 once (``2018和2019年``: two
dates), a list of months may write 月 once (``2022年3、4月``: 2022-03, then 4月 in
2022), and a plan's period in brackets may write none (``（2019-2035）``: a range).
``value`` is ISO to the precision written; a range (``2018年9月10至14日``, ``2010-2015年``)
is one item with ``end``, and so is a period in figures with dots (``2023.5-2024.3``:
:data:`_DOTTED_RANGE`). A month or month-day with no year (``自3月试点以来``,
``6月15日``) takes ``default_year`` and is marked ``inferred``.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import NamedTuple

from replyparse import vocab
from replyparse.chrome import form_reply_date_rows
from replyparse.closing import damaged_date
from replyparse.context import Claims, Context, Covered, Found, Item, Range
from replyparse.fields.docnumber import DocNumberFound
from replyparse.fields.linescan import finditer_lines, lines_holding
from replyparse.fields.numerals import (
    CN_YEAR_DIGITS,
    RANGE_DASHES,
    RANGE_LONG_DASHES,
    chinese_to_int,
)
from replyparse.fields.proposal import ANNUAL_ITEM_NUMBER, ItemRecord, ProposalSession
from replyparse.fields.standards import StandardCode
from replyparse.fields.title import WRAPPERS, Title, TitleChrome
from replyparse.layout import VIEWS_LABEL, is_form_heading
from replyparse.model import DateItem, Letter, Precision, make_date
from replyparse.textview import TextView

# Each alternation lists its longer forms first: 31 before 3, 十二 before 十, 二十一 before 二.
# A year that starts a date must not continue a code or a number (GB/T 50180-2018,
# 12019, 3.2021); one after a separator (2010-2015年) may follow its dash. But a year
# written whole with its 年 right after it may follow one stray figure that follows no
# other figure, letter, dot or separator (面积22021年计划…: a count whose unit or stop the
# copy lost, glued on): no figure of five counts years in a letter, but for the years
# before now (约12000年前: none) (:data:`_AFTER_STRAY`).
_YEAR_DIGITS = rf"(?:(?:19|20)\d{{2}}(?!\d)|[一二][{CN_YEAR_DIGITS}]{{3}})"
# A list marker (1., 12.) that starts a line, follows a label's ： or a sentence end inside
# a line (paragraphs joined: …已完成。2.2017-2021年…) may stand right before.
_AFTER_MARKER = r"(?<=^\d\.)|(?<=^\d\d\.)|(?<=[\n：。；！？]\d\.)|(?<=[\n：。；！？]\d\d\.)"
# A phone or another long digit run, then the one space the view keeps between digits,
# then a full date (联系电话：13900000123 2021年5月6日: a flattened closing block); or the
# date glued to the phone's figures, a year with its 年 and a month after it (联系电话：
# 00005550123 2024年9月 flattened with nothing between: …55501232024年9月): no count of
# seven figures or more runs on into a year so.
_AFTER_DIGIT_RUN = (
    r"(?<=\d{7}[ ])(?=\d{4}年\d{1,2}月)"  # [ ]: the patterns are VERBOSE
    r"|(?<=\d{7})(?=(?:19|20)\d{2}年\d{1,2}月)"
)
_AFTER_STRAY = rf"(?<=(?<![\dA-Za-z.,/\- {CN_YEAR_DIGITS}])\d)(?=(?:19|20)\d{{2}}年(?!代(?!表)|前))"
_YEAR = (
    rf"(?:(?:(?<![\dA-Za-z.,/\- {CN_YEAR_DIGITS}])|{_AFTER_MARKER}|{_AFTER_DIGIT_RUN}"
    rf"|{_AFTER_STRAY}){_YEAR_DIGITS})"
)
# 元月 is January, as letters write it (2024年元月, 二〇二四年元月十日): 元 is a month only
# right before its 月 (元旦, 元宵 and a sum's 元 are none).
_MONTH = r"(?:(?:1[0-2]|0?[1-9])(?!\d)|十[一二]?|[一二三四五六七八九]|元(?=月))"
# A day in words may write its tens in one character (廿三日: 23, 卅日: 30), and a copy
# (an input method's homophone, or an OCR) 念 for 廿: only before a unit and the day's 日
# (念三日), as 念 is a word of its own.
_DAY = (
    r"(?:(?:3[01]|[12]\d|0?[1-9])(?!\d)|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?"
    r"|卅一?|念[一二三四五六七八九](?=[日号])|[一二三四五六七八九])"
)
# The 日 (or 号) a list of days ends with (2024年5月6、7日); a 号 of a building, a line or a
# document after the list's last number is none (6、7号楼).
_LIST_DAY_MARK = "(?:日|号(?![楼栋院室线文令]))"
# Range separators, longest first (—— before —): the range dashes the amounts read too
# (:data:`~replyparse.fields.numerals.RANGE_DASHES`), and 至, 到.
_SEPARATORS = (*RANGE_LONG_DASHES, *RANGE_DASHES, "至", "到")
# The separators of two characters, then one class of those of one (the same matches as
# their alternation, longest first, at a fraction of its cost in every pattern using it).
_LONG_SEPARATORS = tuple(sep for sep in _SEPARATORS if len(sep) > 1)
_SHORT_SEPARATORS = re.escape("".join(sep for sep in _SEPARATORS if len(sep) == 1))
_SEP = f"(?:{'|'.join(_LONG_SEPARATORS)}|[{_SHORT_SEPARATORS}])"

# A part of a month (上旬, 底) or of a year (年底, 下半年, 第四季度, a season: 秋季, 秋冬季) a
# range's first end may name before its dash (:func:`_with_year` keeps each to its own).
_PARTS = r"[上中下]旬|初|底|末|年[初中底末]|[上下]半年|第?[一二三四1-4]季度|[春夏秋冬]{1,2}季"

# What a year's 年 is merged into, the year written right before it (2022上半年, 2023全年).
_MERGED_YEAR_MARK = ("上半年", "下半年", "全年")
# The same, as a lookahead after the figures: 全年 opening a word (全年级, the whole grade;
# 全年段, a school's band of grades; 全年龄, all ages) merges no 年.
_MERGED_YEAR = r"(?=[上下]半年|全年(?![级龄段]))"

# The middle dot an event's name parts its month and day by (7·14洪涝灾害, 3·15), as a
# copy or an input method writes it (˙, ・, ‧, •, ･, ∙, ⋅): after a year with its 年, the
# day in figures after it (2019年7·14洪涝灾害 is that day: fix162). Never a decimal's dot.
_EVENT_DOTS = "·˙・‧•･∙⋅"
_QUOTE_CLOSES = {"“": "”", '"': '"', "‘": "’", "'": "'", "「": "」", "『": "』"}
"""The quote that closes each quote an event's dotted day may open in (2021年“7·20”)."""
_EVENT_AFTER_QUOTE = re.compile(
    r"[^。，,；;：:！？!?\n]{0,10}?(?:暴雨|降雨|降水|洪涝|洪水|洪灾|水灾|山洪|灾害|灾情|台风|地震"
    r"|泥石流|火灾|事故|事件|险情|冰雹|寒潮|晚会|活动|纪念日|权益日|节(?![约能省水点目])|大促|行动"
    r"|期间|以来|当天|当日)"
    r"|(?:前|后|之后|以后|至|到|[—–－~～-])"
)
"""What names a dated event after its quoted month·day closes (2021年“7·20”暴雨, “3·15”晚会,
“8·1”建军节, “6·18”期间, “7·20”和“8·1”两次暴雨, “7·20”（特大暴雨）): what happened or was
held or a time word in the clause's next few characters, or a time word right after. Other
words (“7·2”比分领先, “1·1”版本的规划) name no event: the year alone (mend75b)."""
# The end of a range of quoted event days after the first's closing quote (2021年“7·20”至
# “7·22”暴雨): the dash or 至, the end's opening quote, its month·day (tail76).
_QUOTED_DAY_END = re.compile(
    rf"(?:至|到|[—–－~～-])(?P<q>[“\"‘'「『])(?P<m>{_MONTH})[{_EVENT_DOTS}](?P<d>(?:3[01]|[12]\d|0?[1-9])(?!\d))"
)
# A figure's unit after the day's figures shows a number, the dot its decimal point or a
# list's mark (2019年7·14万元, 7·5亿元, 7·14公里, 3·5%, 1·3比例, 7·8月份, 3·4季度): a
# count's or measure's unit (amount_count_units), money's, a quarter's, a share's or a
# ratio's word. An event's name goes on with what happened or a time word (7·14洪涝, 7·20
# 暴雨, 3·15晚会, 7·1前, 7·14日, 7·14至7·16: mend74a); 台风 is an event's, not 台's count.
_FIGURE_UNIT = rf"(?!台风)(?:{vocab.alternation('amount_count_units')}|[万亿元千百季比成%％‰])"
_EVENT_DOT = rf"[{_EVENT_DOTS}](?=(?:3[01]|[12]\d|0?[1-9])(?![\d.]|{_FIGURE_UNIT}))"
# ...and where such a unit follows a range's dotted end (2019年7·14至7·16万元): the range is
# of numbers, the dots their decimal points, as the end alone shows (tail76).
_DOTTED_END_UNIT = re.compile(
    rf"(?:至|到|[—–－~～-])\d{{1,2}}[{_EVENT_DOTS}]\d{{1,2}}(?!\d){_FIGURE_UNIT}"
)

# A date that starts with its year. 年 followed by 代 is a decade (1990年代), not a year,
# unless it is 代表 (2020年代表建议). The end part after the separator is optional piece by
# piece; the code keeps it only when its pieces fit the start (``_range_end``). The month
# range with 月 written once must come before the general 年 branch, which would stop at 年.
_WITH_YEAR = re.compile(
    rf"""
    (?=[12一二])  # what a year opens with: positions that cannot start one fail at once
    (?P<y>{_YEAR})
    (?:
        # 2010-2015年: 年 once, at the end; a school year's 学年 (2022—2023学年), also with a
        # slash, as school and fiscal years are written (2023/2024学年, 2023/2024年度), and
        # with the first year's 年 or 学年 written too before one (2022年—2023学年,
        # 2023学年至2024学年, 2022年度—2023年度)
        (?:学?年度?(?={_SEP}{_YEAR_DIGITS}(?:学年|年度)))?
        (?P<ysep>{_SEP}|/(?=\d{{4}}(?:学年|年度)))(?P<yb>{_YEAR_DIGITS})学?年(?!代(?!表))
      | 年(?P<ma>{_MONTH})(?P<masep>{_SEP})(?P<mb>{_MONTH})月  # 2022年1—6月: 月 once, at the end
      | 年(?P<ml>{_MONTH})(?=(?:[、和]{_MONTH})+月)  # 2022年3、4月: the first month of a list
      | 年(?P<dm>{_MONTH})月(?P<dl>{_DAY})(?=(?:[、和]{_DAY})+{_LIST_DAY_MARK})  # 2024年5月6、7日
      # (not a serial's year in a note: （2021年第58号）, （2021年第58号，B类）, …，同意公开）;
      # nor before the item's number and kind word: 市政协2017年第239号提案, an annual numbering)
      | (?:年年(?={_MONTH}月)  # 2018年年元月: 年 typed twice before the month (年年底: none)
          |年(?!代(?!表))(?!度?{ANNUAL_ITEM_NUMBER})
          |月(?={_MONTH}月{_DAY}[日号])  # 2019月6月11日: 年 mistyped 月
          |\.(?={_MONTH}月)  # 2020.6月: a dot for 年, its month's 月 written
          |{_MERGED_YEAR})  # 2022上半年: its 年 merged (_MERGED_YEAR_MARK)
        # (an event's month·day in quotes after the 年: 2021年“7·20”暴雨, tail75)
        (?P<q>[“"‘'「『](?={_MONTH}{_EVENT_DOT}))?
        (?:(?P<m>{_MONTH})(?:月|{_EVENT_DOT})  # (2019年7·14洪涝: an event's month·day)
            (?:(?P<d>{_DAY})(?P<dmark>[日号])?)?
        )?
        # 9月下旬至10月, 2022年底至2023年6月, 2023年第四季度至2024年: before a dash only
        (?P<part>{_PARTS})?(?(part)(?={_SEP}))
        (?:
            (?P<sep>起?{_SEP})  # 自2019年6月起至2020年12月止: 起 opens the range's end
            # (its 年 merged too: 2022上半年至2023下半年, the text to its figures)
            # (its 年 typed twice before its month too: 2018年年初至2019年年5月, left71)
            (?:(?P<y2>{_YEAR_DIGITS})(?:年年(?={_MONTH}月)|年(?!代(?!表))|\.(?={_MONTH}月)|{_MERGED_YEAR})
              |(?P<next>[次翌])年(?={_MONTH}月))?  # 2023年12月至次年2月: the year after
            # (an event's days dotted at both ends, 2019年7·14至7·16: the end's 日 unwritten)
            (?:(?P<m2>{_MONTH})(?:月|(?P<dot2>{_EVENT_DOT})))?
            (?:(?P<d2>{_DAY})(?(dot2)[日号]?|[日号]))?
        )?
    )
    """,
    re.VERBOSE,
)

# Where a match of _WITH_YEAR may start: a year's first character, with the rest of the
# year after it (19xx, 20xx, or 一/二 and three more numerals). A superset: every match
# starts with its year's digits (what stands before them is looked at, not taken). It
# opens with one character class, which the engine scans for in C, where _WITH_YEAR,
# opening with a lookahead, is tried at every place of a line: :func:`_found` tries the
# pattern only where this finds a year's start (a search tries each place in turn: the
# same matches).
_YEAR_AT = re.compile(rf"[12一二](?:(?<=1)9\d\d|(?<=2)0\d\d|(?<=[一二])[{CN_YEAR_DIGITS}]{{3}})")


# The hyphens a copy or a word processor may write for a numeric date's -: the hyphen ‐,
# the non-breaking hyphen ‑, the minus signs − and ﹣ (the full-width － the view folds).
# Not the dashes — or ～: between figures those write a range (2023—2024).
_HYPHENS = re.escape("-‐‑−﹣")  # (escaped: a class's - is a range's)
# A numeric date (2019-05-27, 2019.5.27, 2019/5/27, 2019‐05‐27): year, month and day all
# present, the same separator twice, and no code or number around it (GB/T 50180-2018
# has no month, 2019.5.27.1 is a version's); a full stop a typist set after it in figures
# (2024.5.20.) is none of it.
_NUMERIC = re.compile(
    rf"""
    (?=[12])
    (?<![\dA-Za-z.,/{_HYPHENS} ])
    (?P<y>(?:19|20)\d{{2}})(?P<s>[{_HYPHENS}./])(?P<m>1[0-2]|0?[1-9])(?P=s)
    (?P<d>3[01]|[12]\d|0?[1-9])
    (?![\dA-Za-z/{_HYPHENS}]|\.[\dA-Za-z./{_HYPHENS}])  # a dot after it ends a sentence only
    """,
    re.VERBOSE,
)

# A date whose 年 (and 月) a copy wrote as a hyphen (a mirror that replaced every 年 so, its
# 月 too or not): 2014-陆续, 2017-10-前, 2017-10月, 2017-10月21日. Where its last mark is a
# hyphen, the words glued after it tell the damage: not a range of years (2014-2017:
# figures after it), nor a count's or a sum's figures (2000-余人), nor a year whose 年
# follows the hyphen. Not a whole numeric date with a hyphen after it (2019-12-20-某):
# read as none, as a list's dash a flattened page glues after its date cell may stand so.
# Nor a code's year: one character after the hyphen with a figure, a letter or another
# hyphen right after it (2020-甲-03, 2019-乙3), unless the character is a range's 至 or 到.
# A month so written may open a range whose end is written the same way or with its 年
# (2019-10月至2020-3月, 2019-10月—2020年3月) or names no year (2019-10月至12月): one
# date, as 2019年10月至2020年3月 is (:func:`_hyphened` checks its ends fit); so is a year so
# written with a range's word and another year after it (2014-至2016-, 2014-至2016年), as
# 2014年至2016年 is (its last hyphen no part of it).
_HYPHENED_MARKS = re.compile(
    rf"""
    (?=[12])
    (?<![\dA-Za-z.,/{_HYPHENS} ])
    (?P<y>(?:19|20)\d{{2}})(?P<s>[{_HYPHENS}])
    (?:
        (?P<m>1[0-2]|0?[1-9])月(?:(?P<d>3[01]|[12]\d|0?[1-9])日)?  # 2017-10月(21日)
        (?:
            {_SEP}(?:(?P<y2>(?:19|20)\d{{2}})(?:(?P=s)|年))?
            (?P<m2>1[0-2]|0?[1-9])月(?:(?P<d2>3[01]|[12]\d|0?[1-9])日)?
        )?
        |
        {_SEP}(?P<yy>(?:19|20)\d{{2}})(?:(?P=s)|年)(?!\d)  # 2014-至2016-: a range of years
        |
        (?:(?P<mh>1[0-2]|0?[1-9])(?P=s))?
        (?=[\u4e00-\u9fff])(?![万亿億萬元千百余多个名人次件户亩年月日号])  # 2017-10-前
        (?!(?![至到])[\u4e00-\u9fff][\dA-Za-z{_HYPHENS}])  # a code's part: 2020-甲-03
    )
    """,
    re.VERBOSE,
)
_HYPHEN_MARK = re.compile(f"[{_HYPHENS}]")  # (the lines :data:`_HYPHENED_MARKS` is read on)

# A range of months (or days) written in figures with dots, as a plan's or a project's
# period is (2023.5-2024.3, 2023.05—2024.03, 2022.3至2023.6, 2023.5.1-2024.3.31), or with
# the hyphens of a numeric date (2024-05-10至2024-05-12, 2023-05—2024-03): both ends with
# their year, the same mark, the same precision; a range of days may leave the second
# end's year unwritten, as 2023年10月1日—10月7日 does (2023.10.1—10.7). Not a decimal's
# range: no unit or figure after it (2023.5-2024.3万元 is a sum), no code or number
# around it.
_DOTTED_RANGE = re.compile(
    rf"""
    (?=[12])
    (?<![\dA-Za-z.,/{_HYPHENS} ])
    (?P<y>(?:19|20)\d{{2}})(?P<s>[./{_HYPHENS}])(?P<m>1[0-2]|0?[1-9])
    (?:(?P=s)(?P<d>3[01]|[12]\d|0?[1-9]))?(?!\d)
    {_SEP}
    (?:(?P<y2>(?:19|20)\d{{2}})(?P=s))?(?P<m2>1[0-2]|0?[1-9])  # no year: a day's (10.7)
    (?:(?P=s)(?P<d2>3[01]|[12]\d|0?[1-9]))?
    (?![\d.\-/A-Za-z%‰万亿億萬元千百年月日号])  # 2020.6至2021.3月: its last is read alone
    """,
    re.VERBOSE,
)

# A year whose 年 is written once, after the last year of a list: 2018和2019年,
# 2018、2019、2020年 (each year before the last is a date of its own).
_SHARED_YEAR = re.compile(rf"(?=[12一二]){_YEAR}(?=(?:[和、与及]{_YEAR_DIGITS})+年(?!代(?!表)))")
# A range of years with no 年, in the brackets that follow a plan's title:
# 《某某规划（2019-2035）》, (2021—2025). Not 〔〕: those hold a 发文字号's year.
_BRACKETED_YEARS = re.compile(
    rf"(?=[12])(?<=[（(\[【])(?P<y>(?:19|20)\d{{2}})(?:{_SEP})(?P<yb>(?:19|20)\d{{2}})(?=[）)\]】])"
)

# Not the second half of a range that was turned down (第3-5月 gives no 5月).
_NOT_RANGE_TAIL = rf"(?<!\d[{_SHORT_SEPARATORS}])" + "".join(
    rf"(?<!\d{sep})" for sep in _LONG_SEPARATORS
)

# A year in figures with no 年, right before a province's name or the country's (2024福建省,
# 2023中国: data/provinces.txt) inside a cited title, 《》 or quotes (《关于…纳入2024某省…
# 规划的建议》): the year of the plan, event or list the title names, as 2024年某省… is; a
# count never stands bare before a place's name, with no measure word. Read only inside
# such a title (:func:`_titled_year`; fix99); the year may follow no figure, letter or mark
# of a code or number, nor a code's letters and the blank they stand apart by (GB 2024中国),
# nor a bare year and a range's separator (2021至2025某省: the plan's period, whose last
# year alone it is not; review61e).
_PLACE_AFTER_YEAR = f"(?:{vocab.alternation('provinces')}|中国)"
_YEAR_BEFORE_PLACE = re.compile(
    rf"(?=[12])(?<![\dA-Za-z.,/{_HYPHENS}])(?<![A-Za-z]\s){_NOT_RANGE_TAIL}"
    rf"(?P<y>(?:19|20)\d{{2}})(?={_PLACE_AFTER_YEAR})"
)
_TITLE_OPENERS = re.compile("[《“]")
"""What opens a cited title: the lines :data:`_YEAR_BEFORE_PLACE` is read on hold one."""
_TITLE_CLOSERS = {"《": "》", "“": "”"}


def _titled_year(norm: str, m: re.Match[str]) -> bool:
    """Whether the year ``m`` found stands inside a cited title on its line: after a 《 (or
    an opening quote) that no closing one follows before it, a closing one after it."""
    line_start = norm.rfind("\n", 0, m.start()) + 1
    line_end = norm.find("\n", m.end())
    if line_end < 0:
        line_end = len(norm)
    for opener, closer in _TITLE_CLOSERS.items():
        opened = norm.rfind(opener, line_start, m.start())
        if (
            opened >= 0
            and norm.find(closer, opened, m.start()) < 0
            and norm.find(closer, m.end(), line_end) >= 0
        ):
            return True
    return False


# A month (Arabic only when alone) or month-day with no year, optionally a range. The
# lookbehind keeps out 3个月-like counts, the tail of a longer number and a year's 年.
_YEARLESS = re.compile(
    rf"""
    (?=[0-9一二三四五六七八九十])  # what a month opens with, checked before the lookbehinds
    (?<![\d{CN_YEAR_DIGITS}十年个每第近前后共约逾余])
    {_NOT_RANGE_TAIL}
    (?:
        (?P<m>{_MONTH})月(?P<d>{_DAY})[日号]
        (?:(?P<sep>{_SEP})(?:(?P<m2>{_MONTH})月)?(?P<d2>{_DAY})[日号])?
      | (?P<mo>(?:1[0-2]|0?[1-9])(?!\d))月(?!份?[以之]?内)
        (?:(?P<msep>{_SEP})(?P<mo2>(?:1[0-2]|0?[1-9])(?!\d))月)?
      | (?P<ma>(?:1[0-2]|0?[1-9])(?!\d))(?P<masep>{_SEP})(?P<mb>(?:1[0-2]|0?[1-9])(?!\d))月
        (?!份?[以之]?内)  # 1—3月: 月 once, at the end
    )
    """,
    re.VERBOSE,
)


# Where a match of _YEARLESS may start: a month's first numeral with its 月 six characters
# on at most (1—12月: a month, a separator and a month, two characters each at most). A
# superset, opening with one character class the engine scans for in C, where _YEARLESS,
# opening with a lookahead, is tried at every place of the line.
_YEARLESS_AT = re.compile(r"[0-9一二三四五六七八九十](?=[^\n]{0,5}月)")


def _yearless_finditer(norm: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_YEARLESS.finditer(norm, start, end)``, the pattern tried only where
    :data:`_YEARLESS_AT` says a match may start (from where the last match ended, as the
    scan goes on: the same matches)."""
    pos = start
    while (at := _YEARLESS_AT.search(norm, pos, end)) is not None:
        m = _YEARLESS.match(norm, at.start(), end)
        if m is None:
            pos = at.start() + 1
            continue
        yield m
        pos = m.end()


class _Point(NamedTuple):
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        return _iso_precision(self)[0]

    def valid(self) -> bool:
        return real_date(self.year, self.month, self.day)


_TWO_FIGURES = tuple(f"{n:02d}" for n in range(100))
"""``f"{n:02d}"`` for each ``n`` below 100, looked up: a format spec sends the number
through the general formatter, about 1,300 instructions each."""


def _iso_precision(point: _Point) -> tuple[str, Precision]:
    """``(point.iso(), point.precision)`` from one call: the record of a date asks for both
    (the same fields, read once). The ISO figures as ``{year:04d}``, ``{month:02d}`` and
    ``{day:02d}`` write them (a test compares the two): a year of four figures or more is
    its ``str`` (every year read is, 1000 to 2999 at most), and a month or a day, read
    from one or two figures or a numeral up to 三十九 (never negative), is looked up."""
    year, month, day = point
    y = f"{year}" if year >= 1000 else f"{year:04d}"
    figures = _TWO_FIGURES
    if day:
        d = figures[day] if day < 100 else f"{day:02d}"
        if not month:
            return f"{y}-{d}", "day"
        m = figures[month] if month < 100 else f"{month:02d}"
        return f"{y}-{m}-{d}", "day"
    if month:
        return f"{y}-{figures[month] if month < 100 else f'{month:02d}'}", "month"
    return y, "year"


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def real_date(year: int, month: int | None = None, day: int | None = None) -> bool:
    """Whether the date exists, in 1900 to 2099 (a day needs its month): what the date
    finder reads, and :mod:`replyparse.checks` asks of a 成文日期 it does not."""
    if not 1900 <= year <= 2099:
        return False
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    leap = month == 2 and calendar.isleap(year)
    return 1 <= day <= (29 if leap else _DAYS_IN_MONTH[month - 1])


def date_part(text: str | None) -> int | None:
    """A date part's value: figures or Chinese numerals, 元 for the first month, 念 as a
    copy writes 廿."""
    if text is None:
        return None
    if text[0] == "念":  # 念三: 廿 as a copy wrote it (the only 念 a group holds)
        text = "廿" + text[1:]
    return 1 if text == "元" else chinese_to_int(text)  # 元月: the only 元 a group holds


_new = tuple.__new__
"""Makes a :class:`_Point` or :class:`_Found` from all its fields (what their
``__new__`` does, with no Python call)."""

_START = itemgetter(0)
"""A :class:`_Found`'s start (its first field), read in C: the sort's key."""


class _Found(NamedTuple):
    start: int
    end: int
    first: _Point
    last: _Point | None
    inferred: bool


def _with_year(m: re.Match[str]) -> _Found | None:
    """Read a match of ``_WITH_YEAR``, trimming whatever does not form a valid date."""
    plain = _plain_day(m)
    if plain is not None:
        return plain
    year = date_part(m.group("y"))
    if year is None:
        return None
    if m.group("yb") is not None:  # 2010-2015年
        yb = date_part(m.group("yb"))
        start_year, end_year = _Point(year), _Point(yb or 0)
        if not (start_year.valid() and end_year.valid()):
            return None
        return _Found(m.start(), m.end(), start_year, end_year, False)
    if m.group("ma") is not None:  # 2022年1—6月
        start_month, end_month = (
            _Point(year, date_part(m.group("ma"))),
            _Point(year, date_part(m.group("mb"))),
        )
        if not (start_month.valid() and end_month.valid()):
            return _Found(m.start(), m.start("ma"), _Point(year), None, False)
        return _Found(m.start(), m.end(), start_month, end_month, False)
    if not real_date(year):
        return None
    if m.group("dl") is not None:  # 2024年5月6、7日: the day, its 日 written after the list's last
        in_month = _Point(year, date_part(m.group("dm")))
        first_day = _Point(year, in_month.month, date_part(m.group("dl")))
        if first_day.valid():
            return _Found(m.start(), m.end(), first_day, None, False)
        if in_month.valid():
            return _Found(m.start(), m.start("dl"), in_month, None, False)
        return _Found(m.start(), m.start("dm"), _Point(year), None, False)
    if m.group("ml") is not None:  # 2022年3、4月: the month, its 月 written after the list's last
        listed = _Point(year, date_part(m.group("ml")))
        if listed.valid():
            return _Found(m.start(), m.end(), listed, None, False)
        return _Found(m.start(), m.start("ml"), _Point(year), None, False)
    first = _Point(year)
    end = m.end("y")
    if not m.string.startswith(_MERGED_YEAR_MARK, end):
        end += 1  # past 年 (none of its own before 上半年: 2022上半年)
    month_text, day_text, dmark = m.group("m", "d", "dmark")
    month = date_part(month_text)
    dotted = month is not None and m.string[m.end("m")] in _EVENT_DOTS
    if dotted:  # 2019年7·14: an event's day, read whole or not at all (no month alone)
        day = date_part(day_text)
        if day is None or not real_date(year, month, day):
            return _Found(m.start(), end, first, None, False)
        day_end = m.end("dmark") if dmark else m.end("d")
        if _DOTTED_END_UNIT.match(m.string, day_end):
            return _Found(m.start(), end, first, None, False)  # 7·14至7·16万元: the year
        dated = _Point(year, month, day)
        quote = m.group("q")
        if quote is not None:
            # in quotes (2021年“7·20”暴雨): the event's day where its quote closes right
            # after the day's figures, the text to the closing quote; else the year alone
            # (mend75b: an event's word after the quote, else no event's day: “7·2”比分)
            if (
                dmark
                or not m.string.startswith(_QUOTE_CLOSES[quote], day_end)
                or _EVENT_AFTER_QUOTE.match(m.string, day_end + 1) is None
            ):
                return _Found(m.start(), end, first, None, False)
            return _quoted_days(m.string, m.start(), day_end + 1, dated)
        if (
            m.start("sep") == day_end
            and (last := _range_end(m, dated)) is not None
            and last >= dated  # (an end before the start is none: 12·30至1·2; mend75b)
        ):
            return _Found(m.start(), m.end(), dated, last, False)  # 2019年7·14至7·16
        return _Found(m.start(), day_end, dated, None, False)
    if month is not None and real_date(year, month):
        first = _Point(year, month)
        end = m.end("m") + 1  # past 月
        day = date_part(day_text)
        if day is not None and real_date(year, month, day):
            dated = _Point(year, month, day)
            if dmark:
                first, end = dated, m.end("dmark")
            elif _range_end(m, dated) is not None:  # 2018年9月10至14日: 日 only at the end
                first, end = dated, m.end("d")
            elif m.end("d") == len(m.string) or m.string[m.end("d")] == "\n":
                first, end = dated, m.end("d")  # 2021年9月3: 日 lost where the line ends
            elif _MARKUP_AFTER.match(m.string, m.end("d")):
                first, end = dated, m.end("d")  # 2009年6月25?span…: 日 lost to markup
    # a part of the month may stand before the dash (2023年9月下旬至10月上旬: a range of
    # months), and a part of the year before a dash to a year (2022年底至2023年初)
    part = m.group("part") is not None and m.start("part") == end
    if part:
        part = (
            first.precision == "year"
            if m.group("part") not in _MONTH_PARTS
            else first.precision == "month" or not m.group("part").endswith("旬")
        )
    last = _range_end(m, first) if m.start("sep") == end or part else None
    if last is not None:
        end = m.end()
        if _order(last) < _order(first):
            # an end before its start is none (7月14日至7月12日, as 7·14至7·12), the text
            # the range as written: its end is read as no date of its own (tail76)
            last = None
    return _Found(m.start(), end, first, last, False)


def _quoted_days(text: str, start: int, closed: int, dated: _Point) -> _Found:
    """The event's quoted day ``dated`` (its quote closing right before ``closed``), or the
    range to the quoted day after it (``2021年“7·20”至“7·22”暴雨``: text to the end's closing
    quote) where that day closes its quote, an event's word follows it as after the first,
    and it is no day before the first (tail76; the first alone otherwise)."""
    m = _QUOTED_DAY_END.match(text, closed)
    if m is not None and text.startswith(_QUOTE_CLOSES[m.group("q")], m.end()):
        last = _Point(dated.year, date_part(m.group("m")), date_part(m.group("d")))
        if (
            last.valid()
            and _order(last) >= _order(dated)
            and _EVENT_AFTER_QUOTE.match(text, m.end() + 1) is not None
        ):
            return _Found(start, m.end() + 1, dated, last, False)
    return _Found(start, closed, dated, None, False)


# What a mirror that broke a page's markup glued where a day's 日 was (二○○九年六月二十五?span
# lang="EN-US">, 2009年6月25</span>): a tag's opening, or its name then a blank or its >,
# a ? for the character the break ate before it or not. The day is read to its last numeral.
_MARKUP_AFTER = re.compile(r"[?？]?(?:</?[A-Za-z]|/?[A-Za-z]{1,8}[ >])")


_MONTH_PARTS = frozenset({"上旬", "中旬", "下旬", "初", "底", "末"})
"""The parts of a month a range's first end may name before its dash; 初, 底 and 末 are
parts of a year too (2022年底至2023年初), the other parts of :data:`_WITH_YEAR`'s only."""


def _plain_day(m: re.Match[str]) -> _Found | None:
    """What :func:`_with_year` reads from the usual dates, a year, month or day in figures
    with no range after it (2019年, 2023年9月, 2024年5月6日, the day with its 日 or 号),
    when it exists; None for any other match, left to it. The same (a test compares the
    two): a year in figures is 19xx or 20xx, valid; a month in figures is 1 to 12, valid;
    the day is checked; each is kept, the match ends where the last piece does (past its
    年, 月 or mark: nothing follows with no separator), and no range end is read. One
    ``groups()`` call reads every group at once, where each named group is looked up."""
    y, _, yb, ma, _, _, listed, days, _, quoted, month, day, mark, _, sep, *_ = m.groups()
    if sep is not None or yb is not None or ma is not None or listed is not None:
        return None  # a range or a list of months
    if quoted is not None:
        return None  # an event's day in quotes (2021年“7·20”)
    if days is not None:
        return None  # a list of days
    if not y.isascii():
        return None  # a year in words (二〇二四年)
    point: tuple[int, int | None, int | None]
    if month is None:  # 2019年 (the 月 mistyped for 年 always has its month after it)
        point = (int(y), None, None)
    elif not month.isascii():
        return None  # a month in words (十二月)
    elif day is None:  # 2023年9月
        point = (int(y), int(month), None)
    elif mark is None or not day.isascii():
        return None  # a day whose 日 was lost, or in words
    else:
        point = (int(y), int(month), int(day))
        if not real_date(*point):
            return None
    # the tuples the named tuples' own ``__new__`` makes (every field given), without
    # the call into it
    return _new(_Found, (m.start(), m.end(), _new(_Point, point), None, False))


def _range_end(m: re.Match[str], first: _Point) -> _Point | None:
    """The end of a range starting at ``first``, when the part after the separator fits."""
    if m.group("sep") is None:
        return None
    if m.group("dot2") is not None and (
        m.group("m") is None or m.string[m.end("m")] not in _EVENT_DOTS
    ):
        return None  # (an event's dotted day ends only a range its dotted day opens)
    y2: int | None = date_part(m.group("y2"))  # (typed: mypyc would type it None from below)
    m2, d2 = date_part(m.group("m2")), date_part(m.group("d2"))
    if m.end() != _last_piece_end(m):
        return None
    if m.group("next") is not None:  # 次年2月, 翌年1月10日: the year after the first's
        y2 = first.year + 1
    if y2 is not None:  # the end names its year: any precision (2018年5月至2019年)
        last = _Point(y2, m2, d2) if d2 is None or m2 is not None else None
    elif first.precision == "year":
        last = None
    elif first.precision == "month":
        ok = m2 is not None and d2 is None
        last = _Point(y2 or first.year, m2, None) if ok else None
    else:
        ok = d2 is not None and (m2 is not None or y2 is None)
        last = _Point(y2 or first.year, m2 or first.month, d2) if ok else None
    return last if last is not None and last.valid() else None


def _last_piece_end(m: re.Match[str]) -> int:
    for group in ("d2", "m2", "y2"):
        if m.group(group) is not None:
            end = m.end(group)
            if group == "d2" and m.group("dot2") is not None and end == m.end():
                return end  # (a dotted day's end, its 日 unwritten: 7·14至7·16)
            if group == "y2" and m.string.startswith(_MERGED_YEAR_MARK, end):
                return end  # (its 年 merged: 2023下半年, no 年 of its own to pass)
            return end + 1  # past its 日/月/年
    return -1


def _yearless(m: re.Match[str], year: int) -> _Found | None:
    """Read a match of ``_YEARLESS`` in ``year``."""
    if m.group("ma") is not None:  # 1—3月
        ma, mb = int(m.group("ma")), int(m.group("mb"))
        first, last = _Point(year, ma), _Point(year, mb)
        if not (first.valid() and last.valid()) or mb <= ma:
            return None
        return _Found(m.start(), m.end(), first, last, True)
    if m.group("mo") is not None:
        first = _Point(year, date_part(m.group("mo")))
        if m.group("msep") is not None:
            last = _Point(year, date_part(m.group("mo2")))
            return _Found(m.start(), m.end(), first, last, True)
        return _Found(m.start(), m.end("mo") + 1, first, None, True)
    month, day = date_part(m.group("m")), date_part(m.group("d"))
    first = _Point(year, month, day)
    if not first.valid():
        return None
    end = m.end("d") + 1
    if m.group("sep") is not None:
        last = _Point(year, date_part(m.group("m2")) or month, date_part(m.group("d2")))
        if last.valid():
            return _Found(m.start(), m.end(), first, last, True)
    return _Found(m.start(), end, first, None, True)


def find_dates(
    view: TextView,
    *,
    default_year: int | None = None,
    exclude: Sequence[tuple[int, int]] = (),
) -> list[DateItem]:
    """Every date in the letter, in text order.

    ``default_year`` completes dates written without a year (they are skipped when it is
    None); ``exclude`` lists ``view.norm`` ranges in which no date may start.
    """
    return [found.value for found in _dates(view, default_year, exclude)]


# A date whose day a store cut: the letter's text ends (its trailing blanks aside) right
# after the figures or numerals of a day that more could follow to make another day of
# that month (2021年9月2 may have been 2日 or 2x日; 9月3, 9月30日; 二十, 二十x日), no 日 or 号
# after them. A day that nothing can follow (2020年4月27, 2021年9月5, 2月3: no 2月30日) lost
# only its 日, and is the day it writes (record.md).
_CUT_DAY = re.compile(
    rf"(?:(?<!\d)(?P<y>(?:19|20)\d{{2}})年(?P<m>1[0-2]|0?[1-9])月(?P<d>[0-3])"
    rf"|(?P<cy>[一二][{CN_YEAR_DIGITS}]{{3}})年(?P<cm>十[一二]?|[一二三四五六七八九]|元)月"
    r"(?P<cd>[二三]?十|[二三廿卅]))$"
)
_CUT_DAY_LAST = "0123二三十廿卅"
"""The characters a cut day's figures or numerals end with (:data:`_CUT_DAY`)."""
_CUT_DAY_REACH = 16
"""How far back from the text's end a cut date opens (四 numerals, 年, 十二, 月, 三十)."""
_NUMERALS_GO_ON = {
    "二": range(20, 30), "三": range(30, 32), "十": range(11, 20), "二十": range(21, 30),
    "三十": range(31, 32), "廿": range(21, 30), "卅": range(31, 32),
}  # fmt: skip
"""The days a day in numerals becomes with more numerals after it (二 → 二十…二十九)."""


def cut_day(view: TextView) -> Range | None:
    """Where, in ``view.norm``, the day of a date the letter's text ends inside lies
    (:data:`_CUT_DAY`, ``…某局 2021年9月2``: the page as a store cut it, decided fix108): the
    day's first figure and the date's end. The day is unknown: the date is read to its
    month, and no signature's date (a date to the month is none). None when the text ends
    otherwise, or when the view dropped lines after the date (the page's chrome goes on
    under it: no cut)."""
    norm = view.norm
    end = len(norm)
    while end and norm[end - 1].isspace():
        end -= 1
    if not end or norm[end - 1] not in _CUT_DAY_LAST:
        return None  # (the gate: most letters end otherwise)
    m = _CUT_DAY.search(norm, max(0, end - _CUT_DAY_REACH), end)
    if m is None or view.original[view.origin[end - 1] + 1 :].strip():
        return None
    if m.group("d") is not None:
        year, month, day = int(m["y"]), int(m["m"]), m.start("d")
        more = range(int(m["d"]) * 10, int(m["d"]) * 10 + 10)
    else:
        year, month, day = date_part(m["cy"]) or 0, date_part(m["cm"]) or 0, m.start("cd")
        more = _NUMERALS_GO_ON[m["cd"]]
    if not any(real_date(year, month, d) for d in more):
        return None  # (2月3: no day of February goes on from it, the day is whole)
    return day, end


def _dates(
    view: TextView,
    default_year: int | None,
    exclude: Sequence[Range],
    cut: Range | None = None,
) -> list[DateFound]:
    """The dates as :func:`extract` gives them, each claiming its ``view.norm`` range:
    built here, where the span is at hand (no pair of a date and its range handed on and
    each item built in a second walk). ``cut``: the day of a date the text ends inside
    (:func:`cut_day`), read to its month."""
    out: list[DateFound] = []
    origin, original = view.origin, view.original
    # (joined once: each date asks one halving, not each range)
    covered = Covered.of(exclude) if exclude else None
    for start, end, first, last, inferred in _found(
        view.norm, default_year, 0, None, _dated_lines(view), view
    ):
        if covered is not None and covered.holds(start):
            continue
        if cut is not None and end == cut[1] and last is None and first.day is not None:
            first, end = _Point(first.year, first.month), cut[0]  # 2021年9月2| → 2021年9月
        # ``view.source(start, end)`` read in place: a date is never empty, so its span is
        # ``view.span``'s (origin[start], origin[end - 1] + 1) and its text the slice there
        at, past = origin[start], origin[end - 1] + 1
        value, precision = _iso_precision(first)
        date = make_date(
            {
                "text": original[at:past],
                "value": value,
                "end": None if last is None else _iso_precision(last)[0],
                "precision": precision,
                "inferred": inferred,
                "span": (at, past),
            }
        )
        out.append(DateFound(date, date.span, (start, end)))
    return out


def day_dates(view: TextView, start: int, end: int) -> list[tuple[str, Range]]:
    """The dates of ``view.norm[start:end]`` written to the day, no range (``2021年9月3日``):
    their ISO values and ranges, in text order. Read as if the stretch were a text of its
    own, for a stretch of whole lines."""
    return [
        (item.first.iso(), (item.start, item.end))
        for item in _found(view.norm, None, start, end)
        if item.first.precision == "day" and item.last is None
    ]


def month_dates(view: TextView, start: int, end: int) -> list[tuple[str, Range]]:
    """The dates of ``view.norm[start:end]`` written to the month, no range (``2024年5月``,
    ``二〇二四年五月``), as :func:`day_dates` reads day dates."""
    return [
        (item.first.iso(), (item.start, item.end))
        for item in _found(view.norm, None, start, end)
        if item.first.precision == "month" and item.last is None
    ]


# Each pattern's matches lie on one line that holds one of these at or after the match's
# start (:mod:`replyparse.fields.linescan`): only such lines are searched.
_YEAR_MARKS = "年月"  # a date's 年, or its 月 (2019月6月11日, 2022年1—6月)
_SHARED_MARK = re.compile("年")  # the 年 the list of years ends with
_SEP_MARK = re.compile(f"[{re.escape(''.join(sorted(set(''.join(_SEPARATORS)))))}]")  # a range's
_NUMERIC_MARK = re.compile(f"[{_HYPHENS}./]")  # a numeric date's separator
_DOTTED_MARK = re.compile(f"[./{_HYPHENS}]")  # a dotted range's mark
# The first character of each range separator (a bracketed range's, after its year).
_SEP_FIRSTS = re.escape("".join(sorted({sep[0] for sep in _SEPARATORS})))
# What the rarer patterns but the list of years (a bracketed range, a numeric date) each
# need at one place: where none of it stands in a stretch, neither has a match there.
# (A bracketed range has a separator after its first year, a numeric date a month and its
# separator after the year's: a year range 2017-2021年 opens none.) Each opens with a
# literal, its year's 19 or 20, so a search runs in the engine's quick scan for a literal:
# a search for one class of all their first characters ([（(\[【12]) stops at every digit
# and costs several times as much. A list of years is told by :func:`_found`'s walk.
_RARE_AT = tuple(
    re.compile(
        rf"{century}\d\d(?:(?<=[（(\[【]....)[{_SEP_FIRSTS}]"  # （2019-: a bracketed range
        rf"|[{_HYPHENS}./]\d\d?[{_HYPHENS}./]"  # 2019-5-: a numeric date
        rf"|[./{_HYPHENS}]\d\d?[{_SEP_FIRSTS}]"  # 2023.5至: a dotted range of months
        rf"|[{_HYPHENS}](?:[\u4e00-\u9fff]|\d\d?月)"  # 2014-陆续, 2017-10月: 年 written -
        rf"|{_PLACE_AFTER_YEAR})"  # 2024福建省: a year before a place's name (fix99)
    )
    for century in ("19", "20")
)
# What stands right before a year of a list that shares one 年 (和2019, 、二〇二〇), but
# its last: what the list's first year is followed by (:data:`_SHARED_YEAR`).
_LIST_MARKS = "和、与及"


def _rare_gate(norm: str, start: int, end: int) -> bool:
    """Whether one of :data:`_RARE_AT` has a match in ``norm[start:end]`` (a range's
    bracket may stand right before ``start``)."""
    in_19, in_20 = _RARE_AT  # (no generator: two searches at most)
    return in_19.search(norm, start, end) is not None or in_20.search(norm, start, end) is not None


def _dated_lines(view: TextView) -> list[Range]:
    """``lines_holding(view.norm, _YEAR_MARKS)``, read off the view's lines (made already
    for the layout): each is ``norm[start:end]`` between two line breaks, as that cuts
    them, and ``in`` asks a line with no call that parses its bounds. Only the non-blank
    lines (kept for the layout too): a blank one holds no 年 or 月."""
    out: list[Range] = []
    for line in view.content_lines:
        text = line.text
        if "年" in text or "月" in text:  # _YEAR_MARKS
            out.append((line.start, line.end))
    return out


def _found(
    norm: str,
    default_year: int | None,
    start: int = 0,
    end: int | None = None,
    dated: list[Range] | None = None,
    view: TextView | None = None,
) -> list[_Found]:
    """The dates of ``norm[start:end]``, sorted by where they start (``dated``: the lines
    holding 年 or 月 there, when known; ``view``, whose ``norm`` it is, when a date broken
    over a page's end is read on, past the page's number the view dropped)."""
    end = len(norm) if end is None else end
    found: list[_Found] = []
    if dated is None:
        dated = lines_holding(norm, _YEAR_MARKS, start, end)  # the lines holding 年 or 月
    rare = _rare_gate(norm, max(start - 1, 0), end)  # (a bracket before)
    # With no rare date, the dates found on a line are all those that a year-less match
    # on it may overlap: its year-less dates are read as the line's own are (see
    # _line_yearless), not in a second walk over the lines; kept apart, and dropped when a
    # list of years turns up on a later line.
    months = None if rare else default_year
    yearless: list[_Found] = []
    # Whether a year follows one of _LIST_MARKS: a list of years sharing one 年 holds one
    # (:data:`_SHARED_YEAR`, its second year), on a line holding 年. Told here, not by a
    # search of the stretch: the walk meets every place where _YEAR_AT matches on the
    # lines holding 年 or 月 (after a miss from the next place, after a date from its end)
    # but inside a date found, and a year inside one follows no list mark (a date holds
    # none of them); _YEAR_AT's year is the list's (19xx, 20xx, 一 or 二 and three numerals).
    listed = False
    for line_start, line_end in dated:
        pos = line_start
        first = len(found)
        if first and found[-1].end > line_start:
            first -= (
                1  # a date carried on from the line before (2024年 / 5月10日) is this line's too
            )
        while (at := _YEAR_AT.search(norm, pos, line_end)) is not None:
            pos = at.start()
            if pos and norm[pos - 1] in _LIST_MARKS:
                listed = True
                months = None
            m = _WITH_YEAR.match(norm, pos, line_end)
            item = None if m is None else _with_year(m)
            if item is None:
                pos += 1
                continue
            if item.last is None and line_end - item.end < 3:
                brk = line_end  # (a page's number between: the break after it, rare)
                if view is not None and norm.startswith("\n\n", line_end):
                    brk = view.past_dropped_lines(line_end)
                item = _broken_at_line_end(norm, item, line_end, brk, end)  # 2024年5月 / 10日
            found.append(item)
            pos = item.end
            # a month listed with the next one (2023年5、6、7月): its mark next, looked at
            # before the match's group (most dates are followed by none)
            if pos < line_end and norm[pos] in "、和" and m:
                if m.group("ml") is not None:
                    pos = _months_listed(norm, item, found)
                elif m.group("dl") is not None:  # 2024年5月6、7日
                    pos = _days_listed(norm, item, found)
                elif item.last is None and item.first.day and norm[pos - 1] in "日号":
                    pos = _days_listed(norm, item, found, own=True)  # 2024年5月6日、8日
        if months is not None and _months_left(norm, line_start, line_end, found, first):
            _line_yearless(norm, line_start, line_end, found, first, months, yearless)
    if not rare and not listed:
        # each line's dates with a year come in text order, the lines too; the year-less
        # dates are sorted in (no two dates start at one place)
        return _listed_years(norm, sorted(found + yearless, key=_START)) if yearless else found
    rare_found = _rare_dates(norm, start, end)
    ranges = [(f.start, f.end) for f in rare_found if f.last is not None]
    if ranges:  # a range's end written with its 年 (2019-10月至2020年3月) is no date of its own
        covered = Covered.of(ranges)
        found = [f for f in found if not covered.holds(f.start)]
    found += rare_found
    if default_year is not None:
        # a yearless match overlapping a date already found is part of it; matches come
        # in text order, so one pass over the found dates (sorted by start) tells
        taken = sorted((f.start, f.end) for f in found)
        k = 0
        reach = -1  # the furthest end of the found dates that start before this match ends
        for m in _yearless_matches(norm, dated, taken):
            while k < len(taken) and taken[k][0] < m.end():
                reach = max(reach, taken[k][1])
                k += 1
            if reach > m.start():
                continue
            item = _yearless(m, default_year)
            if item is not None:
                found.append(item)
    return _listed_years(norm, sorted(found, key=_START))


# The rest of a date whose line a copy broke after its month or its year (…于2024年5月 /
# 10日召开…, …于2024年 / 5月10日召开…): the next line opens with it, its 日 or 月 written.
# Not a span of days (10日内, 5日以内), nor a count of months (3个月); the day's 号 as well
# (2024年7月 / 8号), not a building's or a document's (8号楼: _LIST_DAY_MARK).
_NEXT_LINE_DAY = re.compile(
    rf"\n[ \t\u3000]*(?P<d>{_DAY})(?:日(?![内以之])|号(?![楼栋院室线文令]))"
)
_NEXT_LINE_MONTH = re.compile(
    rf"\n[ \t\u3000]*(?P<m>{_MONTH})月(?:(?P<d>{_DAY})日(?![内以之]))?(?!份?[以之]?内)"
)


# A date broken inside a piece: between its month's figures and 月 (…于2024年5 / 月10日…),
# or between the figures of its day (…于2024年5月1 / 0日…, read as the 1st where the line
# ends: :func:`_with_year`). The figures at the end of the line (the month's read whole:
# _MONTH_FIGURES), the rest on the next.
_MONTH_FIGURES = re.compile(_MONTH)
_SPLIT_MONTH = re.compile(rf"\n[ \t\u3000]*月(?:(?P<d>{_DAY})日(?![内以之]))?(?!份?[以之]?内)")
_SPLIT_DAY = re.compile(r"\n[ \t\u3000]*(?P<d>\d)日(?![内以之])")


def _broken_at_line_end(norm: str, item: _Found, line_end: int, brk: int, end: int) -> _Found:
    """``item``, a date with no range ending at or just before ``line_end``, carried on to
    the next line where a copy broke it there (:func:`_carried_on_next_line`,
    :data:`_SPLIT_MONTH`, :data:`_SPLIT_DAY`) and the two parts make a valid date; else
    ``item`` itself. ``brk``: the line break the next line opens after (``line_end``, or
    the last break of lines the view dropped after it: a page's number)."""
    year, month, day = item.first
    if item.end == line_end:
        if day is None:
            return _carried_on_next_line(norm, item, brk, end)
        if not norm[item.end - 1].isdigit() or norm[item.end - 2].isdigit():
            return item  # its 日 written, or a day of two figures
        m = _SPLIT_DAY.match(norm, brk, end)
        point = None if m is None else _Point(year, month, day * 10 + int(m.group("d")))
    elif month is None and norm[item.end - 1] == "年":
        figures = _MONTH_FIGURES.fullmatch(norm, item.end, line_end)
        m = None if figures is None else _SPLIT_MONTH.match(norm, brk, end)
        point = None
        if m is not None and figures is not None:
            point = _Point(year, date_part(figures.group()), date_part(m.group("d")))
    else:
        return item
    if m is None or point is None or not point.valid():
        return item
    return item._replace(end=m.end(), first=point)


def _carried_on_next_line(norm: str, item: _Found, brk: int, end: int) -> _Found:
    """``item``, a date to the month or the year ending its line (no range), carried on to
    the day or the month and day that open the next line, after ``brk``
    (:data:`_NEXT_LINE_DAY`, :data:`_NEXT_LINE_MONTH`) when they are a valid date with it;
    else ``item`` itself."""
    year, month, _ = item.first
    if month:
        m = _NEXT_LINE_DAY.match(norm, brk, end)
        point = None if m is None else _Point(year, month, date_part(m.group("d")))
    else:
        m = _NEXT_LINE_MONTH.match(norm, brk, end)
        point = (
            None if m is None else _Point(year, date_part(m.group("m")), date_part(m.group("d")))
        )
    if m is None or point is None or not point.valid():
        return item
    return item._replace(end=m.end(), first=point)


_LISTED_AFTER = frozenset("、，,和及与")
"""What stands between a date and a year-less one listed after it (``2019年5月、8月``)."""


def _listed_years(norm: str, found: list[_Found]) -> list[_Found]:
    """``found`` (sorted), each year-less date listed right after another date
    (``2019年5月、8月分两批``: one mark between them) in that date's year, not the
    letter's: the list names one year once; not a month before that date's (a list that
    turns a year). Still ``inferred``: its year is not written."""
    for k in range(1, len(found)):
        item, before = found[k], found[k - 1]
        if not item.inferred or item.start != before.end + 1:
            continue
        if norm[before.end] not in _LISTED_AFTER:
            continue
        prior = before.last or before.first
        if (item.first.month or 0) < (prior.month or 0):
            continue  # (12月和2月: the list has turned a year, or is in no order)
        year = prior.year
        first = item.first._replace(year=year)
        last = None if item.last is None else item.last._replace(year=year)
        if first.valid() and (last is None or last.valid()):
            found[k] = item._replace(first=first, last=last)
    return found


# A month listed after another with 月 written once, after the list's last: 、6 or 和7月.
_LISTED_MONTH = re.compile(rf"[、和](?P<m>{_MONTH})(?P<mark>月)?")


def _months_listed(norm: str, first: _Found, found: list[_Found]) -> int:
    """Append to ``found`` the months listed after ``first``, a date read from the first
    month of a list (``2023年5、6、7月``: 6 and 7月, in 2023, ``inferred`` as a month
    listed after a date is, see :func:`_listed_years`), in rising order; where the list
    stops rising (``2022年12、1月``: it turns a year) the rest is left to the year-less
    reading. Returns where the walk goes on."""
    if first.first.month is None:
        return first.end  # the list's first month was no month (the year alone kept)
    listed: list[_Found] = []
    year, month = first.first.year, first.first.month
    pos = first.end
    while (m := _LISTED_MONTH.match(norm, pos)) is not None:
        value = date_part(m.group("m")) or 0
        if value <= month or not real_date(year, value):
            return first.end
        month, pos = value, m.end()
        listed.append(_Found(m.start("m"), pos, _Point(year, value), None, True))
        if m.group("mark") is not None:
            found += listed
            return pos
    return first.end


# A day listed after another with 日 written once, after the list's last: 、7 or 和8日.
_LISTED_DAY = re.compile(rf"[、和](?P<d>{_DAY})(?P<mark>{_LIST_DAY_MARK})?")
# A day listed after a whole date, each with its own 日 (2024年5月6日、8日和10日): not a span
# of days (3日内), nor a building's or a document's number (8号楼).
# (a day written with 号 only where a day ends: a clause's or the list's mark after it, no
# noun it numbers, 3号泵站, 5号台风, 9号楼; review76b)
_LISTED_OWN_DAY = re.compile(
    rf"[、和](?P<d>{_DAY})(?P<mark>日(?![内以之])|号(?=[，,。；;、和及与至到—\s）)]|$))"
    rf"(?:(?:至|到|[—–－~～-])(?P<d2>{_DAY})日(?![内以之]))?"
)


def _days_listed(norm: str, first: _Found, found: list[_Found], own: bool = False) -> int:
    """Append to ``found`` the days listed after ``first``, a date read from the first
    day of a list (``2024年5月6、7、8日``: 7 and 8日, in that month, ``inferred`` as
    :func:`_months_listed` reads months), in rising order; a list that does not rise or
    names no day of the month adds none. ``own``: the first a whole date with its 日, each
    day after it with its own (``2024年5月6日、8日和10日``, tail76: the days read so far
    kept where the list stops). Returns where the walk goes on."""
    if first.first.day is None:
        return first.end  # the list's first day was no day (the month alone kept)
    listed: list[_Found] = []
    year, month, day = first.first
    pos = first.end
    while (m := (_LISTED_OWN_DAY if own else _LISTED_DAY).match(norm, pos)) is not None:
        value = date_part(m.group("d")) or 0
        if value <= (day or 0) or not real_date(year, month, value):
            break
        last, day = None, value
        if own and m.group("d2") is not None:
            # a range listed with its own 日s (…、4日至6日): read whole, or the list ends
            day = date_part(m.group("d2")) or 0
            if day <= value or not real_date(year, month, day):
                break
            last = _Point(year, month, day)
        pos = m.end()
        listed.append(_Found(m.start("d"), pos, _Point(year, month, value), last, True))
        if m.group("mark") is not None and not own:
            found += listed
            return pos
    if own:
        found += listed
        return pos
    return first.end


def _months_left(norm: str, line_start: int, line_end: int, found: list[_Found], i: int) -> bool:
    """Whether the line holds a 月 outside the dates ``found[i:]`` (the line's dates with
    a year: in text order, none overlapping another): the test of
    :func:`_yearless_matches` for one line, a 月 inside a date skipped with the date."""
    month = norm.find("月", line_start, line_end)
    while month >= 0:
        while i < len(found) and found[i].end <= month:
            i += 1
        if i == len(found) or found[i].start > month:
            return True
        month = norm.find("月", found[i].end, line_end)
    return False


def _line_yearless(
    norm: str,
    line_start: int,
    line_end: int,
    found: list[_Found],
    i: int,
    year: int,
    out: list[_Found],
) -> None:
    """Append to ``out`` the year-less dates of the line whose dates with a year are
    ``found[i:]`` (in text order, none overlapping another): those of :func:`_found`'s
    walk over every date found, since a date on another line overlaps no match here, and
    a match overlaps one of the line's dates when the first that ends past its start
    starts before its end (the matches come in text order: that date is kept as they go)."""
    count = len(found)
    for m in _yearless_finditer(norm, line_start, line_end):
        while i < count and found[i].end <= m.start():
            i += 1
        if i < count and found[i].start < m.end():
            continue
        item = _yearless(m, year)
        if item is not None:
            out.append(item)


def _yearless_matches(norm: str, dated: list[Range], taken: list[Range]) -> Iterator[re.Match[str]]:
    """The matches of ``_YEARLESS`` on the lines of ``dated`` that hold its anchor, 月 (the
    lines holding 年 or 月 are all the lines that may: see :mod:`linescan`), outside the
    dates found already (``taken``, sorted): a line whose every 月 stands inside one of
    them is not searched. Exact: each match holds a 月 (every branch does), so each one
    there overlaps a date found, and :func:`_found` drops it.

    A 月 stands inside a date found when the furthest end of the dates starting at or
    before it lies past it; the 月 are met in text order, so that end is kept as they go
    (no pass over ``taken`` for each)."""
    k = 0
    reach = -1  # the furthest end of the dates of ``taken`` starting at or before ``month``
    for line_start, line_end in dated:
        month = norm.find("月", line_start, line_end)
        while month >= 0:
            while k < len(taken) and taken[k][0] <= month:
                reach = max(reach, taken[k][1])
                k += 1
            if reach <= month:
                break  # outside every date found
            month = norm.find("月", month + 1, line_end)
        if month >= 0:
            yield from _yearless_finditer(norm, line_start, line_end)


def _rare_dates(norm: str, start: int, end: int) -> list[_Found]:
    """The dates of ``norm[start:end]`` written as a list of years sharing one 年, as a
    bracketed range of years, or with digits only (:func:`_rare_gate` tells where one may
    stand)."""
    found: list[_Found] = []
    for m in finditer_lines(_SHARED_YEAR, _SHARED_MARK, norm, start, end):
        year = date_part(m.group(0))
        if year is not None and _Point(year).valid():
            found.append(_Found(m.start(), m.end(), _Point(year), None, False))
    for m in finditer_lines(_BRACKETED_YEARS, _SEP_MARK, norm, start, end):
        first, last = _Point(int(m.group("y"))), _Point(int(m.group("yb")))
        if first.valid() and last.valid() and first.year < last.year:
            found.append(_Found(m.start(), m.end(), first, last, False))
    ranges: list[Range] = []
    for m in finditer_lines(_DOTTED_RANGE, _DOTTED_MARK, norm, start, end):
        item = _dotted_range(m)
        if item is not None:
            found.append(item)
            ranges.append((item.start, item.end))
    covered = Covered.of(ranges)
    for m in finditer_lines(_NUMERIC, _NUMERIC_MARK, norm, start, end):
        point = _Point(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if point.valid() and not covered.holds(m.start()):
            found.append(_Found(m.start(), m.end(), point, None, False))
    for m in finditer_lines(_HYPHENED_MARKS, _HYPHEN_MARK, norm, start, end):
        found += _hyphened(m)
    for m in finditer_lines(_YEAR_BEFORE_PLACE, _TITLE_OPENERS, norm, start, end):
        titled = _Point(int(m.group("y")))
        if titled.valid() and _titled_year(norm, m):
            found.append(_Found(m.start(), m.end(), titled, None, False))
    return found


def _order(point: _Point) -> tuple[int, int, int]:
    """A point's place in time, for comparing two of one precision."""
    return point.year, point.month or 0, point.day or 0


def _hyphened(m: re.Match[str]) -> list[_Found]:
    """Read a match of :data:`_HYPHENED_MARKS`; a range whose ends do not fit (another
    precision, the last not after the first) is read as its first and, when written with
    its hyphen, its last, each alone (as they were before the range was read whole)."""
    month, day = m.group("m") or m.group("mh"), m.group("d")
    point = _Point(int(m.group("y")), int(month) if month else None, int(day) if day else None)
    if not point.valid():
        return []
    if (years := m.group("yy")) is not None:
        last = _Point(int(years), None, None)
        written = m.group(0)[m.end("yy") - m.start()] != "年"  # (its 年 written as a hyphen)
        if point.year < last.year:
            return [_Found(m.start(), m.end() - written, point, last, False)]
        out = [_Found(m.start(), m.end("y"), point, None, False)]
        if written:  # (a 2016年 is read as a date of its own)
            out.append(_Found(m.start("yy"), m.end("yy"), last, None, False))
        return out
    if m.group("m2") is None:  # (a last hyphen stands for the last mark: no part of it)
        return [_Found(m.start(), m.end() - (m.group("m") is None), point, None, False)]
    day2, year2 = m.group("d2"), m.group("y2")
    last = _Point(
        point.year if year2 is None else int(year2),
        int(m.group("m2")),
        None if day2 is None else int(day2),
    )
    if (day is None) == (day2 is None) and last.valid() and _order(point) < _order(last):
        return [_Found(m.start(), m.end(), point, last, False)]
    out = [_Found(m.start(), (m.end("d") if day else m.end("m")) + 1, point, None, False)]
    if year2 is not None and last.valid() and m.group(0)[m.end("y2") - m.start()] != "年":
        out.append(_Found(m.start("y2"), m.end(), last, None, False))
    return out


def _dotted_range(m: re.Match[str]) -> _Found | None:
    """Read a match of :data:`_DOTTED_RANGE`: both ends valid, of one precision, the
    first before the last."""
    day, day2 = m.group("d"), m.group("d2")
    if (day is None) != (day2 is None):
        return None  # 2023.5.1-2024.3: no one precision
    first = _Point(int(m.group("y")), int(m.group("m")), None if day is None else int(day))
    year2 = m.group("y2")
    if year2 is None and day is None:
        return None  # 2023.5-8: a decimal's range, no month's (a day's keeps its year)
    year = first.year if year2 is None else int(year2)
    last = _Point(year, int(m.group("m2")), None if day2 is None else int(day2))
    if not (first.valid() and last.valid()) or _order(first) >= _order(last):
        return None
    return _Found(m.start(), m.end(), first, last, False)


# No date starts inside these: 〔2018〕 in a document number, the year of a standard, a
# session's numbers; the page's date row a copy ran on after the title (title58).
NOT_DATES = (DocNumberFound, StandardCode, ProposalSession, ItemRecord, TitleChrome)


class DateFound(Found[DateItem]):
    def place(self, letter: Letter) -> None:
        letter.dates.append(self.value)


_IS_NOT_DATES: dict[type, bool] = {}
"""``issubclass(kind, NOT_DATES)`` for each class of item asked about (a class's bases
never change), looked up where each was a call walking three classes' bases."""


def _not_dates(claims: Claims) -> list[Range]:
    """``claims.ranges(*NOT_DATES)`` in no order (:meth:`Covered.of` sorts them: the same
    ranges, not sorted twice), each class of item asked about once a run."""
    out: list[Range] = []
    known = _IS_NOT_DATES
    for kind, taken in claims.taken.items():
        if (excluded := known.get(kind)) is None:
            excluded = known[kind] = issubclass(kind, NOT_DATES)
        if excluded:
            out += taken
    return out


def extract(ctx: Context) -> list[Item]:
    """Every date; a year-less one takes the year of the signature's date."""
    signed = ctx.letter.signature.date
    year = int(signed[:4]) if signed else None
    found = _dates(ctx.view, year, _not_dates(ctx.claims), cut_day(ctx.view))
    headings = _page_headings(ctx) if found else ()
    if headings:
        found = [f for f in found if not _heading_year(f, headings)]
    if found and (damaged := _damaged_date_line(ctx)) is not None:
        found = [f for f in found if not _in_damaged(f, damaged)]
    if found and '"' in ctx.view.norm:
        found = [f for f in found if not _record_value(ctx.view.norm, f)]
    if found and ctx.layout.header and ctx.layout.salutation is not None:
        found = [f for f in found if not _page_dated(ctx, f)]
        if found and (rows := _form_reply_rows(ctx)):
            found = [f for f in found if not _in_rows(f, rows)]
    if found and (rows := _source_rows_after_date(ctx)):
        found = [f for f in found if not _in_rows(f, rows)]
    return list(found)


_SOURCE_ROW = re.compile(
    "(?:"
    + vocab.longest_first(
        label.spelling
        for label in vocab.labels_of("page")
        if label.spelling.endswith(("来源", "机构", "单位"))
    )
    + "|上一篇|下一篇|上一条|下一条|上篇|下篇)[：:]"
)
"""A page's cell of who published the article opening a line (``来源：``, ``数据来源：``,
``发布机构：``), or its link to the previous or next article (``上一篇：``, its title and
date after it)."""


def _source_rows_after_date(ctx: Context) -> list[Range]:
    """The closing's lines under the signed date that open with a page's publisher cell
    (:data:`_SOURCE_ROW`, ``来源：某局2099年5月9日``): the page's row, its date the page's, as
    where the copy kept its lines and the row is the page's chrome; a copy glued with
    nothing between its lines has it parted only by the closing's reading (tail76)."""
    dated = ctx.layout.signature_date
    if dated is None:
        return []
    norm = ctx.view.norm
    return [
        (line.start, line.end)
        for line in ctx.layout.closing
        if line.start > dated.start and _SOURCE_ROW.match(norm, line.start, line.end)
    ]


def _form_reply_rows(ctx: Context) -> list[Range]:
    """The ranges of the header's lines that are the reply's date row of a page's form of
    the item among its proposer's and 主办单位's rows (:func:`replyparse.chrome.
    form_reply_date_rows`): in a copy that lost its line breaks the view parts the form
    from the letter only when it re-segments the head, after the page's chrome was read,
    and the row's date is the page's as where the lines were kept (``…建议人：王某 李某主办
    单位：某局答复时间：2099-06-12•答复内容…``; glued72: an earlier round read it as the
    letter's)."""
    norm = ctx.view.norm
    if norm.find("答复", 0, ctx.layout.salutation.start if ctx.layout.salutation else 0) < 0:
        return []
    lines = sorted(ctx.layout.header, key=lambda line: line.start)
    texts = [unicodedata.normalize("NFKC", line.text) for line in lines]
    return [(lines[k].start, lines[k].end) for k in sorted(form_reply_date_rows(texts))]


def _in_rows(found: DateFound, rows: list[Range]) -> bool:
    """Whether ``found`` is read inside one of ``rows``."""
    claim = found.claim
    return claim is not None and any(a <= claim[0] < b for a, b in rows)


_PAGE_DATE_WORDS = sorted(
    {
        label.spelling
        for label in vocab.labels_of("page")
        if label.spelling.endswith(("日期", "时间"))
    }
)
# (a label that ends with another, 文章发布日期 with 发布日期, is found by that one: the search
# is not anchored at the label's start)
_PAGE_DATE_LABEL_BEFORE = re.compile(
    r"(?:发布于|发表于|"
    + "|".join(
        w for w in _PAGE_DATE_WORDS if not any(w != o and w.endswith(o) for o in _PAGE_DATE_WORDS)
    )
    + r")[：:]\s*$"
)
"""A page's label of its date right before a date (``发布时间：``, and every date cell of the
page's own in ``data/labels.tsv``, a disclosure table's ``生成日期：``, ``公开日期：``; left71):
the page's byline or table, whose date is none of the letter's (not 成文日期, the letter's
own, nor a bare 日期 or 时间)."""


_PAGE_DATE_LABEL_REACH = 12
"""How far before a date its page's label is looked for (a label of four or five characters,
its colon and a few blanks: the search ends at the date)."""


_VIEWS_REACH = 12
_VIEWS_AFTER = re.compile(
    rf"(?:[ \u3000]?\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?)?\s*[|｜]?\s*[【\[]?{VIEWS_LABEL}[：:]"
)
"""A page's count of its views right after a date on its line (``2024-05-08 阅读：88``), its
clock between or not (``2024-05-08 09:30 浏览量：1``): the date is the page's stamp beside its
counter."""


def _page_dated(ctx: Context, found: DateFound) -> bool:
    """Whether ``found`` is the value of a page's date label (:data:`_PAGE_DATE_LABEL_BEFORE`),
    or the date a page's count of views follows (:data:`_VIEWS_AFTER`), on a header line
    over the salutation: the byline of a page a copy flattened, which
    the view parted from the title (``发布时间：2024-05-08 来源：某局 某局关于…``), its date
    the page's as where the copy kept its lines and the line is the page's chrome (left69)."""
    claim = found.claim
    salutation = ctx.layout.salutation
    if claim is None or salutation is None or claim[0] >= salutation.start:
        return False
    norm = ctx.view.norm
    for line in ctx.layout.header:
        if line.start <= claim[0] < line.end:
            return (
                _PAGE_DATE_LABEL_BEFORE.search(
                    norm, max(line.start, claim[0] - _PAGE_DATE_LABEL_REACH), claim[0]
                )
                is not None
                # (the count on its line or the next, the view parting them)
                or _VIEWS_AFTER.match(norm, claim[1], min(len(norm), line.end + _VIEWS_REACH))
                is not None
            )
    return False


# A value of a page's record printed as JSON, its key quoted before it (摘要：{"原始ID"："…"，
# "发布时间"："2016年07月14日"，…}: a site's data a copy kept, which the head of a flattened page
# sets on a line of its own): the quoted key and its colon, then the value's opening quote.
_RECORD_KEY_BEFORE = re.compile(r'"[^"\n]{1,20}"\s*[：:]\s*"$')
_RECORD_KEY_REACH = 26


def _record_value(norm: str, found: DateFound) -> bool:
    """Whether ``found`` is the whole quoted value of a JSON record's key (no date of the
    letter's: a letter writes no ``"key"："value"``)."""
    claim = found.claim
    if claim is None or norm[claim[1] : claim[1] + 1] != '"':
        return False
    before = max(0, claim[0] - _RECORD_KEY_REACH)
    return _RECORD_KEY_BEFORE.search(norm, before, claim[0]) is not None


def _damaged_date_line(ctx: Context) -> Range | None:
    """The ``view.norm`` range of the closing's date line when it is a date damaged past
    reading that kept its 年 and lost its 月 and 日 or its 月 (``2018年710``, ``2022年7``,
    alone on its line: :func:`replyparse.closing.damaged_date`), else None. Its year is
    a piece of that damaged date, no year the letter mentions: a copy's damage ran the
    month and the day into it, as it ran all three together in ``2021830``, which gives
    no date either (the signature's date is null). A whole date there (``2018年7月10``,
    its 日 lost at the line's end) and a year alone (``2023年``) are read as before."""
    line = ctx.layout.signature_date
    if line is None or "年" not in line.text:
        return None
    text = line.text.strip()
    if text[-1:].isdecimal() and damaged_date(text):
        return (line.start, line.end)
    return None


def _in_damaged(found: DateFound, line: Range) -> bool:
    """Whether ``found`` is a year alone read inside the damaged date line ``line``."""
    claim = found.claim
    return found.value.precision == "year" and claim is not None and line[0] <= claim[0] < line[1]


# A page heading over the letter: a header line above the letter's own title holding the
# words of a reply's or an item's heading (2019年人大建议答复, 某某2020年度提案办理…,
# 2022年某县某届政协某次会议《…》的答复: the page's listing of the reply).
_HEADING_WORDS = re.compile(r"建议|提案|议案|答复|复函|会议")
# Where the lead of a heading ends, the subject it names opening: a title's 关于 or 对, a
# cited title's 《 or quote (a year inside those is the subject's: a date, as a year inside
# any cited title is).
_SUBJECT_OPENS = re.compile(r"关于|对|[《“\"「『]")
# A sentence's full stop: a header line that holds one is a paragraph (the proposal's text a
# 办理单 copies over the reply, its 为此建议), no page's heading (dev93).
_SENTENCE_END = "。"


def _page_headings(ctx: Context) -> list[tuple[int, int]]:
    """The ``view.norm`` ranges of the leads of the page headings over the letter: the
    header lines above its title that hold a heading's words (:data:`_HEADING_WORDS`), each
    up to the subject it names (:data:`_SUBJECT_OPENS`). Not the item's own number or title
    over the reply (the layout's ``numbered`` lines: the proposal's, read with the title),
    nor the heading of the form the reply was written on (``2020年某区人大代表建议办理单``:
    the letter's own form, its year a date)."""
    layout = ctx.layout
    if not layout.title:
        return []  # (a heading the letter has no title under is read as its title)
    top = layout.title[0].start
    out: list[tuple[int, int]] = []
    for line in layout.header:
        text = line.text
        if (
            line.start < top
            and _heading_lead(text)
            and _SENTENCE_END not in text
            and line not in layout.numbered
        ):
            cut = _SUBJECT_OPENS.search(text)
            out.append((line.start, line.start + (len(text) if cut is None else cut.start())))
    return out + _wrapping_heading(ctx, top)


def _wrapping_heading(ctx: Context, top: int) -> list[tuple[int, int]]:
    """The lead of a page heading that wraps the letter's whole title in brackets on the
    title's own line (``某镇2031年人大代表建议办理答复（某局关于…的函）``, title.wrapped_title):
    from the line's start to the title's, when it holds a heading's words and a year (the
    year the page lists the reply under, as in a heading over the title)."""
    titles = ctx.claims.taken.get(Title)
    if not titles or titles[0][0] <= top or ctx.view.norm[titles[0][0] - 1] not in WRAPPERS:
        return []  # (the usual title, or a lead no bracket wraps it after: a stuffed head)
    if not _heading_lead(ctx.view.norm[top : titles[0][0] - 1]):
        return []
    return [(top, titles[0][0])]


def _heading_lead(text: str) -> bool:
    """Whether ``text`` may be a page heading's lead: a year and a heading's words
    (:data:`_HEADING_WORDS`), not the heading of the form the reply was written on
    (``2031年某区人大代表建议办理单``: the letter's own, its year a date)."""
    return "年" in text and _HEADING_WORDS.search(text) is not None and not is_form_heading(text)


def _heading_year(found: DateFound, headings: list[tuple[int, int]]) -> bool:
    """Whether ``found`` is a year alone (no month, no range) in the lead of a page heading
    over the letter (``2019年人大建议答复``, ``某某2020年度…``, ``2022年某县某届政协某次会议
    《…》的答复``): the year the page lists the reply under, no date of the letter's (the
    letter's own title, and a year inside a cited title, stay as they were)."""
    date = found.value
    if date.precision != "year" or date.end is not None:
        return False
    claim = found.claim
    return claim is not None and any(start <= claim[0] < end for start, end in headings)
