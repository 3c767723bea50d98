"""A 成文日期 written in figures after the signer on the same line (``某县某局 2021-07-16``,
``某县某局 2021.7.16``, ``某县某局 2021/7/16``) is the signature's date, as the same date
with 年月日 there is and as a figure date alone under the signer is. A page's
``发布时间：2021-07-16`` and a figure date inside a sentence of the body are none. Snippets
are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = """关于整修某村灌溉水渠的建议的答复

赵某代表：
    您提出的关于整修某村灌溉水渠的建议收悉。现答复如下：
    一、我局已于2021-05-03完成水渠排查。
    感谢您对水利工作的关心和支持。

"""
CONTACT = "（联系人：钱某，电话：0000-5550101）\n"


@pytest.mark.parametrize(
    ("signed", "written"),
    [
        pytest.param("某县水务局 2021-07-16", "2021-07-16", id="dashes"),
        pytest.param("某县水务局  2021.7.16", "2021.7.16", id="dots"),
        pytest.param("某县水务局\u30002021/07/16", "2021/07/16", id="slashes"),
        pytest.param("某县水务局 2021年7月16日", "2021年7月16日", id="hanzi-as-before"),
    ],
)
def test_a_figure_date_after_the_signer_signs(signed: str, written: str) -> None:
    text = HEAD + signed + "\n" + CONTACT
    record = parse_text(text)
    assert record.signature.issuer == "某县水务局"
    assert record.signature.date == "2021-07-16"
    assert record.signature.date_span is not None
    start, end = record.signature.date_span
    assert text[start:end] == written
    assert span_problems(record) == []


def test_a_figure_date_under_the_signer_still_signs() -> None:
    record = parse_text(HEAD + "某县水务局\n2021-07-16\n" + CONTACT)
    assert record.signature.issuer == "某县水务局"
    assert record.signature.date == "2021-07-16"


def test_a_publication_stamp_with_a_figure_date_is_no_signature_date() -> None:
    # the page's 发布时间 row under the letter: a label's colon, no signer's line
    record = parse_text(HEAD + "某县水务局\n2021年7月16日\n发布时间：2021-07-20\n")
    assert record.signature.date == "2021-07-16"


def test_a_figure_date_in_the_body_is_no_signature_date() -> None:
    # no signer at all: the body's own figure date signs nothing
    text = HEAD.replace("感谢您对水利工作的关心和支持。", "我局将于2021-09-30前完工。")
    record = parse_text(text)
    assert record.signature.date is None
    assert "2021-09-30" in [d.text for d in record.dates]


def test_a_sentence_ending_in_an_office_and_a_figure_date_signs_nothing() -> None:
    # a last line of the body that names an office and a date is a sentence's
    text = HEAD.replace("感谢您对水利工作的关心和支持。", "请某县水务局2021-09-30")
    record = parse_text(text)
    assert record.signature.date is None
