"""A page's record printed as JSON that a copy kept over the letter (``摘要：{"发布时间"：
"2099年07月14日"，…}``; flattened, the head sets the record on a line of its own): its
quoted values are the site's data, no date of the letter's (flat61b). A date the letter
quotes in its sentence stays. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "王某代表：\n您提出的关于改善乙村路灯的建议收悉。现答复如下：\n"
    "我局已于2099年6月1日完成路灯检修。\n甲县城管局\n2099年7月10日\n"
)


@pytest.mark.parametrize("joiner", ["\n", " ", ""])
def test_a_json_records_date_is_no_date(joiner: str) -> None:
    record = '摘要：{"原始ID"："0abc12"，"发布时间"："2099年07月14日"，"发布者"："甲县政府门户网"}'
    text = record + "\n" + LETTER
    if joiner != "\n":
        text = joiner.join(line.strip() for line in text.split("\n"))
    dates = [d.value for d in parse_text(text, keywords=False).dates]
    assert "2099-07-14" not in dates
    assert "2099-06-01" in dates


def test_a_quoted_date_in_a_sentence_stays() -> None:
    text = LETTER.replace("完成路灯检修", "完成“2099年6月2日”专项检修")
    assert "2099-06-02" in [d.value for d in parse_text(text, keywords=False).dates]
