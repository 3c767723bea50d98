"""A proposal database's record of the item at a page's head, flattened onto one line with
the letter (a copy that joined every line with a blank or with nothing): read as the page
set on lines of its own reads it (the record the page's, dropped; dev63, dev67).

- The record's cells in bars, its title cell first (``建议标题: | 关于…的建议 | 编号: | …``),
  then the database's heading over the reply (``建议答复:``) and the salutation: the
  addressee is the person alone (an earlier round read every cell and the heading as
  bodies addressed), no letter's title, and the item's title the record files, where the
  opening's copy of it lost a mark.
- The reply's own title with its note in brackets, then the record's session and number
  cells and its rows (``对《…》的答复（某会议第7号建议） 某会议 7 建议人: … 答复时间: …``):
  the title ends at its note (an earlier round ran it on over the two cells).

Letters invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

FILED = "关于加快“东河新区”污水管网建设的建议"

RECORD_LETTER = f"""建议标题: | {FILED} | ||||
编号: | 23010057 | 建议类型: | 闭会期间建议 | 提交日期: | 2023-02-10 |
办理类型: | 政府类 | 主办单位: | 住建局 | 协办单位: | 县财政局 |
建议答复:
林某代表:
您好!您提出的《关于加快“东河新区污水管网建设的建议》(第57号建议)收悉,感谢您的关心。现答复如下:
一、基本情况
今年我局已完成管网改造12公里。
二、下一步工作
我局将继续推进管网建设。
某县住房和城乡建设局
2023年6月1日
"""

LISTED_LETTER = """对《关于加快西岭村道路硬化的建议》的答复(县九届人大二次会议第18号建议)
县九届人大二次会议
18
建议人: 柏某
主办单位: 某县交通运输局
答复时间: 2023-06-02
  • 答复内容
  • 建议内容

今年以来,我局多方筹措资金,西岭村道路已硬化3公里。明年我局将继续推进农村公路建设。

特此答复,谢谢您对交通运输事业的支持。

某县交通运输局

2023年6月2日
"""


@pytest.mark.parametrize(
    "flatten", [None, spaced, glued], ids=["lines", "one-line-space", "one-line-glued"]
)
def test_a_record_over_the_salutation(flatten: Callable[[str], str] | None) -> None:
    text = RECORD_LETTER if flatten is None else flatten(RECORD_LETTER)
    record = parse_text(text, keywords=False)
    assert span_problems(record) == []
    assert [(a.name, a.role) for a in record.addressees] == [("林某", "代表")]
    assert record.title is None
    assert record.proposal is not None
    assert (record.proposal.title, record.proposal.number) == (FILED, "57")
    assert record.signature.issuer == "某县住房和城乡建设局"


@pytest.mark.parametrize(
    "flatten", [None, spaced, glued], ids=["lines", "one-line-space", "one-line-glued"]
)
def test_a_listing_record_after_the_title(flatten: Callable[[str], str] | None) -> None:
    text = LISTED_LETTER if flatten is None else flatten(LISTED_LETTER)
    record = parse_text(text, keywords=False)
    assert span_problems(record) == []
    assert record.title == "对《关于加快西岭村道路硬化的建议》的答复"
    assert record.proposal is not None
    assert (record.proposal.session, record.proposal.number) == ("县九届人大二次会议", "18")
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2023-06-02")
