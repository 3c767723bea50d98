"""An item's number that a registry writes with a class letter, its year in brackets and a
serial (``第B（2023）45号建议``) is the proposal's number, no 发文字号 (the letter's own nor a cited one): a 发文字号's code
never ends in 第 and a letter, and a kind word follows its 号, as ``〔2021〕第12号提案``
is read already. The letter's own 发文字号 beside it, and a code that merely ends in a
Latin letter, are still read. Snippets in our own words, invented names and numbers.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

BODY = (
    "尊敬的周某代表：\n"
    "您提出的“关于增设某社区卫生服务站的建议”已收悉，现回复如下：\n"
    "我委已将该站列入年度计划。\n"
    "感谢您对卫生工作的关心。\n"
    "2023年8月2日\n"
)

NONE = [
    pytest.param(f"关于市某届人大二次会议 第B(2023)45号建议的答复\n{BODY}", id="title-blank"),
    pytest.param(f"关于市某届人大二次会议 第B（2023）45号代表建议的答复\n{BODY}", id="title-whose"),
    pytest.param(
        f"关于某建议的答复\n{BODY}".replace("“关于增设", "第B（2023）45号建议“关于增设"),
        id="opening",
    ),
]

KEPT = [
    pytest.param(
        f"某卫函〔2023〕45号\n关于市某届人大二次会议第45号建议的答复\n{BODY}",
        "某卫函〔2023〕45号",
        id="own-number",
    ),
    pytest.param(
        f"某卫B〔2023〕45号\n关于市某届人大二次会议第45号建议的答复\n{BODY}",
        "某卫B〔2023〕45号",
        id="code-ending-in-letter",
    ),
]


@pytest.mark.parametrize("text", NONE)
def test_no_doc_number(text: str) -> None:
    letter = parse_text(text)
    assert letter.doc_number is None
    assert [r for r in letter.references if r.kind == "doc_number"] == []
    assert span_problems(letter) == []


@pytest.mark.parametrize(("text", "number"), KEPT)
def test_doc_number_kept(text: str, number: str) -> None:
    letter = parse_text(text)
    assert letter.doc_number is not None
    assert letter.doc_number.text == number


@pytest.mark.parametrize(
    "head",
    [
        "关于市政协某届二次会议第B（2023）45号党派提案的答复",
        "第B（2023）45号个人提案\n关于增设某社区卫生服务站的建议的答复",
        "第B（2023）45号闭会期间建议\n关于增设某社区卫生服务站的建议的答复",
    ],
    ids=["title-filers", "line-filers", "line-between-sessions"],
)
def test_filers_before_the_kind_word(head: str) -> None:
    # (elements.ITEM_FILERS between the 号 and the kind word, as 代表 is: the item's
    # number still, no 发文字号; review58d)
    letter = parse_text(f"{head}\n{BODY}")
    assert letter.doc_number is None
    assert letter.proposal.number == "B（2023）45"
