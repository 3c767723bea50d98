"""A page saved inside another's frame: the outer page's cells and tools on top, then the
inner page's header rows (a template's debris, a row of spam links a hacked page carries)
right over its breadcrumb, which stands too far down for the crumb's header reach. The
few lines between the chrome above and the crumb, none with a title's words or a
sentence, are that header's rows, so the title under the crumb is read alone. A crumb
under the letter's prose (the page set again) takes nothing above it."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.chrome import chrome_lines

TITLE = "某区教育局关于区政协五届二次会议第1203号提案答复的函"
OUTER = [
    "欢迎访问某某县政府网站！",
    TITLE,
    "时间：2021-03-02 10:15   点击数：321",
    "分享到：",
]
INNER = [
    "1. 甲乙丙丁,戊己庚辛,子丑寅卯,辰巳午未",
    "headerBg",
    "您现在的位置：首页 > 信息公开 > 议案提案",
    TITLE,
    "发布日期：2021-03-01 09:00    文章来源：某区教育局",
]
LETTER = [
    "林小安委员：",
    "您提出的《关于增加学位供给的提案》收悉，现答复如下：",
    "我局将新建两所小学。",
    "某区教育局",
    "2021年2月26日",
]


def test_header_rows_over_a_lower_crumb_are_chrome() -> None:
    lines = OUTER + INNER + LETTER
    assert chrome_lines(lines) >= {4, 5, 6}
    assert parse_text("\n".join(lines), keywords=False).title == TITLE


def test_lines_over_a_crumb_under_the_prose_stay() -> None:
    lines = [TITLE, *LETTER[:3], "打印本页", "某区教育局", "2021年2月26日", INNER[2]]
    chrome = chrome_lines(lines)
    assert 5 not in chrome and 6 not in chrome
