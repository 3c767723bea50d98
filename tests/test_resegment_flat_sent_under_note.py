"""A national body's reply page (fix112) flattened onto one line, its lines joined by a
blank or by nothing: the page's heading naming the reply (``…号提案复文``), the answering
authority, the note of how the reply went out (``2031年6月16日以〔2031〕某发函第148号文函复：``)
and the body addressed (``某某联合会：``) are read as on lines of their own: the authority the
issuer, the note's number the letter's own, the body the salutation. With blanks, the title
ends at its 复文 and the authority after it is no salutation spoken to without a colon (an
earlier round read it so, or read the note as the salutation). Known gap: glued with
nothing between its lines, the heading before the authority (``…号提案复文中华人民共和国某某部
2031年…``) gives no sign where the heading ends. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

LINES = "\n".join(
    [
        "0099号提案复文",
        "中华人民共和国某某部",
        "2031年6月16日以〔2031〕某发函第148号文函复:",
        "某某联合会:",
        "    你们提出的《关于完善社区调解机制的提案》收悉。现答复如下:",
        "    一是支持社会组织依法设立调解组织。我们将加强指导。",
        "    二是加强培训。我们将组织专题培训。",
    ]
)


HEADLESS = LINES.split("\n", 1)[1]  # (a page whose crumb took the heading with it)
GLUED_GAP = pytest.mark.xfail(
    strict=True, reason="known gap: a glued heading before the authority is read as one"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(spaced(LINES), id="blank"),
        pytest.param(spaced(HEADLESS), id="blank-headless"),
        pytest.param(glued(HEADLESS), id="glued-headless"),
        pytest.param(glued(LINES), id="glued", marks=GLUED_GAP),
    ],
)
def test_the_note_reads_as_on_its_own_line(text: str) -> None:
    letter = parse_text(text)
    assert letter.issuer == "中华人民共和国某某部"
    assert letter.doc_number is not None
    assert letter.doc_number.text == "〔2031〕某发函第148号"
    assert [(a.name, a.role) for a in letter.addressees] == [("某某联合会", None)]
    assert letter.proposal.title == "关于完善社区调解机制的提案"
    assert [r.text for r in letter.references if r.kind == "doc_number"] == []
    assert span_problems(letter) == []


def test_with_blanks_the_title_ends_at_its_fuwen() -> None:
    letter = parse_text(spaced(LINES))
    assert letter.title == "0099号提案复文"
    assert letter.proposal.number == "0099"
