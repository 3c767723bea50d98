"""A flattened letter whose paragraph lost its full stop at the end of its line (a copy that
joined the lines): the next section's marker glues to the paragraph's last word (…每周公示
抽查结果二、完善摊位准入办法。…). It opens that section when it numbers on from a
section met on the line, follows no numeral, and holds a short heading sentence.
Must-not-match: a count (一、二两批), a number (十二、), a marker out of turn, a tidy letter.
Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "关于规范夜市经营秩序的提案的答复 李某委员：您提出的关于规范夜市经营秩序的提案收悉，"
    "现答复如下：我局重点做好以下工作："
)
_TAIL = "感谢您对夜市管理工作的关心。 某区商务局 2023年6月1日"


def _headings(text: str) -> list[tuple[str, str]]:
    return [(s.marker, s.heading) for s in parse_text(text, keywords=False).sections]


@pytest.mark.parametrize("sep", [" ", ""], ids=["spaced", "glued"])
def test_next_section_glued_after_a_paragraph_without_its_full_stop(sep: str) -> None:
    text = (
        _HEAD + "一、整治夜市占道经营。今年清理占道摊点30处，每周公示抽查结果"
        "二、完善摊位准入办法。明确摊主登记和退出的程序。"
        + sep
        + "三、开展文明经营宣传。发放告知书800份。"
        + sep
        + _TAIL
        + "\n"
    )
    assert _headings(text) == [
        ("一、", "整治夜市占道经营"),
        ("二、", "完善摊位准入办法"),
        ("三、", "开展文明经营宣传"),
    ]


@pytest.mark.parametrize(
    "middle",
    [
        "分一、二两批完成清理任务。",  # a count
        "全区共有夜市十二、三处完成整治。",  # numbers
        "每周公示抽查结果四、完善摊位准入办法。",  # out of turn: no 三 met
    ],
    ids=["count", "numbers", "out-of-turn"],
)
def test_no_glued_section(middle: str) -> None:
    text = _HEAD + "一、整治夜市占道经营。今年完成清理，" + middle + " " + _TAIL + "\n"
    assert [m for m, _ in _headings(text)] == ["一、"]


def test_tidy_letter_reads_as_before() -> None:
    text = (
        "关于规范夜市经营秩序的提案的答复\n李某委员：\n"
        "    您提出的关于规范夜市经营秩序的提案收悉，现答复如下：\n"
        "    一、整治夜市占道经营。今年清理占道摊点30处。\n"
        "    二、完善摊位准入办法。明确摊主登记和退出的程序。\n"
        "    感谢您对夜市管理工作的关心。\n某区商务局\n2023年6月1日\n"
    )
    assert [m for m, _ in _headings(text)] == ["一、", "二、"]
