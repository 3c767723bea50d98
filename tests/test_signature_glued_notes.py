"""A class mark or a publication note glued in brackets to the signer's name
(``某局（B类）``, ``某局（同意公开）``, ``某局（此件公开发布）``, ``某局（A类，同意公开）``): the
authority still signs, without the note, and the note feeds ``handling_type`` and
``public`` as it does glued to the title."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "某县水利局关于县九届人大二次会议第31号建议的答复\n\n"
    "李某代表：\n　　您提出的关于修缮某渠的建议收悉。现答复如下：\n　　我局已安排资金。\n"
    "　　感谢您对水利工作的关心和支持。\n\n"
)
DATE = "2023年8月16日\n"

# (signer's line, handling_type, public, the text of each one's span)
GLUED = [
    pytest.param("某县水利局（B类）", "B", None, ("B", None), id="class"),
    pytest.param("某县水利局(B类)", "B", None, ("B", None), id="class-half-width"),
    pytest.param("某县水利局【C类】", "C", None, ("C", None), id="class-square-brackets"),
    pytest.param("某县水利局（同意公开）", None, True, (None, "同意公开"), id="public"),
    pytest.param("某县水利局（此件公开发布）", None, True, (None, "此件公开发布"), id="note"),
    pytest.param("某县水利局（不予公开）", None, False, (None, "不予公开"), id="not-public"),
    pytest.param("某县水利局（依申请公开）", None, False, (None, "依申请公开"), id="on-request"),
    pytest.param("某县水利局（A类，同意公开）", "A", True, ("A", "同意公开"), id="class-and-public"),
    pytest.param("某县水利局（B类、主动公开）", "B", True, ("B", "主动公开"), id="顿号"),
    pytest.param("某县水利局（本件属B类件）", "B", None, ("B", None), id="said-class"),
    pytest.param("某某镇人民政府（A类）", "A", None, ("A", None), id="town"),
]  # fmt: skip


@pytest.mark.parametrize(("signer", "handling", "public", "spans"), GLUED)
def test_a_note_glued_to_the_signer_feeds_its_field(
    signer: str, handling: str | None, public: bool | None, spans: tuple[str | None, str | None]
) -> None:
    record = parse_text(HEAD + signer + "\n" + DATE)
    name = signer[: signer.index("（" if "（" in signer else "(" if "(" in signer else "【")]
    assert record.signature.issuer == name
    assert record.signature.date == "2023-08-16"
    assert record.issuer == name
    assert record.handling_type == handling
    assert record.public is public
    text = record.text or ""
    for span, written in zip((record.handling_type_span, record.public_span), spans, strict=True):
        assert (span is None) == (written is None)
        if span is not None:
            assert text[span[0] : span[1]] == written
    issuer_span = record.signature.issuer_span
    assert issuer_span is not None
    assert text[issuer_span[0] : issuer_span[1]] == name


def test_a_seal_note_under_the_marked_signer() -> None:
    record = parse_text(HEAD + "某县水利局（C类）\n（盖章）\n" + DATE)
    assert (record.signature.issuer, record.signature.date) == ("某县水利局", "2023-08-16")
    assert record.handling_type == "C"


# Brackets after the signer that are no mark: they stay as written and feed nothing.
NOT_MARKS = [
    pytest.param("某县水利局（筹）", "某县水利局（筹）", id="preparatory"),
    pytest.param("某县水利局（某县河道管理所）", "某县水利局（某县河道管理所）", id="second-name"),
    pytest.param("某县水利局（盖章）", "某县水利局", id="seal"),
    pytest.param("某县水利局（主办）", "某县水利局", id="part-note"),
]


@pytest.mark.parametrize(("signer", "name"), NOT_MARKS)
def test_other_brackets_after_the_signer_are_no_mark(signer: str, name: str) -> None:
    record = parse_text(HEAD + signer + "\n" + DATE)
    assert record.signature.issuer == name
    assert record.handling_type is None
    assert record.public is None


# A mark glued to words that are no authority: a sentence's, not the signer's.
NOT_SIGNERS = [
    pytest.param("水质达到地表水（III类）", id="water-class"),
    pytest.param("该项目列入计划（B类）", id="sentence-then-mark"),
]


@pytest.mark.parametrize("line", NOT_SIGNERS)
def test_a_mark_after_no_authority_signs_nothing(line: str) -> None:
    record = parse_text(HEAD + line + "\n" + DATE)
    assert record.signature.issuer is None
    assert record.handling_type is None


# (the signer's line with its date, handling_type, public): the note glued to the name or
# set after it with a gap, the date after another gap
ON_THE_DATE_LINE = [
    pytest.param("某县水利局（B类）    2023年8月16日", "B", None, id="glued-then-date"),
    pytest.param("某县水利局  （B类）  2023年8月16日", "B", None, id="gapped-then-date"),
    pytest.param("某县水利局（同意公开）    2023年8月16日", None, True, id="public-then-date"),
    pytest.param("某县水利局（A类，同意公开）　　2023年8月16日", "A", True, id="marks-then-date"),
    pytest.param("某县水利局（C类）    二〇二三年八月十六日", "C", None, id="chinese-numerals"),
    pytest.param("某县水利局(B类)    2023年8月16日", "B", None, id="half-width-brackets"),
    pytest.param("某县水利局【B类】    2023年8月16日", "B", None, id="square-brackets"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "handling", "public"), ON_THE_DATE_LINE)
def test_a_noted_signer_with_its_date_on_one_line(
    line: str, handling: str | None, public: bool | None
) -> None:
    record = parse_text(HEAD + line + "\n")
    assert (record.signature.issuer, record.signature.date) == ("某县水利局", "2023-08-16")
    assert record.handling_type == handling
    assert record.public is public
    text = record.text or ""
    assert record.signature.date_span is not None
    start, end = record.signature.date_span
    assert text[start:end] == line.split()[-1].strip("\u3000")


# Brackets before the date that hold no mark: the line is read as before (a name's own
# bracket signs with it), and nothing feeds a class or publication.
NOT_NOTED_DATE_LINES = [
    pytest.param("某县水利局（筹）    2023年8月16日", "某县水利局（筹）", id="preparatory"),
    pytest.param("某县水利局（盖章）    2023年8月16日", "某县水利局", id="seal"),
]


@pytest.mark.parametrize(("line", "name"), NOT_NOTED_DATE_LINES)
def test_other_brackets_before_the_date(line: str, name: str) -> None:
    record = parse_text(HEAD + line + "\n")
    assert (record.signature.issuer, record.signature.date) == (name, "2023-08-16")
    assert record.handling_type is None
    assert record.public is None


# A line that is no authority with a note before its date: no signer's line.
NOT_SIGNER_DATE_LINES = [
    pytest.param("项目已列入计划（B类）2023年8月16日", id="a-sentence-with-a-mark"),
    pytest.param("某县水利工作方案（试行）    2023年8月16日", id="a-title-with-its-note"),
]


@pytest.mark.parametrize("line", NOT_SIGNER_DATE_LINES)
def test_no_authority_before_the_bracket_signs_nothing(line: str) -> None:
    record = parse_text(HEAD + line + "\n")
    assert record.signature.issuer is None
    assert record.handling_type is None
