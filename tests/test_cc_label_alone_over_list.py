"""A 抄送 label alone on its line, no colon, over its list: how a .docx's or a PDF's table
reads when the 版记 is a row of two cells (``抄送`` | ``某局，某委。``), each cell a line.
The list under it is read as under ``抄送：``, and the signature and date above stay
the letter's; only a label that opens 抄, and only where a list follows. Snippets in our
own words, invented units."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

BODY = "关于某某建议的答复\n邓某代表：\n您提出的建议收悉。\n感谢您对我们工作的支持。\n"
SIGNED = "某县水利局\n2098年3月9日\n"

# (lines under the signature, the cc list)
ALONE = [
    pytest.param("抄送\n乙县财政局，乙县审计局。", ["乙县财政局", "乙县审计局"], id="抄送"),
    pytest.param("抄送\n乙县财政局、乙县审计局", ["乙县财政局", "乙县审计局"], id="no-full-stop"),
    pytest.param("抄报\n乙县人民政府办公室。", ["乙县人民政府办公室"], id="抄报"),
    pytest.param("抄送机关\n乙县财政局；乙县审计局。", ["乙县财政局", "乙县审计局"], id="抄送机关"),
    pytest.param("抄送\n乙县财政局\n乙县审计局", ["乙县财政局", "乙县审计局"], id="one-body-a-line"),
    pytest.param("抄送\n乙县财政局，乙县审计局，\n乙县统计局。", ["乙县财政局", "乙县审计局", "乙县统计局"], id="wrapped-after-comma"),
    pytest.param("联系人\n周某\n联系电话\n0000-5550147\n抄送\n乙县财政局。", ["乙县财政局"], id="under-contact-cells"),
]  # fmt: skip

# (lines under the signature): no list under the label
NO_LIST = [
    pytest.param("抄送\n乙县水利局办公室  2098年3月10日印发", id="printing-line-under"),
    pytest.param("抄送\n2098年3月10日", id="a-date-under"),
    pytest.param("抄送", id="last-line"),
]  # fmt: skip

# (lines under the signature): a label that does not open 抄 heads no list alone on its line
NOT_CC = [
    pytest.param("报送\n乙县人民政府办公室。", id="报送"),
    pytest.param("送\n乙县人民政府办公室。", id="送"),
    pytest.param("分送\n乙县人民政府办公室。", id="分送"),
]  # fmt: skip


def _read(lines: str) -> tuple[list[str], str | None, str | None]:
    letter = parse_text(BODY + SIGNED + lines + "\n")
    assert span_problems(letter) == []
    return letter.cc, letter.signature.issuer, letter.signature.date


@pytest.mark.parametrize(("lines", "expected"), ALONE)
def test_a_label_alone_heads_the_list_under_it(lines: str, expected: list[str]) -> None:
    assert _read(lines) == (expected, "某县水利局", "2098-03-09")


@pytest.mark.parametrize("lines", NO_LIST)
def test_a_label_with_no_list_under_it_lists_nothing(lines: str) -> None:
    assert _read(lines) == ([], "某县水利局", "2098-03-09")


@pytest.mark.parametrize("lines", NOT_CC)
def test_a_label_not_opening_抄_heads_no_list(lines: str) -> None:
    assert _read(lines)[0] == []


def test_a_sentence_ending_in_the_word_is_no_label() -> None:
    letter = parse_text(
        "关于某某建议的答复\n邓某代表：\n您提出的建议收悉。我局已将处理意见抄送\n"
        "乙县财政局，请其配合办理。\n感谢您对我们工作的支持。\n" + SIGNED
    )
    assert letter.cc == []
    assert (letter.signature.issuer, letter.signature.date) == ("某县水利局", "2098-03-09")
