"""People listed under one contact label with only a gap between them, each with a phone of
his own (``联系人及电话：甲 0000-… 乙 139…``, ``联系人：甲（139…） 乙（138…）``): a short name
opening with a surname right before a phone is the next person; other words between two
phones name nobody (a time of day, an office, a post, a note)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.contacts import find_contacts
from replyparse.textview import TextView

Row = tuple[str | None, str | None, str | None]

# (contact lines, [(name, org, phone), …])
LISTED = [
    pytest.param("联系人及电话：韩某 0000-5550123 邓某 13900000007",
                 [("韩某", None, "0000-5550123"), ("邓某", None, "13900000007")], id="landline-then-mobile"),
    pytest.param("联系人：韩某 13900000001 邓某 13900000002 喻某 13900000003",
                 [("韩某", None, "13900000001"), ("邓某", None, "13900000002"),
                  ("喻某", None, "13900000003")], id="three"),
    pytest.param("联系人及电话：韩某0000-5550123 邓某13900000007",
                 [("韩某", None, "0000-5550123"), ("邓某", None, "13900000007")], id="glued-names"),
    pytest.param("联系人：韩某（13900000001） 邓某（13900000002）",
                 [("韩某", None, "13900000001"), ("邓某", None, "13900000002")], id="bracketed-phones"),
    pytest.param("承办人及联系电话：韩某　0000-5550123　邓某　0000-5550124",
                 [("韩某", None, "0000-5550123"), ("邓某", None, "0000-5550124")], id="ideographic-gaps"),
    pytest.param("联系人：韩某 0000-5550123 欧阳某某 13900000001",
                 [("韩某", None, "0000-5550123"), ("欧阳某某", None, "13900000001")], id="double-surname"),
    pytest.param("联系人：韩某 0000-5550123 邓某科长 13900000001",
                 [("韩某", None, "0000-5550123"), ("邓某", None, "13900000001")], id="post-after-name"),
]  # fmt: skip

# words between two phones that name nobody: the first person keeps his first phone
NOT_LISTED = [
    pytest.param("联系人：韩某 0000-5550123 周一至周五 13900000001", id="weekdays"),
    pytest.param("联系人：韩某 0000-5550123 周末 13900000001", id="weekend-surname-led"),
    pytest.param("联系人：韩某 0000-5550123 白天 13900000001", id="daytime-surname-led"),
    pytest.param("联系人：韩某 0000-5550123 或者 13900000001", id="or"),
    pytest.param("联系人：韩某 0000-5550123 办公室 13900000001", id="office"),
    pytest.param("联系人：韩某 0000-5550123 科长 13900000001", id="post"),
    pytest.param("联系人：韩某 13900000001 工作日 0000-5550123", id="note"),
    pytest.param("联系人：韩某 0000-5550123 上午 13900000001", id="morning"),
]


def _read(lines: str) -> list[Row]:
    view = TextView(lines)
    return [(c.name, c.org, c.phone) for c in find_contacts(view, view.content_lines)]


@pytest.mark.parametrize(("lines", "expected"), LISTED)
def test_people_listed_with_gaps_take_their_own_phones(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == expected


@pytest.mark.parametrize("lines", NOT_LISTED)
def test_other_words_between_two_phones_name_nobody(lines: str) -> None:
    assert _read(lines) == [("韩某", None, lines.split()[1])]


def test_a_closing_lists_two_people_with_gaps() -> None:
    record = parse_text(
        "关于某某建议的答复\n周某代表：\n　　您提出的建议收悉。现答复如下：\n　　一、加快改造。\n"
        "某县交通运输局\n2024年5月10日\n联系人及电话：韩某 0000-5550123 邓某 13900000007\n"
    )
    assert [(c.name, c.phone) for c in record.contacts] == [
        ("韩某", "0000-5550123"),
        ("邓某", "13900000007"),
    ]
