"""The signing authority written again right above the signature (a PDF's running header at
the top of the last page, ``某局`` over ``某局`` over the date) signs once, as signed: the
same name on two lines is no joint reply. Joint signers with names of their own, and the
same name parted by other lines, are read as before. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于第21号建议的答复\n林某代表：\n　　您提出的建议收悉，现答复如下：\n"
    "　　一、加强管理。我局将抓好落实。\n　　二、完善制度。我局将继续推进。\n"
)

# (the closing, the signature's issuer)
REPEATED = [
    pytest.param("桐石县教育局\n桐石县教育局\n2023年5月6日\n", "桐石县教育局", id="twice"),
    pytest.param("— 2 —\n桐石县教育局\n桐石县教育局\n2023年5月6日\n", "桐石县教育局",
                 id="under-a-page-number"),
    pytest.param("桐石县教育局\n桐石县教育局（盖章）\n2023年5月6日\n", "桐石县教育局",
                 id="seal-note-on-the-signers-line"),
    pytest.param("桐石县教育局\n桐石县教育局\n桐石县财政局\n2023年5月6日\n",
                 "桐石县教育局、桐石县财政局", id="header-over-a-joint-reply"),
]  # fmt: skip

NOT_REPEATED = [
    pytest.param("桐石县教育局\n桐石县财政局\n2023年5月6日\n", "桐石县教育局、桐石县财政局",
                 id="two-signers"),
    pytest.param("桐石县教育局\n2023年5月6日\n", "桐石县教育局", id="one-signer"),
    pytest.param("桐石县教育局\n桐石县教育局办公室\n2023年5月6日\n",
                 "桐石县教育局、桐石县教育局办公室", id="a-longer-name-of-its-own"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "issuer"), [*REPEATED, *NOT_REPEATED])
def test_the_signers(closing: str, issuer: str) -> None:
    record = parse_text(HEAD + closing)
    assert (record.signature.issuer, record.signature.date) == (issuer, "2023-05-06")
    assert span_problems(record) == []


def test_the_span_is_the_signed_name() -> None:
    text = HEAD + "桐石县教育局\n桐石县教育局\n2023年5月6日\n"
    record = parse_text(text)
    assert record.signature.issuer_span is not None
    start, end = record.signature.issuer_span
    assert text[start:end] == "桐石县教育局"
    assert start == text.rindex("桐石县教育局")
