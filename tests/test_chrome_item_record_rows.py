"""A proposal's record printed as rows of labelled cells at the page's top, two a row
(``编 号:第〔8〕号 | 所属类别:委员提案 |``, ``提案人:王某 | 联名人:李某 |``, the proposal's
text, ``信息公开:是 |``, ``交办时间:…``), the item's title over it, and the reply's own heading
under it: the record is the page's (dev35). The title is the reply's heading, the kind,
number and session its; the record's 交办时间 is no date, its 信息公开 no publication note,
and the proposal's 为此建议 no kind. Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_head, chrome_lines
from snippets import COPIES
from spans import span_problems

ITEM = "关于建设某乡至某乡通乡公路的建议 |\n"
ROWS = (
    "编 号:第〔8〕号 | 所属类别:委员提案 |\n"
    "提案人:王某 | 联名人:李某 |\n"
    "目前，某乡到某乡只能绕行。 为此建议：尽快建设某乡与某乡通乡公路。 |\n"
    "|\n"
    "审查结果:已立案 | 信息公开:是 |\n"
    "交办时间:2019年5月5日 | 是否重点:否 |\n"
    "主办单位:区交通局 |\n"
)
REPLY = (
    "关于政协某区六届四次会议第8号委员提案的回复 |\n"
    "您们所提《关于建设某乡至某乡通乡公路的建议》收悉，现将有关情况函告如下： 该项目已开工建设。"
    " 感谢您们对交通运输工作的关心和支持。 |\n"
    "（联系人：张某 联系电话：13900000012） |\n"
    "某区交通运输局 2019年10月28日 |\n"
)


@pytest.mark.parametrize("item", [ITEM, ""], ids=["item-title-over-it", "rows-alone"])
def test_a_proposals_record_over_the_reply_is_the_pages(item: str) -> None:
    record = parse_text(item + ROWS + REPLY)
    assert record.title == "关于政协某区六届四次会议第8号委员提案的回复"
    assert record.proposal is not None
    assert (record.proposal.kind, record.proposal.number) == ("提案", "8")
    assert record.proposal.session == "政协某区六届四次会议"
    assert record.public is None
    assert [d.text for d in record.dates] == ["2019年10月28日"]
    assert span_problems(record) == []


@pytest.mark.parametrize("flatten", COPIES)
def test_a_record_with_the_proposals_text_flattened_is_the_pages(
    flatten: Callable[[str], str],
) -> None:
    # (the rows run on one line, the item's content cell holding its sentences up to its
    # bar, on a page that shows itself by nothing else: the record shows it, fix141)
    record = parse_text(flatten(ITEM + ROWS + REPLY))
    assert record.title == "关于政协某区六届四次会议第8号委员提案的回复"
    assert record.proposal is not None
    assert (record.proposal.kind, record.proposal.number) == ("提案", "8")
    assert record.public is None
    assert [d.text for d in record.dates] == ["2019年10月28日"]


def test_a_flattened_record_whose_heading_never_comes_is_no_record() -> None:
    # (the content cell's sentences and no reply's heading after the rows: nothing dropped)
    flat = " ".join((ITEM + ROWS).splitlines()) + " 王某委员： 您所提的建议收悉，现答复如下。" * 3
    assert chrome_head(flat, False) == []


def test_one_row_of_cells_is_no_record() -> None:
    # (a single row of two labelled cells over a reply's heading: too little to tell)
    lines = ["提案人:王某 | 联名人:李某 |", *REPLY.splitlines()]
    assert 0 not in chrome_lines(lines)
    assert 0 in chrome_lines([ROWS.splitlines()[0], *lines])
