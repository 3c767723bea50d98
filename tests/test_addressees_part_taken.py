"""A salutation that says what part each person took in the proposal, right before or
after the role word: ``领衔代表钱某，联名代表孙某、周某：``, ``主办代表…，协办代表…``,
``钱某领衔代表``. The part taken (data/role_acts.txt) is no part of the name, nor of the role:
each person is a 代表 (or 委员), and a role written once applies to the names after it."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = "关于某县某某建议的答复\n"
_BODY = "\n您提出的建议收悉，现答复如下：\n已纳入计划。\n某县某某局\n2024年5月6日\n"

# (salutation, [(name, role, written span text)])
PART_TAKEN = [
    pytest.param("领衔代表钱某，联名代表孙某某、周某：", [("钱某", "代表", "钱某"), ("孙某某", "代表", "孙某某"), ("周某", "代表", "周某")], id="lead-and-joint"),
    pytest.param("主办代表钱某，协办代表孙某、周某某：", [("钱某", "代表", "钱某"), ("孙某", "代表", "孙某"), ("周某某", "代表", "周某某")], id="host-and-helper"),
    pytest.param("领衔委员钱某，联名委员孙某：", [("钱某", "委员", "钱某"), ("孙某", "委员", "孙某")], id="members"),
    pytest.param("附议代表钱某、孙某：", [("钱某", "代表", "钱某"), ("孙某", "代表", "孙某")], id="seconders"),
    pytest.param("尊敬的领衔代表钱某：", [("钱某", "代表", "钱某")], id="opener"),
    pytest.param("钱某领衔代表，孙某、周某联名代表：", [("钱某", "代表", "钱某"), ("孙某", "代表", "孙某"), ("周某", "代表", "周某")], id="after-the-name"),
    pytest.param("领衔人大代表钱某：", [("钱某", "人大代表", "钱某")], id="before-a-deputy-title"),
]  # fmt: skip

# (salutation, [(name, role)]): read as before
NO_PART_TAKEN = [
    pytest.param("代表钱某：", [("代表钱某", None)], id="bare-role-first"),
    pytest.param("联名代表团：", [("联名代表团", None)], id="a-delegation"),
    pytest.param("钱某代表：", [("钱某", "代表")], id="role-after"),
    pytest.param("钱某（领衔）、孙某代表：", [("钱某", "代表"), ("孙某", "代表")], id="bracketed-note"),
    pytest.param("钱某领衔等5位代表：", [("钱某", "代表")], id="group"),
    pytest.param("各位联名代表：", [], id="collective"),
    pytest.param("钱主办代表：", [("钱主办", "代表")], id="name-of-one-before-the-word"),
]  # fmt: skip


def _addressees(salutation: str) -> list[tuple[str, str | None, str]]:
    letter = parse_text(_HEAD + salutation + _BODY)
    assert letter.salutation == salutation
    return [(a.name, a.role, letter.text[a.span[0] : a.span[1]]) for a in letter.addressees]


@pytest.mark.parametrize(("salutation", "expected"), PART_TAKEN)
def test_the_part_taken_is_no_part_of_name_or_role(salutation: str, expected: list) -> None:
    assert _addressees(salutation) == expected


@pytest.mark.parametrize(("salutation", "expected"), NO_PART_TAKEN)
def test_read_as_before(salutation: str, expected: list) -> None:
    assert [(name, role) for name, role, _ in _addressees(salutation)] == expected
