"""A mirror that sets a comma before every mark it copies (``,,``, ``,。``, ``,、`` all through
the letter) writes a section's ``一、`` as ``一,、``: the marker all the same, its number
and heading read as under ``一、`` (the heading to its first 。, the glued commas in it
kept as written). The letter's sections were lost. ``1,、`` likewise. Snippets are invented.
"""

from __future__ import annotations

from replyparse import parse_text

LETTER = """某市某局关于某某號人大建議答復的函
王某代表:
您提出的建議已收悉,,經我局深入調研,現答復如下:
一,、某街道現有路燈300柱,。其中某大道,、某路等道路路燈由某區管理。
二,、其余路燈由某街道自行管理,,有相應維護機制,。
三,、目前,,管理體制仍按原有體制進行,。
特此函復,。
某市某局
2020年4月30日
"""


def test_a_comma_before_the_marks_mark_is_a_mirrors() -> None:
    letter = parse_text(LETTER)
    assert [(s.level, s.number, s.heading) for s in letter.sections] == [
        (1, 1, "某街道現有路燈300柱"),
        (1, 2, "其余路燈由某街道自行管理,,有相應維護機制"),
        (1, 3, "目前,,管理體制仍按原有體制進行"),
    ]
    assert letter.sections[0].marker == "一,、"


def test_arabic_markers_too() -> None:
    text = LETTER.replace("一,、", "1,、").replace("二,、", "2,、").replace("三,、", "3,、")
    letter = parse_text(text)
    assert [s.number for s in letter.sections] == [1, 2, 3]


def test_a_count_in_prose_is_no_marker() -> None:
    # (a list of numerals the mirror wrote so inside a sentence opens no section)
    text = LETTER.replace("其中某大道", "其中一,、二,、三號道路")
    letter = parse_text(text)
    assert [s.number for s in letter.sections] == [1, 2, 3]
    assert letter.sections[0].heading == "某街道現有路燈300柱"


def test_tidy_markers_read_as_before() -> None:
    text = LETTER.replace(",、", "、").replace(",,", ",").replace(",。", "。")
    letter = parse_text(text)
    assert [(s.number, s.marker) for s in letter.sections] == [
        (1, "一、"),
        (2, "二、"),
        (3, "三、"),
    ]
