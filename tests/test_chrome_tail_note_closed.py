"""A letter's contact note in brackets, its phone's cell after a blank, with the page's words
and footer run on after its closing bracket in a copy flattened with blanks (``（联系人：王某；
联系电话：0000-5550123） 相关附件： Copyright … 某ICP备…``): the phone's cell closes the note
the letter opened, so it is the letter's, and the page's tail starts after it. An earlier
round asked only whether a piece ended with the bracket, took the phone's cell with the
footer and read the contact without a phone (fix153). Snippets in our own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

LETTER = """关于某某提案答复的函

李某委员:

你提出的《关于开通某某班车的提案》收悉,现答复如下:

我局将加快发展农村客运班线。感谢你对我们工作的关心和支持。

甲山县交通运输局

2024年6月9日

(联系人:王 某; 联系电话:0000-5550123)

相关附件:
Copyright 2016 www.example.gov.cn All Rights Reserved
网站地图 | 使用帮助 | 关于我们
版权所有:甲山县人民政府 某ICP备00000000号-1
"""


@pytest.mark.parametrize("flatten", COPIES)
def test_the_notes_phone_is_the_letters(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(LETTER), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == ("甲山县交通运输局", "2024-06-09")
    assert [(c.name, c.phone) for c in letter.contacts] == [("王某", "0000-5550123")]
