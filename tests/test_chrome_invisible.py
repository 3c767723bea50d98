"""Page chrome with a web copy's invisible format characters inside (replyparse.chrome): a
zero-width space in ``发布时间：2024-06-01``, a soft hyphen in a crumb, a byte-order mark in a
table's label. Nobody reading the page sees them, so a line is chrome with them as it is
without them; the letter's own lines stay the letter's. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines

ZWSP, SHY, BOM, ZWJ = "\u200b", "\u00ad", "\ufeff", "\u200d"

PAGE = [
    "当前位置：首页 > 政务公开 > 建议提案办理",
    "",
    "【字体：大 中 小】  【打印】  【关闭】",
    "索引号：0000123/2024-00088  发布机构：桐溪县水务局",
    "关于县十八届人大三次会议第12号建议的答复",
    "",
    "时间：2024-06-01      大   中    小      来源：桐溪县水务局",
    "",
    "王某代表：",
    "你提出的关于整修某村水渠的建议收悉，现答复如下：",
    "我局已将该水渠整修纳入今年计划，预计投入资金12万元。",
    "桐溪县水务局",
    "2024年5月20日",
]
CHROME = frozenset({0, 2, 3, 6})


def _strewn(line: str, char: str, every: int) -> str:
    """``line`` with ``char`` after every ``every``-th character."""
    return "".join(ch + (char if i % every == every - 1 else "") for i, ch in enumerate(line))


def test_the_page_without_invisible_characters() -> None:
    assert chrome_lines(PAGE) == CHROME


@pytest.mark.parametrize(
    ("char", "every"),
    [
        pytest.param(ZWSP, 5, id="zero-width-space"),
        pytest.param(SHY, 3, id="soft-hyphen"),
        pytest.param(BOM, 7, id="byte-order-mark"),
        pytest.param(ZWJ, 4, id="zero-width-joiner"),
    ],
)
def test_chrome_lines_read_through_invisible_characters(char: str, every: int) -> None:
    strewn = [_strewn(line, char, every) for line in PAGE]
    assert chrome_lines(strewn) == CHROME
    joined = "\n".join(strewn)
    assert chrome_lines(None, joined, invisible=True) == CHROME
    assert chrome_lines(None, joined) == CHROME  # told by a search when not given


@pytest.mark.parametrize("char", [ZWSP, SHY, BOM], ids=["zwsp", "shy", "bom"])
def test_a_page_cell_with_one_inside_feeds_no_field(char: str) -> None:
    # the page's time row, a zero-width space inside its date: no title of the letter's
    # is lengthened by it, and the page's date is no date of the letter's
    lines = list(PAGE)
    lines[6] = lines[6].replace("2024-06", f"2024-0{char}6")
    letter = parse_text("\n".join(lines))
    assert letter.title == "关于县十八届人大三次会议第12号建议的答复"
    assert [d.value for d in letter.dates] == ["2024-05-20"]
    assert letter.signature.date == "2024-05-20"
