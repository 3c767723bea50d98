"""A page's row of cells a copy glued together, a label opening it (``时间：2023-01-01
08:00来源：作者：点击：``): chrome, its last cells empty or not. Ending in a colon, it was
read as the salutation (its time a date, its labels addressees), the salutation under it
passed over. A value that ends with a colon after the last label is a salutation glued
after an empty cell, and stays. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

TITLE = "对县政协十届二次会议第9号提案的答复"
LETTER = """
    尊敬的王某委员您好：

    您提出的“关于某路改造的建议”已收悉，现答复如下：

    我局将认真研究，逐步推进。

    桐溪县住建局

    2023年4月13日
"""

ROWS = [
    pytest.param("时间：2023-01-01 08:00来源：作者：点击：", id="empty-cells-ending-in-colon"),
    pytest.param("时间:2023-01-01 08:00来源:桐溪县住建局作者:点击:12", id="values-after-labels"),
    pytest.param("发布时间：2023-01-01来源：桐溪县住建局浏览次数：", id="page-labels-glued"),
    pytest.param("日期：2023-01-01  作者：  阅读：", id="apart-by-blanks"),
]


@pytest.mark.parametrize("row", ROWS)
def test_a_glued_row_is_chrome(row: str) -> None:
    assert is_chrome_line(row)


@pytest.mark.parametrize("row", ROWS)
def test_a_glued_row_under_the_title_is_no_salutation(row: str) -> None:
    letter = parse_text(f"{TITLE}\n    {row}\n{LETTER}")
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "委员")]
    assert [d.value for d in letter.dates] == ["2023-04-13"]


STAYS = [
    pytest.param("时间：2023年1月1日来源：桐溪街道办事处：", id="salutation-after-empty-cell"),
    pytest.param("时间：2024年6月20日 9:30", id="one-label"),
    pytest.param("时间：2024年6月20日，来源：各乡镇上报的数据。", id="sentence"),
    pytest.param("资金来源：省财政作者：", id="label-not-first"),
]


@pytest.mark.parametrize("line", STAYS)
def test_a_letters_line_stays(line: str) -> None:
    assert not is_chrome_line(line)
