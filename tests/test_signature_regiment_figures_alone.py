"""A 兵团's regiment may sign by its number alone, the 师 before it left unsaid: in figures
(``101团``, ``45团``) or in numerals with their zero (``一〇一团``, ``一五〇团``; 〇 is no CJK
ideograph, so an earlier round cut or dropped it), on its line over the date, beside it or run
on after the last sentence with it (an earlier round signed nothing: a name needed more than
its figures before 团). One figure (``3团``) or a year's four (``2024团``) names no regiment,
and a 团 after no number (``某县艺术团``) stays no signer. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于师市人大二次会议第17号建议的答复\n周某某代表：\n"
    "    您提出的关于修缮连队文化广场的建议收悉，现答复如下：\n"
    "    我们已将该广场列入今年修缮计划。感谢您的关心和支持。"
)
LAYOUTS = ["\n{}\n2024年5月6日", "\n{} 2024年5月6日", "{} 2024年5月6日"]


@pytest.mark.parametrize("name", ["101团", "45团", "一〇一团", "一五〇团", "第八师一〇一团"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_regiment_signs_by_its_number(name: str, layout: str) -> None:
    record = parse_text(HEAD + layout.format(name) + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (name, "2024-05-06")
    assert span_problems(record) == []


@pytest.mark.parametrize("text", ["3团", "2024团", "某县艺术团"])
def test_no_regiment_no_signer(text: str) -> None:
    # must not match: one figure, a year's figures, a troupe
    record = parse_text(HEAD + "\n" + text + "\n2024年5月6日\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (None, "2024-05-06")


def test_a_year_in_numerals_stays_a_date() -> None:
    # must not match: 〇 of a date is no regiment's
    record = parse_text(HEAD + "\n某县教育局\n二〇二四年五月六日\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("某县教育局", "2024-05-06")
