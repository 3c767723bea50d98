"""A long line of inline items numbered 1 (a flattened page, or a hostile file: ``：①甲，①甲，…``
written thousands of times on one line): each item 1 asks whether it opens a run the
proposal wrote, quoted on its line. Each read its whole line again, the part before it
(its quotes counted) and the part after it (quadratic: 50,000 characters took two
minutes). The line's breaks and quotes are now found once for the letter and counted by
halving. The work is counted (characters read), never timed. Snippets are invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from replyparse import parse_text
from replyparse.fields import sections

_READ = [0]


class _Counted(str):
    """A text whose slices, counts and finds count the characters they read."""

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        out = str.__getitem__(self, key)
        if isinstance(key, slice):
            _READ[0] += len(out)
            return _Counted(out)
        return out

    def count(self, part: str, *span: int) -> int:  # type: ignore[override]
        _READ[0] += len(self[slice(*span)]) if span else len(self)
        return str.count(self, part, *span)

    def find(self, part: str, start: int = 0, end: int = 2**62) -> int:  # type: ignore[override]
        at = str.find(self, part, start, end)
        _READ[0] += (at + 1 if at >= 0 else min(end, len(self))) - start
        return at

    def rfind(self, part: str, start: int = 0, end: int = 2**62) -> int:  # type: ignore[override]
        at = str.rfind(self, part, start, end)
        _READ[0] += min(end, len(self)) - (at if at >= 0 else start)
        return at


def _read(count: int) -> int:
    text = _Counted("关于某事的答复\n张三代表：\n现答复如下：" + "①甲，" * count + "某局")
    view = SimpleNamespace(norm=text)
    _READ[0] = 0
    at = text.find("①")
    while at >= 0:
        sections._proposals_run_end(view, at, 0, len(text))  # type: ignore[arg-type]
        at = str.find(text, "①", at + 1)
    return _READ[0]


def test_characters_read_grow_with_the_line() -> None:
    small, large = _read(300), _read(600)
    assert large < 2.5 * small, (small, large)


@pytest.mark.parametrize(
    ("line", "run"),
    [
        ("您提出的“①加强巡查；②及时处置”的建议", True),  # quoted on its line: the proposal's
        ('您提出的"①加强巡查；②及时处置"的建议', True),
        ("您在建议中提出：①加强巡查；②及时处置。", True),  # the proposer says it
        ("我局采取措施：①加强巡查；②及时处置。", False),  # the reply's own
        ("“某某”一文提到：①加强巡查；②及时处置。", False),  # a quote closed before it
    ],
)
def test_a_run_the_proposal_wrote(line: str, run: bool) -> None:
    text = "关于某事的答复\n张三代表：\n" + line + "\n某局\n"
    view = SimpleNamespace(norm=text)
    at = text.index("①")
    end = sections._proposals_run_end(view, at, 0, len(text))  # type: ignore[arg-type]
    assert (end == text.index("\n", at)) if run else end == -1


def test_the_reply_s_own_points_still_sections() -> None:
    text = "关于某事的答复\n张三代表：\n现答复如下：\n我局采取措施：①加强巡查；②及时处置。\n某局\n"
    assert [s.number for s in parse_text(text).sections][-2:] in ([1, 2], ["1", "2"])
