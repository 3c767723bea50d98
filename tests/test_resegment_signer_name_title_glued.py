"""A signer's name in a head copied with its line breaks lost and nothing in their place,
the title glued after it and opening with its authority (``签发人：王明江北区某局关于…``,
``签发人：王大明某县某局对…``). The name and the authority's place are split as a 发文字号's
code is: the place the letter writes elsewhere first, else two characters (or three) before
the place's level. The name stays the signer's, the title opens with its authority."""

from __future__ import annotations

import pytest

from replyparse import parse_text

PROPOSAL = "县九届人大二次会议第14号建议的答复"
REST = (
    "程某代表：您提出的关于修缮村口石桥的建议收悉，现答复如下：我局已派人查看，"
    "石桥列入今年的维修计划。感谢您对交通工作的关心和支持！{signed}2099年6月3日"
)


@pytest.mark.parametrize(
    ("name", "authority", "signed"),
    [
        pytest.param("欧阳明", "青石县交通运输局", "", id="three-characters-county"),
        pytest.param("高峰", "溪口区交通局", "", id="two-characters-district"),
        # (by the level alone 高峰云 would be the name: the signature names the place)
        pytest.param("高峰", "云岭山市交通局", "云岭山市交通局", id="place-written-below"),
    ],
)
@pytest.mark.parametrize("opener", ["关于", "对"])
def test_title_glued_after_the_signers_name(
    name: str, authority: str, signed: str, opener: str
) -> None:
    head = f"青交函〔2099〕7号签发人：{name}{authority}{opener}{PROPOSAL}"
    letter = parse_text(head + REST.format(signed=signed), keywords=False)
    assert letter.title == authority + opener + PROPOSAL
    assert letter.issuer == authority
    assert letter.proposal is not None and letter.proposal.number == "14"


# Must not match: the same head with its line breaks
def test_signers_name_on_its_line() -> None:
    head = "青交函〔2099〕7号\n签发人：欧阳明\n青石县交通运输局关于" + PROPOSAL + "\n"
    letter = parse_text(head + REST.format(signed="").replace("！", "！\n"), keywords=False)
    assert letter.title == "青石县交通运输局关于" + PROPOSAL


# Decided (left70): so where the copy lost the signer's colon too (…7号签发人欧阳明青石县…关于…),
# and where the title opens with 关于 or 对 after a name of two or three hanzi (…7号签发人高峰
# 关于…): the row is the signer's, the title whole after it (an earlier round read no title).
@pytest.mark.parametrize(
    ("name", "authority"),
    [
        pytest.param("欧阳明", "青石县交通运输局", id="authority-title"),
        pytest.param("高峰", "", id="guanyu-title-two"),
        pytest.param("程小明", "", id="guanyu-title-three"),
    ],
)
@pytest.mark.parametrize("opener", ["关于", "对"])
def test_title_glued_after_a_colonless_signer(name: str, authority: str, opener: str) -> None:
    head = f"青交函〔2099〕7号签发人{name}{authority}{opener}{PROPOSAL}"
    letter = parse_text(head + REST.format(signed="青石县交通运输局"), keywords=False)
    assert letter.title == authority + opener + PROPOSAL
    assert letter.proposal is not None and letter.proposal.number == "14"
