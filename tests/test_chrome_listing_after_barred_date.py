"""The page's bar right after the letter's signed date (``2018年7月30日 |``, the date on
a line of its own or ending a whole letter a copy flattened onto one line) ends the
article: the lines after it, a listing of other articles' teasers, are chrome when none
holds a label's colon. Their years are no dates of the letter's, and the signature's date
is found however many there are. Snippets in our own words, invented names."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = "某县水利局对县某届人大二次会议第094号建议的答复"
SALUTED = "王某等代表："
BODY = "你们提出的“关于某河整治”的建议收悉，现答复如下：该段总投资约1000万元。感谢你们对水利事业的关心和支持。"
TEASERS = (
    "大年初一晚某县靓了、火了、沸腾了！昨晚，某县2023年“迎新春\n"
    "某某文学社社报2023年第2期（下）（总第42期）目录社长美文专\n"
    "岁序更替，华章日新。我们即将挥手告别载满辉煌的2022年，迎接充\n"
    "迎春接福辞旧岁万象更新贺新年某某纪念馆馆长王某、副馆长李\n"
    "欢喜过大年，春节假期怎么玩？“玉兔闹新春·欢欢喜喜过大年”\n"
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


def test_a_labelled_line_after_the_barred_date_keeps_the_lines() -> None:
    record = parse_text(LETTERS[1].values[0] + "联系人：张某  电话：0000-5550123\n")
    assert [(c.name, c.phone) for c in record.contacts] == [("张某", "0000-5550123")]
