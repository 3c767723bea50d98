"""A long line of glued 抄送 lists (a flattened page, or a hostile file: ``抄送：某局，某委，``
written thousands of times on one line): each list asked for the closing's other labels of
its whole line, to end before the next one, a search of the line for each list (quadratic:
200,000 characters took 15 s). The line's labels are now found once for all its lists. The
work is counted (characters of the lines searched for labels), never timed. Snippets are
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.fields import cc
from replyparse.labels import LabelAt, LabelSet
from replyparse.textview import Line, TextView


def _searched(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    searched = 0
    real = cc.labels_on

    def counted(view: TextView, line: Line, labels: LabelSet) -> list[LabelAt]:
        nonlocal searched
        searched += len(line.text)
        return real(view, line, labels)

    with monkeypatch.context() as patch:
        patch.setattr(cc, "labels_on", counted)
        parse_text(text)
    return searched


def test_lines_searched_grow_with_the_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    unit = "抄送：某局，某委，"
    small = _searched(unit * 150, monkeypatch)
    large = _searched(unit * 300, monkeypatch)
    assert large < 2.5 * small, (small, large)


def test_a_list_still_ends_before_the_next_label() -> None:
    text = (
        "关于某事的答复\n张三代表：\n您提出的建议收悉。现答复如下：已办理。\n某县某局\n"
        "2023年5月6日\n抄送：县政府办公室，县财政局 联系单位：县教育局\n"
    )
    assert parse_text(text).cc == ["县政府办公室", "县财政局"]


def test_two_lists_on_one_line_each_end_at_the_other() -> None:
    text = (
        "关于某事的答复\n张三代表：\n您提出的建议收悉。现答复如下：已办理。\n某县某局\n"
        "2023年5月6日\n抄送：县政府办公室。抄报：市财政局\n"
    )
    assert parse_text(text).cc == ["县政府办公室", "市财政局"]
