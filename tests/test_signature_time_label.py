"""A signature's date after a bare 时间 and its colon (``某局`` / ``时间：2022年6月18日``),
as after 日期: the 成文日期 (an earlier round read no date). A body's line that opens so and
goes on as a sentence stays the body's. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "关于县八届人大二次会议第15号建议的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n"


@pytest.mark.parametrize("label", ["时间：", "时间:", "日期："])
def test_the_signatures_date_after_a_time_label(label: str) -> None:
    text = f"{HEAD}我局将认真办理。\n某县水务局\n{label}2022年6月18日\n"
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("某县水务局", "2022-06-18")


def test_a_body_line_opening_with_time_stays_the_bodys() -> None:
    text = f"{HEAD}会议安排如下。\n时间：2022年6月18日上午。\n地点：县水务局会议室。\n某县水务局\n2022年6月20日\n"
    record = parse_text(text, keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("某县水务局", "2022-06-20")
    assert [d.value for d in record.dates] == ["2022-06-18", "2022-06-20"]
