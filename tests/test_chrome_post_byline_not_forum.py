"""A news or portal page that prints its byline as a forum prints a post's header
(``发表于 2031-06-12 09:30``) under the letter's title: no forum's head over it. Its crumb's
steps are the page's to the last, whatever words they hold (``首页 > 政务公开 > 建议提案办理``:
fix129's forum head kept the step holding 建议 and 提案 and glued it to the title on a page
flattened with blanks), and the letter's 发文字号 over the byline is the letter's (the head's
lines with no title's words were the page's, the number with them, lined and flattened).
Snippets in our own words, invented names and numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

TITLE = "关于加快某镇雨污分流改造的建议的答复"
REPLY = (
    "陈某某代表：\n您提出的《关于加快某镇雨污分流改造的建议》收悉，现答复如下：\n"
    "目前全镇已完成雨污分流改造9公里，覆盖主要街区。\n"
    "下一步，我局将积极争取资金，力争明年底前完成剩余改造。\n感谢您对住建工作的关心和支持。\n"
    "某县住房和城乡建设局\n2031年6月10日\n"
)
COPIES = [pytest.param(lambda t: t, id="lined"), pytest.param(spaced, id="spaced")]


@pytest.mark.parametrize("copy", COPIES)
@pytest.mark.parametrize(
    "crumb", ["首页 > 政务公开 > 建议提案办理", "您的位置：首页 » 互动交流 » 人大建议"]
)
def test_a_crumbs_last_step_is_no_part_of_the_title(copy, crumb: str) -> None:
    text = f"{crumb}\n{TITLE}\n发表于 2031-06-12 09:30\n{REPLY}"
    record = parse_text(copy(text), keywords=False)
    assert record.title == TITLE
    assert [(a.name, a.role) for a in record.addressees] == [("陈某某", "代表")]
    assert span_problems(record) == []


@pytest.mark.parametrize("copy", [*COPIES, pytest.param(glued, id="glued")])
def test_a_crumb_over_a_bylines_poster_glued_or_not(copy) -> None:
    # (the byline's poster before 发表于: the title stays, the crumb's step the page's)
    text = f"当前位置：首页>政务公开>人大建议\n{TITLE}\n作者：小编 发表于 2031-06-12\n{REPLY}"
    record = parse_text(copy(text), keywords=False)
    assert record.title == TITLE
    assert [(a.name, a.role) for a in record.addressees] == [("陈某某", "代表")]


@pytest.mark.parametrize("copy", COPIES)
def test_the_letters_number_over_the_byline_stays(copy) -> None:
    menu = "网站首页\n政务公开\n政务服务\n互动交流\n走进某县\n专题专栏\n"
    text = f"{menu}{TITLE}\n某住建函〔2031〕17号\n发表于 2031-06-12\n{REPLY}"
    record = parse_text(copy(text), keywords=False)
    assert record.title == TITLE
    assert record.doc_number is not None
    assert record.doc_number.text == "某住建函〔2031〕17号"
    assert [(a.name, a.role) for a in record.addressees] == [("陈某某", "代表")]
