"""A number of class, year and serial in a note's brackets (fields/docnumber.py,
_item_note) is the item's only where the letter notes its proposal: right after the
item's kind word or its quoted title (…的建议”（第B（2099）45号）), or on a line of its
own (above the title). In brackets after anything else (a regulation's title, a 文件)
it is the 发文字号 of what those words name, cited, and stays a reference. And such a
number with its class's count between 号 and the kind word (第B（2099）45号（工交类12号）
提案) is the item's, no 发文字号, as 第03314号（工交邮电类455号）提案 is. Snippets are
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "关于改造某镇老旧供水管网的建议的答复\n郑某代表：\n"
    "　　您提出的{opening}收悉，现答复如下：\n"
    "　　{body}\n"
    "　　感谢您对供水工作的关心。\n某县水利局\n2099年8月9日\n"
)


def _parse(opening: str = "建议", body: str = "我局已将该镇管网列入改造计划。"):  # type: ignore[no-untyped-def]
    return parse_text(LETTER.format(opening=opening, body=body), keywords=False)


@pytest.mark.parametrize(
    ("body", "cited"),
    [
        pytest.param(
            "根据《某市供水管理办法》（第［2099］5号），我局已列入计划。",
            "第［2099］5号",
            id="rule-square",
        ),
        pytest.param(
            "根据《某市供水管理办法》（第〔2099〕5号），我局已列入计划。",
            "第〔2099〕5号",
            id="rule-tortoise",
        ),
        pytest.param(
            "根据县政府文件（第B〔2099〕5号），我局已列入计划。", "第B〔2099〕5号", id="file-class"
        ),
    ],
)
def test_a_cited_number_after_other_words_stays_a_reference(body: str, cited: str) -> None:
    letter = _parse(body=body)
    assert [r.text for r in letter.references if r.kind == "doc_number"] == [cited]
    assert letter.proposal is not None and letter.proposal.number is None


@pytest.mark.parametrize(
    ("opening", "number"),
    [
        pytest.param(
            "“关于改造供水管网的建议”（第B（2099）45号）", "B（2099）45", id="after-quote"
        ),
        pytest.param("关于改造供水管网的建议（第［2099］45号）", "［2099］45", id="after-kind"),
        pytest.param(
            "《关于改造供水管网的代表建议》（第〔2099〕45号）", "〔2099〕45", id="after-book-quote"
        ),
    ],
)
def test_the_items_note_is_its_number(opening: str, number: str) -> None:
    letter = _parse(opening=opening)
    assert letter.proposal is not None and letter.proposal.number == number
    assert not [r for r in letter.references if r.kind == "doc_number"]


@pytest.mark.parametrize(
    ("opening", "number"),
    [
        pytest.param(
            "第B（2099）45号（工交邮电类12号）提案", "B（2099）45", id="class-year-serial"
        ),
        pytest.param("第b（2099）45号（工交邮电类12号）提案", "b（2099）45", id="lower"),
        pytest.param("第03314号（工交邮电类455号）提案", "03314", id="plain"),
    ],
)
def test_class_count_after_a_class_year_serial(opening: str, number: str) -> None:
    letter = _parse(opening=opening)
    assert letter.proposal is not None and letter.proposal.number == number
    assert not [r for r in letter.references if r.kind == "doc_number"]
