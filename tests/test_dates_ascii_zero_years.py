"""A year in Chinese numerals typed with ASCII zeros (``二0一0年``, ``二0一五年``): its 一
stands between two figures, where the view reads a 一 as a dash (``0000一5550123``,
``50一100万元``, an IME's or a scan's hyphen). Alone after a Chinese numeral a figure is a
year's digit, and that 一 is the numeral: the date is read, and the signature with it.
Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView

LETTER = (
    "关于某建议的答复\n王某代表：\n你提出的关于修路的建议收悉，现答复如下：我委已安排维修。\n"
    "感谢你对我们工作的关心和支持。\n桐溪经济开发区管理委员会\n{date}"
)


@pytest.mark.parametrize(
    ("date", "value"),
    [
        pytest.param("二0一0年五月六日", "2010-05-06", id="2010"),
        pytest.param("二0一五年十一月二日", "2015-11-02", id="2015"),
        pytest.param("二0一九年三月一日", "2019-03-01", id="2019"),
        pytest.param("二0二0年五月六日", "2020-05-06", id="2020-no-yi-between-figures"),
    ],
)
def test_the_year_is_read_and_the_signature_with_it(date: str, value: str) -> None:
    letter = parse_text(LETTER.format(date=date))
    assert [(d.text, d.value) for d in letter.dates] == [(date, value)]
    assert letter.signature.issuer == "桐溪经济开发区管理委员会"
    assert letter.signature.date == value


@pytest.mark.parametrize(
    ("written", "read"),
    [
        pytest.param("电话：0000一5550123", "电话：0000-5550123", id="phone"),
        pytest.param("投入50一100万元", "投入50-100万元", id="amount-range"),
        pytest.param("第3一5项", "第3-5项", id="single-figures"),
    ],
)
def test_a_dash_between_figures_is_still_read(written: str, read: str) -> None:
    assert TextView(written).norm == read
