"""A signed date a narrow column wrapped after its month, its day alone on the line under
it (``2024年5月`` / ``20日``): the date is that day, its span over both lines, and no
``date-no-day`` is reported. A month date with no day under it stays the month, in
``dates``; the signature's date is then null (a day or null: dev21, the contract's type)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于市六届人大二次会议第40号建议的答复\n孙某代表：\n"
    "　　您提出的关于增设公交候车亭的建议收悉，现答复如下：\n"
    "　　我局已将候车亭建设列入年度计划。感谢您对交通工作的支持。\n"
    "某市交通运输局\n"
)

# (the date's lines, the date, the date as written)
WRAPPED = [
    pytest.param("2024年5月\n20日", "2024-05-20", id="figures"),
    pytest.param("2023年11月\n3日", "2023-11-03", id="one-digit-day"),
    pytest.param("二〇二四年五月\n二十日", "2024-05-20", id="numerals"),
    pytest.param("2024年7月\n8号", "2024-07-08", id="day-with-号"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "date"), WRAPPED)
@pytest.mark.parametrize(
    "after", ["", "联系人：周某\n联系电话：0000-5550188\n"], ids=["end", "contacts"]
)
def test_the_day_under_the_month_completes_the_date(lines: str, date: str, after: str) -> None:
    record = parse_text(HEAD + lines + "\n" + after)
    assert (record.signature.issuer, record.signature.date) == ("某市交通运输局", date)
    span = record.signature.date_span
    assert span is not None
    assert (record.text or "")[span[0] : span[1]] == lines
    assert "date-no-day" not in [d.code.value for d in record.diagnostics]


# (what stands under the month date): no day alone, so the date stays the month
NOT_A_DAY = [
    pytest.param("", id="nothing"),
    pytest.param("\n20日", id="after-a-blank-line"),
    pytest.param("20日前完成", id="words-after-the-day"),
    pytest.param("联系人：周某", id="a-contact"),
]  # fmt: skip


@pytest.mark.parametrize("below", NOT_A_DAY)
def test_a_month_date_without_its_day_below_stays_the_month(below: str) -> None:
    record = parse_text(HEAD + "2024年5月\n" + below + "\n")
    assert record.signature.date is None
    assert "date-no-day" in [d.code.value for d in record.diagnostics]


# the authority and the month on one line, the day alone under it
SIGNER_AND_MONTH = [
    pytest.param("某县水利局  2024年5月\n20日", "2024-05-20", "2024年5月\n20日", id="figures"),
    pytest.param("某县水利局  2024年7月\n8号", "2024-07-08", "2024年7月\n8号", id="号"),
    pytest.param("某县水利局  二〇二四年五月\n二十日", "2024-05-20", "二〇二四年五月\n二十日",
                 id="numerals"),
    # near misses: no day under the month, or more than a day there
    pytest.param("某县水利局  2024年5月\n", None, None, id="no-day"),
    pytest.param("某县水利局  2024年5月\n20日前报送", None, None, id="words-after"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "date", "written"), SIGNER_AND_MONTH)
def test_the_day_under_the_signer_s_month(
    lines: str, date: str | None, written: str | None
) -> None:
    record = parse_text(HEAD.replace("某市交通运输局\n", "") + lines + "\n")
    assert (record.signature.issuer, record.signature.date) == ("某县水利局", date)
    span = record.signature.date_span
    if written is None:
        assert span is None
        assert "date-no-day" in [d.code.value for d in record.diagnostics]
        return
    assert span is not None
    assert (record.text or "")[span[0] : span[1]] == written
