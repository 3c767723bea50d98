"""The plain reading of a contact value's runs of words (:func:`contacts._word_pieces`),
one character at a time: the tests of its shortcuts compare with it."""

from __future__ import annotations

from replyparse.context import Flat
from replyparse.fields import contacts
from replyparse.textview import TextView


def plain_word_runs(
    view: TextView, flat: Flat, start: int, end: int
) -> list[tuple[int, int, bool, bool]]:
    """The runs :func:`contacts._word_pieces` cuts, as first written: one character at a
    time, before the runs parted by a gap are merged."""
    text = flat.text
    runs: list[tuple[int, int, bool, bool]] = []
    depth, k, run_start, gap = 0, start, None, False
    while k <= end:
        ch = text[k] if k < end else ""
        boundary = (
            k == end or ch in contacts._SEPARATORS or ch in contacts._BRACKETS or ch.isspace()
        )
        if not boundary and run_start is not None and contacts._gap_before(view, flat, k):
            runs.append((run_start, k, depth > 0, gap))
            run_start, gap = None, True
        if boundary:
            if run_start is not None:
                runs.append((run_start, k, depth > 0, gap))
                run_start = None
            gap = False
            if ch in "（(【[〔":
                depth += 1
            elif ch in "）)】]〕":
                depth = max(0, depth - 1)
        elif run_start is None:
            run_start = k
        k += 1
    return runs


def plain_word_pieces(view: TextView, flat: Flat, start: int, end: int) -> list[contacts._Piece]:
    """:func:`contacts._word_pieces` as first written: the runs above, merged as it does
    (:func:`contacts._merged`, the same code: what is checked is the runs' fast paths)."""
    return contacts._merged(flat.text, plain_word_runs(view, flat, start, end))
