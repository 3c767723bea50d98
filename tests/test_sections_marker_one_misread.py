"""A section's first marker whose 一 a scan's OCR read as a dash (``—、``, ``-、``,
``－、``, ``（—）``, ``(-)``) or whose figure 1 it read as the letter l (``l.``, ``l、``, ``（l）``):
the marker numbered 1, as written, so the sections after it stay in sequence (an earlier
round read none of them: 二、 would have opened the tree). Also in a copy that lost its
line breaks (``如下：—、加强…``). Near-misses: a dash in a sentence, a range's dash, the
Roman numeral I, a dash alone in brackets with no heading after it. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

LETTER = (
    "某县教育局关于某事的答复\n\n王某代表：\n    您提出的建议收悉，现答复如下：\n"
    "    {a}加强队伍建设\n    我局已培训教师。\n    {b}改善办学条件\n    我局将投入资金。\n"
    "    感谢您的关心。\n\n某县教育局\n2024年5月20日\n"
)

MARKERS = [
    pytest.param("—、", "二、", id="em-dash"),
    pytest.param("-、", "二、", id="hyphen"),
    pytest.param("－、", "二、", id="full-width-hyphen"),
    pytest.param("─、", "二、", id="box-drawing"),
    pytest.param("（—）", "（二）", id="bracketed-em-dash"),
    pytest.param("(-)", "(二)", id="half-width-brackets"),
    pytest.param("l.", "2.", id="letter-l-dot"),
    pytest.param("l、", "2、", id="letter-l-dun"),
    pytest.param("（l）", "（2）", id="letter-l-bracketed"),
    pytest.param("I.", "II.", id="roman-one-as-ever"),
]


@pytest.mark.parametrize(("first", "second"), MARKERS)
def test_a_misread_first_marker_is_number_one(first: str, second: str) -> None:
    record = parse_text(LETTER.format(a=first, b=second), keywords=False)
    assert [(s.marker, s.number, s.heading) for s in record.sections] == [
        (first, 1, "加强队伍建设"),
        (second, 2, "改善办学条件"),
    ]
    assert span_problems(record) == []


def test_flattened() -> None:
    text = (
        "某县教育局关于某事的答复 王某代表： 您提出的建议收悉，现答复如下：—、加强队伍建设。"
        "我局已落实。二、改善条件。我局将推进。 某县教育局 2024年5月20日\n"
    )
    record = parse_text(text, keywords=False)
    assert [(s.marker, s.number) for s in record.sections] == [("—、", 1), ("二、", 2)]


NOT_MARKERS = [
    pytest.param("    我局已完成—、二期工程。\n", id="dash-in-a-sentence"),
    pytest.param("    2019年—2021年共投入资金。\n", id="range-dash"),
    pytest.param("    增长率为（-）。\n", id="bracketed-dash-no-heading"),
]


@pytest.mark.parametrize("line", NOT_MARKERS)
def test_a_dash_elsewhere_is_no_marker(line: str) -> None:
    text = LETTER.replace("    {a}加强队伍建设\n", line).format(b="二、")
    record = parse_text(text, keywords=False)
    assert record.sections == []
