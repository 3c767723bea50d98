"""The （一） level written in single angle brackets (``〈一〉``, as a typist without （）
or a scan's OCR writes it) is a marker, as 【一】 and 〔一〕 are, at the level its place
gives it. Near-miss: a line opening with 〈 and no numeral. Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "关于增设某某公交线路的建议的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n"
    "{body}\n感谢您的关心。\n某市交通局\n2024年6月1日\n"
)


def _tree(body: str) -> list[tuple[int, str, int | None, str | None]]:
    letter = parse_text(LETTER.format(body=body), keywords=False)
    out: list[tuple[int, str, int | None, str | None]] = []
    stack = [(s, 0) for s in reversed(letter.sections)]
    while stack:
        s, depth = stack.pop()
        out.append((depth, s.marker, s.number, s.heading))
        stack.extend((c, depth + 1) for c in reversed(s.children))
    return out


CASES = [
    pytest.param(
        "〈一〉关于线路规划\n内容甲。\n〈二〉关于站点设置\n内容乙。",
        [(0, "〈一〉", 1, "关于线路规划"), (0, "〈二〉", 2, "关于站点设置")],
        id="top-level",
    ),
    pytest.param(
        "一、总体情况\n内容。\n〈一〉关于线路规划\n内容甲。\n〈二〉关于站点设置\n内容乙。\n二、下一步\n内容丙。",
        [
            (0, "一、", 1, "总体情况"),
            (1, "〈一〉", 1, "关于线路规划"),
            (1, "〈二〉", 2, "关于站点设置"),
            (0, "二、", 2, "下一步"),
        ],
        id="under-一、",
    ),
]


@pytest.mark.parametrize(("body", "tree"), CASES)
def test_angle_bracket_numerals(body: str, tree: list[tuple[int, str, int, str]]) -> None:
    assert _tree(body) == tree


def test_angle_bracket_words_no_marker() -> None:
    assert _tree("〈某某规划〉已印发，正在实施。\n内容甲。") == []
