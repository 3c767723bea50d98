"""The first character's gates before the element patterns answer as the patterns do.

:func:`replyparse.elements._may_stand_alone` and :data:`replyparse.elements._MARK_FIRST`
skip :data:`_ALONE` and :data:`_MARK_ALONE` for a text no match can open; checked over
every content line (and part between gaps) of the sample, seed and corpus letters, and
over every character of the Basic Multilingual Plane before tails that complete marks,
notes, 份号, 密级 and dates. A text a pattern matches that the gate refuses fails.
"""

from __future__ import annotations

from collections.abc import Iterator

from goldsets import SETS, letters
from lineparts import lines_and_parts
from replyparse import elements
from replyparse.resegment import resegment
from replyparse.textview import TextView

_TAILS = [
    *("", "类", "A类", "公开", "同意公开", "123456", "23456", "021年3月2日", "机密★1年", "）"),
    *("件同意公开", "答复件公开"),  # (a note's head and its value: 此件同意公开, 本答复件公开)
]


def _texts() -> Iterator[str]:
    views = [TextView(letter.text()) for gold_set in SETS for letter in letters(gold_set)]
    for _, line in lines_and_parts([*views, *map(resegment, views)]):
        yield line.text
    for code in range(0x10000):
        if not 0xD800 <= code < 0xE000:
            for tail in _TAILS:
                yield chr(code) + tail


def test_first_character_gates() -> None:
    alone = marks = 0
    for text in _texts():
        if elements._ALONE.match(text):
            alone += 1
            assert elements._may_stand_alone(text), text
        if elements._MARK_ALONE.match(text):
            marks += 1
            assert elements.is_mark(text), text
    assert alone > 100 and marks > 50  # the texts hold matches of both
