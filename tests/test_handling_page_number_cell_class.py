"""A letter whose only 发文字号 is the page's 文号 cell, the letter's class glued after the
number there (``文号：某函〔2099〕7号B类``, ``…7号[B]类``, ``…7号（B类）``): the page's copy of
the letter's number line, its class with it; the class is read as the letter's number is,
when the letter says none itself. A cell with no class after its number gives none, and
the letter's own note wins (snippets invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "某省某某厅关于省五届人大一次会议第1234号建议的答复"


def _page(number_cell: str, own: str = "") -> str:
    return (
        "- 索 引 号: XX00123-0900-2099-00070\n"
        f"- 文号: {number_cell}\n"
        "- 发布机构: 某省某某厅\n"
        "- 生成日期: 2099-04-27\n"
        f"- 标题: {TITLE}\n"
        "- 有效性:有效\n"
        f"{own}"
        "林小岚代表:\n"
        "《关于加强乡村茶园建设的建议》(第1234号)收悉。现将办理情况答复如下:\n"
        "我厅已会同有关部门开展调研，明年起安排专项资金支持。\n"
        "某省某某厅\n"
        "2099年5月6日\n"
    )


@pytest.mark.parametrize("mark", ["B类", "[B]类", "（B类）", "(B类)"])
def test_class_after_the_cells_number(mark: str) -> None:
    letter = parse_text(_page(f"某卫函〔2099〕75号{mark}"), keywords=False)
    assert letter.doc_number is not None and letter.doc_number.text == "某卫函〔2099〕75号"
    assert letter.handling_type == "B"


# Must not match
def test_a_cell_with_no_class_gives_none() -> None:
    letter = parse_text(_page("某卫函〔2099〕75号"), keywords=False)
    assert letter.handling_type is None


def test_the_letters_own_note_wins() -> None:
    letter = parse_text(_page("某卫函〔2099〕75号B类", "答复类别：A类\n"), keywords=False)
    assert letter.handling_type == "A"
