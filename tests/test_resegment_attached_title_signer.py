"""A reply whose closing lists an attachment by its title in book-title marks under its label
(``附：《某某征询意见表》``, ``附件：1.《…》``) right over the signer and the date, a copy
flattened with nothing between its lines (``…此复。附：《…意见表》某县某局2031年6月2日``):
the closing mark ends the label's value whatever the title's last word, so the authority
glued after it signs, as where the copy kept its lines or a blank parts them (fix143,
dev143/003 glued; an earlier round cut nothing there and the letter lost its signer, its
date and its issuer)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

HEAD = [
    "关于县某届人大某次会议第9号建议的答复",
    "王某代表：",
    "您提出的《关于拓宽甲山县某村道路的建议》收悉，现答复如下：",
    "该路段已列入今年的农村公路建设计划，我局将督促施工单位加快进度。",
    "感谢您对我局工作的关心和支持。",
    "此复。",
]
SIGNER = ["甲山县交通运输局", "2031年6月2日"]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "attached",
    [
        pytest.param("附：《代表建议办理情况征询意见表》", id="label"),
        pytest.param("附件：1.《代表建议办理情况征询意见表》", id="numbered"),
        pytest.param("附件2：《代表建议办理情况征询意见表》", id="numbered-label"),
        pytest.param("附件：1.《某路段示意图》2.《代表建议办理情况征询意见表》", id="two-titles"),
    ],
)
@pytest.mark.parametrize(
    "tail",
    [
        pytest.param([], id="end"),
        pytest.param(
            ["（联系人：李小明；联系电话：5550123）", "抄送：县人大常委会。"], id="contact"
        ),
    ],
)
def test_signer_after_an_attached_title(
    flatten: Callable[[str], str], attached: str, tail: list[str]
) -> None:
    letter = parse_text(flatten("\n".join([*HEAD, attached, *SIGNER, *tail])), keywords=False)
    assert letter.signature.issuer == "甲山县交通运输局"
    assert letter.signature.date == "2031-06-02"
    assert letter.issuer == "甲山县交通运输局"
    assert span_problems(letter) == []


# The attached form's maker note under its title (``甲山县交通运输局制``, ``…印制``: the form's
# footer), glued between the title and the signer, is no part of the signer's name: the
# authority after it signs, the same one or another (left71; an earlier round signed
# ``甲山县交通运输局制甲山县交通运输局`` glued).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "maker", ["甲山县交通运输局制", "甲山县交通运输局印制", "乙河市人大常委会选工委制"]
)
@pytest.mark.parametrize(
    "attached", ["附：《代表建议办理情况征询意见表》", "附件：代表建议办理情况征询意见表"]
)
def test_signer_after_an_attached_forms_maker_note(
    flatten: Callable[[str], str], maker: str, attached: str
) -> None:
    letter = parse_text(flatten("\n".join([*HEAD, attached, maker, *SIGNER])), keywords=False)
    assert letter.signature.issuer == "甲山县交通运输局"
    assert letter.signature.date == "2031-06-02"
    assert letter.issuer == "甲山县交通运输局"
    assert span_problems(letter) == []
