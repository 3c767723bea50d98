"""A long line of dates and closing elements (a flattened page's cells written thousands of
times, a hostile file): each authority's run after a date asked which closing element
stands inside it by testing every element of the line (quadratic). Each now asks the run's
own places, sixty at most. The work is counted, never timed. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text, resegment
from workcount import lines_run

_HEAD = "关于某某问题的答复 王某代表：你提出的建议收悉，现答复如下："


@pytest.mark.parametrize(
    "unit",
    [
        "发布日期：2099-01-02 09:30 A 某局关于某某的答复 ",  # page cells, a clock, a mark
        "某县某局 2099年5月6日 联系人：王某 ",  # signatures with a contact after each
    ],
    ids=["page-cells", "signed-contacts"],
)
def test_work_grows_linearly(unit: str) -> None:
    small = lines_run((resegment,), lambda: parse_text(_HEAD + unit * 300))
    large = lines_run((resegment,), lambda: parse_text(_HEAD + unit * 600))
    assert large < 2.3 * small, (small, large)


def test_a_flattened_signature_still_read() -> None:
    """A tidy one-line letter's signer and date, a contact after them: as before."""
    letter = parse_text(
        _HEAD + "我局将加强管理。 某县某局 2099年5月6日 联系人：王某 电话：0000-5550123"
    )
    assert letter.signature is not None
    assert letter.signature.issuer == "某县某局"
    assert letter.signature.date == "2099-05-06"


@pytest.mark.parametrize("date", ["2099年5月6日 ", "2099 年 5 月 6 日 "], ids=["tight", "blanks"])
def test_a_line_of_dates_grows_linearly(date: str) -> None:
    # a line of signed dates alone under the body (a hostile file; damage56's respelled
    # dates too): whether the line is a row of dates is asked once, not once a date
    body = "王某代表：\n    你提出的建议收悉，现答复如下：我局将加强管理。\n某县某局\n"
    small = lines_run((resegment,), lambda: parse_text(body + date * 300))
    large = lines_run((resegment,), lambda: parse_text(body + date * 600))
    assert large < 2.3 * small, (small, large)
