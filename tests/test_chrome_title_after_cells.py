"""A page's row of cells (索引号, 发布机构, 发布日期…) with the letter's title flattened onto the
same line after its last value (``发布机构：某局  发布日期：2024-03-05  关于…的答复``): the cells
are the page's chrome, the title the letter's own and kept. A row alone is dropped as
before; a title cell's value is the page's title cell's; a row after the letter's first
line (a list of other articles) keeps nothing. Snippets in our own words; names and numbers
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import title_after_cells
from spans import span_problems

TITLE = "关于改善青禾村灌渠的建议的答复"
LETTER = (
    "吴某代表：\n您提出的建议收悉，现答复如下：\n我局已安排专项资金，年内完成灌渠清淤。\n"
    "感谢您的关心。\n某县水务局\n2024年4月8日"
)


@pytest.mark.parametrize(
    ("cells", "title"),
    [
        ("索引号 000111222/2024-00031 发布机构 某县水务局 发布日期 2024-04-10", TITLE),
        ("索引号：000111222/2024-00031  发布机构：某县水务局  生成日期：2024年04月10日", TITLE),
        ("索引号：000-2024-31 | 发布机构：某县水务局 | 公开日期：2024-04-10 |", TITLE),
        ("发布日期：2024-04-10", TITLE),
        ("信息来源：某县水务局 发布时间：2024-04-10 09:30 浏览次数：12", TITLE),
        ("发布机构：某县水务局", "某县水务局关于改善青禾村灌渠建议的复函"),
        ("来源：某县水务局　发布时间：2024-04-10", "对县三届人大二次会议第7号建议的答复"),
    ],
)
def test_the_title_after_the_cells_is_kept(cells: str, title: str) -> None:
    record = parse_text(f"{cells} {title}\n{LETTER}", keywords=False)
    assert record.title == title
    assert record.signature.issuer == "某县水务局"
    assert span_problems(record) == []


def test_a_row_alone_is_dropped_as_before() -> None:
    record = parse_text(f"发布机构：某县水务局 发布日期：2024-04-10\n{TITLE}\n{LETTER}")
    assert record.title == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "标题： 关于改善青禾村灌渠的建议的答复",  # (a title cell: page_title's)
        "上一篇： 关于修缮某村祠堂的建议的答复",  # (a link's label left before it)
        # (a page's link to another article at the row's end, its colon lost: left59a)
        "发布机构：某县水务局 上一篇 关于修缮某村祠堂的建议的答复",
        "发布日期：2024-04-10 下一条 关于疏浚某河的建议的答复",
        "发布机构：某县水务局 关于改善灌渠 工作的答复",  # (a blank inside: no title whole)
        "发布机构：某县水务局 关于改善青禾村灌渠的建议",  # (no reply's ending)
        "我局高度重视 关于改善青禾村灌渠的建议的答复",  # (no row of cells before it)
        # (a crumb's last step, the page's heading glued after it: chrome whole)
        "当前位置：首页 > 信息公开 > 发布机构：某县水务局 关于改善青禾村灌渠的建议的答复",
    ],
)
def test_no_title_after_cells(line: str) -> None:
    assert title_after_cells(line) is None


def test_a_listing_after_the_letter_keeps_nothing() -> None:
    listing = "发布日期：2024-05-02 关于修缮某村祠堂的建议的答复"
    record = parse_text(f"{TITLE}\n{LETTER}\n{listing}", keywords=False)
    assert record.title == TITLE
    assert "祠堂" not in str([s.text for s in record.sections])
    assert record.signature.date == "2024-04-08"


def test_a_link_to_another_article_after_the_cells_is_no_title() -> None:
    row = "发布机构：某县水务局  发布日期：2024-04-10  下一篇 关于疏浚某河的建议的答复"
    record = parse_text(f"{row}\n{LETTER}", keywords=False)
    assert record.title is None
