"""A section glued before the person's label in the closing sentence (review51b).

The words glued before ``联系人`` back to the clause's comma are the person's section only
when they name one: a clause spoken to the reader (``如有疑问可联系某镇站联系人…``,
``可致电我局规划科联系人…``) gives the office after its verb of reaching, the section
after the letter's own words (我局规划科 → 规划科, decided at elements52); a section
pointed to but left unnamed (``相关科室``, ``各科室``) names no office. The contact
itself, name and phone, is read either way.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

OPEN = "关于修缮某村便桥的建议的答复\n钱某某代表：\n　　您提出的关于修缮某村便桥的建议收悉，现答复如下：\n"
BODY = "　　我局已安排技术人员踏勘，年内完成修缮。"
SIGNED = "\n某区交通运输局\n2099年3月2日\n"
PHONE = "0000-5554321"


def _read(last: str) -> list[tuple[str | None, str | None, str | None]]:
    letter = parse_text(OPEN + BODY + last + SIGNED)
    assert span_problems(letter) == []
    return [(c.name, c.phone, c.org) for c in letter.contacts]


@pytest.mark.parametrize(
    ("last", "org"),
    [
        # a verb of reaching before the office: the office is what follows it
        (f"如有疑问，可联系某镇站联系人孙某某，电话{PHONE}。", "某镇站"),
        (f"如有不明之处，请致电区养护中心联系人孙某某，电话{PHONE}。", "区养护中心"),
        # the letter's own words after the verb name the section after them (decided,
        # elements52: 我局 is the letter's, 工程科 is named; review51b read none)
        (f"如有疑问，可致电我局工程科联系人孙某某，电话{PHONE}。", "工程科"),
        # a section pointed to, none named
        (f"欢迎继续监督，相关科室联系人孙某某，电话{PHONE}。", None),
        (f"工作中保持沟通，各科室联系人孙某某，电话{PHONE}。", None),
    ],
)
def test_the_office_is_what_the_clause_names(last: str, org: str | None) -> None:
    assert _read(last) == [("孙某某", PHONE, org)]


@pytest.mark.parametrize(
    ("last", "org"),
    [
        # must not change: a section's name glued alone, an office of a liaison centre
        (f"此件由区交通运输局办理，工程科联系人孙某某，电话{PHONE}。", "工程科"),
        (
            f"此件由区交通运输局办理，区人大代表联系服务中心联系人孙某某，电话{PHONE}。",
            "区人大代表联系服务中心",
        ),
        (f"此件由区交通运输局办理，区政务咨询中心联系人孙某某，电话{PHONE}。", "区政务咨询中心"),
        # no office glued: the unit the sentence says handles the item
        (f"此件由区交通运输局办理，联系人孙某某，电话{PHONE}。", "区交通运输局"),
    ],
)
def test_a_named_section_stays(last: str, org: str) -> None:
    assert _read(last) == [("孙某某", PHONE, org)]
