"""A contact row with the footer's links after its phone is the letter's only when its
person's label holds a person's name (review51b): two to four characters opening with a
surname (a phone's label glued after the name aside). A site's footer names its contact as
an office or a post (``联系人：网站管理员``, ``联系人：县政府办``, ``联系人：某县政务公开科``) or
under the site's own label (``网站联系人：…``): the whole row stays the footer's."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_tail, is_chrome_line

LETTER = (
    "关于修缮某镇文化站的建议的答复\n吴某某代表：\n"
    "　　您提出的关于修缮某镇文化站的建议收悉，现答复如下：\n"
    "　　我局已将文化站修缮列入年度计划。\n"
    "某县文化和旅游局\n2099年4月8日\n"
)
PHONE = "0000-5557788"

FOOTERS = [
    pytest.param(f"联系人：网站管理员  联系电话：{PHONE}  网站地图", id="post"),
    pytest.param(f"联系人：县政府办  联系电话：{PHONE}  网站地图  联系我们", id="office-short"),
    pytest.param(f"联系人：某县政务公开科  电话：{PHONE} | 网站地图", id="office-long"),
    pytest.param(f"网站联系人：冯某某  联系电话：{PHONE}  网站地图", id="site-label"),
]


@pytest.mark.parametrize("row", FOOTERS)
def test_a_site_contact_row_stays_chrome(row: str) -> None:
    assert is_chrome_line(row)
    assert parse_text(LETTER + row + "\n").contacts == []


# Must not match: a person's name, as the row's own kinds write it
ROWS = [
    (f"联系人：冯某某  联系电话：{PHONE}", "  网站地图"),
    (f"联系人：冯某某联系电话：{PHONE}", "网站地图"),
    (f"联系人：欧阳某某 电话：{PHONE}", " 网站地图 | 联系我们"),
    (f"经办人：冯某  {PHONE}", " 联系我们"),
]


@pytest.mark.parametrize(("row", "links"), ROWS)
def test_a_persons_row_keeps_its_contact(row: str, links: str) -> None:
    assert not is_chrome_line(row + links)
    assert chrome_tail(row + links) == len(row)
