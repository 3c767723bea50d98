"""A numbered heading glued to its paragraph (the copy flattened with nothing between its
lines, the heading written without a stop): the paragraph opens with the answering unit
saying what it did or will do (``我省已于…``, ``我局将…``, ``我市积极…``), and the heading
ends before it, as before a paragraph's opening word (近年来, 按照). A heading that names
the unit inside it (``加快推进我市某工作``), and a sentence after the marker, read as before."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "关于某某建议的答复某某代表：您提出的建议收悉，现答复如下："
TAIL = "感谢您的支持。某省卫生健康委员会2099年5月6日"


def _headings(text: str) -> list[str | None]:
    return [s.heading for s in parse_text(text).sections]


@pytest.mark.parametrize(
    "subject",
    ["我省已于2098年将某市列入申报名单。", "我局将继续指导某市完善方案。", "我市积极协调资金。"],
)
def test_the_heading_ends_before_the_unit(subject: str) -> None:
    text = (
        HEAD
        + "一、争取区域医疗中心落户某市"
        + subject
        + "二、支持某市建设示范区。已列入计划。"
        + TAIL
    )
    assert _headings(text)[0] == "争取区域医疗中心落户某市"


# Must not match
def test_a_heading_naming_the_unit_stays_whole() -> None:
    text = (
        HEAD
        + "一、加快推进我市医疗中心建设。已列入计划。二、支持某市建设示范区。已列入计划。"
        + TAIL
    )
    assert _headings(text)[0] == "加快推进我市医疗中心建设"
