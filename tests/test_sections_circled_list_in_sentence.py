"""Circled numbers that number a list inside one sentence (``选址位于：①某小学东侧，②某广场
北侧，③某路口。``: places, names, the objects of one verb), each item after the first set
after a comma or 、, no clause or sentence end from ① to the last item: body text, as a
list numbered 1、 or （1） so written is. Before, each item was read as a section. A run
whose items end with ； or 。 (the reply's points inline), a run that goes on after such an
end, and circled numbers opening lines stay sections. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "关于增设公共厕所的答复\n王某委员：\n您提出的建议收悉。现答复如下：\n"
TAIL = "特此函复。\n某县某某局\n2024年5月1日\n"


def _sections(body: str) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []

    def walk(nodes: list) -> None:  # type: ignore[type-arg]
        for node in nodes:
            out.append((node.level, node.number, node.marker, node.heading))
            walk(node.children)

    walk(parse_text(HEAD + body + TAIL).sections)
    return out


@pytest.mark.parametrize(
    "body",
    [
        "今年拟建公厕3座，选址位于：①第一小学东侧，②中心广场北侧，③开发区路口西北角。\n",
        "选址位于：①第一小学东侧（甲路与乙路交叉口），②中心广场北侧，③开发区路口。\n",
        "涉及三个乡镇：①甲镇、②乙镇、③丙乡。\n",
        "已建成公园两处，①甲公园，②乙广场。另外，我局将加强管理。\n",
        "主要涉及①甲镇、②乙镇、③丙乡三个乡镇。\n",  # (① glued to a word: none before either)
    ],
)
def test_a_list_inside_a_sentence_is_no_section(body: str) -> None:
    assert _sections(body) == []


@pytest.mark.parametrize(
    ("body", "headings"),
    [
        ("措施如下：①加强巡查，每日一次；②及时处置。\n", ["加强巡查，每日一次", "及时处置"]),
        ("措施如下：①加强巡查；②及时处置，③建立台账。\n", ["加强巡查", "及时处置", "建立台账"]),
        ("措施如下：①加强巡查，②及时处置；③建立台账。\n", ["加强巡查", "及时处置", "建立台账"]),
        ("①加强巡查。\n②及时处置。\n", ["加强巡查", "及时处置"]),
        ("①加强巡查，②及时处置。\n", ["加强巡查", "及时处置"]),
        ("我们一是加强巡查，二是及时处置。\n", ["加强巡查", "及时处置"]),
    ],
)
def test_the_replys_points_stay_sections(body: str, headings: list[str]) -> None:
    assert [s[3] for s in _sections(body)] == headings
