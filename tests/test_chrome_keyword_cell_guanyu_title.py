"""A saved page flattened with nothing between its lines, its metadata table's keyword cell
(``关键词：``, ``关键字：``, ``主题词：``) left empty and the page's heading glued after its
colon, the heading opening with ``关于`` (no authority's name before it) and written nowhere
else on the page (no 信息名称 cell naming it, or one naming the letter otherwise): the
heading is parted from the label, the cell the page's, so the title is read without it. A
keyword cell with its own words keeps them."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于增设社区健身器材的提案的答复"
BODY = (
    "吴某某委员：\n您提出的关于增设社区健身器材的提案收悉，现答复如下：\n"
    "我处已在三个社区新装健身器材十二套，并安排专人定期检修。\n"
    "感谢您对我处工作的关心和支持。\n某区某街道办事处\n2099年4月5日\n"
)
INFO = ["", "信息名称： 第7号提案答复 主题分类： 建议提案\n"]


def _page(label: str, info: str, value: str = "") -> str:
    return (
        "索引号： 0000-2099-00001 发布机构： 某区某街道办事处\n" + info
        + "发布日期： 2099-04-05 成文日期： 2099-04-05\n"
        f"{label}：{value}\n\n{TITLE}\n\n发布时间：2099-04-05 09:12:00 【字体：\n\n" + BODY
    )  # fmt: skip


def _glued(text: str) -> str:
    return "".join(line.strip() for line in text.split("\n") if line.strip())


@pytest.mark.parametrize("info", INFO)
@pytest.mark.parametrize("label", ["关键词", "关键字", "主题词"])
def test_guanyu_heading_glued_to_an_empty_keyword_cell(label: str, info: str) -> None:
    assert parse_text(_glued(_page(label, info)), keywords=False).title == TITLE


# Must not match
def test_tidy_page_keeps_its_title() -> None:
    assert parse_text(_page("关键词", ""), keywords=False).title == TITLE


def test_a_keyword_cell_with_its_words() -> None:
    page = _page("关键词", "", "健身器材")
    text = " ".join(line.strip() for line in page.split("\n") if line.strip())
    assert parse_text(text, keywords=False).title == TITLE
