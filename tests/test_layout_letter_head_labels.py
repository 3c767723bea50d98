"""A letter's own labels over its title and under it (left63b): its own label block with the
item's class (建议类型：/ 一般建议 among 办理类型：/ B类, 公开方式：/ 主动公开) keeps its marks,
a 建议 database's table stays the page's; a form row's label or a paragraph's lead-in alone
under the title (回复内容：, 经研究：) and the writer's own words (我局：) are no salutation; a
label's value on the line under it (联系人：/ 李某) is no part of the title; a date in figures
at the text's end is whole. Snippets in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

_TITLE = "关于整修某乡便民桥的建议的答复"
_BODY = (
    "王某代表：\n你提出的关于整修某乡便民桥的建议收悉。现答复如下：\n"
    "一、已将该桥列入明年维修计划。\n感谢你对交通工作的关心。\n某县交通运输局\n2099年5月6日\n"
)


def _lined(text: str) -> str:
    return text


def test_the_letters_own_label_block_keeps_its_marks() -> None:
    head = "建议类型：\n一般建议\n办理类型：\nB类\n公开方式：\n主动公开\n"
    letter = parse_text(head + _TITLE + "\n" + _BODY, keywords=False)
    assert letter.handling_type == "B"
    assert letter.public is True
    assert letter.title == _TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert span_problems(letter) == []


def test_a_database_table_of_the_item_stays_the_pages() -> None:
    # (its other labels by the item's class: 提交日期, the database's own)
    head = "建议类型：\n一般建议\n提交日期：\n2099-01-16\n办理类型：\nB类\n"
    letter = parse_text(head + _TITLE + "\n" + _BODY, keywords=False)
    assert letter.handling_type is None
    assert letter.title == _TITLE


@pytest.mark.parametrize("label", ["回复内容：", "问题描述：", "答复内容：", "经研究："])
def test_a_label_alone_under_the_title_is_no_salutation(label: str) -> None:
    text = f"{_TITLE}\n{label}\n你单位转来的关于整修某乡便民桥的建议收悉。现答复如下：\n"
    letter = parse_text(text + "一、已列入计划。\n某县交通运输局\n2099年5月6日\n", keywords=False)
    assert letter.salutation is None
    assert letter.addressees == []
    assert letter.title == _TITLE


def test_the_salutation_under_such_a_label_is_read() -> None:
    letter = parse_text(f"{_TITLE}\n回复内容：\n{_BODY}", keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


@pytest.mark.parametrize("copy", [_lined, spaced, glued], ids=["lined", "spaced", "glued"])
@pytest.mark.parametrize("own", ["我局", "我委", "本单位"])
def test_the_writers_own_words_address_no_one(own: str, copy: Callable[[str], str]) -> None:
    text = f"{_TITLE}\n{own}：\n你单位转来的关于整修某乡便民桥的建议收悉。现答复如下：\n"
    text += "一、已列入计划。\n某县交通运输局\n2099年5月6日\n"
    letter = parse_text(copy(text), keywords=False)
    assert letter.salutation is None
    assert letter.addressees == []
    assert letter.title == _TITLE


@pytest.mark.parametrize(
    ("label", "value"), [("联系人：", "李某"), ("名称：", "某乡便民桥")], ids=["contact", "name"]
)
def test_a_labels_value_over_the_title_is_no_part_of_it(label: str, value: str) -> None:
    letter = parse_text(f"{label}\n{value}\n{_TITLE}\n{_BODY}", keywords=False)
    assert letter.title == _TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


def test_the_contact_over_the_title_is_read() -> None:
    letter = parse_text(f"联系人：\n李某\n{_TITLE}\n{_BODY}", keywords=False)
    assert [c.name for c in letter.contacts] == ["李某"]


def test_a_title_cells_value_over_the_salutation_is_the_title() -> None:
    letter = parse_text(f"名称：\n某乡便民桥整修建议答复\n{_BODY}", keywords=False)
    assert letter.title == "某乡便民桥整修建议答复"


def test_a_title_cells_value_wrapped_over_two_lines_is_the_title() -> None:
    """The line under the value opens no title (no 关于, 对, nor an authority's title): the
    value's own rest, wrapped, the two one title (review63d)."""
    letter = parse_text(f"名称：\n甲岭乡石拱桥\n维修建议的答复\n{_BODY}", keywords=False)
    assert letter.title == "甲岭乡石拱桥维修建议的答复"


@pytest.mark.parametrize("written", ["2099.5.2", "2099-5-2", "2099/5/2"])
def test_a_figures_date_ending_the_text_is_whole(written: str) -> None:
    # (decided, left63b: no 日 a figures date writes is missing, so nothing shows a cut)
    letter = parse_text(_BODY.replace("2099年5月6日\n", written), keywords=False)
    assert letter.signature is not None
    assert letter.signature.date == "2099-05-02"
    assert all(d.code.value != "missing-date" for d in letter.diagnostics)


@pytest.mark.parametrize("copy", [spaced, glued], ids=["spaced", "glued"])
def test_a_reply_row_after_the_title_keeps_its_word(copy: Callable[[str], str]) -> None:
    text = f"{_TITLE}\n回复内容：你反映的关于整修某乡便民桥的问题收悉。现答复如下：\n"
    letter = parse_text(
        copy(text + "一、已列入计划。\n某县交通运输局\n2099年5月6日\n"), keywords=False
    )
    assert letter.title == _TITLE


@pytest.mark.parametrize("label", ["办理情况：", "答复内容：", "办理结果："])
def test_a_handling_rows_label_takes_no_line_of_the_title_under_it(label: str) -> None:
    """A 办理单's handling row has the reply for its value: a title broken over two lines
    under it (a Word copy breaks a long one so) is the title whole, its first line no value of
    the label's (the lead, stop 63: left63b's reading cut it off)."""
    head = f"甲河县水利局\n事    由：关于修缮渠道的建议\n{label}\n甲河县第九届人民代表大会第三次\n"
    letter = parse_text(f"{head}会议第7号建议办理单\n{_BODY}", keywords=False)
    assert letter.title == "甲河县第九届人民代表大会第三次会议第7号建议办理单"
