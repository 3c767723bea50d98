"""A flattened letter whose paragraph lost its full stop at the end of its line (a copy that
joined the lines): the next section's marker glues to the paragraph's last word (…及时发布
检测信息二、推动标准引领行业发展。…). It opens that section when it numbers on from a
section met on the line, follows no numeral, and holds a short heading sentence.
Must-not-match: a count (一、二两批), a number (十二、), a marker out of turn, a tidy letter.
Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "关于加强菜市场食品安全管理的提案的答复 李某委员：您提出的关于加强菜市场食品安全管理的提案收悉，"
    "现答复如下：我委重点做好以下工作："
)
_TAIL = "感谢您对商务工作的关心和支持。 某市商务委员会 2023年6月1日"


def _headings(text: str) -> list[tuple[str, str]]:
    return [(s.marker, s.heading) for s in parse_text(text, keywords=False).sections]


@pytest.mark.parametrize("sep", [" ", ""], ids=["spaced", "glued"])
def test_next_section_glued_after_a_paragraph_without_its_full_stop(sep: str) -> None:
    text = (
        _HEAD + "一、推进菜市场升级改造。今年完成改造菜市场12家，及时发布农残检测信息"
        "二、推动标准引领行业发展。指导批发市场制订管理规范。"
        + sep
        + "三、加强宣传培训。举办培训班5期。"
        + sep
        + _TAIL
        + "\n"
    )
    assert _headings(text) == [
        ("一、", "推进菜市场升级改造"),
        ("二、", "推动标准引领行业发展"),
        ("三、", "加强宣传培训"),
    ]


@pytest.mark.parametrize(
    "middle",
    [
        "分一、二两批完成改造任务。",  # a count
        "全市共有菜市场十二、三家完成改造。",  # numbers
        "及时发布检测信息四、推动标准引领行业发展。",  # out of turn: no 三 met
    ],
    ids=["count", "numbers", "out-of-turn"],
)
def test_no_glued_section(middle: str) -> None:
    text = _HEAD + "一、推进菜市场升级改造。今年完成改造，" + middle + " " + _TAIL + "\n"
    assert [m for m, _ in _headings(text)] == ["一、"]


def test_tidy_letter_reads_as_before() -> None:
    text = (
        "关于加强菜市场食品安全管理的提案的答复\n李某委员：\n"
        "    您提出的关于加强菜市场食品安全管理的提案收悉，现答复如下：\n"
        "    一、推进菜市场升级改造。今年完成改造菜市场12家。\n"
        "    二、推动标准引领行业发展。指导批发市场制订管理规范。\n"
        "    感谢您对商务工作的关心和支持。\n某市商务委员会\n2023年6月1日\n"
    )
    assert [m for m, _ in _headings(text)] == ["一、", "二、"]
