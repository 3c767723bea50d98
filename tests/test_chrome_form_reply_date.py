"""A page's form of the item over the letter (``建议人：王某`` / ``主办单位：某局`` /
``答复时间：2023-06-12``, then the page's tabs ``• 答复内容``): its reply date row is the
page's, no date of the letter (which signs with its own). The same row in a handling slip
(办理单), whose rows go on under it (``办理情况：``), and a 答复日期 under the signer stay the
letter's. Snippets in our own words, invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from spans import span_problems

TITLE = "关于加强某镇道路养护建议的答复"
LETTER = (
    "王某代表：\n您提出的关于加强某镇道路养护的建议收悉。现答复如下：\n"
    "我局已安排资金对该路段进行维修。\n某县交通运输局\n2023年6月10日\n"
)


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param(["建议人: 王某", "主办单位: 某县交通运输局", "答复时间: 2023-06-12", "  • 答复内容", "  • 建议内容", ""], id="tabs"),
        pytest.param(["提案人：王某", "主办单位：某县交通运输局", "答复日期：2023年6月12日", ""], id="wide-colons"),
        pytest.param(["主办单位: 某县交通运输局", "建议人: 王某", "答复时间: 2023/6/12"], id="host-first"),
        # (a copy that set the form's rows in another order: the date row first or between)
        pytest.param(["答复日期: 2023-06-14", "建议人: 王某", "主办单位: 某县交通运输局", ""], id="date-first"),
        pytest.param(["建议人: 王某", "答复日期: 2023-06-14", "主办单位: 某县交通运输局", ""], id="date-between"),
        # (the site's other word for the reply, a label of the same field: left72b)
        pytest.param(["建议人: 王某", "主办单位: 某县交通运输局", "回复时间: 2023-06-12", "  • 答复内容", ""], id="reply-time"),
        pytest.param(["提案人：王某", "主办单位：某县交通运输局", "回复日期：2023年6月12日", ""], id="reply-day"),
    ],
)  # fmt: skip
def test_the_forms_reply_date_is_no_date_of_the_letter(rows: list[str]) -> None:
    text = "\n".join([TITLE, "某县第十八届人民代表大会第二次会议", "25", *rows]) + "\n" + LETTER
    record = parse_text(text)
    assert [d.value for d in record.dates] == ["2023-06-10"]
    assert record.signature.date == "2023-06-10"
    assert record.signature.issuer == "某县交通运输局"
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["建议人: 王某", "主办单位: 某县交通运输局", "答复时间: 2023-06-12", "办理情况:"], id="slip-goes-on"),
        pytest.param(["主办单位: 某县交通运输局", "答复时间: 2023-06-12"], id="no-proposer"),
        pytest.param(["建议人: 王某", "联系电话: 0000-5550123", "答复时间: 2023-06-12"], id="no-host"),
        pytest.param(["单位名称: 某县交通运输局", "答复日期: 2023-06-12"], id="signed-under-its-unit"),
        pytest.param(["答复日期: 2023-06-14", "建议人: 王某", "主办单位: 某县交通运输局", "办理情况:"], id="slip-goes-on-under-the-rows"),
        pytest.param(["答复日期: 2023-06-14", "建议人: 王某", "联系电话: 0000-5550123"], id="no-host-under-it"),
    ],
)  # fmt: skip
def test_the_row_stays_the_letters(lines: list[str]) -> None:
    assert chrome_lines(lines) == frozenset()
