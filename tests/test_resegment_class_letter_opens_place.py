"""A place whose name opens with a class's character (``甲山县``, ``乙河市``) right after a
label's colon is the place's, no class mark: a class mark is 甲/乙/丙/丁 alone, before 类, or
glued before a person's name (``类别：乙王某代表：``). So a page's ``来源：甲山县住建局`` glued
before the salutation or the title leaves the names and the title whole (left69; an earlier
round read 甲 as the class and the rest of the place as an addressee or the title's first
words). Glued before a title that opens with its authority and 关于, the cell's value runs to
关于 as flat65 decided, in a short letter as in a long one (an earlier round read no title in
a short one)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "甲山县住房和城乡建设局关于县人大某届某次会议第12号建议的答复"
BODY = (
    "王某代表：\n您提出的关于加强老旧小区改造的建议收悉，现答复如下：\n"
    "我局已将老旧小区改造列入今年计划，共涉及小区8个。\n"
    "{more}感谢您对我局工作的关心和支持。\n甲山县住房和城乡建设局\n2024年5月6日\n"
)
MORE = (
    "我局高度重视，组织专人对老旧小区进行了实地调查，摸清了全县老旧小区的基本情况，"
    "并制定了改造工作方案，明确了改造内容、资金来源和完成时限。\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "letter",
    [
        TITLE + "\n发布时间：2024-05-01 来源：甲山县住建局\n" + BODY,
        TITLE + "\n来源：乙河市住建局\n" + BODY,
        "发布时间：2024-05-01 来源：甲山县住建局\n" + TITLE + "\n" + BODY,
    ],
)
@pytest.mark.parametrize("more", ["", MORE], ids=["short", "long"])
def test_place_after_a_labels_colon_is_no_class(
    letter: str, more: str, flatten: Callable[[str], str]
) -> None:
    read = parse_text(flatten(letter.format(more=more)), keywords=False)
    cell_first = letter.startswith("发布时间") and flatten("a\nb") == "ab"
    # (glued, the page's cell of a body runs to the title's 关于: flat65)
    assert read.title == (TITLE[TITLE.index("关于") :] if cell_first else TITLE)
    assert read.issuer == "甲山县住房和城乡建设局"
    assert [(a.name, a.role) for a in read.addressees] == [("王某", "代表")]
    assert read.handling_type is None


@pytest.mark.parametrize("flatten", COPIES)
def test_class_letter_glued_before_names_stays_the_class(flatten: Callable[[str], str]) -> None:
    letter = TITLE + "\n类别：乙\n" + BODY.format(more="")
    read = parse_text(flatten(letter), keywords=False)
    assert read.handling_type == "B"
    assert [(a.name, a.role) for a in read.addressees] == [("王某", "代表")]
