"""A title row's value that ends as the item does (``标题：`` over ``关于…的建议``) is the
item's, no title of the reply, only where the item's record goes on right under it: a row
of the 办理单 (its text ``建议内容：``, its proposer ``提出者：``, its number, the office
handling it). A reply whose own header rows stand there (``签发人：``, ``类别：``,
``公开方式：``) keeps the title row's value as its title, as with no row under it (an
earlier round read null there). Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

ITEM = "关于加快某乡农贸市场改造的建议"
REPLY = (
    "卫某某代表：\n"
    "您提出的建议收悉，现答复如下：农贸市场改造已列入今年计划。\n"
    "谢谢您一直关注商贸工作。\n"
    "某县商务局\n"
    "2099年4月5日\n"
)


@pytest.mark.parametrize("row", ["签发人：冯某", "类别：B类", "公开方式：主动公开"])
def test_reply_s_own_rows_under_a_title_row_leave_the_title(row: str) -> None:
    letter = parse_text("标题：\n" + ITEM + "\n" + row + "\n" + REPLY)
    assert letter.title == ITEM


@pytest.mark.parametrize(
    "row", ["建议内容：", "提出者：卫某某", "建议号：31", "承办单位：某县商务局"]
)
def test_item_record_rows_under_a_title_row_give_no_title(row: str) -> None:
    text = "标题：\n" + ITEM + "\n" + row + "\n答复内容：\n" + REPLY
    assert parse_text(text).title is None
