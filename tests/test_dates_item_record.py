"""A proposal database's record of the item printed over the reply: its rows' money and
dates are the page's (snippets written here, names and numbers invented).

A 建议 database prints the item's record, then the reply as its handling row's value:
``建议号：第9号`` / ``提案人：王某`` / ``内容：`` / the proposal's text (its sums) /
``交办日期：2019年3月1日`` / ``办理情况：`` / the reply's title / the salutation…, on lines or
flattened onto one line. The sum the proposal asks for and the day it was handed over are
no amount or date of the letter's (as a database's ``议案内容 | …`` rows are chrome, dev27).
Near misses: a record with no row of the proposal's text (a 办理单 the reply was written
on), a handling row with a value of its own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

_ROWS = [
    "建议号：第9号",
    "提案人：王某",
    "内容：",
    "某村水渠年久失修，灌溉困难。经预算，所需资金20万元。",
    "承办单位：水务局",
    "交办日期：2019年3月1日",
    "办理情况：",
]
_REPLY = [
    "某县水务局关于某县第五届人大一次会议第9号建议的答复函",
    "王某代表：",
    "您提出的“关于修缮某村水渠的建议”已交我们研究办理，现答复如下：",
    "我局已将该水渠列入储备项目，安排资金5万元先行修补。",
    "某县水务局",
    "2019年6月1日",
]


def _read(rows: list[str], separator: str) -> tuple[list[str], list[str], str | None]:
    record = parse_text(separator.join(rows + _REPLY) + "\n")
    assert span_problems(record) == []
    return [a.text for a in record.amounts], [d.text for d in record.dates], record.title


@pytest.mark.parametrize("separator", ["\n", " "], ids=["lines", "one-line"])
@pytest.mark.parametrize("text_label", ["内容：", "建议内容：", "提案内容："])
@pytest.mark.parametrize("end_label", ["办理情况：", "办理结果：", "答复内容："])
def test_record_rows_give_no_amount_nor_date(
    separator: str, text_label: str, end_label: str
) -> None:
    rows = [text_label if r == "内容：" else end_label if r == "办理情况：" else r for r in _ROWS]
    amounts, dates, title = _read(rows, separator)
    assert amounts == ["5万元"]
    assert dates == ["2019年6月1日"]
    assert title == _REPLY[0]


@pytest.mark.parametrize("separator", ["\n", " "], ids=["lines", "one-line"])
def test_a_slip_without_the_proposal_text_keeps_its_dates(separator: str) -> None:
    rows = [r for r in _ROWS if r != "内容：" and "20万元" not in r]
    _, dates, _ = _read(rows, separator)
    assert dates == ["2019年3月1日", "2019年6月1日"]


def test_a_handling_row_with_a_value_of_its_own_is_no_record_end() -> None:
    # the row says the handling's state itself (办理情况：已办结): the reply is no value of it
    rows = [*_ROWS[:-1], "办理情况：已办结"]
    amounts, dates, _ = _read(rows, "\n")
    assert "20万元" in amounts
    assert "2019年3月1日" in dates


# A page that stores the item's record and the reply as its handling row's value with no
# title between (建议内容： / 题目：… / 案由：…2031年以来… / 建议：… / 答复内容： / the reply's
# paragraphs, no salutation, no signature): the record's dates and money are the proposal's
# all the same (fix95; an earlier round read them as the letter's).
_UNTITLED = [
    "建议内容：",
    "题目：关于加快建设桐溪县城区供水工程的建议",
    "案由：2031年以来降水偏少，尤其是2031、2032年持续干旱，需投资约3亿元。",
    "建议：加快供水工程建设。",
    "答复内容：",
    "供水工程分两期完成，一期投资约1.5亿元，计划2034年底完工。",
]


def test_an_untitled_record_gives_no_amount_nor_date() -> None:
    letter = parse_text("\n".join(_UNTITLED) + "\n")
    assert span_problems(letter) == []
    assert [a.text for a in letter.amounts] == ["约1.5亿元"]
    assert [d.text for d in letter.dates] == ["2034年"]
    assert letter.proposal is not None
    assert letter.proposal.title == "关于加快建设桐溪县城区供水工程的建议"


def test_an_untitled_record_under_the_letters_lines_is_none() -> None:
    # (the rows under a salutation and an opening: the letter's own lines, its dates kept)
    text = "\n".join(["王某代表：", "您的建议收悉，现答复如下：", *_UNTITLED]) + "\n"
    assert "2031年" in [d.text for d in parse_text(text).dates]


@pytest.mark.parametrize(
    "over, date",
    [
        # (review61b: the letter's own sentence, no salutation, opening the text over the rows)
        pytest.param("2031年3月，王某代表提出的建议交由我局办理。", "2031年3月", id="a-sentence"),
        pytest.param("您的建议收悉，现将2032年5月以来的办理情况答复如下：", "2032年5月", id="the-opening"),
    ],
)  # fmt: skip
def test_rows_under_the_letters_first_line_are_no_record(over: str, date: str) -> None:
    letter = parse_text("\n".join([over, *_UNTITLED]) + "\n")
    assert span_problems(letter) == []
    assert date in [d.text for d in letter.dates]
    assert "约3亿元" in [a.text for a in letter.amounts]


# Decided (fix156): a page that prints the item over the reply, its title, its filer's row,
# its text under its row's label and the day it was filed alone under the text, then the
# reply's title (written again or not over the item): the day is the record's last row, the
# proposal's, no date of the letter's, as a 交办日期 row's is (an earlier round read it).
_FILED = [
    "关于对甲山县第五届人大一次会议第9号建议的答复",
    "关于修缮某村水渠的建议",
    "提出人：王某",
    "内容：",
    "某村水渠年久失修，灌溉困难。希望政府投资修缮。",
    "2031年12月23日",
]


@pytest.mark.parametrize("heading", [True, False], ids=["heading-over-it", "no-heading"])
def test_the_day_the_item_was_filed_is_no_date(heading: bool) -> None:
    rows = _FILED if heading else _FILED[1:]
    reply = ["关于对甲山县第五届人大一次会议第9号建议的答复", *_REPLY[1:]]
    letter = parse_text("\n".join(rows + reply) + "\n")
    assert span_problems(letter) == []
    assert [d.text for d in letter.dates] == ["2019年6月1日"]
    assert letter.title == reply[0]


# (left74b) so in a copy flattened with blanks or glued, the reply's title written once under
# the item (its authority before it or not): the title, the filing day and each row glued on
# open a line, as where the copy kept its lines (an earlier round read no title there and
# listed the filing day; flat156 read the title written twice only).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("title", [_FILED[0], _REPLY[0]], ids=["title", "authority-title"])
def test_the_day_the_item_was_filed_is_no_date_flattened(
    flatten: Callable[[str], str], title: str
) -> None:
    letter = parse_text(flatten("\n".join([*_FILED[1:], title, *_REPLY[1:]]) + "\n"))
    assert span_problems(letter) == []
    assert [d.text for d in letter.dates] == ["2019年6月1日"]
    assert letter.title == title
    assert letter.signature.issuer == "某县水务局"


# Without the filer's row (a text's row alone) nothing tells a record: the date stays.
@pytest.mark.parametrize("flatten", COPIES)
def test_a_text_row_alone_over_a_date_and_title_is_no_record(
    flatten: Callable[[str], str],
) -> None:
    rows = [r for r in _FILED[1:] if not r.startswith("提出人")]
    letter = parse_text(flatten("\n".join([*rows, *_REPLY]) + "\n"))
    assert "2031年12月23日" in [d.text for d in letter.dates]


def test_a_date_over_the_title_with_no_record_stays() -> None:
    # (no row of the item's text above it: the letter's own date over its title, read)
    rows = ["2031年12月23日"]
    letter = parse_text("\n".join(rows + _REPLY) + "\n")
    assert [d.text for d in letter.dates] == ["2031年12月23日", "2019年6月1日"]


# (left74b) a date under the record's handling row left for the reply (办理情况： / the date /
# the reply's title) is the row's value, the reply's, no row of the record: it is listed, on
# lines as flattened (fix156 read it as the record's last row on lines only and dropped it).
# A date over the handling row, under the proposal's text, is still the record's.
_HANDLED = ["建议号：第9号", "提案人：王某", "内容：", "某村水渠年久失修，灌溉困难。"]
_UNSIGNED = [_FILED[0], *_REPLY[1:-1]]


@pytest.mark.parametrize("flatten", COPIES)
def test_a_date_under_the_handling_row_is_the_replys(flatten: Callable[[str], str]) -> None:
    rows = [*_HANDLED, "办理情况：", "2031年12月23日"]
    letter = parse_text(flatten("\n".join(rows + _UNSIGNED) + "\n"))
    assert [d.text for d in letter.dates] == ["2031年12月23日"]
    assert letter.title == _FILED[0]


@pytest.mark.parametrize("flatten", COPIES)
def test_a_date_over_the_handling_row_is_the_records(flatten: Callable[[str], str]) -> None:
    rows = [*_HANDLED, "2031年12月23日", "办理情况："]
    letter = parse_text(flatten("\n".join(rows + _UNSIGNED) + "\n"))
    assert [d.text for d in letter.dates] == []
