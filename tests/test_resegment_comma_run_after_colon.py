"""Numbered things a letter lists inside one sentence, after a colon and parted by commas
(``选址位于：①甲街口，②乙路北，③丙广场东。``), or numerals written in a run (``如：一、二小``,
the first and the second primary school): flattened with the rest of the letter onto one
line, the sentence stays one paragraph, as the tidy letter has it, and no section is read
from it. Items that end as sentences, or a list after 如下：, still open lines of their own."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "关于某镇增设公厕建议的答复 某某委员： 您提出的《关于老街多建公共厕所的建议》已转我局，现答复如下："
TAIL = " 谢谢您为居民如厕难出主意。 某县城市管理局 2099年5月6日"

RUNS = [
    pytest.param(
        "今年我局计划新建公厕4座，现已完成选址，选址地点位于：①甲小学东侧（甲路与乙街交叉口），"
        "②乙公园北门（丙路南段），③丙医院西侧（丁街北段），④丁广场东南角。",
        id="circled-items-after-a-colon",
    ),
    pytest.param(
        "今年我局计划新建公厕3座，地点分别为：1.甲小学东侧，2.乙公园北门，3.丙医院西侧。",
        id="dotted-items-after-a-colon",
    ),
    pytest.param(
        "我局加强了校门口路段管理，其他拥堵路段如：一、二小，三中等校门口已划设禁停线，无须再设。",
        id="numerals-in-a-run",
    ),
]  # fmt: skip


@pytest.mark.parametrize("run", RUNS)
@pytest.mark.parametrize("joint", [" ", ""])
def test_a_run_inside_a_sentence_is_no_section(run: str, joint: str) -> None:
    text = HEAD + joint + run + joint + "我局将按期完成建设。" + TAIL
    letter = parse_text(text.replace(" ", joint))
    assert letter.sections == []
    assert letter.signature.issuer == "某县城市管理局"


# Must not match: items that end as sentences, and a list opened by 如下：
def test_items_ending_as_sentences_are_sections() -> None:
    text = (
        HEAD + " 我局重点做了以下工作：一、修缮甲村公厕。已完成2座。二、新建乙镇公厕。"
        "已投入使用。" + TAIL
    )
    letter = parse_text(text)
    assert [s.heading for s in letter.sections] == ["修缮甲村公厕", "新建乙镇公厕"]


def test_a_list_after_rumou_xia_is_sections() -> None:
    text = (
        "关于某镇增设公厕建议的答复 某某委员： 您的建议已转到我局，现将办理情况答复如下："
        "一、修缮甲村公厕，已完成2座。二、新建乙镇公厕，已投入使用。" + TAIL
    )
    letter = parse_text(text)
    assert len(letter.sections) == 2
