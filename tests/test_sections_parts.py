"""``第一部分``, ``第二部分`` heading the parts of a reply (a provincial department's long
reply, or a web copy of it): the outermost level, an inline 一是 run inside a part its
child. Snippets invented."""

from __future__ import annotations

import pytest

from test_sections import Flat, flat, parse


def _parse(text: str) -> list[Flat]:
    return flat(parse(text)[0])


PARTS = [
    pytest.param(
        "第一部分 工作开展情况\n今年新建停车场5处。\n第二部分 下一步打算\n一是加大规划引导。二是拓宽资金渠道。",
        [
            (1, 1, "第一部分", "工作开展情况"),
            (1, 2, "第二部分", "下一步打算"),
            (2, 1, "一是", "加大规划引导"),
            (2, 2, "二是", "拓宽资金渠道"),
        ],
        id="blank-after-marker",
    ),
    pytest.param(
        "第一部分 关于进一步加强全市城区公共停车设施规划建设和管理的情况\n正文。\n"
        "第二部分 下一步打算\n正文。",
        [
            (1, 1, "第一部分", "关于进一步加强全市城区公共停车设施规划建设和管理的情况"),
            (1, 2, "第二部分", "下一步打算"),
        ],
        id="blank-before-a-long-heading",
    ),
    pytest.param(
        "第一部分：基本情况\n我局已完成排查。\n第二部分：存在问题\n经费不足。",
        [(1, 1, "第一部分：", "基本情况"), (1, 2, "第二部分：", "存在问题")],
        id="colon-after-marker",
    ),
    pytest.param(
        "第一部分\n办理情况\n第二部分\n工作打算",
        [(1, 1, "第一部分", "办理情况"), (1, 2, "第二部分", "工作打算")],
        id="marker-on-its-own-line",
    ),
    pytest.param(
        "第一部分工作开展情况\n正文。\n第二部分下一步打算\n正文。",
        [(1, 1, "第一部分", "工作开展情况"), (1, 2, "第二部分", "下一步打算")],
        id="glued-short-heading-line",
    ),
]

NOT_PARTS = [
    pytest.param("第一部分资金已拨付到位。\n第二部分资金年底前拨付。", id="portion-of-a-sum"),
    pytest.param("关于第一部分的答复如下。", id="mid-sentence"),
    pytest.param("第一部分群众反映的问题已在去年全部得到解决，剩余问题正在处理", id="long-line"),
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_parts(text: str, expected: list[Flat]) -> None:
    assert _parse(text) == expected


@pytest.mark.parametrize("text", NOT_PARTS)
def test_not_parts(text: str) -> None:
    assert _parse(text) == []
