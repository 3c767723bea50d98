"""A page's metadata table copied as text with bars, its keyword cell holding a list of
words parted by semicolons (``关 键 词: | 路灯;照明;提案 | |``): the marks part the page's
keywords and end no sentence of the letter's, so the row is the page's, as one with a
single keyword is, on its line or on a page flattened onto one line (an earlier round read
the list as the letter's title and an empty cell's label under it as the addressee).
Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import chrome, parse_text
from snippets import COPIES, printed

TITLE = "关于区政协九届二次会议第7号提案的答复"


def _page(keywords: str) -> str:
    return (
        "索 引 号: | 0000-2099-00001 | 主题分类: | 城乡建设 |\n"
        "发布机构: | 某区城市管理局 | 生成日期: | 2099-01-01 |\n"
        f"信息名称: | {TITLE} | ||\n"
        f"文 号: | 关 键 词: | {keywords} | |\n"
        "内容概览: | |||\n"
        "文件下载: | |||\n"
        f"{TITLE}\n"
        "王某某委员:\n"
        "您提出的《关于增设背街小巷路灯的建议》(第7号)收悉。现答复如下:\n"
        "我局已在三条背街小巷新装路灯四十盏,并安排专人定期检修。\n"
        "感谢您对城市管理工作的关心和支持。\n"
    )


@pytest.mark.parametrize(
    "keywords",
    [
        pytest.param("路灯;照明;背街小巷;提案;检修", id="semicolons"),
        pytest.param("路灯；照明；提案", id="full-width"),
        pytest.param("路灯,照明,提案", id="commas"),
    ],
)
@pytest.mark.parametrize("flatten", COPIES)
def test_a_keyword_list_cell_is_the_pages(keywords: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(_page(keywords)), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "委员")]
    assert letter.proposal is not None
    assert letter.proposal.title == "关于增设背街小巷路灯的建议"


def test_a_sentence_in_a_keyword_cell_still_ends_no_row() -> None:
    # (a keyword cell whose value is a sentence is no list of words: the row is judged as
    # before, the sentence's stop a sign of the letter's words)
    assert chrome._sentence_value(chrome._Cell("关键词", True, "我局已新装路灯四十盏。"))
    assert not chrome._sentence_value(chrome._Cell("关键词", True, "路灯;照明;提案"))
    assert chrome._sentence_value(chrome._Cell("来源", True, "路灯;照明"))


def test_a_table_row_with_a_keyword_list_is_chrome() -> None:
    # (the row whole, its other cells the page's too; a 主题词 cell lists its words so)
    assert chrome.is_chrome_line("| 主题词：教育；卫生 | | 时效： | 有效 |")


@pytest.mark.parametrize("width", [30, 34, 40])
def test_a_keyword_list_a_print_broke_is_the_pages(width: int) -> None:
    # (a hard-wrapped copy carries the list's rest onto the next line, its bars after it:
    # `…;照明;背` / `街小巷;提案;检修 | |`: the row's rest, no sentence of the letter's)
    lines = _page("路灯;照明;背街小巷;提案;检修;夜间照明;城市管理").split("\n")
    letter = parse_text("\n".join(printed(lines, width)), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "委员")]


# The keyword cell written as a row of its own, its label, colon and value on one line (a
# page printed one cell a row, or a letter's copy keeping that row over its title): the
# page's, never the title's first words, its value a list or one word (decided, left68).
PLAIN_REPLY = (
    f"{TITLE}\n"
    "王某某委员：\n"
    "您提出的《关于增设背街小巷路灯的建议》（第7号）收悉。现答复如下：\n"
    "我局已在三条背街小巷新装路灯四十盏，并安排专人定期检修。\n"
    "感谢您对城市管理工作的关心和支持。\n某区城市管理局\n2099年1月2日\n"
)


@pytest.mark.parametrize(
    "row",
    [
        pytest.param("关键词：路灯；照明；提案", id="full-width"),
        pytest.param("关键词：路灯;照明;提案", id="half-width"),
        pytest.param("关键字：路灯、照明", id="dun"),
        pytest.param("关键词：路灯", id="one-word"),
    ],
)
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "head",
    [pytest.param("", id="alone"), pytest.param("索引号：0000-2099-00001\n", id="under-a-cell")],
)
def test_a_keyword_row_of_its_own_is_no_title(
    row: str, flatten: Callable[[str], str], head: str
) -> None:
    letter = parse_text(flatten(f"{head}{row}\n{PLAIN_REPLY}"), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "委员")]
    assert letter.signature.date == "2099-01-02"


def test_a_keyword_row_under_the_title_stays_out_of_the_salutation() -> None:
    text = PLAIN_REPLY.replace(f"{TITLE}\n", f"{TITLE}\n关键词：路灯；照明\n", 1)
    letter = parse_text(text, keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "委员")]
