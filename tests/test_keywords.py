"""Keywords: topic words of the body, boilerplate and non-Chinese runs left out."""

from __future__ import annotations

import pytest

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
