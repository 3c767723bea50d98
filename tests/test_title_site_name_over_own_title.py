"""A web page's menu and the site's name over a title that names its own authority
(``某县水利局对…的答复``), each line apart by blank lines: the menu's words and the site's
name are header, not the first lines of the title, and the issuer is the authority the
title and the signature both name, not the site's. A header that names the same authority,
or one the signature does not confirm, stays the issuer; a title broken after its issuer's
name alone over a title opening with 关于 is the header's mark, as before. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "某县水利局对县十五届人大三次会议第12号建议的答复"
BODY = "\n\n王某代表：\n\n您的建议收悉，现答复如下：\n\n我局将加快推进。\n\n"
MENU = "市政府 市政府工作部门 县(市、区)政府\n|\n设为首页\n|\n手机版\n\n"


def _letter(above: str, signer: str = "某县水利局", title: str = TITLE) -> str:
    return f"{above}\n\n{title}{BODY}{signer}\n\n2020年1月1日\n"


@pytest.mark.parametrize(
    "above",
    [
        pytest.param(MENU + "某县人民政府\n\n政府信息公开\n\n全文检索", id="menu-site-name-search"),
        pytest.param("某县人民政府\n\n政府信息公开", id="site-name-and-section"),
        pytest.param("某县人民政府", id="site-name-alone"),
    ],
)
def test_the_site_over_a_title_with_its_own_authority(above: str) -> None:
    letter = parse_text(_letter(above))
    assert letter.title == TITLE
    assert letter.issuer == "某县水利局"
    assert letter.signature.issuer == "某县水利局"


def test_the_title_opening_with_guanyu_after_its_authority() -> None:
    title = "某县水利局关于县十五届人大三次会议第12号建议的答复"
    letter = parse_text(_letter("手机版\n\n某县人民政府\n\n全文检索", title=title))
    assert (letter.title, letter.issuer) == (title, "某县水利局")


def test_a_header_naming_the_same_authority_is_the_issuer() -> None:
    letter = parse_text(_letter("某县水利局"))
    assert letter.issuer == "某县水利局"
    assert letter.issuer_span == (0, 5)


def test_a_header_the_signature_does_not_gainsay_stays_the_issuer() -> None:
    # the signature names a third authority: nothing says the header's line is a site's
    letter = parse_text(_letter("某县人民政府", signer="某县教育局"))
    assert letter.title == TITLE
    assert letter.issuer == "某县人民政府"


def test_the_authority_alone_over_a_title_opening_with_guanyu_is_the_header() -> None:
    # (the mark above the title, as before: only a title naming its own authority parts)
    letter = parse_text(
        _letter("手机版\n\n某县水利局", title="关于县十五届人大三次会议第12号建议的答复")
    )
    assert letter.title == "关于县十五届人大三次会议第12号建议的答复"
    assert letter.issuer == "某县水利局"
