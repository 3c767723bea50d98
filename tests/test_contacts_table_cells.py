"""A contact row of a web table copied as text, its cells parted by ``|`` or ``｜``
(``联系人|王某|联系电话|0000-…``, ``联系人 | 王某 |``, ``联系人：王某|联系电话：…``): a bar
ends a label's value and stands before a label as a separator does. A bar inside a sentence
makes none of its words a label."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.contacts import find_contacts
from replyparse.textview import TextView

Row = tuple[str | None, str | None, str | None]

# (contact lines, [(name, org, phone), …])
CELLS = [
    pytest.param("|联系人|韩某|联系电话|0000-5550123|", [("韩某", None, "0000-5550123")], id="bars"),
    pytest.param("联系人 | 韩某 | 联系电话 | 0000-5550123", [("韩某", None, "0000-5550123")], id="spaced-bars"),
    pytest.param("| 联系人 | 韩某 | 联系电话 | 0000-5550123 |", [("韩某", None, "0000-5550123")], id="framed"),
    pytest.param("联系人｜韩某｜联系电话｜0000-5550123", [("韩某", None, "0000-5550123")], id="full-width"),
    pytest.param("联系人：韩某|联系电话：0000-5550123", [("韩某", None, "0000-5550123")], id="colons"),
    pytest.param("联系人 | 韩某 |\n联系电话 | 0000-5550123 |", [("韩某", None, "0000-5550123")], id="two-rows"),
    pytest.param("|联系单位|某县水利局|联系人|韩某|联系电话|0000-5550123|",
                 [("韩某", "某县水利局", "0000-5550123")], id="office-cell"),
]  # fmt: skip

NOT_CELLS = [
    pytest.param("全区共有社区45个|电话亭3个，均已完成改造。", id="bar-in-prose"),
    pytest.param("我局已与代表电话沟通|说明了有关情况。", id="bar-before-prose-words"),
    pytest.param("我局办理人员|联系人均已到现场查看。", id="bar-before-a-person-word"),
]


def _read(lines: str) -> list[Row]:
    view = TextView(lines)
    return [(c.name, c.org, c.phone) for c in find_contacts(view, view.content_lines)]


@pytest.mark.parametrize(("lines", "expected"), CELLS)
def test_a_contact_row_of_cells(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == expected


@pytest.mark.parametrize("lines", NOT_CELLS)
def test_a_bar_in_prose_makes_no_label(lines: str) -> None:
    record = parse_text(
        "关于某某建议的答复\n周某代表：\n　　您提出的建议收悉。现答复如下：\n"
        f"　　一、加快改造。{lines}\n某县交通运输局\n2024年5月10日\n"
    )
    assert record.contacts == []


def test_a_closing_with_a_contact_row_of_cells() -> None:
    record = parse_text(
        "关于某某建议的答复\n周某代表：\n　　您提出的建议收悉。现答复如下：\n　　一、加快改造。\n"
        "某县交通运输局\n2024年5月10日\n| 联系人 | 韩某 | 联系电话 | 0000-5550123 |\n"
    )
    assert [(c.name, c.phone) for c in record.contacts] == [("韩某", "0000-5550123")]
