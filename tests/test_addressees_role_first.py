"""A salutation that writes the role before the name: 人大代表王某, 尊敬的市政协委员李某.

A deputy's or member's title with its body (人大代表, 政协委员, a level or place before it
kept as the role: 市人大代表, 某县人大代表) may stand before the name, glued to it or set
off by a blank or a separator (``人大代表 王某``, ``市政协委员、区政协委员王某``); a role
alone names nobody (``人大代表：``). A bare 代表 or 委员 before a name is no role, and a
body whose name holds a role word (人大代表之家, 政协委员会) stays a body.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = "某市某某局\n关于市人大某次会议第5号建议的答复\n"
_BODY = "\n您提出的建议收悉，现答复如下：\n已纳入计划。\n某市某某局\n2024年5月6日\n"

# (salutation, [(name, role, written span text)])
ROLE_BEFORE_NAME = [
    pytest.param("人大代表王某某：", [("王某某", "人大代表")], id="deputy"),
    pytest.param("政协委员陈某：", [("陈某", "政协委员")], id="member"),
    pytest.param("尊敬的市人大代表张某某：", [("张某某", "市人大代表")], id="opener-and-level"),
    pytest.param("某某县人大代表赵某：", [("赵某", "某某县人大代表")], id="place"),
    pytest.param("全国政协委员欧阳某某：", [("欧阳某某", "全国政协委员")], id="double-surname"),
    pytest.param(
        "人大代表王某、李某：", [("王某", "人大代表"), ("李某", "人大代表")], id="two-names"
    ),
    pytest.param("人大代表 王某某：", [("王某某", "人大代表")], id="blank-between"),
    pytest.param(
        "政协委员 王某、李某：", [("王某", "政协委员"), ("李某", "政协委员")], id="blank-two-names"
    ),
    pytest.param(
        "市政协委员、区政协委员陈某某：", [("陈某某", "区政协委员")], id="two-roles-one-name"
    ),
]

# (salutation, [(name, role)]): read as before
NOT_ROLE_BEFORE_NAME = [
    pytest.param("代表王某：", [("代表王某", None)], id="bare-role"),
    pytest.param("人大代表之家：", [("人大代表之家", None)], id="body-holding-role"),
    pytest.param("市人大代表联络站：", [("市人大代表联络站", None)], id="station"),
    pytest.param("政协委员会：", [("政协委员会", None)], id="committee"),
    pytest.param("人大代表工作委员会：", [("人大代表工作委员会", None)], id="work-committee"),
    pytest.param("人大代表某某某某某：", [("人大代表某某某某某", None)], id="name-too-long"),
    pytest.param("王某某代表：", [("王某某", "代表")], id="role-after"),
    pytest.param("王某  代表：", [("王某", "代表")], id="role-after-blank"),
    pytest.param("各位代表：", [], id="collective"),
    pytest.param("人大代表：", [], id="role-alone"),
    pytest.param("代表：", [], id="bare-role-alone"),
    pytest.param("王某、代表：", [("王某", None)], id="role-alone-after-a-name"),
]


def _addressees(salutation: str) -> list[tuple[str, str | None, str]]:
    letter = parse_text(_HEAD + salutation + _BODY)
    return [(a.name, a.role, letter.text[a.span[0] : a.span[1]]) for a in letter.addressees]


@pytest.mark.parametrize(("salutation", "expected"), ROLE_BEFORE_NAME)
def test_role_before_name(salutation: str, expected: list[tuple[str, str]]) -> None:
    assert _addressees(salutation) == [(name, role, name) for name, role in expected]


@pytest.mark.parametrize(("salutation", "expected"), NOT_ROLE_BEFORE_NAME)
def test_not_role_before_name(salutation: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(name, role) for name, role, _ in _addressees(salutation)] == expected
