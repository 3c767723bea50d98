"""A 成文日期 on the signer's line that lost its 年 and 月 in copying but kept its 日
(``某县水利局 2021716日``, as ``某县水利局 2021716`` lost all three): the authority still
signs, and the digit run is no date (past reading: 7 16 or 71 6). A whole date on that line
is read as before. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = "关于疏浚某河道的建议的答复\n周某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局已作安排。\n"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("某县水利局 2021716日", id="blank"),
        pytest.param("某县水利局　2021716日", id="full-width-blank"),
        pytest.param("某县水利局2021716日", id="glued"),
        pytest.param("某县水利局 20211026日", id="two-digit-month"),
        pytest.param("某县水利局 2021716", id="all-lost"),
    ],
)  # fmt: skip
def test_the_signer_signs_and_no_date_is_read(line: str) -> None:
    letter = parse_text(HEAD + line + "\n")
    assert letter.signature.issuer == "某县水利局"
    assert letter.signature.date is None
    assert letter.dates == []


@pytest.mark.parametrize(
    ("line", "date"),
    [
        pytest.param("某县水利局 2021年7月16日", "2021-07-16", id="whole"),
    ],
)  # fmt: skip
def test_a_whole_date_is_read(line: str, date: str) -> None:
    letter = parse_text(HEAD + line + "\n")
    assert letter.signature.issuer == "某县水利局"
    assert letter.signature.date == date


def test_a_body_sentence_ending_so_is_no_signature() -> None:
    letter = parse_text(HEAD + "　　该工程累计用工2021716日\n某县水利局\n2021年7月16日\n")
    assert letter.signature.issuer == "某县水利局"
    assert letter.signature.date == "2021-07-16"
