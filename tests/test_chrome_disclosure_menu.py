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


# The menu's entry for disclosure on request (or its 主动公开) next to another of its
# entries, as the platform lists them over the page's table (索引号 …): the menu's link,
# no publication mark of the letter's. The same words alone under the title, with no menu
# entry beside them, stay the letter's mark.
MENU_TABLE = ["索引号： 0000/2023-00088", "发布机构： 某市体育局"]


def test_disclosure_kind_after_menu_entry_is_chrome() -> None:
    lines = ["政府信息公开指南", "政府信息公开制度", "依申请公开", *MENU_TABLE, *LETTER]
    assert chrome_lines(lines) >= {0, 1, 2}
    letter = parse_text("\n".join(lines), keywords=False)
    assert (letter.title, letter.public) == (LETTER[0], None)


def test_disclosure_kind_before_menu_entry_is_chrome() -> None:
    lines = ["主动公开", "政府信息公开指南", *MENU_TABLE, *LETTER]
    assert chrome_lines(lines) >= {0, 1}
    assert parse_text("\n".join(lines), keywords=False).public is None


def test_disclosure_kind_under_a_wrapped_entry_below_the_pages_table_is_chrome() -> None:
    # (the page's table over the menu: the menu past the page's first lines)
    table = [*MENU_TABLE, "发布日期： 2023-06-01", "主题分类： 体育", "文号：", "长者模式"]
    lines = [*table, "政府信息", "公开制度", "依申请公开", *LETTER]
    assert len(table) + 2 in chrome_lines(lines)
    assert parse_text("\n".join(lines), keywords=False).public is None


def test_disclosure_kind_apart_from_menu_stays() -> None:
    lines = ["政府信息公开指南", *MENU_TABLE, LETTER[0], "依申请公开", *LETTER[1:]]
    assert lines.index("依申请公开") not in chrome_lines(lines)
    assert parse_text("\n".join(lines), keywords=False).public is False


def test_both_disclosure_kinds_under_a_menu_entry_are_chrome() -> None:
    # (the menu's two entries one under the other, the first right under 政府信息公开指南:
    # both the menu's, as one next to the entry is)
    for kinds in (["主动公开", "依申请公开"], ["依申请公开", "主动公开"]):
        lines = ["政府信息公开指南", *kinds, *MENU_TABLE, *LETTER]
        assert chrome_lines(lines) >= {0, 1, 2}
        assert parse_text("\n".join(lines), keywords=False).public is None
