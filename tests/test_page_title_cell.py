"""A web page's 政府信息公开 metadata table names the letter's title in its 标题 (名称) cell
(chrome.page_title, textview): when the letter's lines write no title of their own (the
page's heading lost, the printed title not copied), the view keeps that cell's value as a
line of its own, so it is ``title``; the rest of the table stays out of the letter. Tables
in our own words, in the layouts pages render them in."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, page_title

_TITLE = "关于县六届人大二次会议第27号建议的答复"

_LETTER = (
    "许某代表：\n    您提出的关于修缮村道的建议收悉，现答复如下：\n    一、基本情况\n"
    "    我局已安排资金修缮。\n    感谢您对交通工作的关心。\n桐溪县交通运输局\n2024年6月28日\n"
)

_TABLES = [
    pytest.param(
        f"索引号：000000000/2024-00031\n发布机构：桐溪县交通运输局\n生成日期：2024-07-09\n"
        f"标题：{_TITLE}\n文号：\n",
        id="a-cell-to-a-line",
    ),
    pytest.param(
        f"索 引 号：\t000000000/2024-00031\t主题分类：\t交通\n"
        f"发布机构：\t桐溪县交通运输局\t成文日期：\t2024-06-28\n标    题：\t{_TITLE}\n"
        "有 效 性：\t有效\n",
        id="tab-cells-spaced-label",
    ),
    pytest.param(
        f"索引号\n000000000/2024-00031\n发布机构\n桐溪县交通运输局\n标题\n{_TITLE}\n发布日期\n2024-07-09\n",
        id="labels-over-values",
    ),
    pytest.param(
        "| 索引号： | 000000000/2024-00031 | 主题分类： | 交通 |\n"
        f"| 标题： | {_TITLE} |\n| 发布机构： | 桐溪县交通运输局 | 生成日期： | 2024-07-09 |\n",
        id="pipes",
    ),
    pytest.param(
        "│ 索引号： │ 000000000/2024-00031 │ 主题分类： │ 交通 │\n"
        f"│ 标题： │ {_TITLE} │\n│ 发布机构： │ 桐溪县交通运输局 │ 生成日期： │ 2024-07-09 │\n",
        id="box-drawing-bars",
    ),
    pytest.param(
        f"索引号：000000000/2024-00031  主题分类：交通  标题：{_TITLE}  发布机构：桐溪县交通运输局"
        "  生成日期：2024-07-09\n",
        id="all-on-one-line",
    ),
    pytest.param(
        f"标　　题：{_TITLE}\n发文机关：桐溪县交通运输局\n来　　源：桐溪县交通运输局\n"
        "主题分类：交通\n公文种类：函\n成文日期：2024年06月28日\n",
        id="full-width-spaced-label-and-table-only-labels",
    ),
    pytest.param(
        f"名　　称：{_TITLE}\n索 引 号：000000000/2024-00031\n发布机构：桐溪县交通运输局\n",
        id="name-cell",
    ),
    pytest.param(
        f"当前位置：首页 > 政务公开 > 建议提案办理\n信息名称：{_TITLE}\n"
        "信息索引号：000000000/2024-00031\n公开日期：2024-07-09\n【字体：大 中 小】\n",
        id="info-name-under-a-crumb",
    ),
]


@pytest.mark.parametrize("table", _TABLES)
def test_the_title_cell_gives_the_title(table: str) -> None:
    letter = parse_text(table + _LETTER)
    assert letter.title == _TITLE
    assert letter.title_span is not None and letter.text is not None
    start, end = letter.title_span
    assert letter.text[start:end] == _TITLE
    assert letter.issuer == "桐溪县交通运输局"
    assert letter.signature.date == "2024-06-28"
    assert [d.text for d in letter.dates] == ["2024年6月28日"]  # (no page date of the table)
    assert [a.name for a in letter.addressees] == ["许某"]


def test_the_cell_stays_chrome_for_every_other_reader() -> None:
    table = f"索引号：000000000/2024-00031\n发布机构：桐溪县交通运输局\n标题：{_TITLE}\n"
    assert chrome_lines(None, table + _LETTER) == {0, 1, 2}
    text = table + _LETTER
    span = page_title(text)
    assert span is not None and text[span[0] : span[1]] == _TITLE


# The letter writes its title itself (or the page's heading does): the cell gives nothing,
# and the title is read as the letter's lines write it, once.
_WRITTEN = [
    pytest.param(f"{_TITLE}\n", _TITLE, id="the-letters-own-title-after-the-table"),
    pytest.param(
        f"桐溪县交通运输局{_TITLE}\n", f"桐溪县交通运输局{_TITLE}", id="own-title-with-issuer"
    ),
    pytest.param("关于县六届人大二次会议\n第27号建议的答复\n", _TITLE, id="own-title-on-two-lines"),
]


@pytest.mark.parametrize(("own", "title"), _WRITTEN)
def test_the_letters_own_title_wins(own: str, title: str) -> None:
    table = f"索引号：000000000/2024-00031\n发布机构：桐溪县交通运输局\n标题：{_TITLE}\n"
    text = table + own + _LETTER
    assert page_title(text) is None
    assert parse_text(text).title == title


def test_a_page_heading_over_the_table_is_the_title_once() -> None:
    text = f"{_TITLE}\n索引号：000000000/2024-00031\n发布机构：桐溪县交通运输局\n标题：{_TITLE}\n"
    assert page_title(text + _LETTER) is None
    assert parse_text(text + _LETTER).title == _TITLE


def test_the_value_under_its_label_names_the_title_not_the_issuer() -> None:
    own = "桐溪县交通运输局关于县六届人大二次会议第27号建议的答复\n"
    text = f"索引号\n000000000/2024-00031\n发布机构\n桐溪县交通运输局\n标题\n{_TITLE}\n"
    assert page_title(text + own + _LETTER) is None


# Cells that hold no title, and title labels outside a page's table: nothing kept.
_NOT_A_TITLE = [
    pytest.param(
        "索引号：000000000/2024-00031\n发布机构：桐溪县交通运输局\n标题：政务公开专栏\n",
        id="value-without-a-titles-words",
    ),
    pytest.param(
        "索引号：000000000/2024-00031\n发布机构：桐溪县交通运输局\n标题：关于道路的建议已办结。\n",
        id="value-a-sentence",
    ),
    pytest.param(
        "索引号：000000000/2024-00031\n发布机构：桐溪县交通运输局\n标题：\n文号：\n",
        id="empty-cell",
    ),
    pytest.param(
        "索引号\n000000000/2024-00031\n发布机构\n桐溪县交通运输局\n标题\n文号\n",
        id="empty-cell-over-the-next-label",
    ),
]


@pytest.mark.parametrize("table", _NOT_A_TITLE)
def test_no_title_from_the_cell(table: str) -> None:
    assert page_title(table + _LETTER) is None
    assert parse_text(table + _LETTER).title is None


def test_a_forms_title_label_without_a_page_is_the_letters() -> None:
    # no page label: the 标题 line is the letter's own, read as before (no chrome)
    text = f"标题：{_TITLE}\n" + _LETTER
    assert chrome_lines(None, text) == frozenset()
    assert page_title(text) is None
    assert parse_text(text).title == _TITLE
