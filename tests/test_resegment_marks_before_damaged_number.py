"""A one-line head whose marks stand before a damaged 发文字号 (snippets written here, names
and numbers invented).

A copy that joins every line with a space puts the marks a page prints over the title
one to a line (the class ``B类``, the publication value ``公开`` or ``此件公开发布``) before
the 发文字号 on one line. When that number is damaged (it lost its ``〕`` and ``号``,
``某农函〔202327``; its ``〕`` alone, ``某农函〔202327号``; or its ``号`` alone,
``某农函〔2023〕27``), the marks and the number are still lines of their own: a 发文字号's
code never holds a gap, so the marks before the gap are no words of its code, and the
number, copied as written, is no part of the title. Near misses: a number written whole
and a tidy head with its line breaks read as before.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.model import Letter
from spans import span_problems

_TITLE = "关于某村便道养护建议的答复"
_REST = (
    " 陈某代表： 您提出的关于加强某村便道养护的建议收悉，现答复如下：我局已将该便道养护列入"
    "年度计划，将于明年完成改造。 特此答复。 某县农业农村局 2023年6月1日\n"
)


def _record(head: str) -> Letter:
    record = parse_text(f"{head} {_TITLE}{_REST}")
    assert span_problems(record) == []
    return record


@pytest.mark.parametrize(
    ("marks", "handling", "public"),
    [
        ("B类 公开", "B", True),
        ("A类 此件公开发布", "A", True),
        ("C类", "C", None),
        ("公开", None, True),
    ],
)
@pytest.mark.parametrize("number", ["某农函〔202327", "某农函〔2023〕"])
def test_marks_before_a_number_that_lost_its_bracket(
    marks: str, handling: str | None, public: bool | None, number: str
) -> None:
    record = _record(f"{marks} {number}")
    assert record.handling_type == handling
    assert record.public is public
    assert record.doc_number is not None and record.doc_number.text == number
    assert record.title == _TITLE


@pytest.mark.parametrize("number", ["某农函〔202327号", "某农函〔2023〕27"])
@pytest.mark.parametrize("marks", ["B类 公开 ", ""])
def test_a_number_that_lost_its_bracket_or_its_serial_mark_is_no_title(
    marks: str, number: str
) -> None:
    record = _record(f"{marks}{number}")
    assert record.doc_number is not None and record.doc_number.text == number
    assert record.title == _TITLE
    if marks:
        assert (record.handling_type, record.public) == ("B", True)


def test_a_whole_number_after_the_marks_reads_as_before() -> None:
    record = _record("B类 公开 某农函〔2023〕27号")
    assert record.doc_number is not None and record.doc_number.text == "某农函〔2023〕27号"
    assert (record.handling_type, record.public, record.title) == ("B", True, _TITLE)


def test_a_tidy_head_with_its_line_breaks_reads_as_before() -> None:
    text = f"B类\n公开\n某农函〔202327\n{_TITLE}\n{_REST.strip().replace(' ', chr(10))}\n"
    record = parse_text(text)
    assert record.doc_number is not None and record.doc_number.text == "某农函〔202327"
    assert (record.handling_type, record.public, record.title) == ("B", True, _TITLE)


def test_a_serial_cited_in_the_title_stays_the_titles() -> None:
    # (a number with its 号 inside a title's words is the title's, not a damaged number)
    title = "关于落实某农发〔2023〕27号文件建议的答复"
    record = parse_text(f"B类 公开 {title}{_REST}")
    assert record.title == title
    assert record.doc_number is None
