"""The signature reader's shortcuts give what the plain reading gives."""

from __future__ import annotations

import datetime
import itertools

from goldsets import all_letters, at_least
from replyparse.fields import signature
from replyparse.textview import Line, TextView


def _gate_says_no_gap(written: str) -> bool:
    """What ``_joint``'s gate reads: no space, tab or ideographic space."""
    return " " not in written and "\t" not in written and "\u3000" not in written


def test_joint_gate_skips_only_lines_the_gap_search_finds_nothing_on() -> None:
    """A stretch the gate turns away holds no match of ``SIGNER_GAP``: the gold letters' lines
    (as the letter wrote them) and short snippets of names, blanks and other spaces."""
    skipped = 0
    for gold in all_letters():
        view = TextView(gold.text())
        for line in view.lines:
            written, _ = view.source(line.start, line.end)
            if _gate_says_no_gap(written):
                assert signature.SIGNER_GAP.search(written.strip()) is None, written
                assert signature._joint(view, line, line.end) is None
                skipped += 1
    assert skipped >= at_least(500, 20)
    pieces = ["某局", "某县", " ", "  ", "\t", "\u3000", "\u00a0", "\u2003", "\n", "、"]
    for parts in itertools.product(pieces, repeat=3):
        text = "".join(parts)
        if _gate_says_no_gap(text):
            assert signature.SIGNER_GAP.search(text.strip()) is None, text


def test_joint_still_reads_two_signers_apart_by_a_wide_gap() -> None:
    for gap in ("  ", "\t\t", "\u3000", " \t"):
        view = TextView(f"某县教育局{gap}某县财政局\n")
        line = view.lines[0]
        joint = signature._joint(view, line, line.end)
        assert joint is not None, repr(gap)
        assert [s.name for s in joint] == ["某县教育局", "某县财政局"]


def test_names_on_reads_every_line_as_the_plain_reading_does() -> None:
    """The usual signer line's shortcut in ``_names_on`` gives what ``_names_read`` gives:
    every line of the gold letters, and snippets of names, dates, seals and formulas."""
    fast = 0
    for gold in all_letters():
        view = TextView(gold.text())
        for line in view.content_lines:
            assert signature._names_on(view, line) == signature._names_read(view, line), line
            fast += line.text[-1] not in signature._NOT_LAST
    assert fast >= at_least(500, 20)
    pieces = [
        "某县水利局",
        "特此函复",
        "（盖章）",
        "2021年9月3日",
        "[1]",
        "  ",
        "\u3000",
        "\t",
        "联系人：王某",
    ]
    for parts in itertools.product(pieces, repeat=3):
        view = TextView("".join(parts) + "\n")
        for line in view.content_lines:
            assert signature._names_on(view, line) == signature._names_read(view, line), parts


def test_names_on_takes_the_usual_line_whole() -> None:
    view = TextView("某县水利局\n")
    line = view.content_lines[0]
    assert signature._names_on(view, line) == [signature.Signer("某县水利局", (0, 1, 2, 3, 4))]


def _plain_day_read(text: str) -> str | None:
    m = signature._PLAIN_DAY.fullmatch(text)
    if m is None:
        return None
    try:
        return datetime.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def test_plain_day_reads_each_month_and_day_as_datetime_does() -> None:
    for year in ("2023", "2024", "1900", "2000"):
        for month in [*map(str, range(14)), *(f"{k:02d}" for k in range(10))]:
            for day in [*map(str, range(33)), *(f"{k:02d}" for k in range(10))]:
                text = f"{year}年{month}月{day}日"
                found = signature._plain_day(Line(0, 3, 3 + len(text), text))
                expected = _plain_day_read(text)
                assert (found[0][0] if found else None) == expected, text


def _reads_nothing(view: TextView, line: Line) -> bool:
    """What ``_date`` reads on a date line of figures holding neither 年 nor 月 by the plain
    reading: no day date, no month date, and no match of the month line."""
    return (
        not signature.day_dates(view, line.start, line.end)
        and not signature.month_dates(view, line.start, line.end)
        and signature.MONTH_DATE_LINE.match(line.text) is None
    )


def test_a_date_line_with_no_year_or_month_mark_holds_no_date() -> None:
    """``_date``'s shortcut: a line of ``_DATE_LINE_CHARS`` with neither 年 nor 月 is read
    as holding nothing. The gold letters' lines, and lines of figures, numerals and 日/号
    after lines that end with what a rarer date stands after (a bracket, a list's 和)."""
    checked = 0
    for gold in all_letters():
        view = TextView(gold.text())
        for line in view.content_lines:
            if signature._DATE_LINE_CHARS.issuperset(line.text):
                text = line.text
                if "年" not in text and "月" not in text:
                    assert _reads_nothing(view, line), text
                    checked += 1
    pieces = ["2021", "19", "0", "830", "十", "二〇二一", "日", "号", "〇", "O"]
    for before in ("", "（", "2019和", "某局 "):
        for parts in itertools.product(pieces, repeat=3):
            view = TextView(f"{before}\n{''.join(parts)}\n")
            line = view.lines[1]
            assert signature._DATE_LINE_CHARS.issuperset(line.text), line.text
            assert _reads_nothing(view, line), line.text
            checked += 1
    assert checked >= at_least(4000, 4000)
    # the finders do read a line of figures that holds its marks
    view = TextView("\n2021年8月30日\n")
    assert signature.day_dates(view, view.lines[1].start, view.lines[1].end)


def test_date_line_strip_tells_what_issuperset_tells() -> None:
    """``_date``'s test of a line made of date characters alone (strip them, nothing left)
    against ``issuperset``: every line of the gold letters, and mixes of the characters
    with others at either end or inside."""
    chars = signature._DATE_LINE_CHARS
    made_of_them = 0
    for gold in all_letters():
        for line in TextView(gold.text()).lines:
            alone = not line.text.strip(signature._DATE_LINE_TEXT)
            assert alone == chars.issuperset(line.text), line.text
            made_of_them += alone and bool(line.text)
    assert made_of_them >= at_least(40, 5)
    pieces = ["2021", "年", "9月", "三日", "〇", "O", "号", "", " ", "日期", "：", "x", "十"]
    for parts in itertools.product(pieces, repeat=3):
        text = "".join(parts)
        assert (not text.strip(signature._DATE_LINE_TEXT)) == chars.issuperset(text), text
