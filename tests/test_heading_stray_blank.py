"""A stray blank inside a paragraph's first sentence, after its marker (an OCR'd scan, a
web copy: ``（一）落实乡村教 师生活补助。2023年…``): no heading set apart from its
paragraph, whose first words would end the heading's own sentence; the heading is the
first sentence whole. A short heading with its paragraph after a gap, a clause or a
marker, stays apart (snippets written here, names and numbers invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = "甲县教育局\n关于县政协三次会议第45号提案的答复\n王某委员：\n    您提出的提案收悉，现答复如下：\n"
_END = "\n甲县教育局\n2023年7月20日\n"


def _headings(body: str) -> list[str]:
    letter = parse_text(_HEAD + body + _END, keywords=False)
    return ["".join((s.heading or "").split()) for s in letter.sections]


# (id, body, headings with blanks left out)
CASES = [
    (
        "stray-blank",
        "    （一）落实乡村教 师生活补助。2023年全县发放补助386万元。\n"
        "    （二）推进县管 校聘改革。我局已制定实施办法。\n",
        ["落实乡村教师生活补助", "推进县管校聘改革"],
    ),
    (
        "blank-before-full-stop",
        "    一、加强师资培训 。全年培训教师1200人次。\n    二、改善办学条件。新建校舍3栋。\n",
        ["加强师资培训", "改善办学条件"],
    ),
    # near misses: a heading apart from its paragraph on its line stays the heading
    (
        "heading-then-clause",
        "    一、基本情况 近年来，全县共有乡村学校86所。\n    二、下一步工作 继续争取上级资金。\n",
        ["基本情况", "下一步工作"],
    ),
    (
        "heading-then-sentence",
        "    一、工作进展 全县已建成周转宿舍12栋。\n    二、存在困难 资金缺口仍然较大。\n",
        ["工作进展", "存在困难"],
    ),
]


@pytest.mark.parametrize(
    ("body", "headings"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_headings(body: str, headings: list[str]) -> None:
    assert _headings(body) == headings
