"""``cited-doc-number`` reads the year of a cited 发文字号 in every bracket the 发文字号
reader takes for one (elements.OPEN/CLOSE: also the angle brackets and braces a scan's OCR
or a typist without 〔〕 writes, 〈〉 <> {} ｛｝, and 〖〗), as ``doc-number-format`` does
for the letter's own number. Before, the check kept a list of its own that lacked 〈〉 <>
{} ｛｝: such a number was read as a reference and reported for the letter's own number,
but not when cited. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "某县林业局文件\n某林函〔2023〕5号\n关于加强护林巡查建议的答复\n钱某代表：\n"
    "  您提出的建议收悉。按照《某县护林办法》（{number}）要求，现答复如下。\n"
    "一、增设巡查点。\n某县林业局\n2023年7月3日\n"
)


def findings(number: str) -> list[str]:
    letter = parse_text(LETTER.format(number=number))
    return [d.message for d in letter.diagnostics if d.code == "cited-doc-number"]


@pytest.mark.parametrize(
    ("number", "brackets"),
    [
        ("某林发〈2019〉12号", "〈〉"),
        ("某林发<2019>12号", "<>"),
        ("某林发{2019}12号", "{}"),
        ("某林发｛2019｝12号", "｛｝"),
        ("某林发〖2019〗12号", "〖〗"),
        ("某林发[2019]12号", "[]"),
    ],
)
def test_every_bracket_of_a_year_is_read(number: str, brackets: str) -> None:
    assert findings(number) == [
        f"cited 发文字号 {number}: year in {brackets}, not the hexagonal brackets 〔〕 "
        "(GB/T 9704-2012 7.2.5)"
    ]


def test_a_number_in_hexagonal_brackets_is_left_alone() -> None:
    assert findings("某林发〔2019〕12号") == []
