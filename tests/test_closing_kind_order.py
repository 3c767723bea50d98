""":func:`closing.kind` asks a closing line's 印发 pattern before :func:`is_note`, and a
label's spelling before it (``LabelSet.spelled``): both answer OTHER, as is_note
would. Each short cut is undone here and the kinds compared over every gold letter and
lines in my words."""

from __future__ import annotations

import pytest

from goldsets import all_letters, at_least
from replyparse import closing, elements
from replyparse.closing import Kind
from replyparse.labels import LabelSet
from replyparse.resegment import resegment
from replyparse.textview import Line, TextView

# Closing lines in my words: labels of the closing and of other parts, spelled whole, after
# a bracket, wrapped or without their colon, 印发 lines with and without a gap, notes.
_LINES = [
    "联系人：王某",
    "联系电话：0000-5550123",
    "联系人及电话：王某，13900000123",
    "（联系人：王某）",
    "联系人",
    "联系电话",
    "联系人：",
    "提案人：王某",
    "代表姓名：王某",
    "答复日期：2021年9月3日",
    "抄送：某县人大常委会，某县政府办公室。",
    "承办负责人：李某",
    "话：13900000123",
    "某某局办公室  2024年6月26日印发",
    "某某局办公室2024年6月26日印发",
    "某某局办公室  2024年6月26日  印发",
    "印发：某某局办公室",
    "（此件公开发布）",
    "| 联系人：王某 |",
    "｜联系单位：某县交通运输局｜",
    "|承办负责人：李某",
    "联系人：王某[1]",
    "此致",
    "特此函复。",
    "感谢您对我们工作的关心和支持。",
]


def _views() -> list[TextView]:
    views = [resegment(TextView(g.text())) for g in all_letters()]
    views.append(resegment(TextView("\n".join(["现答复如下。", *_LINES]))))
    views += [resegment(TextView(f"现答复如下。\n某某局\n{text}")) for text in _LINES]
    return views


def _kinds(views: list[TextView]) -> list[Kind | None]:
    out = []
    for view in views:
        view.answers.clear()  # (nothing kept from another reading)
        out += [closing.kind(view, line) for line in view.content_lines]
    return out


def _printed_in_the_note(view: TextView, line: Line, labels: LabelSet) -> bool:
    """is_note, or the 印发 pattern after it: the plain order's first two tests in one."""
    text = closing._without_table_bars(line.text)
    if text.endswith(("]", "]\n")):
        text = text[: closing.footnote_start(text)]
    return elements.is_note(view, line, labels) or bool("印发" in text and _PRINTED.match(text))


_PRINTED = closing._PRINTED


def _spelled(text: str) -> bool:
    return closing._CLOSING_LABELS.spelled(text) is not None


def test_kind_reads_as_the_plain_order(monkeypatch: pytest.MonkeyPatch) -> None:
    views = _views()
    fast = _kinds(views)
    # not vacuous: label lines and 印发 lines are met, many times
    texts = [line.text for view in views for line in view.content_lines]
    assert sum(_spelled(text) for text in texts) > at_least(100, 20)
    assert sum("印发" in text and bool(_PRINTED.match(text)) for text in texts) >= 4
    # the plain order: no spelling looked up, is_note first, the 印发 pattern after it
    monkeypatch.setattr(closing._CLOSING_LABELS, "spelled", lambda _: None)
    monkeypatch.setattr(closing, "_PRINTED", type("_Never", (), {"match": lambda *_: None})())
    monkeypatch.setattr(closing, "is_note", _printed_in_the_note)
    assert _kinds(views) == fast


def test_a_spelled_label_is_a_note() -> None:
    views = _views()
    spelled = [(view, line) for view in views for line in view.content_lines if _spelled(line.text)]
    assert len(spelled) > at_least(100, 20)
    assert all(elements.is_note(view, line, closing._CLOSING_LABELS) for view, line in spelled)
