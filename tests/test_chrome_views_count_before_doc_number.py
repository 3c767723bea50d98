"""A page's count of its views with the letter's 发文字号 glued after it on one line
(``浏览次数：12次某发改字〔2023〕5号``: a copy ran the letter's head line on after the count
over it): the count is the page's chrome, the number the letter's own and read. A count
alone on its line, or one followed by more than a number, is dropped as before; a number
cited in a sentence is no count's. Snippets in our own words; names and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

TITLE = "关于县十七届人大五次会议第8号建议的答复"
LETTER = (
    "周某代表：\n您提出的《关于完善乡村物流网络的建议》收悉，现答复如下。\n"
    "我局已推动快递进村，在十二个行政村设立服务点。\n某县商务局\n2024年7月1日"
)


@pytest.mark.parametrize(
    "count",
    [
        "浏览次数：12次",
        "浏览次数:12",
        "点击数：",
        "访问量：3487",
        "浏览量：56次",
        "【浏览次数：9次】",
    ],
)
def test_the_number_after_the_count_is_the_letters(count: str) -> None:
    record = parse_text(f"{count}某商发〔2024〕17号\n{TITLE}\n{LETTER}")
    assert record.doc_number is not None
    assert record.doc_number.text == "某商发〔2024〕17号"
    assert (record.doc_number.year, record.doc_number.serial) == (2024, 17)
    assert record.title == TITLE
    assert span_problems(record) == []


def test_a_count_alone_is_dropped_as_before() -> None:
    record = parse_text(f"浏览次数：12次\n{TITLE}\n{LETTER}")
    assert record.doc_number is None
    assert record.title == TITLE


def test_a_count_then_other_cells_stays_chrome() -> None:
    record = parse_text(f"浏览次数：12次 来源：某县商务局\n{TITLE}\n{LETTER}")
    assert record.doc_number is None
    assert record.title == TITLE
