"""A crumb led by ``您的当前位置：`` is a crumb as ``当前位置：`` and ``您的位置：`` are: on its own
line over a tidy letter it is the page's, no part of the title under it. Snippets in our own
words, invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "关于增设某某公交站点的答复\n"
    "钱某代表：\n"
    "您提出的建议收悉，现答复如下：\n"
    "我局已将站点纳入今年的线路调整。\n"
    "某县交通运输局\n"
    "2024年5月6日\n"
)


@pytest.mark.parametrize("lead", ["您的当前位置：", "当前位置：", "您的位置："])
def test_the_crumb_line_is_no_part_of_the_title(lead: str) -> None:
    record = parse_text(f"{lead}首页 > 政务公开 > 建议提案办理\n" + LETTER)
    assert record.title == "关于增设某某公交站点的答复"
    assert [a.name for a in record.addressees] == ["钱某"]


def test_a_title_that_names_a_place_stays_whole() -> None:
    # (位置 inside a title, not leading a line: no crumb)
    text = LETTER.replace("关于增设某某公交站点的答复", "关于调整某某公交站点位置的答复")
    assert parse_text(text).title == "关于调整某某公交站点位置的答复"
