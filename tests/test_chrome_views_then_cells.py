"""A page's count of its views that leads the page's other cells on its line (its date after
a bare 时间, its source), parted by blanks, a bar or a quote a site's template leaked: the
whole line is the page's (replyparse.chrome), so its date is none of the letter's. A letter's
line that goes on with words of its own after such a count stays. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

CHROME = [
    pytest.param("浏览：312次  时间：2024年3月8日", id="views-then-date"),
    pytest.param("浏览:312次'时间:2024年3月8日", id="views-quote-date"),
    pytest.param("阅读：27次 | 来源：桐溪县教育局", id="views-bar-source"),
    pytest.param("点击：9次  发布时间：2024-03-08 10:20", id="clicks-then-page-date"),
]

NOT_CHROME = [
    pytest.param("浏览：312次  时间：2024年3月8日召开专题会议。", id="views-then-a-sentence"),
    pytest.param("阅读：3次 我局认为该建议可行", id="views-then-words"),
    pytest.param("时间：2024年3月8日", id="a-lone-labelled-date"),
]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [pytest.param(*p.values, True, id=p.id) for p in CHROME]
    + [pytest.param(*p.values, False, id=p.id) for p in NOT_CHROME],
)
def test_views_then_cells(line: str, chrome: bool) -> None:
    assert is_chrome_line(line) is chrome


def test_the_page_date_is_no_date_of_the_letter() -> None:
    text = (
        "关于县九届人大二次会议第5号建议的答复\n"
        "浏览：312次  时间：2024年3月8日\n"
        "张某代表：\n"
        "您提出的关于修缮村道的建议收悉，现答复如下：\n"
        "我局已将该村道列入2024年维修计划。\n"
        "桐溪县交通运输局\n"
        "2024年2月20日\n"
    )
    letter = parse_text(text)
    assert [d.value for d in letter.dates] == ["2024", "2024-02-20"]
