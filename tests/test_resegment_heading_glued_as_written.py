"""A section's heading the letter itself wrote on its paragraph's line, no mark after it
(``一、便道积水问题乙河镇已组织人员…。``: a web copy that glued the heading's line to its
paragraph), is the paragraph's first sentence, as the lines kept read it (the record's
rule). A copy flattened with blanks between its lines keeps that sign: a blank before the
marker (its line's break) and none where the heading's topic word ends, so it reads as the
lined letter does (fix138; an earlier round cut the heading after its topic word there, as
in a copy glued with nothing between its lines, which shows no such sign and is read as
before). Invented snippets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

FIRST = "便道积水问题乙河镇已组织人员疏通排水沟，积水已基本排除"
SECOND = "路灯损坏问题已在6月会商会上交办供电所，限期维修"
LETTER = (
    "关于甲山县九届人大二次会议第5号建议的答复\n李小明代表：\n"
    "您提出的《关于整治乙河镇便道的建议》收悉，现答复如下：\n"
    f"一、{FIRST}。\n"
    "今年汛期前将再行检查，确保排水通畅。\n"
    f"二、{SECOND}。\n"
    "感谢您对我们工作的关心。\n甲山县交通运输局\n2099年7月19日\n"
)


@pytest.mark.parametrize("flatten", COPIES[:2])
def test_the_heading_is_the_first_sentence(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(LETTER), keywords=False)
    assert [(s.marker, s.heading) for s in letter.sections] == [("一、", FIRST), ("二、", SECOND)]
    assert span_problems(letter) == []


def test_glued_with_nothing_between_the_heading_ends_at_its_topic_word() -> None:
    # (no blank anywhere: the copy may have glued the heading's own line, read as before)
    letter = parse_text(COPIES[2].values[0](LETTER), keywords=False)
    assert [s.heading for s in letter.sections][:1] == ["便道积水问题"]


def test_a_heading_on_its_own_line_flattened_with_blanks_ends_at_the_blank() -> None:
    # (the letter broke its line after the heading: the blank there ends it, as before)
    text = LETTER.replace("一、便道积水问题乙河镇", "一、便道积水问题\n乙河镇")
    letter = parse_text(COPIES[1].values[0](text), keywords=False)
    assert [s.heading for s in letter.sections][:1] == ["便道积水问题"]


def test_a_stray_blank_before_one_marker_of_a_glued_copy_is_no_sign() -> None:
    # (glued with nothing between its lines, a blank the letter left at one line's end
    # before a marker: the other marker stands glued, so the copy parts no lines by blanks
    # and each heading ends at its topic word, as before)
    text = (
        "关于甲山县九届人大二次会议第5号建议的答复李小明代表：您提出的建议收悉，现答复如下： "
        "一、基本情况全县共有便道12条，均已硬化。二、存在的困难部分便道地处山区，养护难度大。"
        "感谢您对我们工作的关心。甲山县交通运输局2099年7月19日"
    )
    letter = parse_text(text, keywords=False)
    assert [s.heading for s in letter.sections] == ["基本情况", "存在的困难"]


@pytest.mark.parametrize(
    "heading",
    [
        "路灯损坏问题已在6月乙河镇遗留问题会商会上交办供电所，限期维修",
        "便道积水问题已于5月纳入乙河镇遗留问题整改台账，限期整改",
        "排水管网问题已由甲山县城管局列入年度工作任务清单，汛前完成",
    ],
)
def test_glued_a_topic_word_inside_the_first_topics_predicate_ends_no_heading(
    heading: str,
) -> None:
    # (glued with nothing between its lines: a topic word with a predicate's frame after it,
    # 问题已在…, 工作将由…, is its sentence's subject, and a topic word later in that clause,
    # 遗留问题会商会, 工作任务清单, is the predicate's own, where no heading ends: old71)
    text = LETTER.replace(SECOND, heading)
    letter = parse_text(COPIES[2].values[0](text), keywords=False)
    assert [s.heading for s in letter.sections][1:] == [heading]
    assert span_problems(letter) == []
