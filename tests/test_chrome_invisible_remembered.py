"""The page cells' readers (:func:`replyparse.chrome.page_doc_number` and its kin) take
whether the letter holds an invisible format character from what the view's chrome
remembered (the view's scan told it), not from a search of the letter again: the scan's
answer must be the search's, on every letter and on texts built to hold each such
character anywhere. Snippets in our own words."""

from __future__ import annotations

import pytest

from goldsets import all_letters
from replyparse import chrome
from replyparse.formatchars import FORMAT_CHARS, INVISIBLE
from replyparse.textview import TextView

LINES = [
    "文号：某交函〔2024〕5号",
    "",
    "王某代表：",
    "  你提出的关于整修某村水渠的建议收悉。",
    "某县交通运输局",
    "2024年5月20日",
]
TEXT = "\n".join(LINES)


def _placed(char: str) -> list[str]:
    """``TEXT`` with ``char`` at each place: between blanks, after one, before a break, at
    either end, inside a word, alone on a line."""
    return [TEXT[:at] + char + TEXT[at:] for at in range(len(TEXT) + 1)] + [char, char * 3]


@pytest.mark.parametrize("char", [*sorted(FORMAT_CHARS)[::7], "\u200b", "\ufeff", "\xad"])
def test_the_scan_tells_every_invisible_character(char: str) -> None:
    for text in _placed(char):
        assert TextView(text).invisible is True, repr(text)


def test_the_scan_tells_none_where_the_search_finds_none() -> None:
    for text in [TEXT, "", " \u3000\t\n", "\U00020000某局\u00a0 2024年"]:
        assert TextView(text).invisible is (INVISIBLE.search(text) is not None)


def test_every_letter_scanned_as_searched() -> None:
    letters = all_letters()
    assert letters
    for g in letters:
        text = g.text()
        assert TextView(text).invisible is (INVISIBLE.search(text) is not None), g.key


BODY = "关于某某的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n我局已研究。\n某县民政局\n2024年6月1日\n"


@pytest.mark.parametrize("char", ["", "\u200b", "\ufeff"])
def test_a_cell_read_with_the_views_answer_as_asked_afresh(char: str) -> None:
    page = f"索引号：0000/2024-001\n文号：某民函〔2{char}024〕5号\n发布日期：2024-06-01\n{BODY}"
    view = TextView(page)  # (its chrome remembered with the scan's answer)
    remembered = chrome.page_doc_number(view.original)
    assert remembered is not None
    chrome._last_chrome = (None, None)  # (forgotten: searched afresh)
    assert chrome.page_doc_number(page) == remembered


def _told(text: str) -> chrome._Chrome:
    """What the view's chrome remembered of ``text`` (the view made of it afresh)."""
    chrome._last_chrome = (None, None)
    TextView(text)
    remembered, told = chrome._last_chrome
    assert remembered is text and told is not None
    return told


def test_every_letter_remembered_as_searched() -> None:
    """The chrome remembered tells what the cells' readers searched for before: whether the
    letter holds an invisible character."""
    letters = all_letters()
    assert letters
    for g in letters:
        text = g.text()
        told = _told(text)
        assert told.invisible is (INVISIBLE.search(text) is not None), g.key


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        f"索引号：0000/2024-001\n文号：某民函〔2024〕5号\n{BODY}",
        f"当前位置：首页 > 政务公开\n{BODY}",
        f"当前位置：首页 > 政务公开\n{BODY}".replace("：", ":"),  # (not in NFKC as given)
        f"当前位\u200b置：首页 > 政务公开\n{BODY}",
        f"有效日期：2099年12月31日\n{BODY}",
        "当前位置：首页 > 政务公开 " * 200 + BODY,  # (a line too long to read for its sign)
    ],
)
def test_a_page_remembered_as_searched(text: str) -> None:
    told = _told(text)
    assert told.invisible is (INVISIBLE.search(text) is not None)
