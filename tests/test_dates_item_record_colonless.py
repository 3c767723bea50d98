"""A 办理单 form over the reply whose last row's label lost its colon (snippets written
here, names and numbers invented).

Such a form writes its rows one a line (``建议号：`` / ``提案人：`` / ``内 容：`` with blanks
that align the labels / the proposal's text / ``交办日期：`` / ``反馈时间：`` left empty), its
last row ``办理情况`` alone, no colon, the reply right under it: a record of the item, as
with the colon (tests/test_dates_item_record.py). Flattened onto one line, with blanks or
with nothing between the rows, the empty row and the colonless label stay header, never
the title's head. Near misses: the same rows with no row of the proposal's text keep their
dates; a label ``办理情况`` whose value is no title is left as it was.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_ROWS = [
    "建议号：58号",
    "提案人：王某某",
    "内 容：某村小学校舍陈旧，生源增加，需新建教学楼，所需资金30万元。",
    "承办单位：教育局",
    "交办日期：2019年3月1日",
    "反馈时间：",
    "办理情况",
]
_REPLY = [
    "某县教育局关于某县第五届人大一次会议第58号建议的答复函",
    "王某某代表：",
    "您提出的“关于新建某村小学教学楼的建议”已交我们研究办理，现答复如下：",
    "我局已将该项目列入计划，安排资金8万元先行维修。",
    "某县教育局",
    "2019年6月1日",
]


def _read(rows: list[str], separator: str):  # type: ignore[no-untyped-def]
    record = parse_text(separator.join(rows + _REPLY) + "\n")
    assert span_problems(record) == []
    return record


@pytest.mark.parametrize("separator", ["\n", " ", ""], ids=["lines", "one-line", "glued"])
def test_colonless_last_row_ends_the_record(separator: str) -> None:
    record = _read(_ROWS, separator)
    assert [d.text for d in record.dates] == ["2019年6月1日"]
    assert [a.text for a in record.amounts] == ["8万元"]
    assert record.title == _REPLY[0]
    assert record.proposal.session == "某县第五届人大一次会议"


@pytest.mark.parametrize("separator", ["\n", " "], ids=["lines", "one-line"])
def test_without_the_proposal_text_the_dates_stay(separator: str) -> None:
    rows = [r for r in _ROWS if not r.startswith("内 容")]
    record = _read(rows, separator)
    assert "2019年3月1日" in [d.text for d in record.dates]
    assert record.title == _REPLY[0]


def test_a_handling_row_with_words_of_its_own_is_no_title() -> None:
    # (办理情况 over a sentence of its own, the reply's title further down: as before)
    rows = [*_ROWS[:-1], "办理情况：已办结"]
    record = _read(rows, "\n")
    assert record.title == _REPLY[0]
