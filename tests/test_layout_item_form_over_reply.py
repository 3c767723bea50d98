"""A site's record of the item printed over the reply: a 办理单 whose rows name the item
(its proposer, its number, a ``标题：`` row holding the item's own title, its text, the
office, the reply's date), the reply's row last, then the salutation. A form that serves
deputies and members alike names both kinds before a row's word, joined by a slash
(``建议/提案号：``), and a copy may list the rows with a bullet before each, under a
mirror's leftover tags. The title row names the item answered: no title of the reply (null
when the reply writes none); the proposal's title comes from the reply's opening, its
number from the form's row, the addressee from the salutation.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

REPLY = (
    "答复日期: 2099-06-22\n"
    "答复内容:\n"
    "王某某代表:\n"
    "您提出的《关于在某镇某路口加装路灯的建议》收悉,现答复如下: 该处路灯已开始施工。\n"
    "感谢您对我局工作的关心和支持!\n"
)
ROWS = (
    "{bullet}建议/提案提出者: 王某某 建议/提案号: 17\n"
    "标题: 关于某镇某路口加装路灯的建议\n"
    "建议/提案内容:\n"
    "某路口夜间没有路灯,群众出行不便,建议加装路灯。\n"
    "承办单位: 主办: 某局 协办:\n"
)


@pytest.mark.parametrize(
    ("above", "bullet"),
    [
        pytest.param("", "", id="rows"),
        pytest.param("", "  • ", id="bulleted"),
        pytest.param(
            '  • <li id="k3x9"><option id="k3x9"></option></li>\n  • <strike id="k3x9"></strike>\n',
            "  • ",
            id="under-leftover-tags",
        ),
    ],
)
def test_item_form_over_the_reply_gives_no_title(above: str, bullet: str) -> None:
    letter = parse_text(above + ROWS.format(bullet=bullet) + REPLY)
    assert letter.title is None
    assert letter.proposal.number == "17"
    assert letter.proposal.title == "关于在某镇某路口加装路灯的建议"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "代表")]
    assert span_problems(letter) == []


def test_slashed_labels_are_whole_labels() -> None:
    # the kinds joined by a slash open the row's label: no 建议/ left over a line above
    letter = parse_text(ROWS.format(bullet="").replace("标题: ", "建议/提案标题: ") + REPLY)
    assert letter.title is None
    assert letter.proposal.number == "17"


def test_reply_title_under_a_title_row_stays_the_title() -> None:
    text = "标题: 关于某镇某路口加装路灯的建议的答复\n王某某代表:\n您提出的建议收悉,现答复如下: 已施工。\n"
    assert parse_text(text).title == "关于某镇某路口加装路灯的建议的答复"


def test_item_title_row_with_no_form_under_it_stays_the_title() -> None:
    # the item's title alone over the salutation, no form under it: the title, as before
    text = (
        "标题: 关于某镇某路口加装路灯的建议\n王某某代表:\n您提出的建议收悉,现答复如下: 已施工。\n"
    )
    assert parse_text(text).title == "关于某镇某路口加装路灯的建议"
