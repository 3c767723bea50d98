"""A page's count of its views by a bare word (``阅读：88``, ``【阅读：88】``, ``阅读量：120``,
``阅读次数：356``) on its line under the letter's title, beside the page's other cells or
alone, is the page's cell as ``浏览次数：`` is: no more of the title, where the copy kept its
lines, flattened them with a blank or glued them (left69; an earlier round ran the bare
``阅读：88`` into the title). The word alone is no label: ``阅读：《某某》`` is none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "甲山县住房和城乡建设局关于县人大某届某次会议第12号建议的答复"
LETTER = (
    TITLE + "\n{row}\n王某代表：\n"
    "您提出的关于加强老旧小区改造的建议收悉，现答复如下：\n"
    "我局已将老旧小区改造列入今年计划，共涉及小区8个。\n"
    "感谢您对我局工作的关心和支持。\n甲山县住房和城乡建设局\n2024年5月6日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "row",
    [
        "阅读：88",
        "【阅读：88】",
        "阅读：88 发布日期：2024-05-08",
        "阅读量：120 发布日期：2024-05-08",
        "【阅读：88】 2024-05-08",
        "点击：34 来源：甲山县住建局",
    ],
)
def test_bare_view_count_is_the_pages(row: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(LETTER.format(row=row)), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert [d.value for d in letter.dates] == ["2024-05-06"]
    assert letter.amounts == []


# Decided (left70): the count's unit after its figures (88次, 1.2万, 3万人次) is the count's, no
# first character of the names a copy flattened after it; and a page's date under a bare
# word (时间：…, 日期：…) glued right after the title's ending is the page's cell, no more of
# the title, as 发布时间：… is (an earlier round read 次王某 as the name, and kept
# 时间：2024-05-08 in the title of the copy glued).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "row",
    [
        "阅读：88次",
        "浏览次数：1.2万",
        "点击：3万人次",
        "时间：2024-05-08\n阅读：88",
        "日期：2024-05-08 浏览：12次",
        "时间：2024-05-08 09:30 阅读：88",
    ],
)
def test_a_counts_unit_and_a_bare_dated_cell_are_the_pages(
    row: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(LETTER.format(row=row)), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert [d.value for d in letter.dates] == ["2024-05-06"]


# (a reply's word and 时间 written as one label after the title's own ending, 回复时间：…,
# is no title ending then a bare 时间: the cell is not cut inside its label, the title never
# left ending in its 回复)
@pytest.mark.parametrize("flatten", COPIES)
def test_a_label_whose_word_is_a_replys_is_not_cut(flatten: Callable[[str], str]) -> None:
    title = parse_text(flatten(LETTER.format(row="回复时间：2024-05-08")), keywords=False).title
    assert title is not None and not title.endswith("回复")


# (review70b) a bare 万 after whole figures opens the name, a surname, and is no unit: a page
# counts tens of thousands with a point (1.2万); the unit 次 before it still is the count's
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    ("row", "names"),
    [
        ("阅读：88\n万小明代表：", [("万小明", "代表")]),
        ("点击：34\n万某某委员：", [("万某某", "委员")]),
        ("阅读：120\n万小明代表、李小明代表：", [("万小明", "代表"), ("李小明", "代表")]),
        ("阅读：88次\n万小明代表：", [("万小明", "代表")]),
    ],
)
def test_a_surname_wan_after_a_bare_count_is_the_names(
    row: str, names: list[tuple[str, str]], flatten: Callable[[str], str]
) -> None:
    text = LETTER.format(row=row).replace("\n王某代表：\n", "\n", 1)
    letter = parse_text(flatten(text), keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == names
