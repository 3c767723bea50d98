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


# Names letter-spaced to fill a cell, one pad between their characters: read as a reader
# parts them, each name a surname and one or two characters after it (left58b: an earlier
# round joined every single character after the label into one name).
SPACED = [
    pytest.param("联系人：韩　冬", ["韩冬"], id="two-spaced"),
    pytest.param("联系人：邓 秋 生", ["邓秋生"], id="three-spaced"),
    pytest.param("联系人：韩　冬 邓 秋 生", ["韩冬", "邓秋生"], id="two-then-three"),
    pytest.param("联系人：邓  秋  生  韩  冬", ["邓秋生", "韩冬"], id="three-then-two"),
    pytest.param("联系人：韩冬 邓 秋 生", ["韩冬", "邓秋生"], id="plain-then-spaced"),
    pytest.param("联系人：韩 冬 邓秋生", ["韩冬", "邓秋生"], id="spaced-then-plain"),
    pytest.param("联系人：韩 冬 邓 秋 喻 江", ["韩冬", "邓秋", "喻江"], id="three-of-two"),
    pytest.param("联系人：科长 邓 秋 生", ["邓秋生"], id="post-before"),
    # one name only, however long, or names that part more ways than one: whole, as before
    pytest.param("联系人：欧 阳 秋 生", ["欧阳秋生"], id="double-surname"),
    pytest.param("联系人：韩冬 邓秋生", ["韩冬", "邓秋生"], id="plain-list"),
    pytest.param("联系人：韩 冬", ["韩冬"], id="one-space"),
    # (review58b) a place's level ends no name: a place's name so spaced parts nobody off
    # (an earlier round read 黄桥镇, 柳家村 as people beside the name)
    pytest.param("联系人：韩 冬 黄 桥 镇", ["韩冬黄桥镇"], id="place-after-name"),
    pytest.param("联系人：韩 冬 柳 家 村", ["韩冬柳家村"], id="village-after-name"),
    # nor is a post between two names cut across (an earlier round read 韩冬主, 任江)
    pytest.param("联系人：韩 冬 主 任 江", ["韩冬主任江"], id="post-between"),
    # (left59b) a post spaced after the name is no person (文员 is a post as 科员 is: an
    # earlier round read 文员 as a second contact)
    pytest.param("联系人：韩冬 文 员", ["韩冬"], id="clerk-spaced-after"),
    pytest.param("联系人：韩冬 科 员", ["韩冬"], id="post-spaced-after"),
    pytest.param("联系人：韩冬文员", ["韩冬"], id="clerk-glued-after"),
]


@pytest.mark.parametrize(("lines", "names"), SPACED)
def test_letter_spaced_names_part_as_a_reader_parts_them(lines: str, names: list[str]) -> None:
    assert [name for name, _, _ in _read(lines)] == names


@pytest.mark.parametrize("office", ["某 县 财 政 局", "某县 林 业 局"])
def test_a_letter_spaced_office_stays_one_office(office: str) -> None:
    lines = f"联系单位：{office}\n联系电话：0000-5550123"
    assert _read(lines) == [(None, office.replace(" ", ""), "0000-5550123")]
