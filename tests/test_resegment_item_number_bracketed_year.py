"""An item's number in a registry's scheme of bracketed years alone on a header line above
the title (``第C（2031）45号建议``, ``〔2031〕第45号提案``, ``某政协第（2031）45号提案``; review51b)
is the item's note, whole: re-segmenting does not part it after its 号 as a 发文字号 followed
by a title, so no 发文字号 is read and the kind word is not put before the title. A 发文字号
with its code (``某农函〔2031〕45号``), on its own line or glued before the title, is read as
before."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

TITLE = "关于扩建某乡卫生院的建议的答复"
LETTER = (
    f"{TITLE}\n郑某某代表：\n"
    "　　您提出的关于扩建某乡卫生院的建议收悉，现答复如下：\n"
    "　　我局已将扩建工程列入年度计划。\n"
    "某县卫生健康局\n2099年9月3日\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "第C（2031）45号建议",
        "〔2031〕第45号提案",
        "（2031）第45号代表建议",
        "某县政协第（2031）45号提案",
    ],
)
def test_the_item_number_line_stays_whole(note: str) -> None:
    letter = parse_text(f"{note}\n{LETTER}")
    assert span_problems(letter) == []
    assert letter.title == TITLE
    assert letter.doc_number is None


# Must not match: a 发文字号 with its code
@pytest.mark.parametrize(
    "head", ["某农函〔2031〕45号\n", "某农函〔2031〕45号", "某农函〔2031〕第45号\n"]
)
def test_a_doc_number_is_read(head: str) -> None:
    letter = parse_text(f"{head}{LETTER}")
    assert letter.title == TITLE
    assert letter.doc_number is not None
    assert letter.doc_number.text == head.strip()
