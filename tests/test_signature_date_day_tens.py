"""A signed date in Chinese numerals whose day writes its tens in one character
(``二〇二四年五月廿八日``, ``卅日``), or 廿 as a copy gave it, 念 (``念八日``); one whose
year is in figures and its month or day in numerals, as a typist may mix them
(``2024年五月二十日``); one in figures with a hyphen or a minus sign (``2024‐05‐28``) or a
full stop after it (``2024.05.28.``): the date under the signature, and the authority above
it signs. A day 念 alone, with no unit, is no date, nor is a day the month does not hold
(snippets written here, invented units)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "甲县林业局\n关于第3号建议的答复\n王某代表：\n    您提出的建议收悉。现答复如下：\n"
    "    我局已落实。感谢您的支持！\n\n甲县林业局\n"
)

READ = [
    pytest.param("二〇二四年五月廿八日", "2024-05-28", id="nian"),
    pytest.param("二〇二四年五月廿日", "2024-05-20", id="nian-alone"),
    pytest.param("二〇二四年五月卅日", "2024-05-30", id="sa"),
    pytest.param("二〇二四年五月卅一日", "2024-05-31", id="sa-yi"),
    pytest.param("二〇二四年五月念八日", "2024-05-28", id="nian-copied"),
    pytest.param("2024‐05‐28", "2024-05-28", id="numeric-hyphen"),
    pytest.param("2024−05−28", "2024-05-28", id="numeric-minus"),
    pytest.param("2024.05.28.", "2024-05-28", id="numeric-full-stop"),
    pytest.param("2024/5/28.", "2024-05-28", id="numeric-slash-full-stop"),
    pytest.param("2024年五月二十八日", "2024-05-28", id="mixed-month-and-day"),
    pytest.param("2024年5月二十八日", "2024-05-28", id="mixed-day"),
    pytest.param("2024年五月28日", "2024-05-28", id="mixed-month"),
]


@pytest.mark.parametrize(("date", "value"), READ)
def test_signed_date_day_tens(date: str, value: str) -> None:
    text = HEAD + date + "\n"
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("甲县林业局", value)
    start, stop = record.signature.date_span or (0, 0)
    assert text[start:stop] == date.rstrip(".")
    assert span_problems(record) == []


@pytest.mark.parametrize("date", ["二〇二四年五月念日", "二〇二四年二月卅日"])
def test_no_signed_date(date: str) -> None:
    record = parse_text(HEAD + date + "\n", keywords=False)
    assert record.signature.date is None
