"""A web table copied with tabs or runs of blanks between its cells rather than bars: its
row of labels (``建议编号⇥标题⇥领衔代表``) over its row of as many values (``88⇥关于…的建议⇥
王某``) is read as the bar-parted one is, the cell under each label its value, and neither
row is the letter's title (snippets written for these tests; names and numbers invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_LETTER = "钱立代表：\n您提出的建议收悉，现答复如下：\n我局已组织研究。\n"
_TITLE = "关于整治城东菜市场秩序的建议"
_REPLY = "关于第88号建议的答复\n"

# the rows above the letter, and the proposal's (title, number, session) and the letter's
# title read from them
READ = {
    "tabs": (
        f"建议编号\t标题\t领衔代表\n88\t{_TITLE}\t钱立\n",
        (_TITLE, "88", None, None),
    ),
    "tabs-title-no-kind-word": (
        "建议编号\t标题\t领衔代表\n88\t关于整治城东菜市场秩序\t钱立\n",
        ("关于整治城东菜市场秩序", "88", None, None),
    ),
    "runs-of-blanks": (
        f"建议编号    标题    领衔代表\n88    {_TITLE}    钱立\n",
        (_TITLE, "88", None, None),
    ),
    "full-width-blanks": (
        "提案号\u3000\u3000提案名称\n0031\u3000\u3000关于增设城东公交站点的提案\n",
        ("关于增设城东公交站点的提案", "0031", None, None),
    ),
    "session-cell": (
        f"届次\t建议号\t标题\n某县十八届人大三次会议\t15\t{_TITLE}\n",
        (_TITLE, "15", "某县十八届人大三次会议", None),
    ),
    "count-cell-first": (
        f"序号\t建议编号\t建议标题\n3\t0042\t{_TITLE}\n",
        (_TITLE, "0042", None, None),
    ),
    # the letter's own title under the rows stays the title, the rows header
    "under-a-reply-title": (
        f"建议编号\t标题\t领衔代表\n88\t{_TITLE}\t钱立\n{_REPLY}",
        (_TITLE, "88", None, "关于第88号建议的答复"),
    ),
}

# Near misses: rows that are no table of labels over values: no number is read from them
# (the reply's own title, where there is one, gives its number and stays the title): the
# proposal's number and the letter's title
NOT_READ = {
    # a word no label of ours among the labels: no row of labels
    "unknown-word-in-labels": (f"建议编号\t题材\t领衔代表\n88\t{_TITLE}\t钱立\n", (None, None)),
    # a row of values of another count (a stray blank inside a cell) is not read by column
    "values-of-other-count": (
        "建议编号\t标题\t领衔代表\n88\t关于整治城东 菜市场秩序\t钱立\n",
        (None, None),
    ),
    # a title a stray gap cuts, under no row of labels, stays the title
    "gapped-title-no-labels": ("关于第88号建议\t的答复\n", ("88", "关于第88号建议的答复")),
    # the labels alone, no row of values under them (a blank line between)
    "labels-then-blank": (f"建议编号\t标题\n\n{_REPLY}", ("88", "关于第88号建议的答复")),
    # a row of labels over a row of two cells that are no values of it (12 and 号 apart)
    "labels-over-a-gapped-line": (
        "建议编号\t标题\n关于第12\t号建议的答复\n",
        ("12", "关于第12号建议的答复"),
    ),
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
def test_gap_row_read_by_column(head: str, expected: tuple[str | None, ...]) -> None:
    assert _read(head) == expected


@pytest.mark.parametrize(("head", "expected"), NOT_READ.values(), ids=NOT_READ.keys())
def test_no_gap_row(head: str, expected: tuple[str | None, str | None]) -> None:
    _, number, _, title = _read(head)
    assert number == expected[0]
    if expected[1] is not None:  # (else the title is what the copy left: not asked)
        assert title == expected[1]
