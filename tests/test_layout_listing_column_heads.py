"""A listing's heads of its columns copied with gaps between them (``序号  建议人  单位``,
``序号⇥建议人⇥工作单位⇥建议号``): the row names nobody, so it is no salutation (an earlier
round read ``序号`` and ``单位`` as two 建议人) and no part of the title, over the title or
under it, with its row of values under it or not. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于县九届人大二次会议第31号建议的答复"
OPENING = "你提出的关于修缮某村桥梁的建议收悉，现答复如下：我局已将该桥列入明年计划。\n"
CLOSING = "溪口县交通运输局\n2031年4月9日\n"

HEADS = [
    pytest.param("序号 建议人 单位", id="blanks"),
    pytest.param("序号  建议人  单位", id="runs-of-blanks"),
    pytest.param("序号\u3000建议人\u3000单位", id="full-width-blanks"),
    pytest.param("序号\t建议人\t工作单位\t建议号", id="tabs-four-heads"),
    pytest.param("序号 姓名 所在单位 备注", id="name-and-unit"),
]

VALUES = {
    "序号 建议人 单位": "1 王某 溪口县某镇",
    "序号  建议人  单位": "1  王某  溪口县某镇",
    "序号\u3000建议人\u3000单位": "1\u3000王某\u3000溪口县某镇",
    "序号\t建议人\t工作单位\t建议号": "1\t王某\t溪口县某镇\t31",
    "序号 姓名 所在单位 备注": "1 王某 溪口县某镇 无",
}


def _read(text: str) -> tuple[str | None, str | None, list[tuple[str, str | None]]]:
    letter = parse_text(text, keywords=False)
    return letter.title, letter.salutation, [(a.name, a.role) for a in letter.addressees]


@pytest.mark.parametrize("heads", HEADS)
def test_heads_under_the_title_are_no_salutation(heads: str) -> None:
    assert _read(f"{TITLE}\n{heads}\n{OPENING}{CLOSING}") == (TITLE, None, [])


@pytest.mark.parametrize("heads", HEADS)
def test_heads_and_values_over_the_title_are_no_salutation(heads: str) -> None:
    text = f"{heads}\n{VALUES[heads]}\n"
    assert _read(text + f"{TITLE}\n{OPENING}{CLOSING}") == (TITLE, None, [])


@pytest.mark.parametrize("heads", HEADS)
def test_heads_keep_out_of_the_title_over_a_salutation(heads: str) -> None:
    text = f"{heads}\n{TITLE}\n王某代表：\n{OPENING}{CLOSING}"
    assert _read(text) == (TITLE, "王某代表：", [("王某", "代表")])


def test_names_parted_by_blanks_stay_a_salutation() -> None:
    # (单 is a surname: names written apart, no listing's heads)
    text = f"{TITLE}\n单伟 王某代表\n{OPENING}{CLOSING}"
    assert _read(text)[2] == [("单伟", "代表"), ("王某", "代表")]
