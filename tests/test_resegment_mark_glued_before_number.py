"""A class mark or a publication note glued before a 发文字号 (snippets written here, names
and numbers invented).

A copy that joins a page's lines with nothing between them writes the marks over the
title right against the number (``B类某农函〔2023〕27号``, ``此件公开某农函〔202327``); a
page's cell can too, on a line of its own. A 发文字号's code never opens with a class mark
or a publication note, so the mark is an element of its own: the class and the value are
read, the number is the code's own characters. Near misses: a code that merely holds a
letter (``某B函〔…``) or a title that cites a number keeps its reading.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_TITLE = "关于某村便道养护建议的答复"
_REST = (
    "陈某代表：您提出的关于加强某村便道养护的建议收悉，现答复如下：我局已将该便道养护列入"
    "年度计划，将于明年完成改造。特此答复。某县农业农村局2023年6月1日\n"
)


@pytest.mark.parametrize(
    ("marks", "handling", "public"),
    [
        ("B类", "B", None),
        ("B类公开", "B", True),
        ("C2类", "C", None),
        ("（A）类", "A", None),
        ("此件公开", None, True),
        ("A类此件公开发布", "A", True),
    ],
)
@pytest.mark.parametrize("number", ["某农函〔2023〕27号", "某农函〔202327"])
def test_a_mark_glued_before_the_number_is_its_own(
    marks: str, handling: str | None, public: bool | None, number: str
) -> None:
    record = parse_text(f"{marks}{number}{_TITLE}{_REST}")
    assert record.doc_number is not None and record.doc_number.text == number
    assert (record.handling_type, record.public, record.title) == (handling, public, _TITLE)
    assert span_problems(record) == []


def test_a_mark_glued_before_the_number_on_a_line_of_its_own() -> None:
    rest = _REST.replace("特此答复。", "\n特此答复。\n").replace("：您", "：\n您")
    record = parse_text(f"B类某农函〔2023〕27号\n{_TITLE}\n{rest}")
    assert record.doc_number is not None and record.doc_number.text == "某农函〔2023〕27号"
    assert (record.handling_type, record.title) == ("B", _TITLE)


def test_a_code_holding_a_letter_stays_whole() -> None:
    record = parse_text(f"某B函〔2023〕27号{_TITLE}{_REST}")
    assert record.doc_number is not None and record.doc_number.text == "某B函〔2023〕27号"
    assert record.handling_type is None


def test_a_number_cited_in_the_title_stays_the_titles() -> None:
    title = "关于落实某农发〔2023〕27号文件建议的答复"
    record = parse_text(f"B类{title}{_REST}")
    assert (record.title, record.handling_type, record.doc_number) == (title, "B", None)
