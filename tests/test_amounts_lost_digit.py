"""A figure a copy lost a digit of, the lost character written ``?``, ``？``, ``□``, ``■`` or
U+FFFD right before it (``拟下?0万元``, ``安排1□0万元``), says no sum: no amount (an
earlier round read ``0万元``, 0 yuan, or the digits after the mark alone). A whole sum
beside it is read as ever. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse.fields.amounts import find_amounts
from replyparse.textview import TextView


@pytest.mark.parametrize(
    ("text", "sums"),
    [
        pytest.param("拟下?0万元至村，另拨付5万元。", ["5万元"], id="question-mark"),
        pytest.param("拟下？0万元至村，另拨付5万元。", ["5万元"], id="full-width-question"),
        pytest.param("安排资金1□0万元用于维修。", [], id="missing-glyph-inside"),
        pytest.param("安排资金\ufffd20万元用于维修。", [], id="replacement-character"),
        pytest.param("安排资金■5万元。", [], id="black-square"),
        pytest.param("是否安排？另拨付资金5万元。", ["5万元"], id="question-before-words"),
        pytest.param("安排资金120万元用于维修。", ["120万元"], id="whole-sum"),
    ],
)
def test_a_figure_that_lost_a_digit_is_no_sum(text: str, sums: list[str]) -> None:
    assert [a.text for a in find_amounts(TextView(text))] == sums
