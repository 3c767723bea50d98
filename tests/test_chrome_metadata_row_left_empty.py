"""A page's metadata list over the letter whose row for a label we do not know was left
empty (``- 索引号：…`` / ``- 题裁分类：`` / ``- 发布机构：某县水利局``): inside the run of the
table's rows it is the table's, chrome, never the salutation. An earlier round read
``-题裁分类`` as the addressee; then the real salutation was lost, the proposal's title
became a reference, the letter's own 发文字号 was demoted to references, and the page's
heading was taken as the title (dev33). Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines

HEADING = "对县九届人大三次会议第29号建议的答复"
LETTER = """某水提〔2017〕46号
对县九届人大三次会议
第29号建议的答复
王某代表：
您在县九届人大三次会议上提出的《关于加强某河治理力度的建议》收悉，现答复如下：
某河治理工程已纳入计划，明年开工。
感谢您对水利工作的关心和支持。
某县水利局
2017年5月18日"""


def _rows(bullet: str, empty: str, colon: str = ":") -> list[str]:
    return [
        f"{bullet}索引号{colon}000000/2017-00001",
        f"{bullet}{empty}{colon}",
        f"{bullet}发布机构{colon} 某县水利局",
        f"{bullet}发文日期{colon} 2017-09-08",
        f"{bullet}名称{colon} {HEADING}",
    ]


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param(_rows("- ", "题裁分类"), id="dash-bullets"),
        pytest.param(_rows("• ", "题裁分类", "："), id="dot-bullets-full-width"),
        pytest.param(_rows("", "题裁分类"), id="no-bullets"),
        pytest.param(_rows("- ", "载体分类"), id="other-unknown-label"),
    ],
)
def test_an_empty_row_inside_a_metadata_list_is_no_salutation(rows: list[str]) -> None:
    text = "\n".join([HEADING, *rows, LETTER])
    lines = text.split("\n")
    assert {lines[i] for i in chrome_lines(lines)} >= set(rows)
    letter = parse_text(text)
    assert letter.salutation == "王某代表："
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.title == HEADING
    assert letter.doc_number is not None and letter.doc_number.text == "某水提〔2017〕46号"
    assert letter.proposal.title == "关于加强某河治理力度的建议"
    assert [r.text for r in letter.references] == []


def test_an_empty_row_ending_the_run_stays_out_of_it() -> None:
    # (the row is kept only with a row of the table after it: a salutation right under a
    # metadata table is never taken into it)
    rows = [*_rows("", "题裁分类")[:1], "发布机构：某县水利局"]
    text = "\n".join([HEADING, *rows, "王某某代表：", *LETTER.split("\n")[4:]])
    letter = parse_text(text)
    assert letter.salutation == "王某某代表："
