"""A page's publisher cell (``发布单位：``, ``来源：``, ``发布机构：``) whose value, a body's name,
a copy flattened with nothing between its lines glued before the letter's 发文字号
(``发布单位： 甲山市农业农村局甲农函〔2099〕16号A乙河区人民政府：…``): the body is the cell's
value, the number's code the characters after it (an earlier round read the number as
``山市农业农村局甲农函〔2099〕16号`` and lost the class mark after it). Snippets in our own
words, invented names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, glued, spaced
from spans import span_problems

HEAD = "市农委关于对市政协第20990417号提案办理工作的意见\n发布日期: 2099-04-23 00:00 来源: "
LETTER = (
    "甲农函〔2099〕16号\nA\n乙河区人民政府:\n"
    "现将我委对市政协第20990417号提案的办理意见送上,请汇总后统一答复提案人。\n"
    "我委将扶持绿色种养产业。\n甲山市农业委员会\n2099年4月23日\n"
)


# (the copy flattened with blanks once lost the class mark after the number, and a copy
# glued with no blank left after the cell's colon read no number: left72b saw them, glued72's
# class letter after the number and mend72b's body before the gap step closed them)
FLATTENED = [
    pytest.param(str, id="lined"),
    pytest.param(spaced, id="blank"),
    pytest.param(glued, id="glued"),
    pytest.param(lambda t: glued(t).replace(" ", ""), id="no-blanks"),
]


@pytest.mark.parametrize("flatten", FLATTENED)
@pytest.mark.parametrize(
    "cell",
    [
        pytest.param("发布单位: 甲山市农业农村局\n", id="publishing-unit"),
        pytest.param("发布机构：甲山市人民政府办公室\n", id="publishing-body"),
    ],
)  # fmt: skip
def test_the_body_is_the_cells_the_code_the_numbers(
    cell: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(HEAD + cell + LETTER), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == "甲农函〔2099〕16号"
    assert letter.handling_type == "A"
    assert span_problems(letter) == []


@pytest.mark.parametrize("flatten", COPIES[:2])
def test_a_code_alone_after_the_label_stays_the_numbers(flatten: Callable[[str], str]) -> None:
    # (the cell's value left empty: the code after it opens with no body's name)
    letter = parse_text(flatten(HEAD + "发布单位: \n" + LETTER), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == "甲农函〔2099〕16号"


# A letter whose head is its authority and title, under one row of the page's or the form's
_UNDER = (
    "甲山县交通运输局\n关于县政协十届三次会议第12号提案的答复\n王某委员：\n"
    "您提出的提案收悉。现答复如下：今年我局已投入资金50万元。\n"
    "感谢您对交通运输工作的关心和支持。\n甲山县交通运输局\n2099年6月1日\n"
)


@pytest.mark.parametrize("flatten", COPIES[1:])
@pytest.mark.parametrize(
    "cell, number",
    [
        pytest.param("发布单位： 甲山市农业农村局甲农函〔2099〕16号", "甲农函〔2099〕16号", id="publishing-unit"),
        pytest.param("来源： 甲山县交通运输局甲交函〔2099〕5号", "甲交函〔2099〕5号", id="source"),
        pytest.param("发布机构： 甲山县人民政府办公室甲政办函〔2099〕3号", "甲政办函〔2099〕3号", id="publishing-body"),
    ],
)  # fmt: skip
def test_a_blank_after_the_cells_colon(
    cell: str, number: str, flatten: Callable[[str], str]
) -> None:
    # (flattened, the cell's blank after its colon kept: the body is the cell's value all the
    # same, the number's code what follows its name; mend72b: left72b read the body's name
    # but its first character into the code, 山市农业农村局甲农函〔2099〕16号)
    letter = parse_text(flatten(cell + "\n" + _UNDER), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == number
    if flatten is spaced:  # (glued, the header's authority is the title's as for any letter)
        assert letter.title == "关于县政协十届三次会议第12号提案的答复"
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    "row",
    [
        pytest.param("承办单位：甲山县交通运输局甲交函〔2099〕5号", id="handling-unit"),
        pytest.param("承办单位： 甲山县交通运输局甲交函〔2099〕5号", id="handling-unit-blank"),
        pytest.param("主办单位：甲山县交通运输局甲交函〔2099〕5号", id="host-unit"),
        pytest.param("协办单位：甲山县财政局甲交函〔2099〕5号", id="assisting-unit"),
        pytest.param("责任部门：甲山县交通运输局甲交函〔2099〕5号", id="responsible-department"),
    ],
)  # fmt: skip
def test_a_handling_units_row_is_no_publishers_cell(row: str) -> None:
    # (a form's row of the unit handling the item glued to the number: no publisher's cell,
    # the code no person of a contact; mend72b: left72b read no number and a contact 甲交函)
    letter = parse_text(row + "\n" + _UNDER, keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == "甲交函〔2099〕5号"
    assert all(c.name != "甲交函" for c in letter.contacts)
    assert span_problems(letter) == []


@pytest.mark.parametrize("flatten", COPIES[1:])
def test_the_body_ends_at_no_office_words_inside(flatten: Callable[[str], str]) -> None:
    # (甲山县教育局办|公室函 would cut 办公室: the body's name ends before the word, mend72b)
    letter = parse_text(
        flatten("发布单位：甲山县教育局办公室函〔2099〕5号\n" + _UNDER), keywords=False
    )
    assert letter.doc_number is not None and letter.doc_number.text == "办公室函〔2099〕5号"


# The cell's body is the page's, no issuer of the letter: the letter signs in another
# name (the publisher's cell names the body the site files it under), and the issuer is
# the signer, lined and flattened (head73: glued, the body's name was left a header line
# of its own over the number and read as the issuer).
CRUMB = (
    "当前位置: 首页>政府信息公开>建议提案办理 > 市农委关于对市政协第20990417号提案办理工作的意见\n"
)


@pytest.mark.parametrize("flatten", FLATTENED)
def test_the_cells_body_is_no_issuer(flatten: Callable[[str], str]) -> None:
    text = CRUMB + HEAD + "发布单位: 甲山市农业农村局\n" + LETTER
    letter = parse_text(flatten(text), keywords=False)
    assert letter.issuer == "甲山市农业委员会"
    assert letter.doc_number is not None and letter.doc_number.text == "甲农函〔2099〕16号"


# Lined, the cell with the number glued to its value on a line of the page's own (the
# view drops it as the page's): the number is read from the cell, its code after the
# body's name, as flattened (head73: the number went with the dropped line).
@pytest.mark.parametrize(
    "cell, number",
    [
        pytest.param("发布单位： 甲山市农业农村局甲农函〔2099〕16号", "甲农函〔2099〕16号", id="publishing-unit"),
        pytest.param("发布单位：甲山市农业农村局甲农函〔2099〕16号", "甲农函〔2099〕16号", id="no-blank"),
        pytest.param("发布机构： 甲山县人民政府办公室甲政办函〔2099〕3号", "甲政办函〔2099〕3号", id="publishing-body"),
    ],
)  # fmt: skip
def test_the_cells_number_on_a_dropped_line(cell: str, number: str) -> None:
    head = "首页 > 政务公开 > 建议提案办理\n发布日期：2099-06-01\n"
    letter = parse_text(head + cell + "\n" + _UNDER, keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == number
    assert letter.issuer == "甲山县交通运输局"
    assert span_problems(letter) == []
