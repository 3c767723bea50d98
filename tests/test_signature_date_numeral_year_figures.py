"""A signed date whose year is in Chinese numerals and whose month or day is in figures, as a
typist mixes them under a signature (``二〇二四年5月10日``, its zero typed ``零`` or ``O``:
``二零二四年5月10日``, ``二O二四年5月10日``), the opposite of ``2024年五月二十日``: the date
under the signature, the authority above it signs, on its own line, after the authority on
one line, and run on after the last sentence of a flattened copy; ``dates`` and
``signature.date`` read one value. An earlier round read the date in ``dates`` only and
lost the signer and the signature's date (the closing's :data:`~replyparse.closing.DATE`
knew the mix one way alone). Units, places and numbers invented (left60b)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于第7号建议的答复\n赵某代表：\n    您提出的关于修缮某村便桥的建议收悉。现答复如下：\n"
    "    我局已安排资金，年内完工。感谢您的支持！\n\n"
)
FLAT = "关于第7号建议的答复\n赵某代表：\n您提出的建议收悉。我局已安排资金，年内完工。此复。"

MIXED = [
    pytest.param("二〇二四年5月10日", "2024-05-10", id="zero-mark"),
    pytest.param("二零二四年5月10日", "2024-05-10", id="zero-ling"),
    pytest.param("二O二四年5月10日", "2024-05-10", id="zero-letter-o"),
    pytest.param("二〇二三年11月3日", "2023-11-03", id="two-figure-month"),
    pytest.param("二〇二四年5月10号", "2024-05-10", id="hao"),
    pytest.param("二〇二四年五月10日", "2024-05-10", id="figure-day"),
    pytest.param("二〇二四年5月十日", "2024-05-10", id="figure-month"),
]


def _agree(text: str, date: str, value: str) -> None:
    record = parse_text(text, keywords=False)
    assert record.signature.date == value
    assert [d.value for d in record.dates if d.text == date] == [value]
    start, stop = record.signature.date_span or (0, 0)
    assert text[start:stop] == date
    assert span_problems(record) == []


@pytest.mark.parametrize(("date", "value"), MIXED)
def test_under_its_signer(date: str, value: str) -> None:
    text = HEAD + "丁山县水利局\n" + date + "\n"
    assert parse_text(text, keywords=False).signature.issuer == "丁山县水利局"
    _agree(text, date, value)


@pytest.mark.parametrize(("date", "value"), MIXED)
@pytest.mark.parametrize("between", [" ", "  ", ""], ids=["blank", "gap", "glued"])
def test_after_its_signer_on_one_line(date: str, value: str, between: str) -> None:
    text = HEAD + "丁山县水利局" + between + date + "\n"
    assert parse_text(text, keywords=False).signature.issuer == "丁山县水利局"
    _agree(text, date, value)


@pytest.mark.parametrize(("date", "value"), MIXED)
@pytest.mark.parametrize("lead", [" ", ""], ids=["blank", "glued"])
def test_run_on_after_the_last_sentence(date: str, value: str, lead: str) -> None:
    text = FLAT + lead + "丁山县某局 " + date
    assert parse_text(text, keywords=False).signature.issuer == "丁山县某局"
    _agree(text, date, value)


def test_one_line_copy_of_the_whole_letter() -> None:
    text = FLAT.replace("\n", " ") + " 丁山县某局 二〇二四年5月10日"
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("丁山县某局", "2024-05-10")


def test_a_sentence_date_in_the_mix_signs_nothing() -> None:
    # a mixed date inside the body's sentence is the body's: no signature's date there
    text = HEAD.replace("年内完工", "二〇二四年5月10日开工") + "丁山县水利局\n"
    record = parse_text(text, keywords=False)
    assert record.signature.issuer == "丁山县水利局"
    assert record.signature.date is None
    assert "2024-05-10" in [d.value for d in record.dates]
