"""A listing page flattened onto one line: the cells the page shows under the title it
lists (the session the item was put to, alone; the item's number; then 建议人：…) run on
after the title's reply ending. A title names its session before that ending, never after
it: where a session follows the ending right away, the title ends there. A title that
names its session in its own words keeps them; a tidy page keeps its title.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

PAGE = (
    "关于在某村荒坡补植林木建议的答复\n"
    "某县第六届人民代表大会第一次会议\n"
    "5\n"
    "建议人: 甲某某、乙某某\n"
    "主办单位: 某县林业局\n"
    "答复时间: 2099-05-06\n"
    "甲某某、乙某某代表:\n"
    "你们提出的关于在某村荒坡补植林木的建议收悉，现答复如下：\n"
    "我局已将荒坡补植列入年度计划，秋季完成栽种。\n"
    "感谢你们对我们工作的关心和支持。\n"
    "某县林业局\n"
    "2099年5月6日\n"
)


def _title(text: str) -> str | None:
    return parse_text(text, keywords=False).title


@pytest.mark.parametrize("sep", ["", " "], ids=["glued", "spaced"])
def test_session_cell_after_the_title_ends_it(sep: str) -> None:
    flat = sep.join(line.strip() for line in PAGE.split("\n") if line.strip())
    assert _title(PAGE) == "关于在某村荒坡补植林木建议的答复"
    assert _title(flat) == "关于在某村荒坡补植林木建议的答复"


@pytest.mark.parametrize("sep", ["", " ", "\n"], ids=["glued", "spaced", "tidy"])
def test_title_naming_its_session_keeps_it(sep: str) -> None:
    lines = [
        "某县林业局对县六届人大一次会议第5号代表建议的复函",
        "甲某某代表：",
        "你提出的关于在某村荒坡补植林木的建议收悉，现答复如下：",
        "我局已将荒坡补植列入年度计划。",
        "某县林业局",
        "2099年5月6日",
    ]
    assert _title(sep.join(lines)) == lines[0]


# A letter with no salutation whose opening sentence starts with the session the item was
# put to, right after the title and its bracketed note: the session is no listing's cell
# (words run on after its 会议), the title ends before it and keeps none of it.
OPENS_WITH_SESSION = [
    "对《关于整修东坝渠堤的建议》的答复（第27号建议）",
    "某县第六届人民代表大会第一次会议期间，您提出的《关于整修东坝渠堤的建议》收悉。现答复如下：",
    "我局已将渠堤整修列入年度计划。",
    "特此答复。",
    "某县水利局",
    "2099年5月6日",
]


@pytest.mark.parametrize("sep", ["", " ", "\n"], ids=["glued", "spaced", "tidy"])
def test_a_session_opening_the_sentence_is_no_cell(sep: str) -> None:
    assert _title(sep.join(OPENS_WITH_SESSION)) == "对《关于整修东坝渠堤的建议》的答复"
