"""A page's form of the item over the letter (``建议人：王某`` / ``主办单位：某局`` /
``答复时间：2023-06-12``, then the page's tabs ``• 答复内容``): its reply date row is the
page's, no date of the letter (which signs with its own). The same row in a handling slip
(办理单), whose rows go on under it (``办理情况：``), and a 答复日期 under the signer stay the
letter's. Snippets in our own words, invented names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from replyparse.resegment import resegment
from replyparse.textview import TextView
from snippets import COPIES, glued
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


# A listing's form over a joint proposal: its proposers parted by blanks on their row, the
# page's tabs, then the letter's authority over its title (glued72: flattened with nothing
# between the lines, the row ended at its first name and the reply date was the letter's).
JOINT_FORM = (
    "关于“在甲山县乙路增设公交站亭”提案的答复\n政协第九届甲山县委员会第二次会议\n45\n"
    "建议人: 王某 李小明 赵某某\n主办单位: 甲山县乙河镇人民政府\n答复时间: 2099-06-12\n"
    "  • 答复内容\n  • 建议内容\n乙河镇人民政府\n对县政协九届二次会议第45号提案的答复\n"
    "王某、李小明、赵某某委员:\n您们提出的关于乙路公交站亭的提案收悉，现答复如下:\n"
    "镇政府已与县交通运输局商定，年内建成三座站亭。\n感谢您们对我们工作的关心和支持。\n"
    "乙河镇人民政府\n2099年6月1日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
def test_a_joint_forms_reply_date_is_the_pages(flatten: Callable[[str], str]) -> None:
    record = parse_text(flatten(JOINT_FORM))
    assert [d.value for d in record.dates] == ["2099-06-01"]
    assert record.signature.date == "2099-06-01"
    assert span_problems(record) == []


def test_blank_parted_proposers_end_at_the_next_row() -> None:
    view = resegment(TextView(glued(JOINT_FORM)))
    lines = [line.text for line in view.content_lines]
    at = lines.index("建议人：王某李小明赵某某")
    assert lines[at : at + 5] == [
        "建议人：王某李小明赵某某",
        "主办单位：甲山县乙河镇人民政府",
        "答复时间：2099-06-12",
        "•答复内容",
        "•建议内容",
    ]
