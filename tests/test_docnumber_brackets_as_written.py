"""``doc-number-format`` quotes the brackets of the year as the letter wrote them: the view
reads a half-width ``(`` ``)`` as the full-width ``（`` ``）``, and a message that showed the
folded pair named brackets the letter does not hold (its own number, quoted before them in
the same message, shows the half-width ones)."""

from __future__ import annotations

import pytest

from replyparse import parse_text


def letter(number: str) -> str:
    """An invented reply, its 发文字号 on line 2."""
    return (
        "某县农业农村局文件\n"
        f"{number}\n"
        "关于扶持柑橘合作社建议的答复\n"
        "罗某代表：\n"
        "　　您提出的关于扶持柑橘合作社的建议收悉，现答复如下。\n"
        "　　　　　　　　某县农业农村局\n"
        "　　　　　　　　2022年3月8日\n"
    )


def bracket_messages(number: str) -> list[str]:
    return [
        d.message
        for d in parse_text(letter(number)).diagnostics
        if d.code == "doc-number-format" and "hexagonal" in d.message
    ]


@pytest.mark.parametrize(
    ("number", "pair"),
    [
        pytest.param("某农函(2022)7号", "()", id="half-width"),
        pytest.param("某农函(2022）7号", "(）", id="mixed-open-half"),
        pytest.param("某农函（2022)7号", "（)", id="mixed-close-half"),
        pytest.param("某农函( 2022 )7号", "()", id="half-width-spaced"),
        pytest.param("某农函(2022年)7号", "()", id="half-width-with-nian"),
        pytest.param("某农函（2022）7号", "（）", id="full-width"),
        pytest.param("某农函[2022]7号", "[]", id="square"),
        pytest.param("某农函【2022】7号", "【】", id="lenticular"),
        pytest.param("某农函<2022>7号", "<>", id="angle"),
    ],
)
def test_the_brackets_are_quoted_as_written(number: str, pair: str) -> None:
    assert bracket_messages(number) == [
        f"发文字号 {number}: year in {pair}, not the hexagonal brackets 〔〕 (GB/T 9704-2012 7.2.5)"
    ]


def test_hexagonal_brackets_give_no_message() -> None:
    assert bracket_messages("某农函〔2022〕7号") == []
    assert not [
        d
        for d in parse_text(letter("某农函〔2022〕7号")).diagnostics
        if d.code == "doc-number-format"
    ]
