"""A letter's 承办人 label spaced out with two blanks or more between its characters
(``承  办  人：某某  联系电话：…``) is the person's, not the footer's 承办 cell: before, a
page's footer block swallowed it with its phone (one blank only was told apart).
Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import _footer_cells

PAGE = """青岚县水务局
关于县十八届人大三次会议第12号建议的答复
王某某代表：
您提出的建议已收悉。现答复如下：我局将抓紧落实。
2016年6月1日
承办负责人：李  某             邮政编码：000000
{person}             联系电话：13800000000
打印本页  关闭窗口
地址：青岚县文昌路1号  邮编：000000  电话：0000-5550148
版权所有 © 本站  未经许可不得转载
网站标识码：0000000000  某ICP备00000000号-1
"""


@pytest.mark.parametrize("person", ["承  办  人：张某某", "承 办 人：张某某", "承　办　人：张某某"])
def test_a_spaced_person_label_keeps_its_contact(person: str) -> None:
    record = parse_text(PAGE.format(person=person))
    assert [(c.name, c.phone) for c in record.contacts] == [("张某某", "13800000000")]


def test_a_footers_host_cell_is_still_one() -> None:
    assert _footer_cells("承办：青岚县大数据中心  联系电话：0000-5550148")
    assert _footer_cells("主  办：青岚县人民政府办公室  承  办：青岚县大数据中心")
