"""The office's phone given after the word 办公室 alone as its label, on the contact's
line or under it (``联系人：王某  办公室：0000-5550123``, ``联系人：王某`` / ``办公室：0000-…``):
the person's phone; the signature above such a line stays the signature. 办公室 before
no phone is no phone's label, and glued to the words before it it is an office's name."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于某某建议的答复\n林某代表：\n　　您提出的建议收悉。\n　　感谢您对我们工作的支持。\n"
    "某县交通运输局\n2024年5月10日\n"
)

Row = tuple[str | None, str | None, str | None]

# (contact lines under the date, [(name, org, phone)])
OFFICE_PHONE = [
    pytest.param("联系人：王某  办公室：0000-5550123", [("王某", None, "0000-5550123")], id="gap"),
    pytest.param("联系人：王某，办公室：0000-5550123", [("王某", None, "0000-5550123")], id="comma"),
    pytest.param("联系人：王某  办公室：0000-5550123  手机：13900000001", [("王某", None, "0000-5550123")], id="then-mobile"),
    pytest.param("联系人：王某  办公室：5550123", [("王某", None, "5550123")], id="local-number"),
    pytest.param("联系人：王某\n办公室：0000-5550123", [("王某", None, "0000-5550123")], id="line-under"),
    pytest.param("（联系人：王某，办公室：0000-5550123）", [("王某", None, "0000-5550123")], id="bracketed"),
]  # fmt: skip

# 办公室 with no phone after it, or glued to words: no phone of its label
NOT_OFFICE_PHONE = [
    pytest.param("联系人：王某  办公室：县交通运输局综合股", [("王某", None, None)], id="an-office-no-phone"),
    pytest.param("联系人：王某  县政府办公室：0000-5550123", [("王某", None, None)], id="glued-to-words"),
]  # fmt: skip


def _read(lines: str) -> tuple[list[Row], str | None, str | None]:
    letter = parse_text(HEAD + lines + "\n")
    rows = [(c.name, c.org, c.phone) for c in letter.contacts]
    return rows, letter.signature.issuer, letter.signature.date


@pytest.mark.parametrize(("lines", "expected"), OFFICE_PHONE)
def test_the_office_phone_is_the_contact_phone(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == (expected, "某县交通运输局", "2024-05-10")


@pytest.mark.parametrize(("lines", "expected"), NOT_OFFICE_PHONE)
def test_办公室_before_no_phone_labels_none(lines: str, expected: list[Row]) -> None:
    assert _read(lines)[0] == expected
