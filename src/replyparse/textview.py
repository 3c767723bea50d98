"""An offset-keeping normalised view of a letter's text.

Extractors never rewrite the letter. They search :attr:`TextView.norm`, a cleaned copy in
which every character remembers where it came from (:attr:`TextView.origin`), and turn
their matches back into spans of the original text with :meth:`TextView.span`.

What the view cleans away, so no extractor has to:

- noise lines: page numbers (``— 1 —``, ``- 2 -``, ``第1页 共3页``), conversion leftovers
  (``image1.wmf``), lines of rule characters, a line of HTML markup alone (a web copy's
  ``<wbr id="x"></wbr>``), and a saved web page's site chrome
  (breadcrumbs, metadata tables, 打印/关闭 tools, footers: :mod:`replyparse.chrome`);
  their characters are dropped;
- white space inside a line (ASCII, full-width, no-break, tabs, form feeds), except one
  space between two ASCII letters or digits (``GB/T 9704``), unless it stands inside a
  date's numeral spread out by blanks (``2 0 2 3 年``, ``2023年1 2月``:
  :func:`inside_spread_numeral`); lines are trimmed;
- a line's indent that a copy wrote in its marks for characters it could not write (two
  or more ``?`` or U+FFFD opening the line, a no-break or ideographic space each), a line
  of such marks alone, and four or more inside a line (such a line run on after another)
  but inside a word or a quote (``某镇????供水站``, ``“????”``: characters lost):
  blanks (:func:`marked_indents`);
- invisible format characters (Unicode category Cf: zero-width space and joiners, the
  word joiner U+2060, the soft hyphen, byte-order marks, direction marks and
  embeddings); unlike spaces they never separate anything: ``20\u200d21`` reads 2021;
- full-width digits and Latin letters become ASCII (``２０２０`` → ``2020``); the look-alikes
  of the full-width colon (``∶``, ``︰``, ``﹕``) become ``：``, those of the enumeration
  comma (``丶``, ``﹑``, ``､``) ``、`` (:data:`LOOKALIKES`);
- half-width punctuation that web copies use for Chinese text becomes full-width
  (``:`` → ``：``, ``,`` → ``，``, ``(`` → ``（``), except between digits (``1,000``);
- a full stop typed as ``.`` or ``．`` reads ``。`` where no figure or name can hold it:
  right after a Han character that is no numeral (``一.`` marks a section) or after a
  closing quote, bracket or ``%``, and before no Latin letter or other dot (``已完成.下一步``,
  ``占30%.2024年``; ``1.5``, ``附件.docx``, ``……...`` stay);
- the look-alikes of the middle dot that parts a name's pieces (``阿某•某某``: ``•``, ``・``,
  ``･``, ``‧``, ``∙``, ``⋅``) read ``·`` between two Han characters, and so does a typist's
  ``.`` or ``．`` there where the run is a person named (before a role word, after a
  person's label: :data:`_NAME_PERIOD`), before the full stop's reading above;
- a year typed with a letter for one of its digits, the letter standing between digits
  of a four-digit 19xx/20xx year written right before 年 or in the brackets of a
  发文字号's year, reads as the digit it stands for (``20l6年`` → ``2016年``, ``2O19年`` →
  ``2019年``, ``〔2O23〕`` → ``〔2023〕``: l and I read 1, O and o read 0); a letter at the
  year's ends (``201l年``, ``l998年``), two letters (``20lO年``) or one glued to a code
  (``A20l6年``) stay as written; so does a month or day of two characters, one a letter,
  right between 年 and 月 or between 月 and 日 (``2023年l2月O8日`` → ``2023年12月08日``), and
  a 发文字号's serial with one letter after one of its digits, right between its year's
  bracket and 号, or a number so between 第 and 号 (``〔2024〕2l号`` → ``〔2024〕21号``,
  ``第1O号建议`` → ``第10号建议``; ``〔2024〕B12号`` stays, a local scheme's letter);
- a zero of a year in Chinese numerals typed with a letter or sign that looks like 〇
  (``二o二三年``, the Greek ``Ο`` or Cyrillic ``О`` an IME's symbol table offers, ``◯``)
  reads 〇, in a run of four numerals opening with 一 or 二 right before 年; the letter
  anywhere else stays as written (``O`` and ``0`` the date patterns read as they are);
- a section marker's 一 a scan's OCR read as a dash (``—、``, ``-、`` opening a line,
  ``（—）``, before the heading) reads 一, and its figure 1 read as the letter l (``l.``,
  ``l、`` opening a line, ``（l）``) reads 1;
- a dash between two figures typed or read as the numeral 一 (``0000一5550123``,
  ``50一100万元``, one blank allowed on either side) reads ``-``: 一 between two
  Arabic figures is no numeral;
- a day whose 日 was read 曰 (OCR of a scan: ``2023年5月8曰``), the day's numeral written
  right after 月 (or after a range's dash or 至 after a day, ``8日至10曰``), reads 日:
  曰 is no word of a modern letter, so a day so marked is a date. 曰 anywhere else (``子曰``,
  ``第3曰``) stays as written;
- a day whose 日 was read 目, or a year whose 年 was read 午 (OCR: ``2023年5月8目``,
  ``2023午5月8日``), reads 日 or 年 only where no word can stand: 目 right after a month's
  numeral, 月 and a day's numeral; 午 right after a year of four numerals that follows no
  digit or letter, before a month's numeral and 月 (``项目``, ``每月8目标``, ``下午``,
  ``2023午后`` stay as written).

Every change maps one character to one character or drops it, so ``origin`` is exact.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from replyparse import patterncache, vocab
from replyparse.chrome import CELL_BARS as CELL_BARS  # (chrome reads them first)
from replyparse.chrome import (
    PAGE_NUMBERS,
    SIGN_FIRSTS,
    SIGNS,
    after_barred_date,
    chrome_head,
    chrome_lines,
    chrome_tail,
    count_before_number,
    flat_head_title,
    misread_tail,
    page_title,
    reprint_tail,
    shows_host_footer,
    shows_page,
    tab_text_tail,
    title_after_cells,
    title_after_crumb,
)
from replyparse.fields.numerals import RANGE_DASHES
from replyparse.formatchars import FORMAT_CHARS as FORMAT_CHARS  # (chrome reads them too)
from replyparse.formatchars import FORMAT_CLASS
from replyparse.model import Span
from replyparse.newlines import normalise_newlines as normalise_newlines  # its old home
from replyparse.repeats import second_copy
from replyparse.sharing import preview_marks, shows_sharing
from replyparse.traditional import GLOSS, TONED, unglossed, wrapped_glosses

CELL_BAR = re.compile(f"[{CELL_BARS}]")


def cell_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The cells of a table's row copied as text in ``text[start:end]``
    (``届次|某会议|建议号|88``): the ranges between its bars, blanks at their ends out,
    empty ones dropped."""
    stop_at = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    at = start
    for bar in [*CELL_BAR.finditer(text, start, stop_at), None]:
        stop = bar.start() if bar is not None else stop_at
        while at < stop and text[at].isspace():
            at += 1
        while stop > at and text[stop - 1].isspace():
            stop -= 1
        if at < stop:
            out.append((at, stop))
        if bar is not None:
            at = bar.end()
    return out


_SPACES = " \r\t\u3000\u00a0\u2002\u2003\u2009\u202f\u205f\f\v"

_BLANK = _SPACES + "".join(sorted(FORMAT_CHARS))
_DIGITS_OR_BLANK = frozenset("0123456789" + _BLANK)

# A copy that wrote a page in a character set lacking its blanks (a no-break space, an
# ideographic space) put its mark for a character it could not write, ``?`` or U+FFFD, in
# each one's place: two or more of them opening a line are the line's indent, and a line of
# them alone is blank (a signer's ``??????某局`` over ``????????2023年4月27日``); so are four
# or more inside a line, where a copy that lost its line breaks ran such a line on
# (``…的支持。??????某局????????2023年4月27日``). Blanks and invisible format characters
# among them part nothing. One mark before words may be a lost character (``?某局``), and
# up to three inside a line (``拟下?0万元``, ``阪?zhèn)``, ``王??代表``) are kept; so is a
# longer run inside a line that stands inside a word or a quote (_IN_A_WORD), no line's end
# before it nor line's start after it: a name's or a title's characters a copy could not
# write (``某县????交通运输局``, ``关于????村…``, ``“????”``), which a value read over them
# keeps, as its span does. A run with a blank among its marks is no word's (a word's lost
# characters are marked in a row): the copy wrote some of the line's spacing as blanks and
# some as marks, between a header's cells (``某局? ??????签发人：王某``).
_MARK = "[?\ufffd]"
_AMONG_MARKS = f"[{re.escape(_BLANK)}]*+"
_MARK_INDENT = re.compile(
    rf"^{_AMONG_MARKS}(?P<marks>{_MARK}(?:{_AMONG_MARKS}{_MARK})+|{_MARK}(?={_AMONG_MARKS}$))"
    rf"|(?P<run>{_MARK}(?:{_AMONG_MARKS}{_MARK}){{3,}})",
    re.MULTILINE,
)
# What stands right before and right after a run of marks inside a word or a quote: a
# hanzi or a bracket or quote opening before it, a hanzi or one closing after it.
_IN_A_WORD_BEFORE = re.compile("[\u4e00-\u9fff“‘《〈（(［\\[【「『\"']")
_IN_A_WORD_AFTER = re.compile("[\u4e00-\u9fff”’》〉）)］\\]】」』\"']")
_BLANK_AMONG = re.compile(f"[{re.escape(_SPACES)}]")
# A run between a header's cells with no blank among its marks: a label of ours and its colon
# right after it (某局??????签发人：王某), or a person's label, its colon and the name or
# not, right before it (签发人：王某??????某函〔…〕, 签发人??????王某): the cells' spacing, no
# word's lost characters (left57a: an earlier round read the run as inside one word).
_LABEL_AFTER_RUN = re.compile(
    rf"(?:{vocab.spellings(tuple(e for e in vocab.labels() if e.is_label))})[ \t]*[:：]"
)
_PERSON_LABELS = tuple(
    e for e in vocab.labels() if e.is_label and e.field in ("leader", "contact_name")
)
_PERSON_BEFORE_RUN = re.compile(
    rf"(?:{vocab.spellings(_PERSON_LABELS)})[ \t]*[:：][ \t]*[\u4e00-\u9fff]{{2,4}}$"
    rf"|(?<![\u4e00-\u9fff])(?:{vocab.spellings(_PERSON_LABELS)})$"
)
"""(Its label alone, no colon and name after it, opens a cell: no hanzi glued before it, as
inside a word a title writes, 审核????流程, 工作人员????待遇, where the run is lost
characters, review57e.)"""
_PERSON_REACH = 16
"""How far before a run a person's label and its name are looked for (the longest label, its
colon and a name of four characters)."""


def marked_indents(original: str) -> list[tuple[int, int]]:
    """The spans of ``original``'s indents, blank lines and runs inside a line written in
    marks for characters a copy could not write (:data:`_MARK_INDENT`), in order, but a
    run inside a word or a quote (:func:`_in_a_word`): the view drops them as blanks."""
    if "?" not in original and "\ufffd" not in original:  # (most letters)
        return []
    return [
        m.span(m.lastindex or 0)
        for m in _MARK_INDENT.finditer(original)
        if m.lastgroup != "run" or not _in_a_word(original, *m.span())
    ]


def _in_a_word(original: str, start: int, end: int) -> bool:
    """Whether the run of marks at ``original[start:end]`` (inside a line, maximal) stands
    inside a word or a quote: a hanzi or an opening bracket or quote right before it, a
    hanzi or a closing one right after it (``某县????交通运输局``, ``“????”``), where no
    line ran on, and no blank among its marks. A run after a sentence's end, before a
    date's figures or at a line's end is blanks (``…的支持。??????某局????????2023年…``),
    and so is one a blank parts (``某局? ??????签发人：王某``: the cells' spacing), and one
    a label and its colon follow, or a person's label and name stand before
    (:data:`_LABEL_AFTER_RUN`, :data:`_PERSON_BEFORE_RUN`)."""
    return (
        start > 0
        and _IN_A_WORD_BEFORE.match(original, start - 1) is not None
        and _IN_A_WORD_AFTER.match(original, end) is not None
        and _BLANK_AMONG.search(original, start, end) is None
        and _LABEL_AFTER_RUN.match(original, end) is None
        and _PERSON_BEFORE_RUN.search(original, max(0, start - _PERSON_REACH), start) is None
    )


# A whole line that carries no letter content. Order does not matter: any match drops it.
_NOISE_LINE = re.compile(
    r"""^(?:
        """
    + "\n      | ".join(PAGE_NUMBERS)  # — 1 —, 第1页 共3页, 共3页第1页, 1/3 (chrome's)
    + r"""
      | image\d+\.(?:wmf|emf|png|jpe?g|gif|bmp)                     # conversion leftovers
      | [-－—–─━=＝_＿·•*]{3,}                                      # separator rules
      | (?:</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>\s*)+              # markup: <br>, <wbr id="x">
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
COLON_LOOKALIKES = {"∶": "：", "︰": "：", "﹕": "："}
"""Signs a copy or an input method gives for the full-width colon (the ratio sign ∶, the
vertical two-dot leader ︰, the small colon ﹕): they read ：, a label's or a salutation's
colon (``联系电话∶``, ``王某代表∶``); no letter writes them for anything else."""
DUN_LOOKALIKES = {"丶": "、", "﹑": "、", "､": "、"}
"""Signs a copy or an input method gives for the enumeration comma 、 (the radical 丶 an
input method offers for it, the small ﹑, the half-width ､): they read 、 (``一丶``,
``王某丶李某代表``); no letter writes them for anything else."""
DUN_MARKS = "、" + "".join(DUN_LOOKALIKES)
"""The enumeration comma and its look-alikes, as written (for a class of a pattern reading
the written text: a list parted by any of them)."""
LOOKALIKES = COLON_LOOKALIKES | DUN_LOOKALIKES
"""The look-alikes of punctuation the view reads as the mark they stand for."""
_HEAVY_BAR = {"┃": "│"}
"""A table's heavy box-drawing bar reads as the light one: the view holds three of
:data:`CELL_BARS`, so a gate over it asks three ``in`` (``"|" in norm or "｜" in norm or
"│" in norm``) and a ``┃`` row is read as a ``│`` one."""
ASCII_DIGITS = str.maketrans({k: v for k, v in _FULL_TO_HALF.items() if v.isdigit()})
"""Full-width digits to ASCII ones, as the view reads them (for text read as written)."""


# The width changes that need no neighbour, as one table: full-width digits, letters and
# signs become ASCII, half-width punctuation full-width (all but ``,`` and ``:``, which stay
# half-width between digits). Every one maps one character to one character.
_WIDTH = {
    **_FULL_TO_HALF,
    **{k: v for k, v in _HALF_TO_FULL.items() if k not in ",:"},
    **_HEAVY_BAR,
    **LOOKALIKES,
}
_WIDTH_TABLE = str.maketrans(_WIDTH)


def run_of(char_class: str) -> re.Pattern[str]:
    """A run of ``char_class`` (a regex class, ``[…]``), as ``char_class + "+"`` finds it,
    written as one character of the class and then any more: a pattern that opens with a
    class lets the engine skip straight to the class's characters; one that opens with a
    repeat (``[…]+``) is tried afresh at every place of the text, two to three times slower
    over a letter. The same matches, the same spans."""
    return re.compile(f"{char_class}{char_class}*")


_WIDTH_RUN = run_of(f"[{re.escape(''.join(_WIDTH))}]")

# A year typed with one letter for a digit between digits (20l6年, 2O19年: 2O.., 19l., 20l.),
# not glued after a letter or digit, and the digit each letter reads as there. The pattern
# opens with its first digit, so the engine tries only where a 1 or a 2 stands (a leading
# lookbehind made the whole-text pass several times slower).
LETTER_YEAR = re.compile(
    r"[12](?<![0-9A-Za-z].)(?:(?<=2)[Oo][0-9]|(?<=1)9[lIOo]|(?<=2)0[lIOo])[0-9]"
    r"(?=年|(?<=[〔\[［【（(﹝〖〈<]....)[〕\]］】）)﹞〗〉>])"  # 2O23年, or a 发文字号's 〔2O23〕
)
# A date's month or day of two characters typed with a letter for one digit, right
# between 年 and 月 or between 月 and 日/号 (2023年l2月, 5月O8日): nothing else stands there.
LETTER_MONTH_DAY = re.compile(
    r"(?:[0-9][lIOo]|[lIOo][0-9])"  # one digit, one letter
    r"(?:(?<=年..)(?=月)|(?<=月..)(?=[日号]))"
)
# A 发文字号's serial typed or read with one letter for a digit after a digit of it, right
# between the year's closing bracket and 号 (〔2024〕2l号, 〔2024〕1O号), and a number
# between 第 and 号 so (〔2024〕第1o号, a proposal's 第1O号): nothing else stands there; a
# letter before the digits is a local scheme's (〔2024〕B12号, 第A12号). Opens with a digit,
# as LETTER_YEAR does.
LETTER_SERIAL = re.compile(
    r"[0-9](?:(?<=[〕\]］】）)﹞〗〉>][0-9])|(?<=第[0-9]))"
    r"[0-9]{0,3}[lIOo][0-9]{0,3}(?=号)"
)
LETTER_DIGITS = str.maketrans("lIOo", "1100")
"""The letters a year typed so reads as digits."""


def _year_digits(year: re.Match[str]) -> str:
    return year.group().translate(LETTER_DIGITS)


# A zero of a Chinese-numeral year typed with a look-alike: a small o, Greek omicron,
# Cyrillic o, a large circle (二o二三年, 二Ο二三年). Searched on the letter with ASCII
# widths; each look-alike in such a year reads 〇. An invisible format character a web copy
# left among its characters (二\u200bΟΟ七年) is read past, as the view drops it.
ZERO_LOOKALIKES = "oΟοОо◯"
_CN_YEAR_CHARS = "〇○零O0一二三四五六七八九" + ZERO_LOOKALIKES
_YEAR_CHAR = f"[{FORMAT_CLASS}]*[{_CN_YEAR_CHARS}]"
CN_YEAR_ZERO = re.compile(
    f"(?<![{_CN_YEAR_CHARS}])[一二](?=(?:{_YEAR_CHAR}){{3}}[{FORMAT_CLASS}]*年)(?:{_YEAR_CHAR}){{3}}"
)
_ZERO_TABLE = str.maketrans(dict.fromkeys(ZERO_LOOKALIKES, "〇"))


def _year_zeros(year: re.Match[str]) -> str:
    return year.group().translate(_ZERO_TABLE)


# A dash between two figures typed or read as the numeral 一 (0000一5550123, 50一100万元:
# OCR reads a hyphen so, and a Chinese IME types it), one blank allowed on either side. The
# pattern opens with 一 so the engine's quick scan finds the few places to try. A figure
# alone after a Chinese numeral is a year's written with ASCII zeros (二0一0年, 二0一1年):
# its 一 is the numeral.
DASH_AS_YI = re.compile(
    r"一(?=[ \u3000]?[0-9])"
    r"(?:(?<=[0-9]一)(?<![〇○零一二三四五六七八九][0-9]一)|(?<=[0-9][ \u3000]一))"
)
# The numeral 一 of a section's marker read by a scan's OCR as a dash (—、加强…, （—）加强…):
# a dash that opens a line (its indent aside) or follows a sentence's end or a colon, right
# before 、 and a heading's first character; or alone in brackets before one. No dash
# stands there otherwise. Opens with the dashes' class, as DASH_AS_YI opens with 一.
YI_AS_DASH = re.compile(
    r"[—\-‐─](?:(?<![^\n\u3000 \t：:。；][—\-‐─])(?=、[\u4e00-\u9fff])"
    r"|(?<=[（(][—\-‐─])(?=[）)][\u4e00-\u9fff]))"
)
# The figure 1 of a section's marker typed or read as the letter l (l.加强…, l、加强…,
# （l）加强…), where YI_AS_DASH reads a marker's 一 (I stays: the Roman numeral one, I.、II.).
ONE_AS_L = re.compile(
    r"l(?:(?<![^\n\u3000 \t：:。；]l)(?=[.、．][\u4e00-\u9fff])"
    r"|(?<=[（(]l)(?=[）)][\u4e00-\u9fff]))"
)


# A day written with 曰 for 日 (OCR): its numeral right after 月, or after a range's dash
# (any of RANGE_DASHES, the dates' own: 8日−10曰 too) or 至/到 after a day (8日至10曰),
# blanks of one line allowed around it. Searched on the
# letter with ASCII digits (:func:`_widened`); only the 曰 changes.
DAY_TYPO = re.compile(
    rf"(?:(?<=月)|(?<=[日曰号][{re.escape(RANGE_DASHES)}至到])|(?<=[日曰号]——))[ \t\u3000\u00a0]*"
    r"(?:[0-3]?[0-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[ \t\u3000\u00a0]*曰"
)


def _day_mark(day: re.Match[str]) -> str:
    return day.group()[:-1] + "日"


# A day written with 目 for 日 (OCR: 2023年5月8目): only right after a month's numeral and
# 月, where no word of 目 (项目, 目前, 目标) can stand. The pattern opens with 月 so the
# engine's quick scan finds the few places to try (目 stands in most letters).
DAY_MU = re.compile(
    r"月(?:(?<=[0-9一二三四五六七八九十]月)|(?<=[0-9一二三四五六七八九十][ \u3000]月))"
    r"[ \t\u3000\u00a0]*"
    r"(?:[0-3]?[0-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[ \t\u3000\u00a0]*目"
)
# A year written with 午 for 年 (OCR: 2023午5月8日): a year of four figures or Chinese
# numerals that follows no digit or letter, then a month's numeral and 月. 上午 and 下午
# follow no year. The pattern opens with 午 so the engine tries only where one stands.
YEAR_WU = re.compile(
    r"午(?:(?:(?<=(?:19|20)[0-9]{2}午)|(?<=[一二][〇○零O0一二三四五六七八九]{3}午))"
    r"(?<![0-9A-Za-z〇○零一二三四五六七八九].{5})"
    r"|(?:(?<=(?:19|20)[0-9]{2}[ \u3000]午)|(?<=[一二][〇○零O0一二三四五六七八九]{3}[ \u3000]午))"
    r"(?<![0-9A-Za-z〇○零一二三四五六七八九].{6}))"
    r"(?=[ \t\u3000\u00a0]*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])[ \t\u3000\u00a0]*月)"
)


# Every character ``str.isdigit`` calls a digit, and more (a test checks): the ASCII digits
# and whole blocks of other scripts and signs, none of them Chinese text or its punctuation.
_DIGITISH = "0-9\u00b2-\u2bff\ua620-\uabff\uff10-\uff19\U00010000-\U0010ffff"
# A comma, and a colon, between two of them, each searched alone: a pattern that opens with
# one character scans for it several times faster than one that opens with a class, and
# few marks of a letter stand between figures.
_DIGIT_PUNCT = tuple(
    re.compile(f"{mark}(?<=[{_DIGITISH}]{mark})(?=[{_DIGITISH}])") for mark in ",:"
)


class _Blanks(NamedTuple):
    """The patterns that find a letter's blanks. There are two sets: one for any letter,
    one for a letter with no character past the BMP, which runs faster (the engine tests a
    class of BMP characters in one step, the format characters past the BMP one by one)."""

    run: re.Pattern[str]
    """A run of blanks, spaces and format characters mixed. The view drops it, or keeps one
    space for its last spaces between two ASCII letters or digits (:func:`_add_lines`)."""
    scan: Callable[[], re.Pattern[str]]
    """(The pattern, made when first asked for: each holds the page's signs, about 660 KB
    of program, and a letter needs one of the two; :func:`replyparse.patterncache.deferred`.)
    A run of blanks as :attr:`run` finds it (its first group set when it holds spaces
    alone, its second when it holds a format character), a run of :data:`_WIDTH`'s
    characters (no group), the first character of a page's sign
    (:data:`replyparse.chrome.SIGNS`, its third group set), or a vowel with a tone mark
    (:data:`replyparse.traditional.TONED`, its fourth: a pinyin gloss may be near), in one
    scan of the
    letter: a pattern that opens with a class costs its scan over the whole text, and the
    three sets of first characters share none (nor does a run hold a sign's), so each run
    is where the searches apart would find it, and a sign is found where the chrome's
    search finds one. (The spaces of a run are taken possessively, so a run whose spaces
    a format character follows is never cut short to pass as spaces alone.)"""
    formats: re.Pattern[str]
    """A format character."""
    noise: re.Pattern[str]
    """A newline before a line whose first character (blanks aside) may begin a noise
    line: each branch of :data:`_NOISE_LINE` begins with one of these. A digit begins only
    its ``1/3`` branch, so a line led by a digit is taken only when a ``/`` stands on it
    (most such lines are a date's: no line read for nothing)."""

    @classmethod
    def of(cls, blanks: str) -> _Blanks:
        blank = re.escape(blanks)
        space = re.escape("".join(ch for ch in blanks if ch not in FORMAT_CHARS))
        width = re.escape("".join(_WIDTH))
        return cls(
            run=run_of(f"[{blank}]"),
            # the first character is one of the sets'; the lookbehinds tell which, and a
            # run goes on with that set's characters only; a sign's first character is
            # taken alone, the sign looked at from before it (its lookbehinds read the text
            # before it as the chrome's search does)
            scan=patterncache.deferred(
                f"[{blank}{width}{re.escape(SIGN_FIRSTS)}{TONED}]"
                f"(?:(?<=[{space}])([{space}]*+)(?![{blank}])|(?<=[{blank}])([{blank}]*)"
                f"|(?<=[{width}])[{width}]*|(?<=(?={SIGNS}).)()|(?<=[{TONED}])())",
                re.MULTILINE,
            ),
            formats=re.compile(
                f"[{re.escape(''.join(sorted(FORMAT_CHARS.intersection(blanks))))}]"
            ),
            noise=re.compile(
                f"\n[{blank}]*(?:[-－—–─\u2014\u2015━=＝_＿·•*第共iIİı<]|\\d(?=[^\n]*/))"
            ),
        )


_ANY_BLANKS = _Blanks.of(_BLANK)
_BMP_BLANKS = _Blanks.of("".join(ch for ch in _BLANK if ch <= "\uffff"))


_UCS4_HEAD = sys.getsizeof("\U00010000") - 2 * 4
"""The bytes of a string's header when it stores four bytes a character."""


def _past_bmp(text: str) -> bool:
    """Whether ``text`` holds a character past the BMP: in UTF-16 each takes a surrogate
    pair, four bytes, every other character two (lone surrogates passed as two bytes).
    The encoder runs several times faster than a search for the characters.

    Most letters are told by their size first: CPython stores a string that holds such a
    character four bytes a character (and a final one), so one smaller than that holds
    none; a string's size is read without looking at its characters."""
    if sys.getsizeof(text) < _UCS4_HEAD + 4 * (len(text) + 1):
        return False
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _between_digits(original: str) -> list[int]:
    """Where a half-width comma or colon stands between two digits (``str.isdigit``) in
    ``original``, in order. (:data:`_DIGITISH` holds every digit: a test checks; so each
    such mark is one of :data:`_DIGIT_PUNCT`'s matches.)

    Each pattern is searched once first: most letters have no such mark, and a search that
    finds none costs less than a ``finditer`` and its loop (it finds one exactly when
    ``finditer`` does)."""
    kept: list[int] = []
    for pattern in _DIGIT_PUNCT:
        if pattern.search(original):
            kept += [
                m.start()
                for m in pattern.finditer(original)
                if original[m.start() - 1].isdigit() and original[m.start() + 1].isdigit()
            ]
    kept.sort()
    return kept


class Scanned(NamedTuple):
    """What one scan of a letter finds (:func:`_scanned`)."""

    widened: str
    """The letter with :data:`_WIDTH`'s changes made."""
    runs: list[tuple[int, int]]
    """The spans of its runs of blanks, in order."""
    shown: bool
    """Whether it holds a page's sign (:func:`replyparse.chrome.chrome_lines`' ``shown``)."""
    invisible: bool
    """Whether it holds an invisible format character (one of :data:`FORMAT_CHARS`)."""
    toned: bool = False
    """Whether it holds a vowel with a tone mark (most letters none): the gate of
    :data:`replyparse.traditional.GLOSS`."""


def _scanned(original: str, blanks: _Blanks) -> Scanned:
    """``original`` with :data:`_WIDTH`'s changes made (each run :data:`_WIDTH_RUN` finds
    translated), the spans of its runs of blanks (as ``blanks.run`` finds them), in order,
    whether it holds a page's sign and whether a format character: all from one scan
    (:attr:`_Blanks.scan`)."""
    runs: list[tuple[int, int]] = []
    shown = invisible = toned = False
    pieces: list[str] = []
    i = 0
    for m in blanks.scan().finditer(original):
        group = m.lastindex
        if group == 1:  # a run of blanks
            runs.append(m.span())
        elif group == 2:  # a run of blanks holding a format character (most letters: none)
            runs.append(m.span())
            invisible = True
        elif group == 3:  # a page's sign (most letters: none)
            shown = True
        elif group:  # a vowel with a tone mark (most letters: none)
            toned = True
        else:
            at, i_next = m.span()
            pieces += (original[i:at], m.group().translate(_WIDTH_TABLE))
            i = i_next
    # (the one sign the scan leaves out, which asks the rest of its line)
    shown = shown or shows_host_footer(original)
    if not pieces:
        return Scanned(original, runs, shown, invisible, toned)
    pieces.append(original[i:])
    return Scanned("".join(pieces), runs, shown, invisible, toned)


# The dot that parts a name's pieces in the names of Uyghur, Kazakh, Mongolian and Tibetan
# people written in Chinese (阿某·某某某) is the middle dot ·; a copy or an input method gives
# look-alikes for it (the bullet •, the katakana middle dot ・ and its half-width ･, the
# hyphenation point ‧, the operators ∙ ⋅): between two Han characters they read ·, so every
# rule that reads a name with · reads it (a name stays as written in the record).
NAME_DOT_LOOKALIKES = "•・･‧∙⋅"
DOTTED_NAME = r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,2}"
"""A person's name whose parts the middle dot parts, as the view reads it (阿某·某某某: up to
eight characters a part, three parts), for every reader of names (addressees, contacts,
the person glued after a signer)."""
_NAME_DOT = re.compile(f"(?<=[\u4e00-\u9fff])[{NAME_DOT_LOOKALIKES}](?=[\u4e00-\u9fff])")
_NAMES_LISTED = 20
"""How many names a list before the role word may hold for a typist's dot in its first to
read · (a salutation lists a few; a bound keeps the look-ahead linear)."""
# A typist's full stop for it (阿某.某某, 阿某．某某) reads · only where the run is a person
# named: before a role word and the colon or asking word after it, other names and 、
# between them or not (阿某.某某委员：, 阿某.某某、李某代表：, 阿某.某某代表提出的), or after a
# person's label and its colon (联系人：艾某.某某，…). Elsewhere a dot after a Han character
# is a full stop (已完成.下一步; 一、某某方面.十四五期间…: a 、 alone before it is no list of
# names): :data:`_PERIOD`. After the dot the name's next part opens, no role's level or a
# collective word (已高度重视.市人大代表在…, 感谢您的关心.各位代表提出的…: a full stop), and a
# list of names before the role holds a bounded count of them (a long run stays linear).
_NAME_PERIOD = re.compile(
    r"(?:(?P<label>人[：:])|[、，：:\n ]|^|尊敬的)(?P<run>[\u4e00-\u9fff]{1,8})"
    r"(?<![一二三四五六七八九十〇零两百])\.(?=[\u4e00-\u9fff])"
    r"(?P<role>(?=(?![省市县区乡镇州盟旗]?(?:人大|政协)|全国|各位|全体|广大|诸位)"
    rf"(?:[\u4e00-\u9fff.·]{{1,12}}?、){{0,{_NAMES_LISTED}}}[\u4e00-\u9fff.·]{{1,12}}?"
    rf"(?:{vocab.alternation('roles')})(?:[：:（(]|提出|所提|等|在|领衔|联名)))?",
    re.MULTILINE,
)
# After a person's label the name's last part ends the value: a separator, a blank or the
# line's end after it (联系人：艾某.某某，电话…), not another label's words (联系人：王某.联系
# 电话：…, 王某.电话0000…: a full stop between the name and the next label).
_NAME_PART_END = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[，,；;、（(\s]|$)")
# What every match of :data:`_NAME_PERIOD` holds, a dot between Han characters: a text with
# none is left as it stands without the sub's slower scan (the dot first, as in _PERIOD).
_HAN_DOT_HAN = re.compile(r"\.(?<=[\u4e00-\u9fff]\.)(?=[\u4e00-\u9fff])")


# Characters a clause holds and no transliterated name's part does (an aspect's 已, 了, 完,
# 毕, 悉; 的; a passive's 被, 把; 这, 该, 此; 也, 还, 并, 均): the words before such a dot end a
# sentence (已完成.王某代表在…, 道路改造完毕.各位…, 收悉.王某委员提出的…), and the name after
# it opens the next one.
_CLAUSE_PART = re.compile("[已了的完毕悉被把这该此也还并均]")


def _name_period(m: re.Match[str]) -> str:
    """The match of :data:`_NAME_PERIOD` with its dot read ·, where the run is a person named
    (after a person's label, its last part ending the value, or before a role word) and the
    words before the dot are no clause's (:data:`_CLAUSE_PART`); else as it stands."""
    if (
        m.group("role") is not None
        or (m.group("label") and _NAME_PART_END.match(m.string, m.end()) is not None)
    ) and _CLAUSE_PART.search(m.group("run").removeprefix("尊敬的")) is None:
        return m.group()[:-1] + "·"
    return m.group()


# A full stop a copy typed as ``.`` (or ``．``): right after a Han character that is no
# numeral (一. is a section's marker) or after a closing quote or bracket or %, and before no
# Latin letter (the end of a sentence, not a file's name; 1.5 has a digit before it).
# (The dot first: the search then skips to each dot, where a pattern opening with a
# look-behind is tried at every character.)
_PERIOD = re.compile(
    r"\.(?<=[\u4e00-\u9fff”’」』》）)%]\.)(?<![一二三四五六七八九十〇零两百]\.)(?![A-Za-z.])"
)
_LISTED_DOT = re.compile(r"^[ \t\u3000•·●▪\-]*\d{0,4}[（(]\d{1,3}[）)]\.", re.MULTILINE)
"""A list's number that opens a line, a bracketed figure (a figure before it or not) and a
dot (``(1).``, ``004(1).`` of a page's listing): the dot is the number's, no full stop
(fix92: an earlier round read ``。`` there, and the line under such a number was no title)."""


# A character of a person's name that a copy could not write, its mark in the character's
# place (a GBK copy's ``?``, a decoder's U+FFFD, a typesetter's □ or 〓 for a glyph it
# lacks): ``王?明代表：``, ``李□华委员：``, ``张?代表：``. The view reads the mark as 某
# (one for one: the value keeps the mark as written, :meth:`TextView.source`), so the
# names read whole, not cut at a question mark. Asked only in a salutation's shape: names
# at the line's start (after an opener, a colon, blanks or a list's 、), each opening with
# a Han character and two to four long, a role word after them and its colon or greeting;
# a mark is read so only in a name opening with a common surname (a question's words
# before a role, 问：能否?代表：, 为何?委员：, are no name). A full-width ？ is a question
# mark as typed, never asked. Decided (fix124): a mirror's hyphen in the place of a name's
# last character it could not write (``袁小-、李某代表：``, two Han characters or three
# before it) is such a mark too; a hyphen between two names' characters stays as read.
_LOST_MARKS = "?\ufffd□〓-"
_LOST_NAME_PIECE = "(?:[\u4e00-\u9fff][\u4e00-\u9fff？\ufffd□〓]{1,3}?|[\u4e00-\u9fff]{2,3}-)"
_LOST_IN_NAMES = re.compile(
    r"(?:^|(?<=[\s：:、，,])|(?<=尊敬的)|(?<=亲爱的))"
    rf"{_LOST_NAME_PIECE}(?:[、，,]{_LOST_NAME_PIECE}){{0,20}}"
    r"(?=(?:等(?:[0-9一二三四五六七八九十两]+[位名])?)?"
    rf"(?:{vocab.alternation('roles')})们?[ \t\u3000]*(?:[：:]|[，,]?[您你]好))",
    re.MULTILINE,
)
_LOST_NAME_SEPARATORS = re.compile("[、，,]")
_HYPHEN_ENDS_NAME = re.compile(
    rf"[\u4e00-\u9fff]-(?=[、，,]|(?:{vocab.alternation('roles')})们?[ \t\u3000]*[：:])"
)
"""A hyphen right after a Han character and before a list's separator or a role and its
colon: where a mirror's mark for a name's lost character may stand (the search's gate)."""
_SURNAMES = vocab.word_set("surnames")


def _lost_in_names(original: str, widened: str) -> str:
    """``widened`` with each mark of :data:`_LOST_MARKS` inside a salutation's names
    (:data:`_LOST_IN_NAMES`) that opens with a common surname read 某: one character for
    one."""
    chars: list[str] | None = None
    for m in _LOST_IN_NAMES.finditer(widened):
        start = m.start()
        for piece in _LOST_NAME_SEPARATORS.split(m.group()):
            if piece[:1] in _SURNAMES or piece[:2] in _SURNAMES:
                for at in range(start, start + len(piece)):
                    if original[at] in _LOST_MARKS:
                        if chars is None:
                            chars = list(widened)
                        chars[at] = "某"
            start += len(piece) + 1
    return widened if chars is None else "".join(chars)


def _widened(original: str, widened: str) -> str:
    """``original`` with every change made that needs no blanks' neighbours: :data:`_WIDTH`
    (made already in ``widened``), and each comma or colon full-width unless it stands
    between digits (how it reads when the character before it is kept; :func:`_add_lines`
    reads one after blanks again). One character for one: offsets stay."""
    # each year so typed holds one of its letters (``in`` finds a character in C, fast)
    if "l" in widened or "I" in widened or "O" in widened or "o" in widened:
        widened = LETTER_YEAR.sub(_year_digits, widened)
        widened = LETTER_MONTH_DAY.sub(_year_digits, widened)
        widened = LETTER_SERIAL.sub(_year_digits, widened)
        widened = ONE_AS_L.sub("1", widened)
    # (each look-alike asked by ``in`` through map: no generator stepped per look-alike)
    if any(map(widened.__contains__, ZERO_LOOKALIKES)):
        widened = CN_YEAR_ZERO.sub(_year_zeros, widened)
    if "曰" in widened:
        widened = DAY_TYPO.sub(_day_mark, widened)
    if "目" in widened:
        widened = DAY_MU.sub(_day_mark, widened)
    if "午" in widened:
        widened = YEAR_WU.sub("年", widened)
    if "一" in widened:
        widened = DASH_AS_YI.sub("-", widened)
    if "—" in widened or "-" in widened or "─" in widened or "‐" in widened:
        widened = YI_AS_DASH.sub("一", widened)
    if any(map(widened.__contains__, NAME_DOT_LOOKALIKES)):
        widened = _NAME_DOT.sub("·", widened)
    if (
        "?" in original
        or "\ufffd" in original
        or "□" in original
        or "〓" in original
        or ("-" in original and _HYPHEN_ENDS_NAME.search(original) is not None)
    ):
        widened = _lost_in_names(original, widened)
    if "." in widened:
        if _HAN_DOT_HAN.search(widened) is not None:
            widened = _NAME_PERIOD.sub(_name_period, widened)
        listed = (
            {m.end() - 1 for m in _LISTED_DOT.finditer(widened)}
            if ")." in widened or "）." in widened
            else None
        )
        widened = _PERIOD.sub(
            (lambda m: m.group() if m.start() in listed else "。") if listed else "。", widened
        )
    if "," not in widened and ":" not in widened:
        return widened
    kept = _between_digits(original)
    widened = widened.replace(",", _HALF_TO_FULL[","]).replace(":", _HALF_TO_FULL[":"])
    pieces: list[str] = []
    i = 0
    for at in kept:
        pieces += (widened[i:at], original[at])
        i = at + 1
    pieces.append(widened[i:])
    return "".join(pieces)


def _dropped_lines(
    original: str, blanks: _Blanks, shown: bool, invisible: bool
) -> list[tuple[int, int]]:
    """Where the lines the view drops whole lie in ``original`` (their newlines aside), in
    order: site chrome (:func:`replyparse.chrome.chrome_lines`; ``shown`` from
    :func:`_scanned`), noise lines, and the second copy of a letter the page stores twice
    (:func:`replyparse.repeats.second_copy`)."""
    spans: set[tuple[int, int]] = set()
    # (the letter's lines, split there when read)
    chrome = chrome_lines(None, original, shown, invisible)
    if chrome:
        # a page's title cell: its value stays, a line of its own (the rest of its line goes)
        title = page_title(original)
        start = 0
        head = True  # (no line of the letter's met yet: a title after cells is looked for)
        for index, line in enumerate(original.split("\n")):
            if index not in chrome and head and line.strip():
                head = False
            if index in chrome:
                end = start + len(line)
                if title is not None and title[0] <= end and start <= title[1]:
                    # (the value may run on to the next line: a row printed at a width)
                    cut = ((start, max(start, title[0])), (max(start, title[1]), end))
                    spans.update(s for s in cut if s[0] < s[1])
                elif (number := count_before_number(line)) is not None:
                    spans.add((start, start + number))  # (the page's count; its 发文字号 stays)
                elif head and (titled := title_after_cells(line)) is not None:
                    # (the page's cells over the letter; the title after them stays, once)
                    spans.add((start, start + titled))
                    head = False
                elif head and (titled := title_after_crumb(line, original)) is not None:
                    # (a crumb whose last step is the page's only title: the title stays)
                    spans.add((start, start + titled))
                    head = False
                else:
                    spans.add((start, end))
            start += len(line) + 1
        if shows_sharing(original):  # (a sharing site's preview: the marks of its pieces)
            spans.update(preview_marks(original, chrome))
    tail = _chrome_tail(original, chrome) if shown else None
    if tail is not None:  # (a flattened page: its chrome ran on at the letter's end)
        spans.add(tail)
    # (a flattened page's footer misread from another encoding, on any letter: no page sign
    # shows in it, its 网站地图 or ICP备 misread too)
    misread = _chrome_tail(original, chrome, misread_tail)
    if misread is not None and (tail is None or misread[0] < tail[0]):
        spans.add(misread)
    # (a flattened page's listing of other articles after the bar it set after the letter's
    # date, on any letter: the bar shows the page)
    barred = _chrome_tail(original, chrome, after_barred_date) if "|" in original else None
    if barred is not None and (tail is None or barred[0] < tail[0]):
        spans.add(barred)
    # (an aggregator's trailer a flattened copy ran on after the letter's date, on any
    # letter: its labels show it)
    reprint = _chrome_tail(original, chrome, reprint_tail)
    if reprint is not None and (tail is None or reprint[0] < tail[0]):
        spans.add(reprint)
    # (a page's second tab's text a flattened copy ran on after the reply's signed date:
    # its tab strip shows it, on any letter)
    tabbed = _chrome_tail(original, chrome, tab_text_tail) if "答复内容" in original else None
    if tabbed is not None and (tail is None or tabbed[0] < tail[0]):
        spans.add(tabbed)
    # (a flattened page: its chrome ran on before the letter's salutation)
    spans.update(_chrome_head(original, chrome, shown))
    # a newline put before the text stands before the first line: each match's start in
    # that text is where its line starts in ``original``
    pages: list[tuple[int, int]] = []  # (the noise lines: page numbers mark a page break)
    for m in blanks.noise.finditer("\n" + original):
        start = m.start()
        end = original.find("\n", start)
        end = len(original) if end < 0 else end
        bare = blanks.formats.sub("", original[start:end].strip(_BLANK))
        if _NOISE_LINE.match(bare):
            spans.add((start, end))
            pages.append((start, end))
    if pages:  # (a page's header stands at a page break: by its number, most letters none)
        spans.update(running_headers(original, pages))
    copy = second_copy(original, chrome, invisible)  # (the scan told ``invisible``)
    if copy:  # (a letter the page stores twice: its second copy's lines, chrome among them)
        spans = {s for s in spans if not copy[0][0] <= s[0] <= copy[-1][1]}
        spans.update(copy)
    return sorted(spans)


def _dropped_past_glosses(
    original: str, glosses: list[tuple[int, int]], blanks: _Blanks, shown: bool, invisible: bool
) -> list[tuple[int, int]]:
    """:func:`_dropped_lines` of a letter a mirror glossed in pinyin (``當(dāng)前位置``,
    ``發(fā)文機(jī)關(guān)``, ``glosses`` their spans, in order): read in a copy without
    them (:func:`replyparse.traditional.unglossed`), as the view reads the letter, so a
    page's labels and crumbs are known; its spans are given back in ``original`` (a span's
    end after the gloss of its last character: the view drops that too). A gloss holds no
    newline: the lines are the same."""
    bare, back = unglossed(original, glosses)
    # (a page's sign a gloss parts, ``处理状态(tài)``, shows the page in the copy without
    # them: looked for there when the letter showed none, fix7677)
    shown = shown or shows_page(bare)
    return [(back(a), back(b)) for a, b in _dropped_lines(bare, blanks, shown, invisible)]


def _chrome_tail(
    original: str, chrome: frozenset[int], reader: Callable[[str], int | None] = chrome_tail
) -> tuple[int, int] | None:
    """Where the site's chrome that a flattened page ran on after the letter's last line
    lies in ``original`` (:func:`replyparse.chrome.chrome_tail`, or ``reader``): the last
    line with text that is no chrome line (``chrome``, the indices of those) ends with it;
    None when it ends with none."""
    end = len(original)
    index = original.count("\n")  # (the last line's index)
    while True:
        start = original.rfind("\n", 0, end) + 1
        if index not in chrome and not original[start:end].isspace() and start < end:
            break
        if start == 0:
            return None
        end, index = start - 1, index - 1
    at = reader(original[start:end])
    return None if at is None else (start + at, end)


def _chrome_head(original: str, chrome: frozenset[int], shown: bool) -> list[tuple[int, int]]:
    """Where the site's chrome that a flattened page ran on before the letter lies in
    ``original`` (:func:`replyparse.chrome.chrome_head`): the first line with text that is
    no chrome line (``chrome``, the indices of those) holds it."""
    start, index = 0, 0
    while True:
        end = original.find("\n", start)
        end = len(original) if end < 0 else end
        if index not in chrome and not original[start:end].isspace() and start < end:
            break
        if end == len(original):
            return []
        start, index = end + 1, index + 1
    line = original[start:end]
    head = chrome_head(line, shown)
    title = flat_head_title(line, head) if head else None
    if title is not None:  # (a page's title cell: its value stays, as a lined page's does)
        head = [
            part
            for a, b in head
            for part in ((a, min(b, title[0])), (max(a, title[1]), b))
            if part[0] < part[1]
        ]
    return [(start + a, start + b) for a, b in head]


_HEAD_LINES = 2
"""How many of a letter's first lines a PDF's running header may repeat: the authority's
name over the title, or the title."""
_RUNNING_LONGEST = 40
"""The longest running header: a name or a title on one line."""
_RUNNING_SHORTEST = 4
# A line the header may stand over only when it is the body's (a sentence's clause), never a
# closing line: one that opens with a label (抄送：…，…。 under the signer, （联系人：…，…）)
# or a note of the letter's (（此件公开发布，…）).
_CLAUSE_MARK = re.compile(r"[，。；！？,;]")
_LABEL_AT = 8
"""How far into the line under a running header a colon marks it a label's line."""
_CLOSING_OPENS = re.compile(r"[（(]?(?:此件|本件|抄送|抄报|联系|附件|印发|承办|经办|电话|地址)")


def running_headers(original: str, pages: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a PDF's running header stands in the body (its line's span in ``original``):
    one of the letter's first two lines (the authority's name, the title) written again,
    alone on its line right over or under a page's number (``pages``, the noise lines'
    spans; blank lines between), between two lines of the body: the line under it a
    sentence's clause that opens with no closing label or note, the line over it no list's
    head (``：``, ``、``); or inside the closing, between the signature's date or a label's
    line and a label's line (``办理结果：…``, ``联系人：…``). The signer under the body, the
    same name over its date, is none: no clause or label follows it."""
    heads: list[str] = []
    at = 0
    while len(heads) < _HEAD_LINES and at < len(original):
        end = original.find("\n", at)
        end = len(original) if end < 0 else end
        first = original[at:end].strip(_BLANK)
        if first and not _NOISE_LINE.match(first):
            heads.append(first)
        at = end + 1
    heads = [h for h in heads if _RUNNING_SHORTEST <= len(h) <= _RUNNING_LONGEST]
    # (a name or a title: no label's colon after it, no clause or sentence in it)
    heads = [h for h in heads if h[-1] not in "：:" and _CLAUSE_MARK.search(h) is None]
    out: list[tuple[int, int]] = []
    for page in pages if heads else ():
        for step in (-1, 1):
            line = _neighbour_line(original, page, step)
            if (
                line is not None
                and line[0] >= at
                and original[line[0] : line[1]].strip(_BLANK) in heads
                and _between_paragraphs(original, line)
            ):
                out.append(line)
    return out


def _line_at(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _neighbour_line(text: str, line: tuple[int, int], step: int) -> tuple[int, int] | None:
    """The next line of ``text`` above (``step`` -1) or under (1) ``line`` with text, noise
    lines (page numbers) passed over; None at the text's ends."""
    start, end = line
    while True:
        if step < 0:
            if start == 0:
                return None
            start, end = _line_at(text, start - 1)
        else:
            if end >= len(text):
                return None
            start, end = _line_at(text, end + 1)
        bare = text[start:end].strip(_BLANK)
        if bare and not _NOISE_LINE.match(bare):
            return start, end


def _neighbour(text: str, line: tuple[int, int], step: int) -> str:
    """The text of :func:`_neighbour_line` (``""`` at the text's ends)."""
    found = _neighbour_line(text, line, step)
    return "" if found is None else text[found[0] : found[1]].strip(_BLANK)


def _between_paragraphs(text: str, line: tuple[int, int]) -> bool:
    above, below = _neighbour(text, line, -1), _neighbour(text, line, 1)
    if not above or above[-1] in "：:、":
        return False
    labelled = "：" in below[:_LABEL_AT] or ":" in below[:_LABEL_AT]
    if _CLAUSE_MARK.search(below) is not None and not labelled:
        return _CLOSING_OPENS.match(below) is None
    # in the closing: between the signature's date or a label's line and a label's line
    # (the signer stands over its date, never over a label)
    return labelled and (
        _DATE_LINE.fullmatch(above) is not None
        or "：" in above[:_LABEL_AT]
        or ":" in above[:_LABEL_AT]
    )


# A line of the signature's date alone (2024年5月10日, 二〇二四年五月十日).
_DATE_LINE = re.compile(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日"
)


_OFFSETS = tuple(range(1 << 15))
"""The offsets of a letter's first 32,768 characters, made once: most of a view's
``origin`` is runs of them, and a run copied from here costs a quarter of making its
numbers again (:func:`_offsets`)."""


def _offsets(start: int, stop: int) -> Sequence[int]:
    """``range(start, stop)``, from :data:`_OFFSETS` where it holds them (the same numbers)."""
    return _OFFSETS[start:stop] if stop <= len(_OFFSETS) else range(start, stop)


def _add_lines(
    original: str,
    widened: str,
    runs: list[tuple[int, int]],
    start: int,
    stop: int,
    chars: list[str],
    origin: list[int],
) -> None:
    """Add ``original[start:stop]``, whole lines and their newlines, to the view:
    ``widened`` (the letter as :func:`_widened` reads it) copied a run at a time, and at
    each run of blanks (``runs``: the spans of the runs there, in order) what the
    characters around it make of it.

    The character before a run (its line's, else the newline before it) stands for the
    last one kept on the line: a run keeps a space only before an ASCII letter or digit,
    never before a blank, so no space kept stands between. A comma or colon right after a
    run is read again with it."""
    i = start
    for at, to in runs:
        chars.append(widened[i:at])
        origin.extend(_offsets(i, at))
        last = widened[at - 1] if at else ""
        nxt = original[to] if to < len(original) else ""
        if (
            _is_ascii_alnum(last)
            and _is_ascii_alnum(nxt)
            and original[to - 1] in _SPACES
            and not inside_spread_numeral(widened, at, to)
        ):
            chars.append(" ")
            origin.append(at + len(original[at:to].rstrip(_SPACES)))  # the run's last spaces
        i = to
        if nxt == "," or nxt == ":":  # ``widened`` read it by the blank before it
            after = original[to + 1] if to + 1 < len(original) else ""
            chars.append(nxt if last.isdigit() and after.isdigit() else _HALF_TO_FULL[nxt])
            origin.append(to)
            i = to + 1
    chars.append(widened[i:stop])
    origin.extend(_offsets(i, stop))


_DIGITS = frozenset("0123456789")
_YEAR_OPEN = frozenset("〔[［【（(﹝〖〈<")
_YEAR_CLOSE = frozenset("〕]］】）)﹞〗〉>")
"""The brackets of a 发文字号's year (:data:`replyparse.elements.OPEN`, either width)."""
_NUMERAL_REACH = 16
"""How far a date's numeral spread by blanks may reach on either side of one of its blanks
(``2 0 2 3 年`` takes eight characters): past it, no numeral is read (a line of figures)."""


def inside_spread_numeral(text: str, at: int, to: int) -> bool:
    """Whether the blanks ``text[at:to]``, between two ASCII digits, stand inside a date's
    or a serial's numeral spread out by blanks (a justified line a PDF's text spaced out, a
    scan's OCR): a year of four digits opening with 1 or 2 right before 年 (``2 0 2 3 年``,
    ``20 23年``) or inside the brackets of a 发文字号 (``〔20 23〕``), a month or day of two
    digits right between 年 and 月 or 月 and 日/号 (``年1 2月``), or a serial of two to six
    digits right between 第 or a 发文字号's closing bracket and 号 (``第1 2号``, ``〕1 2号``,
    a letter-spaced title's ``第 1 8 1 0 4 5 号``).
    Such blanks part nothing: the view drops them as it drops blanks between hanzi.

    ``text`` is the letter with ASCII digits (one character for each of the letter's)."""
    start = at
    while start > 0 and at - start < _NUMERAL_REACH and text[start - 1] in _DIGITS_OR_BLANK:
        start -= 1
    end = to
    while end < len(text) and end - to < _NUMERAL_REACH and text[end] in _DIGITS_OR_BLANK:
        end += 1
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before in _DIGITS_OR_BLANK or after in _DIGITS_OR_BLANK:
        return False  # past the reach: a line of figures, no date's numeral
    digits = "".join(ch for ch in text[start:end] if ch in _DIGITS)
    if after == "年":
        return len(digits) == 4 and digits[0] in "12" and not _is_ascii_alnum(before)
    if after == "月":
        return before == "年" and len(digits) == 2
    if after == "日" or after == "号":
        if before == "月":
            return len(digits) == 2
        return after == "号" and (before == "第" or before in _YEAR_CLOSE) and len(digits) <= 6
    if after in _YEAR_CLOSE:
        return before in _YEAR_OPEN and len(digits) == 4
    return False


@dataclass(unsafe_hash=True, slots=True)
class Line:
    """One line of the normalised view: ``view.norm[start:end]``.

    Never changed once made: it is hashed and compared by its fields. (Not declared frozen:
    a frozen dataclass sets each field through ``object.__setattr__``, which made a Line
    four times as dear to build, and every view, part and cut makes them. Slotted: no
    instance dict to fill, and its fields, read all through the parse, read off slots.)"""

    index: int
    start: int
    end: int
    text: str

    def __bool__(self) -> bool:
        return bool(self.text)


def _skips(origin: list[int], start: int, end: int) -> list[int]:
    """Every ``i`` in ``start < i <= end`` where ``origin`` skips a character
    (``origin[i] - origin[i - 1] > 1``), in order, on a stretch where it only grows.

    There ``origin[i] - i`` never falls, and it rises exactly where a character is
    skipped: each skip is found by halving the stretch after the last one (a few steps
    for a line's one or two skips, not one per character)."""
    out: list[int] = []
    lo, lead = start, origin[start] - start
    while origin[end] - end > lead:  # a skip lies in (lo, end]: the first one is b
        a, b = lo, end  # origin[a] - a == lead < origin[b] - b
        while b - a > 1:
            mid = (a + b) // 2
            if origin[mid] - mid > lead:
                b = mid
            else:
                a = mid
        out.append(b)
        lo, lead = b, origin[b] - b
    return out


def _outside(runs: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs of ``runs`` (in order) that lie inside none of ``spans`` (in order, apart)."""
    if not spans:
        return runs
    starts = [start for start, _ in spans]
    kept = []
    for run in runs:
        i = bisect_right(starts, run[0]) - 1
        if i < 0 or run[1] > spans[i][1]:
            kept.append(run)
    return kept


def _joined_runs(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``runs`` (in order, apart or touching) with the ones that touch joined into one."""
    out = [runs[0]]
    for start, end in runs[1:]:
        if start == out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def invisible_alone(original: str, before: int, at: int) -> bool:
    """Whether the characters between ``original[before]`` and ``original[at]``, which a
    view dropped, are invisible format characters alone (``自\\u200b治县``: a web copy's
    zero-width space separates nothing, as the view reads it): no gap there."""
    return FORMAT_CHARS.issuperset(original[before + 1 : at])


def gloss_alone(original: str, before: int, at: int) -> bool:
    """Whether the characters between ``original[before]`` and ``original[at]``, which a
    view dropped, are a mirror's pinyin gloss alone (``衛(wèi)健``, an invisible format
    character beside it or not): no gap there, as the view made from the letter reads it
    (its gaps are its runs of blanks, never a gloss). A view made from its parts (the
    re-segmenter's, the unwrapper's) sees only where characters were dropped, so it asks:
    an earlier round read a gap at every gloss there, and cut a 发文字号's code at one
    (``岳縣衛(wèi)健字〔…〕3號`` → ``健字〔…〕3號``) once a class mark glued after the
    number made the re-segmenter break its line."""
    dropped = original[before + 1 : at]
    if FORMAT_CHARS.intersection(dropped):
        dropped = "".join(ch for ch in dropped if ch not in FORMAT_CHARS)
        return GLOSS.fullmatch(original[before] + dropped, 1) is not None
    return GLOSS.fullmatch(original, before + 1, at) is not None


class TextView:
    """A normalised copy of ``original`` with a map from each kept character back to it."""

    _runs: list[tuple[int, int]] | None = None
    """The spans of the letter's runs of blanks, for a view made from the letter (not
    :meth:`from_parts`): where its gaps can be (:meth:`_gap_list`)."""
    invisible: bool | None = None
    """Whether the letter holds an invisible format character (:data:`FORMAT_CHARS`), for a
    view made from the letter; None for one made from its parts (not known)."""
    glossed: bool = False
    """Whether the view dropped a pinyin gloss of the letter's
    (:data:`replyparse.traditional.GLOSS`), for a view made from the letter."""

    lines: tuple[Line, ...]
    """Every line of the view, blank ones included, so indices follow the text."""
    content_lines: tuple[Line, ...]
    """The non-blank lines."""

    def __init__(self, original: str, parts: tuple[str, list[int]] | None = None) -> None:
        """The view of ``original``; ``parts`` (its ``norm`` and ``origin``, made
        elsewhere) is :meth:`from_parts`'s."""
        self.original = original
        if parts is not None:
            self.norm, self.origin = parts
            self._set_lines()
            return
        chars: list[str] = []  # pieces of the view: runs of the letter, single characters
        origin: list[int] = []
        blanks = _ANY_BLANKS if _past_bmp(original) else _BMP_BLANKS
        widened, runs, shown, self.invisible, toned = _scanned(original, blanks)
        widened = _widened(original, widened)
        glosses = [m.span() for m in GLOSS.finditer(original)] if toned else None
        if glosses is not None and "\n" in original:
            # (a gloss a hard-wrapped copy broke over two lines: its two pieces)
            glosses = sorted(glosses + wrapped_glosses(original))
        if not glosses:  # (most letters)
            dropped = _dropped_lines(original, blanks, shown, self.invisible)
        else:  # the chrome read past the glosses, as the view reads
            dropped = _dropped_past_glosses(original, glosses, blanks, shown, self.invisible)
        if glosses and self.invisible:
            # an invisible character inside a gloss (``(yùn\ufeff)``) goes with the gloss:
            # its run is neither dropped twice nor a gap
            runs = _outside(runs, glosses)
        if marks := marked_indents(original):
            # an indent in a copy's marks for blanks it could not write is blanks: one run
            # with the blanks among and beside its marks
            runs = _joined_runs(sorted(_outside(runs, marks) + marks))
        self._runs = runs
        if glosses:
            # a pinyin gloss is dropped as a run of blanks is (and makes no gap)
            runs = sorted(runs + glosses)
            self.glossed = True
        if not dropped:  # (most letters)
            _add_lines(original, widened, runs, 0, len(original), chars, origin)
        else:
            # no run of blanks holds a newline: each lies in one stretch between dropped
            # lines (which start after a newline), or in a dropped line
            at = 0
            for start, end in [*dropped, (len(original), len(original))]:
                ahead = runs[bisect_left(runs, (at,)) : bisect_left(runs, (start,))]
                _add_lines(original, widened, ahead, at, start, chars, origin)
                at = end
        self.norm = "".join(chars)
        self.origin = origin
        self._set_lines()

    def _set_lines(self) -> None:
        """:attr:`lines` and :attr:`content_lines`, made with the view: every view
        ``parse_text`` makes is read by its lines, and a plain attribute is read without
        the property's frame (about 0.56k instructions an ask, some fourteen a corpus
        letter)."""
        self.lines = self._work_out_lines()
        self.content_lines = tuple([line for line in self.lines if line.text])

    @classmethod
    def from_parts(
        cls,
        original: str,
        norm: str,
        origin: list[int],
        *,
        invisible: bool | None = None,
        glossed: bool = False,
    ) -> TextView:
        """A view whose ``norm`` and ``origin`` were made elsewhere (one character of
        ``original`` per character of ``norm``): :mod:`replyparse.resegment` adds line
        breaks to a view this way. ``invisible`` and ``glossed``: the letter's view's
        :attr:`invisible` and :attr:`glossed`, when the view is made from that one."""
        view = cls(original, (norm, origin))
        view.invisible = invisible
        view.glossed = glossed
        return view

    # -- mapping -------------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        """The original span of ``norm[start:end]`` (``end`` exclusive, non-empty)."""
        origin = self.origin
        if end <= start:
            at = origin[start] if start < len(origin) else len(self.original)
            return (at, at)
        return (origin[start], origin[end - 1] + 1)

    def past_dropped_lines(self, pos: int) -> int:
        """``pos``, a line break of ``norm``, or the last of the line breaks right after it
        each of which follows a whole line the view dropped (a page's number, ``— 2 —``,
        where a page of the letter ended inside a sentence): the breaks read as one. A
        blank line the letter has is no dropped line."""
        norm, origin, original = self.norm, self.origin, self.original
        while (
            pos + 1 < len(norm)
            and norm[pos + 1] == "\n"
            and not original[origin[pos] + 1 : origin[pos + 1]].isspace()
            and origin[pos + 1] > origin[pos] + 1
        ):
            pos += 1
        return pos

    def source(self, start: int, end: int) -> tuple[str, Span]:
        """The original text and span behind ``norm[start:end]``."""
        span = self.span(start, end)
        return self.original[span[0] : span[1]], span

    def written(self, start: int, end: int) -> str:
        """``norm[start:end]`` as the letter wrote it: original characters, dropped spaces gone.

        Unlike ``norm`` it keeps the letter's own punctuation widths (``(试行)`` stays).
        """
        original, origin, norm = self.original, self.origin, self.norm
        if (
            end > start
            and origin[end - 1] - origin[start] == end - 1 - start
            and norm.find(" ", start, end) < 0  # (find looks in place: no slice made)
            and norm.find("\n", start, end) < 0
        ):
            # a run of the letter kept whole (origin counts on by one): each character of
            # it stands as written, so the letter's slice is the answer
            return original[origin[start] : origin[end - 1] + 1]
        return "".join(
            original[origin[i]] if norm[i] not in " \n" else norm[i] for i in range(start, end)
        )

    # The properties below are worked out on first read and kept in an attribute: not by
    # a descriptor writing the view's ``__dict__``, which the class compiled by mypyc
    # (``scripts/compile.py``) does not have.

    _kept_answers: dict[tuple[Hashable, ...], Any] | None = None

    @property
    def answers(self) -> dict[tuple[Hashable, ...], Any]:
        """What readers of the view worked out from it and are asked again, kept here so it
        goes when the view goes. A key's first item names the function that keeps it
        (:func:`replyparse.labels.opening_label`); only what depends on the view and the
        key alone belongs here (the view never changes once built)."""
        kept = self._kept_answers
        if kept is None:
            kept = self._kept_answers = {}
        return kept

    # -- gaps ----------------------------------------------------------------------------

    _kept_gap_list: list[int] | None = None

    @property
    def _gap_list(self) -> list[int]:
        """Every ``pos`` where blanks the view dropped stood right before ``norm[pos]`` on
        its line, in order (computed once per view: the labels ask about most characters).
        A printed line's break that :mod:`replyparse.unwrap` dropped inside a paragraph is
        no gap: the words run on across it."""
        kept = self._kept_gap_list
        if kept is None:
            kept = self._kept_gap_list = self._work_out_gap_list()
        return kept

    def _work_out_gap_list(self) -> list[int]:
        origin, original = self.origin, self.original
        gaps: list[int] = []
        last = len(origin) - 1
        if self._runs is not None:
            # made from the letter: origin skips only over a run of blanks (the run's first
            # kept place, its one space or the character after it, or the character after
            # it, past the space) or a dropped line (right after a newline it keeps: no
            # gap). So each gap is one of these places, read as below: a place in a
            # content line's (start, end] is one after a character of the line
            # (a letter holding no format character, most, has no run of them alone: the
            # test that its dropped characters are no such run is asked only of the others)
            norm, invisible, glossed = self.norm, self.invisible, self.glossed
            for at, to in self._runs:
                for i in (bisect_left(origin, at), bisect_left(origin, to)):
                    if (
                        0 < i <= last
                        and origin[i] - origin[i - 1] > 1
                        and norm[i - 1] != "\n"
                        and (not gaps or gaps[-1] != i)
                        and "\n" not in original[origin[i - 1] + 1 : origin[i]]
                        and not (invisible and invisible_alone(original, origin[i - 1], origin[i]))
                        # (an invisible character right before a gloss: ``衛\xad(wèi)生``)
                        and not (
                            glossed
                            and invisible
                            and gloss_alone(original, origin[i - 1], origin[i])
                        )
                    ):
                        gaps.append(i)
            return gaps
        invisible = self.invisible is not False  # (not known: asked of each skip)
        glossed = self.glossed
        for line in self.content_lines:
            start, end = line.start, min(line.end, last)  # through its newline's place
            # origin only grows along a line: when it grows by as much as the positions do,
            # no step in between skips a character (the usual line: its blanks led it)
            if origin[end] - origin[start] != end - start:
                gaps.extend(
                    i
                    for i in _skips(origin, start, end)
                    if "\n" not in original[origin[i - 1] + 1 : origin[i]]
                    and not (invisible and invisible_alone(original, origin[i - 1], origin[i]))
                    and not (glossed and gloss_alone(original, origin[i - 1], origin[i]))
                )
        return gaps

    _kept_gaps: frozenset[int] | None = None

    @property
    def gaps(self) -> frozenset[int]:
        """The positions of :meth:`gaps_in`, as a set: ``pos in view.gaps``."""
        kept = self._kept_gaps
        if kept is None:
            kept = self._kept_gaps = frozenset(self._gap_list)
        return kept

    def gaps_in(self, start: int, end: int) -> list[int]:
        """The gaps strictly inside ``norm[start:end]`` (``start < pos < end``), in order:
        places where the letter had blanks between two characters of one line."""
        # the kept list read straight (the property's frame only for the first ask: about
        # nine asks a corpus letter, each a call less)
        gaps = self._kept_gap_list
        if gaps is None:
            gaps = self._gap_list
        if not gaps:
            return []  # (half the letters have none: no search)
        return gaps[bisect_right(gaps, start) : bisect_left(gaps, end)]

    # -- lines ---------------------------------------------------------------------------

    def _work_out_lines(self) -> tuple[Line, ...]:
        out: list[Line] = []
        pos = 0
        for i, text in enumerate(self.norm.split("\n")):
            end = pos + len(text)
            out.append(Line(i, pos, end, text))
            pos = end + 1
        return tuple(out)
