"""A page's byline opened by the site's name with no label, then the page's own cells
(``某区人民政府  发布时间：2019-03-02  信息来源：某局``), is chrome whole: its name is no
issuer and its date no date of the letter's. It was cut into three header lines, the
site's name read as the issuer and the page's date kept among the dates (dev52).
Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

REPLY = """关于增设某社区公交站点的建议
王某委员：
您向区政协三届二次会议提出的15号提案收悉，现答复如下：
我局已会同有关部门开展调查，将适时增设站点。
联系人：李某
电话：0000000
二○一八年五月十日
"""


@pytest.mark.parametrize(
    "line",
    [
        "某区人民政府 发布时间:2019-03-02 信息来源:某区交通运输局",
        "某区人民政府  发布时间：2019-03-02  来源：某区交通运输局",
        "某县融媒体中心 发布日期：2019年3月2日 浏览次数：12",
        "某区交通运输局 信息来源:某区交通运输局 发布时间:2019-03-02 10:20",
    ],
)
def test_a_byline_led_by_the_site_name_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


def test_the_site_name_is_no_issuer_and_the_page_date_no_date() -> None:
    page = "某区人民政府 发布时间:2019-03-02 信息来源:某区交通运输局\n收藏\n" + REPLY
    letter = parse_text(page)
    assert letter.issuer is None
    assert letter.signature.issuer is None
    assert [d.value for d in letter.dates] == ["2018-05-10"]
    assert letter.title == "关于增设某社区公交站点的建议"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "委员")]


@pytest.mark.parametrize(
    "line",
    [
        # no page date among the cells: a header's authority and a label of the letter's
        "某区交通运输局 来源：某区交通运输局",
        "某区交通运输局  签发人：王某",
        # the letter's signer and its date: no page label at all
        "某区交通运输局 2019年3月2日",
        # a title's words before the cells: no site's name
        "关于某建议的答复 发布时间：2019-03-02",
        # a cell of the letter's own among them
        "某区交通运输局 发布时间：2019-03-02 联系人：李某",
        # a sentence, not a name, before the cells
        "我局已办理完毕。发布时间：2019-03-02",
    ],
)
def test_lines_that_are_no_site_name_byline_stay(line: str) -> None:
    assert not is_chrome_line(line)


def test_a_header_authority_over_the_title_still_issues() -> None:
    letter = parse_text("某区交通运输局\n" + REPLY)
    assert letter.issuer == "某区交通运输局"
