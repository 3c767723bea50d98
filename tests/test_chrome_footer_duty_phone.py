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


# (mend72b) the duty room's phone is the footer's only inside its block: a row of the
# letter's closing over the footer that gives the letter's duty room's phone is the letter's
# contact (fix153 read every 值班室电话 as the footer's, and lost it)
_SIGNED = (
    "关于某某建议的答复\n王某代表：\n你提出的建议收悉。现答复如下：\n"
    "我局已将该路列入明年计划。感谢你的关心和支持！\n甲山县应急管理局\n2099年6月1日\n"
)
_FOOT = "Copyright © 2099 甲山县人民政府 版权所有\n甲ICP备00000000号\n"


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "row, contact",
    [
        pytest.param("联系电话：0000-5550123  值班室电话：0000-5550124", (None, None, "0000-5550123"), id="phone-and-duty"),
        pytest.param("值班室电话：0000-5550123", (None, None, "0000-5550123"), id="duty-alone"),
        pytest.param("值班室电话：0000-5550123（李小明）", ("李小明", None, "0000-5550123"), id="duty-person"),
        pytest.param("联系单位：甲山县应急管理局  值班室电话：0000-5550123", (None, "甲山县应急管理局", "0000-5550123"), id="unit-and-duty"),
    ],
)  # fmt: skip
def test_the_letters_duty_phone_over_the_footer_is_its_contact(
    row: str, contact: tuple[str | None, str | None, str], flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(_SIGNED + row + "\n" + _FOOT), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == ("甲山县应急管理局", "2099-06-01")
    assert [(c.name, c.org, c.phone) for c in letter.contacts] == [contact]


@pytest.mark.parametrize(
    "footer",
    [
        # (under the footer's mark, and in a row of the site's host over it)
        pytest.param(_FOOT + "值班室电话：0000-5550125  传真：0000-5550126\n", id="under-the-mark"),
        pytest.param("主办单位：甲山县人民政府办公室  值班室电话：0000-5550125\n" + _FOOT, id="host-row"),
    ],
)  # fmt: skip
def test_the_sites_duty_phone_in_its_footer_is_no_contact(footer: str) -> None:
    letter = parse_text(_SIGNED + footer, keywords=False)
    assert letter.contacts == []
