"""A 成文日期 whose day or month is a zero written in numerals (二〇二一年六月零日,
2021年6月〇日) is a date line with an impossible day, not a missing one: ``date-impossible``
says so at the date as written, as it does for 2021年6月0日, where ``missing-date`` said
before that the letter had no date line. What is read is unchanged: the closing reads no
date line with a zero in numerals, so the record (signature, dates) is as before."""

from __future__ import annotations

import pytest

from replyparse import parse_text


def letter(date_line: str, tail: str = "") -> str:
    """An invented reply, its date on line 7."""
    return (
        "某镇人民政府\n"
        "关于修缮村道路灯建议的答复\n"
        "邓某代表：\n"
        "　　您提出的关于修缮村道路灯的建议收悉，现答复如下：\n"
        "　　我镇已安排专项资金，今年内完成全部路灯检修。\n"
        "　　　　　　　　某镇人民政府\n"
        f"　　　　　　　　{date_line}\n"
        f"{tail}"
    )


def codes_and_messages(text: str) -> list[tuple[str, str]]:
    return [(d.code, d.message) for d in parse_text(text).diagnostics]


BAD = [
    pytest.param("二〇二一年六月零日", "二〇二一年六月零日", "there is no day 0", id="day-ling"),
    pytest.param("二〇二一年六月〇日", "二〇二一年六月〇日", "there is no day 0", id="day-circle"),
    pytest.param(
        "二〇二一年零月五日", "二〇二一年零月五日", "there is no month 0", id="month-ling"
    ),
    pytest.param("2021年6月零日", "2021年6月零日", "there is no day 0", id="figures-day-ling"),
    pytest.param(
        "二〇二一年六月零日（印章）", "二〇二一年六月零日", "there is no day 0", id="seal-note"
    ),
    pytest.param(
        "某镇人民政府　二〇二一年六月零日",
        "二〇二一年六月零日",
        "there is no day 0",
        id="signer-line",
    ),
]


@pytest.mark.parametrize(("line", "written", "why"), BAD)
@pytest.mark.parametrize(
    "tail",
    ["", "抄送：镇人大主席团。\n", "联系人：某某\n联系电话：0000-0000000\n"],
    ids=["", "cc", "contact"],
)
def test_a_zero_day_is_impossible_not_missing(line: str, written: str, why: str, tail: str) -> None:
    text = letter(line, tail)
    found = codes_and_messages(text)
    assert (
        "date-impossible",
        f"成文日期 {written} is no date: {why}, so the letter gives no date of writing",
    ) in found
    assert "missing-date" not in [code for code, _ in found]
    (impossible,) = [d for d in parse_text(text).diagnostics if d.code == "date-impossible"]
    assert impossible.span is not None
    assert text[impossible.span[0] : impossible.span[1]] == written


def test_the_record_is_read_as_before() -> None:
    # the closing reads no date line with a zero in numerals: no signature date, no signer
    record = parse_text(letter("二〇二一年六月零日"))
    assert record.signature.date is None
    assert record.signature.issuer is None
    assert [d.value for d in record.dates] == ["2021-06"]


# must not match: real dates, a letter with no date, a zero inside a sentence or a number
GOOD = [
    pytest.param(letter("二〇二一年六月五日"), [], id="real-date"),
    pytest.param(letter("二〇二一年六月十日"), [], id="tenth"),
    pytest.param(letter("二〇二〇年六月二十日"), [], id="twentieth"),
    pytest.param(
        letter("二〇二一年六月五日").replace("　　　　　　　　二〇二一年六月五日\n", ""),
        ["missing-date"],
        id="no-date-line",
    ),
    pytest.param(
        letter("二〇二一年六月五日").replace(
            "　　　　　　　　某镇人民政府\n　　　　　　　　二〇二一年六月五日\n",
            "　　我镇将于二〇二一年六月零日前完成。\n",
        ),
        ["missing-date"],
        id="zero-in-a-sentence",
    ),
]


@pytest.mark.parametrize(("text", "codes"), GOOD)
def test_no_zero_date_finding(text: str, codes: list[str]) -> None:
    found = [
        code for code, _ in codes_and_messages(text) if code.startswith(("date-", "missing-date"))
    ]
    assert [c for c in found if c != "date-chinese-numerals"] == codes
