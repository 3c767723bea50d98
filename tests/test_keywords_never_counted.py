"""Keywords: the words that are never keywords (single characters, stop words) are left out
before counting, and a word met for the first time is learned; the keywords are those of
the plain TF-IDF that counts every word and sifts the counts afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from helpers import plain_keywords
from replyparse.fields import keywords
from replyparse.fields.keywords import find_keywords


@pytest.fixture
def fresh_memos() -> Iterator[None]:
    """The memos emptied, so every word of the test is met for the first time (and emptied
    again after: the next test learns its own words)."""
    keywords._idf_of.cache_clear()
    keywords._never.cache_clear()
    yield
    keywords._idf_of.cache_clear()
    keywords._never.cache_clear()


# Invented bodies: a topic told many times among single characters and stop words, a
# body of stop words and single characters alone, and one of ties.
BODIES = [
    "我局对此高度重视，及时组织人员到某村查看道路积水情况。道路积水的原因是排水沟堵塞，"
    "现已清理排水沟三百米，并在村口新建排水沟一条。下一步将加强道路巡查，确保排水畅通。",
    "关于，我局，工作，的，了，和，是。",
    "桥梁、渡口、桥梁、渡口、码头、码头、航道、航道。",
]


@pytest.mark.parametrize("body", BODIES, ids=["topic", "stop-words-only", "ties"])
@pytest.mark.parametrize("top_k", [1, 3, 10, 40])
def test_first_meeting_agrees_with_plain(fresh_memos: None, body: str, top_k: int) -> None:
    assert find_keywords(body, top_k) == plain_keywords(body, top_k)  # every word new
    assert find_keywords(body, top_k) == plain_keywords(body, top_k)  # every word known


def test_memos_sort_the_words(fresh_memos: None) -> None:
    find_keywords(BODIES[0])
    never, idf_of = keywords._never(), keywords._idf_of()
    assert {"情况", "加强", "的", "我"} <= never  # stop words, single characters
    assert never.isdisjoint(idf_of)
    assert "排水沟" in idf_of and "排水沟" not in never


def test_only_words_never_keywords_give_none(fresh_memos: None) -> None:
    assert find_keywords(BODIES[1]) == []
    assert find_keywords("的 了 和") == []  # single characters alone: no run to cut


def test_a_word_new_in_a_later_body_is_learned(fresh_memos: None) -> None:
    find_keywords(BODIES[0])  # the memos know this body's words only
    later = BODIES[0] + "另有渡口码头改造，渡口码头已经完工。"
    assert find_keywords(later) == plain_keywords(later)
