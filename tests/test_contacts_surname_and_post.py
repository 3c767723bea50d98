"""A contact the letter names by a surname and a post (``联系人：张科长``, ``李处长``): decided,
the name is as written, the surname with the post (the way the letter names the person;
the surname alone says less, and the record holds the post nowhere else). A full name
before a post keeps the name alone (``王某某科长`` → ``王某某``), a double surname is a
surname too (``欧阳科长``)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = "关于某某建议的答复\n林某代表：\n您提出的建议收悉。\n感谢您对我们工作的支持。\n"
SIGNED = "某县交通运输局\n2024年5月10日\n"

# (contact lines, [(name, phone)])
SURNAME_AND_POST = [
    pytest.param("联系人：张科长  联系电话：0000-5550123", [("张科长", "0000-5550123")], id="one-line"),
    pytest.param("联系人：李处长\n联系电话：13900000001", [("李处长", "13900000001")], id="two-lines"),
    pytest.param("联系人：欧阳科长  联系电话：0000-5550123", [("欧阳科长", "0000-5550123")], id="double-surname"),
    pytest.param("联系人：张副局长  联系电话：0000-5550123", [("张副局长", "0000-5550123")], id="deputy-post"),
    pytest.param("联系人及电话：张股长0000-5550123", [("张股长", "0000-5550123")], id="glued-phone"),
    pytest.param("联系人：张科长、李股长  联系电话：0000-5550123", [("张科长", "0000-5550123"), ("李股长", "0000-5550123")], id="two-listed"),
]  # fmt: skip

# (contact lines, [(name, phone)]): a full name keeps the name alone
FULL_NAME_AND_POST = [
    pytest.param("联系人：王某某科长  联系电话：0000-5550123", [("王某某", "0000-5550123")], id="three-and-post"),
    pytest.param("联系人：王明科长  联系电话：0000-5550123", [("王明", "0000-5550123")], id="two-and-post"),
    pytest.param("联系人：欧阳明明科长  联系电话：0000-5550123", [("欧阳明明", "0000-5550123")], id="double-surname-name"),
    pytest.param("联系人：王某 科长  联系电话：0000-5550123", [("王某", "0000-5550123")], id="post-after-a-blank"),
    # a company's posts (small66: data/posts.txt lacked them, and the name kept the post)
    pytest.param("联系人：王明总监  联系电话：0000-5550123", [("王明", "0000-5550123")], id="company-director"),
    pytest.param("联系人：王某某董事长  联系电话：0000-5550123", [("王某某", "0000-5550123")], id="chairman"),
    pytest.param("联系人：王明厂长  联系电话：0000-5550123", [("王明", "0000-5550123")], id="factory-head"),
]  # fmt: skip


def _contacts(lines: str) -> list[tuple[str | None, str | None]]:
    letter = parse_text(BODY + SIGNED + lines + "\n")
    return [(c.name, c.phone) for c in letter.contacts]


@pytest.mark.parametrize(("lines", "expected"), SURNAME_AND_POST)
def test_a_surname_and_a_post_is_the_name_as_written(lines: str, expected: list) -> None:
    assert _contacts(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), FULL_NAME_AND_POST)
def test_a_full_name_before_a_post_is_the_name(lines: str, expected: list) -> None:
    assert _contacts(lines) == expected
