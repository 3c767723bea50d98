"""A reply whose first point was written without its ``一、`` (``供水方面：…`` opening its
paragraph) and whose next ones are numbered (``二、排水方面：…``, ``三、…``): the run opens at
its ``二、``, numbered 2, when an earlier line of the body opens with a heading of the same
shape (a few words ending alike, a colon after them or the line's end). The first point's
words are no section. A lone ``二、`` with no such line, or one whose earlier headings end
otherwise, stays body text as before; a letter with its ``一、`` reads as ever. Snippets in
our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from test_sections import flat

HEAD = (
    "某县水务局关于县十一届人大五次会议第73号建议的答复\n"
    "王某代表：\n"
    "您提出的关于改善某镇供排水条件的建议收悉，现答复如下：\n"
    "近年来，我局在县委县政府的领导下，持续推进城乡供排水设施建设。\n"
)
TAIL = "感谢您对水务工作的支持。\n某县水务局\n2099年7月1日\n"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        pytest.param(
            "供水方面：我局已完成某镇水厂扩建，日供水能力提升一倍。\n"
            "二、排水方面：某镇主干管网改造已列入明年计划。\n"
            "三、管理方面：我局将建立巡查制度。\n",
            [(1, 2, "二、", "排水方面：某镇主干管网改造已列入明年计划"),
             (1, 3, "三、", "管理方面：我局将建立巡查制度")],
            id="colon-headings",
        ),
        pytest.param(
            "供水问题：我局已完成某镇水厂扩建。\n二、排水问题：某镇主干管网改造已列入计划。\n",
            [(1, 2, "二、", "排水问题：某镇主干管网改造已列入计划")],
            id="lone-second-point",
        ),
        pytest.param(
            "供水工作\n我局已完成某镇水厂扩建。\n二、排水工作\n某镇主干管网改造已列入计划。\n",
            [(1, 2, "二、", "排水工作")],
            id="short-heading-lines",
        ),
    ],
)  # fmt: skip
def test_a_run_whose_first_point_lost_its_numeral(body: str, want: list[tuple]) -> None:
    letter = parse_text(HEAD + body + TAIL)
    assert flat(letter.sections) == want


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "我局已完成某镇水厂扩建。\n二、排水方面：某镇主干管网改造已列入计划。\n",
            id="no-first-heading",
        ),
        pytest.param(
            "供水问题：我局已完成某镇水厂扩建。\n二、排水方面：某镇主干管网改造已列入计划。\n",
            id="headings-end-otherwise",
        ),
        pytest.param(
            "供水方面：我局已完成某镇水厂扩建。\n二、三月份完成排水管网改造。\n",
            id="a-count-no-heading",
        ),
    ],
)
def test_a_lone_second_numeral_stays_body_text(body: str) -> None:
    letter = parse_text(HEAD + body + TAIL)
    assert letter.sections == []


def test_a_run_with_its_first_numeral_reads_as_ever() -> None:
    body = "一、供水方面：我局已完成扩建。\n二、排水方面：改造已列入计划。\n"
    letter = parse_text(HEAD + body + TAIL)
    assert flat(letter.sections) == [
        (1, 1, "一、", "供水方面：我局已完成扩建"),
        (1, 2, "二、", "排水方面：改造已列入计划"),
    ]
