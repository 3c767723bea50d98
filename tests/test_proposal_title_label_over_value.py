"""The proposal's title a 办理单 flattened into lines gives, its label alone on a line over
the value (``建议标题`` over ``关于…的建议``), when neither the title line nor the opening
names it: a title is longer than a short cell's value, so the whole next line is read,
wrapped onto the line after when that one ends in its kind word (snippets written for these
tests; names invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_LETTER = "钱立代表：\n您提出的建议收悉，现答复如下：\n我局已组织研究。\n"

# the form's lines above the letter, and the proposal's title read from them
READ = {
    "label-over-title": (
        "建议标题\n关于整治城东菜市场秩序的建议\n领衔代表\n钱立\n",
        "关于整治城东菜市场秩序的建议",
    ),
    "label-over-title-no-kind-word": (
        "建议题目\n关于整治城东菜市场秩序\n领衔代表\n钱立\n",
        "关于整治城东菜市场秩序",
    ),
    "blank-line-between": (
        "提案名称\n\n关于增设城东公交站点的提案\n提案人\n钱立\n",
        "关于增设城东公交站点的提案",
    ),
}

NOT_READ = {
    # the next line is another label
    "label-over-label": "建议标题\n领衔代表\n钱立\n",
    # a sentence is no title
    "label-over-sentence": "建议标题\n关于城东菜市场秩序，我们认为需整治。\n领衔代表\n钱立\n",
    # a reply's own title under it is the letter's title, no proposal's
    "label-over-reply-title": "建议标题\n关于第88号建议的答复\n领衔代表\n钱立\n",
}


def _title(head: str) -> str | None:
    letter = parse_text(head + _LETTER, keywords=False)
    p = letter.proposal
    if p is None or p.title is None:
        return None
    assert letter.text is not None and p.title_span is not None
    assert letter.text[p.title_span[0] : p.title_span[1]] == p.title
    return p.title


@pytest.mark.parametrize(("head", "expected"), READ.values(), ids=READ.keys())
def test_title_under_its_label(head: str, expected: str) -> None:
    assert _title(head) == expected


@pytest.mark.parametrize("head", NOT_READ.values(), ids=NOT_READ.keys())
def test_no_title_under_its_label(head: str) -> None:
    assert _title(head) is None
