"""A letter flattened onto one line with nothing between its lines: a tens numeral, its
``、`` and the next tens with what it counts (``十、二十人不等``, ``二十、三十余个``) is a
count written as a run of numerals, not a heading numbered 10 (or 20), where the numbering
asks for no such marker there: that number was met already, or the marker stands written
again further on after a sentence's end. Where the number before it was the last one met
and none other follows, the marker is read as it stands (``十、二十年来…`` may open a
heading 10), and a tidy letter keeps its headings.
"""

from __future__ import annotations

from replyparse import parse_text
from replyparse.fields.numerals import int_to_chinese
from snippets import glued

HEAD = "王某某委员：\n您提出的关于加强农技培训的提案收悉，现答复如下：\n"
TAIL = "感谢您对我们工作的关心。\n某县农业农村局\n2099年3月4日\n"
TOPICS = [
    "摸清需求",
    "编好教材",
    "配强师资",
    "办好夜校",
    "送教下乡",
    "建好基地",
    "搭建平台",
    "引导返乡",
    "跟踪回访",
    "强化激励",
    "落实经费",
    "总结推广",
    "畅通渠道",
    "规范管理",
    "加强督导",
    "优化服务",
    "拓展合作",
    "用好网络",
    "选树典型",
    "营造氛围",
    "健全机制",
]


def _letter(paragraphs: dict[int, str], count: int) -> str:
    body = "".join(
        f"{int_to_chinese(n)}、{TOPICS[n - 1]}\n{paragraphs.get(n, '我局已安排专人负责。')}\n"
        for n in range(1, count + 1)
    )
    return HEAD + body + TAIL


def _headings(text: str) -> list[tuple[int, str]]:
    return [(s.number, s.heading) for s in parse_text(text, keywords=False).sections]


def _expected(count: int) -> list[tuple[int, str]]:
    return [(n, TOPICS[n - 1]) for n in range(1, count + 1)]


def test_count_before_the_real_tenth_heading_is_no_heading() -> None:
    tidy = _letter({9: "每期参加培训的农户十、二十人不等。"}, 11)
    assert _headings(tidy) == _expected(11)
    assert _headings(glued(tidy)) == _expected(11)


def test_count_after_the_tenth_heading_stays_in_its_paragraph() -> None:
    tidy = _letter({10: "各村每年推荐的示范户十、二十户不等。"}, 11)
    flat = glued(tidy)
    assert _headings(flat) == _expected(11)
    letter = parse_text(flat, keywords=False)
    tenth = letter.sections[9]
    assert "十、二十户不等" in flat[tenth.span[0] : tenth.span[1]]


def test_count_by_twenties_before_the_real_twentieth() -> None:
    tidy = _letter({19: "全县建成示范点二十、三十余个。"}, 21)
    assert _headings(tidy) == _expected(21)
    assert _headings(glued(tidy)) == _expected(21)


def test_tenth_heading_opening_with_a_count_is_kept() -> None:
    # 九 was the last met and no other 十、 follows: the numbering asks for 十、 here
    tidy = _letter({10: "按照计划逐年推进。"}, 11).replace("十、强化激励", "十、二十年来坚持激励")
    flat = glued(tidy)
    assert _headings(flat)[9] == (10, "二十年来坚持激励")
    assert _headings(tidy)[9] == (10, "二十年来坚持激励")
