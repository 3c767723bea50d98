"""A web table's row of labels over its row of values flattened one cell a line: the labels
first, each alone on its line with no colon, then as many values (``建议编号`` / ``标题`` /
``领衔代表`` / ``88`` / ``关于…的建议`` / ``王某``). The value of each label is the line as far
under the first value as the label stands under the first label, that line alone: no cell
is glued to the title, and none of the lines is the letter's title (snippets written for
these tests; names and numbers invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_LETTER = "钱立代表：\n您提出的建议收悉，现答复如下：\n我局已组织研究。\n"
_TITLE = "关于整治城东菜市场秩序的建议"

# the form's lines above the letter, and the proposal's (title, number, session) and the
# letter's title read from them
READ = {
    "three-columns": (
        f"建议编号\n标题\n领衔代表\n88\n{_TITLE}\n钱立\n",
        (_TITLE, "88", None, None),
    ),
    "title-no-kind-word": (
        "建议编号\n标题\n领衔代表\n88\n关于整治城东菜市场秩序\n钱立\n",
        ("关于整治城东菜市场秩序", "88", None, None),
    ),
    "blank-lines-between": (
        f"建议编号\n\n建议标题\n\n88\n\n{_TITLE}\n\n",
        (_TITLE, "88", None, None),
    ),
    # the last label's value too (the line under it is the first value, not its own)
    "session-then-number": (
        "届次\n建议号\n某县十八届人大三次会议\n15\n",
        (None, "15", "某县十八届人大三次会议", None),
    ),
    "under-a-reply-title": (
        f"建议编号\n标题\n领衔代表\n88\n{_TITLE}\n钱立\n关于第88号建议的答复\n",
        (_TITLE, "88", None, "关于第88号建议的答复"),
    ),
}

# Near misses: runs of labels that no row of as many values follows
NOT_READ = {
    # fewer value lines than labels before the letter (the salutation is no value)
    "too-few-values": "建议编号\n标题\n领衔代表\n88\n",
    # a sentence where a value would stand
    "sentence-under-labels": "建议编号\n标题\n我局已收到建议。\n88\n",
    # a label with its colon is an empty cell, no head of a column
    "labels-with-colons": "建议编号：\n标题：\n88\n关于第5号建议的答复\n",
}


def _read(head: str) -> tuple[str | None, str | None, str | None, str | None]:
    letter = parse_text(head + _LETTER, keywords=False)
    p = letter.proposal
    title, number, session = (p.title, p.number, p.session) if p is not None else (None,) * 3
    if p is not None and p.title is not None:
        assert letter.text is not None and p.title_span is not None
        assert letter.text[p.title_span[0] : p.title_span[1]] == p.title
    return title, number, session, letter.title


@pytest.mark.parametrize(("head", "expected"), READ.values(), ids=READ.keys())
def test_cells_read_by_column(head: str, expected: tuple[str | None, ...]) -> None:
    assert _read(head) == expected


@pytest.mark.parametrize("head", NOT_READ.values(), ids=NOT_READ.keys())
def test_no_column_read(head: str) -> None:
    title, number, _, _ = _read(head)
    assert number != "88"
    assert title is None
