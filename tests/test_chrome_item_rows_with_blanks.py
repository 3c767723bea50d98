"""A proposal database's form of the item written a row a line, each label then a blank and
its value (``提案标题 关于…的建议`` / ``提案委员 某县政府`` / ``承办单位 卫生局`` / ``协办单位``
/ ``办理状态 已办结``), at the top of a page that shows itself (its 更新时间, its width
switch ``恢复窄屏``), with the item's title as the page's heading over it: all the page's.
The reply has no title of its own (null), its issuer is the signer's, not the 承办单位 row's
(an earlier round read the heading, the switch and a row as the title, and 承办单位卫生局 as
the issuer).
Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_ITEM = "关于加强某村卫生室建设的建议"
_ROWS = (
    f"提案标题 {_ITEM}\n提案委员 县政府\n承办单位 卫生局\n协办单位\n办理状态 已办结\n办理结果\n\n"
)
_REPLY = (
    "县政府：\n\n    县政协第八届委员会第4号提案《关于加强某村卫生室建设的建议》已收悉，"
    "现就我局办理情况答复如下：\n\n我局已安排资金。\n\n          某县卫生局\n\n"
    "          2015年9月17日\n"
)
_PAGE = "出处:某县人民政府       更新时间:2015-09-17\n"


@pytest.mark.parametrize(
    "top",
    [
        pytest.param(f"{_ITEM}\n恢复窄屏\n{_PAGE}", id="heading-switch-page-cells"),
        pytest.param(f"{_ITEM}\n{_PAGE}", id="heading-page-cells"),
        pytest.param(_PAGE, id="page-cells-alone"),
    ],
)
def test_the_item_rows_are_the_pages(top: str) -> None:
    letter = parse_text(top + _ROWS + _REPLY, keywords=False)
    assert letter.title is None
    assert letter.issuer == "某县卫生局"
    assert letter.salutation == "县政府："
    assert letter.proposal.title == _ITEM
    assert [d.value for d in letter.dates] == ["2015-09-17"]


@pytest.mark.parametrize("label", ["答复时间", "回复时间", "回复日期"])
def test_a_reply_date_row_is_one_of_them(label: str) -> None:
    # (each label of the day a reply was given, data/labels.tsv's reply_date: left72b)
    rows = _ROWS.replace("办理结果\n", f"{label} 2015-09-20\n办理结果\n")
    letter = parse_text(_PAGE + rows + _REPLY, keywords=False)
    assert letter.title is None
    assert letter.issuer == "某县卫生局"
    assert [d.value for d in letter.dates] == ["2015-09-17"]
