"""Re-segmentation's views built run by run (resegment.with_breaks) read as the plain
reading they stand for: the view's text copied character by character, a break put
before each cut (taking back the spaces kept before it), the dropped ranges and the spaces
after a line break left out.

Checked on every gold letter and its perturbations (the breaks re-segmenting finds, and
breaks and drops placed at random), and on snippets invented here whose own lines hold
spaces after their breaks.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import goldsets
from replyparse import resegment as R
from replyparse.textview import TextView, normalise_newlines
from replyparse.unwrap import unwrap


def _with_breaks_plainly(view: TextView, breaks: R.Breaks) -> TextView:
    """The view with ``breaks`` made, character by character."""
    norm, origin, original = view.norm, view.origin, view.original
    dropped = [False] * len(norm)
    for a, b in breaks.drops:
        dropped[a:b] = [True] * (b - a)
    cuts = set(breaks.cuts)
    chars: list[str] = []
    at: list[int] = []
    for i, ch in enumerate(norm):
        if i in cuts:
            where = origin[i]
            for k in range(origin[i - 1] + 1, origin[i]):
                if original[k].isspace():
                    where = k
                    break
            while chars and chars[-1] == " ":
                chars.pop()
                where = at.pop()
            chars.append("\n")
            at.append(where)
        if dropped[i] or (ch == " " and chars and chars[-1] == "\n"):
            continue
        chars.append(ch)
        at.append(origin[i])
    return TextView.from_parts(original, "".join(chars), at)


def _same(view: TextView, breaks: R.Breaks) -> bool:
    fast, plain = R.with_breaks(view, breaks), _with_breaks_plainly(view, breaks)
    return fast.norm == plain.norm and fast.origin == plain.origin


def _random_breaks(norm: str, rng: random.Random) -> R.Breaks:
    """Cuts and drops anywhere, overlapping, at spaces and line breaks more often."""
    n = len(norm)
    spaced = [i for i, ch in enumerate(norm) if ch in " \n"]
    cuts = {rng.randrange(1, n) for _ in range(rng.randrange(0, 12))} if n > 1 else set()
    cuts |= {p + d for p in rng.sample(spaced, min(len(spaced), 6)) for d in (0, 1)}
    drops = []
    for _ in range(rng.randrange(0, 4)):
        a = rng.randrange(0, n + 1)
        drops.append((a, min(n, a + rng.randrange(0, 6))))
    return R.Breaks(tuple(sorted(c for c in cuts if 0 < c < n)), tuple(drops))


_TEXTS = [g.text() for g in goldsets.all_letters()] + goldsets.perturbed_texts()


def test_every_letter_is_asked() -> None:
    assert len(_TEXTS) >= goldsets.at_least(200, 40)


@pytest.mark.parametrize("text", _TEXTS)
def test_a_view_with_breaks_is_the_plain_one(text: str) -> None:
    view = unwrap(TextView(normalise_newlines(text)))
    assert _same(view, R.find_breaks(view))
    rng = random.Random(text)
    for _ in range(8):
        assert _same(view, _random_breaks(view.norm, rng))


_SNIPPETS = [
    "关于某事的答复 |\n 王某代表：\n  您提出的建议收悉。  现答复如下：一、道路 2 021 年",
    "某局\n \n  2021年5月6日  联系人：李某  电话：123 456",
    "  a b\n c\n\n   d  ",
    " ",
    "甲",
]


@pytest.mark.parametrize("text", _SNIPPETS)
def test_a_view_with_its_own_spaced_lines_is_the_plain_one(text: str) -> None:
    """A view whose text is the letter's own, spaces after its line breaks kept: the runs
    holding such a space are read character by character."""
    view = TextView.from_parts(text, text, list(range(len(text))))
    rng = random.Random(text)
    for _ in range(200):
        assert _same(view, _random_breaks(text, rng))


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="甲 \n|a1。", max_size=30),
    st.lists(st.integers(0, 31), max_size=8),
    st.lists(st.tuples(st.integers(0, 31), st.integers(0, 31)), max_size=3),
)
def test_any_breaks_on_any_text_are_the_plain_ones(
    text: str, cuts: list[int], drops: list[tuple[int, int]]
) -> None:
    view = TextView.from_parts(text, text, list(range(len(text))))
    n = len(text)
    breaks = R.Breaks(
        tuple(sorted({c for c in cuts if 0 < c < n})),
        tuple((a, b) for a, b in drops if a <= b <= n),
    )
    assert _same(view, breaks)


def test_a_kept_space_before_a_break_becomes_the_break() -> None:
    view = TextView.from_parts("甲 乙丙", "甲 乙丙", [0, 1, 2, 3])
    made = R.with_breaks(view, R.Breaks((2,), ((3, 4),)))
    assert (made.norm, made.origin) == ("甲\n乙", [0, 1, 2])
