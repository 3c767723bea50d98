"""A page that stores a letter twice, one copy damaged where the other is not (snippets
written here, names and numbers invented).

The two copies are compared line by line; a copy that holds a line the other lacks (a
page's number set between two paragraphs, a seal's note under the signature) or that runs
two of the other's lines into one (the date on the last sentence's line) is the same copy
all the same, so its contacts, 抄送 bodies and dates are not read twice. Near misses: a
second copy that parts from the first for good keeps what follows the parting; a letter
with one copy reads as before.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_COPY = [
    "周某某代表:",
    "您提出的关于整修某村排水沟渠的建议收悉。现答复如下:",
    "一是我局已会同某镇对沟渠现状进行了勘查,拟于明年汛期前完成清淤。",
    "二是整修所需资金将列入下一年度农田水利项目统筹安排。",
    "2099年3月6日",
    "联系人:吴某 联系电话:0000-1234567",
    "抄送:某县人大常委会代表工委、某县政府督查室",
]


def _twice(first: list[str], second: list[str]) -> str:
    return "\n".join([*first, *second, "网友评论(0)"]) + "\n"


def _read(text: str):  # type: ignore[no-untyped-def]
    record = parse_text(text)
    assert span_problems(record) == []
    return record


_DAMAGED = {
    "page-number-in-first": ([*_COPY[:3], "— 2 —", *_COPY[3:]], _COPY),
    "page-number-in-second": (_COPY, [*_COPY[:4], "- 3 -", *_COPY[4:]]),
    "seal-in-second": (_COPY, [*_COPY[:5], "(盖章)", *_COPY[5:]]),
    "date-on-last-line": (_COPY, [*_COPY[:3], _COPY[3] + "   " + _COPY[4], *_COPY[5:]]),
    "date-glued-in-first": ([*_COPY[:3], _COPY[3] + _COPY[4], *_COPY[5:]], _COPY),
}


@pytest.mark.parametrize("first, second", list(_DAMAGED.values()), ids=list(_DAMAGED))
def test_a_damaged_copy_is_still_the_copy(first: list[str], second: list[str]) -> None:
    record = _read(_twice(first, second))
    assert [c.name for c in record.contacts] == ["吴某"]
    assert record.cc == ["某县人大常委会代表工委", "某县政府督查室"]
    assert [d.value for d in record.dates] == ["2099-03-06"]
    assert record.signature.date == "2099-03-06"


def test_a_copy_that_parts_for_good_keeps_what_follows() -> None:
    # (the second copy's body goes on in other words: its own sentence is read)
    second = [*_COPY[:3], "(盖章)", "三是另拨专款2098年4月起整修支渠。"]
    record = _read(_twice(_COPY, second))
    assert [d.value for d in record.dates] == ["2099-03-06", "2098-04"]


def test_one_copy_reads_as_before() -> None:
    record = _read("\n".join(_COPY) + "\n")
    assert [c.name for c in record.contacts] == ["吴某"]
    assert record.cc == ["某县人大常委会代表工委", "某县政府督查室"]
