"""A group salutation whose last name ends in a numeral's character (李四, 王五, 张三, 赵六)
before a count keeps the name whole and the count apart: a count is figures or a Chinese
numeral as one says it, never the two mixed (``李四2位代表`` is 李四 and 2, not 李 and
``四2``) and never two digits run together (``王五二位委员`` is 王五 and 二) (snippets
written for these tests; names invented)."""

from __future__ import annotations

import pytest

from test_addressees_body_glued_group import _addressees

READ = {
    "figures-after-si": ("李四2位代表：", [("李四", "代表")]),
    "full-width-figures": ("赵六３名代表：", [("赵六", "代表")]),
    "two-names-figures": ("李四、王某2位代表：", [("李四", "代表"), ("王某", "代表")]),
    "deng-and-numeral": ("张三等三位代表：", [("张三", "代表")]),
    "numeral-after-wu": ("王五二位委员：", [("王五", "委员")]),
    "numeral-after-liu": ("赵六十二名代表：", [("赵六", "代表")]),
    "bracketed-count": ("李四（2名）代表：", [("李四", "代表")]),
    # a lone surname is no name: the numeral that follows it is the name's
    "ten-after-wu": ("王五十位代表：", [("王五", "代表")]),
}

# Must not move: names that end in no numeral, counts as before
NOT_MOVED = {
    "deng-figures": ("王某等3位代表：", [("王某", "代表")]),
    "count-no-deng": ("王某二十位代表：", [("王某", "代表")]),
    "two-names-deng": ("钱立、孙梅等十二位委员：", [("钱立", "委员"), ("孙梅", "委员")]),
    "bare-count": ("钱立等十代表：", [("钱立", "代表")]),
}


@pytest.mark.parametrize(("salutation", "expected"), READ.values(), ids=READ.keys())
def test_name_keeps_its_numeral(salutation: str, expected: list[tuple[str, str | None]]) -> None:
    assert _addressees(salutation) == expected


@pytest.mark.parametrize(("salutation", "expected"), NOT_MOVED.values(), ids=NOT_MOVED.keys())
def test_counts_left_as_before(salutation: str, expected: list[tuple[str, str | None]]) -> None:
    assert _addressees(salutation) == expected
