"""A run quoting the provisions of a document the reply cites is the paragraph's text.

Announced by the document itself just before its colon (在《某规定》中有以下明确要求：1.…。
2.…。, 《某办法》第十条规定：一是…；二是…), the numbered items are that document's words, which
the paragraph quotes, none of the reply's sections (fix80); read so inside the paragraph and
in a whole letter, where the items ending as sentences would otherwise open lines of their
own. The reply's own runs after a document it works by (按照《方案》要求：…) or after 我局
(…印发后，我局明确：…) are read as ever. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from test_sections import Flat, flat, parse

_HEADING = "一、加强水源保护\n"
_HEADING_FLAT: list[Flat] = [(1, 1, "一、", "加强水源保护")]

QUOTED_PROVISIONS = [
    pytest.param(
        "在《某县水源地管理规定》（〔91〕某环字第8号）中有以下明确要求：1.禁止在保护区内"
        "新建排污口。2.禁止从事网箱养殖。我局将严格执行。",
        id="provisions-ending-as-sentences",
    ),
    pytest.param(
        "《某市河道管理办法》第十二条规定：1、禁止倾倒垃圾；2、禁止围河造田。我局将严格执行。",
        id="an-article-provides",
    ),
    pytest.param(
        "《某省林地保护条例》明确：一是禁止毁林开垦；二是禁止乱占林地。我局将严格执行。",
        id="inline-yi-shi-run",
    ),
    pytest.param(
        "《某县供水条例》(试行)要求如下：（一）保障水质；（二）定期检测。我局将严格执行。",
        id="bracketed-run-after-a-note",
    ),
]


@pytest.mark.parametrize("text", QUOTED_PROVISIONS)
def test_the_documents_provisions_are_no_section(text: str) -> None:
    sections, _ = parse(_HEADING + text)
    assert flat(sections) == _HEADING_FLAT


@pytest.mark.parametrize("text", QUOTED_PROVISIONS)
def test_the_documents_provisions_in_a_letter_are_no_section(text: str) -> None:
    letter = parse_text(
        "王某代表：\n您提出的建议收悉，现答复如下：\n" + _HEADING + text
        + "\n二、加强日常巡查\n我局每月巡查一次。\n某县生态环境局\n2024年5月10日\n",
        keywords=False,
    )  # fmt: skip
    assert [(s.marker, s.heading) for s in letter.sections] == [
        ("一、", "加强水源保护"),
        ("二、", "加强日常巡查"),
    ]
    assert all(not s.children for s in letter.sections)


THE_REPLYS_OWN = [
    pytest.param(
        "按照《某县水源地保护方案》要求：1.划定保护区；2.设立标志牌。",
        id="work-done-by-the-plan",
    ),
    pytest.param(
        "《某县水源地保护方案》印发后，我局明确：1.划定保护区；2.设立标志牌。",
        id="the-bureau-lays-down",
    ),
    pytest.param(
        "我局主要做了以下工作：1.划定保护区；2.设立标志牌。",
        id="no-document-cited",
    ),
    pytest.param(
        "根据市政府《某县水源地保护方案》要求：1.划定保护区；2.设立标志牌。",
        id="work-by-with-the-issuer-between",
    ),
    pytest.param(
        "按照县里印发的《某县水源地保护方案》要求：1.划定保护区；2.设立标志牌。",
        id="work-by-with-words-between",
    ),
    pytest.param(
        "根据《某县河长制办法》和《某县水源地保护方案》要求：1.划定保护区；2.设立标志牌。",
        id="work-by-two-documents",
    ),
    pytest.param(
        "依照《某县水源地保护方案》规定：1.划定保护区；2.设立标志牌。",
        id="work-by-yizhao",
    ),
    pytest.param(
        "按《某县水源地保护方案》要求：1.划定保护区；2.设立标志牌。",
        id="work-by-an",
    ),
]


@pytest.mark.parametrize("text", THE_REPLYS_OWN)
def test_the_replys_own_run_stays(text: str) -> None:
    sections, _ = parse(_HEADING + text)
    assert flat(sections) == [
        *_HEADING_FLAT,
        (2, 1, "1.", "划定保护区"),
        (2, 2, "2.", "设立标志牌"),
    ]


def test_the_replys_own_run_after_the_quoted_one_on_the_line_stays() -> None:
    # (a copy that lost its line breaks: the letter's own run numbered 1 again after the
    # document's provisions, in their style, is read as ever; review58e)
    letter = parse_text(
        "李某代表：您提出的建议收悉，现答复如下：一、加强水源保护《某县水源地保护办法》规定："
        "1.禁止新建排污口。2.禁止网箱养殖。为此，我局做了大量工作。1.划定了保护区范围。"
        "2.设立了标志牌。二、加强日常巡查我局每月巡查一次。某县生态环境局2024年5月10日",
        keywords=False,
    )
    [first, _] = letter.sections
    assert [(s.marker, s.heading) for s in first.children] == [
        ("1.", "划定了保护区范围"),
        ("2.", "设立了标志牌"),
    ]
