"""A disclosure page's metadata card printed one cell a line at the letter's top, each label
alone with its colon over its value or left empty (``信息类别：`` / ``办理结果`` / ``公开方式：``
/ ``主动公开`` / ``信息索取号：`` / ``0000/2099-00018`` / ``相关解读：`` / ``相关文件：``), then
the title and the salutation (fix108). A label of a page's table alone with its colon names
no one: never a salutation; the run of such cells at the top is the page's, also on a page
that shows itself nowhere else; a cell on its line over the title is no part of the title;
the title under a cell left empty is no cell's value. An earlier round read ``信息索取号``
or ``信息类别`` as the addressee and no title. Invented snippets."""

from __future__ import annotations

import pytest

from replyparse import parse_text, vocab
from replyparse.chrome import chrome_lines, page_label_alone
from spans import span_problems

TITLE = "对某县九届人大二次会议第18号建议的答复"
LETTER = (
    f"{TITLE}\n林某代表：\n"
    "您提出的关于“修缮北山便道”的建议收悉，现答复如下：\n我局已将便道修缮列入今年计划。\n"
    "某县民政局\n2099年3月4日\n"
)
CARD = (
    "信息类别:\n办理结果\n公开方式:\n主动公开\n生成日期:\n2099-03-04\n公开时限:\n常年公开\n"
    "公开范围:\n面向全社会\n信息索取号:\n000000000/2099-00018\n相关解读:\n相关文件:\n"
)


def _read_whole(text: str) -> None:
    letter = parse_text(text)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("林某", "代表")]
    assert letter.proposal is not None
    assert (letter.proposal.number, letter.proposal.session) == ("18", "某县九届人大二次会议")
    assert letter.proposal.title == "修缮北山便道"
    assert [d.value for d in letter.dates] == ["2099-03-04"]
    assert span_problems(letter) == []


def test_a_card_one_cell_a_line_over_the_title_is_the_pages() -> None:
    text = CARD + LETTER
    assert set(chrome_lines(text.split("\n"))) >= set(range(CARD.count("\n")))
    _read_whole(text)


CELLS_OVER_TITLE = [
    pytest.param("信息类别:\n办理结果\n", id="class-over-its-value"),
    pytest.param("信息类别：\n", id="class-left-empty"),
    pytest.param("信息索取号：000000000/2099-00018\n", id="code-on-its-line"),
    pytest.param("索取号:\n000000000/2099-00018\n", id="code-over-its-value"),
    pytest.param("所属栏目：\n建议提案办理\n相关文件：\n", id="section-then-empty-files"),
]


@pytest.mark.parametrize("cells", CELLS_OVER_TITLE)
def test_a_cell_over_the_title_is_no_salutation_nor_title(cells: str) -> None:
    # (no other sign of a page: the cells alone show it)
    _read_whole(cells + LETTER)


def test_a_pages_label_between_title_and_names_is_no_salutation() -> None:
    letter = parse_text(LETTER.replace("\n林某代表：", "\n相关文件：\n林某代表："))
    assert [(a.name, a.role) for a in letter.addressees] == [("林某", "代表")]


def test_the_letters_own_label_over_its_value_stays_the_letters() -> None:
    # a label of the letter's own (公开方式) alone over its value, no label only a page
    # writes among them: the letter's publication note, as before
    text = "公开方式：\n主动公开\n" + LETTER
    assert chrome_lines(text.split("\n")) == frozenset()
    letter = parse_text(text)
    assert letter.public is True
    assert letter.title == TITLE


def test_the_title_under_an_empty_cell_is_no_value_of_it() -> None:
    # (on a page: the 发布时间 cell shows it; the title opens with 对, no authority)
    text = "发布时间：2099-03-04\n相关文件:\n" + LETTER
    lines = text.split("\n")
    assert 2 not in chrome_lines(lines)
    assert parse_text(text).title == TITLE


@pytest.mark.parametrize(
    "line",
    ["信息类别：", "信息索取号:", "相关文件：", "• 所属栏目:", "名 称："],
)
def test_a_pages_label_alone_with_its_colon(line: str) -> None:
    assert page_label_alone(line)


@pytest.mark.parametrize(
    "line", ["林某代表：", "信息类别", "相关文件：关于某事的通知", "某县民政局："]
)
def test_not_a_pages_label_alone(line: str) -> None:
    assert not page_label_alone(line)


@pytest.mark.parametrize(
    "label",
    [
        "信息索取号",
        "索取号",
        "所属栏目",
        "信息格式",
        "载体类型",
        "信息有效性",
        "信息时效",
        "相关解读",
        "相关文件",
    ],
)
def test_a_disclosure_pages_labels_are_page_labels(label: str) -> None:
    assert any(e.spelling == label and e.field == "page" for e in vocab.labels())


def test_a_flattened_card_glued_before_the_title() -> None:
    # a copy that lost every line break: the card's cells glued one after another, 相关文件
    # left empty, the title glued to it (the 对 of the title no value of the cell's)
    body = (
        "我局已将便道修缮列入今年计划，将于年内完成路面硬化、排水沟疏通和护栏安装等工作，"
        "并安排专人定期巡查养护。"
    )
    flat = (CARD + LETTER.replace("我局已将便道修缮列入今年计划。", body)).replace("\n", "")
    letter = parse_text(flat)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("林某", "代表")]


@pytest.mark.parametrize(
    "title",
    [
        "县九届人大二次会议第18号建议的答复",
        "某县民政局关于修缮便道问题的复函",
        "九届二次会议第18号的回复",
        "县九届人大二次会议第18号建议的答复意见",
        "县九届人大二次会议第18号建议的办理意见",
        "县九届人大二次会议第18号提案办理情况的报告",
    ],
)
def test_a_title_with_no_opening_word_under_an_empty_cell_is_the_letters(title: str) -> None:
    # (review63a: a title opening with neither 关于 nor 对, ending as a reply's after its 的,
    # is no value of the 相关文件 cell left empty over it: fix108's card read it as one)
    text = CARD + LETTER.replace(TITLE, title)
    letter = parse_text(text)
    assert letter.title == title
    assert [(a.name, a.role) for a in letter.addressees] == [("林某", "代表")]


def test_a_class_a_page_files_the_letter_under_stays_a_cells_value() -> None:
    # (no 的 before its 答复: the card's value, as before)
    text = "信息类别：\n建议提案答复\n相关文件：\n" + LETTER
    assert {0, 1, 2} <= set(chrome_lines(text.split("\n")))
    assert parse_text(text).title == TITLE


def test_a_pages_label_alone_over_its_value_after_the_letters_own_rows() -> None:
    # (review63a: the letter's own rows first, so no card at the top; the layout reads past
    # the page's label alone and its value, 村道, no line of the title under it)
    text = "办理类型：\nA类\n公开方式：\n主动公开\n关键词：\n北山便道\n" + LETTER
    letter = parse_text(text)
    assert letter.title == TITLE
    assert letter.handling_type == "A"
    assert letter.public is True
    assert [(a.name, a.role) for a in letter.addressees] == [("林某", "代表")]
    assert span_problems(letter) == []


@pytest.mark.parametrize("cell", ["标题：\n", "标题: "], ids=["over-it", "before-it"])
def test_a_title_cells_value_is_the_title_not_a_value_read_past(cell: str) -> None:
    # (the layout reads past a value under a page's label alone, but a title cell's value
    # is the title: review63a's first try read it past and lost it)
    letter = parse_text(cell + LETTER)
    assert letter.title == TITLE
