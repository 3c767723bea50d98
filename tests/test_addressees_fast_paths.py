"""The salutation reader's shortcuts give what the plain reading gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters, at_least
from replyparse.fields import addressees

_PIECES = [
    "王某", "李", "委员", "代表", "A", "3", "·", "、", "、、", "，", ",", "；", ";", "/", " ",
    "  ", "\u3000", "\t", "\n", "（", "）", "等", "\u200b", "é", "٣",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join), st.integers(0, 50))
def test_split_cuts_as_its_scans_do(text: str, base: int) -> None:
    assert addressees._split(text, base) == addressees._split_scanned(text, base)


def test_split_cuts_the_gold_letters_lines_as_its_scans_do() -> None:
    """Every line of the gold letters, and its stretches after the first separator or
    blank (what a salutation leaves after its opener), is cut as the scans cut it."""
    seen = 0
    for gold in all_letters():
        for line in gold.text().splitlines():
            for text in {line, line.strip(), line[:40], line[line.find("、") + 1 :]}:
                assert addressees._split(text, 7) == addressees._split_scanned(text, 7), text
                seen += 1
    assert seen >= at_least(1_500, 100)


def test_split_takes_its_shortcuts() -> None:
    assert addressees._split("王某代表", 3) == [("王某代表", 3)]
    assert addressees._split("、甲、、乙代表、", 0) == [("甲", 1), ("乙代表", 4)]
    assert addressees._split("甲， 乙", 0) == [("甲", 0), ("乙", 3)]


_NAME_PIECES = ["王某", "李", "政协", "人大", "某县", "各", "位", "诸", "全体", "·", "委员", "\n"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=6).map("".join))
def test_seat_and_collective_shortcuts_read_as_their_patterns(name: str) -> None:
    """:data:`addressees._SEAT` matches no name shorter than ``_SEAT_MIN``, and a name with
    no blank is collective when the old pattern ``^(?:各位|诸位|全体|各)$`` says so."""
    if addressees._SEAT.match(name):
        assert len(name) >= addressees._SEAT_MIN
    flat = addressees._without_blanks(name)
    collective = re.match(r"^(?:各位|诸位|全体|各)$", flat) is not None
    assert (flat in addressees._COLLECTIVE) == collective
    assert addressees._SEAT.match("王某政协某") and addressees._SEAT_MIN == 5


def test_parse_reads_one_addressee_as_before() -> None:
    parse = addressees._parse
    assert [(a.name, a.role, a.span) for a in parse(" 王某委员", 10)] == [
        ("王某", "委员", (11, 13))
    ]
    assert [(a.name, a.role) for a in parse("王某政协某县委员", 0)] == [("王某", "委员")]
    assert [(a.name, a.role) for a in parse("甲乙、丙丁代表", 0)] == [
        ("甲乙", "代表"),
        ("丙丁", "代表"),
    ]
    assert parse("各位", 0) == [] and parse("全体代表", 0) == []
