"""An issuer code holding a part in round brackets that names the business its office
numbers apart (``某审管（投资）发〔2023〕74号``, written with half-width brackets or full-width):
the code runs over the part, one to four hanzi, with a code character before it and its
代字 (one or two code characters) between it and the year's bracket. So reads the letter's
own number, a cited one and a cited one that lost a bracket of its year
(``某审管(投资)发2023〕74号``, which an earlier round did not read at all; a whole one was read
as ``发〔2023〕74号``). A note of a document's name (``…办法（试行）…``) is no code's, and the
code after it is the one cited; nor is a seal's or a signature's note (``（盖章）``,
``（代章）``, ``（签字）``) or a list's numeral (``附件（三）``), and a code never opens with the
part, nor inside it (lead-in words or a gap before it: ``根据（投资）发…`` cites ``发…``).
Snippets invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems
from test_real_letters import letter

HEAD = "某县交通运输局\n某交函〔2024〕18号"


def _cited(body: str) -> list[str]:
    record = parse_text(letter(head=HEAD, body=body), keywords=False)
    assert span_problems(record) == []
    return [r.text for r in record.references if r.kind == "doc_number"]


CITED = [
    pytest.param(
        "项目经审批，某审管(投资)发〔2023〕74号批复同意。",
        "某审管(投资)发〔2023〕74号",
        id="half-width",
    ),
    pytest.param(
        "项目已取得批复（某审管（投资）发〔2023〕74号）。",
        "某审管（投资）发〔2023〕74号",
        id="full-width",
    ),
    pytest.param(
        "项目已取得《关于某某路改造工程初步设计的批复》某审管(投资)发2023〕74号批复。",
        "某审管(投资)发2023〕74号",
        id="lost-opening-bracket",
    ),
    pytest.param(
        "项目经审批，某审管(投资)发〔202374号批复同意。",
        "某审管(投资)发〔202374号",
        id="lost-closing-bracket",
    ),
    pytest.param(
        "依据某发改（审批）函〔2022〕6号文件执行。",
        "某发改（审批）函〔2022〕6号",
        id="another-business-and-daizi",
    ),
    pytest.param(
        "依据某某管理办法（试行）某政发〔2020〕12号执行。",
        "某政发〔2020〕12号",
        id="a-documents-note-before-a-code",
    ),
    pytest.param(
        "依据某某管理办法（试行）发〔2020〕12号执行。",
        "发〔2020〕12号",
        id="a-trial-note-is-no-codes",
    ),
    # a seal's or a signature's note, or a list's numeral, before a code's last characters
    # is no part of the code: a name or a word writes it before what follows
    pytest.param(
        "经某镇政府（盖章）函〔2023〕5号确认。", "函〔2023〕5号", id="a-seal-note-is-no-codes"
    ),
    pytest.param(
        "经某镇政府(代章)函〔2023〕5号确认。", "函〔2023〕5号", id="a-seal-in-its-stead-is-no-codes"
    ),
    pytest.param(
        "经某镇镇长（签字）函〔2023〕5号确认。", "函〔2023〕5号", id="a-signature-note-is-no-codes"
    ),
    pytest.param(
        "详见附件（三）发〔2023〕5号。", "发〔2023〕5号", id="a-lists-numeral-is-no-codes"
    ),
    # the code opens with a code character: lead-in words or a gap before the bracketed
    # part leave it none before the part, so the code is what follows the part
    pytest.param(
        "根据（投资）发〔2023〕74号执行。", "发〔2023〕74号", id="lead-words-then-the-part"
    ),
    pytest.param(
        "项目批复 （投资）发〔2023〕74号已下达。", "发〔2023〕74号", id="a-gap-then-the-part"
    ),
    pytest.param(
        "项目已取得批复某局(盖章)发2023〕74号批复。", None, id="lost-bracket-after-a-seal-note"
    ),
]


@pytest.mark.parametrize(("body", "expected"), CITED)
def test_a_cited_code_holding_a_bracketed_part(body: str, expected: str | None) -> None:
    assert _cited(body) == ([expected] if expected else [])


def test_the_letters_own_number_holds_the_part() -> None:
    record = parse_text(
        letter(head="某县审批局\n某审管(投资)发〔2023〕74号", body="同意建设。"), keywords=False
    )
    assert record.doc_number is not None
    assert record.doc_number.text == "某审管(投资)发〔2023〕74号"
    assert record.doc_number.prefix == "某审管（投资）发"
    assert (record.doc_number.year, record.doc_number.serial) == (2023, 74)


def test_the_letters_own_number_after_lead_words_holds_no_part() -> None:
    record = parse_text(
        letter(head="某县审批局\n根据（投资）发〔2023〕74号", body="同意建设。"), keywords=False
    )
    assert record.doc_number is not None
    assert (record.doc_number.text, record.doc_number.prefix) == ("发〔2023〕74号", "发")


# The letter's own number whose code ends in 函 (or 复函) after its bracketed part, on the
# head's first line: 函 is no title's ending here, the number after it no element of its
# own (an earlier round broke the line there and read ``〔2023〕5号`` alone). A person's
# name may be the part (孙某（钱某）函: whose office numbers the letter).
OWN_HAN = [
    pytest.param("孙某（钱某）函〔2023〕5号", "孙某（钱某）函", id="a-persons-name"),
    pytest.param("某财（预算）函〔2023〕8号", "某财（预算）函", id="a-business"),
    pytest.param("某县政协（提案委）函〔2023〕7号", "某县政协（提案委）函", id="a-units-name"),
    pytest.param("某办（某某）复函〔2023〕9号", "某办（某某）复函", id="fuhan"),
    pytest.param("某办（某某）字〔2023〕12号", "某办（某某）字", id="zi"),
]


@pytest.mark.parametrize(("number", "prefix"), OWN_HAN)
def test_the_letters_own_number_ending_in_han_after_the_part(number: str, prefix: str) -> None:
    record = parse_text(letter(head=number, body="同意建设。"), keywords=False)
    assert span_problems(record) == []
    assert record.doc_number is not None
    assert (record.doc_number.text, record.doc_number.prefix) == (number, prefix)


def test_a_trial_note_before_han_stays_out_of_the_letters_own_number() -> None:
    record = parse_text(
        letter(head="某某办法（试行）函〔2023〕3号", body="同意建设。"), keywords=False
    )
    assert record.doc_number is not None
    assert record.doc_number.text == "〔2023〕3号"
