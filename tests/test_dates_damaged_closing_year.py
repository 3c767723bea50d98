"""A closing date damaged past reading that kept its 年 (``2018年710``: the 月 and 日 a web
copy lost, the month's and the day's figures run together; ``2022年7``) is one damaged
date, no year of the letter's: like ``2021830`` it gives no date at all, and the
signature's date is null. A whole date there, a date that lost only its 日 at the line's
end, a year alone, and a year the body writes before figures stay dates."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "某县水利局关于某某建议的答复\n\n王某代表：\n\n"
    "您提出的《关于修缮某渠的建议》收悉，现答复如下：\n\n"
    "{body}\n\n感谢您对我们工作的关心。\n\n某县水利局\n\n{date}\n"
)
BODY = "我局已于2016年完成渠首改造，并将继续推进。"


def _dates(date: str, body: str = BODY) -> tuple[list[str], str | None, str | None]:
    letter = parse_text(HEAD.format(body=body, date=date))
    return [d.text for d in letter.dates], letter.signature.issuer, letter.signature.date


@pytest.mark.parametrize(
    "date",
    [
        pytest.param("2018年710", id="month-and-day-marks-lost"),
        pytest.param("2018年1125", id="two-figure-month-and-day-run"),
        pytest.param("2022年7", id="month-mark-lost"),
        pytest.param("  2019年312  ", id="padded-line"),
    ],
)
def test_damaged_closing_date_gives_no_year(date: str) -> None:
    dates, issuer, signed = _dates(date)
    assert dates == ["2016年"]
    assert issuer == "某县水利局"
    assert signed is None


@pytest.mark.parametrize(
    ("date", "expected", "signed"),
    [
        pytest.param("2018年7月10日", ["2016年", "2018年7月10日"], "2018-07-10", id="whole"),
        pytest.param("2018年7月10", ["2016年", "2018年7月10"], "2018-07-10", id="day-mark-lost"),
        pytest.param("2021830", ["2016年"], None, id="all-marks-lost-as-before"),
        pytest.param("2023年", ["2016年", "2023年"], None, id="year-alone-stays"),
        pytest.param("2024年5月", ["2016年", "2024年5月"], None, id="month-stays"),
    ],
)
def test_other_closing_dates_read_as_before(
    date: str, expected: list[str], signed: str | None
) -> None:
    dates, issuer, got = _dates(date)
    assert dates == expected
    assert issuer == "某县水利局"
    assert got == signed


def test_body_year_before_figures_stays() -> None:
    """A year the body writes before a count (``2018年300户``) is the body's, however the
    closing date reads."""
    dates, _, _ = _dates("2018年710", body="我局2018年300户完成改造，2019年12个村通水。")
    assert dates == ["2018年", "2019年"]


@pytest.mark.parametrize("joint", [" ", ""], ids=["blank", "glued"])
@pytest.mark.parametrize(
    "date",
    [
        pytest.param("2022年7", id="month-mark-lost"),
        pytest.param("2018年710", id="month-and-day-marks-lost"),
    ],
)
def test_flattened_closing_keeps_its_signer(joint: str, date: str) -> None:
    """The same closing in a copy that lost its line breaks (``…关心。某县水利局 2022年7``,
    a blank between the lines or nothing): the authority before the damaged date still
    signs and the year is no date, as on lines of their own (fix105: an earlier round
    found no signer there and read ``2022年`` as a date)."""
    text = HEAD.format(body=BODY, date=date)
    parts = [line.strip() for line in text.splitlines() if line.strip()]
    parts[-3] += "联系人：李某，联系电话：13800000000。"
    letter = parse_text(joint.join(parts))
    assert [d.text for d in letter.dates] == ["2016年"]
    assert letter.signature.issuer == "某县水利局"
    assert letter.signature.date is None
