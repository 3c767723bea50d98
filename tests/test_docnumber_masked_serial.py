"""The letter's own 发文字号 whose serial the publisher masked (``某街函〔2024〕**号``,
``××号``, ``XX号``, ``X号``) on its header line, under the title or above it: the number as
written, ``serial`` null, its line no part of the title, a warning that says it is masked.
A cited number masked so is a reference as written, as one never filled in is
(``某财建〔2022〕号``). Near-misses: no 号 after the mask, a code holding a title's words. Snippets in our own
words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

TITLE = "某区某街道办事处关于区五届二次会议第1234号代表建议答复的函"
BODY = (
    "\n王某代表：\n您提出的《关于某村路灯的建议》收悉。现答复如下：\n"
    "我街已安排专人维修路灯。\n某区某街道办事处\n2024年6月3日\n"
)


@pytest.mark.parametrize(
    "mask",
    [
        pytest.param("**", id="asterisks"),
        pytest.param("＊＊", id="full-width-asterisks"),
        pytest.param("××", id="times-signs"),
        pytest.param("XX", id="letters"),
        pytest.param("X", id="one-letter"),
        pytest.param("ＸＸＸ", id="full-width-letters"),
        pytest.param("○○", id="circles"),
        pytest.param("□□", id="missing-glyphs"),
    ],
)
@pytest.mark.parametrize("under", [True, False], ids=["under-title", "above-title"])
def test_a_masked_serial_is_the_letter_number(mask: str, under: bool) -> None:
    number_line = f"某街函〔2024〕{mask}号"
    head = f"{TITLE}\n{number_line}" if under else f"{number_line}\n{TITLE}"
    record = parse_text(head + BODY)
    number = record.doc_number
    assert number is not None
    assert (number.text, number.prefix, number.year, number.serial) == (
        number_line,
        "某街函",
        2024,
        None,
    )
    assert record.title == TITLE
    assert any("masked" in d.message for d in record.diagnostics if d.code == "doc-number-format")
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("某街函〔2024〕**", id="no-hao"),
        pytest.param("关于某事的函〔2024〕**号", id="title-words-in-code"),
    ],
)
def test_no_number_without_its_shape(line: str) -> None:
    assert parse_text(f"{line}\n{TITLE}{BODY}").doc_number is None


@pytest.mark.parametrize("mask", ["**", "××", ""])
def test_a_cited_masked_number_is_a_reference(mask: str) -> None:
    cited = f"某财建〔2022〕{mask}号"
    body = BODY.replace("我街已安排", f"根据{cited}文件，我街已安排")
    record = parse_text(TITLE + body)
    assert [(r.kind, r.text) for r in record.references] == [("doc_number", cited)]
    assert span_problems(record) == []


FLAT_BODY = (
    " 王某代表： 您提出的《关于某村路灯的建议》收悉。现答复如下：一、我街已安排专人维修路灯。"
    "二、下一步将定期巡查。 某区某街道办事处 2024年6月3日\n"
)


@pytest.mark.parametrize("mask", ["**", "××", "XX", "○○", "□□"])
@pytest.mark.parametrize("gap", [" ", "  ", "\u3000"], ids=["space", "spaces", "ideographic"])
def test_a_masked_number_in_a_flattened_head_stands_alone(mask: str, gap: str) -> None:
    # a web copy that lost its line breaks: the number, a gap, the title, the salutation…
    number_line = f"某街函〔2024〕{mask}号"
    record = parse_text(f"{number_line}{gap}{TITLE}{FLAT_BODY}")
    assert record.doc_number is not None
    assert (record.doc_number.text, record.doc_number.serial) == (number_line, None)
    assert record.title == TITLE
    assert record.salutation == "王某代表："
    assert span_problems(record) == []
