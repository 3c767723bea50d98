"""Arabic section markers whose mark was lost in copying: ``1 加强监管`` (one or two
digits, a blank, a heading) at a line's start, read as ``一 加强监管`` already is.

Read only where the letter numbers such lines consistently (1, 2, 3 in order), or where
one carries on an Arabic level already open (``1、…`` then ``2 …``: a ``1、`` level); the
digits glued to the heading, the blank lost too (``1规范审批…``, fix8486), only in a run of
three at least numbered from 1;
never a line that opens with a figure of a quantity, a date or a phone, nor a table's row
(more blanks after the heading) or a list of names. Snippets are invented.
"""

from __future__ import annotations

import pytest

from test_sections import Flat, flat, parse

READ = [
    pytest.param(
        "1 基本情况\n我局高度重视。\n2 下一步工作\n继续推进。\n3 加强宣传工作\n广泛宣传。",
        [(1, 1, "1", "基本情况"), (1, 2, "2", "下一步工作"), (1, 3, "3", "加强宣传工作")],
        id="ascii-blank-run",
    ),
    pytest.param(
        "1\u3000基本情况\n我局高度重视。\n2\u3000下一步工作\n继续推进。",
        [(1, 1, "1", "基本情况"), (1, 2, "2", "下一步工作")],
        id="full-width-blank-run",
    ),
    pytest.param(
        "１ 完善站点布局\n已增设站点。\n２ 优化换乘衔接\n已调整线路。",
        [(1, 1, "１", "完善站点布局"), (1, 2, "２", "优化换乘衔接")],
        id="full-width-digits",
    ),
    pytest.param(
        "1、基本情况\n我局高度重视。\n2 下一步工作\n继续推进。\n3 加强宣传工作\n广泛宣传。",
        [(1, 1, "1、", "基本情况"), (1, 2, "2", "下一步工作"), (1, 3, "3", "加强宣传工作")],
        id="carrying-on-a-1dun-level",
    ),
    pytest.param(
        "一、工作情况\n1.完善制度建设\n已完成。\n2 加强日常巡查\n已完成。\n二、下步打算\n继续推进。",
        [
            (1, 1, "一、", "工作情况"),
            (2, 1, "1.", "完善制度建设"),
            (2, 2, "2", "加强日常巡查"),
            (1, 2, "二、", "下步打算"),
        ],
        id="carrying-on-a-dot-level-under-cn",
    ),
    pytest.param(
        "一、工作情况\n1 完善制度建设\n已完成。\n2 加强日常巡查\n已完成。\n"
        "二、下步打算\n1 加大资金投入\n逐年增加。\n2 强化督促检查\n每月通报。",
        [
            (1, 1, "一、", "工作情况"),
            (2, 1, "1", "完善制度建设"),
            (2, 2, "2", "加强日常巡查"),
            (1, 2, "二、", "下步打算"),
            (2, 1, "1", "加大资金投入"),
            (2, 2, "2", "强化督促检查"),
        ],
        id="runs-under-cn-headings",
    ),
    pytest.param(
        "1 基本情况\n一是完善制度；二是加强巡查。\n2 下一步工作\n继续推进。",
        [
            (1, 1, "1", "基本情况"),
            (2, 1, "一是", "完善制度"),
            (2, 2, "二是", "加强巡查"),
            (1, 2, "2", "下一步工作"),
        ],
        id="with-inline-children",
    ),
    # fix8486: the blank lost too, the digits glued to the heading, in a run of three at least
    pytest.param(
        "1规范审批流程。新建项目先行环评。\n2强化日常巡查。每月检查一次。\n"
        "3完善长效机制。建立台账制度。",
        [(1, 1, "1", "规范审批流程"), (1, 2, "2", "强化日常巡查"), (1, 3, "3", "完善长效机制")],
        id="glued-run-of-three",
    ),
    pytest.param(
        "1规范审批流程。\n已经完成。\n2强化日常巡查。\n3完善长效机制。\n4加大宣传力度。",
        [
            (1, 1, "1", "规范审批流程"),
            (1, 2, "2", "强化日常巡查"),
            (1, 3, "3", "完善长效机制"),
            (1, 4, "4", "加大宣传力度"),
        ],
        id="glued-run-of-four",
    ),
    # review59e: a heading's word that opens as an ordinal's does (组织, 班子, 社区) is a heading
    pytest.param(
        "1组织专项排查。\n2班子带头落实。\n3社区协同推进。",
        [(1, 1, "1", "组织专项排查"), (1, 2, "2", "班子带头落实"), (1, 3, "3", "社区协同推进")],
        id="glued-run-of-headings-opening-as-ordinals",
    ),
    pytest.param(
        "1排查隐患点位。\n2营造宣传氛围。\n3路口增设信号。",
        [(1, 1, "1", "排查隐患点位"), (1, 2, "2", "营造宣传氛围"), (1, 3, "3", "路口增设信号")],
        id="glued-run-of-verbs-no-ordinal-takes",
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_lost_arabic_mark_is_read(text: str, expected: list[Flat]) -> None:
    sections, _ = parse(text)
    assert flat(sections) == expected


def test_a_run_is_a_dot_level() -> None:
    """A run of lost marks stands where ``1.`` stands: under ``（一）`` with no warning of
    a skipped level or of the order of levels."""
    sections, diagnostics = parse(
        "（一）工作情况\n1 完善制度建设\n已完成。\n2 加强日常巡查\n已完成。"
    )
    assert [(f[0], f[2]) for f in flat(sections)] == [(1, "（一）"), (2, "1"), (2, "2")]
    assert diagnostics == []


NOT_READ = [
    pytest.param("1 加强日常监管\n我局高度重视。", id="lone-one"),
    pytest.param("2 加强日常监管\n已完成。\n3 完善制度建设\n已完成。", id="run-without-one"),
    pytest.param("1 加强日常监管\n已完成。\n3 完善制度建设\n已完成。", id="run-skipping-two"),
    pytest.param("1加强日常监管。\n2完善制度建设。", id="no-blank-after-the-digit"),
    pytest.param("1 个项目已经完工。\n2 个项目正在建设。", id="count-of-projects"),
    pytest.param("1 年来成效明显。\n2 年来持续推进。", id="count-of-years"),
    pytest.param("2024 年以来成效明显。\n2025 年继续推进。", id="years-spaced"),
    pytest.param("3 月份完成招标工作。\n4 月份开工建设。", id="months"),
    pytest.param("1 月份完成招标工作。\n2 月份开工建设。", id="months-from-one"),
    pytest.param("1 万元用于设备购置。\n2 万元用于人员培训。", id="sums"),
    pytest.param("1 公里道路已经完工。\n2 公里道路正在施工。", id="lengths"),
    pytest.param("1 型糖尿病患者纳入保障。\n2 型糖尿病患者纳入保障。", id="types"),
    pytest.param("1、基本情况\n已完成。\n2 多个部门联合开展检查。", id="about-after-an-open-level"),
    pytest.param("1、基本情况\n已完成。\n2 余家企业完成整改。", id="more-than-after-an-open-level"),
    pytest.param("1 号楼已完成改造。\n2 号楼正在改造。", id="buildings"),
    pytest.param("1 0000-5550101\n2 0000-5550102", id="phones"),
    pytest.param("1 东风路 改造 已完工\n2 西湖街 新建 在建中", id="table-rows"),
    pytest.param("1 刘某某\n2 陈某某\n3 赵某某", id="list-of-names"),
    pytest.param("1 2 3 4\n5 6 7 8", id="figures-only"),
    pytest.param("1、基本情况\n已完成。\n3 加强日常巡查\n已完成。", id="not-the-next-number"),
    pytest.param("1、基本情况\n已完成。\n2 个项目正在建设。", id="count-in-an-open-level"),
    pytest.param("0 加强日常监管\n1 完善制度建设", id="opening-with-zero"),
    pytest.param("2加强日常监管。\n3完善制度建设。\n4加大宣传力度。", id="glued-run-without-one"),
    pytest.param("1加强日常监管。\n2完善制度建设。\n4加大宣传力度。", id="glued-run-skipping"),
    pytest.param("1个项目已完工。\n2个项目在建。\n3个项目已立项。", id="glued-counts"),
    pytest.param("1、基本情况\n已完成。\n2加强日常巡查工作。", id="glued-after-an-open-level"),
    pytest.param("1东风路 改造\n2西湖街 新建\n3南山路 在建", id="glued-table-rows"),
    pytest.param("1刘某\n2陈某\n3赵某", id="glued-list-of-names"),
    # review59e: a figure glued to the word it numbers (a group, a route, a building's part)
    pytest.param("1组完成入户排查。\n2组完成管网测绘。\n3组开展水质检测。", id="glued-groups"),
    pytest.param("1路公交延至新区。\n2路公交加密班次。\n3路公交更新车辆。", id="glued-routes"),
    pytest.param("1单元外墙已翻新。\n2单元屋面已防水。\n3单元管道已更换。", id="glued-units"),
]


@pytest.mark.parametrize("text", NOT_READ)
def test_not_read_as_lost_arabic_mark(text: str) -> None:
    sections, _ = parse(text)
    assert [f for f in flat(sections) if f[2].strip("0123456789１２３") == ""] == []
