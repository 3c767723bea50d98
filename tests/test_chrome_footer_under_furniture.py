"""A site's footer cells (``主办：某局  电话：…``, ``地址：…``) under a line of the site's
furniture that ends the letter (``回到 顶部``, a page's way back to its top), and a footer
whose last line is a list's link to another site (``• 某省政府网``): chrome, the phone no
contact. ``回到顶部`` was no tool word, and a link's bullet line under the footer's marks
stopped the footer's block: the site's phone was read as a contact {null, null, phone}.
The same lines on a letter that shows no page stay. Snippets in our own words, invented
numbers."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_lines

HEAD = """对市政协一届二次会议第0224号提案的答复
王某委员：
您提出的《关于某路改造的提案》已收悉，经研究，现答复如下：
我局将尽快办理。
某市某局
2021年9月16日

"""
SITE = "主办：某市某局 电话：0000-5550123\n\n地址：某省某市某路1号\n"


def _chrome(text: str) -> set[str]:
    lines = text.split("\n")
    return {lines[i].strip() for i in chrome_lines(lines)}


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param("扫一扫在手机打开当前页\n回到 顶部\n\n" + SITE, id="back-to-top-spaced"),
        pytest.param("打印本页  关闭窗口\n回到顶部\n\n" + SITE, id="back-to-top"),
        pytest.param(
            SITE + "某公网安备00000000号\n某市某局版权所有\n\n  • 某省政府网\n", id="site-link-last"
        ),
        pytest.param(
            SITE + "网站标识码：0000000000\n• 某市人民政府门户网站\n", id="portal-link-last"
        ),
    ],
)
def test_the_sites_phone_under_its_furniture_is_no_contact(tail: str) -> None:
    text = HEAD + tail
    assert {"主办：某市某局 电话：0000-5550123", "地址：某省某市某路1号"} <= _chrome(text)
    record = parse_text(text)
    assert record.contacts == []
    assert (record.signature.issuer, record.signature.date) == ("某市某局", "2021-09-16")


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param("回到顶部\n\n" + SITE, id="no-page-shown"),
        pytest.param("联系人：李某\n" + SITE, id="a-person-over-it"),
    ],
)
def test_the_letters_own_lines_stay(tail: str) -> None:
    record = parse_text(HEAD + tail)
    assert "0000-5550123" in [c.phone for c in record.contacts]


def test_a_letters_line_on_a_site_stays() -> None:
    line = "• 建议加快某省政府网建设"
    text = (
        HEAD.replace("我局将尽快办理。", f"{line}\n我局将尽快办理。") + "扫一扫在手机打开当前页\n"
    )
    assert line not in _chrome(text)
