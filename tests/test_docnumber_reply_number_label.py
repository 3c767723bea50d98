"""A reply's own number under the label a 复函 writes it with (``复函编号：``, ``复函文号：``,
beside ``复文编号：`` and ``答复文号：``), in any bracket, indented or not, a signer's label
after a gap or not: the letter's own 发文字号, its code whole, and no title line. An
earlier round read the label's 复函 as a title's word, put the line in the title and gave
the number without its code (``(2031)15号``). Snippets invented (names made up).
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于县人大四届二次会议第15号建议的会办意见"
TEXT = (
    "{line}\n\n"
    + TITLE
    + "\n\n岚山县人民政府：\n\n您单位转来的建议收悉。现将我局会办意见函复如下：\n\n一、加强巡查。\n"
)

LINES = [
    pytest.param("复函编号:岚环提(2031)15号", "岚环提(2031)15号", id="ascii-brackets"),
    pytest.param("复函编号：岚环提（2031）15号", "岚环提（2031）15号", id="full-width-round"),
    pytest.param("复函编号：岚环提〔2031〕15号", "岚环提〔2031〕15号", id="hexagonal"),
    pytest.param("        复函编号:岚环提(2031)15号", "岚环提(2031)15号", id="indented"),
    pytest.param("复函文号：岚环提〔2031〕15号", "岚环提〔2031〕15号", id="wen-hao"),
    pytest.param("复函编号：岚环提〔2031〕15号    签发人：钱某", "岚环提〔2031〕15号", id="signer-after"),
    pytest.param("复文编号：岚环提〔2031〕15号", "岚环提〔2031〕15号", id="fuwen-as-before"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "number"), LINES)
def test_reply_number_label_gives_the_own_number(line: str, number: str) -> None:
    letter = parse_text(TEXT.format(line=line), keywords=False)
    assert letter.title == TITLE
    assert letter.doc_number is not None
    assert (letter.doc_number.text, letter.doc_number.prefix) == (number, "岚环提")
    assert (letter.doc_number.year, letter.doc_number.serial) == (2031, 15)
