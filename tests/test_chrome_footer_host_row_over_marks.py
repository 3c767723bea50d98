"""A site's row of footer cells (``主 办：… | 联系地址：… | 联系方式：…``) right over the
footer's line of marks (``…ICP备…号``) is chrome even when the page adds a line under the
footer (推荐): its phone is no contact. A letter's own contact row over the same marks,
no 主办 first and no bars, stays. Snippets in our own words, invented numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = (
    "某州人民政府关于某省人大第560号建议的会办意见\n省教育厅：\n"
    "王某代表提出的《关于某某的建议》收悉。现提出如下会办意见：\n我州将全力配合。\n"
    "2021年5月21日\n上一篇：\n下一篇：\n"
)
MARKS = "ICP备案号：某ICP备00000000号 | 政府网站标识码：0000000000\n某公网安备：00000000000000\n"

ROWS = [
    pytest.param("主 办：某州人民政府办公室 | 联系地址：某市某路21号 | 联系方式：0000-5550123\n", id="spaced-host-bars"),
    pytest.param("主办单位：某州人民政府办公室  联系电话：0000-5550123\n", id="host-first-no-bars"),
    pytest.param("地址：某市某路21号 | 电话：0000-5550123\n", id="bars-no-host"),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS)
@pytest.mark.parametrize("tail", ["推荐\n", ""], ids=["line-under", "footer-last"])
def test_the_sites_row_over_its_marks_is_chrome(row: str, tail: str) -> None:
    record = parse_text(LETTER + row + MARKS + tail)
    assert record.contacts == []
    assert record.signature.date == "2021-05-21"
    assert span_problems(record) == []


def test_a_letters_contact_over_the_marks_stays() -> None:
    record = parse_text(LETTER + "联系人：张某  联系电话：0000-5550123\n" + MARKS + "推荐\n")
    assert [(c.name, c.phone) for c in record.contacts] == [("张某", "0000-5550123")]
