"""Properties of the core: any text gives a record, and every span matches its text."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from replyparse import parse_text
from replyparse.model import Letter

# Text built from the pieces letters are made of, so the parser's paths are exercised.
PIECES = st.sampled_from(
    [
        "一、", "（一）", "1、", "1.", "（1）", "一是", "二是", "关于", "的答复", "代表：", "委员：",
        "尊敬的", "〔2020〕", "45号", "西民函", "《", "》", "〈", "〉", "“", "”", "万元", "元", "亿",
        "近", "余", "约", "2019年", "5月", "27日", "二〇二〇年", "十一月", "至", "—", "——", "-",
        "联系人：", "联系电话：", "0871-65550123", "13900000000", "抄送：", "，", "、", "。", "：",
        "办理类型：", "A", "是否公开：", "是", "文件", "民政局", "\n", "\n\n", " ", "\u3000",
        "— 1 —", "image1.wmf", "\r\n", "八、九十年代", "1.5公里", "210余万件", "30%", "GB/T 9704-2012",
    ]
)  # fmt: skip
LETTERISH = st.lists(PIECES | st.text(max_size=5), max_size=60).map("".join)


def spans_of(letter: Letter) -> list[tuple[str, tuple[int, int]]]:
    """Every (text, span) pair in the record, sections included at any depth."""
    out: list[tuple[str, tuple[int, int]]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("text"), str) and node.get("span") is not None:
                out.append((node["text"], tuple(node["span"])))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    data = letter.model_dump(mode="json")
    data.pop("text")
    walk(data)
    return out


def assert_spans_match(letter: Letter) -> None:
    assert letter.text is not None
    for text, (start, end) in spans_of(letter):
        assert 0 <= start <= end <= len(letter.text)
        assert letter.text[start:end] == text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LETTERISH)
def test_any_letterish_text_parses_and_spans_match(text: str) -> None:
    assert_spans_match(parse_text(text))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses_and_spans_match(text: str) -> None:
    assert_spans_match(parse_text(text))


def test_spans_of_sees_nested_items() -> None:
    letter = parse_text("关于X的答复\n张三代表：\n一、总体\n1、安排资金10万元。\n")
    texts = [t for t, _ in spans_of(letter)]
    assert "10万元" in texts
    assert any("安排资金" in t for t in texts)


# Long runs of one kind of character: each once drove a pattern into quadratic
# backtracking (a 100,000-digit line took minutes). Not a timing test: a regression shows
# as a suite that crawls, never as a flaky failure.
DEGENERATE = {
    "digits": "1" * 50_000,
    "chinese-numerals": "一二三四五六七八九十" * 5_000,
    "session-words": "十届三次" * 12_000,
    "digits-and-hao": "1号" * 25_000,
    "one-line-letter": "关于某某建议的答复张某代表：一、总体情况安排资金10万元。" * 1_000,
}


@pytest.mark.parametrize("text", list(DEGENERATE.values()), ids=list(DEGENERATE))
def test_long_degenerate_text_parses(text: str) -> None:
    assert_spans_match(parse_text(text))
