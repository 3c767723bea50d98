"""Format checks on a letter's layout (GB/T 9704-2012), reported as diagnostics.

Field modules report what they notice about their own field (a 发文字号's brackets, a
section out of sequence); the checks here look at the parts of the letter as a whole.
"""

from __future__ import annotations

import re

from replyparse.closing import cc_list_end, damaged_date, day_below
from replyparse.context import Context, Item, Reported
from replyparse.fields.numerals import CN_YEAR_DIGITS
from replyparse.layout import Layout
from replyparse.model import Diagnostic, DiagnosticCode, Severity, make_diagnostic
from replyparse.textview import Line, TextView

_PADDED_DATE = re.compile(r"(?:年0\d月|月0\d日)")
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
    code: DiagnosticCode, severity: Severity, message: str, view: TextView, line: Line | None
) -> Diagnostic:
    span = view.span(line.start, line.end) if line is not None else None
    return make_diagnostic({"code": code, "severity": severity, "message": message, "span": span})


def _ends_with_half_colon(view: TextView, line: Line) -> bool:
    """Whether the letter wrote ``line``'s last character as ``:``; what
    ``view.written(line.end - 1, line.end) == ":"`` says, read off the view's offsets
    without a call: a kept character is written as the letter's one at its origin, a
    space or a line break of ``norm`` as itself (never ``:``)."""
    at = line.end - 1
    was = view.origin[at]
    return view.norm[at] not in " \n" and view.original[was : was + 1] == ":"


def extract(ctx: Context) -> list[Item]:
    """The layout's problems, as items."""
    return [Reported.of(d) for d in check_layout(ctx.layout, ctx.view)]


def check_layout(layout: Layout, view: TextView) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    if not layout.title:
        out.append(
            _diag(DiagnosticCode.MISSING_TITLE, "warning", "no title (标题) found", view, None)
        )
    if layout.salutation is None:
        out.append(
            _diag(
                DiagnosticCode.MISSING_SALUTATION,
                "warning",
                "no salutation (主送) line ending with ：",
                view,
                None,
            )
        )
    elif _ends_with_half_colon(view, layout.salutation):
        out.append(
            _diag(
                DiagnosticCode.SALUTATION_COLON,
                "warning",
                "主送 line ends with a half-width colon; GB/T 9704-2012 7.3.2 wants ：",
                view,
                layout.salutation,
            )
        )
    if not layout.body:
        out.append(
            _diag(DiagnosticCode.MISSING_BODY, "warning", "no body text (正文) found", view, None)
        )
    date = layout.signature_date
    if date is None:
        out.append(
            _diag(
                DiagnosticCode.MISSING_DATE,
                "warning",
                "no 成文日期 (date line) at the end of the letter",
                view,
                None,
            )
        )
    elif damaged_date(date.text):
        out.append(
            _diag(
                DiagnosticCode.MISSING_DATE,
                "warning",
                "成文日期 damaged: its 年月日 were lost, so it gives no date",
                view,
                date,
            )
        )
    else:
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
                    view,
                    line,
                )
            )
    return out


def _date_form(view: TextView, date: Line) -> list[Diagnostic]:
    """How a readable 成文日期 departs from GB/T 9704-2012 7.3.5.4: a day left out, and
    Chinese numerals or a leading zero."""
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
                view,
                date,
            )
        )
    if date.text.endswith(_STOPS):
        out.append(
            _diag(
                DiagnosticCode.DATE_FULL_STOP,
                "warning",
                "成文日期 followed by a full stop; GB/T 9704-2012 7.3.5.4 writes the date alone",
                view,
                date,
            )
        )
    if _CHINESE_DATE.match(date.text):
        out.append(
            _diag(
                DiagnosticCode.DATE_CHINESE_NUMERALS,
                "info",
                "成文日期 in Chinese numerals; GB/T 9704-2012 7.3.5.4 wants Arabic numerals",
                view,
                date,
            )
        )
    elif _may_be_padded(date.text) and _PADDED_DATE.search(view.written(date.start, date.end)):
        out.append(
            _diag(
                DiagnosticCode.DATE_ZERO_PADDED,
                "warning",
                "成文日期 with a leading zero in month or day (GB/T 9704-2012 7.3.5.4)",
                view,
                date,
            )
        )
    return out
