"""A ministry's department (某部综合规划司) as the office a contact line names, after the
combined label 联系单位及电话 with a comma before the number, on the line above the
signature or under the date: 司 ends an office's name as 处 and 科 do, so the contact's org
is the department whole (an earlier round read no org, or cut the name in two, org
``某运输部`` and a person ``规划司``). Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "王某等7名代表：\n"
    "你们提出的关于优化某港区航道的建议收悉。现答复如下：\n"
    "我部已将该航道纳入规划研究。\n"
    "感谢对交通运输工作的关心和支持。\n"
)
_SIGNED = "某运输部\n2022年6月15日\n"

Row = tuple[str | None, str | None, str | None]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        pytest.param(
            "联系单位及电话：某运输部综合规划司,0000-5550123。\n" + _SIGNED,
            [(None, "某运输部综合规划司", "0000-5550123")],
            id="above-the-signature",
        ),
        pytest.param(
            _SIGNED + "联系单位及电话：某部综合规划司，0000-5550123\n",
            [(None, "某部综合规划司", "0000-5550123")],
            id="under-the-date-full-width-comma",
        ),
        pytest.param(
            "联系单位及电话：某运输部规划司,0000-5550123。\n" + _SIGNED,
            [(None, "某运输部规划司", "0000-5550123")],
            id="short-department-not-cut-into-a-name",
        ),
        pytest.param(
            _SIGNED + "联系单位：某部综合规划司  联系人：李某  电话：0000-5550123\n",
            [("李某", "某部综合规划司", "0000-5550123")],
            id="office-label-and-person",
        ),
        pytest.param(
            _SIGNED + "联系单位及电话：某市交通运输局综合规划科,0000-5550123\n",
            [(None, "某市交通运输局综合规划科", "0000-5550123")],
            id="a-section-as-before",
        ),
    ],
)
def test_the_department_is_the_contact_org(closing: str, expected: list[Row]) -> None:
    letter = parse_text(_HEAD + closing)
    assert [(c.name, c.org, c.phone) for c in letter.contacts] == expected
    assert letter.signature.issuer == "某运输部"
    assert letter.signature.date == "2022-06-15"
