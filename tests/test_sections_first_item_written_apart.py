"""An inline run whose first item is written otherwise (我们一方面…, 首先…) and its next
ones ``二是…三是…`` in the same paragraph: the run opens at its 二是, numbered 2 (an
earlier round read no sections at all, for want of a 一是); the first item's words stay
the text around the run (一方面 numbers nothing: no section). An ``一方面…另一方面`` pair,
a run the proposal wrote, and a 二是 with no first item before it in its paragraph stay
as before. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from test_sections import flat

HEAD = (
    "某县体育局关于县十届人大三次会议第9号建议的答复\n"
    "王某代表：\n"
    "您提出的“关于加强全民健身设施建设的建议”收悉，现答复如下：\n"
)
TAIL = "感谢您对体育工作的支持。\n某县体育局\n2022年7月1日\n"

# (the body, the sections read: level, number, marker, heading)
APART = [
    pytest.param(
        "我们一方面加大场地建设力度，新建健身广场两处。二是发挥企业作用，鼓励社会力量办体育。"
        "三是发挥协会作用，组织群众赛事。\n",
        [(1, 2, "二是", "发挥企业作用，鼓励社会力量办体育"),
         (1, 3, "三是", "发挥协会作用，组织群众赛事")],
        id="yi-fang-mian-then-er-shi-san-shi",
    ),
    pytest.param(
        "首先，加大场地建设力度；二是发挥企业作用；三是发挥协会作用。\n",
        [(1, 2, "二是", "发挥企业作用"), (1, 3, "三是", "发挥协会作用")],
        id="shou-xian-then-er-shi",
    ),
    pytest.param(
        "我局一方面加大场地建设力度；二是发挥企业作用，鼓励社会力量办体育。\n",
        [(1, 2, "二是", "发挥企业作用，鼓励社会力量办体育")],
        id="two-items",
    ),
    pytest.param(
        "一、关于场地建设\n我们一方面加大场地建设力度。二是发挥企业作用。三是发挥协会作用。\n"
        "二、关于群众赛事\n我局将组织赛事。\n",
        [(1, 1, "一、", "关于场地建设"), (2, 2, "二是", "发挥企业作用"),
         (2, 3, "三是", "发挥协会作用"), (1, 2, "二、", "关于群众赛事")],
        id="under-a-line-marker",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "sections"), APART)
def test_the_run_opens_at_its_er_shi(body: str, sections: list[tuple]) -> None:
    record = parse_text(HEAD + body + TAIL)
    assert flat(record.sections) == sections  # type: ignore[arg-type]


NOT_APART = [
    pytest.param("我们一方面加大场地建设力度，另一方面发挥企业作用。二是发挥协会作用。\n", id="a-pair"),
    pytest.param(
        "您在建议中提出一方面加大场地建设力度，二是发挥企业作用，三是发挥协会作用。我局高度重视。\n",
        id="the-proposal-says-it",
    ),
    pytest.param(
        "我们一方面加大场地建设力度。\n二是发挥企业作用。三是发挥协会作用。\n",
        id="first-item-in-another-paragraph",
    ),
    pytest.param("我局加大场地建设力度。二是发挥企业作用。三是发挥协会作用。\n", id="no-first-item"),
]  # fmt: skip


@pytest.mark.parametrize("body", NOT_APART)
def test_no_run_without_its_first_item(body: str) -> None:
    assert parse_text(HEAD + body + TAIL).sections == []
