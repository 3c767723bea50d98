"""Keywords: topic words of the body, boilerplate and non-Chinese runs left out."""

from __future__ import annotations

import heapq
import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import SAMPLES
from replyparse import nlp, vocab
from replyparse.fields.keywords import find_keywords

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


def _plain_keywords(body: str, top_k: int = 10) -> list[str]:
    """The keywords without the memo: every word's stop test and IDF looked up afresh."""
    stop = vocab.word_set("keyword_stopwords")
    table = nlp.idf_table()
    runs = "\n".join(re.findall(r"[\u4e00-\u9fff]+", body))
    counts = Counter(nlp.tokenizer().cut(runs, HMM=False))
    kept = {w: n for w, n in counts.items() if len(w) >= 2 and w not in stop}
    total = sum(kept.values())
    scored = [(-n / total * table.idf.get(w, table.median), w) for w, n in kept.items()]
    return [w for _, w in heapq.nsmallest(top_k, scored)]


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_memo_agrees_with_plain_tfidf(path: Path) -> None:
    body = path.read_text(encoding="utf-8")
    assert find_keywords(body) == _plain_keywords(body)
    assert find_keywords(body, top_k=25) == _plain_keywords(body, top_k=25)  # memo warm now
