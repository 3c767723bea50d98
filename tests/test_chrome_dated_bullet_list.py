"""What a page says of itself as a bulleted list of values without their labels, its date
after a bullet among them (``• 0000/2019-00001`` / ``• 某局`` / ``• 有效`` / ``• 2019年07月26日``),
over the letter: the list is the page's, not only its date. Before, the values stayed
between the frame's heading and the title written again, and heading, values and title
were read as one title. A letter's bulleted lines with no page date among them, and those
under its first sentence, stay. Snippets invented."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import chrome_lines

TITLE = "关于县十七届人大二次会议第24号建议的答复"
LIST = ["• 000000-000/2019-00001", "• 青岚县水务局", "• 有效", "• 2019年07月26日"]
LETTER = [
    TITLE,
    "时间:2019年07月26日 来源:青岚县水务局",
    "王某某代表：",
    "您提出的关于加快农村饮水工程建设的建议收悉。现答复如下：",
    "我局已将该工程列入年度计划。",
    "青岚县水务局",
    "2019年7月26日",
]


def _chrome(lines: list[str]) -> set[str]:
    return {lines[i] for i in chrome_lines(lines, "\n".join(lines))}


def test_the_pages_dated_list_is_chrome() -> None:
    lines = ["当前位置：首页 > 政府信息公开 > 建议提案", *LIST, *LETTER]
    assert _chrome(lines) >= set(LIST)


def test_the_frames_heading_over_the_list_is_no_title() -> None:
    lines = [
        TITLE,
        "时间：2018-04-14   点击数：100",
        "当前位置：首页 > 政府信息公开",
        *LIST,
        *LETTER,
    ]
    record = parse_text("\n".join(lines) + "\n")
    assert record.title == TITLE
    assert record.issuer == "青岚县水务局"


def test_bullets_without_a_page_date_stay() -> None:
    lines = ["当前位置：首页 > 政府信息公开", "• 加快管网建设", "• 落实资金", *LETTER]
    assert not _chrome(lines) & {"• 加快管网建设", "• 落实资金"}


def test_bullets_in_the_letter_stay() -> None:
    body = ["我局将做好以下工作：", "• 加快管网建设", "• 2019-07-26"]
    lines = ["当前位置：首页 > 政府信息公开", *LETTER[:4], *body, *LETTER[4:]]
    assert "• 加快管网建设" not in _chrome(lines)
