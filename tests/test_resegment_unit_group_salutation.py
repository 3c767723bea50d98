"""A reply addressed to an office's unit whose name ends in 组 (``办公室综合组：``, ``县政府
督查组：``), its colon after it, under a title that ends as a report back does (``关于…的
反馈``): the salutation, flattened as where the lines were kept, and the title ends before it
(an earlier round took no unit ending in 组 for a salutation in a flattened copy: the title
ran on to the opening's words, or no title was read). Snippets invented (left74a)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, glued

TITLE = "关于甲山县道路养护工作的反馈"
CLOSE = "\n我局已加强巡查。\n甲山县交通局\n2099年5月6日\n"


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("unit", ["办公室综合组：", "甲山县政府督查组："])
@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("你组转来的关于道路养护的意见收悉，现反馈如下：", id="received"),
        pytest.param("现将有关情况反馈如下：", id="follows"),
        pytest.param("我局已开展排查，来信收悉。", id="sentence-then-received"),
    ],
)
def test_unit_ending_in_zu_is_the_salutation(
    unit: str, opening: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten("\n".join([TITLE, unit, opening]) + CLOSE), keywords=False)
    assert letter.title == TITLE
    assert letter.salutation == unit


# Near miss: 组 in the title's own words, no colon after it (…工作组建设…), ends nothing.
@pytest.mark.parametrize("flatten", COPIES)
def test_zu_inside_a_title_ends_no_salutation(flatten: Callable[[str], str]) -> None:
    title = "关于加强甲山县驻村工作组建设的建议的答复"
    text = "\n".join([title, "王某代表：", "您提出的建议收悉，现答复如下："]) + CLOSE
    letter = parse_text(flatten(text), keywords=False)
    assert (letter.title, letter.salutation) == (title, "王某代表：")


# (mend74a) A unit's 组 with its colon and a value after it, then names and their colon
# before the opening, is a row's label (专家组：王某、李小明, 督查组：县政府督查室, 起草组：王某
# 审核：李小明), and one a clause's stop comes before in its stretch is a sentence's (经研究，
# 调研组：王某、李小明赴现场核查。): neither is the salutation, in the flattened copies as on
# the kept lines (left74a read the 组 and its colon as the salutation flattened).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "row",
    [
        pytest.param("专家组：王某、李小明", id="names-row"),
        pytest.param("督查组：县政府督查室", id="unit-row"),
        pytest.param("起草组：王某 审核：李小明", id="two-rows"),
        pytest.param("经研究，调研组：王某、李小明赴现场核查。", id="sentence"),
    ],
)
def test_zu_row_or_sentence_over_the_salutation_is_none(
    row: str, flatten: Callable[[str], str]
) -> None:
    text = "\n".join(
        ["关于甲山县交通规划的答复", row, "王某代表：", "您提出的建议收悉，现答复如下："]
    )
    letter = parse_text(flatten(text + CLOSE), keywords=False)
    if flatten is glued:  # (where the row's value ends and the names open is not told)
        assert letter.salutation is not None and letter.salutation.endswith("王某代表：")
    else:
        assert letter.salutation == "王某代表："
