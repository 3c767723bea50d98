"""A listing's dot after a bracketed figure opening a line (``(1).``, ``004(1).``), which the
view keeps a dot since fix92, read past the title (review60g). In the body it is the
section marker's, as a ``、`` typed after the brackets is (``（1）、``): marker ``(1).``,
heading ``基本情况`` (fix92 left a heading ``.基本情况``; before it, the dot read as ``。``
gave an empty heading). Under a title line that has ended, a line opening with a list's
number that is no whole title after it (``(2).关于某路拓宽问题的办理情况``, ``2.…``) is no more
of the title (fix92 glued the dotted ones to the title, as the undotted ones were glued
before); a listing's whole title after its number stays the title's line. Invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

TITLE = "关于对县三届人大二次会议第11号建议的答复"
SIGNED = "某县交通运输局\n2099年8月1日"


@pytest.mark.parametrize("salutation", ["", "王某代表：\n你提出的建议收悉，现答复如下：\n"])
def test_the_dot_after_the_brackets_is_the_markers(salutation: str) -> None:
    letter = parse_text(
        f"{TITLE}\n{salutation}(1).基本情况\n便桥已列入今年的维修计划，年内完工。\n"
        f"(2).下步打算\n我局将加快推进道路拓宽。\n{SIGNED}"
    )
    assert [(s.marker, s.number, s.heading) for s in letter.sections] == [
        ("(1).", 1, "基本情况"),
        ("(2).", 2, "下步打算"),
    ]
    assert letter.title == TITLE
    assert span_problems(letter) == []


def test_a_decimal_after_the_brackets_stays_the_texts() -> None:
    # (（1）.5 is no marker's dot: a figure follows it)
    letter = parse_text(
        f"{TITLE}\n王某代表：\n你提出的建议收悉，现答复如下：\n"
        f"（1）.5公里便桥已完工。\n（2）道路拓宽正在推进。\n{SIGNED}"
    )
    assert [s.marker for s in letter.sections] == ["（1）", "（2）"]


@pytest.mark.parametrize(
    "line",
    [
        "(2).关于道路拓宽问题的办理情况",
        "（2）.关于道路拓宽问题的办理情况",
        "(1).基本情况",
        "004(1).关于道路拓宽问题的办理情况",
        "(2)关于道路拓宽问题的办理情况",
        "2.关于道路拓宽问题的办理情况",
    ],
)
def test_a_numbered_line_under_an_ended_title_is_no_more_of_it(line: str) -> None:
    letter = parse_text(
        f"{TITLE}\n{line}\n王某代表：\n你提出的关于修缮某村便桥的建议收悉。\n{SIGNED}"
    )
    assert letter.title == TITLE
    assert span_problems(letter) == []


@pytest.mark.parametrize("lead", ["004(1).", "• 1、", "(2)."])
def test_a_listings_whole_title_under_the_heading_is_still_the_title(lead: str) -> None:
    own = "对县三届人大二次会议第11号建议的办理答复"
    letter = parse_text(
        f"【人大建议】{TITLE}\n{lead}{own}\n王某代表：\n你提出的关于修缮某村便桥的建议收悉。\n{SIGNED}"
    )
    assert letter.title == own
