"""An office's word alone as its label in a contact block (``单位：``, ``部门：``, ``科室：``,
``处室：``, ``股室：``): a line of its own over, under or between the contact's lines, or a
cell of a contact line. Its value is the office of the block's contacts, as a 联系单位's
is: ``联系人：王某`` / ``单位：某局办公室`` / ``电话：0000-…`` is one contact with its unit,
not a name and a phone apart. Glued to the words before it (``协办单位：``, ``所在单位：``,
``工作单位：``) or spread with the rest of its word (``协 办 单 位：``) it is the tail of
another label and gives no office; nor does a unit line with no contact line beside it."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields.contacts import find_contacts
from replyparse.textview import TextView

Row = tuple[str | None, str | None, str | None]

# (closing lines, [(name, org, phone), …])
BARE = [
    pytest.param("联系人：韩某\n单位：某局办公室\n电话：0000-5550123",
                 [("韩某", "某局办公室", "0000-5550123")], id="between-person-and-phone"),
    pytest.param("单位：某局办公室\n联系人：韩某\n电话：0000-5550123",
                 [("韩某", "某局办公室", "0000-5550123")], id="above"),
    pytest.param("联系人：韩某\n电话：0000-5550123\n单位：某局办公室",
                 [("韩某", "某局办公室", "0000-5550123")], id="below"),
    pytest.param("联系人：韩某\n科室：规划科\n联系电话：13900000001",
                 [("韩某", "规划科", "13900000001")], id="科室"),
    pytest.param("部门：某局办公室\n联系人：韩某  电话：0000-5550123",
                 [("韩某", "某局办公室", "0000-5550123")], id="部门"),
    pytest.param("处室：规划处\n联系人：韩某\n电话：0000-5550123",
                 [("韩某", "规划处", "0000-5550123")], id="处室"),
    pytest.param("联系人：韩某  股室：规划股  电话：0000-5550123",
                 [("韩某", "规划股", "0000-5550123")], id="股室-a-cell"),
    pytest.param("联系人：韩某  单位：某局办公室  电话：0000-5550123",
                 [("韩某", "某局办公室", "0000-5550123")], id="a-cell-after-a-gap"),
    pytest.param("联系人：韩某；单位：某局办公室；电话：0000-5550123",
                 [("韩某", "某局办公室", "0000-5550123")], id="a-cell-after-a-separator"),
    pytest.param("单位：某局办公室  联系人：韩某  电话：0000-5550123",
                 [("韩某", "某局办公室", "0000-5550123")], id="opening-the-line"),
    pytest.param("（单位：某局办公室；联系人：韩某；电话：0000-5550123）",
                 [("韩某", "某局办公室", "0000-5550123")], id="bracketed"),
    pytest.param("单位：某局办公室\n联系人：韩某、邓某\n电话：0000-5550123",
                 [("韩某", "某局办公室", "0000-5550123"), ("邓某", "某局办公室", "0000-5550123")],
                 id="two-people"),
]  # fmt: skip

# the tail of another label, or a unit line no contact stands beside: no office read
NOT_BARE = [
    pytest.param("联系人：韩某\n协办单位：某局办公室\n电话：0000-5550123",
                 [("韩某", None, None), (None, None, "0000-5550123")], id="协办单位-line"),
    pytest.param("联系人：韩某  协办单位：某局办公室  电话：0000-5550123",
                 [("韩某", None, "0000-5550123")], id="协办单位-cell"),
    pytest.param("联系人：韩某\n所在单位：某局办公室\n电话：0000-5550123",
                 [("韩某", None, None), (None, None, "0000-5550123")], id="所在单位"),
    pytest.param("联系人：韩某  工作单位：某局办公室  电话：0000-5550123",
                 [("韩某", None, "0000-5550123")], id="工作单位-cell"),
    pytest.param("联系人：韩某  协 办 单 位：某局办公室  电话：0000-5550123",
                 [(None, None, "0000-5550123")], id="spread-协办单位"),
    pytest.param("单位：某局办公室", [], id="a-unit-alone"),
    pytest.param("单位：某局办公室\n\n2024年5月11日", [], id="a-unit-over-a-date"),
]  # fmt: skip


def _read(lines: str) -> list[Row]:
    view = TextView(lines)
    return [(c.name, c.org, c.phone) for c in find_contacts(view, view.content_lines)]


@pytest.mark.parametrize(("lines", "expected"), BARE)
def test_a_bare_office_label_gives_the_blocks_office(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), NOT_BARE)
def test_another_labels_tail_gives_no_office(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == expected


LETTER = "关于某某建议的答复\n周某代表：\n　　您提出的建议收悉。现答复如下：\n　　一、加快改造。\n"


def test_a_closing_reads_the_unit_between_the_persons_lines() -> None:
    record = parse_text(
        LETTER
        + "某县交通运输局\n2024年5月10日\n联系人：韩某\n单位：某局办公室\n电话：0000-5550123\n"
    )
    assert [(c.name, c.org, c.phone) for c in record.contacts] == [
        ("韩某", "某局办公室", "0000-5550123")
    ]
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-05-10")
    contact = record.contacts[0]
    assert contact.span is not None
    assert record.text[contact.span[0] : contact.span[1]].startswith("联系人：韩某")


def test_a_unit_line_in_the_body_is_no_office() -> None:
    # outside the closing block a bare 单位： is a form's or a sentence's, never read
    record = parse_text(
        LETTER + "单位：某局办公室\n联系人：韩某\n电话：0000-5550123\n"
        "　　二、加强管理。\n某县交通运输局\n2024年5月10日\n"
    )
    assert [(c.name, c.org, c.phone) for c in record.contacts] == [("韩某", None, "0000-5550123")]
