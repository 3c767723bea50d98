"""A run of line markers numbered 1 again in its level's own style right under a section of
that level that holds a heading line alone (``三、下一步计划`` / ``一、…`` / ``二、…``): the
heading's children, a level below it (fix113); in a copy glued with nothing between its
lines, the heading ends at the glued ``一、``. A section with words of its own before the
restart keeps the old reading. Snippets written for these tests."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.model import Section

OPENING = "王某代表：\n您提出的关于修缮某村便桥的建议收悉，现答复如下：\n"
PLAN = (
    "一、基本情况\n我局已完成便桥的安全评估。\n"
    "二、存在的困难\n资金缺口较大，需多方筹措。\n"
    "三、下一步计划\n"
    "一、加快方案设计。年内完成初步设计。\n"
    "二、落实建设资金。积极争取上级补助。\n"
    "三、强化质量监管。严格把好验收关。\n"
)


def _tree(text: str) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []

    def walk(nodes: list[Section]) -> None:
        for n in nodes:
            out.append((n.level, n.number, n.marker, n.heading))
            walk(n.children)

    walk(parse_text(text, keywords=False).sections)
    return out


NESTED = [
    (1, 1, "一、", "基本情况"),
    (1, 2, "二、", "存在的困难"),
    (1, 3, "三、", "下一步计划"),
    (2, 1, "一、", "加快方案设计"),
    (2, 2, "二、", "落实建设资金"),
    (2, 3, "三、", "强化质量监管"),
]


def test_run_afresh_under_a_heading_line() -> None:
    assert _tree(OPENING + PLAN) == NESTED


def test_run_afresh_in_a_glued_copy() -> None:
    assert _tree((OPENING + PLAN).replace("\n", "")) == NESTED


def test_the_run_carries_on_past_three() -> None:
    text = OPENING + PLAN + "四、做好群众沟通。及时公开进度。\n"
    assert _tree(text)[-1] == (2, 4, "四、", "做好群众沟通")


@pytest.mark.parametrize(
    "between",
    [
        pytest.param("我局将从以下方面推进。\n", id="words-of-its-own"),
        pytest.param("", id="heading-a-sentence"),
    ],
)
def test_old_reading_kept(between: str) -> None:
    heading = "三、下一步计划\n" if between else "三、下一步我局将继续推进。\n"
    text = OPENING + PLAN.replace("三、下一步计划\n", heading + between)
    levels = [(level, number) for level, number, _, _ in _tree(text)]
    assert levels == [(1, 1), (1, 2), (1, 3), (1, 1), (1, 2), (1, 3)]
