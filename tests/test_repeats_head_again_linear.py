"""A flattened page that wrote the letter twice on one line, its head (the title set again
over the second copy) between the copies: :func:`replyparse.repeats._head_again` finds the
first run of characters there written before the first copy too. Each of the few hundred
runs was looked for in all that stands before the first copy (a search of the page each:
some 80 million comparisons on a 200,000-character page); the runs are now kept by their
text and the page before the copy read once. The work is counted (characters read), never
timed; the answer is the plain search's. Snippets are invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from replyparse import repeats

_READ = [0]


class _Counted(str):
    """A text whose slices and searches count the characters they read."""

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        out = str.__getitem__(self, key)
        if isinstance(key, slice):
            _READ[0] += len(out)
            return _Counted(out)
        return out

    def __contains__(self, part: object) -> bool:
        _READ[0] += len(self)
        return str.__contains__(self, part)  # type: ignore[operator]


def _plain(text: str, begin: int, first_end: int, copy_start: int) -> int | None:
    """The reading :func:`repeats._head_again` gives: each run looked for before the copy."""
    if not 0 < copy_start - first_end <= repeats._HEAD_GAP or begin < repeats._HEAD_RUN:
        return None
    before = text[:begin]
    for at in range(first_end, copy_start - repeats._HEAD_RUN + 1):
        run = text[at : at + repeats._HEAD_RUN]
        if not run.isspace() and run in before:
            return at
    return None


@given(
    st.text(alphabet="甲乙 ", max_size=90),
    st.integers(0, 90),
    st.integers(0, 90),
    st.integers(0, 90),
)
def test_the_head_is_where_the_plain_search_finds_it(
    text: str, begin: int, first_end: int, copy_start: int
) -> None:
    begin, first_end = min(begin, len(text)), min(first_end, len(text))
    copy_start = min(copy_start, len(text))
    assert repeats._head_again(text, begin, first_end, copy_start) == _plain(
        text, begin, first_end, copy_start
    )


def test_a_title_set_again_is_found() -> None:
    title = "关于加强某某工作的建议的答复"
    text = title + "张某代表：您的建议收悉。某局" + "发布时间：某日" + title + "张某代表："
    first_end = text.index("发布时间")
    copy_start = text.rindex("张某代表")
    assert repeats._head_again(text, 0 + 1, first_end, copy_start) is None  # (before: 1)
    assert repeats._head_again(text, 14, first_end, copy_start) == text.rindex(title)


def test_characters_read_grow_with_the_page() -> None:
    """A page of 20,000 characters before the first copy, 400 between the copies, none of
    whose runs stands before: the page before is read a few times, not once a run."""
    before = "某" * 20_000
    between = ("甲" + "某" * 11) * 33
    text = _Counted(before + between + "张某代表：")
    _READ[0] = 0
    got = repeats._head_again(text, len(before), len(before), len(before) + len(between))
    assert got is None
    assert _READ[0] <= 16 * len(text), _READ[0]
