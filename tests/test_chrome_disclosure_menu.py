"""A page of a 政府信息公开 platform sets its menu over the article (政府信息公开指南, 政府信息
公开制度, each entry in a narrow cell that wraps it over two lines): in a copy without blank
lines, the entries stand right over the letter's title. They are the page's chrome, so the
title is read alone; a letter's own line of the same words in a sentence, or a 主动公开 mark,
stays."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import chrome_lines

LETTER = [
    "对市九届政协二次会议第88号提案的答复函",
    "发布时间： 2023-06-01 09:10:11",
    "钱多多委员：",
    "您提出的《关于增设社区健身步道的提案》（第88号）收悉。现答复如下：",
    "我局将结合城市更新统筹推进健身步道建设。",
    "某市体育局",
    "2023年5月20日",
]


def test_menu_broken_over_two_lines_is_chrome() -> None:
    lines = ["政府信息", "公开指南", "政府信息", "公开制度", *LETTER]
    assert chrome_lines(lines) >= {0, 1, 2, 3}
    assert parse_text("\n".join(lines), keywords=False).title == LETTER[0]


def test_menu_entries_on_their_lines_are_chrome() -> None:
    lines = ["政府信息公开指南", "法定主动公开内容", *LETTER]
    assert chrome_lines(lines) >= {0, 1}
    assert parse_text("\n".join(lines), keywords=False).title == LETTER[0]


def test_publication_mark_and_sentence_stay() -> None:
    lines = [LETTER[0], "主动公开", *LETTER[1:4], "政府信息公开指南已于今年修订。", *LETTER[4:]]
    chrome = chrome_lines(lines)
    assert 1 not in chrome and 5 not in chrome
