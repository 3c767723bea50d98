"""A saved page flattened with nothing between its lines: the metadata table's keyword cell
(``关键词：``, ``关键字：``) left empty, and the page's heading under the table glued to its
colon (``关键词：区政协某次会议《关于…》答复``, ``关键字：某局关于…``). A keyword cell's value is
a few words, never the title: the heading is parted from the label, so the title is not
read with ``关键词：`` in it. A keyword cell with its own words keeps them."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = (
    "王某某委员：\n您提出的关于增设社区健身器材的提案收悉，现答复如下：\n"
    "我处已在三个社区新装健身器材十二套，并安排专人定期检修。\n"
    "下一步，我处将结合社区议事会意见，继续补齐健身设施短板，"
    "确保居民就近健身有场地、有器材。\n感谢您对我处工作的关心和支持。\n"
    "某区某街道办事处\n2099年4月5日\n"
)
SESSION_TITLE = "区政协九届二次会议《关于增设社区健身器材的提案》（第7号）答复"
AUTHORITY_TITLE = "某区某街道办事处关于区政协九届二次会议第7号提案的答复"


def _page(title: str, label: str, value: str = "") -> str:
    return (
        "索引号： 0000-2099-00001 发布机构： 某区某街道办事处\n"
        f"信息名称： {title} 主题分类： 建议提案\n"
        "发布日期： 2099-04-05 成文日期： 2099-04-05\n"
        f"{label}：{value}\n\n{title}\n\n发布时间：2099-04-05 09:12:00 【字体：\n\n" + BODY
    )


def _glued(text: str) -> str:
    return "".join(line.strip() for line in text.split("\n") if line.strip())


@pytest.mark.parametrize("label", ["关键词", "关键字"])
@pytest.mark.parametrize("title", [SESSION_TITLE, AUTHORITY_TITLE])
def test_heading_glued_to_empty_keyword_cell(label: str, title: str) -> None:
    letter = parse_text(_glued(_page(title, label)), keywords=False)
    assert letter.title == title


@pytest.mark.parametrize("title", [SESSION_TITLE, AUTHORITY_TITLE])
def test_tidy_page_keeps_its_title(title: str) -> None:
    letter = parse_text(_page(title, "关键词"), keywords=False)
    assert letter.title == title


# Must not match
@pytest.mark.parametrize("joiner", ["\n", " "])
def test_keyword_cell_with_words_keeps_them(joiner: str) -> None:
    page = _page(SESSION_TITLE, "关键词", "健身器材")
    text = joiner.join(line.strip() for line in page.split("\n") if line.strip())
    letter = parse_text(text, keywords=False)
    assert letter.title == SESSION_TITLE
