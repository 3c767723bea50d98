"""The layout's gate before the 附件说明's search (:func:`replyparse.layout._attachments_at`:
a letter without 附 holds no line opening with 附件) answers as the plain walk of the body's
lines does, over the gold letters, their perturbations and snippets of our own."""

from __future__ import annotations

import pytest

from goldsets import at_least, gold_texts
from replyparse.layout import _ATTACHMENTS, _attachments_at, segment
from replyparse.resegment import resegment
from replyparse.textview import Line, TextView
from replyparse.unwrap import unwrap

_SNIPPETS = [
    # 附 with no 附件 (附近, 附注, 附表), 附件 inside a line, and the list at a line's start
    "关于某事的答复\n王某代表：\n附近的道路已修好。\n附注：无。\n某局\n2021年3月2日",
    "关于某事的答复\n王某代表：\n详见附件。\n附件：1.某表\n某局\n2021年3月2日",
    "关于某事的答复\n王某代表：\n现答复如下。\n附件1：某表\n附件2：某图\n某局\n2021年3月2日",
    "关于某事的答复\n王某代表：\n现答复如下。\n附表：某表\n附 件：某图\n某局\n2021年3月2日",
    "附件：某表\n王某代表：\n现答复如下。\n某局\n2021年3月2日",
]


def _plain(lines: tuple[Line, ...], start: int, stop: int) -> int:
    for i in range(start, stop):
        if _ATTACHMENTS.match(lines[i].text):
            return i
    return stop


@pytest.fixture(scope="module")
def views() -> list[TextView]:
    return [resegment(unwrap(TextView(text))) for text in gold_texts(*_SNIPPETS)]


def test_attachments_gate_is_the_plain_walk(views: list[TextView]) -> None:
    found = 0
    for view in views:
        lines = view.content_lines
        layout = segment(view)
        stops = [len(lines)]
        if layout.closing:
            stops.append(lines.index(layout.closing[0]))
        for stop in stops:
            for start in range(stop + 1):
                at = _attachments_at(view, lines, start, stop)
                assert at == _plain(lines, start, stop), view.norm
                found += at < stop
    assert found >= at_least(20, 4)  # (the lists the snippets hold, and the letters')
