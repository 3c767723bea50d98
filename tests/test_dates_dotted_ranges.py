"""A period written in figures with dots (``2023.5-2024.3``, ``2023.05—2024.03``,
``2022.3至2023.6``, ``2023.5.1-2024.3.31``): one date with its ``end``, both ends with
their year, one mark and one precision; a decimal's range (a sum, a code, a version) is
none."""

from __future__ import annotations

import pytest

from replyparse.fields.dates import find_dates
from replyparse.textview import TextView

# (snippet, [(text, value, end), ...])
RANGES = [
    pytest.param(
        "项目建设期为2023.5-2024.3，现已完工", [("2023.5-2024.3", "2023-05", "2024-03")], id="dash"
    ),
    pytest.param(
        "实施期限2023.05—2024.03。",
        [("2023.05—2024.03", "2023-05", "2024-03")],
        id="em-dash-padded",
    ),
    pytest.param("试点时间2022.3至2023.6", [("2022.3至2023.6", "2022-03", "2023-06")], id="至"),
    pytest.param(
        "于2022.11～2023.2开展排查", [("2022.11～2023.2", "2022-11", "2023-02")], id="tilde"
    ),
    pytest.param(
        "整治期（2023.3-2023.10）",
        [("2023.3-2023.10", "2023-03", "2023-10")],
        id="bracketed-one-year",
    ),
    pytest.param("2021/9-2022/6学年", [("2021/9-2022/6", "2021-09", "2022-06")], id="slash"),
    pytest.param(
        "活动时间为2023.5.1-2024.3.31",
        [("2023.5.1-2024.3.31", "2023-05-01", "2024-03-31")],
        id="days",
    ),
    pytest.param(
        "活动时间为2023.5.1至2024.3.31",
        [("2023.5.1至2024.3.31", "2023-05-01", "2024-03-31")],
        id="days-至-one-date",
    ),
    pytest.param(
        "工期２０２３．５－２０２４．３",
        [("２０２３．５－２０２４．３", "2023-05", "2024-03")],
        id="full-width",
    ),
    # near-misses
    pytest.param("资金由2023.5-2024.3万元增加", [], id="sum-range"),
    pytest.param("增幅2023.5-2024.3%", [], id="percent"),
    pytest.param("版本V2023.5-2024.3", [], id="version"),
    pytest.param("编号12023.5-2024.3", [], id="longer-number"),
    pytest.param("从2024.3-2023.5", [], id="backwards"),
    pytest.param("2023.5-2023.5", [], id="same-month"),
    pytest.param("2023.5.1-2024.3", [], id="mixed-precision"),
    pytest.param("2023.5-2024/3", [], id="mixed-marks"),
    pytest.param("2023.13-2024.3", [], id="no-month"),
    pytest.param("2023.5-2024.3.5.6", [], id="more-figures"),
    pytest.param("2023.6至今", [], id="to-now"),
]


@pytest.mark.parametrize(("snippet", "expected"), RANGES)
def test_dotted_period(snippet: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_dates(TextView(snippet))
    assert [(d.text, d.value, d.end) for d in found] == expected
    for date in found:
        assert snippet[date.span[0] : date.span[1]] == date.text
