"""A salutation that addresses a body and asks it to forward the reply to a person
(``民盟某市委并转王某委员：``, ``某镇代表团并转李某、赵某代表：``): the body (role null) and
each person named after 并转, as when a separator parts them; a 并转 to co-signers left
unnamed (``王某代表并转联名代表：``) names the lead alone, as ``并联名代表`` does."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = "某市某某局\n关于市政协某次会议第5号提案的答复\n"
_BODY = "\n您提出的提案收悉，现答复如下：\n已纳入计划。\n某市某某局\n2024年5月6日\n"

# (salutation, [(name, role, written span text)])
FORWARDED = [
    pytest.param(
        "民盟某市委员会并转王某某委员：",
        [("民盟某市委员会", None, "民盟某市委员会"), ("王某某", "委员", "王某某")],
        id="party-body-to-member",
    ),
    pytest.param(
        "某镇代表团并转李某、赵某代表：",
        [("某镇代表团", None, "某镇代表团"), ("李某", "代表", "李某"), ("赵某", "代表", "赵某")],
        id="delegation-to-two",
    ),
    pytest.param(
        "民革某市委并转王某等3位委员：",
        [("民革某市委", None, "民革某市委"), ("王某", "委员", "王某")],
        id="body-to-group",
    ),
    pytest.param("王某代表并转联名代表：", [("王某", "代表", "王某")], id="to-co-signers"),
    pytest.param("王某委员并转其他提案人：", [("王某", "委员", "王某")], id="to-other-proposers"),
]


@pytest.mark.parametrize(("salutation", "expected"), FORWARDED)
def test_forwarded_to(salutation: str, expected: list[tuple[str, str | None, str]]) -> None:
    letter = parse_text(_HEAD + salutation + _BODY, keywords=False)
    assert letter.salutation == salutation
    found = [(a.name, a.role, letter.text[a.span[0] : a.span[1]]) for a in letter.addressees]
    assert found == expected


# Near-misses: 转 alone, inside a name or opening one, is no forwarding.
NOT_FORWARDED = [
    pytest.param("王转某代表：", [("王转某", "代表")], id="转-in-a-name"),
    pytest.param(
        "转某某、王某代表：", [("转某某", "代表"), ("王某", "代表")], id="转-opening-a-name"
    ),
]


@pytest.mark.parametrize(("salutation", "expected"), NOT_FORWARDED)
def test_not_forwarded(salutation: str, expected: list[tuple[str, str | None]]) -> None:
    letter = parse_text(_HEAD + salutation + _BODY, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == expected
