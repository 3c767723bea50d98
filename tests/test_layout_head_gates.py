"""The gates the layout asks before its title and closing patterns answer as the patterns do.

Each gate (a last character looked up before a pattern anchored at the end, a search
started near the end, a literal asked before a pattern that holds it, one question asked
for two) is checked against the plain reading over every content line of the sample, seed
and corpus letters (and each line's parts between gaps, with marks and blanks at their
ends) and over snippets written for the purpose. A difference fails the test.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from goldsets import SETS, letters
from lineparts import Lines, lines_and_parts
from replyparse import closing, layout
from replyparse.elements import is_doc_number_line, is_element, is_label_line
from replyparse.resegment import resegment
from replyparse.textview import TextView

_SNIPPETS = [
    "某县人大代表建议办理情况征询意见表\n某县政协提案承办单\n发文稿纸\n回执\n",
    "关于某事的答复（某〔2021〕3号\n关于某事的答复【编号\n关于某事的函(编\n（\n",
    "关于某事的答复（一二三四五六七八\n关于某事的答复（一二三四五六七八九\n某（\n",
    "办理结果反馈表\n某某表\n某某单\n2021年3月2日印发\n某县办公室2021年3月2日印发\n",
    "办理类型：A类\n签发人：王某\n联系人：李某  电话：5550123\n某〔2021〕3号\n",
    "特此函复。\n此致\n敬礼！\n感谢您们的关心\n以上答复如有不妥\n专此答复\n衷心感谢\n",
]
_ENDS = ["", "\n", "表", "单", "表\n", "（", "（\n", "（一二三四五六七八", "（一二三四五六七八\n"]


def _views() -> Iterator[TextView]:
    texts = [letter.text() for gold_set in SETS for letter in letters(gold_set)]
    for text in [*texts, *_SNIPPETS]:
        view = TextView(text)
        yield view
        yield resegment(view)


@pytest.fixture(scope="module")
def lines() -> Lines:
    """Every content line of every view, and each part of a line between gaps."""
    return lines_and_parts(_views())


def _texts(lines: Lines) -> Iterator[str]:
    for _, line in lines:
        for end in _ENDS:
            yield line.text + end
            yield line.text[:-1] + end


def test_form_heading_gate(lines: Lines) -> None:
    found = 0
    for text in _texts(lines):
        plain = layout._FORM_HEADING.match(text) is not None
        assert layout.is_form_heading(text) == plain, text
        found += plain
    assert found > 100


def test_open_tail_searched_near_the_end(lines: Lines) -> None:
    found = 0
    for text in _texts(lines):
        plain = layout._OPEN_TAIL.search(text)
        near = layout._OPEN_TAIL.search(text, len(text) - layout._OPEN_TAIL_LONGEST)
        assert (near and near.span()) == (plain and plain.span()), text
        found += plain is not None
    assert found > 100
    # a start one character later misses the longest tail: the bound is no wider than needed
    text = "关于某事的答复（一二三四五六七八\n"
    assert layout._OPEN_TAIL.search(text, len(text) - layout._OPEN_TAIL_LONGEST + 1) is None
    assert layout._OPEN_TAIL.search(text) is not None


def test_literal_gates_before_patterns(lines: Lines) -> None:
    printed = numbered = 0
    for text in _texts(lines):
        if closing._PRINTED_DATE.match(text):
            assert "印发" in text, text
            printed += 1
        if is_doc_number_line(text):
            assert "号" in text, text
            numbered += 1
    assert printed > 0
    assert numbered > 10


def test_a_label_line_is_elements(lines: Lines) -> None:
    labelled = 0
    for view, line in lines:
        if is_label_line(view, line):
            assert is_element(view, line), line.text
            labelled += 1
    assert labelled > 100


def test_closing_formula_first_character_gate(lines: Lines) -> None:
    found = 0
    for text in _texts(lines):
        if layout._CLOSING_FORMULA.match(text):
            assert text[:1] in layout._FORMULA_FIRST, text
            found += 1
    assert found > 100


def test_table_bar_edges_are_what_the_pattern_strips() -> None:
    for c in map(chr, range(sys.maxunicode + 1)):
        assert (c in closing._EDGES) == (closing._TABLE_BARS.fullmatch(c) is not None), hex(ord(c))
