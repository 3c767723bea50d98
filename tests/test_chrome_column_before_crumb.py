"""A congress site's page of one deputy's item: a welcome with the visitor's day on one
line, the column's name set before the crumb's lead on the crumb's line (``议案建议 当前位置：
首页 -> … -> 议案建议``), then the site's record of the item (``案由：`` / ``提案者：`` /
``承办单位：`` / ``提案内容：`` / its timestamp / ``办理情况：``) over the reply. The welcome and
the crumb are the page's; the record's title row is no title of the reply's and its
timestamp no date of the letter's (fix102, dev102/013)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines, is_chrome_line

ITEM = "关于修缮青禾镇文化广场的建议"
PAGE = [
    "欢迎访问青禾人大网! 今天是:",
    "议案建议 当前位置:首页 -> 代表工作 -> 议案建议",
    f"案  由: {ITEM}",
    "提 案 者: 林小舟",
    "承办单位: 文旅局",
    "提案内容: 青禾镇文化广场地面破损,灯光不足,群众夜间活动不便,建议尽快修缮。",
    "2031-05-09 10:12:40",
    "承 办 人:",
    "办理情况: 林小舟代表:",
    f"您提出的《{ITEM}》(第7号)收悉。现答复如下:",
    "我局已将广场修缮列入今年计划,将更换破损地砖并增设路灯,预计年内完工。",
    "感谢您对文旅工作的关心和支持。",
]


def test_the_page_head_is_chrome_and_the_record_gives_no_title_nor_date() -> None:
    letter = parse_text("\n".join(PAGE), keywords=False)
    assert letter.title is None
    assert letter.proposal is not None
    assert letter.proposal.number == "7"
    assert letter.proposal.title == ITEM
    assert [a.name for a in letter.addressees] == ["林小舟"]
    assert not [d for d in letter.dates if d.value.startswith("2031-05")]


@pytest.mark.parametrize(
    "line",
    [
        "议案建议 当前位置:首页 -> 代表工作 -> 议案建议",
        "县委| 县人大| 县政协 当前位置：首页 > 政协提案",
    ],
)
def test_a_menu_before_the_crumbs_lead(line: str) -> None:
    assert is_chrome_line(line)


def test_a_welcome_with_the_visitors_day_over_the_crumb() -> None:
    assert {0, 1} <= chrome_lines(PAGE)


@pytest.mark.parametrize(
    "line",
    [
        # (a sentence before the lead, or a long run of words: no menu of names)
        "我们在网站上查到了 当前位置:首页 -> 代表工作",
        "关于修缮青禾镇文化广场的建议答复 当前位置:首页",
        # (a short title before the lead that no step writes again: the letter's; review63d)
        "关于路灯的答复 当前位置：首页 > 建议提案 > 正文",
        "县委| 建议答复 当前位置：首页 > 政协提案",
    ],
)
def test_not_a_menu_before_the_crumb(line: str) -> None:
    assert not is_chrome_line(line)


@pytest.mark.parametrize("joiner", [" ", ""])
def test_flattened_column_name_before_the_crumb(joiner: str) -> None:
    letter = parse_text(joiner.join(PAGE), keywords=False)
    assert letter.title is None
    assert [a.name for a in letter.addressees] == ["林小舟"]
