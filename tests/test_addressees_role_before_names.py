"""A salutation that opens with the part the person took and the role, set off from the
names by a blank (``领衔代表 王某：``, ``领衔委员 李某等3位委员：``, ``领衔代表 王某，联名代表
李某、赵某：``), is the salutation, though a 办理单 labels its proposers with the same words
(``领衔代表：王某``, a row that has its colon after the label and none at the end). And a
group's salutation that writes the role before its names (``领衔代表王某等5位代表：``,
``人大代表王某等代表：``), or the role before a name and a courtesy after it
(``市人大代表王某同志：``, role 市人大代表), names the people alone: the role is no part of
the first name."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = "某市某某局\n关于市人大某次会议第5号建议的答复\n"
_BODY = "\n您提出的建议收悉，现答复如下：\n已纳入计划。\n某市某某局\n2024年5月6日\n"

# (salutation, [(name, role, written span text)])
SET_OFF = [
    pytest.param("领衔代表 王某某：", [("王某某", "代表", "王某某")], id="lead-deputy"),
    pytest.param("领衔委员　李某：", [("李某", "委员", "李某")], id="lead-member-wide-blank"),
    pytest.param(
        "领衔代表 王某，联名代表 李某、赵某：",
        [("王某", "代表", "王某"), ("李某", "代表", "李某"), ("赵某", "代表", "赵某")],
        id="lead-and-co-signers",
    ),
    pytest.param("领衔代表 王某某等5位代表：", [("王某某", "代表", "王某某")], id="group"),
]

ROLE_BEFORE_GROUP = [
    pytest.param("领衔代表王某某等5位代表：", [("王某某", "代表", "王某某")], id="lead-glued"),
    pytest.param("人大代表王某等代表：", [("王某", "代表", "王某")], id="deputy-etc"),
    pytest.param(
        "政协委员 王某、李某等3位委员：",
        [("王某", "委员", "王某"), ("李某", "委员", "李某")],
        id="member-blank-two-names",
    ),
    pytest.param("联名代表赵某等8名代表：", [("赵某", "代表", "赵某")], id="co-signer"),
]

# A courtesy after the name (同志, 先生, 女士): the role is the one before the name.
ROLE_BEFORE_COURTESY = [
    pytest.param("市人大代表王某某同志：", [("王某某", "市人大代表", "王某某")], id="deputy-comrade"),
    pytest.param("领衔代表王某同志：", [("王某", "代表", "王某")], id="lead-comrade"),
    pytest.param("政协委员李某女士：", [("李某", "政协委员", "李某")], id="member-madam"),
]  # fmt: skip


def _addressees(salutation: str) -> list[tuple[str, str | None, str]]:
    letter = parse_text(_HEAD + salutation + _BODY, keywords=False)
    assert letter.salutation == salutation
    return [(a.name, a.role, letter.text[a.span[0] : a.span[1]]) for a in letter.addressees]


@pytest.mark.parametrize(
    ("salutation", "expected"), SET_OFF + ROLE_BEFORE_GROUP + ROLE_BEFORE_COURTESY
)
def test_role_before_the_names(salutation: str, expected: list[tuple[str, str, str]]) -> None:
    assert _addressees(salutation) == expected


# Near-misses: a 办理单's rows of the proposers (the label's colon, or none at the end, or
# another label after the name), a label naming no role (提案人).
NOT_SALUTATIONS = [
    pytest.param("领衔代表：王某某", id="form-row"),
    pytest.param("领衔代表  王某某", id="form-row-no-colon"),
    pytest.param("领衔代表 王某某  联系电话：", id="row-then-label"),
    pytest.param("提案人 王某某：", id="no-role-label"),
]


@pytest.mark.parametrize("line", NOT_SALUTATIONS)
def test_not_a_salutation(line: str) -> None:
    letter = parse_text(_HEAD + line + _BODY, keywords=False)
    assert (letter.salutation, letter.addressees) == (None, [])


# (salutation, the first name): a body's name that opens with a role's words stays whole
KEPT = [
    pytest.param("人大代表联络站等5位代表：", "人大代表联络站", id="station"),
    pytest.param("市人大代表团等代表：", "市人大代表团", id="delegation"),
    pytest.param("人大代表之家同志：", "人大代表之家", id="body-then-courtesy"),
    pytest.param("人大代表工作室先生：", "人大代表工作室", id="no-surname-after-role"),
]


@pytest.mark.parametrize(("salutation", "name"), KEPT)
def test_role_kept_in_a_bodys_name(salutation: str, name: str) -> None:
    letter = parse_text(_HEAD + salutation + _BODY, keywords=False)
    assert [a.name for a in letter.addressees] == [name]
