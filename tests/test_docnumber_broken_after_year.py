"""A letter's own 发文字号 a copy broke after its bracketed year: its code and year end a
header line and its serial and 号 stand alone on the next (``某水函〔2024〕`` / ``12号``), or a
web table's cell bar parts them (``某水函〔2024〕|12号``). One number, never title."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

BODY = (
    "关于县政协十届三次会议第8号提案的答复\n"
    "李某委员：\n"
    "　　您提出的关于治理河道的提案收悉，现答复如下：\n"
    "　　我局将加强治理。\n"
    "某县水利局\n"
    "2024年6月3日\n"
)
TITLE = "关于县政协十届三次会议第8号提案的答复"

BROKEN = [
    pytest.param("某县水利局\n某水函〔2024〕\n12号\n", "某水函〔2024〕\n12号", 12, id="line-break"),
    pytest.param("某水函〔2024〕\n12号\n", "某水函〔2024〕\n12号", 12, id="line-break-no-mark"),
    pytest.param("某水函[2024]\n3号\n", "某水函[2024]\n3号", 3, id="square-brackets"),
    pytest.param("某水函〔2024〕|12号\n", "某水函〔2024〕|12号", 12, id="cell-bar"),
    pytest.param("某水函〔2024〕 | 12号\n", "某水函〔2024〕 | 12号", 12, id="cell-bar-spaced"),
    pytest.param("某水函〔2024〕｜12号\n", "某水函〔2024〕｜12号", 12, id="full-width-bar"),
    # (left61a) after the number's label, the authority's name glued before the code, the
    # title glued after the serial, the title or a label after a gap on the serial's line
    pytest.param("文号：某水函〔2024〕\n12号\n", "某水函〔2024〕\n12号", 12, id="labelled"),
    pytest.param("某县水利局某水函〔2024〕\n12号\n", "某水函〔2024〕\n12号", 12, id="authority-glued"),
    pytest.param("某水函〔2024〕\n12号", "某水函〔2024〕\n12号", 12, id="title-glued"),
    pytest.param("某水函〔2024〕\n第12号", "某水函〔2024〕\n第12号", 12, id="title-glued-di"),
    pytest.param("某水函〔2024〕\n12号  ", "某水函〔2024〕\n12号", 12, id="title-after-a-gap"),
    pytest.param(
        "某县水利局\n某水函〔2024〕\n12号          签发人：王某\n", "某水函〔2024〕\n12号", 12,
        id="label-after-a-gap",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("head", "text", "serial"), BROKEN)
def test_a_number_broken_after_its_year_is_one(head: str, text: str, serial: int) -> None:
    record = parse_text(head + BODY)
    assert record.doc_number is not None
    assert (record.doc_number.text, record.doc_number.prefix, record.doc_number.year) == (
        text,
        "某水函",
        2024,
    )
    assert record.doc_number.serial == serial
    assert record.title == TITLE
    assert record.issuer == "某县水利局"
    assert span_problems(record) == []


def test_a_number_broken_under_the_title() -> None:
    record = parse_text(TITLE + "\n某水函〔2024〕\n12号\n" + BODY.split("\n", 1)[1])
    assert record.doc_number is not None
    assert record.doc_number.text == "某水函〔2024〕\n12号"
    assert record.title == TITLE
    assert record.salutation == "李某委员："


# near misses: no number is made of them
NOT_BROKEN = [
    pytest.param("某水函〔2024〕\n第12号提案\n", id="a-proposal-number-below"),
    pytest.param("某水函〔2024〕\n12号楼\n", id="more-after-the-hao"),
    pytest.param("工作要点（2024）\n12号\n", id="a-title-year-no-code-glued"),
    pytest.param("某水函〔2024〕\n12\n", id="no-hao"),
    # (left61a) a serial glued to words that are no title's nor a header element's
    pytest.param("某水函〔2024〕\n12号楼关于县政协十届三次会议第8号提案的答复\n", id="words-after-the-hao"),
    pytest.param("工作要点（2024）\n12号关于县政协十届三次会议第8号提案的答复\n", id="title-year-glued"),
]  # fmt: skip


@pytest.mark.parametrize("head", NOT_BROKEN)
def test_no_number_from_lines_that_only_look_broken(head: str) -> None:
    record = parse_text(head + BODY)
    number = record.doc_number
    assert number is None or number.serial is None


def test_a_number_with_a_bar_in_the_body_is_not_the_letters_own() -> None:
    text = "某县水利局\n" + BODY.replace(
        "我局将加强治理。", "我局将按某政发〔2020〕|3号文件加强治理。"
    )
    record = parse_text(text)
    assert record.doc_number is None
    assert span_problems(record) == []


# A labelled 发文字号 row broken before its bracketed year: the label and the code end one
# line and the year and serial open the next (``文号：某水函`` / ``〔2024〕12号``, a page's
# table row ``文号|某水函`` / ``〔2024〕12号|主题词`` too). One number, its code the row's value,
# where an earlier round read the year and serial alone as the number, code lost.
BROKEN_BEFORE_YEAR = [
    pytest.param("文号：某水函\n〔2024〕12号\n", id="label-colon"),
    pytest.param("发文字号：某水函\n〔2024〕12号\n", id="long-label"),
    pytest.param("文号 某水函\n〔2024〕12号\n", id="label-blank"),
    pytest.param("| 文 号 | 某水函\n〔2024〕12号 | 主 题 词 | |\n", id="table-row"),
]  # fmt: skip


@pytest.mark.parametrize("head", BROKEN_BEFORE_YEAR)
def test_a_labelled_number_broken_before_its_year_is_one(head: str) -> None:
    record = parse_text(head + BODY)
    assert record.doc_number is not None
    number = record.doc_number
    assert (number.text, number.prefix, number.year, number.serial) == (
        "某水函\n〔2024〕12号",
        "某水函",
        2024,
        12,
    )
    assert record.title == TITLE
    assert span_problems(record) == []


# near misses: the line above is no code alone after a number's label (an authority's name
# over the number, a label of another field, a sentence), and its number stays as it is
NOT_BROKEN_BEFORE_YEAR = [
    pytest.param("某县水利局\n〔2024〕12号\n", "〔2024〕12号", id="authority-above"),
    pytest.param("签发人：王某\n〔2024〕12号\n", "〔2024〕12号", id="other-label"),
    pytest.param("文号：某水函，\n〔2024〕12号\n", "〔2024〕12号", id="not-a-code"),
    # a word for none, or an authority's full name, as the row's value: no code (left57a)
    pytest.param("文号：暂无\n〔2024〕12号\n", "〔2024〕12号", id="none-word"),
    pytest.param("文号：无\n〔2024〕12号\n", "〔2024〕12号", id="none-bare"),
    # (review57e) the word for none with the number's own noun after it, or 不适用
    pytest.param("文号：暂无文号\n〔2024〕12号\n", "〔2024〕12号", id="none-and-noun"),
    pytest.param("发文字号：无编号\n〔2024〕12号\n", "〔2024〕12号", id="none-and-serial-noun"),
    pytest.param("文号：暂无发文字号\n〔2024〕12号\n", "〔2024〕12号", id="none-and-label"),
    pytest.param("文号：不适用\n〔2024〕12号\n", "〔2024〕12号", id="not-applicable"),
    pytest.param("文号：某县水利局\n〔2024〕12号\n", "〔2024〕12号", id="authority-value"),
    pytest.param("发文字号：某县人民政府办公室\n〔2024〕12号\n", "〔2024〕12号", id="office-value"),
    # a code that ends with a short office's character is a code still
    pytest.param("文号：县府办\n〔2024〕12号\n", "县府办\n〔2024〕12号", id="short-office-code"),
]  # fmt: skip


@pytest.mark.parametrize(("head", "text"), NOT_BROKEN_BEFORE_YEAR)
def test_no_code_joined_from_a_line_that_holds_none(head: str, text: str) -> None:
    record = parse_text(head + BODY)
    assert record.doc_number is not None
    assert record.doc_number.text == text
