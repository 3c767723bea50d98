"""A letter's contact row with the site's footer links run on after its phone, on the row's
own line (``联系人：赵某某  电话：0000-5559876  网站地图``, a bar between, or glued): the row is
the letter's contact, kept whole with its phone; only the links (网站地图, 联系我们) are the
page's, cut off as its tail. A footer's own row stays the footer's: its 联系人 names an office
(``联系人：办公室``), or it writes the site's registration beside the links (某ICP备…)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import chrome_tail, is_chrome_line
from spans import span_problems

LETTER = (
    "关于增设某路公交站点的建议的答复\n孙某某代表：\n"
    "　　您提出的关于增设某路公交站点的建议收悉，现答复如下：\n"
    "　　我局已会同公交公司完成线路调整，新增站点两处。\n"
    "　　感谢您对交通工作的关心和支持。\n某县交通运输局\n2099年7月2日\n"
)
ROW = "联系人：钱某某  联系电话：0000-5559876"

ROWS = [
    pytest.param(ROW + "  网站地图", id="gap-map"),
    pytest.param(ROW + " 网站地图 联系我们", id="gap-both-links"),
    pytest.param(ROW + "网站地图", id="glued-map"),
    pytest.param(ROW + " | 网站地图 | 联系我们", id="bars"),
    pytest.param(ROW + " 网站地图|联系我们", id="bar-glued"),
]


@pytest.mark.parametrize("row", ROWS)
def test_the_row_is_the_letters_contact(row: str) -> None:
    letter = parse_text(LETTER + row + "\n")
    assert span_problems(letter) == []
    assert [(c.name, c.phone) for c in letter.contacts] == [("钱某某", "0000-5559876")]
    start, end = letter.contacts[0].span
    assert letter.text[start:end].rstrip().endswith("0000-5559876")
    assert letter.signature.issuer == "某县交通运输局"


@pytest.mark.parametrize("row", [*ROWS, ROW + "  联系我们"])
def test_only_the_links_are_the_tail(row: str) -> None:
    assert not is_chrome_line(row)
    assert chrome_tail(row) == len(ROW)


def test_with_the_footer_on_the_lines_under_it() -> None:
    text = LETTER + ROW + "  网站地图\n网站标识码：0000000000  某ICP备00000000号\n"
    letter = parse_text(text)
    assert [(c.name, c.phone) for c in letter.contacts] == [("钱某某", "0000-5559876")]


# Must not match: a site's footer row
FOOTERS = [
    pytest.param("联系人：办公室  联系电话：0000-5559876  网站地图", id="office-not-person"),
    pytest.param("联系人：钱某某  联系电话：0000-5559876  网站地图  某ICP备00000000号", id="icp"),
    pytest.param("主办单位：某县人民政府  联系电话：0000-5559876  网站地图", id="no-person-label"),
]


@pytest.mark.parametrize("row", FOOTERS)
def test_a_footer_row_stays_chrome(row: str) -> None:
    assert is_chrome_line(row)
    assert parse_text(LETTER + row + "\n").contacts == []
