"""The 抄送 lists a line may stand in (:func:`replyparse.layout._in_cc_list`) are walked
from the top only as far as the line asked (issue #9, speed74): a list that opens below a
line does not hold it, and the walk is the same walk wherever it stops, so every line,
asked in any order, is answered as the plain reading (every list of the view found first)
answers it, over every gold letter, their perturbations and snippets. Snippets are
invented."""

from __future__ import annotations

import random
from bisect import bisect_left
from typing import Any

import pytest

from goldsets import at_least, gold_texts
from replyparse import layout
from replyparse.closing import cc_list_end
from replyparse.layout import CC_LINE, value_under_label
from replyparse.resegment import resegment
from replyparse.textview import Line, TextView
from replyparse.unwrap import unwrap

_SNIPPETS = [
    "关于某路修缮的答复\n王某代表：\n    来信收悉。\n甲山县交通局\n2024年5月6日\n抄送：\n甲山县财政局\n乙河市某局",
    "抄送：甲山县教育局、\n甲山县财政局\n抄送：\n乙河市某局\n关于某事的答复\n李小明代表：\n    来信收悉。",
    "抄送\n甲山县财政局，乙河市某局。\n抄报：甲山县政府\n甲山县交通局\n2024年5月6日\n抄送：某局",
    "承办单位：\n甲山县交通局\n抄送：县政府督查室\n县人大常委会选联工委\n甲山县交通局\n2024年5月6日",
]


def _plain(lines: tuple[Line, ...], i: int) -> bool:
    """The reading as written before speed74: every list of the lines found first."""
    firsts: list[int] = []
    lasts: list[int] = []
    k = 0
    while k < len(lines):
        if CC_LINE.match(lines[k].text):
            firsts.append(k)
            lasts.append(cc_list_end(lines, k))
            k = lasts[-1] + 1
        else:
            k += 1
    at = bisect_left(firsts, i) - 1
    return at >= 0 and lasts[at] >= i


@pytest.fixture(scope="module")
def views() -> list[TextView]:
    return [resegment(unwrap(TextView(text))) for text in gold_texts(*_SNIPPETS)]


def test_every_line_in_any_order_is_read_as_the_plain_reading(views: list[TextView]) -> None:
    shuffle = random.Random(74)
    held = 0
    for view in views:
        lines = view.content_lines
        plain = [_plain(lines, i) for i in range(len(lines))]
        held += any(plain)
        downward = list(range(len(lines)))
        upward = downward[::-1]
        mixed = shuffle.sample(downward, len(downward))
        for order in (downward, upward, mixed):
            view.answers.pop(("cc_lists", len(lines)), None)  # (each order walks afresh)
            assert [layout._in_cc_list(view, lines, i) for i in order] == [plain[i] for i in order]
    assert held >= at_least(20, 3)  # (not vacuous: lines under a 抄送 label are read)


def test_the_first_line_reads_no_line_for_a_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """The line asked most, the first: no list opens above it, and no line is matched."""
    asked: list[str] = []

    class Counted:
        def match(self, text: str) -> Any:
            asked.append(text)
            return CC_LINE.match(text)

    monkeypatch.setattr(layout, "CC_LINE", Counted())
    view = resegment(unwrap(TextView(_SNIPPETS[1])))
    first = view.content_lines[0]
    assert not value_under_label(view, first)
    assert asked == []
    assert value_under_label(view, view.content_lines[3])  # (乙河市某局, under its label)
    assert asked == ["抄送：甲山县教育局、", "抄送："]
