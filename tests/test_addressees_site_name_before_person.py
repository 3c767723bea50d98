"""A page's site name a copy ran onto the salutation's line before the person it speaks to
(东坪新闻网 王某委员：, a blank between, or glued): the page's byline or banner, no addressee
(decided, left63; an earlier round read the site as an addressee with the names' role). The
salutation is the names after it. A body's name holding a site's word stays whole, and a
body's name before a person (国家电网 王某：) is no site. Snippets in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

_LETTER = (
    "关于加强村道养护的提案的答复\n{salutation}\n"
    "您提出的关于加强村道养护的提案收悉，现答复如下：\n我局将加强管理。\n某市交通局\n2024年6月1日\n"
)


def _read(salutation: str, copy: Callable[[str], str] = str) -> tuple[str | None, list]:
    letter = parse_text(copy(_LETTER.format(salutation=salutation)), keywords=False)
    assert span_problems(letter) == []
    assert letter.signature.issuer == "某市交通局"
    return letter.salutation, [(a.name, a.role) for a in letter.addressees]


def _lined(text: str) -> str:
    return text


@pytest.mark.parametrize("copy", [_lined, spaced, glued], ids=["lined", "spaced", "glued"])
@pytest.mark.parametrize(
    ("salutation", "read"),
    [
        pytest.param("东坪新闻网 王某委员：", ("王某委员：", [("王某", "委员")]), id="news-site"),
        pytest.param(
            "东坪新闻网\u3000王某委员：", ("王某委员：", [("王某", "委员")]), id="wide-space"
        ),
        pytest.param("东坪新闻网王某委员：", ("王某委员：", [("王某", "委员")]), id="glued"),
        pytest.param("某县政府网 王某代表：", ("王某代表：", [("王某", "代表")]), id="portal-net"),
        pytest.param("某某网站 王某委员：", ("王某委员：", [("王某", "委员")]), id="site-word"),
        pytest.param(
            "某县人民政府门户网站 王某代表、李某代表：",
            ("王某代表、李某代表：", [("王某", "代表"), ("李某", "代表")]),
            id="portal-two-names",
        ),
    ],
)
def test_the_site_before_the_names_is_the_pages(
    salutation: str, read: tuple[str, list], copy: Callable[[str], str]
) -> None:
    assert _read(salutation, copy) == read


@pytest.mark.parametrize(
    ("salutation", "addressees"),
    [
        # a body's name that holds a site's word, glued to nothing after it
        pytest.param("某某网站管理办公室：", [("某某网站管理办公室", None)], id="office-of-a-site"),
        # no site: a body's name ending in 网 (电网 is no site's word)
        pytest.param("国家电网 王某：", [("国家电网", None), ("王某", None)], id="grid-company"),
        # a site's name alone: read as before (a place's site is an addressee)
        pytest.param("某县新闻网：", [("某县新闻网", None)], id="placed-site-alone"),
    ],
)
def test_other_names_are_read_as_before(salutation: str, addressees: list) -> None:
    assert _read(salutation)[1] == addressees
