"""A letter flattened with nothing between its lines: a section heading written as two
clauses parted by a comma (``提升某能力，健全某机制``) ends where its paragraph's opening word
follows it (``近年来``, ``按照``) or a body named acting on something (``县某局结合…``), as
a one-clause heading does; a heading whose topic word runs on into a plan (``下一步工作计划``) ends where its run of points opens (``一是…二是…``),
not inside the compound. A heading's clause that binds the opening word (``并``), or an item
that is one sentence, is read as before.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "乙县农业局关于县人大九次会议第4号建议的答复\n孙某某代表：\n您提出的建议收悉，现答复如下：\n"
TAIL = "感谢您对我局工作的关心。\n乙县农业局\n2099年3月4日\n"


def _headings(text: str) -> list[str | None]:
    return [s.heading for s in parse_text(text, keywords=False).sections]


def _glued(tidy: str) -> str:
    return "".join(line.strip() for line in tidy.split("\n"))


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("提升农技服务能力，健全基层推广机制", "近年来，我局先后培训农技人员一百余名，覆盖全县。"),
        ("加强人才队伍建设，打造农技推广骨干", "按照县委的统一部署，我局组织开展了专项培训。"),
        ("加大农机投入，提高机耕覆盖水平", "县农业局结合本县实际，编制了农机购置补贴方案。"),
    ],
)
def test_two_clause_heading_ends_at_paragraph_opening(heading: str, paragraph: str) -> None:
    tidy = (
        HEAD
        + "一、"
        + heading
        + "\n"
        + paragraph
        + "\n二、改善灌溉条件\n我局已安排资金修缮东干渠。\n"
        + TAIL
    )
    assert _headings(tidy)[0] == heading
    assert _headings(_glued(tidy))[0] == heading


def test_plan_heading_keeps_its_compound_before_run_of_points() -> None:
    tidy = (
        HEAD
        + "一、办理情况\n我局已派员实地查看了灌渠。\n"
        + "二、下一步工作计划\n一是继续跟进灌渠修缮；二是组织农技人员下乡指导。\n"
        + TAIL
    )
    sections = parse_text(_glued(tidy), keywords=False).sections
    assert [s.heading for s in sections] == ["办理情况", "下一步工作计划"]
    assert [c.marker for c in sections[1].children] == ["一是", "二是"]


def test_sentence_item_with_comma_is_not_cut() -> None:
    tidy = (
        HEAD
        + "一、我局高度重视，立即组织农技人员并按照有关规定开展了排查。\n"
        + "二、改善灌溉条件\n我局已安排资金修缮东干渠。\n"
        + TAIL
    )
    first = parse_text(_glued(tidy), keywords=False).sections[0]
    assert not (first.heading or "").endswith("并")
    assert "按照有关规定" in first.text
