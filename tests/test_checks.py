"""Diagnostics: what the parser reports about a letter's format."""

from __future__ import annotations

import pytest

from goldsets import at_least, gold_texts
from replyparse import parse_text
from replyparse.checks import _PADDED_DATE, _may_be_padded, _salutation_end
from replyparse.resegment import resegment
from replyparse.textview import TextView
from replyparse.unwrap import unwrap

GOOD = "某市民政局文件\n某民函〔2021〕3号\n关于某某建议的答复\n张某代表：\n您提出的建议收悉。\n某市民政局\n2021年1月5日\n抄送：甲委，乙办。\n"

# (what to change in the good letter, diagnostic code expected)
PROBLEMS = [
    pytest.param(
        ("关于某某建议的答复\n张某代表：\n", ""), "missing-salutation", id="no-salutation"
    ),
    pytest.param(("张某代表：", "张某代表:"), "salutation-colon", id="half-width-colon"),
    pytest.param(("2021年1月5日", ""), "missing-date", id="no-date"),
    pytest.param(("2021年1月5日", "202115"), "missing-date", id="damaged-date"),
    pytest.param(("2021年1月5日", "2021年01月05日"), "date-zero-padded", id="zero-padded-date"),
    pytest.param(
        ("2021年1月5日", "二〇二一年一月五日"), "date-chinese-numerals", id="chinese-date"
    ),
    pytest.param(("2021年1月5日", "2021年1月"), "date-no-day", id="date-to-the-month"),
    pytest.param(("2021年1月5日", "二〇二一年一月"), "date-no-day", id="chinese-date-to-the-month"),
    pytest.param(
        ("某市民政局\n2021年1月5日", "某市民政局  2021年12月"),
        "date-no-day",
        id="month-after-signer",
    ),
    pytest.param(("2021年1月5日", "2021年1月5日。"), "date-full-stop", id="date-full-stop"),
    pytest.param(("2021年1月5日", "2021年1月5日."), "date-full-stop", id="date-half-width-stop"),
    pytest.param(("2021年1月5日", "2021年1月。"), "date-no-day", id="month-then-full-stop"),
    pytest.param(("乙办。", "乙办"), "cc-no-period", id="cc-no-period"),
    pytest.param(("〔2021〕3号", "[2021]3号"), "doc-number-format", id="doc-number-brackets"),
]


def codes(text: str) -> list[str]:
    return [d.code for d in parse_text(text).diagnostics]


def test_a_well_formed_letter_has_no_diagnostics() -> None:
    assert codes(GOOD) == []


@pytest.mark.parametrize(("change", "code"), PROBLEMS)
def test_problem_is_reported(change: tuple[str, str], code: str) -> None:
    text = GOOD.replace(*change)
    letter = parse_text(text)
    found = [d for d in letter.diagnostics if d.code == code]
    assert found, [d.code for d in letter.diagnostics]
    for d in found:
        if d.span is not None:
            assert 0 <= d.span[0] < d.span[1] <= len(text)


# A 抄送 list wrapped over lines is read to its last line: its 。 is there.
WRAPPED_CC = {
    "after ，": ("抄送：甲委，\n乙办。\n", False),
    "after 、": ("抄送：甲委、\n乙办。\n", False),
    "the continuation indented under the names": ("抄送：甲委，\n　　　乙办。\n", False),
    "the label alone over its list": ("抄送：\n甲委，乙办。\n", False),
    "wrapped and still no 。": ("抄送：甲委，\n乙办\n", True),
    "one line, no 。": ("抄送：甲委，乙办\n", True),
}


@pytest.mark.parametrize(("cc", "reported"), WRAPPED_CC.values(), ids=WRAPPED_CC.keys())
def test_cc_no_period_reads_a_wrapped_list_to_its_end(cc: str, reported: bool) -> None:
    text = GOOD.replace("抄送：甲委，乙办。\n", cc)
    assert ("cc-no-period" in codes(text)) is reported


@pytest.mark.parametrize(
    "date", ["2021年1月5日", "二〇二一年一月五日", "2021年12月31日", "2021.1.5"]
)
def test_a_date_with_its_day_is_no_date_no_day(date: str) -> None:
    assert "date-no-day" not in codes(GOOD.replace("2021年1月5日", date))


def test_a_date_to_the_month_is_the_signature_line_with_no_date() -> None:
    # the line is the 成文日期's, its day left out (date-no-day, not missing-date); the
    # record's date is a day or null (dev21: the contract's type), the month in dates
    letter = parse_text(GOOD.replace("2021年1月5日", "2021年1月"))
    assert letter.signature.date is None
    assert "2021-01" in [d.value for d in letter.dates]
    assert "missing-date" not in codes(GOOD.replace("2021年1月5日", "2021年1月"))
    assert "date-no-day" in codes(GOOD.replace("2021年1月5日", "2021年1月"))


@pytest.mark.parametrize("date", ["2021年1月5日", "二〇二一年一月五日", "2021年1月5日（盖章）"])
def test_a_date_without_a_stop_is_no_date_full_stop(date: str) -> None:
    assert "date-full-stop" not in codes(GOOD.replace("2021年1月5日", date))


def test_salutation_end_read_as_the_letter_writes_it() -> None:
    """The salutation's end is read as the letter wrote it: on every line of the gold
    letters, their perturbations and lines whose last character is a colon of either
    width, a look-alike, a space or a dropped one, only a written ： passes, and the span
    is the last character as written."""
    texts = gold_texts()
    texts += [
        "张某代表:\n王某委员：\n李某代表 :\n赵某代表:  \n刘某代表\u3000:\n陈某代表: x\n",
        "各位代表:\r\n尊敬的委员：\r\n:\n：\n \n孙某代表∶\n周某委员︰\n吴某代表﹕\n",
    ]
    checked = colons = 0
    for text in texts:
        view = resegment(unwrap(TextView(text)))
        for line in view.lines:
            if line.end == 0 or line.end == line.start:
                continue
            written = view.written(line.end - 1, line.end)
            found = _salutation_end(view, line)
            assert (found is None) == (written == "："), (text, line)
            if found is not None:
                start, end = found[1]
                assert view.original[start:end] == written, (text, line)
            checked += 1
            colons += written == ":"
    assert checked >= at_least(10_000, 500)  # not vacuous
    assert colons >= 5


def test_padded_date_gate_lets_through_every_line_the_search_finds() -> None:
    """:func:`_may_be_padded` says no only where :data:`_PADDED_DATE` finds nothing in
    what the letter wrote: on every line of the gold letters, their perturbations and
    dates padded with ASCII, full-width and look-alike zeros, typos and blanks."""
    texts = gold_texts()
    texts += [
        "2021年01月05日\n2021年1月05日\n2021年０1月０5日\n2O21年O1月O5日\n",
        "二〇二一年01月5日\n2021午01月5日\n2021年01月05曰\n2021年 01月 05日\n2021年0１月\n",
        "２０２１年０１月０５日\n2021年10月30日\n2021年l0月5日。\n年0月0日\n",
    ]
    checked = found = 0
    for text in texts:
        view = resegment(unwrap(TextView(text)))
        for line in view.lines:
            plain = _PADDED_DATE.search(view.written(line.start, line.end)) is not None
            assert _may_be_padded(line.text) or not plain, (text, line)
            checked += 1
            found += plain
    assert checked >= at_least(10_000, 500)  # not vacuous
    assert found >= 4
