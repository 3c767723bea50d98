"""A 第一，…第二，… run inside a paragraph (fields/sections.py, :func:`_di_run`).

Replies enumerate inside a paragraph with 第一，/第二， as they do with 一是/二是: after a
sentence end (…现有车辆45台。第一，优化线路；第二，…) or after a lead-in's colon
(主要做了以下工作：第一，…；第二，…). Snippets invented, in the shapes such letters use.
"""

from __future__ import annotations

import pytest

from replyparse.fields.sections import find_sections
from replyparse.model import Section
from replyparse.textview import TextView

Flat = tuple[int, int, str, str]  # level, number, marker, heading


def _flat(sections: list[Section], level: int = 1) -> list[Flat]:
    out: list[Flat] = []
    for s in sections:
        out.append((s.level, s.number, s.marker, s.heading))
        out.extend(_flat(s.children, level + 1))
    return out


def _parse(text: str) -> list[Flat]:
    view = TextView(text)
    sections, _ = find_sections(view, 0, len(view.norm))
    return _flat(sections)


DI_RUNS = [
    pytest.param(
        "一、关于垃圾转运\n区环卫部门现有车辆45台。第一，优化转运线路；第二，增加转运频次；"
        "第三，实行密闭运输。\n二、关于处理能力\n日处理1200吨。",
        [
            (1, 1, "一、", "关于垃圾转运"),
            (2, 1, "第一，", "优化转运线路"),
            (2, 2, "第二，", "增加转运频次"),
            (2, 3, "第三，", "实行密闭运输"),
            (1, 2, "二、", "关于处理能力"),
        ],
        id="after-a-full-stop-under-a-heading",
    ),
    pytest.param(
        "我们主要做了以下工作：第一，加强组织领导；第二，强化资金保障；第三，严格督查考核。",
        [
            (1, 1, "第一，", "加强组织领导"),
            (1, 2, "第二，", "强化资金保障"),
            (1, 3, "第三，", "严格督查考核"),
        ],
        id="after-a-lead-in-colon",
    ),
    pytest.param(
        "现答复如下：第一，关于托育机构。全市共有185家。第二，关于补助。每个托位2000元。",
        [(1, 1, "第一，", "关于托育机构"), (1, 2, "第二，", "关于补助")],
        id="flattened-letter-answering-by-di",
    ),
    pytest.param(
        "（一）下一步工作\n我们将重点抓好两件事。第一、拓宽资金渠道。第二、加强宣传引导。",
        [
            (1, 1, "（一）", "下一步工作"),
            (2, 1, "第一、", "拓宽资金渠道"),
            (2, 2, "第二、", "加强宣传引导"),
        ],
        id="di-with-dun-after-a-full-stop",
    ),
    # a line marker after the run closes it, as it closes a 一是 run: （一） sits beside 一、's
    # run, under 一、, not under 第二，
    pytest.param(
        "一、关于转运\n现有车辆45台。第一，优化线路；第二，增加频次。\n（一）加强管理\n开展检查。",
        [
            (1, 1, "一、", "关于转运"),
            (2, 1, "第一，", "优化线路"),
            (2, 2, "第二，", "增加频次"),
            (2, 1, "（一）", "加强管理"),
        ],
        id="line-marker-closes-the-run",
    ),
]

NOT_DI_RUNS = [
    pytest.param("该项工作在全省排名第一，获得通报表彰。第二，", id="rank-first-after-a-word"),
    pytest.param("全省考核排名第一，受到表彰；第二批项目已启动。", id="rank-then-second-batch"),
    pytest.param("我们将继续努力。第一，要提高认识。", id="lone-first-after-a-full-stop"),
    pytest.param("办理如下：第一，已完成改造。", id="lone-first-after-a-colon"),
    pytest.param("已完成。第一、二季度完成投资8亿元。", id="quarters-count"),
    pytest.param(
        "我们将继续努力。第一，要提高认识。\n第二，要加强管理。", id="second-in-next-line"
    ),
]


@pytest.mark.parametrize(("text", "expected"), DI_RUNS)
def test_di_run_inside_a_paragraph(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected


@pytest.mark.parametrize("text", NOT_DI_RUNS)
def test_no_di_run(text: str) -> None:
    assert _parse(text) == []
