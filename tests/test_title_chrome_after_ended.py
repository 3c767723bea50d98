"""A line under a title line that has reached its 文种 (…的复函) and holds no title's word
(neither 关于, 对, a kind word, a session, a number, nor a 文种 of its own) is no more of the
title: a page's tool strip or banner a copy set between the title and the salutation
(``无障碍浏览 长者模式``). A 文种 broken off its title, or a title's second line, stays in it.
Snippets written for these tests; names, places and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "某县水务局关于县十八届人大二次会议第87号建议办理情况的复函"
_REST = (
    "王某代表：\n    您提出的关于加强河道治理的建议收悉，现答复如下：\n"
    "    一、加强巡查。我局已安排专人。\n某县水务局\n2024年6月3日\n"
)

CHROME = {
    "tool-strip": "无障碍浏览 长者模式",
    "one-tool": "长者模式",
    "share-row": "分享到：微信 微博",
    "font-row": "字号：大 中 小",
}


@pytest.mark.parametrize("line", CHROME.values(), ids=CHROME.keys())
def test_a_page_line_under_an_ended_title_is_not_title(line: str) -> None:
    letter = parse_text(f"{_TITLE}\n{line}\n{_REST}", keywords=False)
    assert letter.title == _TITLE


# (title lines, the title read)
KEPT = {
    "genre-broken-off": (["关于县政协五届二次会议第12号提案的答复", "意见"], "关于县政协五届二次会议第12号提案的答复意见"),
    "second-line-session": (["对县八届人大二次会议", "第72号建议答复"], "对县八届人大二次会议第72号建议答复"),
    "one-line": ([_TITLE], _TITLE),
}  # fmt: skip


@pytest.mark.parametrize(("lines", "title"), KEPT.values(), ids=KEPT.keys())
def test_a_title_broken_over_lines_is_kept_whole(lines: list[str], title: str) -> None:
    letter = parse_text("\n".join([*lines, _REST]), keywords=False)
    assert letter.title == title
