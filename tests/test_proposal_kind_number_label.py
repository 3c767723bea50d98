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
    # the registry's case number (立案号, 案号), after the quoted title or the kind word;
    # seven figures are a number, no date
    "lian-hao-after-quote": (
        "钱立代表：\n您提出的《关于某路连接线的建议》(立案号:2020099号)收悉，经研究，答复如下：\n",
        "2020099",
    ),
    "lian-hao-after-kind": ("钱立代表：\n您提出的建议（立案号：2020099号）收悉。\n", "2020099"),
    "an-hao-after-quote": (
        "钱立代表：\n您提出的《关于某路连接线的建议》（案号：0099）收悉。\n",
        "0099",
    ),
    "lian-hao-traditional": (
        "錢立代表：\n您提出的《關於某路連接線的建議》(立案號:2020099號)收悉，經研究，答覆如下：\n",
        "2020099",
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


def test_a_case_number_is_no_date() -> None:
    text = "钱立代表：\n您提出的《关于某路连接线的建议》(立案号:2020099号)收悉。\n"
    letter = parse_text(text + _BODY + "某市交通局\n2020年7月1日\n")
    assert letter.proposal is not None and letter.proposal.number == "2020099"
    assert [d.value for d in letter.dates] == ["2020-07-01"]


def test_a_case_number_label_over_the_letter_gives_the_number() -> None:
    # a 办理单's 立案号 row above the letter, as its 案号 row would be
    text = "立案号：2020099号\n钱立代表：\n您提出的关于某路连接线的建议收悉，现答复如下：\n"
    letter = parse_text(text + _BODY)
    assert letter.proposal is not None and letter.proposal.number == "2020099"
    assert letter.title is None
