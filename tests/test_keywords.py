"""Keywords: topic words of the body, boilerplate and non-Chinese runs left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SAMPLES
from goldsets import all_letters, at_least
from helpers import contexts_before, plain_keywords
from replyparse.fields import keywords
from replyparse.fields.keywords import _smallest, find_keywords

BODY = (
    "关于老旧小区改造，我局高度重视。今年完成老旧小区改造项目12个，"
    "加装电梯30部，改造供水管网5公里。老旧小区改造资金已全部到位，电梯加装工作稳步推进。"
)


def test_topic_words_come_first() -> None:
    words = find_keywords(BODY)
    assert "老旧小区" in words[:3]
    assert "电梯" in words


@pytest.mark.parametrize("boilerplate", ["关于", "我局", "工作"])
def test_boilerplate_is_left_out(boilerplate: str) -> None:
    assert boilerplate not in find_keywords(BODY)


@pytest.mark.parametrize(
    "body",
    ["", "   ", "1" * 5000, "ABC DEF 2021", "。，、"],
    ids=["empty", "blank", "digits", "latin", "punct"],
)
def test_no_chinese_words_no_keywords(body: str) -> None:
    assert find_keywords(body) == []


def test_top_k_and_determinism() -> None:
    first = find_keywords(BODY, top_k=3)
    assert len(first) == 3
    assert find_keywords(BODY, top_k=3) == first


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_memo_agrees_with_plain_tfidf(path: Path) -> None:
    body = path.read_text(encoding="utf-8")
    assert find_keywords(body) == plain_keywords(body)
    assert find_keywords(body, top_k=25) == plain_keywords(body, top_k=25)  # memo warm now


# Bodies of a few topic words, many with the same count: the keywords rank them as the
# plain TF-IDF does.
_TIED = ["老旧小区", "电梯", "供水管网", "改造", "资金", "项目", "加装", "推进", "到位", "公里"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_TIED), min_size=1, max_size=40), st.integers(1, 12))
def test_ties_ranked_as_plain_tfidf(words: list[str], top_k: int) -> None:
    body = "，".join(words)
    assert find_keywords(body, top_k) == plain_keywords(body, top_k)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([-3.0, -2.5, -1.0, -0.5]), st.text("甲乙丙丁", min_size=1)),
        unique_by=lambda p: p[1],
    ),
    st.integers(0, 8),
)
def test_smallest_is_the_sorted_head(pairs: list[tuple[float, str]], k: int) -> None:
    scores, kept = [s for s, _ in pairs], [w for _, w in pairs]
    assert _smallest(scores, kept, k) == sorted(pairs)[:k]


@settings(max_examples=500, deadline=None)
@given(st.integers(1, 10_000), st.integers(1, 10_000), st.floats(0.5, 20.0))
def test_score_negated_once_is_the_same_float(n: int, total: int, idf: float) -> None:
    """find_keywords divides by -total once rather than negating each count: the same
    float to the last bit."""
    assert (n / -total * idf).hex() == (-n / total * idf).hex()


def test_score_negated_once_on_every_count_of_a_letter() -> None:
    checked = 0
    for n in range(1, 300):
        for total in range(n, 600, 7):
            assert (n / -total).hex() == (-n / total).hex()
            checked += 1
    assert checked > 10_000


def test_keyword_spans_are_the_views_spans() -> None:
    """extract reads each keyword's span off the view's offsets: the span
    :meth:`TextView.span` gives for the word's first place in the body."""
    texts = [g.text() for g in all_letters()]
    texts += [
        "关于加强农村公路养护工作的建议收悉。\n  我局高度重视农村公路养护工作，农村公路  养护资金已落实。"
    ]
    checked = 0
    for ctx in contexts_before(texts, "keywords"):
        start, end = ctx.layout.body_range
        for item in keywords.extract(ctx):
            assert isinstance(item, keywords.Keywords)
            for word, span in zip(item.words, item.spans, strict=True):
                at = ctx.view.norm.find(word, start, end)
                assert span == ctx.view.span(at, at + len(word))
                checked += 1
    assert checked >= at_least(500, 50)  # not vacuous


# Single hanzi between marks and digits (runs of one the keywords leave uncut), words
# glued to Latin letters and digits, and stretches cut off mid-run by the bounds.
_SINGLES = [
    "电梯、水、电，气；改造项目1个加装电梯2部",
    "甲乙。丙，老旧小区改造。丁",
    "路A段养护资金已落实，桥B段2021年完工。",
    "农村公路养护工作。我局高度重视农村公路。是",
]


def test_runs_of_one_left_out_change_no_keyword() -> None:
    """A run of one hanzi is never cut: the keywords of any stretch of a letter, given by
    its bounds, are the plain TF-IDF's over that stretch with every run cut."""
    checked = 0
    for text in [g.text() for g in all_letters()] + _SINGLES:
        for start, end in [(0, len(text)), (1, len(text) - 1), (len(text) // 3, len(text))]:
            assert find_keywords(text, 10, start, end) == plain_keywords(text[start:end])
            checked += 1
    assert checked >= at_least(200, 12)  # not vacuous


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_TIED, "水", "电", "是", "，", "1", "A", "\n"]), max_size=40))
def test_any_mix_of_runs_ranked_as_plain_tfidf(pieces: list[str]) -> None:
    body = "".join(pieces)
    assert find_keywords(body) == plain_keywords(body)
