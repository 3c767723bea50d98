"""The page's bar right after the letter's signed date (``2018年7月30日 |``, the date on
a line of its own or ending a whole letter a copy flattened onto one line) ends the
article: the lines after it, a listing of other articles' teasers, are chrome when none
holds a label's colon. Their years are no dates of the letter's, and the signature's date
is found however many there are. Snippets in our own words, invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import after_barred_date, chrome_lines
from snippets import glued, spaced
from spans import span_problems

HEAD = "某县水利局对县某届人大二次会议第094号建议的答复"
SALUTED = "王某等代表："
BODY = "你们提出的“关于某河整治”的建议收悉，现答复如下：该段总投资约1000万元。感谢你们对水利事业的关心和支持。"
TEASERS = (
    "元宵夜某镇灯火通明、人潮涌动！当晚，某镇2023年“闹元宵\n"
    "某某诗社社刊2023年第3期（上）（总第57期）目录主编寄语专\n"
    "冬去春来，万物更新。我们即将送别硕果累累的2022年，迎来崭\n"
    "辞旧迎新话丰年某某博物馆馆长赵某、副馆长孙\n"
    "开开心心过新年，寒假去哪儿玩？“金龙贺新岁·团团圆圆迎新春”\n"
)

LETTERS = [
    pytest.param(f"{HEAD} {SALUTED} {BODY} 顺致 敬礼！ 2018年7月30日 |\n", id="one-line-letter"),
    pytest.param(f"{HEAD}\n{SALUTED}\n{BODY}\n2018年7月30日 |\n", id="date-alone"),
]  # fmt: skip


@pytest.mark.parametrize("letter", LETTERS)
def test_the_listing_after_the_barred_date_is_chrome(letter: str) -> None:
    record = parse_text(letter + TEASERS)
    assert record.signature.date == "2018-07-30"
    assert [d.text for d in record.dates] == ["2018年7月30日"]
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "date",
    ["2018 年 7 月 30 日", "2018年 7月30日"],
    ids=["blanks-around-marks", "blank-after-year"],
)
def test_a_barred_date_with_blanks_inside_ends_the_article(date: str) -> None:
    # (a copy that left blanks around the date's 年月日: damage56's dates-respelled)
    letter = LETTERS[0].values[0].replace("2018年7月30日", date)
    record = parse_text(letter + TEASERS)
    assert record.signature.date == "2018-07-30"
    assert [d.value for d in record.dates] == ["2018-07-30"]
    assert span_problems(record) == []


_FOOTERS = [
    pytest.param("主办单位：某县人民政府办公室  承办单位：某县信息中心\n", id="host"),
    pytest.param("网站标识码：0000000000  某ICP备00000000号-1\n", id="site-code"),
]


@pytest.mark.parametrize("letter", LETTERS)
@pytest.mark.parametrize("footer", _FOOTERS)
def test_the_listing_with_the_sites_footer_under_it_is_chrome(letter: str, footer: str) -> None:
    record = parse_text(letter + TEASERS + "\n" + footer)
    assert record.signature.date == "2018-07-30"
    assert [d.text for d in record.dates] == ["2018年7月30日"]
    assert record.contacts == []
    assert span_problems(record) == []


def test_a_labelled_line_after_the_barred_date_keeps_the_lines() -> None:
    record = parse_text(LETTERS[1].values[0] + "联系人：张某  电话：0000-5550123\n")
    assert [(c.name, c.phone) for c in record.contacts] == [("张某", "0000-5550123")]


# (a page flattened whole, the listing run on after the bar on the letter's line: other
# words than the teasers above, so the rule is the bar's and not the words')
_OTHER_TEASERS = (
    "江畔灯会今晚开幕，2031年新春游园活动共设八个展区\n"
    "某某中学校报2030年第4期（总第19期）本期导读\n"
)
_DATED = f"{HEAD}\n{SALUTED}\n{BODY}\n2029年3月4日 |\n"


@pytest.mark.parametrize("flatten", [spaced, glued], ids=["spaced", "glued"])
def test_a_flattened_listing_after_the_barred_date_is_chrome(flatten) -> None:  # type: ignore[no-untyped-def]
    record = parse_text(flatten(_DATED + _OTHER_TEASERS) + "\n")
    assert record.signature.date == "2029-03-04"
    assert [d.text for d in record.dates] == ["2029年3月4日"]
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "after",
    [
        pytest.param("联系人：张某 电话：0000-5550123", id="a-contact"),
        pytest.param("某县水利局 2029年3月5日", id="a-signed-date"),
        pytest.param("江畔灯会 | 2031年新春游园", id="another-bar"),
    ],
)
def test_a_flattened_line_after_the_bar_that_is_no_listing_stays(after: str) -> None:
    line = spaced(_DATED + after)
    assert after_barred_date(spaced(_DATED + _OTHER_TEASERS)) == line.index("|")
    assert after_barred_date(line) is None


def test_a_barred_date_a_print_broke_after_its_year_ends_the_article() -> None:
    # (a hard-wrapped copy: the date's year ends a printed line, its month, day and the bar
    # open the next, ``某县水利局 二〇一八`` over ``年七月三十日 |``: the bar still follows the
    # letter's date, and the teasers under it are the page's, wrap66)
    letter = f"{HEAD}\n{SALUTED}\n{BODY}\n某县水利局 二〇一八\n年七月三十日 |\n"
    lines = (letter + TEASERS).split("\n")
    found = chrome_lines(lines)
    teasers = [i for i, line in enumerate(lines) if line in TEASERS.split("\n") and line]
    assert len(teasers) == 5
    assert set(teasers) <= found
    assert lines.index("年七月三十日 |") not in found
