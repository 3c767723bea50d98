"""A government page's metadata table that a copy damaged keeps of some labels only their
last character and colon (``称:`` of 名称, ``号:`` of 文号 or 索引号): the table cut at a
column. Flattened onto one line with the letter, such a piece is a cell's label, not a
salutation's colon: the page's head runs on through it (``称:`` a title cell's, its value
the page's), and the letter's heading, salutation and 发文字号 under the table are read as on
the tidy page. Snippets written for these tests; places, names and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_head

_TITLE = "某县林业局关于对县五届人大三次会议第12号建议的答复"
_HEAD = (
    "您当前的位置: 首页 >> 部门目录 >> 某县林业局 >> 人大代表建议 >> 正文",
    "号: abc001-/2021-0000001 信息分类: 农业、林业、水利",
    "发文日期: 2021-06-03",
    "发布机构: 某县林业局 生成日期:",
    f"称: {_TITLE}",
    "号: 某林复〔2021〕7号",
    "",
    _TITLE,
    "",
    "发表时间:",
    "字体:[    ]",
    "",
)
_BODY = (
    "王某某代表:",
    "您提出的“关于加强村道绿化管护的建议”已交我们研究办理，现答复如下：",
    "我局高度重视，已安排专人负责村道两侧苗木的补植和管护，今年共补植苗木三千株。",
    "感谢您对林业工作的关心和支持。",
    "某县林业局",
    "2021年6月1日",
)


def _page(joiner: str) -> str:
    return joiner.join(line for line in (*_HEAD, *_BODY) if line) + "\n"


@pytest.mark.parametrize("joiner", [" ", "\n"], ids=["flattened", "tidy"])
def test_the_letter_under_a_damaged_table(joiner: str) -> None:
    record = parse_text(_page(joiner), keywords=False)
    assert record.title == _TITLE
    assert [(a.name, a.role) for a in record.addressees] == [("王某某", "代表")]
    assert record.doc_number is not None
    assert record.doc_number.text == "某林复〔2021〕7号"
    assert record.signature.date == "2021-06-01"


def test_the_head_runs_through_the_cut_labels() -> None:
    line = _page(" ").rstrip("\n")
    spans = chrome_head(line)
    assert spans
    assert line.find("称:") < spans[0][1]  # (the title cell is the page's)


@pytest.mark.parametrize(
    "line",
    [
        # no page's head before the salutation: nothing is the head's
        "王某代表: 您提出的建议收悉，现答复如下： 我局已安排资金。 某县林业局 2021年6月1日",
        # a tidy flattened reply whose salutation follows its title: the salutation stays
        f"{_TITLE} 王某代表: 您提出的建议收悉，现答复如下： 我局已安排资金。 某县林业局 2021年6月1日",
    ],
    ids=["no-head", "title-then-salutation"],
)
def test_no_head_where_the_page_printed_none(line: str) -> None:
    record = parse_text(line + "\n", keywords=False)
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "代表")]
