"""办公室电话 (the office's phone, beside a mobile) is a phone's label, as 办公电话 is: its
办公室 names no office, in brackets after the person too (``联系人：王某（办公室电话：…，
手机：…）``, where 电话 alone read as the label left 办公室 as the contact's org). An office
named 办公室 under an office's label, or before the person, is still the org."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = "关于某某建议的答复\n林某代表：\n您提出的建议收悉。\n感谢您对我们工作的支持。\n"
SIGNED = "某县交通运输局\n2024年5月10日\n"

# (contact lines, [(name, phone, org)])
OFFICE_PHONE = [
    pytest.param("联系人：王某（办公室电话：0000-5550123，手机：13900000001）", [("王某", "0000-5550123", None)], id="in-brackets"),
    pytest.param("联系人：王某  办公室电话：0000-5550123  手机：13900000001", [("王某", "0000-5550123", None)], id="cells"),
    pytest.param("联系人：王某\n办公室电话：0000-5550123", [("王某", "0000-5550123", None)], id="line-under"),
    pytest.param("（联系人：王某，办公室电话：0000-5550123）", [("王某", "0000-5550123", None)], id="note"),
]  # fmt: skip

# (contact lines, [(name, phone, org)]): 办公室 as an office
OFFICE_NAMED = [
    pytest.param("联系单位：办公室  联系电话：0000-5550123", [(None, "0000-5550123", "办公室")], id="office-label"),
    pytest.param("联系人：办公室王某  电话：0000-5550123", [("王某", "0000-5550123", "办公室")], id="before-the-person"),
    pytest.param("联系人：某县交通运输局办公室王某  电话：0000-5550123", [("王某", "0000-5550123", "某县交通运输局办公室")], id="an-authority's-office"),
]  # fmt: skip


def _contacts(lines: str) -> list[tuple[str | None, str | None, str | None]]:
    letter = parse_text(BODY + SIGNED + lines + "\n")
    return [(c.name, c.phone, c.org) for c in letter.contacts]


@pytest.mark.parametrize(("lines", "expected"), OFFICE_PHONE)
def test_the_office_phone_label_names_no_office(lines: str, expected: list) -> None:
    assert _contacts(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), OFFICE_NAMED)
def test_an_office_named_so_is_the_org(lines: str, expected: list) -> None:
    assert _contacts(lines) == expected


def test_a_sentence_of_the_body_gives_no_contact() -> None:
    body = BODY.replace("感谢您", "请致电县政府办公室电话：0000-5550123咨询。感谢您")
    assert parse_text(body + SIGNED).contacts == []
