"""提议, a member's motion as some bodies name it, ends an item's own title as 建议 and 提案
do: the title quoted right after 现将 (a 协办 unit's opinion to the lead unit) is the item's,
no reference; 提议 names the item only when no other word does (fix117). Snippets in our own
words, invented names."""

from __future__ import annotations

from replyparse import parse_text

HEAD = "关于市政协某届某次会议第16号提案协办意见的函\n\n某某区人民政府：\n\n"
TAIL = "\n\n近年来，我局认真落实《某某健身计划》。\n"


def test_the_quoted_motion_is_the_items_title() -> None:
    record = parse_text(HEAD + "现将《关于建设某某河滨步道的提议》协办意见答复如下：" + TAIL)
    assert record.proposal is not None
    assert record.proposal.title == "关于建设某某河滨步道的提议"
    assert record.proposal.kind == "提案"  # (the letter's own word names it)
    assert [r.text for r in record.references] == ["某某健身计划"]


def test_the_motion_names_the_item_when_nothing_else_does() -> None:
    text = "某某区人民政府：\n\n现将《关于建设某某河滨步道的提议》协办意见答复如下：" + TAIL
    record = parse_text(text)
    assert record.proposal is not None
    assert record.proposal.title == "关于建设某某河滨步道的提议"
    assert record.proposal.kind == "提议"


def test_a_notice_after_xianjiang_is_a_reference() -> None:
    text = HEAD + "现将《某某健身计划》落实情况答复如下：" + TAIL
    record = parse_text(text)
    assert record.proposal is None or record.proposal.title is None
    assert "某某健身计划" in [r.text for r in record.references]
