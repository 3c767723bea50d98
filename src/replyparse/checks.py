"""Format checks on a letter's layout (GB/T 9704-2012), reported as diagnostics.

Field modules report what they notice about their own field (a 发文字号's brackets, a
section out of sequence); the checks here look at the parts of the letter as a whole, and
at what the fields found that is no field's own matter: the brackets of the 发文字号 the
body cites (the references reader finds them; it reports nothing). Every diagnostic is
made through :func:`_diag`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from replyparse.closing import (
    AUTHORITY_DATE_LINE,
    DATE_LINE,
    NUMERIC_DATE,
    cc_list_end,
    damaged_date,
    day_below,
    printed_date,
)
from replyparse.context import Context, Item, Reported
from replyparse.elements import CLOSE, OPEN
from replyparse.fields.dates import cut_day, date_part, real_date
from replyparse.fields.numerals import CN_YEAR_DIGITS
from replyparse.layout import GREETING_END, Layout
from replyparse.model import (
    Diagnostic,
    DiagnosticCode,
    Reference,
    Severity,
    Span,
    make_diagnostic,
)
from replyparse.textview import COLON_LOOKALIKES, Line, TextView

_STOPS = ("。", ".", "．")
"""The full stops a date line may end with (:data:`replyparse.closing.DATE_LINE`)."""
_PADDED_AFTER = ("年0", "月0")
"""What :data:`_PADDED_DATE`'s matches open with."""


def _may_be_padded(text: str) -> bool:
    """Whether a line of the view whose text is ``text`` may hold a match of
    :data:`_PADDED_DATE` as the letter wrote it (``view.written``): a gate before that
    text is made (most date lines hold neither 年0 nor 月0). Exact: the written text has a
    character for each of ``text``'s, and the view keeps 年, 月 and 0 as they are written."""
    return _PADDED_AFTER[0] in text or _PADDED_AFTER[1] in text


_CHINESE_DATE = re.compile(rf"^[{CN_YEAR_DIGITS}]{{4}}年")
# a date line that ends at its month (the authority may stand before it on the line, a
# full stop after it)
_NO_DAY = re.compile(
    r"(?:\d{4}|[〇○零O一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月[。.．]?$"
)
_NO_DAY_ENDS = ("月", "月。", "月.", "月．")
"""How every line :data:`_NO_DAY` finds a match on ends (a line holds no line break)."""
_CC_LINE = ("抄送：", "抄报：")
"""What a 抄送 line opens with (a ``startswith`` in C, no pattern)."""


def _diag(
    code: DiagnosticCode, severity: Severity, message: str, span: Span | None = None
) -> Diagnostic:
    """The one way a check makes its diagnostic: ``span`` where it points (None: the whole
    letter, a part not found)."""
    return make_diagnostic({"code": code, "severity": severity, "message": message, "span": span})


def _whole(view: TextView, line: Line) -> Span:
    """The span of ``line`` in the letter's text: a diagnostic about the whole line."""
    return view.span(line.start, line.end)


_IN_PLACE = frozenset("，；,;。.．！!、")
"""The marks a salutation's line may end with in its colon's place: a typist's comma, a
scan's semicolon for ： (OCR), a stop, a lone ！ (a greeting in the colon's place is
pointed at whole: :func:`_salutation_end`)."""
_LOOKALIKE_NAMES = {"∶": "U+2236 RATIO", "︰": "U+FE30 TWO DOT LEADER", "﹕": "U+FE55 SMALL COLON"}
"""The look-alikes of the full-width colon the view reads as ： (:data:`COLON_LOOKALIKES`),
named as a reader of the message finds them in a character table."""


def _salutation_end(view: TextView, line: Line) -> tuple[str, Span] | None:
    """What is wrong with how the salutation ``line`` ends, and where, or None when the
    letter wrote its last character as the full-width colon ： (GB/T 9704-2012 7.3.2).

    The view reads a half-width ``:`` and the look-alikes ∶ ︰ ﹕ as ：, so the character is
    read as the letter wrote it (``view.written``: one call a letter). A salutation the
    layout found without its colon (:func:`replyparse.layout._bare_salutation`: a typist's
    ，, a scan's ； for it, or none at all) ends with that mark, pointed at; a greeting in
    its place (王某委员，您好！) is pointed at from its comma, where the colon belongs; with
    none, the line's last character is pointed at."""
    at = line.end - 1
    written = view.written(at, line.end)
    span = view.span(at, line.end)
    if written == "：":
        return None
    if written == ":":
        return "主送 line ends with a half-width colon; GB/T 9704-2012 7.3.2 wants ：", span
    if written in COLON_LOOKALIKES:
        name = _LOOKALIKE_NAMES[written]
        return (
            f"主送 line ends with {written} ({name}), a look-alike of the colon; "
            "GB/T 9704-2012 7.3.2 wants ：",
            span,
        )
    greeting = GREETING_END.search(line.text) if written in "！!。." else None
    if greeting is not None and greeting.start() > 0:
        # 王某委员，您好！: the colon's place is after the names, where the greeting
        # begins; pointing at its ！ would ask for 您好：, still no salutation's end
        start = line.start + greeting.start()
        shown = view.written(start, line.end).strip()
        return (
            f"主送 line ends with a greeting ({shown}) in the colon's place; "
            "GB/T 9704-2012 7.3.2 wants ： after the names",
            view.span(start, line.end),
        )
    if written in _IN_PLACE:
        return (
            f"主送 line ends with {written} in the colon's place; GB/T 9704-2012 7.3.2 wants ：",
            span,
        )
    return "主送 line ends with no colon; GB/T 9704-2012 7.3.2 wants ：", span


def extract(ctx: Context) -> list[Item]:
    """The layout's problems, and the brackets of the 发文字号 the body cites, as items."""
    found = check_layout(ctx.layout, ctx.view)
    if ctx.letter.references:  # (most letters cite nothing)
        found += cited_brackets(ctx.letter.references)
    return [Reported.of(d) for d in found]


# The year of a cited 发文字号 and the marks around it, as the letter wrote them: the first
# figures after an opening bracket (two to four: a year written short, 【21】, is cited in
# its brackets too), a 年 after them allowed, blanks and a line break a copy left inside
# the brackets too; group 1 the opening bracket, group 2 what closes the year. The brackets
# are those the 发文字号 reader takes (:data:`replyparse.elements.OPEN`, its CLOSE: 〈〉 <>
# {} too, as doc-number-format names them for the letter's own number), and the half-width
# round ones, which the number keeps as written.
_CITED_YEAR = re.compile(rf"([{re.escape(OPEN)}(])\s*\d{{2,4}}年?\s*(\S)")
_YEAR_CLOSES = frozenset(CLOSE + ")")
_TITLE_YEAR_OPENS = frozenset("(（")
"""The brackets a title writes its year in too (某规划（2024）): a number the reader joined
over a line break after such a year may be a title and a number apart."""


def cited_brackets(references: Sequence[Reference]) -> list[Diagnostic]:
    """``cited-doc-number``: a 发文字号 the body cites (``references``, the letter's
    own and the proposal's number left out by their reader) whose year stands in brackets
    other than 〔〕, as GB/T 9704-2012 7.2.5 writes a 发文字号 and as the cited document
    was issued (某政发[2019]12号, 某交发(2020)3号, 某办【2021】5号). Pointed at the number,
    the brackets quoted as written. Left alone: a number that lost a bracket of its year
    (某办〔2018109号: no pair to name), one with no issuer code before its year, and one in
    round brackets joined over a line break."""
    out: list[Diagnostic] = []
    for ref in references:
        text = ref.text
        if ref.kind != "doc_number" or ("〔" in text and "〕" in text):
            continue  # a title, or a number in the brackets wanted (most are): no search
        m = _CITED_YEAR.search(text)
        if m is None:
            continue
        opened, closed = m.groups()
        if opened + closed == "〔〕" or closed not in _YEAR_CLOSES:
            continue
        if m.start() == 0:
            continue  # no issuer code before the year ([2021]甲6号): no number as issued
        if opened in _TITLE_YEAR_OPENS and "\n" in text:
            continue  # a title's year at a line's end (工作要点（2024） / 12号): maybe no number
        number = "".join(text.split())
        message = (
            f"cited 发文字号 {number}: year in {opened}{closed}, not the hexagonal brackets 〔〕 "
            "(GB/T 9704-2012 7.2.5)"
        )
        out.append(_diag(DiagnosticCode.CITED_DOC_NUMBER, "warning", message, ref.span))
    return out


def check_layout(layout: Layout, view: TextView) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    if not layout.title:
        out.append(_diag(DiagnosticCode.MISSING_TITLE, "warning", "no title (标题) found"))
    if layout.salutation is None:
        out.append(
            _diag(
                DiagnosticCode.MISSING_SALUTATION,
                "warning",
                "no salutation (主送) line ending with ：",
            )
        )
    else:
        # every 主送 line a reader sees ends as a salutation does: a salutation written a
        # line for each addressee (张某代表： / 李某委员:) is checked line by line
        for line in layout.addressed or (layout.salutation,):
            if (wrong := _salutation_end(view, line)) is not None:
                message, span = wrong
                out.append(_diag(DiagnosticCode.SALUTATION_COLON, "warning", message, span))
    if not layout.body:
        out.append(_diag(DiagnosticCode.MISSING_BODY, "warning", "no body text (正文) found"))
    date = layout.signature_date
    zero = _zero_date(view, layout.body) if date is None else []
    if zero:  # 二〇二一年六月零日: the date is there, its day is impossible
        out += zero
    elif date is None:
        out.append(
            _diag(
                DiagnosticCode.MISSING_DATE,
                "warning",
                "no 成文日期 (date line) at the end of the letter" + _printed_only(view, layout),
            )
        )
    elif damaged_date(date.text):
        out.append(
            _diag(
                DiagnosticCode.MISSING_DATE,
                "warning",
                "成文日期 damaged: its 年月日 were lost, so it gives no date",
                _whole(view, date),
            )
        )
    else:
        cut = _cut_date(view, date)  # (a day unknown is no impossible one)
        out += [cut] if cut is not None else _impossible_date(view, date)
        out += _date_form(view, date)
    closing = layout.closing
    for i, line in enumerate(closing):
        # a list wrapped over lines ends on its last line (cc_list_end: after ，or 、)
        is_cc = line.text.startswith(_CC_LINE)
        if is_cc and not closing[cc_list_end(closing, i)].text.endswith("。"):
            out.append(
                _diag(
                    DiagnosticCode.CC_NO_PERIOD,
                    "info",
                    "抄送 list does not end with 。 (GB/T 9704-2012 7.4.2)",
                    _whole(view, line),
                )
            )
    return out


# A 成文日期 written to the day as the closing reads one (:data:`replyparse.closing.DATE`):
# the closing takes any figures for a date line, and the
# date finder reads none that is no day of the calendar (2021年13月45日, 2023年2月30日):
# year, month and day in groups 1 to 3.
_DAY_DATE = re.compile(
    rf"(\d{{4}}|[{CN_YEAR_DIGITS}]{{4}})年"
    r"(\d{1,2}|[一二三四五六七八九十]{1,3}|元)月"
    r"(\d{1,2}|[一二三四五六七八九十]{1,3}|[廿卅念][一二三四五六七八九]?)[日号]"
)


# A 成文日期 in figures as the closing reads one (2021-13-45, 2021.2.30, 2021/2/30): any
# figures, where the date finder reads only a day of the calendar; its year, month and day
# lie between the two separators (group ``sep``).
_FIGURES_DATE = re.compile(NUMERIC_DATE)
_DATE_CHARS = frozenset("年月日")
"""A date line holding none of them writes its date in figures only (2021-3-5)."""


def _why_impossible(year: int, month: int, day: int) -> str | None:
    """Why ``year``-``month``-``day`` is no day the date finder reads
    (:func:`~replyparse.fields.dates.real_date`), or None."""
    if real_date(year, month, day):
        return None
    if not 1900 <= year <= 2099:
        return f"the year {year} is outside 1900 to 2099"
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if day == 0:  # 6月0日: no month has a day 0, whatever its length
        return "there is no day 0"
    return f"{year}年{month}月 has {calendar.monthrange(year, month)[1]} days"


# A month or a day written as a zero in numerals (二〇二一年六月零日, 2021年6月〇日): the
# closing reads no date line with it (its numerals have no zero), so the line stays in the
# body and the letter has no signature date, as it has none for 2021年6月0日, which the
# closing reads and the date finder does not.
_ZERO_PART = re.compile(r"(?<=[年月])[零〇○](?=[月日])")
_ZERO_MARKS = ("零", "〇", "○")
_ZERO_LOOK = 3
"""How many of the body's last lines may be a date line the closing did not read (the
authority's line and a seal's note may stand between it and the body's last sentence)."""


def _printed_only(view: TextView, layout: Layout) -> str:
    """What the letter that gives no 成文日期 dates all the same, said after ``missing-date``:
    the date of its 版记's 印发 line (``2021年6月5日印发`` under the authority), which is the
    date it was printed, no date of writing (the signature's date stays null); or ""."""
    printed = printed_date(layout.closing)
    if printed is None:
        return ""
    line, start, end = printed
    written = view.written(line.start + start, line.start + end)
    return f": {written} is the date its 版记 was printed (印发), not the date of writing"


def _zero_date(view: TextView, body: tuple[Line, ...]) -> list[Diagnostic]:
    """``date-impossible`` for a 成文日期 whose month or day is a zero in numerals: one of
    the body's last lines that the closing would read as the date line
    (:data:`~replyparse.closing.DATE_LINE`, also after the authority,
    :data:`~replyparse.closing.AUTHORITY_DATE_LINE`) were each such zero a month's or a
    day's numeral (the line is asked with 一 in the zero's place, one character for one).
    What the closing and the date finder read is left as it is: the signature's date
    stays null and the line stays in the body."""
    for line in body[-_ZERO_LOOK:][::-1]:
        text = line.text
        if not any(mark in text for mark in _ZERO_MARKS):
            continue
        asked = _ZERO_PART.sub("一", text)
        if asked == text or not (DATE_LINE.match(asked) or AUTHORITY_DATE_LINE.match(asked)):
            continue
        m = _DAY_DATE.search(asked)
        if m is not None:  # (the parts as written: the zero, not the 一 it was asked with)
            y, mo, d = (text[m.start(g) : m.end(g)] for g in (1, 2, 3))
            parts = (y, mo, d)
            return _impossible(view, line.start + m.start(), line.start + m.end(), parts)
    return []


def _impossible_date(view: TextView, date: Line) -> list[Diagnostic]:
    """A 成文日期 that names no day of the calendar: the record's signature date is then
    null, and this says why. Only the date line's first date written with 年月日 is asked
    or, with none, its date in figures (2021-13-45, which the closing reads as a date line
    as it reads 2021-3-5)."""
    m = _DAY_DATE.search(date.text)
    if m is not None:
        y, mo, d = m.groups()
    else:
        m = _FIGURES_DATE.search(date.text)
        if m is None:
            return []
        y, mo, d = m[0].split(m["sep"])
    return _impossible(view, date.start + m.start(), date.start + m.end(), (y, mo, d))


def _impossible(
    view: TextView, start: int, end: int, parts: tuple[str, str, str]
) -> list[Diagnostic]:
    """``date-impossible`` for the date at ``view.norm[start:end]`` whose year, month and
    day are written ``parts``, or nothing when it is a day of the calendar."""
    y, mo, d = parts
    if y.isascii() and mo.isascii() and d.isascii():  # figures: the usual date
        why = _why_impossible(int(y), int(mo), int(d))
    else:
        year, month, day = date_part(y), date_part(mo), date_part(d)
        if year is None or month is None or day is None:
            return []
        why = _why_impossible(year, month, day)
    if why is None:
        return []
    written = view.written(start, end)
    message = f"成文日期 {written} is no date: {why}, so the letter gives no date of writing"
    return [_diag(DiagnosticCode.DATE_IMPOSSIBLE, "warning", message, view.span(start, end))]


def _cut_date(view: TextView, date: Line) -> Diagnostic | None:
    """``missing-date`` for a 成文日期 the letter's text ends inside, its day cut where more
    figures could follow (``…某局 2021年9月2``, :func:`~replyparse.fields.dates.cut_day`):
    the signature's date is null and the date read to its month, and this says why
    (review63a: an earlier round said nothing, the date line there and no date read)."""
    cut = cut_day(view)  # (its gate is the text's last character: most end otherwise)
    if cut is None or not date.start <= cut[0] < cut[1] <= date.end:
        return None
    written = view.written(date.start, cut[1])
    message = (
        f"成文日期 {written} ends the text inside its day, cut where more figures could "
        "follow: the day is unknown, so it gives no date (the month is in dates)"
    )
    return _diag(DiagnosticCode.MISSING_DATE, "warning", message, view.span(*cut))


def _date_form(view: TextView, date: Line) -> list[Diagnostic]:
    """How a readable 成文日期 departs from GB/T 9704-2012 7.3.5.4: a day left out, and
    Chinese numerals, figures with separators (2021-03-05) or a leading zero."""
    out: list[Diagnostic] = []
    # (most date lines end with 日: the search only on one ending as a match of it must)
    if (
        date.text.endswith(_NO_DAY_ENDS)
        and _NO_DAY.search(date.text)
        and day_below(view, date) is None  # 2024年5月 / 20日: its day wrapped
    ):
        out.append(
            _diag(
                DiagnosticCode.DATE_NO_DAY,
                "warning",
                "成文日期 without its day; GB/T 9704-2012 7.3.5.4 gives year, month and day",
                _whole(view, date),
            )
        )
    if date.text.endswith(_STOPS):
        out.append(
            _diag(
                DiagnosticCode.DATE_FULL_STOP,
                "warning",
                "成文日期 followed by a full stop; GB/T 9704-2012 7.3.5.4 writes the date alone",
                _whole(view, date),
            )
        )
    if _CHINESE_DATE.match(date.text):
        out.append(
            _diag(
                DiagnosticCode.DATE_CHINESE_NUMERALS,
                "info",
                "成文日期 in Chinese numerals; GB/T 9704-2012 7.3.5.4 wants Arabic numerals",
                _whole(view, date),
            )
        )
    elif (
        _DATE_CHARS.isdisjoint(date.text)
        and (m := _FIGURES_DATE.search(date.text)) is not None
        and _why_impossible(*map(int, parts := m[0].split(m["sep"]))) is None  # (impossible's)
    ):
        # a date in figures (2021-03-05, 2021.3.5, 2021/3/5), read as the 成文日期 as one
        # written with 年月日 is: pointed at as written, with the form the standard wants
        y, mo, d = parts
        written = Line(date.index, date.start + m.start(), date.start + m.end(), m[0])
        wanted = f"{int(y)}年{int(mo)}月{int(d)}日"
        message = (
            f"成文日期 {view.written(written.start, written.end)} written in figures with "
            f"{m['sep']}; GB/T 9704-2012 7.3.5.4 writes {wanted}"
        )
        out.append(_diag(DiagnosticCode.DATE_SEPARATORS, "warning", message, _whole(view, written)))
    elif _may_be_padded(date.text):
        out += _zero_padded(view, date)
    return out


_PADDED_DATE = re.compile(r"(?<=年)(0\d)(?=月)|(?<=月)(0\d)(?=日)")
"""A month or a day written with a leading zero (``2021年03月05日``): the figures, group 1
the month's, group 2 the day's."""
_WRITTEN_DAY = re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?")


def _zero_padded(view: TextView, date: Line) -> list[Diagnostic]:
    """``date-zero-padded``: one finding for the 成文日期 ``date``, pointed at its padded
    figures as the letter wrote them (the ``03`` of ``2021年03月5日``; from the month's to the
    day's when both are, ``03月05``), as ``date-separators`` points at the date it names,
    and the message names each with the form the standard wants."""
    written = view.written(date.start, date.end)
    found = list(_PADDED_DATE.finditer(written))
    if not found:
        return []
    named = [f"{'month' if m[1] else 'day'} {m[0]}" for m in found]
    message = f"成文日期 with a leading zero in the {' and the '.join(named)}"
    whole = _WRITTEN_DAY.search(written)
    if whole is not None and not (
        whole[3] and _why_impossible(int(whole[1]), int(whole[2]), int(whole[3]))
    ):  # (no form is offered for a day the calendar has not: date-impossible says so)
        year, month, day = whole.groups()
        wanted = f"{year}年{int(month)}月" + (f"{int(day)}日" if day else "")
        message += f"; GB/T 9704-2012 7.3.5.4 writes {wanted}"
    else:
        message += " (GB/T 9704-2012 7.3.5.4)"
    start, end = date.start + found[0].start(), date.start + found[-1].end()
    return [_diag(DiagnosticCode.DATE_ZERO_PADDED, "warning", message, view.span(start, end))]
