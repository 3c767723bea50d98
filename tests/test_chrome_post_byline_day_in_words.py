"""A post's byline a mirror prints under the title (a blog's or a portal's): who posted
it, ``于``, the day in words and ``发表`` (``Admin - admin 于2031年07月09日发表``), or
``发表于`` / ``发布于`` and the day, its poster before it or not. The line is the page's,
alone on it: no part of the title, its day no date of the letter (decided, fix112; an
earlier round glued it to the title and read its day). A sentence of the letter that says
when something was published, ended by its stop, stays the letter's. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line
from spans import span_problems

TITLE = "对某区政协十届二次会议第0012号提案的答复"
LETTER = [
    "王某委员、李某委员:",
    "您提出的“关于加强校园周边摊贩管理”的提案已收悉。现答复如下:",
    "一、已开展的主要工作",
    "我局会同相关部门开展了专项整治。",
]


@pytest.mark.parametrize(
    "byline",
    [
        pytest.param("Admin - admin 于2031年07月09日发表", id="poster-on-day-posted"),
        pytest.param("某某 于2031年7月9日发表", id="hanzi-poster"),
        pytest.param("发表于2031年7月9日", id="posted-on-day"),
        pytest.param("某某编辑 发布于 2031-07-09 10:20", id="poster-published-on"),
        pytest.param("发布于：2031年7月9日", id="published-on-words"),
    ],
)
def test_a_post_byline_under_the_title_is_the_page_s(byline: str) -> None:
    assert is_chrome_line(byline)
    letter = parse_text("\n".join(["客服热线:0000-5550123", "", TITLE, "", byline, "", *LETTER]))
    assert letter.title == TITLE
    assert letter.dates == []
    assert [a.name for a in letter.addressees] == ["王某", "李某"]
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("该文章于2031年7月9日发表。", id="sentence"),
        pytest.param("关于某事的建议于2031年7月9日发表", id="title-words"),
    ],
)
def test_a_letter_s_line_is_no_byline(line: str) -> None:
    assert not is_chrome_line(line)


# A commercial site's customer-service line in its banner (客服热线), the number parted by a
# blank as the site prints it: the site's, on its line or run on before the title in a page
# flattened with blanks (fix112). A letter's own hotline (咨询热线：…) is no such line.
@pytest.mark.parametrize(
    "line",
    [
        pytest.param("客服热线:0000-555 0123", id="spaced-number"),
        pytest.param("客服热线：0000-5550123", id="full-width-colon"),
    ],
)
def test_a_customer_service_line_is_the_site_s(line: str) -> None:
    assert is_chrome_line(line)
    lines = [line, TITLE, "Admin - admin 于2031年07月09日发表", *LETTER]
    crumb = "当前位置：首页 > 建议提案"
    for text in ("\n".join(lines), " ".join([crumb, *lines])):
        letter = parse_text(text)
        assert letter.title == TITLE
        assert letter.contacts == []
        assert span_problems(letter) == []


def test_a_letter_s_own_hotline_is_no_site_line() -> None:
    assert not is_chrome_line("咨询热线：0000-5550123")
