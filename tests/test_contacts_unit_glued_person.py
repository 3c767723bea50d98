"""A contact value that is a unit's name with a person's name of two or three characters
glued after it (``联系人：县教育局李某某``) gives the unit as the contact's org and the person
as the name, also with the person's post between them (``县教育局局长李某``, ``县教育局副局长
李某某``, ``某局办公室主任王某``, ``县教育局长李某`` where the post's 局 is the unit's own):
the post is neither. A unit alone stays the org and names nobody (``县教育局局长`` names no
``长``, ``王某某局`` is one unit, a unit ending in 所 or 站 with no name after it).
Snippets are invented; the numbers are fake.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "钱某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局已列入计划。\n"
    "某县教育局\n2022年8月9日\n"
)
PHONE = " 电话：13800000000"


def _contact(value: str) -> tuple[str | None, str | None]:
    contacts = parse_text(LETTER + "联系人：" + value + PHONE + "\n").contacts
    assert len(contacts) == 1
    return contacts[0].name, contacts[0].org


@pytest.mark.parametrize(
    ("value", "name", "org"),
    [
        pytest.param("县教育局李某某", "李某某", "县教育局", id="unit-and-person"),
        pytest.param("县林业站周某", "周某", "县林业站", id="station-and-person"),
        pytest.param("县教育局局长李某", "李某", "县教育局", id="post-between"),
        pytest.param("县教育局副局长李某某", "李某某", "县教育局", id="deputy-post-between"),
        pytest.param("县教育局长李某", "李某", "县教育局", id="post-sharing-the-units-end"),
        pytest.param("县林业站站长周某", "周某", "县林业站", id="station-post-between"),
        pytest.param("县教育局科长王某", "王某", "县教育局", id="section-post-between"),
        pytest.param("县教育局办公室主任王某", "王某", "县教育局办公室", id="office-post-between"),
        pytest.param("县教育局一级主任科员王某", "王某", "县教育局", id="graded-post-between"),
    ],
)  # fmt: skip
def test_the_unit_and_the_person_are_split(value: str, name: str, org: str) -> None:
    assert _contact(value) == (name, org)


@pytest.mark.parametrize(
    ("value", "org"),
    [
        pytest.param("县教育局局长", "县教育局", id="unit-and-post"),
        pytest.param("王某某局", "王某某局", id="a-name-then-a-unit-word"),
        pytest.param("城关派出所", "城关派出所", id="unit-ending-in-suo"),
        pytest.param("县农技推广站", "县农技推广站", id="unit-ending-in-zhan"),
    ],
)  # fmt: skip
def test_a_unit_alone_names_nobody(value: str, org: str) -> None:
    assert _contact(value) == (None, org)


def test_a_surname_with_the_post_stays_as_written() -> None:
    assert _contact("县教育局李局长") == ("李局长", "县教育局")
