"""A page saved inside another site's frame: the frame's heading (the letter's title), its
cells, then the inner page's own furniture (``返回顶部``, the visitor's day with its weekday,
an image's file name, the channel's name over its crumb) and the title written again over
the letter. The heading and the furniture are the page's: before, the walk down the
page's top stopped at the heading (not yet known for one) and ``返回顶部`` was read as the
issuer, or the heading, the weekday date and the title were read as one title.
A title not written again under such lines, and a letter without a page, stay as they are.
Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from spans import span_problems

TITLE = "青岚县水务局关于县十七届人大二次会议第24号建议的答复"
FRAME = [
    "您的位置：首页 / 部门信息",
    TITLE,
    "发布日期：2023-03-02    信息来源：松川市教育局",
    "| 索引号: | 000000000/2019-00001 | 发布机构: | 松川市水务局 |",
]
LETTER = [
    TITLE,
    "王某某代表：",
    "您提出的关于加快农村饮水工程建设的建议收悉。现答复如下：",
    "我局已将该工程列入年度计划。",
    "青岚县水务局",
    "2023年6月1日",
]
CRUMB = "您当前所在位置：首页 >> 政务公开 >> 建议提案"


def _chrome(lines: list[str]) -> set[str]:
    return {lines[i] for i in chrome_lines(lines, "\n".join(lines))}


@pytest.mark.parametrize(
    "furniture",
    [
        pytest.param(["返回顶部"], id="back-to-top"),
        pytest.param(["返回顶部", "县直部门频道", CRUMB], id="back-to-top-channel-crumb"),
        pytest.param(["2023年5月6日 星期六"], id="weekday-date"),
        pytest.param(["2023年5月6日 星期六 |"], id="weekday-date-bar"),
        pytest.param(["00-top_banner.png"], id="image-file"),
    ],
)
def test_the_frames_heading_and_the_pages_furniture_are_chrome(furniture: list[str]) -> None:
    lines = [*FRAME, *furniture, *LETTER]
    assert _chrome(lines) >= {FRAME[1], *furniture}
    record = parse_text("\n".join(lines) + "\n")
    assert record.issuer == "青岚县水务局"
    assert record.title == TITLE
    assert [d.value for d in record.dates] == ["2023-06-01"]
    assert span_problems(record) == []


def test_a_heading_not_written_again_stays() -> None:
    # (the line under the furniture is another title: no heading of it)
    other = "关于县十八届人大三次会议第22号建议的答复"
    lines = [*FRAME, "返回顶部", other, *LETTER[1:]]
    assert other not in _chrome(lines)
    assert parse_text("\n".join(lines) + "\n").title == other


def test_a_letter_without_a_page_stays() -> None:
    # (no page shown: its title over a weekday date and the title again is left alone)
    lines = [TITLE, "返回", *LETTER]
    assert _chrome(lines) == set()
