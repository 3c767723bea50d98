"""A reply's own code opening its 发文字号 line (``复政协提函〔2023〕4号``: 复 and the body the
reply answers, the code many offices number their replies with) is the code whole: no
authority's name glued before a code is cut off it, and a mark never ends inside the role
word 委员. An authority's name glued before its code is still cut off (``某县交通局某交函…``),
also one whose place opens with 复 (``复兴区教育局复教函…``).
Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_REST = "\n关于某某路灯维修的答复\n王某委员：\n    你提出的提案收悉，现答复如下：已修复。\n"


@pytest.mark.parametrize(
    ("number", "issuer"),
    [
        pytest.param("复政协提函〔2023〕4号", None, id="reply-code-zhengxie"),
        pytest.param("复政协委员函〔2023〕4号", None, id="reply-code-weiyuan"),
        pytest.param("复人大建字〔2023〕4号", None, id="reply-code-renda"),
        pytest.param("复政协代表字〔2023〕4号", None, id="reply-code-daibiao"),
        pytest.param("某县交通局某交函〔2023〕4号", "某县交通局", id="authority-then-code"),
        pytest.param("复兴区教育局复教函〔2023〕4号", "复兴区教育局", id="place-opening-with-fu"),
    ],
)
def test_reply_code_is_whole(number: str, issuer: str | None) -> None:
    record = parse_text(number + _REST)
    code = number if issuer is None else number[len(issuer) :]
    assert record.doc_number is not None and record.doc_number.text == code
    assert record.issuer == issuer
    assert span_problems(record) == []
