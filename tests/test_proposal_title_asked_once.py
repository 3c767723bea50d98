"""Before each quote of the opening it reads for the proposal's title, the parser asks
whether an asking word (提出, 关于, 题为, …) stands before it. It searched the text from its
start up to each quote: a long opening of many quotes and no asking word (a flattened page,
or a hostile file: ``“？？？？”`` written thousands of times) searched all the text before
each, quadratic (200,000 characters took 30 s). Where the first asking word ends is read
once. The work is counted (characters handed to the search), never timed. Snippets are
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields import proposal
from workcount import CountedPattern


def _searched(count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    counter = [0]
    with monkeypatch.context() as patch:
        patch.setattr(proposal, "_ASKED", CountedPattern(proposal._ASKED, counter))
        parse_text("“？？？？”" * count, keywords=False)
    return counter[0]


def test_characters_searched_grow_with_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _searched(1_000, monkeypatch)
    large = _searched(2_000, monkeypatch)
    assert large < 2.5 * small, (small, large)


def test_every_asking_word_has_two_characters() -> None:
    # (where the first one ends says whether one stands before a quote)
    assert {len(word) for word in proposal._ASKED.pattern.split("|")} == {2}


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        pytest.param("您提出的“关于修缮某桥的建议”收悉。", "关于修缮某桥的建议", id="asked"),
        pytest.param("“关于修缮某桥的建议”收悉。", "关于修缮某桥的建议", id="before-received"),
        pytest.param(
            "就“甲”一事，您提出的“关于修缮某桥的建议”收悉。",
            "关于修缮某桥的建议",
            id="a-quote-before-the-asking-word",
        ),
    ],
)
def test_the_title_still_read(opening: str, title: str) -> None:
    text = f"关于某事的答复\n张某代表：\n{opening}现答复如下：\n感谢支持。\n某局\n"
    found = parse_text(text, keywords=False).proposal
    assert found is not None
    assert found.title == title
