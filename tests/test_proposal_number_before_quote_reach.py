"""A 第…号 right before a quoted title (第12号《关于…》, 第12号：关于“…”) is looked for
before each quote, and each phrased title, of the place read. The search ends at the
quote with ``$``, and a search tries every place from where it starts: started at the
text's start, a long text of many quotes (a flattened page, or a hostile file: one line of
openings written thousands of times) searched all the text before each, quadratic. It now
starts as far before the quote as its longest match reaches. The work is counted
(characters handed to the search), never timed. Snippets are invented."""

from __future__ import annotations

import random

import pytest

from replyparse import parse_text
from replyparse.fields import proposal
from workcount import CountedPattern


def _searched(count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    counter = [0]
    unit = "贵单位提出的第0217号提案《关于改进某项服务的提案》收悉。现答复如下："
    with monkeypatch.context() as patch:
        real = proposal._NUMBER_BEFORE_QUOTE
        patch.setattr(proposal, "_NUMBER_BEFORE_QUOTE", CountedPattern(real, counter))
        parse_text(unit * count)
    return counter[0]


def test_characters_searched_grow_with_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _searched(150, monkeypatch)
    large = _searched(300, monkeypatch)
    assert large < 2.5 * small, (small, large)


def test_the_longest_match_is_within_reach() -> None:
    reach = getattr(proposal, "_NUMBER_BEFORE_QUOTE_REACH", 0)
    longest = "第" + "A" * 16 + "号代表：关于"  # the longest number, label and 关于
    assert proposal._NUMBER_BEFORE_QUOTE.fullmatch(longest) is not None
    assert proposal._NUMBER_BEFORE_QUOTE.fullmatch("第" + "A" * 17 + "号代表：关于") is None
    assert len(longest) + 1 <= reach  # (+1: ``$`` before a last line break)


def test_searched_from_reach_finds_what_searched_from_the_start_finds() -> None:
    reach = getattr(proposal, "_NUMBER_BEFORE_QUOTE_REACH", 0)
    rng = random.Random(9)
    parts = ["（", "第", "号", "）", "代表", "委员", "：", "关于", "1", "A-", "\n", "甲", "1" * 16]
    for _ in range(20_000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        end = rng.randint(0, len(text))
        whole = proposal._NUMBER_BEFORE_QUOTE.search(text, 0, end)
        near = proposal._NUMBER_BEFORE_QUOTE.search(text, max(0, end - reach), end)
        assert (whole and whole.span()) == (near and near.span()), (text, end)


def test_the_number_before_a_title_still_read() -> None:
    text = "关于第12号《关于改进某项服务的提案》的答复\n张三委员：\n您的提案收悉。\n某局\n"
    assert parse_text(text).proposal.number == "12"
