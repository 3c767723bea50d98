"""A site's footer under the letter that advises a browser addressing the reader
(``建议您使用IE9以上版本…的浏览器进行浏览``) and gives the site's duty room's phone
(``值班室电话：…  传真：…``) among its address and postcode: the footer's, whole. Left the
letter's, the duty room's phone was read as the letter's contact (fix153; ``建议使用…浏览器``
was a footer's mark, the reader's 您 inside it was not, and ``值班室电话`` was no label of a
footer's cells). Snippets in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line
from snippets import COPIES

LETTER = """关于某某建议的答复函

王某代表:

你提出的《关于修缮某村道路的建议》收悉。现答复如下:

我厅已将该路列入明年计划。感谢你对交通工作的关心和支持!

甲山省某某厅

2024年5月9日

分享到:

Copyright © 2024 甲山省某某厅 版权所有

地址:甲山市某某路6号 邮编:000000

建议您使用IE9以上版本或其它支持Html5的浏览器进行浏览

值班室电话:0000-5550123 传真:0000-5550124 电子邮件:someone@example.com

关闭
"""


def test_browser_advice_to_the_reader_is_chrome() -> None:
    assert is_chrome_line("建议您使用IE9以上版本或其它支持Html5的浏览器进行浏览")
    assert is_chrome_line("推荐您使用某某浏览器访问本站")


def test_advice_in_a_sentence_stays() -> None:
    assert not is_chrome_line("建议您使用某某浏览器登录系统办理。")


@pytest.mark.parametrize("flatten", COPIES)
def test_the_duty_rooms_phone_in_the_footer_is_no_contact(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(LETTER), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == ("甲山省某某厅", "2024-05-09")
    assert letter.contacts == []
