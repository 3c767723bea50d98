"""A page's form of the item over the letter (``名称 …``, ``办理部门 某局  处理状态 已办结``,
``签发人 …  发布日期 …``, then ``正文``): the status row (处理状态, 办理状态: a page's label)
and the article's label alone under the form are chrome. The form's 办理部门 is then no
authority over the title (the title names the writer), and the proposer the line under
the form names (``王某代表提出《…》。``) is the addressee, its quoted title the proposal's.
Snippets in our own words, invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from spans import span_problems

TITLE = "某县交通运输局关于办理县十九届人大一次会议第115号建议的函"
FORM = (
    f"人大代表建议\n{TITLE}\n名称 {TITLE}\n办理部门 县交通局 处理状态 已办结\n"
    "签发人 赵某 签发日期 2022-08-03 发布日期 2022-08-05 类别 A\n"
)
BODIES = [
    pytest.param("正文\n王某代表提出《关于某某路扩宽改造的建议》。\n回复\n您所提出的改造计划，我局高度重视。\n", id="proposer-line"),
    pytest.param("【正文】\n王某代表：\n您提出的《关于某某路扩宽改造的建议》收悉。\n我局高度重视。\n", id="salutation"),
]  # fmt: skip


@pytest.mark.parametrize("body", BODIES)
def test_the_pages_form_is_no_part_of_the_letter(body: str) -> None:
    record = parse_text(FORM + body)
    assert record.issuer == "某县交通运输局"
    assert record.title == TITLE
    assert [(a.name, a.role) for a in record.addressees] == [("王某", "代表")]
    assert record.proposal is not None
    assert record.proposal.title == "关于某某路扩宽改造的建议"
    assert record.references == []
    assert span_problems(record) == []


def test_the_article_label_alone_in_a_letter_with_no_page_stays() -> None:
    lines = ["王某代表：", "正文", "您提出的建议收悉。"]
    assert chrome_lines(lines) == frozenset()


@pytest.mark.parametrize(
    ("row", "handling"),
    [
        pytest.param("签发人 赵某 签发日期 2022-08-03 发布日期 2022-08-05 类别 A", "A", id="class-cell-last"),
        pytest.param("发布日期 2022-08-05 | 办理类型：B类 | 签发人 赵某", "B", id="labelled-with-bars"),
        pytest.param("签发人 赵某 发布日期 2022-08-05 信息类别 A", None, id="another-label"),
        pytest.param("签发人 赵某 发布日期 2022-08-05 类别 建议", None, id="no-letter"),
    ],
)  # fmt: skip
def test_the_forms_class_cell_gives_the_class(row: str, handling: str | None) -> None:
    body = "正文\n王某代表：\n您提出的《关于某某路扩宽改造的建议》收悉。\n我局高度重视。\n"
    record = parse_text(f"人大代表建议\n{TITLE}\n{row}\n" + body)
    assert record.handling_type == handling
    assert span_problems(record) == []
