"""A page flattened onto one line, its cells run on before the salutation
(``发布时间:2031-09-15 17:20``), whose first name a stray blank parts from the list's mark
after it (``王大明 、李小明、赵某等代表:``, as a typist set it on the letter's own line).
The first name was cut off with the page's cells: no piece of chrome opens with a list's
mark, so the names open before it (fix158). Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_head

_HEAD = (
    "您当前的位置:首页 / 政府信息公开 / 建议提案办理 "
    "标 题: 甲山市某局对市九届人大一次会议第12号建议的答复 "
    "甲山市某局对市九届人大一次会议第12号建议的答复 发布时间:2031-09-15 17:20"
)
_BODY = (
    "你们提出的关于乙河镇道路硬化的建议收悉,现答复如下: 我局已将该路段纳入明年计划。"
    " 感谢你们的关心与支持! 甲山市某局 2031年8月24日"
)


@pytest.mark.parametrize(
    ("names", "read"),
    [
        pytest.param("王大明 、李小明、赵某等代表", ["王大明", "李小明", "赵某"], id="three"),
        pytest.param("王某 、李小明等代表", ["王某", "李小明"], id="two"),
        pytest.param("王大明 ,李小明等代表", ["王大明", "李小明"], id="comma"),
        pytest.param("王大明、李小明等代表", ["王大明", "李小明"], id="no-blank"),
    ],
)
@pytest.mark.parametrize("blank", [pytest.param(" ", id="blank"), pytest.param("", id="glued")])
def test_the_first_name_is_the_salutations(names: str, read: list[str], blank: str) -> None:
    letter = parse_text(f"{_HEAD}{blank}{names}: {_BODY}", keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [(n, "代表") for n in read]


def test_the_cells_before_the_names_stay_the_pages() -> None:
    line = f"{_HEAD} 王大明 、李小明等代表: {_BODY}"
    spans = chrome_head(line)
    assert any(a <= line.index("发布时间") < b for a, b in spans)
    assert all(b <= line.index("王大明") for _, b in spans)


def test_a_cells_value_before_the_names_stays_the_pages() -> None:
    # (must-not-match: a word before the list mark that is no name stays the cell's)
    line = f"{_HEAD} 来源:某局 、李小明等代表: {_BODY}"
    letter = parse_text(line, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [("李小明", "代表")]
