"""A title line with many elements glued after it, each after a blank (``关于…的答复 同意公开
同意公开 …``, a flattened page's repeated cells): the line's parts are found once and the
elements peeled off the end of them, not found again for each element cut (which read a
long line once an element: quadratic; the time is ``make hostile``'s, txt-title-marks).
Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import elements
from replyparse.textview import TextView


@pytest.mark.parametrize("marks", [1, 5, 200])
def test_parts_found_once_however_many_marks(marks: int, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = elements.gap_parts

    def counted(view: TextView, line: elements.Line) -> list[elements.Line]:
        calls.append(1)
        return real(view, line)

    monkeypatch.setattr(elements, "gap_parts", counted)
    view = TextView("关于某事的答复" + " 同意公开" * marks + "\n")
    core, notes = elements.cut_title(view, view.content_lines[0])
    assert core.text == "关于某事的答复"
    assert [n.text for n in notes] == ["同意公开"] * marks
    assert [n.start for n in notes] == sorted(n.start for n in notes)
    assert len(calls) == 1


def test_a_bracketed_note_then_marks() -> None:
    view = TextView("关于某事的答复 同意公开（B类） 同意公开\n")
    core, notes = elements.cut_title(view, view.content_lines[0])
    assert core.text == "关于某事的答复"
    assert [n.text for n in notes] == ["同意公开", "（B类）", "同意公开"]
