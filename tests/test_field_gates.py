"""The extractors' cheap gates and bounded searches read the same as the plain scans they
skip: each is switched off here (by patching its bound or set to one that lets everything
through) and the answers compared over every gold letter and invented lines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from goldsets import all_letters
from replyparse.fields import handling
from replyparse.resegment import resegment
from replyparse.textview import TextView

_LETTERS = [g.text() for g in all_letters()]


class _Everything:
    """A set that holds every character: a gate that lets each line through."""

    def __contains__(self, item: object) -> bool:
        return True


def _views(extra: list[str]) -> Iterator[TextView]:
    for text in _LETTERS + extra:
        yield resegment(TextView(text))


_MARK_LINES = [
    "某交复函〔2017〕19号　B类",
    "B类",
    "B",
    "（A类）",
    "【B】",
    "A类（已解决或采纳）",
    "A类（已解决或采纳",
    "A类（已解决或采纳，已解决或采纳，已解决或采纳）",  # the longest explanation
    "水质II类",
    "办理结果：乙类\\B类",
    "某某局　　　　　　　　　　　　　　　　　　　　　　　　　　　C类）",
]


def test_mark_gate_and_reach_find_what_the_whole_line_search_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    views = list(_views(_MARK_LINES))
    lines = [(view, line) for view in views for line in view.content_lines]
    fast = [handling._mark(view, line) for view, line in lines]
    monkeypatch.setattr(handling, "_MARK_REACH", 10**9)
    monkeypatch.setattr(handling, "_MARK_ENDS", _Everything())
    assert fast == [handling._mark(view, line) for view, line in lines]
    assert any(fast)  # not vacuous
