"""A 抄送 list whose bodies blanks part, the contact's label glued after its last body in a
copy that lost its line breaks (``抄送：甲委 乙办联系人：某办 王某联系电话：…``): the last
body is the list's, no office of the contact's glued before the label, as on the kept lines
(``抄送：甲委 乙办`` / ``联系人：某办 王某``; fix140: an earlier round cut the list at its blank
and read the last body as the contact line's words, losing it from ``cc``). An office glued
before the label on a line with no 抄送 list is the contact's as before
(tests/test_contacts_office_before_label.py). Snippets invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

LETTER = [
    "关于甲山县第十五届人大四次会议第77号建议的答复",
    "尊敬的李小明代表：",
    "您提出的《关于修复甲山水渠的建议》收悉，现答复如下：",
    "我县已安排资金维修水渠，由受益村组织实施，今年计划维修配套3公里。" * 3,
    "衷心感谢您对我县水利工作的关心支持！",
    "甲山县人民政府",
    "2031年6月6日",
]
PHONE = "0000—5550109"


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    ("contact", "org"),
    [
        pytest.param(
            "联系人：甲山县人民政府办公室 王某某", "甲山县人民政府办公室", id="office-after-label"
        ),
        pytest.param("联系人：王某某", None, id="name-alone"),
    ],
)
def test_last_body_of_a_spaced_list_stays_the_lists(
    flatten: Callable[[str], str], contact: str, org: str | None
) -> None:
    closing = ["抄送：乙河市人大联工委 乙河市人民政府办公室", contact, f"联系电话：{PHONE}"]
    letter = parse_text(flatten("\n".join([*LETTER, *closing])), keywords=False)
    assert span_problems(letter) == []
    assert letter.cc == ["乙河市人大联工委", "乙河市人民政府办公室"]
    assert [(c.name, c.org, c.phone) for c in letter.contacts] == [("王某某", org, "0000-5550109")]
    assert letter.signature.date == "2031-06-06"


@pytest.mark.parametrize("flatten", COPIES[:2])  # (lined, blank: glued, no gap tells)
@pytest.mark.parametrize(
    "cc_line",
    [
        pytest.param("抄送：乙河市人大联工委", id="one-body"),
        pytest.param("抄送：乙河市人大联工委 乙河市人民政府办公室", id="bodies-a-blank-apart"),
        pytest.param("抄送：乙河市人大联工委，乙河市人民政府办公室", id="bodies-a-comma-apart"),
        pytest.param("抄送：乙河市人大联工委、乙河市人民政府办公室。", id="list-ended"),
    ],
)
def test_office_before_the_label_on_the_line_under_a_cc_list(
    flatten: Callable[[str], str], cc_line: str
) -> None:
    # (must-not-match: the contact's line under the 抄送 list opens with the office before
    # its label, 甲山县交通运输局办公室联系人：王某某, and a copy flattened with blanks sets
    # a blank where the line broke, the 抄送 label itself after a blank: the office stays
    # the contact's, as on the kept lines; review70 — fix140's reading took it into the
    # list, or lost it. Glued, the office and the list's last body run on: left as read)
    closing = [cc_line, "甲山县交通运输局办公室联系人：王某某", f"联系电话：{PHONE}"]
    letter = parse_text(flatten("\n".join([*LETTER, *closing])), keywords=False)
    assert span_problems(letter) == []
    assert [(c.name, c.org) for c in letter.contacts] == [("王某某", "甲山县交通运输局办公室")]
    assert "甲山县交通运输局办公室" not in letter.cc
