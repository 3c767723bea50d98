"""Page furniture that ends a line (…某局2022年8月18日— 1 —): where its run starts. The
search of ``_FURNITURE_TAIL`` (pieces of furniture, then the line's end) tried each place of
the line and at each every way of parting what follows into pieces (``第1页共2页`` is one
piece or two): on a long line of pieces that does not end as furniture (``第1页 共2页``
written a thousand times, cut short) the cube of its length, minutes for 6,000 characters.
:func:`replyparse.resegment.furniture_tail` reads back from the line's end instead, and
answers as that search does. The work is counted (characters handed to the search; lines
of resegment.py run), never timed. Snippets are invented."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import resegment_steps
from replyparse import resegment as R

_PIECES = [
    "—1—",
    "——12——",
    "-3-",
    "第1页",
    "第2页，共3页",
    "第2页共3页",
    "共3页第1页",
    "image1.wmf",
    "IMAGE12.JPEG",
    "image٣.png",  # (a digit of another script: \d reads it)
    "第",
    "共",
    "页",
    "—",
    "1",
    "，",
    "某",
    "。",
    "image.wmf",
    "第1234页",
]


def _searched(text: str, start: int) -> int | None:
    m = R._FURNITURE_TAIL.search(text, start, len(text))
    return None if m is None else m.start()


@given(st.lists(st.sampled_from(_PIECES), max_size=9), st.integers(0, 60))
def test_the_tail_is_where_the_search_finds_it(pieces: list[str], start: int) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    assert R.furniture_tail(text, start, len(text)) == _searched(text, start)
    assert R.furniture_tail(text, 0, len(text)) == _searched(text, 0)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("某县某局2022年8月18日— 1 —", None),  # (a blank in it: the view drops it)
        ("某县某局2022年8月18日—1—", 14),
        ("特此答复。第1页，共2页", 5),
        ("附图image3.jpeg", 2),
        ("——1——", 0),  # the second dash of the end is the piece's, not a stray one
        ("特此答复。", None),  # tidy lines: none
        ("共同推进第三页", None),
        ("第1页 共2", None),
    ],
)
def test_tails_of_lines(text: str, want: int | None) -> None:
    assert R.furniture_tail(text, 0, len(text)) == _searched(text, 0)
    if " " not in text:
        assert R.furniture_tail(text, 0, len(text)) == want


def test_the_last_characters_are_the_pattern_s() -> None:
    every = (chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000)
    last = re.compile("[-—–─页fgp]", re.IGNORECASE)  # a dash, 页, an extension's last
    assert {ch for ch in every if last.fullmatch(ch)} == R._FURNITURE_LAST


class _Recorder:
    """Stands for the backtracking search: records the length of each stretch given."""

    def __init__(self) -> None:
        self.longest = 0

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> None:
        self.longest = max(self.longest, min(len(text), endpos) - pos)


def test_a_long_line_of_pieces_is_read_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = _Recorder()
    monkeypatch.setattr(R, "_FURNITURE_TAIL", recorder)
    head = "关于某事的答复\n张三代表：\n您提出的建议收悉。\n"
    resegment_steps(head + "第1页 共2页" * 600 + "第1页 共")  # cut short: no furniture
    # the backtracking search is never handed more than a line of furniture alone
    assert recorder.longest <= R.MAX_FURNITURE_LINE
    # a run of furniture to the end, read back whole: work as its length
    small = resegment_steps(head + "第1页 共2页" * 600)
    large = resegment_steps(head + "第1页 共2页" * 1200)
    assert large < 2.3 * small, (small, large)
