"""The closing part: which lines at the end of a letter belong to it, and which of them
are the signature (发文机关署名) and its date (成文日期).

The closing is read from the last line upward over the lines its vocabulary knows
(:func:`kind`): labels of the closing (contacts, 抄送, 附件, 附注, leaders' labels such as
主要签发领导 or 承办负责人; ``data/labels.tsv``; a contact label that lost a character
in copying, ``联 人：``, :func:`lost_label`), a label it does not know with a short
value (``监督电话：…``, ``办结时限：…``), publication notes and class marks, 印发
lines, a phone alone, an attachment list, ``此致`` / ``敬礼`` / ``特此函复``, seal notes
(``（盖章）``, ``(印章)``, ``（单位盖章）``), a 发文字号 alone, authority lines and date lines.
The first line it does not know ends the body.

The signature (:func:`signature`) is the last authority line above the date (seal notes
and closing labels may stand between); with several authority lines in a row, a joint
reply; with none above, the authority right under the date. A damaged date (``2021830``,
``2025 915``, ``2022年7``) still marks the date's place; a date written to the month
(``二〇二四年五月``, ``2024年5月``) is the date, to the month. With no date at all, it is the
first authority line after the body. An office
line right above a ``…日印发`` line is 版记 (a PDF copy split ``某局办公室  2024年6月26日
印发`` in two), never the signature.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import NamedTuple

from replyparse import patterncache, vocab
from replyparse.chrome import LETTERS_CLOSE, hotline_row, tools_alone
from replyparse.elements import (
    CITY_WORD,
    DOC_NUMBER,
    LEVEL_CHARS,
    MARK_SEPARATOR,
    MARKS_LINE_LONGEST,
    NOTE_THEN_FIRST,
    bracket_start,
    gap_parts,
    is_doc_number_line,
    is_mark,
    is_note,
    noted_contact_at,
)
from replyparse.fields.numerals import CN_DAY, CN_MONTH, CN_YEAR_DIGITS
from replyparse.labels import NAME_COLON, NAME_WORD, LabelSet, opening_label
from replyparse.orgnames import (
    NOT_EVERYDAY_WORD,
    OPENING_PREPOSITIONS,
    ORG_END,
    ORG_INSIDE,
    ORG_SUFFIX,
    SELF_REFERENCE,
    spam_end,
    spam_name,
)
from replyparse.textview import CELL_BARS, DOTTED_NAME, Line, TextView

# A 兵团's regiment signs in its own name as a town does, numbered and no office word after
# it (第十师一八一团, 101团, 第一师十团): 团 after the number's figure or numeral only (艺术团,
# 考察团 name no signer; 代表团, 集团 are offices' suffixes). The number is read whole, its
# figures or numerals all of them (a regiment's has four at most: 共12345团, 约一二三四五团 are
# counts), and stands where a regiment's name sets it: opening the name (101团, 一〇一团; a
# numeral alone, 一团, is a sentence's measure word, 拧成一团), after its 第, its 师, its 兵团
# or a place's level (阿拉尔市10团), or after a place its division names before it
# (第一师某某十团, 第七师某某12团: a numbered 师, then the place). After another word (共15团,
# 约十五团, 分成3团) it counts groups, no regiment's (_NUMBERED_UNIT; decided, signers53; the
# division's place and the whole number, decided, mend53).
_UNIT_NUMERALS = "一二三四五六七八九十〇"
_UNIT_DIGITS = 4
"""How many figures or numerals a regiment's number has at most (一八一团, 1001团)."""
_DIVISION_PLACE = 6
"""How many characters the place after a division's 师 has at most (第一师某某十团)."""
_PLACE_CHAR = rf"[^\W\d_A-Za-z{_UNIT_NUMERALS}]"
"""A place's character: a CJK ideograph, no numeral (a number's run ends where one stands)."""


def _numbered_unit_leads() -> str:
    """The lookbehinds, one of which holds at a regiment's 团 (each of fixed width, as
    Python's lookbehinds are): for each kind of number (figures, numerals) and each length
    of it, what stands right before the whole number (see the comment above)."""
    out = []
    for digits, other in (("[0-9]", "0-9"), (f"[{_UNIT_NUMERALS}]", _UNIT_NUMERALS)):
        for n in range(1, _UNIT_DIGITS + 1):
            number = f"{digits}{{{n}}}团"
            if digits == "[0-9]" or n > 1:
                # (the name's start: no ideograph and no figure or numeral of the number)
                out.append(rf"(?<=(?<![\u4e00-\u9fff{other}]){number})")
            lead = "[第师]" if n == 1 and digits != "[0-9]" else f"[第师团{LEVEL_CHARS}]"
            out.append(f"(?<={lead}{number})")
            out.extend(
                f"(?<=[{_UNIT_NUMERALS}]师{_PLACE_CHAR}{{{k}}}{number})"
                for k in range(1, _DIVISION_PLACE + 1)
            )
    return "|".join(out)


_NUMBERED_UNIT = f"团(?:{_numbered_unit_leads()})"
_SIGNER_END = (
    f"{ORG_SUFFIX}|(?:{vocab.alternation('signer_places')})"
    + NOT_EVERYDAY_WORD
    + f"|{_NUMBERED_UNIT}"
)
"""How an authority's name ends: an office's suffix, a town or a township signing in its own
name (某某镇, not the everyday 乡镇 of the towns together: data/not_org_endings.txt), or a
regiment's number."""
_SIGNER_ENDINGS = (*vocab.words("org_suffixes"), *vocab.words("signer_places"), "团")
OFFICE_TAILS = frozenset(vocab.words("org_suffixes"))
"""An office's ending written alone (办公室, 办公厅, 委员会, 局): after a stray blank in the
signer's name (``某县人民政府 办公室``) the tail of that name, never a second signer."""
# A signed date's year and month, each in figures or in numerals, as a typist may mix them
# (2024年五月, 二〇二四年5月): the full date, the one that lost its 日 and the one written to
# the month open alike (review60e: an earlier round read the mix in DATE alone).
_YEAR = rf"(?:\d{{4}}|[{CN_YEAR_DIGITS}]{{4}})年"
_MONTH = rf"(?:\d{{1,2}}|{CN_MONTH})月"
DATE = rf"(?:{_YEAR}{_MONTH}(?:\d{{1,2}}[日号]|{CN_DAY}日))"
"""A full 成文日期 in figures or in Chinese numerals (a pattern; the closing and
:mod:`replyparse.resegment` read signed dates with it), or with its year in one and its
month or day in the other, as a typist may mix them (2024年五月二十日, 2024年5月二十日,
二〇二四年5月10日: a numeral year's 〇 as ○, 零 or O too, CN_YEAR_DIGITS);
January may be 元月, as letters write it (二〇二四年元月十日), and a day's tens 廿 or 卅
(廿三日, 卅日), 廿 copied as 念 (念三日: :data:`replyparse.fields.dates._DAY`)."""
_DATE = DATE
# A full date that lost its 日 where the line ends (某局  2021年9月3), in figures or in
# numerals (二○○九年六月二十五) or mixed, as DATE writes them.
_LOST_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[廿卅][一二三四五六七八九]?)"
_DAY_LOST = rf"(?:{_YEAR}{_MONTH}{_LOST_DAY})"
_DAY_LOST_END = re.compile(rf"年{_MONTH}{_LOST_DAY}$")
_DAY_LOST_LAST = frozenset("一二三四五六七八九十廿卅")
"""The last characters of a day in numerals :data:`_DAY_LOST` ends with (a figure aside,
what ``str.isdecimal`` answers): the gate before it."""
# A day alone on its line, in figures or numerals, its 日 or 号 (20日, 二十日, 8号): the rest
# of a date written to the month on the line above (2024年5月 / 20日), a narrow column's wrap.
_DAY_ALONE = re.compile(rf"(?:\d{{1,2}}|{CN_DAY})[日号]")


def day_below(view: TextView, line: Line) -> Line | None:
    """The line right under the date line ``line`` when it holds a day alone
    (:data:`_DAY_ALONE`): the rest of ``line``'s date, written to the month."""
    lines = view.lines
    below = lines[line.index + 1] if line.index + 1 < len(lines) else None
    if below is None or len(below.text) > 4 or not _DAY_ALONE.fullmatch(below.text):
        return None
    return below


"""The end of such a date: the gate before an authority's line is read for one (a line
ending in a figure is most often a phone's)."""
# A date in figures: 2021.9.3, 2021-09-03, 2021/9/3 (the same separator twice), the - also
# as a copy's hyphen or minus sign (2021‐09‐03: :data:`replyparse.fields.dates._HYPHENS`).
NUMERIC_DATE = r"(?:(?:19|20)\d{2}(?P<sep>[.\-/‐‑−﹣])\d{1,2}(?P=sep)\d{1,2})"
"""A date in figures (a pattern): the date lines read it, and :mod:`replyparse.checks`
asks its year, month and day (the parts between its separators, group ``sep``) of the
calendar."""
_DATE_LABELS = vocab.spellings(vocab.labels_of("date", "reply_date"))
# The words of a seal or a signing slot (盖章, 公章, 签字…: data/seal_words.txt).
_SEAL_WORDS = vocab.alternation("seal_words")
_JOINT_BRACKETED = (
    r"[（(][^（）()。：:]{0,16}?(?:联合|共同|会同)[^（）()。：:]{0,12}?"
    r"(?:答复|办理|办复|回复|函复)[^（）()。]{0,20}[）)]"
)
# The weekday a letter may give in brackets after its date: 2024年5月10日（星期五）, （周五）;
# or bare after a blank, as a web copy or a typist sets it (2024年5月10日 星期五; not 周五
# bare: a word of a sentence as often).
_WEEKDAY = r"(?:[（(](?:星期|礼拜|周)[一二三四五六日天][）)]|(?:星期|礼拜)[一二三四五六日天])"
# A seal note in brackets of any shape a copy writes (（印章）, 〔印章〕, [盖章], 【公章】): no
# part of the name or the date it follows.
_SEAL_BRACKETED = rf"[（(〔\[［【][\u4e00-\u9fff]{{0,4}}(?:{_SEAL_WORDS})[）)〕\]］】]"
# A seal note written after the date on its line: 2021年9月3日（印章）; or a joint reply's
# note, as it may stand between the signers and the date (JOINT_NOTE): 2021年9月3日（联合答复）,
# 2021年9月3日（此件联合答复，由某局主办）; or its weekday, no part of the date.
NOTE_AFTER_DATE = rf"(?:{_SEAL_BRACKETED}|{_JOINT_BRACKETED}|{_WEEKDAY})"
"""A seal note, a joint reply's note or the weekday in brackets after the date on its line
(a pattern; :mod:`replyparse.resegment` reads it after a flattened closing's date)."""
_SEAL_AFTER = f"{NOTE_AFTER_DATE}?"
# A full stop a web copy or a typist set after the date (2023年5月8日。): no part of it.
_STOP_AFTER = "[。.．]?"
DATE_LINE = re.compile(
    rf"^(?:(?:{_DATE_LABELS})：)?(?P<opened>[（(])?(?:{_DATE}|{NUMERIC_DATE})(?(opened)[）)])"
    rf"{_SEAL_AFTER}{_STOP_AFTER}$"
)
"""A 成文日期 alone on its line, or after a label of its own (``答复日期：…``), or in round
brackets (``（2024年5月10日）``), a seal note or a joint reply's note after it allowed
(``（印章）``, ``（联合答复）``), and a full stop."""
# A 成文日期 that names only its year and month (二〇二四年五月, 2024年5月, or mixed as DATE,
# 二〇二四年5月): read as written,
# to the month. Each month is whole: 十二 before 十 before 一.
MONTH_DATE = rf"(?:{_YEAR}(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|元)月)"
"""A 成文日期 written to the month (a pattern)."""
MONTH_DATE_LINE = re.compile(rf"^(?:(?:{_DATE_LABELS})：)?{MONTH_DATE}{_SEAL_AFTER}{_STOP_AFTER}$")
"""A 成文日期 written to the month, alone on its line or after a label of its own (a full
stop after it allowed)."""
_DATE_LINE_LAST = frozenset("日号）)〕]］】。.．\n")
"""What a text :data:`DATE_LINE` matches ends with, a decimal digit aside (``\\d``, what
``str.isdecimal`` answers): its date's 日 or 号 or figure, a seal note's bracket, a full
stop, or a line break (``$`` matches before a last one), a bare weekday aside
(:func:`_bare_weekday_end`): the gate before it."""
_MONTH_LINE_LAST = frozenset("月）)〕]］】。.．\n")
"""What a text :data:`MONTH_DATE_LINE` matches ends with (its date's 月, a seal note's
bracket, a full stop, a last line break), a bare weekday aside: the gate before it."""
_WEEKDAY_LAST = frozenset("一二三四五六日天")
_WEEK_WORDS = frozenset(("星期", "礼拜"))


def _bare_weekday_end(text: str) -> bool:
    """Whether ``text`` ends with a bare weekday (星期五, 礼拜天: :data:`_WEEKDAY`'s bare
    form), what a date line may end with besides the gates' characters (asked after them:
    few lines end so)."""
    return text[-1:] in _WEEKDAY_LAST and text[-3:-1] in _WEEK_WORDS


_STOPPED_DATE_LAST = frozenset("日号月）)〕]］】")
"""What stands before the full stop of a date line that ends with one (:data:`DATE_LINE`,
:data:`MONTH_DATE_LINE`), a decimal digit aside: a date's end or a seal note's bracket."""
_FIGURES = "0123456789"


# A landline whose area code a dash or brackets part (0000-5550123, any dash a copy writes,
# (0000)5550123) or a clock time (10:30, 10：30:15) after a date's 日 or 号 at a line's end:
# a phone cell whose label the copy lost, or the time a page or a typist set beside the
# date (left61a).
_PHONE_OR_CLOCK_AFTER_DAY = re.compile(
    r"(?<=[日号])(?:(?:0\d{2,3}|[（(]0\d{2,3}[）)])[-—–‐‑−﹣－]\d{7,8}|[（(]0\d{2,3}[）)]\d{7,8}"
    r"|(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?)$"
)


def without_code(text: str) -> str:
    """``text`` without figures alone after its date's 日 or 号 at its end, a blank between
    or not (the view drops it): a postcode or an area code a form's cell or a letterhead
    set beside the date (``2024年5月10日 650000``, ``某局  2024年5月10日 0871``), or a stray
    number (a page's, a code's), no part of the date and no reason to read the line as
    none (an earlier round lost the signature and its date there); so a landline its dash
    parts (``2024年5月10日 0000-5550123``) and a clock time (``2024年5月10日 10:30``:
    :data:`_PHONE_OR_CLOCK_AFTER_DAY`). ``text`` itself when no such figures end it; a
    date in figures (``2024.5.10``) keeps its own, its last number and any after it one
    run once the blank is gone."""
    if not text[-1:].isdecimal():
        return text
    cut = text.rstrip(_FIGURES)  # (linear: a pattern searched from each figure is not)
    if cut[-1:] in ("日", "号"):
        return cut
    if cut[-1:] in _PHONE_OR_CLOCK_MARKS and (m := _PHONE_OR_CLOCK_AFTER_DAY.search(text)):
        return text[: m.start()]
    return text


_PHONE_OR_CLOCK_MARKS = frozenset("-—–‐‑−﹣－:：)）")
"""The marks :data:`_PHONE_OR_CLOCK_AFTER_DAY`'s last figures follow (a dash, a colon, an
area code's bracket): the gate before it."""


YEAR_ONLY_LINE = re.compile(rf"^(?:(?:{_DATE_LABELS})：)?(?:\d{{4}}|[{CN_YEAR_DIGITS}]{{4}})年$")
"""A 成文日期 that names only its year (2023年, 二〇二三年), alone on its line: too partial to be
a signature's date, it ends the closing's lines without being its date (the authority above
it signs; the year is a date of the letter's all the same)."""
_YEAR_TAIL = re.compile(rf"(?<=[\u4e00-\u9fff）)])[ \u3000]*(?:\d{{4}}|[{CN_YEAR_DIGITS}]{{4}})年$")


_DAMAGED_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fff）)])[ \u3000]*(?P<date>(?:19|20)\d{5,6}日?|(?:19|20)\d{3,4}月\d{1,2}日?)$"
)
"""A date whose 年月日 were lost after an authority on its line (``某局 2023927``), also
glued to it with only its 年 lost (``某局20176月6日``: the year's digits and the month's
run together, a date past reading, :func:`damaged_date`)."""


_CODE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff）)])[ \u3000]*(?:\d{6}|0\d{2,3})$")
"""A postcode (six digits) or an area code (0 and two or three digits) alone after an
authority on its line (``某县交通运输局 650000``, ``某局 0871``): the form's cell or the
letterhead's code beside the name, no part of it. A date damaged past reading is asked
first (``某局 2023927``); a year's digits (``某局 2023``) open with no 0 and are not six."""


def year_start(text: str) -> int:
    """Where a year alone after an authority on its line starts (``某局 2023年``: a
    成文日期 too partial to be one, see :data:`YEAR_ONLY_LINE`), or a date damaged past
    reading (``某局 2023927``, :func:`damaged_date`), or a postcode or an area code
    (:data:`_CODE_TAIL`), its blanks before it with it; the text's length when none ends
    it."""
    if text[-1:].isdigit() or text[-1:] == "日":
        m = _DAMAGED_TAIL.search(text)
        if m is not None and damaged_date(m["date"]):
            return m.start()
        if text[-1:].isdigit() and (m := _CODE_TAIL.search(text)) is not None:
            return m.start()
        return len(text)
    m = _YEAR_TAIL.search(text)
    return m.start() if m is not None else len(text)


DAY_LOST_LINE = re.compile(rf"^{_DAY_LOST}$")
"""A 成文日期 that lost its final 日 at the line's end: still a full date (2021年9月3,
二○○九年六月二十五)."""
# A date whose 年月日 were lost in copying: 2021830, 20211026, 2025 915, 2021年830日.
_DAMAGED_DATE = re.compile(
    r"^(?P<year>(?:19|20)\d{2})(?:"
    r"(?P<digits>\d{2,4})日?"  # 2021716日: 年 and 月 lost, 日 kept
    r"|(?P<lost_month>\d{1,2})月(?P<lost_day>\d{1,2})日?"  # 20217月16日: 年 lost
    r"|\s(?P<spaced>\d{3,4})"
    r"|\s(?P<month>\d{1,2})\s(?P<day>\d{1,2})"
    r"|年(?P<glued>\d{3,4})日?"
    r"|年\d{1,2}月?"  # 2022年7, 2022年13月: the day lost, the month past reading
    r"|月\d{1,2}月\d{1,2}日?"  # 2019月6月11日: 年 written as 月
    r")$"
)
# An office that seals on another's behalf notes it bare after its name (某局办公室代章,
# 某局办公室代印): a seal note, no part of the name (SEAL_NOTE).
_PROXY_SEAL = "代[章印]"
SERVICE_NUMBER = (
    r"(?<=[\u4e00-\u9fff])(?:1[12][0-9]|12[0-9]{3}|96[0-9]{3})"
    rf"(?={vocab.alternation('service_line_words')})"
)
"""A public service line's number inside an office's name, glued between its place and its
words (甲县12345热线办公室, 甲市110指挥中心, 甲市12315投诉举报中心): a service number's
shape (110, 119, 120, 122; 123xx, 12345; 96xxx), a hanzi before it and a service line's
word after it (data/service_line_words.txt): the name's own figures, read with it (decided,
left64). A count or a measure after it (全县110起, 建成110千伏变电站, 120平方米) is a
sentence's (decided, review64b: left64 asked only no count's word after it)."""
# An authority by its ending; a seal note (（盖章）, 〔印章〕) or its second name (某局（某办
# 公室）, two offices in one) may follow in brackets, and a seal note the copy set over the
# name may open it (〔印章〕某局, （印章）某局: SEAL_LEAD).
# A mirror that swapped the place for its advertisement's words writes them in Latin letters,
# figures among them, and marks (ab12某某app下载_某某官网·(中国)公安局): taken as written, its
# figures next to a letter or to the ``_`` its words are joined with (手游365_365平台, a
# site's handle; decided, signers50) (a unit's number before 团 or 师: 101团, 第7师; the
# numerals' zero, 〇, no CJK ideograph, within a regiment's number before its 团: 一〇一团).
_NAME_CHAR = (
    r"(?:[\u4e00-\u9fff（）()、A-Za-z_·]|\d{1,4}(?=[团师A-Za-z_])|(?<=[A-Za-z_])\d{1,4}"
    rf"|{SERVICE_NUMBER}|〇(?=[{_UNIT_NUMERALS}]{{0,2}}团))"
)
_REGIMENT_FIGURES = r"\d{2,3}(?=团)"
"""A 兵团's regiment written by its figures alone (101团, 45团: the name's figures, 团 its
ending): a name of its own, as 一八一团 is in numerals; one figure (3团) names none."""
_LEVEL_BODY = r"[省市州县区旗乡镇](?:人大常委会|人大|人民政府|政府|政协|党委|委)"
"""A body named by its level alone, the place unsaid, and its short name (县政协, 市政协, 县人大,
县政府, 市委): an authority too, as 县教育局 is, shorter than any name :data:`_AUTHORITY`'s
first branch reads (a place's one character before the suffix)."""
_LEVEL_BODY_ALONE = re.compile(rf"{_LEVEL_BODY}")
"""A line holding a :data:`_LEVEL_BODY` alone (``县政府``, ``市委``; fullmatch): it signs over
the date or beside it, never under it, where a page's menu sets such words a line each."""
_MENU_ITEM = (
    r"[省市州县区旗乡镇](?:人大常委会|人大|人民政府|政府|政协|党委|纪委|监委|委|法院|检察院)"
)
"""An item of a page's menu of the place's bodies: a :data:`_LEVEL_BODY`, or its 纪委, 监委,
法院 or 检察院 named so (县纪委, 市法院)."""
_MENU_APART = r"[ \u3000]*[|丨｜]?[ \u3000]*"
_LEVEL_MENU = re.compile(rf"^{_MENU_ITEM}(?:{_MENU_APART}{_MENU_ITEM}){{2,}}{_MENU_APART}$")
"""A line of three :data:`_MENU_ITEM` or more, glued (as the view reads them one blank
apart) or apart by blanks or bars (``市委 市政府 市人大``, ``县委| 县人大| 县政协``): a page's
menu of the place's bodies, which no letter signs with (a joint reply names each body in
full, and two at most so short: 县委 县政府), over the date or under it."""
_LEVEL_FIRST = frozenset("省市州县区旗乡镇")
"""The first character of a :data:`_LEVEL_MENU` line: the gate before it."""


def level_menu(text: str) -> bool:
    """Whether ``text`` is a page's menu of the place's bodies (:data:`_LEVEL_MENU`), which
    signs nothing, whole or in pieces (:mod:`replyparse.resegment` cuts no signer off it)."""
    return text[:1] in _LEVEL_FIRST and _LEVEL_MENU.match(text) is not None


_AUTHORITY = (
    rf"(?:{_SEAL_BRACKETED})?"  # (no lookbehind first in the name)
    rf"(?:(?:(?:[\u4e00-\u9fff（）()、A-Za-z_·]|\d{{1,4}}(?=[团师A-Za-z_]))"
    rf"{_NAME_CHAR}{{1,59}}|{_REGIMENT_FIGURES})(?:{_SIGNER_END})|{_LEVEL_BODY})"
    rf"(?:（[\u4e00-\u9fff]{{1,6}}）|（[\u4e00-\u9fff]{{2,20}}(?:{ORG_SUFFIX})）|{_SEAL_BRACKETED}"
    rf"|{_PROXY_SEAL})?"
)
SEAL_LEAD = re.compile(f"^{_SEAL_BRACKETED}")
"""A seal note that opens an authority's name (〔印章〕某局): no part of it."""
SEAL_OPENS = frozenset("（(〔[［【")
"""What :data:`SEAL_LEAD` opens with: the gate before it."""
AUTHORITY_LINE = re.compile(rf"^{_AUTHORITY}$")
"""An authority alone on its line (a seal note in brackets after it allowed)."""
_NOT_IN_AUTHORITY = "："
"""A character no :data:`_AUTHORITY` holds (no class of it takes it, no office's suffix or
signer's place holds it; a test says so): a text that holds it is no authority line, the
gate before :data:`AUTHORITY_LINE` (a label's colon, the usual closing line it skips)."""
AUTHORITY_DATE_LINE = re.compile(
    rf"^(?P<authority>{_AUTHORITY})"
    rf"(?:(?:{_DATE}|{NUMERIC_DATE}){_SEAL_AFTER}|(?P<month>{MONTH_DATE}){_SEAL_AFTER}"
    rf"|{_DAY_LOST})$"
)
"""The signing authority and the date on one line: ``某某局    2021年9月3日``, also a date
written to the month (``某某镇人民政府  二〇二四年五月``: group ``month``), a seal note or a
joint reply's note after it allowed (``某某局  2021年9月3日（印章）``). The date may be
written in figures (``某某局  2021-09-03``, ``某某局  2021.9.3``), as a date alone on its
line may (:data:`DATE_LINE`): a typist who puts the date on the signer's line writes it as
she writes it under him. Only a closing's line is asked, and an authority's name holds no
colon, so a page's ``发布时间：2021-09-03`` or a body's figure date is never one."""
# The signing authority with a note of marks glued to its name, then the date on one line
# (某局（B类）    2024年5月10日, 某局  （同意公开）  2024年5月10日): the authority's part is
# asked of :func:`signer_note` (:func:`authority_date`).
_NOTED_AUTHORITY_DATE = re.compile(
    rf"^(?P<authority>[^：。]{{2,}}?[）)】］])(?:{_DATE}|(?P<month>{MONTH_DATE})){_SEAL_AFTER}$"
)
_LISTED_AUTHORITY_DATE = re.compile(
    rf"^(?P<authority>[^：。\d]{{9,90}}?[^：。\d，,；;、 ])[ \u3000]*"
    rf"(?:(?:{_DATE}|{NUMERIC_DATE}){_SEAL_AFTER}|(?P<month>{MONTH_DATE}){_SEAL_AFTER})$"
)
"""A list of signers then the date on one line (:func:`_listed_authority_date`: the list
read by :func:`listed_authorities`, two names of four characters or more and their mark)."""
_DATED = re.compile(rf"^(?:{_AUTHORITY})?(?:{_DATE}|{MONTH_DATE})$")
# Each gate below ends with a line break too: ``$`` matches before a last one.
_DATE_ENDS = ("日", "号", "\n")
"""The characters a full date (:data:`DATE`) ends with: a gate before its patterns."""
_SIGNED_DATE_ENDS = (*_DATE_ENDS, "月")
"""What the date of :data:`AUTHORITY_DATE_LINE` and of :data:`_DATED` ends with (a full
date, or one written to the month): the gate before them."""
_AUTHORITY_DATE_ENDS = (*_SIGNED_DATE_ENDS, "）", ")", "〕", "]", "］", "】")
"""What :data:`AUTHORITY_DATE_LINE` ends with: its date's end, or a note's bracket after it
(a bare weekday aside: :func:`_bare_weekday_end`)."""
_AUTHORITY_ENDS = (*_SIGNER_ENDINGS, "人大", "）", "〕", "]", "］", "】", "代章", "代印", "\n")
"""What an authority (:data:`_AUTHORITY`) ends with, an office's ending (人大 too, a body's
short name after its level, :data:`_LEVEL_BODY`), a note in brackets or a bare 代章
(:data:`_PROXY_SEAL`): a gate before its patterns."""
_AUTHORITY_LAST = frozenset(end[-1] for end in _AUTHORITY_ENDS)
"""The last characters of :data:`_AUTHORITY_ENDS`: the same gate asked in one look-up
(``endswith`` tries its seventy endings one by one)."""

_CC_LABELS = vocab.labels_of("cc")
# A 版记 a web copy kept as a table writes the label in its cell, the list in the next
# (``| 抄送 | 甲委，乙办 |``): a bar stands for the colon, after a label that opens with 抄
# (抄送, 抄报, 抄送机关: 报 or 送 before a bar heads a table's column as often).
# (Written as the labels then the colon or the bar, the bar's label asked behind it: a
# pattern that opens with the labels' alternation lets the engine skip to their first
# characters, as the colon's alone did; an alternation of two such made it try every place.)
# A label alone at its line's end, no colon, stands over its list as well: a table's cell
# read one a line (a .docx's or a PDF's table, ``抄送`` / ``市财政局，市发展改革委。``), the
# same 抄 labels only. (A line's end, not a gap: ``抄送  市财政局`` is gapped_cc_label's.)
_CC_LABEL = (
    f"(?:{vocab.spellings(_CC_LABELS)})(?:："
    f"|(?:{'|'.join(f'(?<={re.escape(e.spelling)})' for e in _CC_LABELS if e.spelling[0] == '抄')})"
    f"(?:[{re.escape(CELL_BARS)}]|(?=\\n|\\Z)))"
)
CC_LINE = re.compile(f"^{_CC_LABEL}")
"""The first line of a 抄送 list (its label's colon, a table's bar after it, or a 抄 label
alone on its line); :func:`cc_list_end` finds its last."""
CC_GAPPED_LABELS = tuple(
    sorted((e.spelling for e in _CC_LABELS if e.spelling[0] == "抄"), key=len, reverse=True)
)
"""The labels that open 抄 and may be set off from their list by blanks alone, no colon
(``抄送  市财政局，市教育局。``, ``抄送\t…``, as a typed 版记 aligns it), longest first:
:func:`gapped_cc_label`. (报, 送 and 分送 are words too often to stand so.)"""


def gapped_cc_label(view: TextView, line: Line) -> int:
    """The length of the 抄 label (:data:`CC_GAPPED_LABELS`) that opens ``line`` with a gap
    after it and no colon, the list after the gap (``抄送  市财政局``); 0 when none does."""
    if line.text[:1] != "抄":
        return 0  # (the gate: the usual line opens otherwise)
    return gapped_cc_label_at(view, line.start)


def gapped_cc_label_at(view: TextView, at: int) -> int:
    """The length of the 抄 label (:data:`CC_GAPPED_LABELS`) at ``view.norm[at]`` that a gap
    parts from a body's name after it (its first character a hanzi); 0 when none."""
    norm, gaps = view.norm, view.gaps
    for label in CC_GAPPED_LABELS:
        end = at + len(label)
        if norm.startswith(label, at) and end in gaps and _HANZI.match(norm, end):
            return len(label)
    return 0


_HANZI = re.compile(r"[\u4e00-\u9fff]")
_CC_BODY = rf"[\u4e00-\u9fff][\u4e00-\u9fff（）()]{{1,29}}?(?:{ORG_SUFFIX}|单位|部门|代表|委员)"
# A list of bodies alone, each an office's name (各有关单位 too, or the deputy's, 林某代表),
# parted by ，、；, its full stop allowed (or the separator a list wrapped onto the next
# line ends with): what follows a 抄 label glued to it with no colon (抄送县政府办公室，
# 县财政局。).
# A verb's object after 抄送 (抄送至…, 抄送给…) is a sentence's.
_CC_BODIES = re.compile(rf"(?![至给到并])(?:{_CC_BODY})(?:[，、；]{_CC_BODY})*[。.，、]?")


def glued_cc_label(text: str) -> int:
    """The length of the 抄 label (:data:`CC_GAPPED_LABELS`) that opens ``text`` glued to
    its list, no colon and no gap (``抄送县政府办公室，县财政局。``, as a typist wrote the
    版记): only when the rest is that list alone, each body an office's name, no sentence's
    words in it (``抄送件已收悉``, ``抄送县政府备案。``, ``抄送负责此事的县财政局。``,
    ``抄送我局办公室。`` are sentences); 0 when none does."""
    if text[:1] != "抄":
        return 0  # (the gate: the usual line opens otherwise)
    for label in CC_GAPPED_LABELS:
        if (
            text.startswith(label)
            and _CC_BODIES.fullmatch(text, len(label))
            and "的" not in text
            and text.find("抄", len(label)) < 0  # (a second label: 抄报…，抄送… is two lists)
            and not _prose(text, len(label))
        ):
            return len(label)
    return 0


_LIST_HEADS = (*(e.spelling for e in vocab.labels_of("cc")), "附")
"""How a line that opens a 抄送 list (:data:`CC_LINE`) or an attachment list
(:data:`_ATTACHMENT`) begins: a gate before those patterns."""
_LIST_FIRST = frozenset(head[0] for head in _LIST_HEADS)
"""The first characters of :data:`_LIST_HEADS`: the same gate asked in one look-up
(``startswith`` tries its ten heads one by one, on every line)."""
_CLOSING_LABELS = LabelSet(tuple(e for e in vocab.labels() if e.in_zone("closing")))
# The rest of a closing label wrapped over a line break (联系电 / 话：…, as PDF copies give it).
_LABEL_TAILS = {e.spelling[k:] for e in _CLOSING_LABELS.entries for k in range(1, len(e.spelling))}
_WRAPPED_LABEL = re.compile(
    "^(?:"
    + "|".join(re.escape(t) for t in sorted(_LABEL_TAILS, key=lambda t: (-len(t), t)))
    + ")："
)  # ties by spelling: the same pattern in every process (patterncache keeps it)


def _wrapped_label(text: str) -> bool:
    """Whether ``text`` opens with the rest of a closing label wrapped over a line break and
    its colon (:data:`_WRAPPED_LABEL`). Exact as a look-up: no label holds a colon, so the
    only rest the pattern can match is everything before the text's first colon."""
    head, colon, _ = text.partition("：")
    return bool(colon) and head in _LABEL_TAILS


# A contact label that lost a character in copying, at a line's start (:func:`lost_label`).
_CONTACT_WORDS = {
    e.spelling: e.field
    for e in _CLOSING_LABELS.entries
    if (e.field == "contact_phone" or e.spelling.endswith(("人", "员")))
    and len(e.spelling) >= 3
    and not any(joiner in e.spelling for joiner in "及和")
}
"""The person and phone words (no joined ones: 联系人及电话 is two)."""


def _squeezed(words: Mapping[str, str]) -> dict[str, tuple[str, frozenset[int]]]:
    """Each word with one inner character gone (联系人 → 联人), unless that is a word
    itself: its field, and where the page's blank stands (before which character)."""
    out: dict[str, tuple[str, frozenset[int]]] = {}
    for word, field in words.items():
        for cut in range(1, len(word) - 1):
            rest = word[:cut] + word[cut + 1 :]
            if rest not in words:
                out[rest] = (field, out.get(rest, (field, frozenset()))[1] | {cut})
    return out


SQUEEZED = _squeezed(_CONTACT_WORDS)
"""Each contact word with one inner character lost (联人 for 联系人): its field, and before
which of its characters the page's blank stands. The contacts reader reads its words' last
characters (a closing line whose first colon follows none of them holds no such label)."""
_GAPPED_LABEL = re.compile(rf"^[（(]?(?P<label>{vocab.longest_first(SQUEEZED)})：")
# A person's 姓名 slot whose first words were lost (人姓名：, 系人姓名：): only 人 left, it
# counts with a phone label after it on the line.
_NAME_SLOT_LOST = re.compile(
    "^[（(]?(?P<label>"
    + vocab.longest_first(
        sorted(
            {w[k:] for w in _CONTACT_WORDS if w.endswith("人") for k in range(1, len(w))}
            - set(_CONTACT_WORDS)
        )
    )
    + rf"){NAME_WORD}(?P<colon>：)(?P<phone>.*?(?:"
    + vocab.longest_first(w for w, f in _CONTACT_WORDS.items() if f == "contact_phone")
    + "|电话|手机)：)?"
)
# A 发文字号 glued to an authority (a web page's footer: 某政函〔2022〕60号某镇人民政府).
# Made when first asked for (186 KB of program; few letters' lines end as it needs:
# replyparse.patterncache.deferred).
_NUMBER_AND_AUTHORITY = patterncache.deferred(
    rf"^(?:{DOC_NUMBER}{_AUTHORITY}|{_AUTHORITY}{DOC_NUMBER})$"
)
_NUMBER_AND_AUTHORITY_LAST = _AUTHORITY_LAST | {"号"}
"""The last character of :data:`_NUMBER_AND_AUTHORITY`, an authority's or a 发文字号's (it
ends with 号): the gate before it (its 号 too)."""
# What a page cut short leaves of the signature: the first characters of an authority,
# a place name and the start of the office (某某县农业农, 某某市交), alone on the last line.
# Its place ends with a level (LEVEL_CHARS) or with 团, a 兵团's regiment (某师101团).
_CUT_AUTHORITY = re.compile(rf"^[\u4e00-\u9fff]{{1,8}}[{LEVEL_CHARS}团][\u4e00-\u9fff]{{0,16}}$")
CUT_AUTHORITY_LONGEST = 25
"""How long what a page cut short left of a signing authority's name may be
(:data:`_CUT_AUTHORITY`: eight characters, a level, sixteen more)."""
_PROSE_WORDS = re.compile(r"的|您|你|我|感谢|支持|希望|请|谢谢|意见|建议|工作")
_PROSE = re.compile(vocab.alternation("prose_not_authority"))
_PROSE_IN_NAMES = ("希望工程",)
"""Words of an office's name that open with a word of :data:`_PROSE` (某市希望工程办公室
signs, a line above its date): no sentence's word there."""


def _prose(text: str, start: int = 0) -> bool:
    """Whether ``text`` from ``start`` holds a word of :data:`_PROSE` that no name's words
    (:data:`_PROSE_IN_NAMES`) hold, or opens with a sentence's words before the office it
    names (:func:`names_in_sentence`)."""
    m = _PROSE.search(text, start)
    while m is not None and text.startswith(_PROSE_IN_NAMES, m.start()):
        m = _PROSE.search(text, m.end())
    return m is not None or names_in_sentence(text, start)


# A body sentence that names an office, written like a signer's line (…。详询某县教育局李某某,
# 资金由某县财政局；…): the office's place comes right after a verb of asking or handing over
# (详询, 咨询, 联系, 致电, 交由: whom to ask, who handles it), or after a preposition that
# follows the sentence's first words (资金由…, 此事经…, 已向…, 请与…; 由, 请, 与, 对, 给, 按,
# 据, 被, 把 open a sentence alone too). An authority's name opens with its place, never with
# such words; the words that hold one of those characters in a place's name are kept out
# (经济开发区, 向阳镇: 经 and 向 before those words), and so is a level right after the word
# (会同县: _PLACE_AHEAD).
_ASKING_VERBS = "详询|咨询|联系|致电|垂询|电询|询问|来电|会同|商请|报请|交由|移交|转交|转请"
_PREPOSITIONS = f"{OPENING_PREPOSITIONS}|经(?![济开])|向(?!阳)|依|将|归"
# (a level right after the word makes the word the place's own name, 会同县 of 怀化市会同县,
# no verb: the place ahead opens with a character of its own name)
_PLACE_AHEAD = rf"(?=(?![{LEVEL_CHARS}])[\u4e00-\u9fff]{{1,3}}[{LEVEL_CHARS}](?![政场域]))"
# (the words before a preposition name no place of their own: a level there after a word
# of a place's name makes the text an authority's, 某县全面依法治县委员会办公室, 中共某县委
# 全面依法治县…, whose 依 is no preposition; a sentence's place is its own, 我县, 全市)
_SENTENCE_HEAD_CHAR = (
    rf"(?:(?![{LEVEL_CHARS}])[\u4e00-\u9fff]|(?<=[我本全该各此两])[{LEVEL_CHARS}])"
)
# (or a level alone right after a preposition that opens the text, an adverb before it
# or not: the sentence names an office by its level, 由县人民政府…, 并由县人民政…, 请市水利局…;
# a place's name may end with a preposition's character before its level, 秭归县, and is
# told by no adverb opening it)
_SENTENCE_ADVERBS = "并已现将拟另均再需应须还也都又"
_LEVEL_AHEAD = rf"(?=[{LEVEL_CHARS}](?![政场域])[\u4e00-\u9fff])"
# (so does a verb of handing over or asking opening the text before a level alone, an
# adverb before it or not: 已转交县文化和旅游局, 转请市水利局…, 详询县教育局; not 会同, a
# county's name before its 县: 会同县某镇人民政府 signs)
_LEVEL_VERBS = "|".join(v for v in _ASKING_VERBS.split("|") if v != "会同")
_SENTENCE_BEFORE_NAME = re.compile(
    rf"(?:(?:[\u4e00-\u9fff]{{0,8}}?(?:{_ASKING_VERBS})|(?:{OPENING_PREPOSITIONS})"
    rf"|{_SENTENCE_HEAD_CHAR}{{1,8}}?(?<![{LEVEL_CHARS}局厅委办部院处科室所站会府心司署队社团学校行])"
    rf"(?:{_PREPOSITIONS})){_PLACE_AHEAD}"
    rf"|[{_SENTENCE_ADVERBS}]?(?:{OPENING_PREPOSITIONS}|{_LEVEL_VERBS}){_LEVEL_AHEAD})"
)
"""The sentence's words before the office's place (:func:`names_in_sentence`); the head
before a preposition ends with no place's level nor an office's ending (某县教育局与某县
财政局 stays as it was read, and so does a school or a bank before 与, 某某大学与某县共建研究院)."""


_SENTENCE_WORD_CHARS = re.compile(
    "[" + "".join(sorted({w[0] for w in f"{_ASKING_VERBS}|{_PREPOSITIONS}".split("|")})) + "]"
)
"""The first characters of those verbs and prepositions: the gate before the pattern, asked
of the first characters of a text (the usual name holds none there)."""
_SENTENCE_WORD_WITHIN = 8 + 2
"""How far into a text such a word may open (the words before it, then its first)."""


def names_in_sentence(text: str, start: int = 0) -> bool:
    """Whether ``text`` from ``start`` is a sentence naming an office, not the office's
    name: a verb of asking or a preposition before the place its name opens with
    (:data:`_SENTENCE_BEFORE_NAME`: ``详询某县教育局``, ``资金由某县财政局``)."""
    if _SENTENCE_WORD_CHARS.search(text, start, start + _SENTENCE_WORD_WITHIN) is None:
        return False  # (the gate: no such word's first character where one may open)
    return _SENTENCE_BEFORE_NAME.match(text, start) is not None


# A closing sentence's clause that sends the reader to an office, to the comma or the
# opening bracket its phone follows (以上答复如不满意，请与某局某科联系，电话：…。; 可与某科
# 王某联系（电话：…）: decided, fix88): ``who`` the office and the person after it, if any;
# asked with an end right before the phone's label.
_SENT_TO_ASKING = r"(?:请|可以?|欢迎|或|也可以?|亦可)(?:您|您们|你们?)?(?:直接|及时|随时)?"
_SENT_TO_VERB = r"(?:联系|咨询|沟通|对接|反映)"
_SENT_TO_CLAUSE = (
    rf"{_SENT_TO_ASKING}(?:与|和|同|向)"
    rf"(?P<who>(?:(?!联系)[\u4e00-\u9fff]){{2,30}}?){_SENT_TO_VERB}"
    rf"(?:[或和及、]?(?:来电)?{_SENT_TO_VERB})?"
)
"""The office first, then its verb, or two (请与某局联系或咨询，, 可向某局咨询或反映，, 及时
与某局沟通联系，: the office read before the first, no verb of the pair its name's nor the
verb-first clause's phone alone, review62d); the office the shortest that the verbs end."""
SENT_TO = re.compile(rf"{_SENT_TO_CLAUSE}[，,（(]$")
_SENT_TO_VERB_FIRST = (
    rf"{_SENT_TO_ASKING}(?:来电)?(?:联系|致电|咨询)"
    r"(?P<whom>(?:(?!联系)[\u4e00-\u9fff]){0,30})"
)
SENT_TO_ANY = re.compile(rf"(?:{_SENT_TO_CLAUSE}|{_SENT_TO_VERB_FIRST})[，,（(]$")
"""The clause of :data:`SENT_TO`, or the same with its verb before the office (``欢迎联系某局
办公室，``), before the letter's own words (``欢迎及时联系我中心，``, ``请联系我们，``) or with
none after it (``如有疑问请来电咨询，``): decided, contacts62, what the contacts read. A copy
that lost its line breaks is cut before the phone's label after such a clause as before (only
:data:`SENT_TO`'s keeps it on the sentence): the closing under it read as it was, the contacts
reading the clause over that break."""
SENT_TO_REACH = 40
"""How far before the phone's label the clause of :data:`SENT_TO` may open."""


_SENTENCE_LEAD_OPENERS = tuple(vocab.words("paragraph_openers"))
_SENTENCE_LEAD_LONGEST = 12
_HANZI_RUN = re.compile(r"[\u4e00-\u9fff]+")
_NAME_OPENS = re.compile(rf"[\u4e00-\u9fff]{{0,3}}?[{LEVEL_CHARS}](?![政场域])(?<!{CITY_WORD})")
"""A name that opens with its level or names its place within its first characters (县交通局,
甲县交通局; not 和旅游局, 城乡建设局: the rest of a name a blank cut)."""


def sentence_lead(view: TextView, line: Line) -> int:
    """Where the authority starts on a signer's line that opens with a sentence's words and
    a blank before it (``经研究 县交通局``, ``目前 县交通局``: a copy ran the signer on after
    the body's last sentence, the next one's first words glued before it, and the
    re-segmenter broke the line at the sentence's end): the words open a paragraph
    (:data:`_SENTENCE_LEAD_OPENERS`: 经研究, 根据, 目前) or hold a word no name holds
    (:data:`_PROSE`), so they are no place cut from its level (``甲山 县水务局`` stays one
    name), and the authority after the blank opens a name (:data:`_NAME_OPENS`: a
    sentence naming an office a stray blank cuts, ``已转交县文化 和旅游局``, has none) and
    goes on with no sentence of its own after its place (``目前 县城各停车场统一归口县交通局``,
    ``目前 县里已将此事交县交通局``: a verb or a preposition before an office's place,
    :func:`names_in_sentence`; review61c). 0 when the line opens otherwise, or has no blank
    (``经研究县交通局`` is taken as written)."""
    gaps = view.gaps_in(line.start, line.end)
    if not gaps:
        return 0
    k = gaps[0] - line.start
    head = line.text[:k]
    if (
        k > _SENTENCE_LEAD_LONGEST
        or not _HANZI_RUN.fullmatch(head)
        or (opens := _NAME_OPENS.match(line.text, k)) is None
        or names_in_sentence(line.text, opens.end())
    ):
        return 0
    if head.startswith(_SENTENCE_LEAD_OPENERS):
        return k
    m = _PROSE.search(head)
    while m is not None and head.startswith(_PROSE_IN_NAMES, m.start()):
        m = _PROSE.search(head, m.end())
    return k if m is not None else 0


_SENTENCE_END = ("。", "！", "!", "？", "?")
# A section or list marker opening a line: a heading of the body (二、建设特色小镇), never
# an authority.
_MARKED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十]{1,3}[）)])"
)
_MARKED_FIRST = frozenset("一二三四五六七八九十（(")
"""The first characters of a text :data:`_MARKED` matches: the gate before it."""
_SIGNOFF = re.compile(rf"^(?:{vocab.alternation('signoff_formulas')})[。！!，,]?(?=.)")
# After the 抄送 list, 版记: the 印发 line, 印数 (共印10份), or what a cut page left of them.
_VERSION_NOTE = re.compile(r"^[^。！？!?]{1,40}$")
# Table separators a web page kept around a line's text (2018年6月28日 |, │ 某局 │).
_TABLE_BARS = re.compile(rf"^[{CELL_BARS}\s]+|[{CELL_BARS}\s]+$")
# A citation mark a wiki-style mirror glued to a line's end: 2007年7月17日[1], 某局[2][3].
_ONE_MARK = re.compile(r"\[\d{1,3}(?:-\d{1,3})?\]")
"""One citation mark (``[1]``, ``[2-3]``), nine characters at most, one ``[`` in it: a run of
them ends a line in :func:`footnote_start`."""


# A tag of a web page's markup a mirror broke and glued to a line's end, a ? for the
# character the break ate before it or not: 二○○九年六月二十五?span lang="EN-US">, 某局</span>.
_MARKUP_TAIL = re.compile(r"[?？]?(?:</?|/)?[A-Za-z]{1,8}(?:[ :][^<>]{0,60})?>$")


def without_markup_tail(text: str) -> str:
    """``text`` without a broken tag glued to its end (:data:`_MARKUP_TAIL`); a text that
    is such a tag alone stays whole (markup, :data:`_MARKUP`)."""
    if not text.endswith(">"):
        return text  # (the gate: a tag ends with its >)
    m = _MARKUP_TAIL.search(text)
    return text[: m.start()] if m and m.start() > 0 else text


def footnote_start(text: str) -> int:
    """Where a mirror's citation marks glued to the end of ``text`` begin (its length when
    there are none): ``二〇〇七年七月十七日[1]`` is a date line all the same."""
    if not text.endswith(("]", "]\n")):
        return len(text)  # the marks end with ] (before the end, or a last line break)
    # (walked back mark by mark from the end, as a search for a run of marks before the end
    # finds them: such a search tries each mark of a long run that a stray ] ends, quadratic)
    end = len(text) - 1 if text.endswith("\n") else len(text)
    start = end
    while start and text[start - 1] == "]":
        opens = text.rfind("[", max(0, start - 9), start)
        if opens < 0 or _ONE_MARK.fullmatch(text, opens, start) is None:
            break
        start = opens
    return start if start < end else len(text)


_PRINTED = re.compile(
    r"^(?:.{0,40}印发|.{0,40}\d{4}年\d{1,2}月\d{1,2}日印发.{0,20}|印发(?:机关|单位|日期)?：.{0,60})$"
)
# A 印发 line written as a label before the office (印发：某局办公室  2024年5月12日, 印发机关：…),
# the 版记's: the office and the date under it, where the copy broke them off, are its value.
_PRINT_LABEL = re.compile(r"^印发(?:机关|单位)?：")
_PRINTED_DATE = re.compile(rf"^{_DATE}印发$")
_PRINTED_OR_DATED = re.compile(rf"印发|{_DATE}")
_A_DATE = re.compile(_DATE)
_PRINTED_AT_END = re.compile(rf"(?P<date>{_DATE})[ \t\u3000]*印发[。.．]?$")
"""A 印发 line's date and the 印发 that ends the line after it (a sentence that tells of a
notice printed on a day, ``…2023年5月6日印发的通知已转达。``, is none)."""


def printed_date(lines: Sequence[Line]) -> tuple[Line, int, int] | None:
    """Where the date stands (a line, and the range in its text) on the first of ``lines``
    (a closing's) that is a 版记's 印发 line
    (``某局办公室  2024年6月26日印发``, ``2024年6月26日 印发``), with that line, or under a
    印发 label (``印发：`` / ``某局办公室`` / ``2024年5月12日``, or ``印发：某局办公室`` over
    the date, as :func:`_print_label_values` reads it): the date the letter was printed,
    never its 成文日期 (GB/T 9704-2012 7.4.3 and 7.3.5.4: the 版记 closes the letter, and a
    letter's date is the one under its signature). None when no line is one."""
    for i, line in enumerate(lines):
        text = line.text
        if "印发" not in text or not _PRINTED.match(text):
            continue
        if (m := _PRINTED_AT_END.search(text)) is not None:
            return line, m.start("date"), m.end("date")
        if _PRINT_LABEL.match(text):  # its office and date under it (two lines at most)
            for below in lines[i + 1 : i + 3]:
                if (m := _A_DATE.search(below.text)) is not None:
                    return below, m.start(), m.end()
    return None


# A phone alone on its line: a landline with its area code or without (a form's phone cell
# whose label the copy lost: 5550123), a mobile. A damaged date (2021830) is asked first.
# The area code's bracket, or any dash a copy writes after it (0000-…, 0000—…, 0000−…), or
# a blank (0000 5550123).
_AREA_CODE_MARK = r"[)）\-—–‐‑−﹣ ]"
_PHONE = re.compile(rf"^[（(]?(?:(?:\d{{3,4}}{_AREA_CODE_MARK}?)?\d{{7,8}}|1\d{{10}})[）)]?$")
# A phone that opens its line, more labels after it: the rest of a landline a copy broke
# after its area code's dash (联系电话：0000- over 5550123  传真：0000-5550124), or a
# phone under its label with the fax's or the postcode's after it (:func:`_phone_then_labels`).
_PHONE_FIRST = re.compile(
    rf"[（(]?(?:(?:\d{{3,4}}{_AREA_CODE_MARK}?)?\d{{7,8}}|1\d{{10}})[）)]?(?!\d)"
)
# A short note in brackets after a phone alone on its line, what kind of number it is or
# when to call it (13900000000（手机）, 0000-5550123（办）, （座机）, （微信同号）, （工作日）,
# （值班）): the line is a phone's. A count's unit there (12345678（人次）) is none.
_PHONE_NOTE = re.compile(
    r"[（(](?=[\u4e00-\u9fff]{0,3}[机办话真信号日宅家班])[\u4e00-\u9fff]{1,4}[）)]"
)
_FOOTER_LINKS_ROW = re.compile(f"(?:{vocab.alternation('page_footer_links')})+")
"""A row of a site's footer links (联系我们, 网站地图: data/page_footer_links.txt)."""
_PHONE_OPENS = frozenset("0123456789（(")
"""What a line :data:`_PHONE_FIRST` opens begins with: the gate before it."""
_LABEL_LEAD = "，,；; "
"""What may part the phone from the label after it (the view drops the gap itself)."""
# A postcode alone on its line: a form's 邮政编码 cell whose label the copy lost.
_POSTCODE = re.compile(r"^\d{6}$")
SEAL_NOTE = re.compile(
    rf"(?:[（(〔\[［【][^（）()〔〕\[\]［］【】]{{0,4}}[章印][）)〕\]］】]|{_PROXY_SEAL})$"
)
"""A seal note that ends an authority's name (某局（盖章）, 某局【印】, 某局办公室代章): no
part of it."""
BARE_JOINT = r"(?:此件|本件)?(?:联合|共同)(?:答复|办理|办复)"
"""A joint reply's note written bare (联合答复, 此件共同办理)."""
PART_NOTE = r"[（(](?:主办|协办|会办|参办|牵头)(?:单位|部门)?[）)]"
"""A signer's part in a joint reply, in brackets after its name (（主办）, （协办单位）)."""
JOINT_NOTE = re.compile(rf"^(?:{_JOINT_BRACKETED}|{BARE_JOINT}|{PART_NOTE})$")
"""A note that the letter is a joint reply, between a joint reply's signers and its date
or after them on their line: ``（联合答复）``, ``（此件联合办理）``, ``（会同某局答复）``, with
more said after it, ``（此件联合答复，由某局主办）``, or bare, ``联合答复``; or a signer's
part in it after its name, ``某局（主办）``, ``某局（协办单位）``. Each holds 合, 同 (联合,
共同, 会同), 办 (主办, 协办…) or 头 (牵头): the gate before the pattern."""
JOINT_NOTE_END = re.compile(f"{_JOINT_BRACKETED}$")
"""A joint reply's note in brackets where a text ends (``…某局（联合答复）``, searched up to
the date a flattened closing writes after it)."""
JOINT_NOTE_LONGEST = 1 + 16 + 2 + 12 + 2 + 20 + 1
"""The most characters :data:`JOINT_NOTE_END` matches."""
_SEAL = re.compile(rf"^[（(\[［【〔]?[\u4e00-\u9fff]{{0,4}}(?:{_SEAL_WORDS})[）)\]］】〕]?$")
_SEAL_LONGEST = 1 + 4 + max(map(len, vocab.words("seal_words"))) + 1
"""The longest line :data:`_SEAL` matches: a bracket, four words, a seal word, a bracket."""
_SEAL_MARKS = ("章", "签")
"""A character every seal word holds one of (盖章, 签字: data/seal_words.txt, its test
says so): a text that holds none is no :data:`_SEAL` note, the gate before it (asked with
``in`` of each: ``frozenset.isdisjoint`` makes a string of each character of the text,
about ten times the cost on a short line)."""
# A contact form's row that opens with the person's slot alone (姓名：王某  电话：…): a
# closing line (the contacts read it); a slot some words name (代表人姓名：) is none of it.
_NAME_SLOT_ROW = re.compile(rf"^[（(]?{NAME_COLON}")
_ATTACHMENT = re.compile(r"^附(?:件\d*[：:]?|[：:])")
# The heading of a form a web copy gives after the letter (某县人大代表建议办理情况征询意见表,
# 办理结果反馈表, 回执): no sentence, ending in the form's word.
FORM_WORDS = vocab.alternation("form_headings")
"""The last words of a form's heading (data/form_headings.txt), a regex alternation."""
_FORM_HEADING = re.compile(rf"^[^。！？!?，,；;]{{0,36}}(?:{FORM_WORDS})$")
FORM_LAST = frozenset([*(word[-1] for word in vocab.words("form_headings")), "\n"])
"""The last characters of :data:`FORM_WORDS`, or a line break (``$`` matches before a last
one): the gate before a pattern that ends with them (:data:`_FORM_HEADING`, asked of every
line under the date, and the layout's)."""


def appended_form(lines: Sequence[Line]) -> Line | None:
    """The heading of a form given after the letter's date (``…代表意见征询表``,
    ``…办理情况反馈表``, ``回执``: :data:`_FORM_HEADING`, no label's colon in it), where the
    deputy's or the member's rows begin (代表姓名, 联系电话, 满意…), which are none of the
    letter's; None when ``lines`` hold none."""
    for k, line in enumerate(lines):
        text = line.text
        # (the heading's last character first: the usual closing line ends otherwise, and
        # no date is looked for above it)
        if (
            text[-1:] in FORM_LAST
            and "：" not in text
            and _FORM_HEADING.match(text)
            and any(_dated(above.text) for above in lines[:k])
        ):
            return line
    return None


# The heading of a note a page appended after the signed letter, set off by marks on
# both sides (※办理措施※, 【办理结果】, ★落实情况★): it and what follows it are no body.
_APPENDED_OPENS = "※★☆■□●◆◇【[［〖"
"""The marks an appended heading (:data:`_APPENDED_HEADING`) opens with."""
_APPENDED_HEADING = re.compile(
    rf"^[{re.escape(_APPENDED_OPENS)}]+[^。！？!?，,；;]{{2,12}}[※★☆■□●◆◇】\]］〗]+[：:]?$"
)
_LIST_ITEM = re.compile(r"^\d{1,2}[.．、]")
# The proposal's own text a 建议 database's page prints after the signed reply (its 建议内容
# tab): a paragraph opening with 建议, a sentence of it (建议出台政策…。, 建议：一是…), no
# label of a row (建议人：, 建议内容：). What follows the signature's date is none of the
# reply's body: no signer, date or section is read off it.
_RESTATED = re.compile(r"^建议(?:[:：]|(?![\u4e00-\u9fff]{0,4}[:：]))(?=.*[。；;])")
_RESTATED_FIRST = "建"
_FORMULA = re.compile(rf"^(?:{vocab.alternation('closing_formulas')})[。！!，,]?$")
# Labels the table does not hold and their short values (监督电话：…, 邮寄地址：…  邮编：…,
# 分管副局长：王某): a few words before each colon, values that are no clause of a sentence.
# A label the table does not hold, by its last word (a way to reach someone, a time limit,
# a person, a post): 邮寄地址, 办结时限, 分管副局长; never 工作目标 or 投资金额.
_OWN_LABEL = re.compile(
    rf"[\u4e00-\u9fff]{{0,6}}(?:{vocab.alternation('closing_label_ends')}"
    rf"|{vocab.alternation('posts')})"
)
_SHORT_VALUE = re.compile(r"[^。！？!?，,；;]{1,40}")
_TRAILING_HANZI = re.compile(r"[\u4e00-\u9fff]+$")
# A person's name alone before a gap: a form's row whose label cell is blank (王某  电话：…
# under 主管领导  李某  电话：…).
_ROW_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_SURNAMES = tuple(vocab.words("surnames"))
# What a web page left behind: <!--EndFragment-->, <br>, &nbsp;
_MARKUP = re.compile(r"^(?:<[^<>]{1,60}>|&[a-z]{2,6};)+$")


# The words a sentence of the body opens with, never an authority's name: thanks, a plea,
# a hope, a welcome. A last line that ends with a date after an office's name
# (感谢市人大常委会2024年5月10日, 请乙县水利局2024年6月30日) is that sentence, no signer and
# its date; an office whose name holds them further in (某县关心下一代工作委员会,
# 某市希望工程办公室) signs. (A signer a copy glued after the closing sentence, its full
# stop lost, was cut from it before: 感谢您对我们工作的支持|某局2024年5月10日. 谢谢 is a
# formula that ends the reply on its own: the signer after it signs, :func:`signoff_end`.)
# Asked by :func:`kind` of a line of an authority, alone or before its date. (resegment.py
# reads the same words for the closing sentence a signer was glued after.)
_SENTENCE_OPENINGS = vocab.words("sentence_openers")
CONTACT_VALUE_LABEL = re.compile(
    vocab.spellings(
        tuple(
            e
            for e in _CLOSING_LABELS.entries
            if e.field in ("contact_phone", "contact_fax", "contact_address")
            and "\u4e00" <= e.spelling[0] <= "\u9fff"
        )
    )
    + "|办公地[点址]"
)
"""A contact row's label for a value other than the person (a phone's, a fax's, an
address's, a mailbox's; 办公地点 too): words that open with one, its colon lost, are that
label and its value (传真县政务中心, 联系地址某县某局, 邮箱…), no authority, however they end
(resegment reads them so after a phone on the letter's last line)."""


def _day_lost_at_end(text: str) -> bool:
    """Whether ``text`` ends with a date that lost its 日 (:data:`_DAY_LOST`)."""
    last = text[-1:]
    return (last.isdecimal() or last in _DAY_LOST_LAST) and _DAY_LOST_END.search(text) is not None


def authority_date(text: str) -> re.Match[str] | None:
    """``text`` as the signing authority and the date on one line (:data:`AUTHORITY_DATE_LINE`,
    group ``authority`` the authority's part, ``month`` a date written to the month), also
    with a class mark or a publication note glued to the authority or set after it
    (``某局（B类）  2024年5月10日``: :func:`signer_note`, the note in the authority's part);
    None when it is none. Figures after the date's day are no part of the line's
    (:func:`without_code`)."""
    text = without_code(text)
    if (
        not text.endswith(_AUTHORITY_DATE_ENDS)
        and not _day_lost_at_end(text)
        and not _bare_weekday_end(text)
        and not text[-1:].isdecimal()
    ):
        return None  # (the gate: a date's end, a day that lost its 日, a note or a weekday,
        # a date in figures' last digit)
    return (
        AUTHORITY_DATE_LINE.match(text)
        or _noted_authority_date(text)
        or _listed_authority_date(text)
    )


def _listed_authority_date(text: str) -> re.Match[str] | None:
    """:func:`authority_date` of a joint reply's signers listed with ``，`` or ``；`` and
    the date on their line (``某县教育局，某县财政局  2024年5月6日``: the list as the signature
    reads it on a line of its own, :func:`listed_authorities`, the date after it, as a
    flattened copy's ``…。某县教育局，某县财政局 2024年5月6日`` is read once cut; an earlier
    round read neither on the tidy line)."""
    if "，" not in text and "；" not in text and "," not in text and ";" not in text:
        return None  # (the gate: the usual line lists nothing; 、 is an authority's own)
    m = _LISTED_AUTHORITY_DATE.match(text)
    return m if m is not None and listed_authorities(m["authority"]) else None


def _noted_authority_date(text: str) -> re.Match[str] | None:
    """:func:`authority_date` of a ``text`` :data:`AUTHORITY_DATE_LINE` does not match: the
    authority with a note glued to it, then the date (:data:`_NOTED_AUTHORITY_DATE`)."""
    if "）" not in text and ")" not in text and "】" not in text and "］" not in text:
        return None  # (the note's bracket: the usual line holds none)
    m = _NOTED_AUTHORITY_DATE.match(text)
    return m if m is not None and signer_note(m["authority"]) else None


class Kind(Enum):
    """What a line of the closing is."""

    DATE = "date"
    DAMAGED_DATE = "damaged date"
    AUTHORITY_DATE = "authority and date"
    AUTHORITY = "authority"
    AUTHORITY_LABELS = "authority and contact labels"
    HOST = "the unit that answers, after its label"
    SEAL = "seal"
    PRINT_OFFICE = "printing office"
    OTHER = "other closing line"


_DATES = (Kind.DATE, Kind.DAMAGED_DATE, Kind.AUTHORITY_DATE)


def damaged_date(text: str) -> bool:
    """Whether ``text`` is a date whose 年月日 were lost (``2021830``), with a month and a
    day that can be told apart (``2021830`` is 8 30, ``20211026`` is 10 26). A date
    written to the month (``2021年9月``) is whole, not damaged."""
    m = _DAMAGED_DATE.match(text)
    if m is not None and text[-1:] in _MONTH_LINE_LAST and MONTH_DATE_LINE.match(text):
        return False
    if m is None:
        return False
    if m.group("month"):
        return _valid(m.group("month"), m.group("day"))
    if m.group("lost_month"):
        return _valid(m.group("lost_month"), m.group("lost_day"))
    rest = m.group("digits") or m.group("spaced") or m.group("glued")
    if rest is None:
        return True  # 2021年9月
    return any(_valid(rest[:cut], rest[cut:]) for cut in (1, 2) if cut < len(rest))


def _valid(month: str, day: str) -> bool:
    return 1 <= int(month) <= 12 and 1 <= int(day) <= 31 and len(day) <= 2


def cc_list_end(lines: Sequence[Line], first: int) -> int:
    """Index of the last line of the 抄送 list opening on ``lines[first]``: a list that
    ends with ， or 、 goes on over the next line, and so does one a printed page wrapped in
    the middle of a name (:func:`_wrapped_cc`) and a label with nothing after it
    (``抄送：`` over its list), unless that line is the 印发 line or a date."""
    last = first
    if (
        CC_LINE.fullmatch(lines[first].text)
        and first + 1 < len(lines)
        and not _PRINTED_OR_DATED.search(lines[first + 1].text)
    ):
        last += 1
    while last + 1 < len(lines) and (
        lines[last].text.endswith(("，", "、"))
        or _wrapped_cc(lines[last], lines[last + 1])
        or _cc_column(lines, last)
    ):
        last += 1
    return last


CC_COLUMN_OPENS = LEVEL_CHARS + "各"
"""How a body of a 抄送 list set out as a column opens: its level (县政府督查室), or 各
(各乡镇人民政府); the rest of a name a printed page wrapped seldom does."""
_CC_OFFICE = re.compile(
    rf"^[{CC_COLUMN_OPENS}][\u4e00-\u9fff（）()]{{1,29}}(?:{ORG_SUFFIX})[。.]?$"
)
"""A body's name alone on a line, its level opening it and an office's suffix ending it
(县政府督查室), the list's full stop after it allowed."""
_CC_NAME = re.compile(rf"^[\u4e00-\u9fff][\u4e00-\u9fff（）()]{{1,29}}(?:{ORG_SUFFIX})[。.]?$")
"""A body's name alone on a line, whatever opens it (发展改革委, 财政局), the list's full
stop after it allowed: a row of a column whose bodies name no level."""
LIST_SEPARATORS = ("，", "、", "；", ",", ";")
"""What parts the items of a list of names: the bodies of a 抄送 line (a line holding none
names one body, or ends one), the names of a contact's list."""


def cc_column_row(above: str, below: str) -> bool:
    """Whether ``below``, a line of a 抄送 list, is a body of its own under ``above``, the
    list's line above it (its 抄送 label left out), in a list set out as a column, one body
    a line and no separator at the lines' ends: ``above`` ends with an office's suffix (a
    whole name), and ``below`` is an office's name alone, opening with its level or 各
    (``县人大常委会选联工委`` / ``县政府督查室``), or opening otherwise (``发展改革委`` /
    ``财政局``: a list of one government's offices names no level) where ``above`` holds one
    body alone (a printed page's wrap stands in a line of several) and ``below`` is no
    sentence. An office's suffix alone under a name (``县人民政府`` / ``办公室``) is a row of
    the list too: the rest of that name (:mod:`replyparse.fields.cc` reads it whole)."""
    if ORG_END.search(above) is None or not (
        below[-1:] in _AUTHORITY_LAST or below[-1:] in _CC_REST_END
    ):
        return False
    if below[:1] in CC_COLUMN_OPENS:  # (the pattern's first character: the gate before it)
        return _CC_OFFICE.match(below) is not None
    return (
        not any(sep in above for sep in LIST_SEPARATORS)
        and _CC_NAME.match(below) is not None
        and not _prose(below)
    )


def _cc_column(lines: Sequence[Line], last: int) -> bool:
    """Whether ``lines[last + 1]`` is the next body of a 抄送 list set out as a column
    (:func:`cc_column_row`: ``抄送：县人大常委会选联工委`` / ``县政府督查室``, ``抄送：发展改革委``
    / ``财政局``): the line is an office's name alone (no label, no date, no 印发), and
    neither a date follows it within a few lines (it is the signer) nor a 印发 line's date
    alone (it is the 印发 line's office)."""
    text, below = lines[last].text, lines[last + 1].text
    if text[:1] in _LIST_FIRST and (label := CC_LINE.match(text)) is not None:
        text = text[label.end() :]
    if not cc_column_row(text, below):
        return False
    if last + 2 < len(lines) and _PRINTED_DATE.match(lines[last + 2].text):
        return False  # the 印发 line's office, its date on the next line
    return not any(_dated(line.text) for line in lines[last + 2 : last + 2 + _SIGNER_BELOW])


_SIGNER_BELOW = 4
"""How far under a 抄送 column the closing looks for a signature's date (a list set above
the signature: the authorities under it sign, they are no bodies of the list)."""


_WRAP_WIDTH = 20
"""The fewest characters of a 抄送 line a printed page wraps in the middle of a name: a
版记 line holds some 26 to 28 (GB/T 9704's 4号 font), a short line was never full."""
_CC_REST_END = frozenset("。.")
"""How the rest of a wrapped 抄送 list ends when it ends the list: its full stop."""


def _wrapped_cc(line: Line, under: Line) -> bool:
    """Whether ``under`` is the rest of the 抄送 list on ``line`` that a printed page wrapped
    in the middle of a name (``抄送：…，市财`` / ``政局，市发展改革委。``): ``line``, a full
    one, ends with a name's character, and ``under`` holds no label, no date or 印发, opens
    with a name's character, and ends the list with its full stop or goes on with a
    separator."""
    text, below = line.text, under.text
    return (
        len(text) >= _WRAP_WIDTH
        and "\u4e00" <= text[-1] <= "\u9fff"
        and "\u4e00" <= below[:1] <= "\u9fff"
        and (below[-1] in _CC_REST_END or "，" in below or "、" in below)
        and "：" not in below
        and _PRINTED_OR_DATED.search(below) is None
    )


def _after_cc_list(lines: Sequence[Line], view: TextView | None = None) -> int:
    """Index of the first line after the last 抄送 list (``len(lines)`` when none); with
    ``view``, a list whose label a gap alone parts from it counts (:func:`gapped_cc_label`)."""
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].text[:1] in _LIST_FIRST and _cc_head(lines[i], view):
            return cc_list_end(lines, i) + 1
    return len(lines)


def _cc_head(line: Line, view: TextView | None) -> bool:
    """Whether ``line`` opens a 抄送 list: its label's colon or bar (:data:`CC_LINE`), the
    list glued to its label (:func:`glued_cc_label`), or, with ``view``, a gap after the
    label (:func:`gapped_cc_label`)."""
    return (
        CC_LINE.match(line.text) is not None
        or glued_cc_label(line.text) > 0
        or (view is not None and gapped_cc_label(view, line) > 0)
    )


def _continuations(lines: Sequence[Line], view: TextView | None = None) -> tuple[set[int], int]:
    """Indexes of lines that carry on a 抄送 list or an attachment list from above, and
    of the attachment itself when it follows the signature's date (a web copy that gives
    the attached form after the letter, under 附件 or under the form's own heading:
    ``…征询意见表``, ``…反馈表``, ``回执``; or a note under a marked heading:
    ``※办理措施※``; or the proposal's own text, :data:`_RESTATED`). With them, what
    :func:`_after_cc_list` gives, read in the same pass (the pass meets every 抄送 list it
    reads: the last of them when it reads every line). With ``view``, a list whose label a
    gap alone parts from it counts too."""
    out: set[int] = set()
    dated = False
    last_cc = -1
    for i, line in enumerate(lines):
        listed = line.text[:1] in _LIST_FIRST
        if listed and _cc_head(line, view):
            last_cc = i
            out.update(range(i + 1, cc_list_end(lines, i) + 1))
        elif dated and (
            (line.text[-1:] in FORM_LAST and _FORM_HEADING.match(line.text))
            or _APPENDED_HEADING.match(line.text)
            or (line.text[:1] == _RESTATED_FIRST and _RESTATED.match(line.text))
        ):
            # a form or a note given after the letter, heading and all
            out.update(range(i, len(lines)))
            return out, _after_cc_list(lines, view)  # (a list may follow: read them all again)
        elif listed and _ATTACHMENT.match(line.text):
            if dated:
                out.update(range(i + 1, len(lines)))
                return out, _after_cc_list(lines, view)
            j = i + 1
            while j < len(lines) and _LIST_ITEM.match(lines[j].text):
                out.add(j)
                j += 1
        if not dated and line.text.endswith(_SIGNED_DATE_ENDS):  # (:func:`_dated`'s gate)
            dated = _DATED.match(line.text) is not None
    return out, cc_list_end(lines, last_cc) + 1 if last_cc >= 0 else len(lines)


# A line that :func:`_continuations` reads more of than its gates: one whose first character
# may open a list (:data:`_LIST_FIRST`) or an appended heading (:data:`_APPENDED_OPENS`),
# one that is the proposal's text (:data:`_RESTATED`, which ``.`` keeps to its line), or
# whose last may end a form's heading (:data:`FORM_LAST`), in a view's text with a line
# break before and after it (each line's text then stands between two breaks). A literal
# opens the pattern: the engine skips to the line breaks.
_CONTINUED = re.compile(
    f"\n(?:[{re.escape(''.join(sorted(_LIST_FIRST)) + _APPENDED_OPENS)}]"
    f"|{_RESTATED.pattern.removeprefix('^')}"
    f"|(?<=[{re.escape(''.join(sorted(FORM_LAST - {chr(10)})))}]\n))"
)


def _continued(view: TextView, lines: Sequence[Line]) -> tuple[set[int], int]:
    """:func:`_continuations` of ``lines``, without its walk when they are the view's lines
    and none of them is one it reads more of (:data:`_CONTINUED`: three letters in four).
    Exact: such a line alone opens a list or passes the form's and the heading's gates; with
    none, the walk adds nothing and finds no 抄送 list. (The view's lines hold no line break,
    so no line ends with the one :data:`FORM_LAST` holds.)"""
    if lines is view.content_lines and _CONTINUED.search(f"\n{view.norm}\n") is None:
        return set(), len(lines)
    return _continuations(lines, view)


def _without_table_bars(text: str) -> str:
    """``text`` without the table separators and blanks at its ends (``2018年6月28日 |``)."""
    if text[:1] not in _EDGES and text[-1:] not in _EDGES:  # (one character each, or none)
        return text  # nothing at either end to strip (the pattern holds only end runs)
    return _TABLE_BARS.sub("", text)


_BARS = frozenset(CELL_BARS)
"""The table separators :data:`_TABLE_BARS` strips, blanks aside."""
_EDGES = _BARS | frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""What :data:`_TABLE_BARS` strips at a text's ends: the separators and the blanks (what
``str.isspace`` answers, as the pattern's class does; none above U+3000), one set. Written
out: asking ``isspace`` of the 12,289 characters up to U+3000 cost 9 M instructions at
every start. A test compares the set with the pattern over every character."""


def _dated(text: str) -> bool:
    """Whether ``text`` is a date (whole, or written to the month), an authority before it
    allowed (the date ends it: a text ending otherwise needs no search)."""
    return text.endswith(_SIGNED_DATE_ENDS) and _DATED.match(text) is not None


_SEALS = re.compile(_SEAL_BRACKETED)


def _sealed_signers(text: str) -> bool:
    """Whether ``text`` is a joint reply's signers, each with its seal note after its name
    (``某局〔印章〕    某局〔印章〕``, the gap between them dropped): authorities once the
    notes are out."""
    return (
        text[-1:] in _SEAL_CLOSERS
        and "章" in text
        and AUTHORITY_LINE.match(_SEALS.sub("", text)) is not None
    )


# What is left of a 成文日期 whose year and month a copy lost: its day alone on its line with
# its 日, in figures or numerals (26日, 二十六日), a stray figure or 〇 of the lost part before
# a day in numerals allowed (0二十六日). It stands where the date stands: a date past reading
# (null) under which the closing is read as under a whole one.
_DAY_LEFT = re.compile(rf"(?:[0-9〇○零]{{0,4}}{CN_DAY}|\d{{1,2}})日")
_DAY_LEFT_LONGEST = 4 + 4
"""The longest line :data:`_DAY_LEFT` reads: a few stray figures and a day in numerals."""


# What is left of a 成文日期 written in numerals whose 年, 月 and 日 a copy all lost: its
# numerals alone on the line, a zero among them (〇, or the 0 or 零 a typist set for it:
# 二0二四年) and a numeral 一 to 十 (``0二``, ``二〇二四五二十``). A date past reading (null), as
# :data:`_DAY_LEFT`'s; figures alone (``12``, a page's number) or numerals alone (``三``) are
# none (fix8486).
_NUMERALS_LEFT = re.compile(r"[〇○零0一二三四五六七八九十]{2,12}")
_NUMERALS_LEFT_LONGEST = 12
_ZEROS = frozenset("〇○零0")
_NUMERALS = frozenset("一二三四五六七八九十")


def _numerals_left(view: TextView, line: Line, text: str) -> bool:
    """Whether ``text``, ``line``'s, is a date in numerals whose 年月日 were lost
    (:data:`_NUMERALS_LEFT`), not the rest of a date broken over the line (:func:`_day_left`'s
    test of the line above)."""
    return (
        _NUMERALS_LEFT.fullmatch(text) is not None
        and not _ZEROS.isdisjoint(text)
        and not _NUMERALS.isdisjoint(text)
        and _not_run_on(view, line)
    )


def _day_left(view: TextView, line: Line, text: str) -> bool:
    """Whether ``text``, ``line``'s, is a date's day alone (:data:`_DAY_LEFT`) whose year
    and month were lost, not the rest of a date or a figure broken over the line
    (:func:`_not_run_on`)."""
    return _DAY_LEFT.fullmatch(text) is not None and _not_run_on(view, line)


def _not_run_on(view: TextView, line: Line) -> bool:
    """Whether ``line`` is no rest of a date or a figure broken over the line: the nearest
    line above with words (a page number the view dropped, a blank line passed) ends in
    neither a figure nor 月 (``2024年5月`` / ``20日``, :func:`day_below`; ``…5月12`` /
    ``3日``)."""
    for k in range(line.index - 1, -1, -1):
        above = view.lines[k].text.strip()
        if above:
            return not (above[-1].isdecimal() or above.endswith("月"))
    return True


LIST_MARKS = frozenset("、，,；;")
"""What parts a joint reply's signers written as a list on one line (甲局、乙局, 甲局，乙局,
甲局；乙局: a list's semicolon parts whole names as its comma does)."""
_LIST_MARK = re.compile(rf"\s*[{''.join(sorted(LIST_MARKS))}]\s*")
_LISTED_GATE = re.compile(r"[，,；;]|[、，,；;]$")
"""A line that may list signers beside the one name :data:`AUTHORITY_LINE` reads (which
holds ``、``): a comma or a semicolon in it, or a list's mark at its end."""
_LISTED_LONGEST = 3 * 30
"""The longest line :func:`listed_authorities` reads (three signers of thirty characters)."""


def listed_authorities(text: str) -> list[tuple[int, int]] | None:
    """The authorities of a joint reply a signer's line lists, parted by ``、``, ``，`` or
    ``,`` (blanks around the mark allowed), a mark left at its end where the list wraps onto
    the next line (``某市公安局、`` over ``某市交通运输局``): each name's start and end in
    ``text``; None unless every piece is an authority of four characters or more
    (:data:`AUTHORITY_LINE`) holding no sentence's word (感谢某局，某局 is prose)."""
    if len(text) > _LISTED_LONGEST:
        return None
    out: list[tuple[int, int]] = []
    pos = 0
    for m in [*_LIST_MARK.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        piece = text[pos:end]
        if piece or (m is None and out):
            if not (
                len(piece) >= _SHORTEST_DEPARTMENT + 1
                and piece[-1] in _AUTHORITY_LAST
                and AUTHORITY_LINE.match(piece)
                and not _prose(piece)
            ):
                return None if piece else (out or None)
            out.append((pos, end))
        if m is not None:
            pos = m.end()
    return out or None


# The label of the slot a letter is signed in (签发人, 签发领导, 领导签字, 单位负责人签章,
# 单位负责人盖章): its value names who signed, or the signing body where a form writes one
# (:data:`_HOST_LABEL`).
_SIGNING_SLOT = r"签发人?|签发领导|(?:单位)?(?:领导|负责人)(?:签[字发名章]|盖章)"
# The labels that name a unit by their own word (单位, 部门, 机关): 承办单位, 答复部门…
_UNIT_LABELS = r"(?:主办|承办|办理|经办|答复|办复|回复)(?:单位|部门|机关)|单位名称"
ANSWERING_UNIT = r"(?:答复|回复|办复)(?:单位|部门)"
"""The answering unit's labels (``答复单位：``, ``回复部门：``…): labels of the unit that
handles the proposal, read as ``承办单位：`` is (left58b)."""
HANDLER_UNIT = r"(?:承办|办理|经办)(?:单位|部门)"
"""The labels of a unit that handled the proposal only (``承办单位：``, ``办理部门：``,
``经办单位：``), no answering unit's (:data:`ANSWERING_UNIT`: the unit that answers)."""
HANDLING_UNIT = rf"(?:{HANDLER_UNIT}|{ANSWERING_UNIT})"
"""The labels of the unit that handles the proposal (``承办单位：``, ``办理部门：``,
``经办单位：``, :data:`ANSWERING_UNIT`'s), one list for both places that read them: under
the date as the closing's last line the unit signs (:data:`_HANDLER_ALONE`); alone on its
line it is the org only of the contacts right under it
(:func:`replyparse.fields.contacts._unit_of_the_form`). (The closing's list left out
经办单位, the contacts' held it: tail58.)"""

_GLUED_POST = re.compile(rf"副?(?:{vocab.alternation('posts')})")
_GLUED_LONGEST = 40
_GLUED_SLOT = re.compile(
    rf"(?:{_SIGNING_SLOT}"
    r"|(?P<post>副?[局厅部院校]长))"
    r"[：:](?P<name>[\u4e00-\u9fff]{2,4})?$"
)
"""A signing slot's label or the authority's own head's post (局长 after a 局, 厅长 after a
厅) glued after the authority, its colon, and the person's name or nothing (签发人：李某某,
局长：李某某, 签发人：): no part of the name. (Another post with its colon, 办公室主任：王某,
or a bare 负责人：, opens a contact's or a handler's line: 承办科室负责人：王某 names no
signer.)"""
_LABEL_HEADS = ("承办", "主办", "协办", "会办", "办理", "联系", "经办", "答复", "责任")
"""How a closing label's own words open (承办科室…): no authority glued to a person."""
_DOCUMENT_WORDS = ("文件", "函", "稿")
"""What a header's mark ends with after the authority (某县民政局文件, 某局函), a surname's
character opening some (文): no person's name."""


_DIRECTED = ("室", "委", "会", "办", "中心", "所", "站")
"""What a unit a 主任 heads ends with (办公室, 委员会, 某办, 某中心)."""


def _own_post(head: str, post: str) -> bool:
    """Whether ``post`` is the head of the authority ``head`` names: its ending's character
    before 长 (局长 of a 局, 厅长 of a 厅, 校长 of a 学校), or 主任 of an office, a
    commission or a centre (:data:`_DIRECTED`). Another post glued after it (某局办公室局长)
    is no signer's."""
    post = post.removeprefix("副")
    if post == "主任":
        return head.endswith(_DIRECTED)
    if post == "校长":
        return head.endswith(("学校", "中学", "小学", "大学"))
    return post[0] == head[-1]


def glued_person_start(text: str) -> int | None:
    """Where the person glued after the signing authority's name starts on its line, his
    post before his name or not (``某县教育局李某某``, ``某县教育局局长李某某``: a copy that
    lost the gap between the authority and who signed for it): the authority signs, the
    person is no part of its name. Read at the first office's ending after which the rest is
    a person's name alone (two to four hanzi opening with a common surname, no office's
    ending), the authority's own head's post before it allowed (:func:`_own_post`), or a
    signing slot's label or that post with its colon and the name or nothing
    (:data:`_GLUED_SLOT`: 某县教育局签发人：李某某); None when the line is no such authority
    (one whose name goes on past an ending, 某县教育局王庄小学, ends in an ending itself)."""
    if (
        not text
        or text[-1] in _AUTHORITY_LAST
        or len(text) > _GLUED_LONGEST
        or not ("\u4e00" <= text[-1] <= "\u9fff" or text[-1] in "：:")
    ):
        return None  # (the gate: the usual signer's line ends in an office's ending)
    if ("：" in text or ":" in text) and "签" not in text and "长" not in text:
        return None  # (a label's colon with no signing slot nor post: 联系人：王某)
    for m in ORG_INSIDE.finditer(text):
        rest = text[m.end() :]
        head = text[: m.end()]
        slot = _GLUED_SLOT.match(rest)
        if slot is not None and (not slot["name"] or _signing_person(slot["name"])):
            if slot["post"] and not _own_post(head, slot["post"]):
                continue  # (a post not the authority's own head's: 某局办公室局长 is none)
        else:
            post = _GLUED_POST.match(rest)
            if post is not None and _signing_person(rest[post.end() :]):
                if not _own_post(head, post.group()):
                    continue  # (the head's own post only: 某县教育局局长李某某)
                rest = rest[post.end() :]
            if not _signing_person(rest) or rest.endswith(_DOCUMENT_WORDS):
                continue
        if (
            len(head) >= _SHORTEST_DEPARTMENT + 1
            and AUTHORITY_LINE.match(head)
            and not head.startswith(_LABEL_HEADS)
            and not _prose(head)
        ):
            return m.end()
        return None
    return None


_SIGNING_NOTE = re.compile(r"[（(〔\[［【][\u4e00-\u9fff]{0,4}(?:[章印]|签字|签名)[）)〕\]］】]")
"""A note in brackets that a seal or a hand goes there (（盖章）, (印章), 〔公章〕, （签字）)."""


def sealed_person_start(text: str) -> int | None:
    """:func:`glued_person_start` of a signer's line whose seal or signing note stands after
    the person who signed (``某县教育局李某某（盖章）``, ``某县教育局李某某(印章)``) or between
    the authority and him (``某县教育局（盖章）李某某``): where the person starts, the notes
    out (the note is the page's mark of the seal set over the name, the person no part of
    the name either way); None when the line holds no such note or no such person."""
    if text[-1:] not in _SEAL_CLOSERS and "章" not in text and "签" not in text:
        return None  # (the gate: no note's closing bracket at the end nor a note's word)
    notes = list(_SIGNING_NOTE.finditer(text))
    if not notes:
        return None
    bare = _SIGNING_NOTE.sub("", text)
    cut = glued_person_start(bare)
    if cut is None or cut > notes[0].start():
        return None  # (a note before the authority's end is inside the name: no such line)
    return cut


# A contact's line whose person label follows words naming who the person is the contact
# for rather than an office's name (各乡镇联系人王某  电话：…, 各成员单位联系人李某，电话：…:
# offices unnamed, orgnames.UNNAMED_OFFICES) or a clause naming the office (由县林业局联系人：
# 王某负责: a preposition before it, orgnames.OPENING_PREPOSITIONS): the label, its colon or
# none, one person's name (two to four characters opening with a common surname) with 负责
# or 同志 after it or not, then at most a phone with its label, and nothing else. The
# labels' own reading leaves such words no office's (a body's sentence: 由县水利局联系人
# 办理…), so this reads the whole line's shape: a name alone after the label, the line
# ending there or with the phone.
_LED_CONTACT = re.compile(
    r"^(?:(?:由|请)[\u4e00-\u9fff]{2,16}?|(?:相关|有关|各)[\u4e00-\u9fff]{1,10}?)"
    r"(?P<label>联系人|承办人|经办人)：?(?P<name>[\u4e00-\u9fff]{2,4}?)(?:负责|同志)?"
    r"(?:[，,；;]?(?:联系)?(?:电话|手机|座机)：?[0-9][0-9\-－]{6,16})?[。；]?$"
)


_LED_CONTACT_FIRST = frozenset("由请相有各")


def led_contact(text: str) -> bool:
    """Whether ``text`` is a contact's line of :data:`_LED_CONTACT`'s shape, its name a
    person's (a common surname first, no office's ending)."""
    m = _LED_CONTACT.match(text)
    return (
        m is not None
        and m.group("name").startswith(_SURNAMES)
        and ORG_END.search(m.group("name")) is None
        and (text[0] not in "由请" or ORG_END.search(text, 1, m.start("label")) is not None)
    )


def spam_lead_end(text: str) -> int:
    """Where the authority starts in ``text``, a signer's line that a hijacked mirror opened
    with its brand and a colon where the place stood (``大发体育投注：交通运输局``,
    :func:`~replyparse.orgnames.spam_name`), an authority whole after the colon; 0 where no
    such brand opens it. The brand is no part of the name (spam60)."""
    k = text.find("：")
    if k < 2 or not spam_name(text[:k]) or AUTHORITY_LINE.match(text[k + 1 :]) is None:
        return 0
    return k + 1


def kind(view: TextView, line: Line) -> Kind | None:
    """What ``line`` is in the closing, or None when the closing knows no such line."""
    text = without_markup_tail(_without_table_bars(line.text))
    if "：" in text and spam_lead_end(text):
        return Kind.AUTHORITY  # 大发体育投注：交通运输局: the signer's line (spam60)
    if text.endswith(("]", "]\n")):  # (footnote_start's gate: no call for the usual line)
        text = text[: footnote_start(text)]
    if text[-1:] in _PROSE_ENDS and "：" not in line.text:
        return _sentence_kind(view, line, text)  # the usual line the closing stops at
    date = _date_kind(text)
    if date is not None:
        return date
    if text[-1:] == "日" and len(text) <= _DAY_LEFT_LONGEST and _day_left(view, line, text):
        return Kind.DAMAGED_DATE
    if len(text) <= _NUMERALS_LEFT_LONGEST and _numerals_left(view, line, text):
        return Kind.DAMAGED_DATE
    if (
        len(text) <= _SEAL_LONGEST
        and (_SEAL_MARKS[0] in text or _SEAL_MARKS[1] in text)
        and _SEAL.match(text)
    ) or (text[-1:] in _SEAL_CLOSERS and "章" in text and _seals_side_by_side(view, line)):
        return Kind.SEAL
    if text[-1:] in "年日" or text[-1:].isdigit():
        # 某局 2023年, 某局 2023927, 某局20176月6日: the authority, its year or its damaged
        # date no date
        text = text[: year_start(text)]
    if text[-1:] not in _AUTHORITY_LAST and (
        cut := glued_person_start(text) or sealed_person_start(text)
    ):
        text = text[:cut]  # 某县教育局李某某: the authority, who signed for it glued after
    elif text[-1:] in _SEAL_CLOSERS and (cut := sealed_person_start(text)):
        text = text[:cut]  # 某县教育局李某某（盖章）: so, the seal's note after him
    if level_menu(text):
        return Kind.OTHER  # a page's menu of the place's bodies: 市委 市政府 市人大
    if names_authority(text):
        # (not the page's tools a glued copy's line under the date holds, its 返回顶部's 部
        # no office's: 我要写信关闭返回顶部; left72b)
        return Kind.OTHER if tools_alone(text) else Kind.AUTHORITY
    if "】" in text and (k := spam_end(text)) and text[k - 1] == "】" and names_authority(text[k:]):
        return Kind.AUTHORITY  # 某某app-【官网下载】 交通运输局: a tagged brand, then the signer
    if (
        text[-1:] in _AUTHORITY_LAST
        and (lead := sentence_lead(view, line))
        and text.startswith(line.text[:lead])
        and names_authority(text[lead:])
    ):
        return Kind.AUTHORITY  # 目前 县交通局: a sentence's first words, then the signer
    if (
        _LISTED_GATE.search(text) is not None
        and _NOT_IN_AUTHORITY not in text
        and listed_authorities(text) is not None
    ):
        return Kind.AUTHORITY  # 某市公安局，某市交通运输局; 某市公安局、 over the next
    if (
        text[:1] in _HOST_FIRST
        and ("：" in text or GLUED_HANDLER.match(text))
        and host(view, line) is not None
    ):
        return Kind.HOST
    # (gates: each pattern needs the word tested before it; a label then a note next, the
    # usual line here: which test answers first changes nothing, each answers OTHER. A 印发
    # line first: one `in` spares it is_note's label search of each part it has. A label's
    # spelling then its colon: opening_label answers such a line first, by the same
    # look-up (its first character opens a spelling: its gate lets it through), so is_note
    # says yes; asked here without the key kept on the view and the LabelAt)
    if (
        ("印发" in text and _PRINTED.match(text))
        or _CLOSING_LABELS.spelled(line.text) is not None
        or is_note(view, line, _CLOSING_LABELS)
        or _MARKUP.match(text)
        or ("：" in text and _wrapped_label(text))
        or lost_label(view, line.text, range(line.start, line.end)) is not None
        or _PHONE.match(text)
        or (text[:1] in _PHONE_OPENS and _phone_then_labels(text))
        or _POSTCODE.match(text)
        or _ATTACHMENT.match(text)
        or (NAME_COLON in text and _NAME_SLOT_ROW.match(text))
        or (text[:1] in NOTE_THEN_FIRST and _noted_contact(text))
        or (
            text[:1] in _LED_CONTACT_FIRST
            and ("联系人" in text or "办人" in text)
            and led_contact(text)
        )
        or glued_cc_label(text)
        or _FORMULA.match(text)
        or (("合" in text or "同" in text) and JOINT_NOTE.match(text))
        or is_doc_number_line(text)
        or (text[-1:] in _NUMBER_AND_AUTHORITY_LAST and _NUMBER_AND_AUTHORITY().match(text))
    ):
        return Kind.OTHER
    if text[-1:] in "）)" and ("合" in text or "同" in text) and _noted_authority(text):
        return Kind.AUTHORITY
    if text[-1:] in SIGNER_NOTE_CLOSERS and signer_note(text):
        return Kind.AUTHORITY  # a class mark or a publication note glued: 某局（B类）
    # (a name then labels before labels and values: an authority, then its leader's post
    # and name, 某局    局长：王某, is the authority's line, not a label's)
    named = name_then_labels(view, line)
    if named is not None:
        return Kind.AUTHORITY_LABELS if named.authority else Kind.OTHER
    if _labels_and_values(text):
        return Kind.OTHER
    if len(text) <= _POST_AND_NAME_LONGEST and _post_and_name(view, line):
        return Kind.OTHER
    return None


def names_authority(text: str) -> bool:
    """Whether ``text`` (a closing line's, its tail's notes and dates out) names an
    authority and nothing else: no heading's marker, no sentence's words, no contact's
    value or handling unit's label before it."""
    return (
        text[-1:] in _AUTHORITY_LAST
        and _NOT_IN_AUTHORITY not in text
        and (AUTHORITY_LINE.match(text) is not None or _sealed_signers(text))
        and not (text[:1] in _MARKED_FIRST and _MARKED.match(text))
        and not _prose(text)
        and not text.startswith(_SENTENCE_OPENINGS)
        and CONTACT_VALUE_LABEL.match(text) is None
        and GLUED_HANDLER.match(text) is None
    )


# The unit that answers, given after its label in the closing: 主办单位：某局, 主办：某局 (a form's
# row set above the date, 协办单位 beside it or under it), 答复单位：某局, 承办单位：某局,
# 办理单位：某局; or
# after the label of the slot the letter is signed in, where a form writes the signing body rather
# than a leader's name (领导签字：某局, 签发人：某局, 单位负责人：某局). The name must be an
# authority's (:func:`host`): 签发人：王某 names a person, who signs nothing here.
_HOST_LABEL = re.compile(
    rf"^[（(]?(?:{_UNIT_LABELS}|主办|{_SIGNING_SLOT}|(?:单位)?负责人|(?:单位)?(?:签[字名章]|盖章))"
    # a site's name left between the label and the unit by a copy (承办单位：某某网：县林业局):
    # the unit is what follows the last colon
    r"：(?:[^，,；;。：]{1,12}：)*(?P<name>[^，,；;。：]+)[，,；;。]?"
)
_UNIT_LABEL = re.compile(rf"^[（(]?(?:{_UNIT_LABELS})：")
"""The labels of :data:`_HOST_LABEL` that name a unit by their own word (单位, 部门, 机关):
their value is a unit's name whatever its ending, unlike a signing slot's (签发人：王某)."""
_CUT_UNIT = re.compile(r"[\u4e00-\u9fff]{0,12}?[省市县区州旗盟][\u4e00-\u9fff]{2,20}")
"""A unit's name that lost its last characters in copying (某县住房和城乡建设, its 局 lost),
as a unit's label gives it: opening with its place (its level, 省 市 县 区 州 旗 盟), words
after it, no mark nor figure. Signs as written, as the head's authority does so cut."""
GLUED_HANDLER = re.compile(rf"^{HANDLING_UNIT}(?P<name>[\u4e00-\u9fff（）()]{{3,40}})$")
"""A handling unit's label glued to its unit, the colon lost (``承办单位某县某局``,
``答复部门某县某局``): read as with its colon, the unit an authority's name whole or cut
(:data:`_CUT_UNIT`), no sentence's words in it (``承办单位将进一步在全县推广``, ``答复部门将…``
open a sentence: review57g), where the closing knows the line (fix8486: an earlier round
signed nothing there, or the label with the name, ``承办单位某县某局``)."""
_SEAL_SLOT = r"(?:单位)?(?:领导|负责人)?[签盖]章"
"""The label of the slot the answering body seals (单位负责人盖章, 单位盖章, 负责人签章)."""
_HANDLER_ALONE = re.compile(rf"^(?:{HANDLING_UNIT}|{_SEAL_SLOT})：[^，,；;。：]+$")
"""A 承办单位 line holding its units alone (``承办单位：某局、某局``), or a seal slot's
(``单位负责人盖章：某局``, the body that seals): under the date, as the closing's last line,
they sign (:func:`signature`), and so does the unit glued to its label (:data:`GLUED_HANDLER`,
review59e: fix8486 read it so above the date only); a site's 主办单位 with its address there
is the page's footer."""
_EMPTY_SLOT = re.compile(rf"^[（(]?(?:{_SEAL_SLOT}|{HANDLING_UNIT})：$")
"""A seal slot's label or a handling unit's with nothing after it (``单位负责人盖章：``,
``单位盖章：``, ``承办单位：``): a line the signer's name may stand under, as a seal note
does (:func:`signature`)."""
_SITE_HOST = re.compile(r"^主办(?:单位)?：")
_HELPER = re.compile(r"^(?:协办|会办|参办)(?:单位)?：")


_SITE_FOOTER_ROW = re.compile(
    r"^(?:(?:通讯|通信|联系)?地址|邮编|邮政编码|网站标识码|技术支持|网站维护|[^：]{0,8}备案号?"
    r"|ICP|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP)"
)
"""A row of a site's footer under its host's (地址：…, 邮编：…, 网站标识码…, 备案号…,
技术支持…): the rest of the footer's line, a flattened copy's re-segmenting having set each
label on a line of its own (``主办单位：某县人民政府办公室  地址：…  邮编：…``)."""


def _site_host(lines: Sequence[Line], i: int) -> bool:
    """Whether ``lines[i]``, a 主办 line (``主办单位：某县人民政府办公室``) that is the last of
    an undated closing with no authority line, is the site's host the page's footer names:
    alone, no 协办 line beside it (the units handling the reply write one), the lines under
    it, if any, the rest of a site's footer (:data:`_SITE_FOOTER_ROW`: ``地址：…`` /
    ``邮编：…``, the labels its line held before a flattened copy was parted again; decided,
    signers52: an earlier round signed the host there, as the tidy page's line it does not)."""
    if _SITE_HOST.match(lines[i].text) is None:
        return False
    if any(_SITE_FOOTER_ROW.match(line.text) is None for line in lines[i + 1 :]):
        return False
    return i == 0 or _HELPER.match(lines[i - 1].text) is None


_HOST_FIRST = frozenset("主承经答办回领签单负（(")
"""The first characters of a line :data:`_HOST_LABEL` matches: the gate before it (with
its label's colon: a section's heading, ``（一）…``, opens so too)."""


# The head of the next label glued at the end of a cut unit's name (:func:`host`): a one-line
# copy wrapped mid-label, so the line under the name goes on with the rest of the label
# (某县住房和城乡建设单位 / 负责人：, 某县交通运输联 / 系人：). A pair (head, rest) is a split of a
# closing label's spelling (data/labels.tsv), or 单位 before a ``suffix`` label (单位负责人,
# 单位签发: that label's own words; any other own words could be the name's own last ones,
# but a unit's name never ends in the bare word 单位). Read only where the name is no
# authority's whole and the label says it is a unit's (a name cut by the copy).
_GLUED_HEADS = tuple(
    sorted(
        {
            (e.spelling[:k], e.spelling[k:])
            for e in _CLOSING_LABELS.entries
            for k in range(1, len(e.spelling))
        }
        | {("单位", e.spelling) for e in _CLOSING_LABELS.entries if e.needs == "suffix"},
        key=lambda pair: -len(pair[0]),
    )
)


_CC_HEAD = "抄"
"""The head the 抄送 and 抄报 labels share (``抄``): the letter's last line holding it alone is
what a page cut inside that label left of it, the closing's (fix8486: an earlier round read
nothing of a closing whose last line was ``抄``). Other labels' heads are words of their own
(``文件``, ``代表``, ``信息``): none."""


def _glued_label_head(name: str, below: str) -> int:
    """How many last characters of ``name`` are the head of a label that ``below``, the
    line under it, completes then closes with its colon or its end (:data:`_GLUED_HEADS`,
    the longest head); 0 when none is."""
    for head, rest in _GLUED_HEADS:
        if (
            len(name) > len(head)
            and name.endswith(head)
            and below.startswith(rest)
            and below[len(rest) : len(rest) + 1] in ("", "：", ":")
        ):
            return len(head)
    return 0


_SPREAD_LABEL_LONGEST = 6
"""The most characters a label spread out by pads may have (答复单位, 单位负责人签章)."""


def _spaced_on(view: TextView, line: Line, after: int) -> tuple[str, int]:
    """The single hanzi of ``line`` after ``after`` (a part's end), each parted from the one
    before by a pad (:data:`_NAME_PADS`), joined, and where the last ends: a value spaced out
    to fill its cell; ``("", after)`` when none follows so. The last may have a note in
    brackets glued after it (``所（王某某）``, review57e): the note is no part of it."""
    text, end = "", after
    for part in gap_parts(view, line):
        if part.start < after:
            continue
        if not (
            "\u4e00" <= part.text[:1] <= "\u9fff"
            and (len(part.text) == 1 or part.text[1] in "（(")
            and _padded(view, end, part.start)
        ):
            break
        text, end = text + part.text[0], part.start + 1
        if len(part.text) > 1:
            break  # (a note after the last character: the name ends there)
    return text, end


def _label_part(view: TextView, line: Line) -> Line:
    """The first part of ``line`` (:func:`gap_parts`), a label a form spread out to its
    cell's width read whole with its value: single hanzi parted by a pad
    (:data:`_NAME_PADS`: ``承  办  单  位：某局``, ``答　复　单　位：某局``) and the part
    after them, which holds the label's last character and its colon."""
    parts = gap_parts(view, line)
    k = 0
    while (
        k + 1 < len(parts)
        and k < _SPREAD_LABEL_LONGEST
        and len(parts[k].text) == 1
        and "\u4e00" <= parts[k].text <= "\u9fff"
        and _padded(view, parts[k + 1].start, parts[k + 1].start)
    ):
        k += 1
    if k == 0:
        return parts[0]
    return Line(line.index, parts[0].start, parts[k].end, line.text[: parts[k].end - line.start])


def host(view: TextView, line: Line) -> Line | None:
    """The unit that answers the letter when ``line`` gives it after its label (``主办单位：
    某县交通运输局    协办单位：某县财政局``, ``答复单位：某局``): the authority's part of the
    line; None when it gives none. A 协办单位 (a unit that helps) signs nothing."""
    if _HOST_LABEL.match(line.text) is None:
        return _glued_host(line)  # (the part before a gap matches only where the line does)
    first = _label_part(view, line)
    m = _HOST_LABEL.match(first.text)
    if m is None and first.text[-1:] == "：" and first.end < line.end:
        # the label alone before a gap, its value after it (单位负责人盖章：  某局: a line
        # a copy flattened from the label's line and the name's under it): read as one
        value = next(p for p in gap_parts(view, line) if p.start >= first.end)
        first = Line(line.index, value.start - len(first.text), value.end, first.text + value.text)
        m = _HOST_LABEL.match(first.text)
    if m is None:
        return None
    name, end = m["name"], m.end("name")
    if len(name) == 1 and end == len(first.text):
        # the unit letter-spaced to fill its cell (承办单位：某  县  财  政  局): its single
        # characters parted by pads read as one name (left57a: an earlier round signed
        # the part after the first pad, 县财政局)
        spaced, spaced_end = _spaced_on(view, line, first.end)
        if spaced:
            start = first.start + m.start("name")
            return (
                Line(line.index, start, spaced_end, name + spaced)
                if AUTHORITY_LINE.match(name + spaced)
                else None
            )
    if (cut := person_note_start(name)) is not None:
        # the person who handled it after the unit, in brackets (承办单位：某局（王某某）):
        # the unit signs, the person does not
        name, end = name[:cut], m.start("name") + cut
    if not AUTHORITY_LINE.match(name):
        if _UNIT_LABEL.match(first.text) is None or _CUT_UNIT.fullmatch(name) is None:
            return None
        nxt = line.index + 1
        glued = _glued_label_head(name, view.lines[nxt].text) if nxt < len(view.lines) else 0
        if glued:
            name, end = name[:-glued], end - glued
            if _CUT_UNIT.fullmatch(name) is None:
                return None
        elif name.endswith("单位"):
            return None  # a cut name never ends in the bare word 单位 (it is a label's)
    start = first.start + m.start("name")
    return Line(line.index, start, first.start + end, name)


def _glued_host(line: Line) -> Line | None:
    """The unit of a handling unit's label glued to it (:data:`GLUED_HANDLER`), or None."""
    m = GLUED_HANDLER.match(line.text)
    if m is None:
        return None
    name = m["name"]
    if not (AUTHORITY_LINE.match(name) or _CUT_UNIT.fullmatch(name)) or _prose(name):
        return None
    return Line(line.index, line.start + m.start("name"), line.start + m.end("name"), name)


_PERSON_AFTER = re.compile(r"[（(](?P<name>[\u4e00-\u9fff]{2,4})[）)]$")


def person_note_start(name: str) -> int | None:
    """Where the note in brackets that ends ``name``, a signer's, opens when it holds a
    person's name alone (``某局（王某某）``: who handled or signed it, opening with a common
    surname, no office's ending); None when it holds none."""
    if name[-1:] not in "）)":
        return None
    m = _PERSON_AFTER.search(name)
    if m is None or m.start() == 0 or not m["name"].startswith(_SURNAMES):
        return None
    return None if ORG_END.search(m["name"]) else m.start()


_LEADER_POST = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}?副?(?:{vocab.alternation('posts')})$")
_SIGNED_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[（(]签[字名章][）)])?$")
_POST_AND_NAME_LONGEST = 6 + 1 + 4 + 4 + 4
"""The longest line of a post and a name (:func:`_post_and_name`): the few words before the
post, 副, the longest post, the name and its signing note."""


_NAME_PADS = frozenset({" ", "  ", "\u3000"})
"""The blanks a table's cell sets between a name's characters to fill its width (``吴 某 某``,
``王  芳``, ``王\u3000芳``): one space, two (a character's width) or one ideographic space."""


def _padded(view: TextView, end: int, start: int) -> bool:
    """Whether the letter as written sets a pad (:data:`_NAME_PADS`) and nothing else between
    the view's character before ``end`` and the one at ``start``: the test each walk over
    single hanzi spread out to a cell's width asks between two of them (:func:`name_parts`,
    :func:`_label_part`, :func:`_spaced_on`). The walks themselves differ (where they start,
    a bracketed note after the last or not, a string or parts), so each keeps its own loop."""
    return view.original[view.origin[end - 1] + 1 : view.origin[start]] in _NAME_PADS


def name_parts(view: TextView, line: Line) -> list[Line]:
    """:func:`gap_parts` of ``line``, a name letter-spaced to fill a table's cell read as one
    part: single hanzi parted by a pad (:data:`_NAME_PADS`) joined (``吴 某 某      1390…`` is
    two parts, 吴某某 and the phone), where the name opens the line or follows its first
    part (``局长  王  芳``). Only single characters join: ``某局 某局`` stays two."""
    parts = gap_parts(view, line)
    if len(parts) < 3 or (len(parts[0].text) != 1 and len(parts[1].text) != 1):
        # (a padded name is two parts at least, and something after it; the name its
        # callers read is the first part or the second, after a post)
        return parts
    out: list[Line] = []
    spaced = False  # whether out[-1] is single hanzi joined, or one hanzi alone
    for part in parts:
        one = len(part.text) == 1 and "\u4e00" <= part.text <= "\u9fff"
        if one and spaced and _padded(view, part.start, part.start):
            last = out[-1]
            out[-1] = Line(last.index, last.start, part.end, last.text + part.text)
        else:
            out.append(part)
            spaced = one
    return out


def _post_and_name(view: TextView, line: Line) -> bool:
    """Whether ``line`` is the leader who signs, his post, a gap, his name (``局长    王某``,
    ``分管副局长　王某（签字）``, ``局长  王  芳``), under the authority, above the date."""
    parts = name_parts(view, line)
    if len(parts) != 2:
        return False
    post, name = parts[0].text, parts[1].text
    return (
        _LEADER_POST.match(post) is not None
        and _SIGNED_NAME.match(name) is not None
        and name.startswith(_SURNAMES)
    )


BRANCH = re.compile(r"^[\u4e00-\u9fff]{1,6}(分局|分院|分中心|支队|大队|中队|派出所)$")
"""A branch named by its place alone (乙区分局, 城关派出所): the unit before it on the line
is its parent, the two one name a stray blank parts (甲市公安局 乙区分局), no joint signers."""
_CITY_WORD = re.compile(rf"^(?:{CITY_WORD})")
"""A word that ends with a level's character and names no place (城市管理科, 社区警务室:
:data:`~replyparse.elements.CITY_WORD`) opening a name."""


def one_unit_apart(second: str) -> bool:
    """Whether ``second``, an authority one blank after another on the signer's line, is
    that one's part rather than a second signer: a branch named by its place alone
    (:data:`BRANCH`: 甲市公安局 乙区分局) or a section whose name opens with a word that
    ends with a level's character (:data:`_CITY_WORD`: 甲县住房和城乡建设局 城市管理科). Read
    alike over the date and beside it."""
    return BRANCH.match(second) is not None or _CITY_WORD.match(second) is not None


# A joint reply's departments written one blank apart, as a joint document writes its
# authorities (GB/T 9704's 联合行文: 财政部 国务院扶贫办, 生态环境部 发展改革委; a county's
# second department written short under the first's level, 甲县财政局 教育局): each a whole
# department, its name ending as one does. A unit's own sections end otherwise (科, 股, 室,
# 处, 所, 队): 某县教育局 财务科 is one name a blank parts.
_DEPARTMENT_END = re.compile(r"(?:部|委|局|厅|办|院|会|中心|政府)$")
"""How a whole department's name ends (部, 委, 局, 厅, 办, 院, 会, 中心, 政府)."""
_OWN_UNIT_END = re.compile(r"中心$")
"""A department's own unit after it, its place left unsaid (某县财政局 国库支付中心): a
centre a bureau runs is written glued to its name, a centre that signs of its own names its
place (某县疾病预防控制中心, read by its place)."""
_PARENT_BODY_END = re.compile(
    r"(?:政府|党委|党组|[省市县区州盟旗]委|常委会|人大|政协|法院|检察院)$"
)
"""A body whose organs are named after it (某县人民政府 法制办, 中共某县委 宣传部, 某市政协
提案委员会, 某县人大常委会 代表工作委员会; a court's or a procuratorate's own, 某县人民法院
执行局, 某县人民检察院 第一检察部): a department after it, its place unsaid, is its organ,
one name."""
_PERSON_LIKE_END = "会"
"""The one department's ending a person's given name often ends with too (李国会, 王金会):
three characters so, opening with a common surname, are the person who signed after the
authority, no department (a three-character department ending so is rare; 林业局, 文旅局,
卫健委 open with a surname and end otherwise)."""
_SHORTEST_DEPARTMENT = 3
"""The fewest characters of a department so read (教育部, 教育局; 政局 after 某市财 is the
rest of a name a blank parts)."""


def departments_apart(names: Sequence[str]) -> bool:
    """Whether ``names``, pieces one blank apart on the signer's line, are each a whole
    department of a joint reply (:data:`_DEPARTMENT_END`, three characters or more): none
    but the last a body whose organs are named after it (:data:`_PARENT_BODY_END`), none
    after the first a part of the one before (:func:`one_unit_apart`: 乙区分局, 城市管理科)
    nor a centre it runs (:data:`_OWN_UNIT_END`) nor an office's ending alone
    (:data:`OFFICE_TAILS`: 办公室, 委员会). ``某县 教育局``, ``某市财 政局`` (a name a blank
    parts) and ``某局 王某``, ``某局 李国会`` (the person who signed) are none."""
    if len(names) < 2 or not all(
        len(n) >= _SHORTEST_DEPARTMENT and _DEPARTMENT_END.search(n) for n in names
    ):
        return False
    if any(_PARENT_BODY_END.search(n) for n in names[:-1]):
        return False
    if any(
        _POLICE_PARENT.search(a) and _POLICE_BUREAU.match(b) for a, b in itertools.pairwise(names)
    ):
        return False  # 某市公安局 交通管理局: the police's own bureau, one name
    return not any(
        n in OFFICE_TAILS or one_unit_apart(n) or _OWN_UNIT_END.search(n) or _person_like(n)
        for n in names[1:]
    )


def _person_like(name: str) -> bool:
    """Whether ``name``, read after a signer, is the person who signed though it ends as a
    unit may (李国会: three characters, a surname first, :data:`_PERSON_LIKE_END` last)."""
    return len(name) == 3 and name.endswith(_PERSON_LIKE_END) and name.startswith(_SURNAMES)


# A police authority's own bureaus, written after it with no place of their own (某市公安局
# 交通管理局, 某市公安局 公安交通管理局, 某市公安局 交警局): the traffic police a
# 公安局 runs as its bureau; no city or county has a department of that name beside it (its
# transport department is the 交通运输局), so the two are one name, not joint signers.
_POLICE_PARENT = re.compile(r"公安(?:局|厅)$")
_POLICE_BUREAU = re.compile(r"^(?:公安)?交(?:通(?:管理|警察)|警|巡警)局$")


_POLICE = ("局", "处")
"""How a police authority's name ends (a city's or county's 公安局, its district's 公安分局
or 乙区分局 after it, a railway's 公安处), 公安 in it (:func:`_branch_of`): the authorities a
派出所 belongs to."""
_BRANCH_OF = {
    "分局": ("局",),
    "分院": ("院",),
    "分中心": ("中心",),
    "支队": ("局", "总队"),
    "大队": ("局", "支队"),
    "中队": ("局", "大队"),
    "派出所": _POLICE,
}
"""The endings of the authority each kind of :data:`BRANCH` is a branch of (分局 of a 局,
分院 of a 院; a brigade, 支队 大队 中队, of a 局, a police or an enforcing bureau's, 某市公安局
/ 乙区大队, 某县城市管理局 / 乙镇中队, or of the unit above it; a police station of a police
authority alone, which alone has them: 某县财政局 / 乙镇派出所 is two signers, where an
earlier round read any 局 as its parent)."""


def _branch_of(first: str, branch: str) -> bool:
    """Whether the authority ``first`` has branches of the kind ``branch`` names
    (:data:`_BRANCH_OF`; a 派出所 a police authority's alone, 公安 in its name)."""
    return first.endswith(_BRANCH_OF[branch]) and (branch != "派出所" or "公安" in first)


_GOVERNMENT_ABOVE_TOWN = re.compile(r"(?<![乡镇])(?:人民政府|(?<!人民)政府)$")
"""A government above a town's level (某县人民政府, 乙区政府), which runs no branch of
:data:`BRANCH` (a town's or a street's runs its own squad, 甲镇人民政府 / 综合执法中队)."""


def branch_apart(first: str, second: str) -> bool:
    """Whether ``second``, a unit of a branch's kind (:data:`BRANCH`: a police station, a
    brigade, 支队 大队 中队, a 分局, 分院 or 分中心) after the authority ``first`` (under it,
    past a gap or one blank after it), is a signer of its own: ``first`` is of no kind that
    has such branches (:func:`_branch_of`), so the unit is none of its, whatever its name
    says before its ending (a place a level's character does not end, 龙泉, 潘集, or none,
    交通管理支队, 某某森林派出所). Decided, signers52: an earlier round read
    ``某县林业局某某森林派出所`` as one name where the place had no level's character, and any
    station one blank after any body; decided, signers53: so is a brigade under a
    government, ``某县人民政府`` / ``交通管理支队`` two signers (the traffic police are a
    police authority's), where an earlier round read one name; decided, review53a: a
    government above a town's (:data:`_GOVERNMENT_ABOVE_TOWN`) alone, a town's or a
    street's squad, ``甲镇人民政府`` / ``综合执法中队``, ``甲街道办事处`` / ``城管中队``, and an
    office's centre, ``某县人民政府办公室`` / ``督查分中心``, read as any unit below."""
    branch = BRANCH.match(second)
    if branch is None or _branch_of(first, branch[1]):
        return False
    # (a station under any body of another kind; another branch under a government above a
    # town's, which runs none: a town's or a street's own squad, 甲镇人民政府 / 综合执法中队,
    # 甲街道办事处 / 城管中队, and an office's centre stay read as any unit below)
    return branch[1] == "派出所" or _GOVERNMENT_ABOVE_TOWN.search(first) is not None


def sub_unit_of(first: str, second: str) -> bool:
    """Whether ``second``, written after the signer ``first`` apart by a wide gap or on the
    line right under it, is that authority's own unit rather than a second signer of a joint
    reply: letters write a sub-unit's name with no place of its own after the full
    authority it belongs to (``某市公安局`` / ``交通管理支队``, ``某县人民政府  教育督导室``),
    while joint signers are each a whole authority (``某市公安局  某市交通运输局``) or a
    department in its own right (``甲县财政局`` / ``教育局``, :func:`departments_apart`).
    Read so: a branch named by its place alone under an authority of its kind
    (:data:`BRANCH`, :data:`_BRANCH_OF`: 甲市公安局  乙区分局, 甲市自然资源和规划局 /
    乙区分局); else ``second`` naming no place (:data:`_PLACE_IN`, a place its last
    branch's alone, 交巡警支队新区大队, not its own): a section opening
    with a word such as 城市 (:data:`_CITY_WORD`); the one-blank reading's one name (not
    :func:`departments_apart`: a section's ending, 科 室 队 所 站…, an organ after a body
    named after it, 中共某县委 / 宣传部, a centre a bureau runs), or a police authority's
    own traffic bureau (:data:`_POLICE_BUREAU`)."""
    if not (AUTHORITY_LINE.match(first) and AUTHORITY_LINE.match(second)):
        return False
    if (branch := BRANCH.match(second)) is not None and _branch_of(first, branch[1]):
        # a branch named by its place alone under an authority of its kind (甲市自然资源和
        # 规划局 / 乙区分局, 甲市公安局  乙区分局, 甲县人民医院 / 乙镇分院): the branch signs
        # with its parent's name before its own, a name a column wrapped or a gap parts, as
        # one blank does (one_unit_apart); no authority signs a joint reply beside its own
        # branch, and a branch alone names no body. (Under a body of another kind it is
        # read as any unit below: a place of its own makes it a signer.)
        return True
    if branch_apart(first, second):
        return False  # (a station or a brigade under no body of its kind)
    head = _TRAILING_BRANCH.sub("", second) or second
    if _PLACE_IN.search(head) or second.startswith(("中共", "中国")):
        # a place of its own: a signer of its own (某市交通运输局; a branch named by its
        # place under a body of its kind was read above)
        return False
    if _CITY_WORD.match(second):
        return True  # 城市管理科 after its bureau: a section, no place
    if _person_like(second):
        return False  # (李国会: the person who signed, no unit)
    # (a police authority's own traffic bureau: departments_apart reads the two as one name)
    return not departments_apart([first, second])


_TRAILING_BRANCH = re.compile(r"[^队局所]{1,6}(?:分局|分院|分中心|支队|大队|中队|派出所)$")
"""A branch named by its place ending a unit's name (交巡警支队新区大队): the place is the
branch's within the unit, not the unit's own (a name that is that branch alone, 乙区分局,
names its place)."""
_PLACE_IN = re.compile(rf"[省市县区乡镇州盟旗](?![场域]|政(?!府))(?<!{CITY_WORD})|街道")
"""A place named anywhere in a unit's name (甲县…, 市政府研究室, 国家税务总局某县税务局,
某街道办事处): not a word that only opens or ends with a level's character (市政, 市场,
区域; 城市, 社区)."""


SIGNER_NOTE_CLOSERS = frozenset("）)】］")
"""How a note glued to a signer's name ends (:func:`signer_note`): the gate before it."""
_LONGEST_ENDING = max(map(len, _SIGNER_ENDINGS))
_NOTED_SIGNER_LONGEST = (
    1 + 59 + _LONGEST_ENDING + (1 + 20 + _LONGEST_ENDING + 1) + 2 + MARKS_LINE_LONGEST
)
"""The longest text :func:`signer_note` reads: an authority (:data:`_AUTHORITY`: its
name, its longest ending, a second name in brackets), the note's brackets and a line of
marks. A longer line (a paragraph ending in a bracket) is asked no more."""


def signer_note(text: str) -> int:
    """Where a note of marks glued in brackets to the end of an authority's name starts
    (``某局（B类）``, ``某局（同意公开）``, ``某局（此件公开发布）``, ``某局（A类，同意公开）``: a
    class mark or a publication note, each a mark, :func:`~replyparse.elements.is_mark`;
    or a class's or a publication's label with its value, ``某局（答复类别：B）``,
    ``某局（办理类型：A类，公开属性：主动公开）``: :func:`_labelled_mark`; or a contact's
    label and its value, ``某局（联系人：王某）``); 0 when ``text`` is no authority with such
    a note. The note is no part of the name: it feeds its own field, as one glued to the
    title does."""
    if (
        text[-1:] not in SIGNER_NOTE_CLOSERS
        or len(text) > _NOTED_SIGNER_LONGEST
        or "。" in text  # (no authority or mark holds one: a sentence's line)
    ):
        return 0  # (the gates: a note in brackets ends the text; no paragraph is one)
    k = bracket_start(text)
    if (
        not k
        or text[k - 1] not in _AUTHORITY_LAST
        or _NOT_IN_AUTHORITY in text[:k]  # (a label's colon before the note: a contact line)
        or not AUTHORITY_LINE.match(text[:k])
    ):
        return 0
    inner = text[k + 1 : -1]
    if _contact_note(inner):
        return k  # 某局（联系人：王某，电话：…）: the contact's, read by the contacts
    if not inner or not all(
        is_mark(part) or _labelled_mark(part) for part in MARK_SEPARATOR.split(inner)
    ):
        return 0
    return k


_CONTACT_LABELS = LabelSet(vocab.labels_of(*vocab.CONTACT_FIELDS))
"""The labels of a contact (联系人, 联系电话, 联系方式…)."""


def _contact_note(inner: str) -> bool:
    """Whether ``inner``, a note in brackets after a signer's name, opens with a contact's
    label and its colon (``联系人：王某，电话：…``)."""
    return _CONTACT_LABELS.spelled(inner.replace(":", _NOT_IN_AUTHORITY, 1)) is not None


def _noted_contact(text: str) -> bool:
    """Whether ``text`` is a publication note that goes on with the contact's label and its
    value (``（此件公开发布，联系人及电话：王某、…）``): a note of the closing, both parts read
    by their own fields."""
    at = noted_contact_at(text)
    return at > 0 and _CONTACT_LABELS.spelled(text[at:]) is not None


_MARK_LABELS = LabelSet(
    tuple(
        e for e in vocab.labels() if e.field in ("handling_type", "public") and e.needs != "alone"
    )
)
"""The labels of a class or of a publication (办理类型, 答复类别, 公开属性, 是否公开…): a note
glued to a signer may give its mark after one (:func:`_labelled_mark`)."""
_LABELLED_VALUE_LONGEST = 12
"""The longest value a label of :data:`_MARK_LABELS` gives in a signer's note (解决或采纳,
依申请公开): a longer one is a sentence in brackets."""


def _labelled_mark(part: str) -> bool:
    """Whether ``part`` of a note glued to a signer is a class's or a publication's label,
    its colon and a short value (``答复类别：B``, ``公开属性：主动公开``)."""
    if _NOT_IN_AUTHORITY not in part:
        if ":" not in part:
            return False  # (a label's colon: a mark alone holds none)
        part = part.replace(":", _NOT_IN_AUTHORITY)  # (a web copy's, in a name as written)
    value = part.partition(_NOT_IN_AUTHORITY)[2]
    return (
        _MARK_LABELS.spelled(part) is not None
        and 0 < len(value) <= _LABELLED_VALUE_LONGEST
        and _NOT_IN_AUTHORITY not in value
    )


_DATE_LAST = frozenset("日号月")
"""What a date that ends a signer's line ends with (:func:`authority_date`, a note's
bracket after it aside): the gate before it in :func:`signer_note_span`."""


def signer_note_span(text: str) -> tuple[int, int] | None:
    """Where in ``text`` the note of marks glued to the signer's name stands
    (:func:`signer_note`), on the signer's line (``某局（B类）``) or on a line of the
    signer and its date (``某局（B类）  2024年5月10日``); None when there is none."""
    last = text[-1:]
    if last in SIGNER_NOTE_CLOSERS:
        k = signer_note(text)
        return (k, len(text)) if k else None
    if last in _DATE_LAST and (m := authority_date(text)) is not None:
        k = signer_note(m["authority"])
        return (k, m.end("authority")) if k else None
    return None


def _noted_authority(text: str) -> bool:
    """Whether ``text`` is an authority with a joint reply's note after it
    (``某局（会同某局答复）``: :data:`JOINT_NOTE`)."""
    k = max(text.rfind("（"), text.rfind("("))
    return (
        k > 0
        and JOINT_NOTE.match(text[k:]) is not None
        and AUTHORITY_LINE.match(text[:k]) is not None
    )


_SEAL_CLOSERS = frozenset("）)]］】〕")
"""How a line of bracketed seal notes side by side ends: the gate before
:func:`_seals_side_by_side` (with the 章 that 盖章, 公章, 印章 hold)."""


def _seals_side_by_side(view: TextView, line: Line) -> bool:
    """Whether ``line`` is seal notes only, parted by gaps: one under each authority of a
    joint reply (``（盖章）      （盖章）``)."""
    parts = gap_parts(view, line)
    return len(parts) > 1 and all(
        len(p.text) <= _SEAL_LONGEST and _SEAL.match(p.text) for p in parts
    )


_PROSE_ENDS = frozenset("。！")
"""How a sentence of the body ends: a line that ends so, with no ``：``, goes to
:func:`_sentence_kind`."""


def _sentence_kind(view: TextView, line: Line, text: str) -> Kind | None:
    """:func:`kind` of a line whose ``text`` ends with 。 or ！ and that holds no ``：``
    (the body's last sentence, where the closing stops): only the tests such a line can
    pass, in kind's order. Exact: a date ends with its 日, 号 or 月 (a full stop after a
    date alone, no ！); a seal note, an authority, markup, a phone, a postcode and a
    发文字号 (alone or with an authority) end otherwise; a wrapped, lost or unknown label
    needs its ``：``. A 印发 line, an attachment, a closing formula, a note and a name
    before closing labels may end so."""
    before = text[-2:-1]  # (a date line's end before its full stop: the gate before both)
    if (
        text[-1] == "。"
        and (before in _STOPPED_DATE_LAST or before.isdecimal())
        and (DATE_LINE.match(text) or MONTH_DATE_LINE.match(text))
    ):
        return Kind.DATE
    # A line with no gap is one part, the usual one: is_note asks only whether a label
    # opens it or it is a mark, and a name then labels needs two parts.
    gapped = bool(view.gaps_in(line.start, line.start + len(line.text)))
    note = (
        is_note(view, line, _CLOSING_LABELS)
        if gapped
        else opening_label(view, line, _CLOSING_LABELS) is not None or is_mark(line.text)
    )
    if (
        note
        or ("印发" in text and _PRINTED.match(text))
        or (text[:1] == "附" and _ATTACHMENT.match(text))
        or _FORMULA.match(text)
        or glued_cc_label(text)
    ):
        return Kind.OTHER
    named = name_then_labels(view, line) if gapped else None
    if named is not None:
        return Kind.AUTHORITY_LABELS if named.authority else Kind.OTHER
    return None


def lost_label(view: TextView, text: str, at: Sequence[int]) -> tuple[int, int, str] | None:
    """A contact label that lost a character in copying at the start of ``text`` (the
    ``view.norm`` offset of each of its characters in ``at``): one inner character gone
    where the page left a blank (``联 人：``, ``联系 话：``), or the words before the 人 of a
    姓名 slot (``系人姓名：``; ``人姓名：`` only with a phone label after it on the line).
    Where the label starts, where its colon ends, and its field (contact_name or
    contact_phone); None when there is none."""
    if "：" not in text:
        return None
    if m := _NAME_SLOT_LOST.match(text):
        if m["label"] == "人" and m["phone"] is None:
            return None
        return m.start("label"), m.end("colon"), "contact_name"
    m = _GAPPED_LABEL.match(text)
    if m is None:
        return None
    field, cuts = SQUEEZED[m["label"]]
    origin = view.origin
    start = m.start("label")
    if any(origin[at[start + c]] - origin[at[start + c - 1]] > 1 for c in cuts):
        return start, m.end(), field
    return None


def _date_kind(text: str) -> Kind | None:
    """What ``text`` is when it is a date (whole, damaged, or after its authority), else
    None; OTHER for a year alone (:data:`YEAR_ONLY_LINE`), no signature's date. Each such
    date holds 年 or its year's 19 or 20: a text with neither is none."""
    if "年" not in text and "19" not in text and "20" not in text:
        return None
    text = without_code(text)  # 2024年5月10日 650000: the date, its code or number no part
    last = text[-1:]  # (the gates of DATE_LINE and MONTH_DATE_LINE: how their texts end)
    if (
        (
            (last in _DATE_LINE_LAST or last.isdecimal() or _bare_weekday_end(text))
            and DATE_LINE.match(text)
        )
        or DAY_LOST_LINE.match(text)
        or ((last in _MONTH_LINE_LAST or _bare_weekday_end(text)) and MONTH_DATE_LINE.match(text))
    ):
        return Kind.DATE
    if damaged_date(text):
        return Kind.DAMAGED_DATE
    if last == "年" and YEAR_ONLY_LINE.match(text):
        return Kind.OTHER  # 2023年 under the signer: no signature's date
    if (
        (
            text.endswith(_AUTHORITY_DATE_ENDS)
            or last.isdecimal()  # (a date in figures)
            or _day_lost_at_end(text)
            or _bare_weekday_end(text)
        )
        and not text.startswith(_SENTENCE_OPENINGS)
        and (
            AUTHORITY_DATE_LINE.match(text)
            or _noted_authority_date(text) is not None
            or _listed_authority_date(text) is not None
        )
        and not names_in_sentence(text)
    ):
        return Kind.AUTHORITY_DATE
    return None


class NameThenLabels(NamedTuple):
    """A closing line that opens with a name, then a gap, then closing labels: the name's
    part of the line, and whether the name is an authority's (else a person's)."""

    name: Line
    authority: bool


def name_then_labels(view: TextView, line: Line) -> NameThenLabels | None:
    """``line`` as a person's name, a gap, then closing labels (a form's next row, its
    label cell left blank: ``王某    联系电话  …``) or a phone alone (``王某    1390…``),
    or an authority, a gap, then closing labels (a flattened closing: ``某局    联系电话：…
    联系人：…``, the office whose contact it gives); None when it is neither. A name
    letter-spaced to fill its cell is one name (:func:`name_parts`)."""
    parts = name_parts(view, line)
    if len(parts) > 2 and parts[0].text == "：":
        # (the lost label's colon a blank parts from the name: ``: 王某    联系电话…``)
        colon, after = parts[0], parts[1]
        parts = [Line(line.index, colon.start, after.end, "：" + after.text), *parts[2:]]
    if len(parts) < 2:
        return None
    name = parts[0].text
    person = _signing_person(name)  # (a name a middle dot parts too: 阿某·某某    联系电话…)
    if not person and name[:1] == "：":
        # the person's label a copy lost whole, its colon left before the name (：王某
        # 联系电话：…): the name's cell all the same, as fix96 reads ：王某 alone
        person = _signing_person(name[1:])
    authority = not person and name[-1:] in _AUTHORITY_LAST and AUTHORITY_LINE.match(name)
    if not person and not authority:
        return None
    if authority and len(parts) == 2 and _signing_person(parts[1].text):
        # the authority, then who signed for it, a person's name alone after the gap
        # (某局    王某某): the authority signs
        return NameThenLabels(parts[0], True)
    start = parts[1].start
    rest = Line(line.index, start, line.end, view.norm[start : line.end])
    if person and len(parts) == 2 and _PHONE.match(rest.text):
        # a contact table's next row, its label cells blank (:func:`contact_row`)
        return NameThenLabels(parts[0], False)
    if person and rest.text[:1] in _PHONE_OPENS and _phone_then_labels(rest.text):
        # the value of a contact label left empty on the line above, more labels after it
        # (联系人及电话： over 王某  0000-5550123  传真：0000-5550124)
        return NameThenLabels(parts[0], False)
    if opening_label(view, rest, _CLOSING_LABELS) is None and not (
        # an authority, then its leader's post and name (某局    局长：王某), or another
        # label the table does not hold, with its value
        authority and _labels_and_values(rest.text)
    ):
        return None
    return NameThenLabels(parts[0], bool(authority))


def _signing_person(text: str) -> bool:
    """Whether ``text`` is a person's name alone (two to four hanzi opening with a common
    surname, or a name whose parts a middle dot parts, 阿某·某某; no office's ending): who
    signed, after the authority on its line, or a contact's name opening a row of labels or
    a contact table's next row (阿某·某某    联系电话：…, as 王某    联系电话：…)."""
    return (
        (_ROW_NAME.fullmatch(text) is not None and text.startswith(_SURNAMES))
        or ("·" in text and _DOTTED_NAME.fullmatch(text) is not None)
    ) and not ORG_END.search(text)


_DOTTED_NAME = re.compile(DOTTED_NAME)


def contact_row(view: TextView, line: Line) -> int | None:
    """Where the phone of a contact table's next row starts in ``view.norm``, its label
    cells blank: a person's name, a gap, a phone alone (``黄某    1390…`` under
    ``联系人：王某    联系电话：0000-5550123``); None when ``line`` is no such row."""
    if not line.text[-1:].isdecimal() and line.text[-1:] not in "）)":
        return None  # (a phone ends with a figure or its bracket: the usual line stops here)
    parts = name_parts(view, line)  # (吴 某 某    1390…: a name letter-spaced in its cell)
    if len(parts) != 2:
        return None
    if not _signing_person(parts[0].text):
        return None  # (no person's name: two to four characters or a dotted name)
    return parts[1].start if _PHONE.match(parts[1].text) else None


def _phone_then_labels(text: str) -> bool:
    """Whether ``text`` is a phone, then closing labels with their values (``5550123传真：
    0000-5550124``, the gap between gone from the view) or a short note on it in brackets
    (``13900000000（手机）``): a contact line's rest, below the label a copy left at the end
    of the line above."""
    m = _PHONE_FIRST.match(text)
    if m is None:
        return False
    rest = text[m.end() :].lstrip(_LABEL_LEAD)
    if rest[:1] in "（(" and _PHONE_NOTE.fullmatch(rest):
        return True  # a note on the phone alone: 13900000000（手机）, 5550123（办）
    if _FOOTER_LINKS_ROW.fullmatch(rest):
        # a site's footer links left after the letter's last phone (0000-5550123 联系我们,
        # …网站地图): the page's words, never a letter's after a figure; the row the phone's
        return True
    return _CLOSING_LABELS.spelled(rest) is not None or _labels_and_values(rest)


def _labels_and_values(text: str) -> bool:
    """Whether ``text`` is labels the table does not hold, each with its short value
    (``邮寄地址：某路1号  邮编：555000``); never a line a section marker opens."""
    if "：" not in text or (text[:1] in _MARKED_FIRST and _MARKED.match(text)):
        return False  # (no colon: one piece, no label; the usual line stops here)
    pieces = text.strip("（()）").split("：")
    if len(pieces) < 2 or not _OWN_LABEL.fullmatch(pieces[0]):
        return False
    for middle in pieces[1:-1]:  # a value, then the next label
        run = _TRAILING_HANZI.search(middle)
        label = min(len(run.group()), 8, len(middle) - 1) if run else 0
        if label < 2 or not _SHORT_VALUE.fullmatch(middle[:-label]):
            return False
    return _SHORT_VALUE.fullmatch(pieces[-1]) is not None


def signoff_end(text: str) -> int:
    """Where a formula that ends the reply on its own ends, when the signer follows it on
    its line (``特此函复某县水利局``, a copy that lost the line break); 0 when none does."""
    m = _SIGNOFF.match(text)
    return m.end() if m else 0


def _cut_authority(view: TextView, lines: Sequence[Line], i: int, floor: int) -> bool:
    """Whether ``lines[i]``, the letter's last line (or over seal notes alone: the name
    damaged, its seal kept), is what a page cut short left of the signing authority: a
    place name and the start of an office, right after the body's last sentence or closing
    formula (on the line above, or before it on its line), closing labels' lines between or
    not (``联系人：王某  联系电话：…`` set over the signer)."""
    if i <= floor:
        return False
    text = lines[i].text
    if not cut_authority_name(text[signoff_end(text) :]):
        return False
    k = i - 1
    while k > floor and opening_label(view, lines[k], _CLOSING_LABELS) is not None:
        k -= 1  # a contact's line (or 抄送's) between the body and the signer
    above = lines[k].text
    return above.endswith(_SENTENCE_END) or _FORMULA.match(above) is not None


_BARE_PLACES = tuple(vocab.words("signer_places"))
"""How a town or township that signs in its own name ends it (某某镇, 某某乡, 某某苏木)."""
_OFFICE_SELF = frozenset(
    f"{own}{office}"
    for own in "我本"
    for office in ("局", "委", "厅", "办", "办公室", "办公厅", "委员会", "中心", "院")
)
"""The letter's own words (:data:`replyparse.orgnames.SELF_REFERENCE`) that name it an office
(我局, 本委, 我办, 本中心): no town's government speaks of itself so (我镇, 本乡 name the
place; 本府, 本单位, 本部门 might be either)."""
_QUOTE_LONGEST = 200
"""The longest quote :data:`_OWN_OR_QUOTED` reads whole (a bound: a line of opening marks
that never close is read in linear time)."""
_OWN_OR_QUOTED = re.compile(
    rf"“[^”\n]{{0,{_QUOTE_LONGEST}}}”|《[^》\n]{{0,{_QUOTE_LONGEST}}}》"
    rf"|「[^」\n]{{0,{_QUOTE_LONGEST}}}」|(?P<own>{SELF_REFERENCE.pattern})(?P<after>法)?"
)
"""The letter's own words (:data:`replyparse.orgnames.SELF_REFERENCE`), or what it quotes,
read whole so that the words another wrote (县交通局称“我局将…”, a cited notice's title)
are none of the letter's; a 法 after them makes them a rule's (本办法)."""
_OWN_BEFORE_BEN = frozenset("经由交对将是与向为请报送")
"""What may stand before 本 when it opens the letter's own words (经本局研究, 由本委牵头):
nothing of a word, or a word that takes the office as its object. Another character makes
本 a word's end (基本局面, 基本办理, 根本, 成本), no office's."""


def _cut_in_sentence(view: TextView, lines: Sequence[Line], i: int, floor: int) -> bool:
    """Whether ``lines[i]``, the letter's last line and nothing under it, read as a town
    signing in its own name (``某某乡``: a place and its level, no office's word) right
    under the body's last sentence, is the next paragraph's first words a page cut right
    after a level's character (``…实施乡`` of 实施乡村振兴, ``…推进镇`` of 推进镇村…): the
    body above speaks of its author as an office (我局, 本委: :data:`_OFFICE_SELF`) and
    never as a town (我镇, 本乡). A town that signs says 我镇; an office signs with its
    office's name."""
    text = lines[i].text
    if (
        not text.endswith(_BARE_PLACES)
        or ORG_INSIDE.search(text) is not None
        or not lines[i - 1].text.endswith(_SENTENCE_END)
    ):
        return False
    office = False
    norm = view.norm
    for m in _OWN_OR_QUOTED.finditer(norm, lines[floor].start, lines[i].start):
        if m.group("own") is None or m.group("after") is not None:
            continue  # (quoted: another's words; 本办法: a rule's)
        if m.group("level") in ("镇", "乡"):
            return False
        before = norm[m.start() - 1] if m.start() > 0 else ""
        office = office or (
            m.group("own") in _OFFICE_SELF
            and (
                m.group("own")[0] == "我"
                or not ("\u4e00" <= before <= "\u9fff")
                or before in _OWN_BEFORE_BEN
            )
        )
    return office


def cut_authority_name(text: str) -> bool:
    """Whether ``text`` may be what a page cut short left of a signing authority's name: a
    place name and the start of an office (``某某县农业农``, ``某镇人民政``), no prose: no
    word of :data:`_PROSE_WORDS` nor of a sentence's (:func:`_prose`: a body's last line cut
    by the page, ``下一步将积极争取县财政``, ``…会同县人民政``)."""
    return (
        _CUT_AUTHORITY.match(text) is not None
        and _PROSE_WORDS.search(text) is None
        and not _prose(text)
    )


def wrapped_name(upper: str, lower: str) -> bool:
    """Whether ``upper`` and ``lower``, a line and the line under it, are one authority's
    name a line break cut inside (``北江县人民政`` / ``府办公室``, ``北江县交通运`` / ``输局``,
    ``北江县人民政`` / ``府``, ``北江县`` / ``人民政府办公室``): ``upper`` a place and the first
    characters of its office as a page cut short leaves them, or a place alone, no office's
    ending in it (:func:`cut_authority_name`: no sentence's words either), ``lower`` the rest,
    naming no place of its own (no level's character in it) nor a person (no blank-parted
    name), and the two joined an authority's name (:data:`AUTHORITY_LINE`). (An office's
    ending alone under a whole name, ``某县人民政府`` / ``办公室``, the signature reads
    already.)"""
    if not upper or not lower or len(upper) + len(lower) > _WRAPPED_LONGEST:
        return False
    if ORG_END.search(upper) is not None or not cut_authority_name(upper):
        return False
    if any(ch in LEVEL_CHARS for ch in lower) or not _HANZI_ALONE.fullmatch(lower):
        return False
    return AUTHORITY_LINE.match(upper + lower) is not None


_WRAPPED_LONGEST = 40
"""The longest authority's name read over two lines (a place, its office and a section)."""
_HANZI_ALONE = re.compile(r"[\u4e00-\u9fff]+")


def names_cut(text: str, name: str) -> bool:
    """Whether ``text`` is the authority ``name`` opens with (a line that may go on with a
    date), whole or with its last one or two characters lost in copying: four characters
    at least, and an office's suffix ends the name one or two characters after it at most
    (``某市某某执法`` of ``某市某某执法局``)."""
    if len(text) < 4 or not name.startswith(text):
        return False
    ends = range(len(text), min(len(text) + 3, len(name) + 1))
    return any(ORG_END.search(name, 0, k) for k in ends)


def closing_start(
    view: TextView, lines: Sequence[Line], floor: int, own: Callable[[], str] | None = None
) -> tuple[int, list[Kind]]:
    """Where the closing begins (not above ``floor``), and the kind of each of its lines.
    ``own`` gives the authority the letter's head names (its mark, or the name its title
    opens with; asked only for a line right above the date that nothing else reads): that
    name with its last characters lost in copying signs the letter."""
    more, after_cc = _continued(view, lines)
    # (a table of units and figures under the signed date, ending the letter: its lines
    # the closing's, none of them a signer; a letter without one reads len(lines))
    table = _table_under_date(view, lines, floor)
    # (the kinds from the letter's last line up, put in reversed at the end: putting each in
    # at the front would be quadratic over a closing of thousands of contact lines)
    upward: list[Kind] = []
    dated = False  # whether ``upward`` holds a date (each kind is put in, never changed)
    signed = False  # whether ``upward`` holds a signer's line alone (no date under it)
    sealed = True  # whether ``upward`` holds seal notes alone
    # (the label of a note under the date that a line under it found: every line between
    # is the note's too, asked no more, so a long note is read in one walk up to its label)
    note: int | None = None
    i = len(lines)
    while i > floor:
        found = Kind.OTHER if i - 1 in more or i - 1 >= table else kind(view, lines[i - 1])
        if found is None and i - 1 >= after_cc and _VERSION_NOTE.match(lines[i - 1].text):
            found = Kind.OTHER  # 版记 after the 抄送 list, or what a cut page left of it
        if found is None and i == len(lines) and lines[i - 1].text.strip() == _CC_HEAD:
            found = Kind.OTHER  # 抄: the 抄送 label's head, where the page was cut
        # (_cut_authority reads only the letter's last line, or one over seal notes alone:
        # no call for another)
        if (
            found is None
            and (i == len(lines) or (upward and sealed))
            and _cut_authority(view, lines, i - 1, floor)
        ):
            found = Kind.AUTHORITY
        if (
            found is None
            and own is not None
            and upward
            and upward[-1] in _DATES
            and names_cut(lines[i - 1].text, own())
        ):
            found = Kind.AUTHORITY  # the head's authority that lost its last characters
        if (
            found is Kind.AUTHORITY
            and i == len(lines)
            and i - 1 > floor
            and _cut_in_sentence(view, lines, i - 1, floor)
        ):
            found = None  # a body's sentence the page cut after a level (…实施乡): no signer
        if (
            found in (None, Kind.AUTHORITY)
            and i - 2 >= floor
            and _signer_may_stand(upward)
            and wrapped_name(lines[i - 2].text, lines[i - 1].text)
        ):
            # a signer's name a line break cut inside (北江县人民政 / 府办公室), over the date,
            # ending the letter or over seal notes: both lines the authority's
            upward += [Kind.AUTHORITY, Kind.AUTHORITY]
            sealed = False
            i -= 2
            continue
        if found is None and not dated:
            if note is not None and note < i - 1:
                found = Kind.OTHER  # a line of the note whose label a line below found
            else:
                # (a note stands under the date: under a signer that no date stands under, a
                # letter whose date was lost, the lines are the body's, a 注： there or not)
                note = None if signed else _note_label_above(lines, i - 1, floor)
                found = _below_the_date(view, lines, i - 1, floor, note)
                if found is None:
                    note = None
        if found is None:
            break
        if (
            found is Kind.AUTHORITY
            and upward
            and "印发" in lines[i].text  # (the pattern's one literal: no match without it)
            and _PRINTED_DATE.match(lines[i].text)
        ):
            found = Kind.PRINT_OFFICE
        upward.append(found)
        dated = dated or found in _DATES
        signed = signed or found is Kind.AUTHORITY
        sealed = sealed and found is Kind.SEAL
        i -= 1
    kinds = upward[::-1]
    _print_label_values(lines, i, kinds)
    _after_the_list(lines, i, kinds, after_cc)
    _print_line_over_date(lines, i, kinds)
    return i, kinds


_TABLE_CELL_LONGEST = 20
"""The longest cell of a table of units and figures :func:`_table_under_date` reads (a
unit's name, a column's heading)."""
_TABLE_HEADS_RUN = 3
"""The most cells of words one under another in such a table (a row's unit, or the
columns' headings, 序号 / 单位 / 金额（万元）)."""
_TABLE_LEAST = 2
"""The fewest rows such a table holds: units named and figures given, each at least twice
(a unit and one figure under the date may be a contact's cell and its number)."""
_NOT_IN_CELL = frozenset("。；;，,：:！!？?")
_ROW_FIGURES = re.compile(r"[0-9](?:[0-9,.%．％]| (?=[0-9]))*")
"""A row's figures after its unit, one column or more (the view keeps a blank between two
numbers: ``120 5%``)."""
_FIGURE_FIRST = frozenset(_FIGURES)
_ROW_LAST = _FIGURE_FIRST | {"%", "％"}


def _table_row(view: TextView, line: Line, text: str) -> bool:
    """Whether ``text`` (``line``'s) is a row of a table of units and figures written on
    one line: a unit's name, then after a gap the row's figures (``某某镇  120``, ``某某乡
    80  12.5%``: the view dropped the blanks, ``某某镇120``)."""
    first = next((k for k, ch in enumerate(text) if ch in _FIGURE_FIRST), 0)
    return (
        0 < first <= _TABLE_CELL_LONGEST
        and line.start + first in view.gaps
        and _ROW_FIGURES.fullmatch(text, first) is not None
        and _NOT_IN_CELL.isdisjoint(text[:first])
    )


def _table_under_date(view: TextView, lines: Sequence[Line], floor: int) -> int:
    """Where a table of units and figures under the signed date begins, the lines from it
    to the letter's end its cells (``2024年5月10日`` / ``某某镇`` / ``120`` / ``某某乡`` /
    ``80``, a cell a line, or ``某某镇  120`` a row a line, its columns' headings over it or
    not): a page's copy of the figures the reply gives, set after the letter. They are the
    closing's and none of them signs, however many (:func:`_below_the_date` reads a few
    short lines under the date, and a figures' line as a phone's: the signer and the date
    were lost; left61a). ``len(lines)`` when the letter ends with no such table: a whole
    date (alone on its line or after its authority) right over it, at least two units
    named and two figures given, no cell a sentence's (a stop or a colon in it, longer than
    :data:`_TABLE_CELL_LONGEST`) or a closing label (``联系电话`` / ``5550123`` is a
    contact's cells), and no more than :data:`_TABLE_HEADS_RUN` cells of words in a row;
    nor a date alone over its authority with no signer over it (:func:`_signed_under`)."""
    end = len(lines)
    words = figures = run = 0
    under = end  # (the line under the date: the last one read going up)
    for k in range(end - 1, floor - 1, -1):
        line = lines[k]
        text = _without_table_bars(line.text).strip()
        if not text:
            continue
        if (date := _date_kind(text)) in (Kind.DATE, Kind.AUTHORITY_DATE):
            if (
                words < _TABLE_LEAST
                or figures < _TABLE_LEAST
                or (date is Kind.DATE and _signed_under(view, lines, k, under, floor))
            ):
                return end
            return k + 1
        under = k
        if text[0] in _FIGURE_FIRST and _FIGURES_ALONE.fullmatch(text):
            figures += 1
            run = 0
        elif text[-1] in _ROW_LAST and _table_row(view, line, text):
            words += 1
            figures += 1
            run = 0
        elif (
            len(text) <= _TABLE_CELL_LONGEST
            and run < _TABLE_HEADS_RUN
            and _NOT_IN_CELL.isdisjoint(text)
            and text not in _CLOSING_LABELS.by_spelling
        ):
            words += 1
            run += 1
        else:
            return end
    return end


_SIGNED_OVER = (Kind.AUTHORITY, Kind.AUTHORITY_LABELS, Kind.HOST, Kind.SEAL)
"""The kinds of the line over a date alone that sign it from above (its authority, a
handling unit's label and name, the seal's note over the date under its authority)."""


def _signed_under(view: TextView, lines: Sequence[Line], date: int, under: int, floor: int) -> bool:
    """Whether the date alone at ``lines[date]`` is signed from under it, the date first:
    the line right under it, ``lines[under]``, reads as an authority and the nearest line
    over it (not above ``floor``) as no signer's (:data:`_SIGNED_OVER`). That authority is
    the signer, no unit of a table under the date (``2024年5月10日`` / ``某县交通局`` /
    ``王某 13800000000`` / ``李某 13900000000``: a contact's rows whose labels were lost;
    review61c)."""
    if kind(view, lines[under]) is not Kind.AUTHORITY:
        return False
    over = next((j for j in range(date - 1, floor - 1, -1) if lines[j].text.strip()), None)
    return over is None or kind(view, lines[over]) not in _SIGNED_OVER


def _signer_may_stand(upward: list[Kind]) -> bool:
    """Whether a signer may stand over the closing's lines read so far from its end up
    (``upward``): over a date, seal notes between allowed, or ending the letter (over seal
    notes alone, or nothing)."""
    for found in reversed(upward):  # (a loop: a run of seal notes is short)
        if found is not Kind.SEAL:
            return found in _DATES
    return True


_PRINT_OFFICE_END = ("办公室", "办公厅", "党政办", "综合办")
"""How the office that prints a letter ends its name (某局办公室, 某街道办事处党政综合办公室,
a town's or a street office's 党政办, 综合办, the short 党政办公室 a 版记 prints under)."""
_OWN_SECTION_END = ("办公厅", "办", "科", "股", "室")
"""How a section of the signer's own that prints its letters ends, its name after the
signer's (某县教育局综合股, 某县教育局秘书科, 某镇人民政府党政办; 办公室 ends with 室)."""
_OWN_PART_LEAST = 3
"""The fewest characters of the signer's name an office of its own opens with (its name
without the place before it: 某街道办事处 of 某区某街道办事处)."""


def _own_print_office(office: str, signer: str) -> bool:
    """Whether ``office`` (blanks dropped) is a section of ``signer``'s own that prints its
    letters: its name opens with the signer's, or with the signer's without the place
    before it (:data:`_OWN_PART_LEAST` characters or more), and ends as an office does
    (:data:`_PRINT_OFFICE_END`) or as a section does (:data:`_OWN_SECTION_END`: 某县教育局
    综合股, 某县教育局秘书科), the signer's own name no part of the section's ending."""
    for k in range(len(signer) - _OWN_PART_LEAST + 1):
        if office.startswith(signer[k:]):
            section = office[len(signer) - k :]
            return office.endswith(_PRINT_OFFICE_END) or (
                section != "" and section.endswith(_OWN_SECTION_END)
            )
    return False


def _print_line_over_date(lines: Sequence[Line], start: int, kinds: list[Kind]) -> None:
    """The 版记's 印发 line that lost its 印发 in a web copy, set between the signer and the
    date (``某区某街道办事处`` / ``某街道办事处党政综合办公室  2024年5月12日`` / ``2024年5月12日``,
    or a flattened copy's ``某区某街道办事处`` / ``某街道办事处党政综合办公室`` / its date / the
    date): an office of the signer's own (its name opens with the signer's, or with the
    signer's without the place before it, and ends as an office's or a section's does,
    :func:`_own_print_office`: 某县教育局综合股, decided, signers52) with its date, the
    authority over it and a date alone under that, is made 版记 (``kinds``, the closing's
    from ``lines[start]``): no second signer, and the last date signs (a joint reply's
    second authority is another body, never the first one's office)."""
    if Kind.DATE not in kinds or (Kind.AUTHORITY_DATE not in kinds and kinds.count(Kind.DATE) < 2):
        return  # (the gate: most closings hold one date, a date alone under it asked)
    above = 0  # the nearest line over ``j`` that is no seal note (某局 / （盖章）), or the first
    for j in range(1, len(kinds) - 1):
        if kinds[j - 1] is not Kind.SEAL:
            above = j - 1  # (kept as ``j`` goes down: a run of seal notes is walked once)
        if kinds[above] is not Kind.AUTHORITY:
            continue
        apart = False  # (whether the office's date stands on the line under it)
        if kinds[j] is Kind.AUTHORITY_DATE and kinds[j + 1] is Kind.DATE:
            m = authority_date(_without_table_bars(lines[start + j].text))
            office = m["authority"] if m else ""
        elif (
            kinds[j] is Kind.AUTHORITY
            and j + 2 < len(kinds)
            and kinds[j + 1] is Kind.DATE
            and kinds[j + 2] is Kind.DATE
        ):
            office, apart = lines[start + j].text, True
        else:
            continue
        office = "".join(office.split())
        signer = _SEAL_AT_END.sub("", "".join(lines[start + above].text.split()))
        if _own_print_office(office, signer):
            kinds[j] = Kind.PRINT_OFFICE if apart else Kind.OTHER
            if apart:
                kinds[j + 1] = Kind.OTHER  # (the 印发 date: no signature's)
    _print_line_under_date(lines, start, kinds)


_SEAL_AT_END = re.compile(rf"{_SEAL_BRACKETED}$")
"""A seal note after the signer's name (某局（盖章）), no part of the name compared."""


def _print_line_under_date(lines: Sequence[Line], start: int, kinds: list[Kind]) -> None:
    """The 版记's 印发 line that lost its 印发 (and the 抄送 list over it) under the signer and
    its date, the closing's last lines: ``某县教育局`` / ``2024年5月6日`` / ``某县教育局办公室
    2024年5月8日`` (or the office and its date on lines of their own), an office of the
    signer's own (:func:`_own_print_office`) is made 版记 in ``kinds``: the signer and its own
    date sign, the printing date stays in ``dates`` (decided, signers52: record.md called the
    line a 印发 line that lost its 印发, yet an earlier round signed the office with the
    printing date; a joint reply's second signer is another body, never the first's office)."""
    n = len(kinds)
    if n < 3:
        return
    if kinds[-1] is Kind.AUTHORITY_DATE:
        j = n - 1
        m = authority_date(_without_table_bars(lines[start + j].text))
        office = m["authority"] if m else ""
    elif n >= 4 and kinds[-1] is Kind.DATE and kinds[-2] is Kind.AUTHORITY:
        j = n - 2
        office = lines[start + j].text
    else:
        return
    d = j - 1
    while d >= 0 and kinds[d] is Kind.SEAL:
        d -= 1
    if d < 1 or kinds[d] is not Kind.DATE:
        return
    above = d - 1
    while above >= 0 and kinds[above] is Kind.SEAL:
        above -= 1
    if above < 0 or kinds[above] is not Kind.AUTHORITY:
        return
    signer = _SEAL_AT_END.sub("", "".join(lines[start + above].text.split()))
    if _own_print_office("".join(office.split()), signer):
        kinds[j] = Kind.PRINT_OFFICE if kinds[j] is Kind.AUTHORITY else Kind.OTHER
        if kinds[j] is Kind.PRINT_OFFICE:
            kinds[j + 1] = Kind.OTHER  # (the 印发 date: no signature's)


_PRINT_VALUES = (Kind.AUTHORITY, Kind.DATE, Kind.AUTHORITY_DATE, Kind.DAMAGED_DATE)
"""The kinds of the lines a 印发 label's value may stand on under it: the office, the date."""


def _print_label_values(lines: Sequence[Line], start: int, kinds: list[Kind]) -> None:
    """The office and the date under a 印发 label's line (``印发：`` over ``某局办公室`` over
    ``2024年5月12日``, or ``印发：某局办公室`` over its date), in ``kinds`` (the closing's from
    ``lines[start]``), made 版记: the office a printing office, the date no signature's."""
    for j, found in enumerate(kinds):
        if found is not Kind.OTHER or lines[start + j].text[:2] != "印发":
            continue  # (the gate: a 印发 line is OTHER and opens so)
        if _PRINT_LABEL.match(lines[start + j].text) is None:
            continue
        k = j + 1
        while k < len(kinds) and kinds[k] in _PRINT_VALUES:
            below = kinds[k]
            kinds[k] = Kind.PRINT_OFFICE if below is Kind.AUTHORITY else Kind.OTHER
            k += 1
            if below is not Kind.AUTHORITY:
                break  # the date ends the value


def _after_the_list(lines: Sequence[Line], start: int, kinds: list[Kind], after_cc: int) -> None:
    """The offices and dates after the 抄送 list (``lines[after_cc:]``, ``kinds`` the
    closing's from ``lines[start]``), made 版记 where a date stands above the list: the
    printing line that lost its 印发 (``抄送：…`` / ``某局办公室`` / ``2024年5月12日``) signs
    nothing, the signature is the authority and the date above the list. So too where the
    signer stands above the list undated and the line after the list names an office as a
    印发 row does (``某县教育局`` / ``抄送：…`` / ``某县人民政府办公室  2024年5月6日``: the
    版记's 抄送 row then its 印发 row, the signer over them; decided, signers51: the office
    and its date no signature's, where an earlier round signed them). A list set above the
    signature (no signer or date over it) leaves the authority and the date under it signing."""
    first = after_cc - start
    if first <= 0 or first >= len(kinds):
        return  # no list, or nothing of the closing after it
    if not any(found in _DATES for found in kinds[:first]) and not _print_row_after(
        lines, start, kinds, first
    ):
        return
    for j in range(first, len(kinds)):
        if kinds[j] is Kind.AUTHORITY:
            kinds[j] = Kind.PRINT_OFFICE
        elif kinds[j] in _DATES:
            kinds[j] = Kind.OTHER


def _print_row_after(lines: Sequence[Line], start: int, kinds: list[Kind], first: int) -> bool:
    """Whether an undated signer stands over the 抄送 list (the last line of the closing
    above it that is an authority, or a note, a seal's or another, under it) and the first
    authority after the list is an office (:data:`_PRINT_OFFICE_END`), alone or with its
    date: the 版记's 印发 row that lost its 印发 under the signer and the list. So too a
    section of the signer's own (:func:`_own_print_office`: 某县教育局综合股) or the signer's
    own name again, as an authority prints its letters under its own name (``凤县某局
    2022年5月25日印发`` in a real 版记): decided, signers52, where an earlier round signed
    the section, or the signer with the printing date. Its date is the 印发 date, not the
    成文日期 the signer was written without (record.md: a 印发 date is no signature date;
    in the real 版记s read, the two are the same day, but the letter does not write the
    latter), so the signature stays undated, the date in ``dates``."""
    above = next(
        (k for k in range(first - 1, -1, -1) if kinds[k] not in (Kind.OTHER, Kind.SEAL)), None
    )
    if above is None or kinds[above] is not Kind.AUTHORITY:
        return False
    signer = "".join(lines[start + above].text.split())
    for j in range(first, len(kinds)):
        if kinds[j] is Kind.AUTHORITY:
            office = lines[start + j].text
        elif kinds[j] is Kind.AUTHORITY_DATE:
            m = authority_date(_without_table_bars(lines[start + j].text))
            office = m["authority"] if m else ""
        else:
            continue
        office = "".join(office.split())
        return (
            office.endswith(_PRINT_OFFICE_END)
            or office == signer
            or _own_print_office(office, signer)
        )
    return False


def _below_the_date(
    view: TextView, lines: Sequence[Line], j: int, floor: int, note: int | None
) -> Kind | None:
    """OTHER when ``lines[j]``, a line the closing knows nothing of, is one of a few short
    lines under the signature's date (a page's 责任编辑, 阅读 count or download link, a 印发
    line written with a colon, a label no table holds, ``文稿编辑：某科``): nothing under the
    date is the body's. Lines the closing knows may stand between them and the date (a
    contact's ``联系人：…  联系电话：…``). Never a line the closing knows nothing of that holds
    a phone number: a form's row (a proposer's 姓名 and 电话) gives no contact.

    A note's lines under its label (``温馨提示：`` / ``1.请…。`` / ``2.…。``), however many,
    are the note's: the walk goes on from the label, ``note`` (:func:`_note_label_above`
    of ``lines[j]``, None when ``lines[j]`` is no line of a note)."""
    unknown = 0
    signer_under = False  # an authority's name alone between the line and the date's place
    top = j if note is None else note - 1  # (the label is the closing's: walk from above it)
    for k in range(top, max(floor, top - _UNDER_THE_DATE_ALL) - 1, -1):
        text = _without_table_bars(lines[k].text)
        date = _date_kind(text)
        if date in (Kind.DATE, Kind.AUTHORITY_DATE) or (
            date is Kind.DAMAGED_DATE
            and (
                _DIGITS_DAY.match(text)
                or (
                    _DIGITS_ONLY.match(text)
                    and not signer_under
                    and _signer_right_over(view, lines, k, floor)
                )
            )
        ):
            # (a date that lost its 年 and 月, its 日 kept, marks the date's place too; so
            # does one that lost all three, 2025427, right under a whole authority's name)
            return Kind.OTHER if k < j else None
        if k < j and (known := kind(view, lines[k])) is not None:
            # a line of the closing (a contact's) between the date and them; a digit run is
            # the date's place only under the last authority's name (a unit's figure over
            # the next unit's name, 某局 / 1980312 / 某局 / 2015312, is a table's row)
            signer_under = signer_under or known is Kind.AUTHORITY
            continue
        text = lines[k].text.strip()
        if text[:1] in _LEGEND_FIRST and _LEGEND.match(text):
            continue  # the scheme's legend of its classes, sentences though they are
        if text[:1] == "如" and _RECOURSE.match(text):
            continue  # where to turn if not satisfied, a sentence of any length
        if text[:1] in _SENT_TO_FIRSTS and _SENT_TO_LINE.match(text):
            continue  # (如有疑问，请与某科联系，电话：…。: whom to call, so)
        if hotline_row(text):
            continue  # (a hotline's row, 服务热线：0000-…: whom to call too, its figures no form's)
        unknown += 1
        if (
            unknown > _UNDER_THE_DATE
            or len(text) > _SHORT_LINE
            or text.endswith(("。", "；", "，"))
            or _DIGIT_RUN.search(text)
        ):
            return Kind.OTHER if _listing_after_barred_date(view, lines, j, floor) else None
    return None


_NOTE_LABEL = re.compile(rf"^(?:{vocab.spellings(vocab.labels_of('note'))})[：:]")
"""A closing note's label and its colon opening a line (``注：``, ``备注：``, ``附注：``,
``温馨提示：``, ``特别提示：``, ``友情提示：``), the note on its line or under it."""


def _note_label_above(lines: Sequence[Line], j: int, floor: int) -> int | None:
    """The index of the closing note's label (:data:`_NOTE_LABEL`) that ``lines[j]`` is a
    line under, however far (a reminder's numbered points, ``1.…`` ``2.…``, a long note's
    lines), with no date between; None when it is none. :func:`closing_start` asks it once
    for a note's last line and reads the lines above it to the label as the note's."""
    for k in range(j - 1, floor - 1, -1):
        text = lines[k].text.lstrip()
        if _NOTE_LABEL.match(text):
            return k
        if _date_kind(_without_table_bars(text)) is not None:
            return None
    return None


def _listing_after_barred_date(view: TextView, lines: Sequence[Line], j: int, floor: int) -> bool:
    """Whether ``lines[j]`` is one of the page's listing of other articles under a signed
    date the page's bar follows (``2018年7月30日 |``, then news teasers cut at the list's
    width, however many and however long): a site sets its article in a table's cell and
    the listing after it. The chrome drops such lines when they stand on lines of their
    own under a date that ends its line (:func:`replyparse.chrome._after_a_barred_letter`);
    this reads them where that could not: a copy flattened onto one line, which the
    re-segmenter broke at the bar, or a listing the page's footer follows (its labels kept
    the chrome's rule off). As the chrome's rule, none of the lines holds a label's colon
    (a contact, a 抄送 stay the letter's), a signed date alone or a phone's digits, and the
    bar is the only one on the date's line in the letter as written. None of the lines, nor
    any under them, is the reply's own closing (its thanks,
    :data:`~replyparse.chrome.LETTERS_CLOSE`, or under them its signer,
    :func:`_closing_under`): a table's row in the body, its date the last cell and a bar
    after it, has the body's last paragraphs, its thanks and its signer under it, and keeps
    them."""
    original = view.original
    if (
        "|" not in original
        and "｜" not in original
        and "│" not in original
        and "┃" not in original  # (CELL_BARS, each asked inline: no generator per line)
    ):
        return False  # (most letters: no bar at all)
    origin = view.origin
    below = None  # the first line with text under the date
    for k in range(j, max(floor, j - _LISTING_LINES) - 1, -1):
        text = lines[k].text.strip()
        if not text:
            continue
        if k < j and _date_kind(_without_table_bars(text)) is Kind.DATE:
            if below is None or not _FIGURES_DATE.search(text.rstrip(CELL_BARS + " ")):
                return False
            after = original[origin[lines[k].end - 1] + 1 : origin[lines[below].start]]
            line_start = original.rfind("\n", 0, origin[lines[k].start]) + 1
            return (
                (after.strip() in _BARS or (text[-1] in _BARS and not after.strip()))
                and not _BARS.intersection(original[line_start : origin[lines[k].start]])
                and not _closing_under(view, lines, j)
            )
        if (
            ":" in text
            or "：" in text
            or _DIGIT_RUN.search(text)
            or _FIGURES_DATE.match(text)
            or LETTERS_CLOSE.search(text)  # (the reply's thanks: no teaser)
        ):
            return False
        below = k
    return False


def _closing_under(view: TextView, lines: Sequence[Line], j: int) -> bool:
    """Whether a line under ``lines[j]`` (the closing read them first) is the letter's: its
    closing sentence (:data:`~replyparse.chrome.LETTERS_CLOSE`) or a line the closing
    knows as no page's line (a signer, a seal, a date again). A page's listing has only the
    page's footer under it."""
    for line in lines[j + 1 : j + 1 + _LISTING_LINES]:
        text = line.text.strip()
        if text and (LETTERS_CLOSE.search(text) or kind(view, line) not in (None, Kind.OTHER)):
            return True
    return False


_LISTING_LINES = 12
"""The most lines of a page's listing :func:`_listing_after_barred_date` reads under a date."""
_FIGURES_DATE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")
"""A signed date in figures where its line ends (searched: the page sets its bar after it;
matched: a date alone on its line, the letter's own under a table's row)."""


_DIGIT_RUN = re.compile(r"\d{7}")
_LEGEND = re.compile(r"注\s*[：:]|[A-DＡ-Ｄ甲乙丙丁]类\s*(?:——|—|－|-|：|:)")
"""A line of the legend of the handling classes a page prints under the date (``注：办复类别
共分ABC三类。``, ``A类——所提问题已经解决…；``): a note, no body's sentence."""
_LEGEND_FIRST = frozenset("注ABCDＡＢＣＤ甲乙丙丁")
_DIGITS_DAY = re.compile(r"(?:19|20)\d{4,6}日$")
"""A date whose 年 and 月 were lost, its 日 kept (``2023630日``)."""
_DIGITS_ONLY = re.compile(r"(?:19|20)\d{4,6}$")
"""A date whose 年, 月 and 日 were all lost, a run of digits alone (``2025427``)."""
_FIGURES_ALONE = re.compile(r"[0-9０-９][0-9０-９,，.．%％]*")
"""A line of figures alone (a table's cell one a line: ``1980000``, ``12.5``, ``1,200``)."""


def _signer_right_over(view: TextView, lines: Sequence[Line], k: int, floor: int) -> bool:
    """Whether the line right over ``lines[k]`` (a damaged date's digits alone, ``2025427``)
    is a whole authority's name alone (:attr:`Kind.AUTHORITY`): the signer over its date,
    so the run stands where the 成文日期 stands and marks the date's place as a whole date
    does (dev93: a cut last line under the contacts hid the signer). A run with no signer
    right over it may be a phone's or a count's digits, and anchors nothing; nor does one
    whose signers (co-signers one a line) stand under a line of figures alone, a table's
    rows one cell a line (``某局`` / ``1980000`` / ``某局`` / ``2015312``: a unit and its
    count, no signer and date; review60f)."""
    if k - 1 < floor or kind(view, lines[k - 1]) is not Kind.AUTHORITY:
        return False
    i = k - 2
    while i >= floor and kind(view, lines[i]) is Kind.AUTHORITY:
        i -= 1
    return i < floor or _FIGURES_ALONE.fullmatch(_without_table_bars(lines[i].text).strip()) is None


_RECOURSE = re.compile(
    r"如(?:您|你|代表|委员)?对(?:本|此|该|以上|上述|我[局委办部厅院]的?)?(?:件|次)?"
    r"(?:答复|办理|处理)[^。；]{0,12}?(?:不满意|有异议|有[^。；，,！？]{0,4}?意见)"
)
"""The sentence a reply adds under its date telling where to turn when not satisfied
(``如对本答复不满意，可…``, ``如您对办理结果有异议，…``, ``如对本答复有意见，请…``, 有不同意见,
有其他意见): under the date, the closing's, whatever its length (:func:`_below_the_date`);
over the signer it ends the body."""
_SENT_TO_LINE = re.compile(rf"[（(]?(?:如[^。；！？，,]{{1,16}}[，,])?{_SENT_TO_CLAUSE}")
"""A sentence a reply adds under its date sending the reader to an office (``如有疑问，请与
某局某科联系，电话：…。``, bracketed as a note or not, :data:`SENT_TO`'s clause opening it
after a condition or none): under the date, the closing's, as :data:`_RECOURSE`'s sentence
is (decided, left61b: an earlier round read the line as the body's, and the signature
over it as its words)."""
_SENT_TO_FIRSTS = frozenset("（(如请可欢或也亦")
"""What a line :data:`_SENT_TO_LINE` matches opens with (a note's bracket, the condition's 如,
the clause's asking word): the gate before the pattern, which reads the clause whichever word
links it to the office (与, 和, 同, 向) and however long the condition before it."""
_UNDER_THE_DATE = 3
"""The most lines the closing knows nothing of that may stand under the signature's date."""
_UNDER_THE_DATE_ALL = 8
"""The most lines under the signature's date above such a line, those the closing knows
(a contact's lines) with them."""
_SHORT_LINE = 30
"""The longest such line: a page's furniture, never a paragraph."""


def signature(kinds: Sequence[Kind], lines: Sequence[Line] = ()) -> tuple[list[int], int | None]:
    """The signature's authority lines and its date line, as indexes into ``kinds``
    (``lines``, the closing's lines they tell of: a 承办单位 line under the date is read)."""
    dates = [i for i, k in enumerate(kinds) if k in _DATES]
    for d in reversed(dates):
        if kinds[d] is Kind.AUTHORITY_DATE:
            return _each_dated(kinds, lines, _joint(kinds, d - 1, [d])), d
        above = d - 1
        while above >= 0 and kinds[above] not in _DATES and kinds[above] is not Kind.AUTHORITY:
            above -= 1
        if above >= 0 and kinds[above] is Kind.AUTHORITY:
            authority = _each_dated(kinds, lines, _joint(kinds, above - 1, [above]))
            return authority, _last_side_by_side(kinds, d, len(authority))
    if dates:
        # the date written above its authority: the authority on the line below (a seal
        # note between allowed)
        below = dates[-1] + 1
        while below < len(kinds) and (
            kinds[below] is Kind.SEAL
            or (below < len(lines) and _EMPTY_SLOT.match(lines[below].text))
            # (a hotline's row, 服务热线：0000-…, over the authority that ends the letter:
            # whom to call, as under the signer; mend74b)
            or (
                below == len(kinds) - 2
                and below < len(lines)
                and kinds[below] is Kind.OTHER
                and hotline_row(lines[below].text)
            )
        ):
            below += 1
        if (
            below < len(kinds)
            and kinds[below] is Kind.AUTHORITY
            # (a level's body alone, 市委, 县政府, under an unsigned letter's date is a
            # page's menu, a line each: review58a)
            and not (below < len(lines) and _LEVEL_BODY_ALONE.fullmatch(lines[below].text.strip()))
        ):
            return [below], dates[-1]
        # no authority line at all: the office a contact line right under or over the
        # date opens with signs (``某局    联系电话：…  联系人：…``, a closing flattened
        # onto one line)
        for beside in (dates[-1] + 1, dates[-1] - 1):
            if 0 <= beside < len(kinds) and kinds[beside] is Kind.AUTHORITY_LABELS:
                return [beside], dates[-1]
        # no authority line: the unit that answers, after its label, above the date (主办单位：
        # 某局, a 协办单位 line or a contact's between allowed)
        above = dates[-1] - 1
        while above >= 0 and kinds[above] not in _DATES and kinds[above] is not Kind.HOST:
            above -= 1
        if above >= 0 and kinds[above] is Kind.HOST:
            return [above], dates[-1]
        # or under the date as the closing's last line (承办单位：某局, 单位负责人盖章： between
        # allowed; a 承办单位 with more lines under it is a note of who handled the reply)
        below = dates[-1] + 1
        while below < len(kinds) and kinds[below] in (Kind.SEAL, Kind.OTHER):
            below += 1
        if (
            (below == len(kinds) - 1 or _imprint_only_after(lines, below))
            and kinds[below] is Kind.HOST
            and below < len(lines)
            and (
                _HANDLER_ALONE.match(lines[below].text)
                or GLUED_HANDLER.match(lines[below].text)  # (its colon lost: review59e)
            )
        ):
            return [below], dates[-1]
        return [], dates[-1]
    first = next((i for i, k in enumerate(kinds) if k is Kind.AUTHORITY), None)
    if first is None:
        # no date and no authority line: the unit that answers, after its label, signs
        # (承办单位：某局 as the letter's last line), the last such line
        host = next((i for i in range(len(kinds) - 1, -1, -1) if kinds[i] is Kind.HOST), None)
        if host is None or _site_host(lines, host):
            return [], None
        return [host], None
    authority = [first]
    below = first + 1
    while below < len(kinds) and kinds[below] in (Kind.AUTHORITY, Kind.SEAL):
        if kinds[below] is Kind.AUTHORITY:
            authority.append(below)
        below += 1
    return authority, None


def _imprint_only_after(lines: Sequence[Line], row: int) -> bool:
    """Whether only the 版记 stands under ``lines[row]``: a 抄送 list, then 印发 lines or
    none (``承办单位：某局`` / ``抄送：…``, a closing whose last row a flattened copy glued to
    its label). The imprint is the letter's last part, no note under the row."""
    cc = row + 1
    if cc >= len(lines) or CC_LINE.match(lines[cc].text) is None:
        return False
    return all(_PRINTED.match(line.text) for line in lines[cc_list_end(lines, cc) + 1 :])


def _each_dated(kinds: Sequence[Kind], lines: Sequence[Line], authority: list[int]) -> list[int]:
    """``authority`` (the signer's lines over the last date) with the signers of a joint
    reply each set over its own date above them, in signing order: ``某县财政局`` /
    ``2024年5月10日`` / ``某县教育局`` / ``2024年5月12日``, also each with its date on its line
    (``某县财政局  2024年5月10日`` over ``某县教育局  2024年5月12日``), seal notes between
    allowed. Each co-signer seals and dates its own part, and the letter is complete when
    the last has signed (a joint document is dated by its last signature): every one signs,
    the last date is the letter's. Not an office of a signer's own over it or under it
    (``某局`` / date / ``某局办公室`` / date: the 版记's printing line that lost its 印发), nor
    the same name again (a page's second copy of the closing): the lines below stand alone.
    """
    if not lines:
        return authority
    while True:
        top = authority[0]
        k = top - 1
        while k >= 0 and kinds[k] is Kind.SEAL:
            k -= 1
        if k < 0 or kinds[k] not in (Kind.DATE, Kind.AUTHORITY_DATE):
            return authority
        if kinds[k] is Kind.AUTHORITY_DATE:
            upper = _joint(kinds, k - 1, [k])
        else:
            j = k - 1
            while j >= 0 and kinds[j] is Kind.SEAL:
                j -= 1
            if j < 0 or kinds[j] is not Kind.AUTHORITY:
                return authority
            upper = _joint(kinds, j - 1, [j])
        if not _other_bodies(lines, upper[-1], top):
            return authority
        authority = upper + authority


def _last_side_by_side(kinds: Sequence[Kind], d: int, signers: int) -> int:
    """The last of the dates in a row from ``d`` under joint signers set side by side, each
    its date under its name (``某县财政局    某县教育局`` / ``2024年5月10日    2024年5月12日``,
    a line the re-segmenter parts into a line a name and a line a date): the letter is
    dated by its last signature, as when each signs over its own date one under another.
    ``d`` itself when one signer signs or one date stands there."""
    if signers < 2:
        return d
    last = d
    while last + 1 < len(kinds) and last + 1 - d < signers and kinds[last + 1] is Kind.DATE:
        last += 1
    return last


def _other_bodies(lines: Sequence[Line], upper: int, lower: int) -> bool:
    """Whether the signer on ``lines[upper]`` and the one on ``lines[lower]`` (each its date
    on its line or not) are two bodies: neither name opens the other (``某局`` /
    ``某局办公室``: one body and its own office; ``某局`` / ``某局``: the same)."""
    first, second = (_signer_name(lines[i].text) for i in (upper, lower))
    return bool(first and second) and not (first.startswith(second) or second.startswith(first))


def _signer_name(text: str) -> str:
    """The authority a signer's line names, its date and blanks out (as compared above)."""
    text = _without_table_bars(text)
    m = authority_date(text)
    return "".join((m["authority"] if m else text).split())


def _joint(kinds: Sequence[Kind], above: int, authority: list[int]) -> list[int]:
    """The authority lines above ``authority`` in a row (seal notes between): a joint
    reply signed on several lines."""
    while above >= 0 and kinds[above] in (Kind.AUTHORITY, Kind.SEAL):
        if kinds[above] is Kind.AUTHORITY:
            authority.insert(0, above)
        above -= 1
    return authority
