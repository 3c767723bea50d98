"""A line holding a web address is never the title (layout): a site's name with its
address, or an advertisement a mirror set over a letter that has no title of its own.
Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "{top}\n王某代表：\n你提出的关于整修某村水渠的建议收悉，现答复如下：我局已将该水渠列入"
    "明年整修计划。\n桐溪县水务局\n2024年5月20日"
)


@pytest.mark.parametrize(
    "top",
    [
        pytest.param("某某体育直播 www.example.com.cn", id="advertisement"),
        pytest.param("桐溪县人民政府网 https://www.example.gov.cn", id="site-and-address"),
        pytest.param("WWW.EXAMPLE.COM", id="address-alone"),
    ],
)
def test_a_web_address_line_is_no_title(top: str) -> None:
    assert parse_text(LETTER.format(top=top)).title is None


def test_the_title_under_it_is_read() -> None:
    top = "桐溪县人民政府网 www.example.gov.cn\n关于县十届人大三次会议第12号建议的答复"
    assert parse_text(LETTER.format(top=top)).title == "关于县十届人大三次会议第12号建议的答复"
