"""A page's count of its views with the letter's publication mark after it, the page's
other cells before it (``发布日期：2024-01-02 浏览次数：12 同意公开``): the count is found from
its word, so a long run of blanks on a chrome line is read once, not once a blank (the
search that began at every blank read the run to its end each time: quadratic; the time is
``make hostile``'s to measure, txt-chrome-blank-run). Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse.chrome import count_before_number


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        pytest.param("发布日期：2024-01-02 浏览次数：12 同意公开", "同意公开", id="cells-count-mark"),
        pytest.param("浏览次数：12 同意公开", "同意公开", id="count-mark"),
        pytest.param("发布日期：2024-01-02 浏览次数：12 某发〔2024〕3号", None, id="cells-count-number"),
        pytest.param("发布日期：2024-01-02 政务公开", None, id="no-count"),
    ],
)  # fmt: skip
def test_count_before_the_mark(line: str, rest: str | None) -> None:
    at = count_before_number(line)
    assert (None if at is None else line[at:]) == rest


def test_a_long_run_of_blanks_before_the_count() -> None:
    # (how long such a line takes is measured by ``make hostile``: txt-chrome-blank-run)
    assert count_before_number(" " * 2_000 + "政务公开") is None
    line = "发布日期：" + "\u3000" * 2_000 + "浏览次数：12 公开"
    at = count_before_number(line)
    assert at is not None and line[at:] == "公开"
    line = "发布日期：2024-01-02" + " " * 2_000 + "浏览次数：12 同意公开"
    at = count_before_number(line)
    assert at is not None and line[at:] == "同意公开"
