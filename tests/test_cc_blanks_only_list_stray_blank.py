"""A single blank inside a body's name in a 抄送 list that no ，、； parts (``抄送：市政
府办公室``, one body; ``抄送：县政府督查室 县卫生 健康局``, bodies parted by blanks): a
printed wrap a web copy flattened, read through where the piece after it ends in an
office's suffix and opens as no body of its own (no level, no 各, not the place the piece
before opens with), or is an office's suffix alone. Else the blank parts two bodies."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于第12号建议的答复\n冯某代表：\n　　您提出的建议收悉，现答复如下：\n"
    "　　我局将认真研究。感谢您的支持。\n某县民政局\n2024年8月20日\n"
)

# (the 抄送 line, the list)
READ_THROUGH = [
    pytest.param("抄送：市政 府办公室", ["市政府办公室"], id="one-body"),
    pytest.param("抄送：某县自然资 源局。", ["某县自然资源局"], id="one-body-full-stop"),
    pytest.param("抄报：某市人大常委会代表工 委", ["某市人大常委会代表工委"], id="cc-up"),
    pytest.param("抄送：县人民政府 办公室", ["县人民政府办公室"], id="office-suffix-alone"),
    pytest.param("抄送：县政府督查室 县卫生 健康局", ["县政府督查室", "县卫生健康局"],
                 id="among-bodies-parted-by-blanks"),
    pytest.param("抄送：县政府督查室\u3000县农业农\u3000村局", ["县政府督查室", "县农业农村局"],
                 id="ideographic-spaces"),
]  # fmt: skip

# (the 抄送 line, the list): the blank parts two bodies
APART = [
    pytest.param("抄送：县委办 县政府办", ["县委办", "县政府办"], id="before-ends-in-办"),
    pytest.param("抄送：某县公安 县交通局", ["某县公安", "县交通局"], id="after-opens-with-a-level"),
    pytest.param("抄送：甲县公安 甲县消防大队", ["甲县公安", "甲县消防大队"], id="after-opens-with-the-place"),
    pytest.param("抄送：市财政局 市发改委", ["市财政局", "市发改委"], id="before-ends-in-an-office"),
    pytest.param("抄报：林某 张某代表", ["林某", "张某代表"], id="after-is-a-person"),
    pytest.param("抄送：县教育 各中小学校", ["县教育", "各中小学校"], id="after-opens-with-各"),
    pytest.param("抄送：某县公安  某县交通局", ["某县公安", "某县交通局"], id="two-blanks"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), READ_THROUGH + APART)
def test_a_stray_blank_in_a_list_blanks_part(line: str, expected: list[str]) -> None:
    record = parse_text(HEAD + line + "\n")
    assert record.cc == expected
    assert (record.signature.issuer, record.signature.date) == ("某县民政局", "2024-08-20")
    assert span_problems(record) == []
