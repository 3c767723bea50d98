"""A page's byline over the letter's title (``发布时间：2024-05-08  来源：某局``, or its date with
a count of views beside it, ``2024-05-08  阅读量：120``) gives the page's date, none of the
letter's: where the copy kept its lines the line is the page's chrome, and a copy flattened
with a blank or glued reads it so too, also a short letter whose flattened head is read with
no page's chrome (left69; an earlier round read the byline's date as the letter's there).
The letter's own dates stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "乙河市住房和城乡建设局关于市人大某届某次会议第12号建议的答复"
REPLY = (
    "王某代表：\n您提出的关于加强老旧小区改造的建议收悉，现答复如下：\n"
    "我局已于2024年3月1日启动改造，共涉及小区8个。\n"
    "感谢您对我局工作的关心和支持。\n乙河市住房和城乡建设局\n2024年5月6日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "letter",
    [
        "发布时间：2024-05-08 来源：乙河市住建局\n" + TITLE + "\n" + REPLY,
        TITLE + "\n发布日期：2024-05-08  来源：乙河市住建局\n" + REPLY,
        TITLE + "\n2024-05-08 阅读量：120\n" + REPLY,
        TITLE + "\n2024-05-08 浏览次数：35\n" + REPLY,
    ],
)
def test_the_bylines_date_is_the_pages(letter: str, flatten: Callable[[str], str]) -> None:
    read = parse_text(flatten(letter), keywords=False)
    assert [d.value for d in read.dates] == ["2024-03-01", "2024-05-06"]
    assert read.signature.date == "2024-05-06"


# A date cell of the page's own table over the title (a disclosure table's 生成日期：, 公开日期：)
# is the page's as 发布日期： is, flattened too (left71; an earlier round dropped the line where
# the copy kept its lines, but read its date as the letter's in a copy flattened).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "cell", ["生成日期：2024-05-08", "公开日期：2024-05-08", "生成日期：2024年05月08日"]
)
def test_a_page_tables_date_over_the_title_is_the_pages(
    cell: str, flatten: Callable[[str], str]
) -> None:
    read = parse_text(flatten(cell + "\n" + TITLE + "\n" + REPLY), keywords=False)
    assert [d.value for d in read.dates] == ["2024-03-01", "2024-05-06"]
    assert read.signature.date == "2024-05-06"
