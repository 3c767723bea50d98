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


# decided (left56a): the same inner head under an outer page whose own crumb stands near
# the top and whose cells (label over value, one a line) run down to the inner page: the
# cells are the page's only once its tables are read, so the inner head is asked then, and
# a markup's debris line over it goes with it.
OUTER_CELLS = [
    TITLE,
    "2021-03-02  来源：某区人民政府办公室",
    "您的位置：首页>政府信息公开>建议提案办理",
    "某某区人民政府门户网站",
    "索引号",
    "000000000/2021-00012",
    "发布机构",
    "某区教育局",
    "公开方式",
    "主动公开",
    '<wbr id="q1"></wbr>',
]


def test_an_inner_head_under_an_outer_pages_cells_is_chrome() -> None:
    lines = OUTER_CELLS + INNER + LETTER
    first = len(OUTER_CELLS)
    assert chrome_lines(lines) >= {first - 1, first, first + 1, first + 2}
    letter = parse_text("\n".join(lines), keywords=False)
    assert letter.title == TITLE
    assert letter.salutation == "林小安委员："
