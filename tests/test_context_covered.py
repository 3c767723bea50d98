""":class:`replyparse.context.Covered`: the places some ranges cover, asked by halving. It
reads as the plain test of each range does (``any(a <= pos < b for a, b in ranges)``), for
ranges in any order, overlapping, touching, nested or empty."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from replyparse.context import Covered

_RANGES = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=8)


@given(_RANGES)
def test_holds_is_the_plain_reading(ranges: list[tuple[int, int]]) -> None:
    covered = Covered.of(ranges)
    for pos in range(-2, 43):
        assert covered.holds(pos) == any(a <= pos < b for a, b in ranges), (ranges, pos)


def test_stretches_are_joined_in_order() -> None:
    ranges = [(8, 12), (3, 5), (5, 6), (9, 10), (20, 20), (14, 15)]
    assert Covered.of(ranges) == Covered([3, 8, 14], [6, 12, 15])


def test_none_covers_nothing() -> None:
    covered = Covered.of([])
    assert not any(covered.holds(pos) for pos in range(-1, 5))


def test_shuffled_ranges_cover_the_same() -> None:
    rng = random.Random(4)
    ranges = [(a, a + rng.randint(0, 6)) for a in rng.sample(range(200), 60)]
    want = Covered.of(ranges)
    rng.shuffle(ranges)
    assert Covered.of(ranges) == want
