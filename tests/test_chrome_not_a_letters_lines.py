"""Lines of a letter that the page-chrome rules of stop 39 must leave alone (replyparse.chrome,
layout): a title that names a website's report platform or a browser, a quoted line's single
``>``, a pointer to a page's path, a proposal's topic over the title, and a letter's closing
over a listing's row at the page's foot. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

LETTER = (
    "\n王某代表：\n你提出的建议收悉，现答复如下：我局已安排办理。\n桐溪县交通运输局\n2024年5月20日"
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "关于完善政府网站举报平台建设的建议的答复", id="title-naming-a-report-platform"
        ),
        pytest.param("关于建议使用国产自主可控浏览器的提案的答复", id="title-naming-a-browser"),
        pytest.param("> 王某代表来信", id="a-quoted-line"),
        pytest.param("详见/xxgk/index.html", id="a-pointer-to-a-page"),
    ],
)
def test_no_chrome(line: str) -> None:
    assert not is_chrome_line(line)


@pytest.mark.parametrize(
    "title",
    ["关于完善政府网站举报平台建设的建议的答复", "关于建议使用国产自主可控浏览器的提案的答复"],
)
def test_such_a_title_is_read(title: str) -> None:
    assert parse_text(title + LETTER).title == title


def test_a_topic_over_the_title_is_no_place() -> None:
    text = "推进全域旅游示范区\n关于加快建设的建议的答复" + LETTER
    assert parse_text(text).title == "推进全域旅游示范区关于加快建设的建议的答复"


def test_a_listing_at_the_pages_foot_leaves_the_closing() -> None:
    foot = "\n联系人：李某    联系电话：0000-5550123\n\n关于修缮某村小学校舍的建议    某县教育局    2021-03-02    详细查看"
    letter = parse_text("关于某建议的答复" + LETTER + foot)
    assert [(c.name, c.phone) for c in letter.contacts] == [("李某", "0000-5550123")]
    assert letter.signature.date == "2024-05-20"
