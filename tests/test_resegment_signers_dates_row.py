"""Joint signers set side by side with their dates in a row under them, one line of names
and one line of dates (``某县财政局    某县教育局    某县水利局`` / ``2024年5月10日    2024年
5月11日    2024年5月12日``): each date a line of its own and each signer one, as two side by
side are read, so every one signs, in order, and the last date is the letter's. A line
whose dates a table's bar parts, or one signer over one date, is read as before. Snippets
are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于县十八届人大二次会议第54号建议的答复\n郑某某代表：\n"
    "    您提出的关于疏通某河道的建议收悉，现答复如下：\n"
    "    我们已安排清淤工程。感谢您的关心和支持。\n\n"
)
THREE = "某县财政局、某县水利局、某县农业农村局"


@pytest.mark.parametrize(
    ("closing", "signer", "date"),
    [
        pytest.param("某县财政局    某县水利局    某县农业农村局\n"
                     "2024年5月10日    2024年5月11日    2024年5月12日", THREE, "2024-05-12",
                     id="three"),
        pytest.param("某县财政局\u3000\u3000某县水利局\u3000\u3000某县农业农村局\n"
                     "2024年5月10日\u3000\u30002024年5月11日\u3000\u30002024年5月12日", THREE,
                     "2024-05-12", id="ideographic-gaps"),
        pytest.param("某县财政局    某县水利局\n2024年5月10日    2024年5月12日",
                     "某县财政局、某县水利局", "2024-05-12", id="two"),
    ],
)  # fmt: skip
def test_each_signer_over_its_date_in_a_row(closing: str, signer: str, date: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, date)
    assert {d.value for d in record.dates} >= {"2024-05-10", date}
    assert span_problems(record) == []


@pytest.mark.parametrize(
    ("closing", "signer", "date"),
    [
        # must not match: one signer over one date; names side by side over one date
        pytest.param("某县财政局\n2024年5月10日", "某县财政局", "2024-05-10", id="one"),
        pytest.param("某县财政局    某县水利局    某县农业农村局\n2024年5月10日", THREE,
                     "2024-05-10", id="one-date"),
    ],
)  # fmt: skip
def test_other_closings_left_alone(closing: str, signer: str, date: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, date)
