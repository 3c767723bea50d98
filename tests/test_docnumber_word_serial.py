"""The letter's own 发文字号 whose serial is a word (``某教提复字〔2019〕来信号``: a reply to a
letter outside the numbered items), on a header line alone, with a class mark glued after
its 号 or set apart by a gap, or after its label: the number as written, ``serial`` null
(no plain number), its line no part of the title, a warning that names the word; the mark
still gives the class. Near-misses: a year in round brackets (a title's note), a word with
no 号 after it. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

TITLE = "关于县政协九届三次会议第来信号提案的答复"
BODY = (
    "\n王某委员：\n您提出的“关于改善某校食堂条件的提案”收悉，现答复如下：\n"
    "我局已安排资金改造食堂。\n某县教育局\n2019年7月1日\n"
)
NUMBER = "某教提复字〔2019〕来信号"


@pytest.mark.parametrize(
    ("head", "handling"),
    [
        pytest.param(NUMBER + "B类", "B", id="class-glued"),
        pytest.param(NUMBER, None, id="alone"),
        pytest.param(NUMBER + "  B类", "B", id="class-after-a-gap"),
        pytest.param(NUMBER + "（B类）", "B", id="class-in-brackets"),
        pytest.param("文号：" + NUMBER, None, id="labelled"),
        pytest.param("某县教育局\n" + NUMBER + "B类", "B", id="under-the-issuer"),
    ],
)
def test_a_word_serial_is_the_letter_number(head: str, handling: str | None) -> None:
    record = parse_text(head + "\n" + TITLE + BODY)
    number = record.doc_number
    assert number is not None
    assert (number.text, number.prefix, number.year, number.serial) == (
        NUMBER,
        "某教提复字",
        2019,
        None,
    )
    assert record.title == TITLE
    assert record.handling_type == handling
    assert any("来信" in d.message for d in record.diagnostics if d.code == "doc-number-format")
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("某教提复字（2019）来信号", id="round-brackets"),
        pytest.param("某教提复字〔2019〕来信", id="no-hao"),
    ],
)
def test_no_number_without_its_shape(head: str) -> None:
    assert parse_text(head + "\n" + TITLE + BODY).doc_number is None
