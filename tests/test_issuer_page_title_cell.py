"""A cut copy of a page whose letter names no authority itself (no header mark, no
signature, its own title opening with 关于): the authority the page's title cell (名称,
标题) opens with is the issuer, as the 文号 cell gives the number the letter lost: the
site copies both from the document itself (decided fix75). The table's 发布机构 and 来源
cells name the site's publisher and give nothing, and an authority the letter names itself
wins over the cell. Tables in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_OWN_TITLE = "关于县五届人大三次会议第14号建议答复的函"
_CUT = (
    f"{_OWN_TITLE}\n孔某代表：\n    您提出的《关于整修某村卫生所的建议》收悉，现答复如下：\n"
    "    一、基本情况\n    我局已将该所列入明年整修计划，"
)


def _table(name: str, publisher: str = "桐溪县人民政府办公室") -> str:
    return (
        "索引号：000000000/2024-00088  主题分类：卫生\n"
        f"发布机构：{publisher}  发布日期：2024-07-09 10:12\n"
        f"名  称：{name}\n文号：  关键字：\n\n"
    )


def test_the_title_cells_authority_names_a_cut_letter() -> None:
    letter = parse_text(_table("桐溪县卫生健康局" + _OWN_TITLE) + _CUT)
    assert letter.issuer == "桐溪县卫生健康局"
    assert letter.title == _OWN_TITLE
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    ("name", "publisher"),
    [
        pytest.param(_OWN_TITLE, "桐溪县卫生健康局", id="cell-with-no-authority-publisher-named"),
        pytest.param("县五届人大三次会议第14号建议答复", "桐溪县卫生健康局", id="no-title-opening"),
    ],
)
def test_no_authority_in_the_title_cell_gives_none(name: str, publisher: str) -> None:
    """The 发布机构 cell is the site's publisher, never the issuer, even when it names the
    department itself."""
    assert parse_text(_table(name, publisher) + _CUT).issuer is None


def test_the_letters_own_signer_wins_over_the_cell() -> None:
    signed = _CUT + "已安排资金。\n    感谢您的关心。\n桐溪县卫生和健康委员会\n2024年7月1日\n"
    letter = parse_text(_table("桐溪县卫生健康局" + _OWN_TITLE) + signed)
    assert letter.issuer == "桐溪县卫生和健康委员会"


def test_a_forwarding_title_cell_names_the_forwarding_authority() -> None:
    """A title cell whose authority forwards another's reply (…办公室转发县某局关于…): the
    forwarding authority, the one forwarded no part of its name (left57a)."""
    letter = parse_text(_table("桐溪县人民政府办公室转发县卫健局" + _OWN_TITLE) + _CUT)
    assert letter.issuer == "桐溪县人民政府办公室"
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    "cell", ["发布机构桐溪县水务局", "信息来源：桐溪县水务局", "来源桐溪县水务局"]
)
def test_a_publisher_cell_glued_in_the_head_is_no_mark(cell: str) -> None:
    # (issuer59: the page's publisher cell, its label glued to its value, over the title: the
    # signer names the issuer; the cell's value never does)
    text = (
        f"{cell}\n{_OWN_TITLE}\n孔某代表：\n    您提出的建议收悉。\n\n桐溪县林业局\n2031年6月20日\n"
    )
    letter = parse_text(text, keywords=False)
    assert letter.issuer == "桐溪县林业局"


@pytest.mark.parametrize("mark", ["来安县水务局文件", "来宾市水务局", "来凤县水务局文件"])
def test_a_place_opening_with_lai_is_no_publisher_cell(mark: str) -> None:
    # (a mark whose place opens with 来 is no 来源 cell: the head names the issuer, the letter
    # signs with no authority)
    text = f"{mark}\n{_OWN_TITLE}\n孔某代表：\n    您提出的建议收悉。\n\n2031年6月20日\n"
    letter = parse_text(text, keywords=False)
    assert letter.issuer == mark.removesuffix("文件")
    assert letter.issuer_span == (0, len(letter.issuer))
