"""A 发文字号 whose serial is written in Chinese numerals after its 第 (``某政协提字（2020）
第十二号``): the letter's own number, serial the numeral's value (12), text as written, never
a line of the title (an earlier round read no number and glued the line to the title); a
cited one is a reference. ``doc-number-format`` says the serial is not in figures. A year in
Chinese numerals (``（二〇二〇）12号``) is not read yet. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "关于县政协十届三次会议第12号提案的答复"
_BODY = (
    "\n\n王某委员：\n您提出的提案收悉。现答复如下：\n我局已安排专项资金。\n"
    "感谢您对我们工作的支持。\n\n某县交通运输局\n2021年6月18日\n"
)


@pytest.mark.parametrize(
    ("head", "text", "serial"),
    [
        pytest.param("某政协提字（2020）第十二号", "某政协提字（2020）第十二号", 12, id="round"),
        pytest.param(
            "某县交通运输局\n某交复〔2021〕第三号", "某交复〔2021〕第三号", 3, id="under-the-mark"
        ),
        pytest.param("某交复〔2021〕第一百零五号", "某交复〔2021〕第一百零五号", 105, id="hundred"),
    ],
)
def test_a_serial_in_numerals_is_the_own_number(head: str, text: str, serial: int) -> None:
    letter = parse_text(f"{head}\n{_TITLE}{_BODY}")
    assert letter.doc_number is not None
    assert (letter.doc_number.text, letter.doc_number.serial) == (text, serial)
    assert letter.title == _TITLE
    messages = [d.message for d in letter.diagnostics if d.code.value == "doc-number-format"]
    assert any("Chinese numerals" in m for m in messages)


def test_a_serial_in_numerals_in_a_flattened_head() -> None:
    flat = f"某县人民政府办公室 某政协提字（2020）第十二号 {_TITLE} " + " ".join(_BODY.split())
    letter = parse_text(flat)
    assert letter.doc_number is not None and letter.doc_number.serial == 12
    assert letter.title == _TITLE


def test_a_cited_number_with_its_serial_in_numerals_is_a_reference() -> None:
    body = _BODY.replace("我局已安排", "根据某政发〔2020〕第八号文件，我局已安排")
    letter = parse_text(f"某交复〔2021〕3号\n{_TITLE}{body}")
    assert [r.text for r in letter.references] == ["某政发〔2020〕第八号"]


def test_numerals_without_di_make_no_serial() -> None:
    letter = parse_text(f"某县交通运输局\n{_TITLE}{_BODY.replace('收悉', '（2020）十二号收悉')}")
    assert letter.doc_number is None


@pytest.mark.xfail(strict=True, reason="a year in Chinese numerals is not read as a 发文字号's")
def test_a_year_in_numerals() -> None:
    letter = parse_text(f"某政协提字（二〇二〇）12号\n{_TITLE}{_BODY}")
    assert letter.doc_number is not None and letter.doc_number.year == 2020
