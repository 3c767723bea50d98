"""A number's label (``复函编号：``, ``文号：``) over a 发文字号 whose class mark a copy glued
after its 号 (``…（2019）47号[C]类``, ``…47号B类``): the label's value is the number whole,
its issuer code with it. An earlier round cut the value after three characters (a name's
length) and read the number without its code (``（2019）47号``). Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

REST = "关于某事项的答复\n周某代表：\n你提出的建议收悉，现答复如下：\n一、抓好落实。\n某县某局\n2099年5月4日\n"

NUMBERS = [
    pytest.param("复函编号：苍环提（2019）47号[C]类", "苍环提（2019）47号", "C", id="label-bracketed-mark"),
    pytest.param("复函编号:苍环提(2019)47号C类", "苍环提(2019)47号", "C", id="half-width-mark-glued"),
    pytest.param("文号：苍环提〔2019〕47号（C类）", "苍环提〔2019〕47号", "C", id="number-label-mark-in-parens"),
    pytest.param("复函编号：苍环提（2019）47号", "苍环提（2019）47号", None, id="no-mark"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "number", "handling"), NUMBERS)
def test_the_number_keeps_its_code(line: str, number: str, handling: str | None) -> None:
    letter = parse_text(f"{line}\n{REST}", keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == number
    assert letter.doc_number.prefix == "苍环提"
    assert letter.handling_type == handling
    assert letter.title == "关于某事项的答复"


def test_an_empty_number_cell_before_the_title_stays_empty() -> None:
    letter = parse_text(f"文号：关于某事项的答复\n{REST.split(chr(10), 1)[1]}", keywords=False)
    assert letter.doc_number is None
    assert letter.title == "关于某事项的答复"
