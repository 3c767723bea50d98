"""The run's next inline point glued to a paragraph that lost its full stop, its own heading
a long sentence with commas (``三是…，开阔视野四是组织人员走进校园，让孩子们了解家乡。``):
the point numbered one less opens its line, and this one's heading runs to its full stop,
as a point's first sentence does, so it is the run's next point whether the letter kept its
lines or a copy joined them with blanks or with nothing (fix138; flat117 read only a short
heading with no comma there, and an earlier round ran the point into the one before).
Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

FOURTH = "组织人员走进校园推介本县故事，让孩子们了解家乡、热爱家乡"
LETTER = (
    "对甲山县五届二次会议第12号提案的答复\n李小明委员：\n"
    "您提出的关于挖掘本地文化的提案收悉，现答复如下：\n"
    "一是组织人员走访乡镇村屯，了解新貌。\n"
    "二是组织人员走访历史古镇。包括甲镇、乙镇。\n"
    "三是组织人员走访特色景区，了解地方特色。包括甲湖、乙园等景区，开阔视野\n"
    f"四是{FOURTH}。下一步将编印宣传册。\n"
    "感谢您对我们工作的关心。\n甲山县文化和旅游局\n2099年9月12日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
def test_the_fourth_point_after_a_lost_stop(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(LETTER), keywords=False)
    assert [(s.marker, s.heading) for s in letter.sections] == [
        ("一是", "组织人员走访乡镇村屯，了解新貌"),
        ("二是", "组织人员走访历史古镇"),
        ("三是", "组织人员走访特色景区，了解地方特色"),
        ("四是", FOURTH),
    ]
    assert span_problems(letter) == []


def test_a_numeral_in_the_words_of_a_sentence_opens_no_point() -> None:
    # (no point numbered one less before it on its line: the sentence's words, as before)
    text = LETTER.replace("三是组织人员走访特色景区", "另外组织人员走访特色景区")
    letter = parse_text(text.replace("\n四是", "四是"), keywords=False)
    assert [s.marker for s in letter.sections] == ["一是", "二是"]


def test_the_letter_itself_glued_the_point() -> None:
    # (a lined letter whose own line runs the fourth point on after the third's words)
    letter = parse_text(LETTER.replace("开阔视野\n四是", "开阔视野四是"), keywords=False)
    assert [(s.marker, s.heading) for s in letter.sections][-1] == ("四是", FOURTH)
