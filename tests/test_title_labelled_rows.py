"""A web copy's row naming the letter's own title (标题：关于…的答复): the title is the row's
value, its label is header; a row naming the proposal, or prose, stays a label."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = (
    "\n\n周某代表：\n    您提出的《关于改善城区排水设施的建议》收悉，现答复如下：\n"
    "    我局已完成排水管网改造12公里。\n    感谢您的关心和支持。\n\n某市水务局\n2024年5月16日\n"
)
_TITLE = "关于市十六届人大二次会议第0147号建议的答复"

TITLED = [
    pytest.param(f"标题：{_TITLE}", _TITLE, id="full-width-colon"),
    pytest.param(f"标题: {_TITLE}", _TITLE, id="half-width-colon-gap"),
    pytest.param(f"标题:{_TITLE}", _TITLE, id="half-width-colon-glued"),
    pytest.param(f"标题\t{_TITLE}", _TITLE, id="tab-cell"),
    pytest.param(f"标  题    {_TITLE}", _TITLE, id="spaced-label-gap"),
    pytest.param(f"标  题：{_TITLE}", _TITLE, id="spaced-label-colon"),
    pytest.param(f"题  目：{_TITLE}", _TITLE, id="timu"),
    pytest.param(f"名称：{_TITLE}", _TITLE, id="mingcheng"),
    pytest.param(f"名    称\t{_TITLE}", _TITLE, id="mingcheng-table"),
    pytest.param(f"文件名称：{_TITLE}", _TITLE, id="wenjian-mingcheng"),
    pytest.param(f"公文标题：{_TITLE}", _TITLE, id="gongwen-biaoti"),
    # the reply's own title row in a 建议 database's form (dev33): 复文标题, 答复标题…
    pytest.param(f"复文标题：{_TITLE}", _TITLE, id="fuwen-biaoti"),
    pytest.param(f"答复标题: {_TITLE}", _TITLE, id="dafu-biaoti"),
    pytest.param(f"回复标题：{_TITLE}", _TITLE, id="huifu-biaoti"),
    pytest.param(f"办复标题：{_TITLE}", _TITLE, id="banfu-biaoti"),
    pytest.param(
        "复文标题: 某市水务局关于市十六届人大二次会议第0147号建议的答复",
        "某市水务局关于市十六届人大二次会议第0147号建议的答复",
        id="fuwen-authority-first",
    ),
    pytest.param(
        "某市水务局关于市十六届人大二次会议第0147号建议的答复\n代表姓名: 周某\n"
        "建议标题: 关于改善城区排水设施的建议\n主办单位: 某市水务局\n"
        "复文标题: 某市水务局关于市十六届人大二次会议第0147号建议的答复\n答复内容:",
        "某市水务局关于市十六届人大二次会议第0147号建议的答复",
        id="fuwen-in-item-form",
    ),
    pytest.param(
        "标题：对县政协九届四次会议第23号提案的复函",
        "对县政协九届四次会议第23号提案的复函",
        id="dui-fuhan",
    ),
    pytest.param(
        "文件标题：某市水务局关于市十六届人大二次会议第0147号建议的答复",
        "某市水务局关于市十六届人大二次会议第0147号建议的答复",
        id="authority-first",
    ),
    # the title wrapped onto the next line (a table cell's width)
    pytest.param("标题：关于市十六届人大二次会议第0147号\n建议的答复", _TITLE, id="wrapped-value"),
    pytest.param(
        "名称：关于市十六届人大二次会议第0147号\n建议的答复", _TITLE, id="wrapped-mingcheng"
    ),
    pytest.param(
        "标  题  对市十六届人大二次会议\n第0147号建议的复函",
        "对市十六届人大二次会议第0147号建议的复函",
        id="wrapped-dui-gap",
    ),
    # a title whose first words only look like a label (no colon, no gap): kept whole
    pytest.param(
        "名称登记服务中心关于市十六届人大二次会议第0147号建议的答复",
        "名称登记服务中心关于市十六届人大二次会议第0147号建议的答复",
        id="label-words-glued-no-label",
    ),
    pytest.param(
        f"索引号：11520000MB0000000A/2024-00147\n标题：{_TITLE}", _TITLE, id="under-index"
    ),
    pytest.param(f"标题：{_TITLE}\n\n{_TITLE}", _TITLE, id="row-then-heading"),
]


@pytest.mark.parametrize(("head", "title"), TITLED)
def test_labelled_row_gives_the_title(head: str, title: str) -> None:
    letter = parse_text(head + _BODY)
    assert letter.title == title
    assert letter.title_span is not None
    assert letter.text is not None
    assert (
        letter.text[letter.title_span[0] : letter.title_span[1]].replace(" ", "").replace("\n", "")
        == title
    )


# Rows that are no title of the letter: the proposal's title (…的建议), a sentence, a label
# glued to other words with no colon nor gap, a label that only ends like one.
NOT_TITLED = [
    pytest.param("题目：关于改善城区排水设施的建议", id="proposal-title"),
    pytest.param("标题：关于改善城区排水设施", id="no-ending"),
    pytest.param("名称：关于排水设施的答复。已办结", id="prose"),
    pytest.param(f"单位名称：{_TITLE}", id="other-label"),
    pytest.param("题目：关于改善城区排水\n设施的建议", id="wrapped-proposal-title"),
    pytest.param("标题：关于改善城区排水设施\n（第0147号）", id="wrapped-no-ending"),
    pytest.param(f"建议题目：{_TITLE}".replace("的答复", "的建议"), id="proposal-label"),
]


@pytest.mark.parametrize("head", NOT_TITLED)
def test_other_rows_give_no_title(head: str) -> None:
    title = parse_text(head + _BODY).title
    assert title is None or not title.startswith("关于")  # (no row read as the title)


# A web copy's metadata table above the letter: its rows are chrome or header, never the
# title (发文日期 and 发文时间 are the page's labels, as 发布日期 is).
TABLES = [
    pytest.param(
        "索引号：11520000MB0000000A/2024-00147\n发布机构：某市水务局\n"
        "发文日期：2024-05-17\n主题分类：水利\n有效性：有效\n\n" + _TITLE,
        id="fawen-riqi-in-table",
    ),
    pytest.param("发文日期：2024年5月17日\n" + _TITLE, id="fawen-riqi-alone"),
    pytest.param("发文时间：2024-05-17 10:20\n" + _TITLE, id="fawen-shijian-alone"),
    pytest.param(
        "发布机构\t某市水务局\n发文日期\t2024-05-17\n文    号\t某水复〔2024〕47号\n"
        "有 效 性\t有效\n\n" + _TITLE,
        id="table-cells-tab",
    ),
]


@pytest.mark.parametrize("head", TABLES)
def test_metadata_rows_are_no_title(head: str) -> None:
    assert parse_text(head + _BODY).title == _TITLE
