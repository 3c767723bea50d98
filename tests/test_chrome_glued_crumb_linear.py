"""A flattened page's head is parted into pieces, and each piece is asked whether a crumb's
首页 stands in it glued after the site's name (``某县人民政府首页>…``). The search for it ran
from the piece to the end of the line whenever the piece held none: on a long flattened
line, the whole line once for each piece of the head (a 180,000-character page of short
pieces searched some 50 million characters). It now looks at each 首页 of the piece alone.
The work is counted (characters the crumb's pattern is run over), never timed. Snippets are
invented."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest

from replyparse import chrome


class _Counted:
    """A compiled pattern that adds up how many characters it is run over."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        self.scanned += min(endpos, len(text)) - pos
        return self.pattern.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.scanned += min(endpos, len(text)) - pos
        return self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.scanned += 1
        return self.pattern.match(text, pos, endpos)


def _scanned(line: str, monkeypatch: pytest.MonkeyPatch) -> int:
    counted = _Counted(chrome._GLUED_CRUMB)
    with monkeypatch.context() as patch:
        patch.setattr(chrome, "_GLUED_CRUMB", counted)
        chrome.chrome_head(line)
    return counted.scanned


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("甲 乙 丙 丁 ", id="one-character-pieces"),
        pytest.param("发 布 机 构：某局 ", id="spread-labels"),
        pytest.param("某县某局 首页 > 政务公开 ", id="crumbs-set-apart"),
    ],
)
def test_work_does_not_grow_with_the_line(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    short = _scanned(unit * (20_000 // len(unit)), monkeypatch)
    long = _scanned(unit * (80_000 // len(unit)), monkeypatch)
    assert long < 1.5 * short + 100, (short, long)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("某县人民政府首页>政务公开>建议提案 ", id="step-glued"),
        pytest.param("某县人民政府首页 > 政务公开 > 建议提案 ", id="step-in-next-piece"),
    ],
)
def test_a_glued_crumb_is_still_cut_from_the_site_name(line: str) -> None:
    text = line + "某县某局关于某某事项的答复 王某委员：您提出的建议收悉。" + "现答复如下。" * 40
    first = text.index("首页")
    assert any(start == first for start, _ in _pieces(text)), _pieces(text)


def _pieces(text: str) -> list[tuple[int, int]]:
    pieces = [m.span() for m in chrome._PIECES.finditer(text, 0, chrome._HEAD_REACH)]
    return chrome._glued_apart(text, pieces, True)
