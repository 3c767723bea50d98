"""A 发文字号's label glued to its code, its colon lost (``文号某函〔2024〕5号``,
``发文字号…``, ``复函文号…``: a page's 文号 cell or the letter's own line so copied, alone
on its line over the title): the label opens no code, the number is what follows it
(decided fix75; an earlier round read ``文号某函〔2024〕5号`` as the number, its prefix
``文号某函``). Codes that only hold such characters later stay whole. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_LETTER = (
    "柳岸县交通运输局关于县五届人大三次会议第6号建议的答复\n孙某代表：\n"
    "    您提出的建议收悉，现答复如下：\n    我局已组织研究。\n柳岸县交通运输局\n2024年5月21日\n"
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("文号柳交函〔2024〕18号", id="wen-hao"),
        pytest.param("发文字号柳交函〔2024〕18号", id="fa-wen-zi-hao"),
        pytest.param("复函文号柳交函〔2024〕18号", id="fu-han-wen-hao"),
        pytest.param("文号：柳交函〔2024〕18号", id="with-its-colon-as-before"),
        # (left57a: 发文号 a label too; 文件编号 glued after the authority's name, with or
        # without a blank, no banner's 文件: an earlier round read 编号柳交函 as the code)
        pytest.param("发文号柳交函〔2024〕18号", id="fa-wen-hao"),
        pytest.param("柳岸县交通运输局文件编号柳交函〔2024〕18号", id="name-then-file-number"),
        pytest.param("柳岸县交通运输局 文件编号柳交函〔2024〕18号", id="name-gap-file-number"),
        # (review56c: a page's table spaces its label's characters, the last glued to the
        # code: an earlier round read the prefix 号柳交函)
        pytest.param("文 号柳交函〔2024〕18号", id="wen-hao-spaced"),
        pytest.param("文\u3000\u3000号柳交函〔2024〕18号", id="wen-hao-wide-spaced"),
    ],
)
def test_the_glued_label_is_no_part_of_the_number(line: str) -> None:
    letter = parse_text(f"{line}\n{_LETTER}")
    assert letter.doc_number is not None
    assert (letter.doc_number.text, letter.doc_number.prefix) == ("柳交函〔2024〕18号", "柳交函")
    assert span_problems(letter) == []


def test_a_code_holding_the_characters_later_stays_whole() -> None:
    letter = parse_text(f"柳文号函〔2024〕18号\n{_LETTER}")
    assert letter.doc_number is not None
    assert letter.doc_number.text == "柳文号函〔2024〕18号"
