"""A site's thanks to its visitor over the letter (``感谢您访问本站 某县人民政府主办``, its
host's note after it or not): the page's words, on a line of its own over the title or
glued before the title on its line, never the title's first words nor an issuer's mark
(an earlier round glued it into the title, or read ``感谢您访问本站``, ending in 站, as the
issuer). Snippets invented (left60)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_TITLE = "关于改善某镇集市道路的建议的答复"
_BODY = (
    "孙某代表：\n    您提出的建议收悉，现答复如下：该路段已列入明年计划。\n"
    "    感谢您对交通工作的关心。\n甲县交通运输局\n2099年4月8日\n"
)


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("感谢您访问本站 甲县人民政府主办\n", id="with-host"),
        pytest.param("感谢您访问本站\n", id="alone"),
        pytest.param("谢谢您的访问！\n", id="thanks-for-the-visit"),
        pytest.param("感谢您访问甲县政府网  甲县人民政府办公室主办\n", id="named-site"),
        pytest.param("感谢您访问本站 甲县人民政府主办 ", id="glued-on-the-line"),
        pytest.param("感谢您访问本站甲县人民政府主办", id="glued-no-blank"),
    ],
)
def test_the_thanks_are_no_title_nor_issuer(head: str) -> None:
    text = head + _TITLE + "\n" + _BODY
    letter = parse_text(text, keywords=False)
    assert letter.title == _TITLE
    assert letter.issuer == "甲县交通运输局"
    assert span_problems(letter) == []


def test_the_thanks_over_the_issuers_mark() -> None:
    text = "感谢您访问本站 甲县人民政府主办\n甲县交通运输局\n" + _TITLE + "\n" + _BODY
    letter = parse_text(text, keywords=False)
    assert (letter.title, letter.issuer) == (_TITLE, "甲县交通运输局")


def test_a_title_glued_after_the_thanks_led_by_its_authority() -> None:
    text = "感谢您访问本站 甲县交通运输局" + _TITLE + "\n" + _BODY
    assert parse_text(text, keywords=False).title == "甲县交通运输局" + _TITLE


@pytest.mark.parametrize(
    "title",
    [
        # a title that speaks of visits keeps its words: no site's thanks opens it
        pytest.param("关于感谢访问团来访的建议的答复", id="title-of-visits"),
        pytest.param("关于加快农村电网改造的建议的答复", id="grid"),
    ],
)
def test_titles_of_their_own_stay(title: str) -> None:
    assert parse_text(title + "\n" + _BODY, keywords=False).title == title


def test_the_host_under_the_thanks_on_a_flattened_copy() -> None:
    # one line: where the lines were set again the thanks were cut after 本站 and the host
    # read as the authority leading the title (review60b)
    text = (
        "感谢您访问本站 甲县人民政府主办 " + _TITLE + " 孙某代表： 您提出的建议收悉。"
        "该路段已列入明年计划。 甲县交通运输局 2099年4月8日"
    )
    letter = parse_text(text, keywords=False)
    assert (letter.title, letter.issuer) == (_TITLE, "甲县交通运输局")
    assert span_problems(letter) == []


def test_a_host_with_no_thanks_above_stays() -> None:
    # no site's thanks over it: the line is read as before
    letter = parse_text("甲县人民政府主办" + _TITLE + "\n" + _BODY, keywords=False)
    assert letter.title == "甲县人民政府主办" + _TITLE
