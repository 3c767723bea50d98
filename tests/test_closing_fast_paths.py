"""The closing block's extractors (contacts, dates, signature, cc, amounts…) and the
context's :class:`Flat` take short cuts the plain reading does not: each short cut is
switched off here and the answers compared over every gold letter and invented lines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from goldsets import all_letters
from replyparse.context import Flat
from replyparse.fields import contacts
from replyparse.layout import segment
from replyparse.resegment import resegment
from replyparse.textview import TextView

_LETTERS = [g.text() for g in all_letters()]

_CLOSINGS = [
    "某某局\n2021年9月3日\n联系人：王某\n电话：0000-5550123",
    "某某局\n2021年9月3日\n联系电\n话：13900000123\n人：李某",
    "某某局\n2021年9月3日\n联系人：王某\n13900000123\n复核人：张某",
    "请与我局联系，\n联系电话：0000-5550123。\n某某局\n2021年9月3日",
    "某某局\n2021年9月3日\n联系单位：某县交通运输局\n联系人：甲、乙\n联系电话：0000-5550123",
    "（联系人：王某，联系电话：13900000123）\n某某局\n2021年9月3日",
    "某某局\n2021年9月3日 联系人：王某 电话：0000-5550123",
    "某某局\n2021年9月3日\n主管领导  王某  联系电话  13900000123\n赵某  联系电话  13800000123",
]


def _views(extra: list[str]) -> Iterator[TextView]:
    for text in _LETTERS + extra:
        yield resegment(TextView(text))


def test_contacts_read_only_lines_that_may_hold_a_label(monkeypatch: pytest.MonkeyPatch) -> None:
    views = list(_views(_CLOSINGS))
    closings = []
    for view in views:
        closing = segment(view).closing
        closings.append(closing[0].start if closing else len(view.norm) + 1)

    def read() -> list[object]:
        return [
            contacts._contacts(view, view.content_lines, at)
            for view, at in zip(views, closings, strict=True)
        ]

    fast = read()
    monkeypatch.setattr(
        contacts, "_label_lines", lambda view, lines, closing_from: set(range(len(lines)))
    )
    assert fast == read()
    assert sum(len(found) for found in fast) > 40  # not vacuous


def test_flat_of_one_line_is_the_line() -> None:
    for view in _views(["联系人：王某\n\n 电话：  139 0000 0123 "]):
        for line in view.lines:
            fast, slow = Flat.line(line), Flat.of(view, (line.start, line.end))
            assert (fast.text, list(fast.at)) == (slow.text, list(slow.at))
