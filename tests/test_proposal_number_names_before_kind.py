"""The proposers' names written between the item's number and its kind word in the
title (``第20号王某等代表建议``, dev21 round): the 第N号 is the item's number, as with the
role word alone (``第20号代表建议``). Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

OPENING = "您们在某镇第十届人大一次会议上提出的《关于修缮某桥的建议》收悉，现答复如下：\n我镇将组织人员加固处理。\n某镇人民政府\n2022年4月28日\n"


@pytest.mark.parametrize(
    ("numbered", "number"),
    [
        pytest.param("第5号王某等代表建议", "5", id="one-name-and-deng"),
        pytest.param("第5号王某代表建议", "5", id="one-name"),
        pytest.param("第12号王某、李某某、赵某等代表建议", "12", id="names-listed"),
        pytest.param("第7号王某等人大代表建议", "7", id="role-with-body"),
        pytest.param("第8号李某某等委员提案", "8", id="members-proposal"),
        pytest.param("第5号代表建议", "5", id="role-alone"),
        # a decree's number before a run of words is none
        pytest.param("第588号令规定各委员提案", None, id="decree-number"),
    ],
)
def test_the_number_before_the_proposers_names_is_the_items(
    numbered: str, number: str | None
) -> None:
    text = f"关于某镇第十届人大一次会议{numbered}的答复\n王某、李某代表：\n{OPENING}"
    proposal = parse_text(text).proposal
    assert proposal is not None
    assert proposal.number == number
    assert proposal.session == "某镇第十届人大一次会议"
