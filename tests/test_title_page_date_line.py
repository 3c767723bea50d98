"""A listing's row under the title, the page's date in figures and the office that posted it
(``2024-05-03   政府办``), is header: the title stays the line above it (it was the date
row, the title and the item's number lost).
Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "关于某县第八届人民代表大会第一次会议第18号建议的答复函"
REST = """某县政函〔2024〕79号
王某等9名代表：
你们提出的“关于清理小广告的建议”收悉。现答复如下：
一、加大宣传力度。
感谢你们的关心。
某县人民政府办公室
2024年5月3日
"""


@pytest.mark.parametrize(
    "row",
    [
        pytest.param("2024-05-03   政府办", id="date-and-office"),
        pytest.param("2024/5/3 09:30", id="date-and-time"),
        pytest.param("2024.05.03", id="date-alone"),
    ],
)
def test_a_page_date_row_under_the_title_is_header(row: str) -> None:
    record = parse_text(f"{TITLE}(B类)\n{row}\n{REST}")
    assert record.title == TITLE
    assert record.proposal is not None and record.proposal.number == "18"


# A date after a bare 时间 right under the title (时间：2024-10-18), as 日期：… is: a labelled
# date, header, never the title's tail (an earlier round read …的答复时间：2024-10-18). The
# date itself stays one of the letter's dates when nothing of a page is around it (as a
# lone 日期：…, tests/test_chrome_page_dates.py).
@pytest.mark.parametrize(
    "row",
    [
        pytest.param("时间：2024-10-18", id="time-label"),
        pytest.param("时间:2024-10-18", id="half-width-colon"),
        pytest.param("时间：2024年10月18日", id="year-month-day"),
        pytest.param("日期：2024-10-18", id="date-label"),
    ],
)
def test_a_labelled_date_under_the_title_is_no_part_of_it(row: str) -> None:
    record = parse_text(f"{TITLE}\n{row}\n{REST}")
    assert record.title == TITLE
    assert [d.value for d in record.dates] == ["2024-10-18", "2024-05-03"]
    assert record.signature.date == "2024-05-03"


# A reply's date row in the site's other words for it (回复时间：, 回复日期：, 反馈日期：), under
# the title or glued after its ending, is a label as 答复时间： is: it ends the title, and its
# date is read as that label's (left71; an earlier round ran the label and its date into the
# title, on its own line too).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "joint", [pytest.param("\n", id="own-line"), pytest.param("", id="on-the-title-line")]
)
@pytest.mark.parametrize(
    "row", ["回复时间：2024-10-18", "回复日期：2024年10月18日", "反馈日期：2024-10-18"]
)
def test_a_reply_date_row_ends_the_title(
    row: str, joint: str, flatten: Callable[[str], str]
) -> None:
    record = parse_text(flatten(f"{TITLE}{joint}{row}\n{REST}"))
    assert record.title == TITLE
    assert [d.value for d in record.dates] == ["2024-10-18", "2024-05-03"]
    assert record.signature.date == "2024-05-03"
