"""A joint reply's authorities each on a line of their own over its title, a copy that
flattened its lines with a blank between (``某函〔…〕号 甲委员会 乙委员会 关于…的函 王某代表:
…``): each authority's name is a line of its own, the first the issuer, the title without
them, as on the kept lines (an earlier round read one authority so but glued two into the
title: the second's name before the title's 关于 read as a title opening with its
authority, and after other elements a second mark was not asked; dev131/002). A title that
opens with the second authority, glued (``甲局 乙局关于…``), reads as before. Names invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import spaced

LINED = (
    "〔A类〕\n〔公开〕\n青经函〔2099〕10号\n青山经济开发区管理委员会\n青山高新产业园区管理委员会\n"
    "关于青山区第十届人大二次会议\n第57号建议答复的函\n王某、李某代表：\n"
    "你们提出的建议已收悉，现答复如下：\n一、基本情况\n该项目已完成选址。\n感谢支持。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(LINED, id="lined"),
        pytest.param(spaced(LINED), id="spaced"),
        pytest.param(spaced(LINED.split("\n", 3)[3]), id="spaced-no-elements-over"),
    ],
)
def test_each_authority_is_a_line_over_the_title(text: str) -> None:
    letter = parse_text(text, keywords=False)
    assert letter.issuer == "青山经济开发区管理委员会"
    assert letter.title == "关于青山区第十届人大二次会议第57号建议答复的函"
    assert letter.proposal is not None and letter.proposal.number == "57"


def test_marks_over_the_number_read_flattened() -> None:
    letter = parse_text(spaced(LINED), keywords=False)
    assert (letter.handling_type, letter.public) == ("A", True)
    assert letter.doc_number is not None and letter.doc_number.text == "青经函〔2099〕10号"
