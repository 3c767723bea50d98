"""A proposal's kind is a class of item: a letter in traditional characters records it in
simplified ones (建議 → 建议, 議案 → 议案), its span still over the letter's own word, while
every string copied from the letter stays as written."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = "某縣交通運輸局\n關於縣十八屆人大三次會議第21號{kind}的答覆\n"
BODY = (
    "錢某某代表：\n"
    "您提出的《關於改善鄉村公路通行條件的{kind}》收悉。經認真研究，現答覆如下：\n"
    "一、加強養護。今年安排資金80萬元。\n"
    "感謝您對交通工作的關心和支持。\n"
    "某縣交通運輸局\n"
    "2023年7月3日\n"
)


@pytest.mark.parametrize(
    ("written", "recorded"), [("建議", "建议"), ("議案", "议案"), ("提案", "提案")]
)
def test_a_traditional_letters_kind_is_recorded_in_simplified_characters(
    written: str, recorded: str
) -> None:
    text = (HEAD + BODY).format(kind=written)
    letter = parse_text(text)
    assert letter.proposal is not None
    assert letter.proposal.kind == recorded
    span = letter.proposal.kind_span
    assert span is not None and text[span[0] : span[1]] == written
    # what the letter wrote stays as written
    assert letter.title == f"關於縣十八屆人大三次會議第21號{written}的答覆"
    assert letter.issuer == "某縣交通運輸局"
    assert span_problems(letter) == []


def test_a_simplified_letter_quoting_a_traditional_kind_is_read_as_it_stands() -> None:
    text = (
        "关于第5号建议的答复\n王某代表：\n您提出的《关于社区养老的建议》收悉，现答复如下：\n"
        "一、加强服务。\n某县民政局\n2023年7月3日\n"
    )
    letter = parse_text(text)
    assert letter.proposal is not None and letter.proposal.kind == "建议"
