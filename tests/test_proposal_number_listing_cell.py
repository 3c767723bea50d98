"""A web listing's number cell, bare digits alone on the header line right under the
session alone (snippets written here, names and numbers invented).

A page that lists the item prints its cells a line each above the letter: the title, the
session, the number (bare digits), then labelled rows (``建议人：…``, ``主办单位：…``). The
digits under the session are the proposal's number when the title and the opening give
none. Near misses: digits alone elsewhere in the header (a row's count above the session),
a year alone under the session (it dates the row), digits not right under it.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_TITLE = "关于修缮某村便民桥建议的答复"
_SESSION = "某区第九届人民代表大会第三次会议"
_REST = (
    "建议人：赵某、钱某\n主办单位：某区交通运输局\n答复时间：2024-06-12\n\n"
    "赵某、钱某代表：\n“关于修缮某村便民桥”的建议收悉，现答复如下：\n"
    "我局已安排专人勘查，年内完成修缮。\n某区交通运输局\n2024年6月12日\n"
)


@pytest.mark.parametrize("number", ["24", "7", "0152"])
def test_digits_under_the_session_are_the_number(number: str) -> None:
    record = parse_text(f"{_TITLE}\n{_SESSION}\n{number}\n{_REST}")
    assert record.proposal is not None
    assert record.proposal.number == number
    assert record.proposal.session == _SESSION
    assert span_problems(record) == []


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n \n\n"])
def test_digits_under_the_session_past_blank_lines_are_the_number(gap: str) -> None:
    # a copy that sets a blank line or more between the cells (fix67: an earlier round
    # read the number only on the line right under the session's)
    record = parse_text(f"{_TITLE}\n\n{_SESSION}{gap}\n58\n\n{_REST}")
    assert record.proposal is not None
    assert (record.proposal.number, record.proposal.session) == ("58", _SESSION)


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(f"{_TITLE}\n3\n{_SESSION}\n", id="count-above-session"),
        pytest.param(f"{_TITLE}\n{_SESSION}\n2024\n", id="year-under-session"),
        pytest.param(f"{_TITLE}\n{_SESSION}\n第一批\n24\n", id="not-right-under"),
        pytest.param(f"{_TITLE}\n{_SESSION}\n\n第一批\n\n24\n", id="not-right-under-blanks"),
        pytest.param(f"{_TITLE}\n某区交通运输局\n24\n", id="under-no-session"),
    ],
)
def test_no_number_from_other_digits(head: str) -> None:
    record = parse_text(head + _REST)
    assert record.proposal is not None
    assert record.proposal.number is None
