"""抄送 lists as real archives write them: a web copy that flattened a printed wrap inside a
name into one blank, and the 版记's count of copies printed after the list."""

from __future__ import annotations

import pytest

from replyparse import parse_text

BODY = "关于某某建议的答复\n林某代表：\n您提出的建议收悉。\n感谢您对我们工作的支持。\n"
SIGNED = "某县交通运输局\n2024年5月10日\n"

# (抄送 line(s) under the signature, cc list): a single blank inside a name, in a list the
# letter parts with ，、；, is a printed line's wrap a web copy flattened: read through
BLANK_IN_NAME = [
    pytest.param("抄送：甲县人大常委会选联工委，甲县政府办公室，甲县自然资 源局。", ["甲县人大常委会选联工委", "甲县政府办公室", "甲县自然资源局"], id="comma-list"),
    pytest.param("抄送：甲县人大常委会选联工委、甲县政府督查室、甲县卫生 健康局", ["甲县人大常委会选联工委", "甲县政府督查室", "甲县卫生健康局"], id="dun-list-no-stop"),
    pytest.param("抄送：甲县人大常委会选联工委；甲县交通运 输局公路管理段。", ["甲县人大常委会选联工委", "甲县交通运输局公路管理段"], id="semicolon-list"),
    pytest.param("抄送：甲县人大常委会选联工委，甲县政府督查室，甲县自然资\u3000源局。", ["甲县人大常委会选联工委", "甲县政府督查室", "甲县自然资源局"], id="ideographic-space"),
    pytest.param("抄送:甲县人大常委会选联工委,甲县农业农 村局.", ["甲县人大常委会选联工委", "甲县农业农村局"], id="half-width-punctuation"),
    pytest.param("抄送：甲县人大常委会选联工委，林 某代表。", ["甲县人大常委会选联工委", "林某代表"], id="the-representative"),
    pytest.param("抄送：甲县发展和改 革局，甲县政府督查室。", ["甲县发展和改革局", "甲县政府督查室"], id="first-body"),
    pytest.param("抄送：甲县政府督查室，甲县人民政府 办公室。", ["甲县政府督查室", "甲县人民政府办公室"], id="suffix-alone-after"),
    pytest.param("抄送：甲县人大常委会 办公室，甲县财政局 甲县教育局。", ["甲县人大常委会办公室", "甲县财政局", "甲县教育局"], id="suffix-alone-only"),
]  # fmt: skip

# (抄送 line(s), cc list): blanks that part two bodies, or stand where no wrap is read
BLANK_APART = [
    pytest.param("抄送：市财政局 市发改委", ["市财政局", "市发改委"], id="blanks-only-list"),
    pytest.param("抄送：甲县纪委监委 甲县人大 甲县公安 甲县消防救援大队", ["甲县纪委监委", "甲县人大", "甲县公安", "甲县消防救援大队"], id="blanks-only-list-no-office-word"),
    pytest.param("抄送：甲县财政局 甲县发改委，甲县政府督查室。", ["甲县财政局", "甲县发改委", "甲县政府督查室"], id="before-ends-in-an-office"),
    pytest.param("抄送：甲县政府督查室，林某代表 甲县人大常委会。", ["甲县政府督查室", "林某代表", "甲县人大常委会"], id="before-ends-with-代表"),
    pytest.param("抄送：甲县政府督查室，甲县人大 甲县政协。", ["甲县政府督查室", "甲县人大", "甲县政协"], id="before-ends-with-人大"),
    pytest.param("抄送：甲县政府督查室，林某 张某。", ["甲县政府督查室", "林某", "张某"], id="after-ends-in-no-body"),
    pytest.param("抄送：甲县政府督查室，甲县教育 各有关学校。", ["甲县政府督查室", "甲县教育", "各有关学校"], id="after-opens-with-各"),
    pytest.param("抄送：甲县政府督查室，甲县财政局  甲县发改 委。", ["甲县政府督查室", "甲县财政局", "甲县发改委"], id="two-blanks-part"),
]  # fmt: skip

# (抄送 line(s), cc list): the count of copies printed is no body
COPIES_PRINTED = [
    pytest.param("抄送：甲县人大常委会选联工委，甲县政府督查室。（共印10份）", ["甲县人大常委会选联工委", "甲县政府督查室"], id="bracketed-after-stop"),
    pytest.param("抄送：甲县人大常委会选联工委，甲县政府督查室（共印8份）", ["甲县人大常委会选联工委", "甲县政府督查室"], id="bracketed-no-stop"),
    pytest.param("抄送：甲县人大常委会选联工委，甲县政府督查室。        共印5份", ["甲县人大常委会选联工委", "甲县政府督查室"], id="after-blanks"),
    pytest.param("抄送：甲县人大常委会选联工委，甲县政府督查室,共印五份。", ["甲县人大常委会选联工委", "甲县政府督查室"], id="chinese-numeral"),
    pytest.param("抄送：甲县人大常委会选联工委（1份），甲县政府督查室（2份）。", ["甲县人大常委会选联工委", "甲县政府督查室"], id="copies-of-each-still"),
    pytest.param("抄送：甲县印刷厂，甲县政府督查室。", ["甲县印刷厂", "甲县政府督查室"], id="a-body-with-印"),
]  # fmt: skip


def _cc(lines: str) -> list[str]:
    letter = parse_text(BODY + SIGNED + "\n" + lines + "\n")
    assert (letter.signature.issuer, letter.signature.date) == ("某县交通运输局", "2024-05-10")
    return letter.cc


@pytest.mark.parametrize(("lines", "expected"), BLANK_IN_NAME)
def test_a_blank_inside_a_name_is_read_through(lines: str, expected: list[str]) -> None:
    assert _cc(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), BLANK_APART)
def test_a_blank_between_two_bodies_parts_them(lines: str, expected: list[str]) -> None:
    assert _cc(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), COPIES_PRINTED)
def test_the_copies_printed_are_no_body(lines: str, expected: list[str]) -> None:
    assert _cc(lines) == expected


def test_a_name_read_through_a_blank_has_its_span_over_it() -> None:
    text = BODY + SIGNED + "\n抄送：甲县政府督查室，甲县自然资 源局。\n"
    letter = parse_text(text)
    start, end = letter.cc_spans[-1]
    assert text[start:end] == "甲县自然资 源局"


def test_a_flattened_letter_reads_the_blank_through() -> None:
    text = (
        BODY.replace("\n", "")
        + "某县交通运输局 2024年5月10日 抄送：甲县政府督查室，甲县自然资 源局。"
    )
    assert parse_text(text).cc == ["甲县政府督查室", "甲县自然资源局"]
