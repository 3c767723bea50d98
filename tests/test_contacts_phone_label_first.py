"""A phone's label that opens the contact line, the person written after its number or
numbers, then a number of his own (``联系电话：0000-5550123 韩某 13900000001``): the
person is the contact, his phone the first number; people listed so under a phone's label
are each a contact. Words there that name nobody (a time,
an office, a note), a name after a fax's label, and a name right after the label are read
as before. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.contacts import find_contacts
from replyparse.textview import TextView

Row = tuple[str | None, str | None, str | None]

# (contact lines, [(name, org, phone), …])
PHONE_FIRST = [
    pytest.param("联系电话：0000-5550123 韩某 13900000001", [("韩某", None, "0000-5550123")],
                 id="landline-name-mobile"),
    pytest.param("联系电话：0000-5550123　　欧阳某某　　13900000001",
                 [("欧阳某某", None, "0000-5550123")], id="wide-gaps-double-surname"),
    pytest.param("电话：0000-5550123，0000-5550124 韩某 13900000001",
                 [("韩某", None, "0000-5550123")], id="two-numbers-first"),
    pytest.param("联系方式：13900000002 邓某科长 13900000001", [("邓某", None, "13900000002")],
                 id="post-after-name"),
    pytest.param("联系电话：0000-5550123 韩某 13900000001 邓某 13900000002",
                 [("韩某", None, "0000-5550123"), ("邓某", None, "13900000002")],
                 id="two-people-numbers-first"),
    pytest.param("电话：韩某 0000-5550123 邓某 13900000001",
                 [("韩某", None, "0000-5550123"), ("邓某", None, "13900000001")],
                 id="two-people-names-first"),
    pytest.param("联系人：喻某  联系电话：0000-5550123 韩某 13900000001",
                 [("喻某", None, "0000-5550123"), ("韩某", None, "13900000001")],
                 id="after-a-person-label-a-second-person"),
]  # fmt: skip

NOT_PHONE_FIRST = [
    pytest.param("联系电话：0000-5550123 周一至周五 13900000001", [(None, None, "0000-5550123")],
                 id="weekdays"),
    pytest.param("联系电话：0000-5550123 办公室 13900000001", [(None, None, "0000-5550123")],
                 id="office"),
    pytest.param("联系电话：0000-5550123 白天 13900000001", [(None, None, "0000-5550123")],
                 id="daytime-surname-led"),
    pytest.param("传真：0000-5550123 韩某 13900000001", [], id="fax-label"),
    pytest.param("联系单位：桐石县教育局 0000-5550123 韩某 13900000001",
                 [(None, "桐石县教育局", "0000-5550123")], id="office-label"),
    pytest.param("签发人：韩某 0000-5550123 邓某 13900000001", [("韩某", None, "0000-5550123")],
                 id="leader-label"),
    pytest.param("联系电话：0000-5550123 韩某某某某某 13900000001", [(None, None, "0000-5550123")],
                 id="too-long-for-a-name"),
]  # fmt: skip


def _read(lines: str) -> list[Row]:
    view = TextView(lines)
    return [(c.name, c.org, c.phone) for c in find_contacts(view, view.content_lines)]


@pytest.mark.parametrize(("lines", "expected"), [*PHONE_FIRST, *NOT_PHONE_FIRST])
def test_contact_line(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == expected


def test_in_a_letter() -> None:
    record = parse_text(
        "关于第5号建议的答复\n韩某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局将抓好落实。\n"
        "桐石县教育局\n2023年5月6日\n联系电话：0000-5550123 邓某 13900000001\n"
    )
    assert [(c.name, c.phone) for c in record.contacts] == [("邓某", "0000-5550123")]
    assert record.signature.issuer == "桐石县教育局"
