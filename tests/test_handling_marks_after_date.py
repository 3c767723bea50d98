"""Marks that end a header line after a gap, two or more apart by gaps, with the 发文字号
and the date before them (``某民函〔2024〕5号  2024年3月1日  A类  主动公开``): the class and
the publication note are read among them as when each ends the line alone, and the number
stays the letter's."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于市十五届人大三次会议第8号建议的答复"
TEXT = (
    "{line}\n" + TITLE + "\n王某代表：\n"
    "您提出的建议收悉，现答复如下：\n感谢您的关心和支持。\n某市民政局\n2024年6月1日\n"
)

# (the line, handling type, public)
LINES = [
    pytest.param("某民函〔2024〕5号  2024年3月1日  A类  主动公开", "A", True, id="number-date-marks"),
    pytest.param("某民函〔2024〕5号  2024-03-01  （B类）  不予公开", "B", False, id="iso-date"),
    pytest.param("2024年3月1日    某民函〔2024〕5号    C类    公开", "C", True, id="date-first"),
    pytest.param("某民函〔2024〕5号  2024年3月1日  同意公开  乙类", "B", True, id="class-last"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "handling", "public"), LINES)
def test_marks_after_the_date(line: str, handling: str, public: bool) -> None:
    text = TEXT.format(line=line)
    letter = parse_text(text, keywords=False)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "某民函〔2024〕5号"
    assert (letter.handling_type, letter.public) == (handling, public)
    assert letter.handling_type_span is not None
    assert text[slice(*letter.handling_type_span)] in "ABC乙"
    assert letter.title == TITLE


# Near-misses: no mark among the trailing parts but a publication note, a class of
# something the part goes on to name, a class glued to a word.
NOT_CLASSES = [
    pytest.param("某民函〔2024〕5号  2024年3月1日  主动公开", id="public-only"),
    pytest.param("某民函〔2024〕5号  2024年3月1日  B类项目  主动公开", id="class-of-a-project"),
    pytest.param("某民函〔2024〕5号  2024年3月1日  水质II类  公开", id="glued-class"),
]  # fmt: skip


@pytest.mark.parametrize("line", NOT_CLASSES)
def test_no_class_after_the_date(line: str) -> None:
    assert parse_text(TEXT.format(line=line), keywords=False).handling_type is None


# Near-misses of the publication note: words about publishing that are no note, before
# the class that ends the line.
NOT_NOTES = [
    pytest.param("某民函〔2024〕5号  2024年3月1日  公开征求意见  A类", id="words-of-publishing"),
    pytest.param("某民函〔2024〕5号  2024年3月1日  公开招标项目  B类", id="a-tender"),
]  # fmt: skip


@pytest.mark.parametrize("line", NOT_NOTES)
def test_no_note_before_the_class(line: str) -> None:
    letter = parse_text(TEXT.format(line=line), keywords=False)
    assert letter.public is None
