"""A contact table whose cells a copy put one to a line: a contact label alone on its line
(its colon may follow) over a short line holding no label and no colon, its value
(``联系人`` / ``王某`` / ``联系电话`` / ``0000-…``). A label alone over another label (a contact's,
or any of the form's: ``具体承办人`` over ``办理情况``, its own cell left empty), over a long
line or over a line with a colon of its own reads nothing new."""

from __future__ import annotations

import pytest

from replyparse.fields.contacts import find_contacts
from replyparse.textview import TextView

Row = tuple[str | None, str | None, str | None]

# (contact lines, [(name, org, phone), …])
CELLS = [
    pytest.param("联系人\n韩某\n联系电话\n0000-5550123", [("韩某", None, "0000-5550123")], id="bare"),
    pytest.param("联系人：\n韩某\n联系电话：\n0000-5550123", [("韩某", None, "0000-5550123")], id="colons"),
    pytest.param("联系单位\n某县水利局\n联系人\n韩某\n联系电话\n0000-5550123",
                 [("韩某", "某县水利局", "0000-5550123")], id="office-first"),
    pytest.param("联系人\n韩某、邓某\n联系电话\n0000-5550123、13900000001",
                 [("韩某", None, "0000-5550123"), ("邓某", None, "13900000001")], id="two-people"),
    pytest.param("联系人：韩某\n联系电话：\n0000-5550123", [("韩某", None, "0000-5550123")], id="phone-cell-only"),
    pytest.param("联系电话\n0000-5550123\n联系人\n韩某", [("韩某", None, "0000-5550123")], id="phone-first"),
]  # fmt: skip

# a label alone whose next line is no value of its own
NOT_CELLS = [
    pytest.param("联系人：\n联系人：甲某、乙某", [("甲某", None, None), ("乙某", None, None)],
                 id="over-a-label"),
    pytest.param("联系人\n韩某说明：已于上月完成全部道路的改造工作", [], id="over-a-colon"),
    pytest.param("联系人\n我局已于今年五月完成全部道路的改造工作并组织了验收和考核",
                 [], id="over-a-long-line"),
    # the contact's cell left empty, the form's next label alone under it (not its value)
    pytest.param("承办单位\n某县某局\n具体承办人\n办理 情况", [], id="over-the-next-form-label"),
    pytest.param("经办人\n备注", [], id="over-a-note-label"),
    # the form's next label in words the label table does not hold: a row's last word (情况,
    # 意见, 签名) ends it, as an empty row of a 办理单 does
    pytest.param("具体承办人\n落实 情况", [], id="over-a-form-row-word"),
    pytest.param("经办人\n处理意见", [], id="over-an-opinion-row"),
    pytest.param("联系人\n代表签名\n联系电话\n0000-5550123", [(None, None, "0000-5550123")],
                 id="over-a-signature-row"),
]  # fmt: skip


def _read(lines: str) -> list[Row]:
    view = TextView(lines)
    return [(c.name, c.org, c.phone) for c in find_contacts(view, view.content_lines)]


@pytest.mark.parametrize(("lines", "expected"), CELLS)
def test_a_label_alone_over_its_value(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), NOT_CELLS)
def test_a_label_alone_over_no_value(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == expected
