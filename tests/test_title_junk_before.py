"""A page's junk glued before the title's first word on its line (title58): the
document's validity cell with its closed value (its colon kept or lost, a list's dash
before it), a title cell's label (``标题：``, ``-文号:无-标题:``, ``信息名称``), a list's
number (``1、``, ``2.``, ``（3）``) or the page's date (its clock time or brackets): the
title opens after it, its authority kept. A title opening with its own words is left
whole. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于县十六届人大二次会议第31号建议的答复"
AUTHORITY_TITLE = "某县林业局" + TITLE
CRUMB = "当前位置：首页 > 信息公开 > 代表建议办理\n索引号：1122334/2031-00077\n"
REST = (
    "\n孟某代表：\n　　您提出的《关于整治河岸的建议》收悉，现答复如下：\n"
    "　　我局已将该项目列入年度计划。\n某县林业局\n2031年4月9日\n"
)

LEADS = [
    pytest.param("时效性有效", id="validity-glued"),
    pytest.param("时效性：有效", id="validity-colon"),
    pytest.param("- 时效性有效", id="validity-dashed"),
    pytest.param("效力状态:现行有效", id="validity-in-force"),
    pytest.param("标题：", id="title-label"),
    pytest.param("-文号:无-标题:", id="number-empty-then-title-label"),
    pytest.param("信息名称", id="name-label-no-colon"),
    pytest.param("1、", id="list-number"),
    pytest.param("2.", id="list-number-dot"),
    pytest.param("（3）", id="list-number-bracketed"),
    pytest.param("2031-04-09", id="page-date"),
    pytest.param("[2031-04-09]", id="page-date-bracketed"),
    pytest.param("2031-04-09 10:15 ", id="page-date-clock"),
]


@pytest.mark.parametrize("page", [pytest.param("", id="letter"), pytest.param(CRUMB, id="page")])
@pytest.mark.parametrize("lead", LEADS)
def test_junk_before_the_title(lead: str, page: str) -> None:
    assert parse_text(page + lead + TITLE + REST, keywords=False).title == TITLE


@pytest.mark.parametrize("page", [pytest.param("", id="letter"), pytest.param(CRUMB, id="page")])
@pytest.mark.parametrize(
    "lead", ["时效性有效", "有效性：有效", "效力状态:现行有效", "1、", "2031-04-09"]
)
def test_junk_before_the_authority(lead: str, page: str) -> None:
    letter = parse_text(page + lead + AUTHORITY_TITLE + REST, keywords=False)
    assert (letter.title, letter.issuer) == (AUTHORITY_TITLE, "某县林业局")


def test_page_date_before_the_title_is_no_date() -> None:
    letter = parse_text("2031-04-02" + TITLE + REST, keywords=False)
    assert [d.text for d in letter.dates] == ["2031年4月9日"]


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("2031年度县人大建议办理情况的答复", id="year-opens"),
        pytest.param("有效推进河岸整治工作的答复", id="validity-word-opens"),
        pytest.param(
            "名称登记服务中心关于县十六届人大二次会议第31号建议的答复", id="office-named-so"
        ),
    ],
)
def test_title_with_its_own_first_words(title: str) -> None:
    assert parse_text(title + REST, keywords=False).title == title


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("1、", "2、", id="comma-numbers"),
        pytest.param("-（1）", "（2）", id="bracketed-numbers-dashed"),
        pytest.param("3.", "4.", id="dotted-numbers"),
    ],
)
def test_a_list_of_titles_keeps_its_numbers(first: str, second: str) -> None:
    # The title's line a list of titles, each numbered (a reply to two items): the first
    # number is the list's as the second is, no page's junk; both stay as written.
    other = TITLE.replace("31号", "32号")
    line = first + TITLE + second + other
    assert parse_text(line + REST, keywords=False).title == line


# Decided (left59a): a page's listing heading, the item's title and its proposer's name,
# glued before the reply's own title (opening with 对 or 关于) in a copy that lost its line
# breaks: the page's, the title opens after the name.
DUI_TITLE = "对县十六届人大二次会议代表建议第31号的答复"


@pytest.mark.parametrize("gap", ["", " "], ids=["glued", "one-blank"])
def test_a_listing_heading_glued_before_the_title(gap: str) -> None:
    line = f"关于整治某河河岸的建议{gap}孟某某{gap}{DUI_TITLE}"
    record = parse_text(line + REST, keywords=False)
    assert record.title == DUI_TITLE
    assert record.proposal is not None and record.proposal.number == "31"


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("关于整治某河河岸的建议的答复", id="a-title-of-its-own"),
        pytest.param("关于整治某河河岸的建议办理情况对县人大的答复", id="no-name-after-the-kind"),
    ],
)
def test_no_listing_heading(title: str) -> None:
    assert parse_text(title + REST, keywords=False).title == title
