"""A section's first line holding a date a justified line spread with blanks (``2019 年 5
月 10 日``, also ``于 2019 年``) is not cut at those blanks as a heading set off by a gap:
the heading runs on as on any line with no gap. Near-misses: a heading set off by a gap
after the date's part (``关于2024 年线路规划 我局…``), a tight date after the gap.
Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "关于增设某某公交线路的建议的答复\n王某代表：\n您提出的建议收悉，现答复如下：\n"
    "{line}\n二、关于站点\n内容乙。\n感谢您的关心。\n某市交通局\n2024年6月1日\n"
)


def _headings(line: str) -> list[tuple[str, str | None]]:
    letter = parse_text(LETTER.format(line=line), keywords=False)
    return [(s.marker, s.heading) for s in letter.sections]


WHOLE = "市政府于2019年5月10日下达了批复，明确线路走向"
CASES = [
    pytest.param("一、市政府于2019 年 5 月 10 日下达了批复，明确线路走向。", WHOLE, id="blanks-in-date"),
    pytest.param("一、市政府于2019年 5 月 10 日下达了批复，明确线路走向。", WHOLE, id="after-年"),
    pytest.param("一、市政府于 2019 年 5 月 10 日下达了批复，明确线路走向。", WHOLE, id="before-year"),
    pytest.param("一、市政府于2019年5月 10 日下达了批复，明确线路走向。", WHOLE, id="after-月"),
    # near-misses: the gap after a heading still sets it off
    pytest.param("一、关于2024 年线路规划 我局已完成勘察工作。", "关于2024年线路规划", id="gap-after-heading"),
    pytest.param("一、线路规划 2024年5月我局已完成勘察工作。", "线路规划", id="tight-date-after-gap"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "heading"), CASES)
def test_spread_date_keeps_heading(line: str, heading: str) -> None:
    assert _headings(line) == [("一、", heading), ("二、", "关于站点")]
