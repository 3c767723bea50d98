"""A proposal's title under a 办理单's label wrapped over line breaks (``建议标题：关于加强某某``
over ``管理的建议``, or the label alone over it, ``建议标题`` / ``关于加强某某`` / ``管理的建议``):
when the value does not end in its kind word and the lines after it run, holding no label
and no sentence, to one that does (three at most: a narrow cell), the title is the lines
joined, and none of them is the letter's title (snippets written for these tests; names
invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_LETTER = "钱立代表：\n您提出的建议收悉，现答复如下：\n我局已组织研究。\n"
_WHOLE = "关于加强城东菜市场管理的建议"

# the form's lines above the letter, and the proposal's title and the letter's title
READ = {
    "colon-label": ("建议标题：关于加强城东\n菜市场管理的建议\n", (_WHOLE, None)),
    "case-label": ("案由：关于加强城东\n菜市场管理的建议\n领衔代表：钱立\n", (_WHOLE, None)),
    "label-alone-over-value": ("建议标题\n关于加强城东\n菜市场管理的建议\n", (_WHOLE, None)),
    "three-lines": (
        "提案名称：关于加强城东菜\n市场和周边\n道路管理的提案\n",
        ("关于加强城东菜市场和周边道路管理的提案", None),
    ),
    "over-the-reply-title": (
        "建议编号：88\n建议标题：关于加强城东\n菜市场管理的建议\n某局关于第88号建议的答复\n",
        (_WHOLE, "某局关于第88号建议的答复"),
    ),
}

# Near misses: lines under a value that are no wrap of it: the joined text that must not be
# read as the proposal's title, and the letter's title (None: not asked, what a copy left)
NOT_READ = {
    # the value ended in its kind word: the line under it is a title of its own
    "value-ended": (
        "建议标题：关于加强城东菜市场管理的建议\n关于第5号建议的答复\n",
        ("关于加强城东菜市场管理的建议关于第5号建议的答复", "关于第5号建议的答复"),
    ),
    # a line that opens a title of its own (关于…) is no wrap
    "own-title-under": (
        "事由：城东菜市场\n关于加强城东菜市场管理的建议\n",
        ("城东菜市场关于加强城东菜市场管理的建议", _WHOLE),
    ),
    # a sentence under the value is prose, no wrap
    "sentence-under": (
        "建议标题：关于加强城东\n菜市场管理。的建议\n",
        ("关于加强城东菜市场管理。的建议", None),
    ),
    # a wrap over more lines than a cell holds is not joined
    "too-many-lines": (
        "建议标题：关于加强城东\n菜市场\n和周边道路\n的日常\n管理的建议\n",
        ("关于加强城东菜市场和周边道路的日常管理的建议", None),
    ),
}


def _read(head: str) -> tuple[str | None, str | None]:
    letter = parse_text(head + _LETTER, keywords=False)
    p = letter.proposal
    title = p.title if p is not None else None
    if p is not None and p.title is not None:
        assert letter.text is not None and p.title_span is not None
        written = letter.text[p.title_span[0] : p.title_span[1]]
        assert written.replace("\n", "") == p.title
    return title, letter.title


@pytest.mark.parametrize(("head", "expected"), READ.values(), ids=READ.keys())
def test_wrapped_value_joined(head: str, expected: tuple[str, str | None]) -> None:
    assert _read(head) == expected


@pytest.mark.parametrize(("head", "expected"), NOT_READ.values(), ids=NOT_READ.keys())
def test_no_wrap_joined(head: str, expected: tuple[str, str | None]) -> None:
    joined, letter_title = expected
    title, read = _read(head)
    assert title != joined
    if letter_title is not None:
        assert read == letter_title
