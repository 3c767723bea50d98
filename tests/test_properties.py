"""Properties of the core: any text gives a record, and every span matches its text."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from replyparse import parse_text
from replyparse.model import Letter
from spans import span_problems

# Text built from the pieces letters are made of, so the parser's paths are exercised.
PIECES = st.sampled_from(
    [
        "一、", "（一）", "1、", "1.", "（1）", "一是", "二是", "关于", "的答复", "代表：", "委员：",
        "尊敬的", "〔2020〕", "45号", "西民函", "《", "》", "〈", "〉", "“", "”", "万元", "元", "亿",
        "近", "余", "约", "2019年", "5月", "27日", "二〇二〇年", "十一月", "至", "—", "——", "-",
        "联系人：", "联系电话：", "0871-65550123", "13900000000", "抄送：", "，", "、", "。", "：",
        "办理类型：", "A", "是否公开：", "是", "文件", "民政局", "\n", "\n\n", " ", "\u3000",
        "— 1 —", "image1.wmf", "\r\n", "八、九十年代", "1.5公里", "210余万件", "30%", "GB/T 9704-2012",
        "第12号", "建议", "提案", "县十八届人大三次会议", "市政协", "（盖章）", "甲局  乙局", "乙类", "B类",
        "此件公开发布", "公开属性：", "主动公开", "复函", "（", "）", "\t", "１２", "(", ")",
        "????", "\ufffd\ufffd",  # a copy's marks for characters it could not write
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
    assert span_problems(letter) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LETTERISH)
def test_any_letterish_text_parses_and_spans_match(text: str) -> None:
    assert_spans_match(parse_text(text))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses_and_spans_match(text: str) -> None:
    assert_spans_match(parse_text(text))


# Whole letters made of parts in their places, so the header, title, salutation, signature
# and 抄送 spans are exercised with their variants (lines between title lines, joint signers,
# seal notes, wide-spaced names, Chinese-numeral dates, lists over two lines).
_INDENT = st.sampled_from(["", "　　", "  ", "\t"])
_HEADER = st.lists(
    st.sampled_from(
        ["某市民政局", "某市民政局文件", "办理类型：B", "办理类型：乙类", "是否公开：是", "公开属性：主动公开",
         "某民函〔2020〕45号", "某民函[2020]第045号", "Ｂ类", "（此件公开发布）", "签发人：甲某"]
    ),
    max_size=4,
)  # fmt: skip
_TITLE = st.lists(
    st.sampled_from(
        ["关于市政协十三届三次会议", "第１２号提案的答复", "关于对某区十六届人大三次会议", "第094号建议的答复",
         "关于“加快甲乙建设”的建议的复函", "某民函〔2020〕45号", "— 2 —", "复　　函", "某市民政局关于某某的函"]
    ),
    min_size=1,
    max_size=3,
)  # fmt: skip
_SALUTATION = st.sampled_from(
    [
        "张三代表：",
        "王  伟委员：",
        "尊敬的甲、乙等代表：",
        "民盟某市委：",
        "甲某等13位代表:",
        "各位代表：",
        "",
    ]
)
_BODY = st.lists(
    st.sampled_from(
        ["您提出的《关于加快甲乙建设的建议》收悉，现答复如下：", "您在县十八届人大一次会议上提出的第3号议案收悉。",
         "一、总体情况", "（一）安排资金282.68万元，2020年3月启动。", "1.依据《某某办法》（某发〔2019〕3号）执行。",
         "二是落实GB/T 9704-2012要求。", "感谢您对我们工作的关心和支持。"]
    )
    | LETTERISH,
    max_size=6,
)  # fmt: skip
_CLOSING = st.lists(
    st.sampled_from(
        ["联系人：赵某", "联系电话：0871-65550123", "联系人：李某  电话：13900000000", "联系单位：某处（0000）"]
    ),
    max_size=2,
)  # fmt: skip
_SIGNERS = st.sampled_from(
    [
        "某市民政局",
        "某市民政局（盖章）",
        "某市民政局    某市财政局",
        "某市民政局　　某市财政局（印）",
        "某 市 民 政 局",
        "",
    ]
)
_DATE = st.sampled_from(
    ["2021年6月18日", "二〇二一年六月十八日", "2021年06月08日", "某市民政局  2021年6月18日", ""]
)
_CC = st.sampled_from(
    ["", "抄送：市政协提案委员会，市财政局。", "抄送：甲局、\n乙局", "抄送：甲局 乙局；丙局"]
)


@st.composite
def _letters(draw: st.DrawFn) -> str:
    parts = [*draw(_HEADER), *draw(_TITLE), draw(_SALUTATION), *draw(_BODY), *draw(_CLOSING)]
    parts += [draw(_SIGNERS), draw(_DATE), draw(_CC)]
    return "\n".join(draw(_INDENT) + part for part in parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_letters())
def test_any_letter_built_of_parts_parses_and_spans_match(text: str) -> None:
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
