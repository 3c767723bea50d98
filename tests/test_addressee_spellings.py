"""Addressees of a salutation naming a body of the 致公党, whose 致 is no opener of address."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = "关于某市政协十届二次会议第12号提案的答复\n{salutation}\n贵委提出的提案收悉，现答复如下：\n感谢。\n"

# (salutation line, [(name, role), …]): the 致 of 致公党 is no opener of address.
ZHIGONG = [
    pytest.param("致公党某市委员会：", [("致公党某市委员会", None)], id="致公党-市委员会"),
    pytest.param("致公党某州委：", [("致公党某州委", None)], id="致公党-州委"),
    pytest.param(
        "尊敬的致公党某县支部：",
        [("致公党某县支部", None)],
        id="尊敬的-then-致公党",
        # the salutation line loses its 尊敬的 before 致 (resegment cuts it there)
        marks=pytest.mark.xfail(strict=True, reason="resegment cuts 尊敬的 off before 致"),
    ),
    pytest.param("致公党某市委、民盟某市委:", [("致公党某市委", None), ("民盟某市委", None)], id="致公党-first-of-two-bodies"),
    pytest.param("民建某市委、致公党某市委：", [("民建某市委", None), ("致公党某市委", None)], id="致公党-second-of-two-bodies"),
]  # fmt: skip

# Near-misses: 致 before a person or another body is still an opener of address.
ZHI_OPENER = [
    pytest.param("致王某代表：", [("王某", "代表")], id="致-person"),
    pytest.param("致民盟某市委：", [("民盟某市委", None)], id="致-other-body"),
    pytest.param("致公某委员：", [("公某", "委员")], id="致-before-a-name-opening-公"),
]  # fmt: skip


@pytest.mark.parametrize(("salutation", "expected"), ZHIGONG + ZHI_OPENER)
def test_addressees_of_a_salutation(
    salutation: str, expected: list[tuple[str, str | None]]
) -> None:
    text = LETTER.format(salutation=salutation)
    letter = parse_text(text)
    assert [(a.name, a.role) for a in letter.addressees] == expected
    assert letter.salutation == salutation
    for a in letter.addressees:
        assert a.span is not None
        assert text[a.span[0] : a.span[1]] == a.name


# The role in brackets after the name, as written in them.
ROLE_IN_BRACKETS = [
    pytest.param("张某（市人大代表）：", [("张某", "市人大代表")], id="市人大代表-in-brackets"),
    pytest.param("李某某(政协委员):", [("李某某", "政协委员")], id="政协委员-half-width-brackets"),
    pytest.param("王某（委员）、赵某（委员）：", [("王某", "委员"), ("赵某", "委员")], id="two-each-in-brackets"),
    pytest.param("欧阳某某（某区人大代表）：", [("欧阳某某", "某区人大代表")], id="seat-and-role-in-brackets"),
]  # fmt: skip

# Near-misses: brackets holding no role.
NO_ROLE_IN_BRACKETS = [
    pytest.param("市工商联（总商会）：", [("市工商联（总商会）", None)], id="body-with-its-other-name"),
    pytest.param("张某（领衔）、李某代表：", [("张某", "代表"), ("李某", "代表")], id="note-beside-a-name"),
]  # fmt: skip

# The co-signers after 其他 with a word of how they signed (及其他联名代表) are no addressee.
OTHER_COSIGNERS = [
    pytest.param("张某、王某代表及其他联名代表：", [("张某", "代表"), ("王某", "代表")], id="及其他联名代表"),
    pytest.param("李某委员和其他附议委员：", [("李某", "委员")], id="和其他附议委员"),
    pytest.param("李某委员并其他提案人：", [("李某", "委员")], id="并其他提案人-as-before"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("salutation", "expected"), ROLE_IN_BRACKETS + NO_ROLE_IN_BRACKETS + OTHER_COSIGNERS
)
def test_role_and_cosigners(salutation: str, expected: list[tuple[str, str | None]]) -> None:
    text = LETTER.format(salutation=salutation)
    letter = parse_text(text)
    assert [(a.name, a.role) for a in letter.addressees] == expected
    for a in letter.addressees:
        assert a.span is not None
        assert text[a.span[0] : a.span[1]] == a.name
