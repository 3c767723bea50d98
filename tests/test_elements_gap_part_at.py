"""A header line of many 发文字号 parted by blanks (a flattened page's cells, or a hostile
file): each number found asks which gap part of its line holds it. Each ask made every part
of the line again (quadratic: 50,000 characters of ``签发人：… 某交函〔2023〕6号`` took 4 s);
:func:`gap_part_at` makes the one part. The work is counted, never timed. Snippets are
invented."""

from __future__ import annotations

import pytest

from replyparse import elements, parse_text
from replyparse.elements import gap_part_at, gap_parts
from replyparse.textview import TextView


@pytest.mark.parametrize(
    "text",
    [
        "某县交通运输局",  # no gap: the line itself
        "类别：A  签发人：王某  某交函〔2022〕9号",
        "  某交函〔2022〕9号   公开  ",
        "甲 乙 丙 丁",
    ],
    ids=["no-gap", "cells", "blanks-at-ends", "one-character-parts"],
)
def test_the_part_at_is_the_part_that_holds_it(text: str) -> None:
    view = TextView(text)
    line = view.content_lines[0]
    parts = gap_parts(view, line)
    for pos in range(line.start, line.start + len(line.text)):
        want = next((p for p in parts if p.start <= pos < p.end), None)
        got = gap_part_at(view, line, pos)
        assert got is not None
        if want is not None:
            assert (got.start, got.end, got.text) == (want.start, want.end, want.text)


def test_off_the_line_is_none() -> None:
    view = TextView("甲 乙\n丙")
    line = view.content_lines[0]
    assert gap_part_at(view, line, view.content_lines[1].start) is None


def _parts_made(count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    made = 0
    real = elements._part

    def counted(*args: object) -> object:
        nonlocal made
        made += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(elements, "_part", counted)
    parse_text("签发人：王某某某交函〔2022〕6号 " * count)
    return made


def test_parts_made_grow_with_the_numbers_not_their_square(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = _parts_made(200, monkeypatch)
    large = _parts_made(400, monkeypatch)
    assert large <= 2.5 * small, (small, large)
