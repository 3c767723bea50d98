"""A row of links to the governments' sites on a page's head (``中国政府网 某省政府网 某地区
政府网 某市人民政府``), parted by blanks, is the site's: no issuer's mark though it ends with a
government's name, on a page that shows itself (its crumb) (fix117). Snippets in our own words,
invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import _SITE_LINKS_ROW

LETTER = (
    "当前位置：首页 > 政府信息公开 > 提案办理\n"
    "\n"
    "关于对某市政协第三届二次会议第8号委员提案办理情况的答复\n"
    "\n"
    "郑某委员：\n"
    "您提出的《关于增设垃圾分类点的建议》的提案已收悉，现答复如下：\n"
    "我局将增设分类点。\n"
    "\n"
    "某市城市管理局\n"
)


def test_the_links_row_is_no_issuer() -> None:
    head = "无障碍阅读\n某某机器人\n手机版\n中国政府网 某省政府网 某地区政府网 某市人民政府\n\n"
    record = parse_text(head + LETTER)
    assert record.issuer == "某市城市管理局"


@pytest.mark.parametrize(
    "row",
    [
        "中国政府网 某省政府网 某市人民政府",
        "中国政府网  某省人民政府门户网站",
        "某省政府网\t某市政务网",
    ],
)
def test_rows_of_sites(row: str) -> None:
    assert _SITE_LINKS_ROW.match(row) is not None


@pytest.mark.parametrize(
    "row",
    [
        "某市人民政府 某县人民政府",  # (governments alone: a joint letter's marks)
        "中国政府网",  # (one link alone)
        "某省政府网 发布的通知",
    ],
)
def test_not_rows_of_sites(row: str) -> None:
    assert _SITE_LINKS_ROW.match(row) is None
