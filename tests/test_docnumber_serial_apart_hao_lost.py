"""A 发文字号 on a header line whose serial a page set apart by a gap and whose 号 it lost
(``某政函[2020]  19``, the line's last part): one number, text as written, blank and all,
its serial the figures; an earlier round read the code and year alone, serial null, as a
template's number never filled in. A number with neither a serial nor a 号 stays so, and
figures that are no line's last part are left. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "对甲山县政协八届三次会议第12号提案的答复"
REST = (
    "\n王某委员：\n　　您提出的“关于整修某路人行道的提案”收悉，现答复如下：\n"
    "　　我区已作安排。\n甲山县某区人民政府\n2024年5月11日\n"
)


@pytest.mark.parametrize(
    ("line", "serial"),
    [
        pytest.param("甲政函[2020]  19", 19, id="square-brackets"),
        pytest.param("甲政函〔2020〕   7 ", 7, id="hexagonal-blank-after"),
        pytest.param("甲政函〔2020〕　　105", 105, id="ideographic-gap"),
    ],
)  # fmt: skip
def test_the_serial_apart(line: str, serial: int) -> None:
    letter = parse_text(TITLE + "\n" + line + "\n" + TITLE + REST)
    number = letter.doc_number
    assert number is not None
    assert (number.text, number.prefix, number.year, number.serial) == (
        line.strip(),
        "甲政函",
        2020,
        serial,
    )
    assert letter.text is not None and letter.text[slice(*number.span)] == number.text
    assert letter.title == TITLE


def test_no_serial_stays_unfilled() -> None:
    letter = parse_text(TITLE + "\n甲政函〔2020〕\n" + TITLE + REST)
    number = letter.doc_number
    assert number is not None and (number.text, number.serial) == ("甲政函〔2020〕", None)


# Decided (fix156): on a page flattened with blanks, the marks and such a number after the
# page's cells (`发布时间：… A 同意公开 某政函[2020]  19 对…第12 提案的答复`, the title broken) are the letter's head,
# as with a whole number: its class, its publication and its number are read (an earlier
# round took them into the page's cells, read as chrome).
def test_after_a_flattened_page_head() -> None:
    text = (
        "对甲山县政协八届三次会议第12号提案的答复:关于整修某路人行道的提案 来源:   "
        "发布时间:2031年11月23日 A 同意公开 甲政函[2020]  19 对甲山县政协八届三次会议第12 "
        "提案的答复 王某委员: 您提出的“关于整修某路人行道的提案”收悉,现答复如下: "
        "人行道修补一事，我区已列入今年的工作安排。损坏较重的几段，施工队正按"
        "先重后轻的顺序逐段翻修。 甲山县某区人民政府 2031年5月11日"
    )
    letter = parse_text(text)
    number = letter.doc_number
    assert number is not None and (number.prefix, number.serial) == ("甲政函", 19)
    assert (letter.handling_type, letter.public) == ("A", True)
    assert letter.title == "对甲山县政协八届三次会议第12提案的答复"


# Decided (flat74): so on the page glued with nothing between its lines, its date cell's
# value glued before the class mark and the publication value (`发布时间:…11月23日A同意公开
# 某政函[2020]  19对…的答复`), the title glued after the serial's figures: the date ends the
# page's cell, the marks and the number are the letter's head (an earlier round read them
# into the date cell, chrome, and the serial into the title).
GLUED_HEAD = (
    "对甲山县政协八届三次会议第12号提案的答复:关于整修某路人行道的提案来源:   "
    "发布时间:{date}A同意公开甲政函[2020]  19对甲山县政协八届三次会议第12"
    "提案的答复王某委员:您提出的“关于整修某路人行道的提案”收悉,现答复如下:"
    + "人行道修补一事，我区已列入今年的工作安排。损坏较重的几段，施工队正按先重后轻的"
    "顺序逐段翻修，雨季前完成。" * 3 + "甲山县某区人民政府2031年5月11日"
)


@pytest.mark.parametrize("date", ["2031年11月23日", "2031-11-23"], ids=["words", "figures"])
def test_after_a_glued_page_head(date: str) -> None:
    letter = parse_text(GLUED_HEAD.format(date=date))
    number = letter.doc_number
    assert number is not None and (number.text, number.serial) == ("甲政函[2020]  19", 19)
    assert (letter.handling_type, letter.public) == ("A", True)
    assert letter.title == "对甲山县政协八届三次会议第12提案的答复"
    assert letter.text is not None and letter.text[slice(*number.span)] == number.text


def test_figures_glued_to_words_after_the_year_stay() -> None:
    # (must-not-match: figures glued to a title's words that open with no 对 or 关于, after
    # a year's bracket, are no serial apart: 甲政函[2020]  19条意见 stays unread as a number)
    letter = parse_text(GLUED_HEAD.format(date="2031年11月23日").replace("19对", "19条意见对"))
    assert letter.doc_number is None or letter.doc_number.serial != 19
