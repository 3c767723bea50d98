"""The 版记's 印发 line written as a label before the office (``印发：某局办公室  2024年5月12日``,
``印发机关：…``), also where a copy broke its office or its date onto lines of their own:
版记, never the signature; the signature is the authority above it and its date the letter's
own 成文日期 (a later 印发 date is a date, not the signature's)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于第21号建议的答复\n"
    "张某代表：\n"
    "　　您提出的建议收悉，现答复如下：\n"
    "　　我委将抓好落实。\n"
    "某市发展和改革委员会\n"
    "2021年6月3日\n"
)
OFFICE = "某市发展和改革委员会办公室"

FEET = [
    pytest.param(f"印发：{OFFICE}　2021年6月10日\n", id="label-office-date"),
    pytest.param(f"抄送：某市人大代表工委。\n印发：{OFFICE} 2021年6月10日\n", id="after-cc"),
    pytest.param(f"印发:{OFFICE}\n2021年6月10日\n", id="date-on-the-next-line"),
    pytest.param(f"印发：\n{OFFICE}\n2021年6月10日\n", id="label-alone-over-office-and-date"),
    pytest.param(f"抄送：某市人大代表工委。\n印发机关：{OFFICE}    印发日期：2021年6月10日\n",
                 id="office-and-date-labels"),
]  # fmt: skip


@pytest.mark.parametrize("foot", FEET)
def test_a_print_label_line_is_no_signature(foot: str) -> None:
    record = parse_text(HEAD + foot)
    assert (record.signature.issuer, record.signature.date) == (
        "某市发展和改革委员会",
        "2021-06-03",
    )
    assert "2021-06-10" in [d.value for d in record.dates]
    assert span_problems(record) == []


def test_a_flattened_letter_with_a_print_label() -> None:
    text = HEAD.replace("\n", " ") + f"抄送：某市人大代表工委。 印发：{OFFICE} 2021年6月10日"
    record = parse_text(text)
    assert (record.signature.issuer, record.signature.date) == (
        "某市发展和改革委员会",
        "2021-06-03",
    )


# near misses: a signature under other lines is read as before
def test_the_usual_printed_line_after_the_date_still_works() -> None:
    record = parse_text(HEAD + f"{OFFICE}  2021年6月10日印发\n")
    assert (record.signature.issuer, record.signature.date) == (
        "某市发展和改革委员会",
        "2021-06-03",
    )


def test_a_sentence_saying_something_was_printed_signs_as_before() -> None:
    text = HEAD.replace("我委将抓好落实。", "我委已印发：《某某方案》。")
    record = parse_text(text)
    assert (record.signature.issuer, record.signature.date) == (
        "某市发展和改革委员会",
        "2021-06-03",
    )
