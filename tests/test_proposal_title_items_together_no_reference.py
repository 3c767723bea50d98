"""Items answered together in one opening, each quoted, joined by 和, 、 or a comma and the
next item's number (``第4号提案《A》和第5号提案《B》已收悉``, ``《A》和《B》``): the first named
is the proposal's title, the others are items answered too, no title the letter cites (an
earlier round listed them as ``title`` references). A document cited beside them
(《某条例》) and one cited later in the body stay references.
Snippets written for these tests; names, places and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_A = "关于建设某某公园的建议"
_B = "关于在某公园设置健身区的建议"
_C = "关于增加某公园停车位的提案"
_TAIL = "已收悉，现答复如下：\n我局已安排。依据《某县城市公园管理办法》执行。\n某县某局\n2015年9月17日\n"

OPENINGS = {
    "numbered-and": f"县政协某届委员会第4号提案《{_A}》和第5号提案《{_B}》{_TAIL}",
    "asked-and": f"您提出的《{_A}》和《{_B}》{_TAIL}",
    "three-listed": f"您提出的《{_A}》、《{_B}》、《{_C}》{_TAIL}",
    "curly-quotes": f"您提出的“{_A}”和“{_B}”{_TAIL}",
    "number-noted-between": f"您提出的《{_A}》（第4号）和《{_B}》（第5号）{_TAIL}",
    "number-noted-half-width": f"您提出的《{_A}》(第4号)、《{_B}》(第5号){_TAIL}",
}  # fmt: skip


def _read(opening: str) -> tuple[str | None, list[str]]:
    letter = parse_text(f"王某委员：\n{opening}", keywords=False)
    assert letter.proposal is not None
    return letter.proposal.title, [r.text for r in letter.references]


@pytest.mark.parametrize("opening", OPENINGS.values(), ids=OPENINGS.keys())
def test_the_other_items_answered_are_no_references(opening: str) -> None:
    title, references = _read(opening)
    assert title == _A
    assert references == ["某县城市公园管理办法"]


def test_a_document_quoted_beside_the_item_stays_a_reference() -> None:
    title, references = _read(f"您提出的《{_A}》和《某县城市公园管理办法》的修订{_TAIL}")
    assert title == _A
    assert references[0] == "某县城市公园管理办法"


def test_a_document_after_a_bracketed_note_stays_a_reference() -> None:
    title, references = _read(f"您提出的《{_A}》（第4号）和《某县城市公园管理办法》的修订{_TAIL}")
    assert title == _A
    assert references[0] == "某县城市公园管理办法"
