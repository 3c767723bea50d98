"""A national body's database of the items it answered prints, over the reply, the page's
heading naming the item's reply (``第0099号提案复文``), the answering authority alone on its
line, and a note of how the reply went out: its day, ``以``, the number it was sent under,
then ``文函复：`` (``2031年6月16日以〔2031〕某发函第148号文函复：``). The note is a header
line, no salutation (it names nobody): the number is the letter's own, written with its year
first as ministries number their letters, the authority above it the issuer, the body
addressed under it the salutation (decided, fix112). A body that cites such a number in
the 文号's own brackets 〔〕 cites a document; a court's 案号 (round brackets, or a case's
kind and stage before its serial) is none. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

PAGE = [
    "当前位置:首页 > 某届某次会议提案内容及办理复文",
    "",
    "0099号提案复文",
    "",
    "2032-02-24",
    "",
    "中华人民共和国某某部",
    "",
    "{note}",
    "",
    "某某联合会:",
    "    你们提出的《关于完善社区调解机制的提案》收悉。现答复如下:",
    "    一是支持社会组织依法设立调解组织。我们将加强指导。",
    "    二是加强培训。我们将组织专题培训。",
]


@pytest.mark.parametrize(
    ("note", "number"),
    [
        pytest.param(
            "2031年6月16日以〔2031〕某发函第148号文函复:", "〔2031〕某发函第148号", id="year-first"
        ),
        pytest.param(
            "2031年6月16日以某发函〔2031〕148号函复:", "某发函〔2031〕148号", id="code-first"
        ),
        pytest.param(
            "以〔2031〕某建议第12号答复:", "〔2031〕某建议第12号", id="no-day-kind-in-code"
        ),
    ],
)
def test_the_note_of_how_the_reply_went_out_is_the_header_s(note: str, number: str) -> None:
    letter = parse_text("\n".join(PAGE).format(note=note))
    assert letter.doc_number is not None
    assert letter.doc_number.text == number
    assert letter.issuer == "中华人民共和国某某部"
    assert letter.title == "0099号提案复文"
    assert [(a.name, a.role) for a in letter.addressees] == [("某某联合会", None)]
    assert (letter.proposal.kind, letter.proposal.number) == ("提案", "0099")
    assert letter.proposal.title == "关于完善社区调解机制的提案"
    assert letter.references == []
    assert span_problems(letter) == []


def test_the_note_s_day_is_a_date_not_the_signature_s() -> None:
    letter = parse_text("\n".join(PAGE).format(note="2031年6月16日以〔2031〕某发函第148号文函复:"))
    assert [d.value for d in letter.dates] == ["2031-06-16"]
    assert letter.signature.date is None


LETTER = [
    "青山县某某局",
    "关于县政协十届二次会议第12号提案的答复",
    "王某委员:",
    "您提出的《关于加强河道管理的提案》收悉。现答复如下:",
    "{sentence}",
    "青山县某某局",
    "2031年5月10日",
]


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        pytest.param(
            "我局已按照〔2029〕某建议第12号要求完成整治。", ["〔2029〕某建议第12号"], id="led-in"
        ),
        pytest.param(
            "该事项已以〔2030〕某发函第8号文函复市里。", ["〔2030〕某发函第8号"], id="sent-under"
        ),
        pytest.param("法院已作出(2029)某民终3号判决。", [], id="court-round-brackets"),
        pytest.param("法院已作出〔2014〕某民终字第3号判决。", [], id="court-code"),
        pytest.param("详见某交复〔2029〕闭会15号。", [], id="code-glued-before"),
    ],
)
def test_a_year_first_number_the_body_cites(sentence: str, cited: list[str]) -> None:
    letter = parse_text("\n".join(LETTER).format(sentence=sentence))
    assert letter.doc_number is None
    assert [r.text for r in letter.references if r.kind == "doc_number"] == cited
    assert span_problems(letter) == []


def test_a_sentence_citing_the_number_it_was_sent_under_stays_the_body_s() -> None:
    sentence = "我局已于2031年6月16日以〔2031〕某发函第148号文函复。"
    letter = parse_text("\n".join(LETTER).format(sentence=sentence))
    assert letter.doc_number is None
    assert [r.text for r in letter.references] == ["〔2031〕某发函第148号"]
