"""A proposal system's record printed over its reply (the item's kind and number, its
title, the proposer's row, then an empty ``答复情况：`` row whose value is the reply, as
``办理情况：`` is) is the form's: the row's label is no salutation and the rows are no part
of the page's heading, the reply's title. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEADING = "对某市政协三届二次会议第12号提案的答复\n"
BYLINE = "来源：         时间：2099-01-02        【 字体：\n"
RECORD = "政协提案12号\n  关于改善某公园夜间照明的建议\n  提案人：王某某\n\n"
REPLY = (
    "  您在市政协三届二次会议上提出的《关于改善某公园夜间照明的建议》（第12号提案）收悉，"
    "现答复如下：\n  我局已对公园照明设施进行排查，计划年内完成改造。\n"
)


@pytest.mark.parametrize("row", ["答复情况：", "  答复情况:", "答复情况 ："])
def test_the_reply_row_is_the_forms(row: str) -> None:
    record = parse_text(HEADING + BYLINE + RECORD + row + "\n" + REPLY)
    assert record.title == "对某市政协三届二次会议第12号提案的答复"
    assert record.addressees == []
    assert record.proposal.number == "12"
    assert record.proposal.title == "关于改善某公园夜间照明的建议"


def test_the_handling_row_was_read_so_already() -> None:
    record = parse_text(HEADING + BYLINE + RECORD + "办理情况：\n" + REPLY)
    assert record.title == "对某市政协三届二次会议第12号提案的答复"
    assert record.addressees == []


def test_a_salutation_under_the_row_stays() -> None:
    record = parse_text(HEADING + BYLINE + RECORD + "答复情况：\n王某某委员：\n" + REPLY)
    assert [(a.name, a.role) for a in record.addressees] == [("王某某", "委员")]


def test_the_words_in_a_sentence_are_no_label() -> None:
    text = (
        "关于某市政协三届二次会议第12号提案的答复\n王某某委员：\n"
        "  您提出的提案收悉。现将答复情况报告如下，我局已完成改造。\n某市某局\n2099年1月2日\n"
    )
    record = parse_text(text)
    assert [(a.name, a.role) for a in record.addressees] == [("王某某", "委员")]
    assert record.signature.issuer == "某市某局"
