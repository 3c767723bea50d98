"""A law mirror's byline over the letter, on a page that shows itself (fix99): the site's
name, the place it files the document under and the moment it posted it, in figures with
its clock time, and the count of comments left empty (``某某网 中国某省  某某网
2031-05-16 09:12:45  评论()``); and the site's name with 佚名, the author it gives when it
knows none (``某某网 佚名``). Both are the page's: an earlier round glued the first into
the title, before the title cell's value, and read its date as a date of the letter
(dev99). A piece holding a title's words, or a line under the letter, is read as before.
Snippets are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines
from snippets import COPIES
from spans import span_problems

HEADING = "江西省某某厅关于省某届人大某次会议第88号建议的答复"
LETTER = [
    "王某代表：",
    "您提出的《关于加快某某公路改造的建议》收悉。现答复如下：",
    "该路段已列入全省计划，将分步实施。",
    "感谢您对交通运输工作的关心和支持！",
    "江西省某某厅",
    "2031年5月9日",
]
FOOTER = ["网站首页 关于我们 联系我们 网站地图 免责声明", "Copyright © 2031 某某网 版权所有"]


def _page(*byline: str) -> list[str]:
    return [HEADING, "", *byline, "", *LETTER, "", *FOOTER]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "某某法规网 中国江西  某某法规网 2031-05-16 09:12:45  评论()", id="empty-count"
        ),
        pytest.param("某某法规网 2031-05-16 09:12  评论(3)", id="counted"),
        pytest.param("某某网 某某 2031/05/16 09:12:45 阅读(12)", id="views"),
        pytest.param("某某法规网 中国江西 2031-05-16 09:12:45", id="no-count"),
        pytest.param("某某法规网 佚名", id="anonymous"),
        pytest.param("佚名", id="anonymous-alone"),
    ],
)
def test_a_mirror_byline_over_the_letter_is_the_page_s(line: str) -> None:
    lines = _page(line)
    assert 2 in chrome_lines(lines)
    letter = parse_text("\n".join(lines))
    assert letter.title == HEADING
    assert [d.value for d in letter.dates] == ["2031-05-09"]
    assert letter.signature.date == "2031-05-09"


def test_both_lines_over_a_title_cell() -> None:
    lines = [
        f"[江西]{HEADING}",
        "",
        "某某法规网 佚名",
        "某某法规网 中国江西  某某法规网 2031-05-16 09:12:45  评论()",
        "",
        f"文件名称:[江西]{HEADING}",
        "文件编号:",
        "发布时间:",
        "",
        *LETTER,
        "",
        *FOOTER,
    ]
    letter = parse_text("\n".join(lines))
    assert letter.title == HEADING
    assert letter.issuer == "江西省某某厅"
    assert [d.value for d in letter.dates] == ["2031-05-09"]
    assert (letter.proposal.number, letter.proposal.kind) == ("88", "建议")


@pytest.mark.parametrize(
    "line",
    [
        # a title's words among the pieces: a title the page glued to its date
        pytest.param("关于某事的答复 2031-05-16 09:12:45", id="title-words"),
        # no clock time: a name and a date, as a letter may set them
        pytest.param("某某法规网 2031-05-16", id="no-clock"),
        # a sentence, not names
        pytest.param("我厅已办理。 2031-05-16 09:12:45", id="sentence"),
        # (review61e) a title the way the title reads one, ending in any of its endings
        pytest.param("某局办理情况报告 2031-05-16 09:12:45", id="report"),
        pytest.param("某局办理情况说明 2031-05-16 09:12", id="account"),
        pytest.param("某某厅复文 2031-05-16 09:12", id="reply-document"),
        pytest.param("某某厅函 2031-05-16 09:12:45", id="bare-letter"),
    ],
)
def test_lines_that_are_no_byline_stay(line: str) -> None:
    assert 2 not in chrome_lines(_page(line))


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("某局办理情况报告", id="report"),
        pytest.param("某某厅复文", id="reply-document"),
    ],
)
def test_a_short_title_glued_to_the_page_s_date_stays_the_title(title: str) -> None:
    # (review61e: a title of a few words with its ending, 报告, 说明, 复文 or a bare 函,
    # glued to the page's date: fix99's byline took the line whole and lost the title,
    # where title58 cuts the date off it)
    lines = [f"{title} 2031-05-16 09:12:45", "", *LETTER, "", *FOOTER]
    assert 0 not in chrome_lines(lines)
    assert parse_text("\n".join(lines)).title == title


@pytest.mark.parametrize(
    "line",
    [
        # (review61e) an ending's characters inside a site's name end no title's words
        pytest.param("某某函授网 2031-05-16 09:12  评论(3)", id="letter-inside-a-name"),
        pytest.param("某某报告网 某某 2031-05-16 09:12:45", id="report-inside-a-name"),
    ],
)
def test_an_ending_inside_a_site_s_name_keeps_the_byline(line: str) -> None:
    assert 2 in chrome_lines(_page(line))


def test_under_the_letter_a_byline_is_not_read_so() -> None:
    # (only above the salutation: under the body a date with a name stays the letter's)
    lines = [HEADING, "", *LETTER, "某某法规网 佚名", "", *FOOTER]
    assert len(LETTER) + 2 not in chrome_lines(lines)


NUMBERED_HEADING = "江西省某某厅关于省九届人大二次会议岚22号建议的答复"
"""A heading that names its session in numerals and its item by the delegation's letter."""
CONTACT_LINES = ["联系人:某某处李某", "联系电话:0000-5550123,传真:0000-5550124", "邮编:000000"]


@pytest.mark.parametrize("flatten", COPIES)
def test_both_lines_and_a_links_heading_in_a_flattened_copy(flatten: Callable[[str], str]) -> None:
    # (fix136: glued, the title's ending runs into the site's name and 佚名 into the next
    # line's, `…的答复某某法规网 佚名某某法规网 中国江西 …`: both bylines stay the page's,
    # the title the letter's, not the site's name glued to the title cell's value; and the
    # mirror's 站长推荐 glued after the signed date, `…2031年5月9日站长推荐:网站首页 …`, is
    # its links' heading, not the letter's: the signer and date over it sign)
    lines = [
        NUMBERED_HEADING,
        "",
        "甲乙法规网 佚名",
        "甲乙法规网 中国江西  甲乙法规网 2031-05-16 09:12:45  评论()",
        "",
        f"文件名称:{NUMBERED_HEADING}",
        "文件编号:",
        "",
        *LETTER[:4],
        *CONTACT_LINES,
        *LETTER[4:],
        "",
        "站长推荐:",
        "",
        *FOOTER,
    ]
    letter = parse_text(flatten("\n".join(lines)), keywords=False)
    assert letter.title == NUMBERED_HEADING
    assert letter.issuer == "江西省某某厅"
    assert (letter.proposal.number, letter.proposal.kind) == ("岚22", "建议")
    assert (letter.signature.issuer, letter.signature.date) == ("江西省某某厅", "2031-05-09")
    assert [d.value for d in letter.dates] == ["2031-05-09"]
    assert [(c.name, c.phone) for c in letter.contacts] == [("李某", "0000-5550123")]
    assert span_problems(letter) == []
