"""A number labelled in the brackets right after the kind word (建议（编号：88）, 提案（提案号:
0456）), as it is after a quoted title (snippets written for these tests; names and numbers
invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = "我局已组织研究。\n"

# the opening, and the number read
LABELLED = {
    "bianhao": ("钱立代表：\n您提出的建议（编号：88）收悉，现答复如下：\n", "88"),
    "tianhao-halfwidth": ("钱立委员：\n您提出的提案(提案号:0456)收悉，现答复如下：\n", "0456"),
    "jianyi-bianhao-hao": ("钱立代表：\n您提出的建议（建议编号：A-12号）收悉。\n", "A-12"),
    "after-phrase": (
        "钱立代表：\n您提出的关于整治城东菜市场秩序的建议（编号：88）收悉，现答复如下：\n",
        "88",
    ),
}

# Near misses: brackets after the kind word that hold no number of the item
NOT_LABELLED = {
    "doc-number-in-brackets": (
        "钱立代表：\n您提出的建议（编号：县住建函〔2024〕5号）收悉。\n",
        None,
    ),
    "attachment-note": ("钱立代表：\n您提出的建议（见附件2）收悉。\n", None),
    "hao-word": ("钱立代表：\n您提出的建议（号召全民参与）收悉。\n", None),
}


def _number(text: str) -> str | None:
    p = parse_text(text + _BODY).proposal
    assert p is not None
    return p.number


@pytest.mark.parametrize(("text", "expected"), LABELLED.values(), ids=LABELLED.keys())
def test_labelled_number_after_kind_is_read(text: str, expected: str) -> None:
    assert _number(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_LABELLED.values(), ids=NOT_LABELLED.keys())
def test_other_brackets_after_kind_give_no_number(text: str, expected: None) -> None:
    assert _number(text) == expected
