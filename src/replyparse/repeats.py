"""A letter a page stores twice: the second copy is no part of the letter.

A saved web page may hold the same letter twice (its text version and its print version,
or a third-party copy that pasted it again): salutation, body and closing written out a
second time further down. Read whole, every list field would double (each contact, each
抄送 body, each date). A reader reads the letter once: the view drops the second copy's
lines (:class:`replyparse.textview.TextView`), as it drops a page's chrome, and the first
copy is the letter.

The copy is found by its opening sentence: the line holding the first ``收悉`` (else the
first ``如下``: …建议收悉, 现答复如下) written again, whole, on a later line. From there the
two copies are compared line by line, blank lines aside, back to where they part and on to
where they part (or the second would reach the first), past a short line one copy alone
holds (a page's number, a seal's note) and a line that runs two of the other's into one
(:func:`_past_damage`), the page's chrome aside (a page that
prints the letter twice sets its crumb and its cells again before the second copy's title,
``当前位置：`` / title / ``发布时间：…`` / 发文字号 …, where the first has other cells: the title
written again over them is the second copy's); the lines the second copy shares
with the first are dropped when they are a letter's worth (:data:`_FEW_LINES` lines and
:data:`_FEW_CHARS` characters, or :data:`_MANY_CHARS` characters on fewer: a flattened
copy). A sentence the letter repeats in its own words (one line, a short paragraph) is no
copy.
"""

from __future__ import annotations

from replyparse.formatchars import INVISIBLE

_OPENING_WORDS = ("收悉", "如下")
_FEW_LINES = 3
_FEW_CHARS = 60
_MANY_CHARS = 200
COPY_LEAST = _FEW_CHARS
"""The fewest characters of a second copy dropped on one line (a flattened copy that writes
the letter's head again, :func:`_copy_in_line`; one that does not holds :data:`_MANY_CHARS`
at least): a reader that meets a skip that long inside a view's line meets a copy (a page
number or a gloss is short)."""
_BLANK = " \t\r\f\v\u3000\xa0"


def second_copy(
    original: str, chrome: frozenset[int] = frozenset(), invisible: bool | None = None
) -> list[tuple[int, int]]:
    """The spans of the lines of ``original`` (each line's, its newline aside) that write
    the letter a second time (see the module); empty when it holds one copy. ``chrome``:
    the indices of its lines that are the page's chrome, read past as blank lines are (the
    spans run over those between the copy's lines). A web copy's
    invisible format characters (a zero-width space strewn into one copy and not the
    other) are read past, as the view reads past them. ``invisible``, when given, is
    whether ``original`` holds one (the view's scan told it: the search of the letter for
    them, a class-led scan of some 50 instructions a character, is not made again)."""
    # (finds in C, no pattern: most letters write the opening's word once, and that is
    # all they are asked; the word itself is read as written)
    for word in _OPENING_WORDS:
        at = original.find(word)
        if at >= 0:
            break
    else:
        return []
    if original.count(word[-1]) < 2:
        return []  # (its last character once: the word is written once, invisibles or not)
    if invisible is None:
        invisible = INVISIBLE.search(original) is not None
    seen = INVISIBLE.sub("", original) if invisible else original
    at = seen.find(word)
    if seen.find(word, at + len(word)) < 0:
        return []
    start = seen.rfind("\n", 0, at) + 1
    end = seen.find("\n", at)
    end = len(seen) if end < 0 else end
    probe = seen[start:end].strip(_BLANK)
    if seen.find(probe, end) < 0 and not _alike_later(seen, probe, end):
        # (a flattened page: both copies on one line, the opening's sentence twice in it)
        return [] if invisible else _copy_in_line(original, at + len(word), start, end)
    return _copy_lines(original, seen.count("\n", 0, start), invisible, chrome)


_PROBE_CHARS = 24
"""How many characters up to the opening's word are looked for again on its line."""


def _copy_in_line(text: str, at: int, start: int, end: int) -> list[tuple[int, int]]:
    """The second copy of a letter a flattened page wrote twice on one line
    (``text[start:end]``, the opening's word ending at ``at``): the opening's words written
    again further on that line, and the characters the two runs share from there, back to
    where they part (the first copy's start, the title's or the salutation's) and on to
    where they part (or the second would reach the first: a page number after each copy,
    ``— 1 —``, is the copy's too). Only a letter's worth of them (:data:`_MANY_CHARS`) is a
    copy; a sentence the letter says twice is not."""
    first = max(start, at - _PROBE_CHARS)
    again = text.find(text[first:at], at, end)
    if again < 0:
        return []
    back = 0
    while first - back > start and text[first - back - 1] == text[again - back - 1]:
        back += 1
    copy_start = again - back
    on = at - first
    while again + on < end and first + on < copy_start and text[first + on] == text[again + on]:
        on += 1
    head = _head_again(text, first - back, first + on, copy_start)
    if head is not None:  # (the letter's head written again: a copy, though a short one)
        return [(head, again + on)] if again + on - copy_start >= _FEW_CHARS else []
    if again + on - copy_start < _MANY_CHARS:
        return []
    return [(copy_start, again + on)]


_HEAD_RUN = 12
"""How many characters of the letter's head (its title, a crumb) a second copy's head
writes again, before its salutation, to be known as that head."""
_HEAD_GAP = 400
"""The most characters between a first copy's end and a second copy's salutation that are
asked whether they hold its head."""


def _head_again(text: str, begin: int, first_end: int, copy_start: int) -> int | None:
    """Where the second copy's head starts, when a flattened page wrote it again between
    the first copy's end (``first_end``, where the two copies part) and the second copy's
    salutation (``copy_start``; the first copy starts at ``begin``): the first place there
    that opens a run of :data:`_HEAD_RUN` characters written before the first copy too (the
    title set again over the copy, ``…某局 2099年1月2日 关于某某建议的答复 发布时间：… 张某代表：``;
    the cells between differ, so the comparison back from the salutation stopped at them).
    None when no such run stands there (the page's own words between two copies stay)."""
    if not 0 < copy_start - first_end <= _HEAD_GAP or begin < _HEAD_RUN:
        return None
    # Each run between the copies (a few hundred) looked for in all that stands before the
    # first copy was a search of the page each (a long page's hundreds of searches, up to
    # a comparison a run and a character there). The runs are kept by their text instead,
    # each at its first place, and each run of the text before the first copy is looked up
    # among them, once: the first place whose run is found there.
    runs: dict[str, int] = {}
    for at in range(first_end, copy_start - _HEAD_RUN + 1):
        run = text[at : at + _HEAD_RUN]
        if not run.isspace():
            runs.setdefault(run, at)
    if not runs:
        return None
    get = runs.get
    # (every place kept is past the page's start, none 0: filter drops the misses alone)
    found = filter(None, [get(text[k : k + _HEAD_RUN]) for k in range(begin - _HEAD_RUN + 1)])
    return min(found, default=None)


_MARK_CHARS = 12
"""The longest line one copy holds and the other lacks that the comparison reads past: a
page's number (``— 2 —``), a seal's note (``（盖章）``) a print or a paste set in one copy."""


_INSERTED_CHARS = 80
"""The longest run a hijacked mirror injects into one copy's line (an advert, a gambling
plug, a stray character or two) that the comparison reads past."""
_INSERTED_IN = 16
"""The fewest characters of the line the run was injected into: a shorter line (a name, a
date) is compared whole."""


def _alike(mine: str, other: str) -> bool:
    """Whether two lines of the copies are the same line: written alike, or one the other
    with a run a hijacked mirror injected in one place (:data:`_INSERTED_CHARS` at most,
    into a line of :data:`_INSERTED_IN` characters or more): the words before the run and
    after it are the other's whole."""
    if mine == other:
        return True
    short, long = (mine, other) if len(mine) < len(other) else (other, mine)
    extra = len(long) - len(short)
    if not 0 < extra <= _INSERTED_CHARS or len(short) < _INSERTED_IN:
        return False
    head = next(
        (k for k, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short)
    )
    if head == len(short):
        return True  # (the run at the line's end)
    return long.endswith(short[head:])


_ENDS_CHARS = 12
"""How many characters at each end of the opening's line are looked for again, where a run
injected into one copy's line keeps the line from being found whole."""


def _alike_later(seen: str, probe: str, end: int) -> bool:
    """Whether a line after ``end`` is the opening's line ``probe`` in the other copy, a run
    injected into one of them (:func:`_alike`): found by the line's first or last
    characters, which an injection inside it leaves whole."""
    if len(probe) < _INSERTED_IN:
        return False
    for piece in (probe[:_ENDS_CHARS], probe[-_ENDS_CHARS:]):
        at = seen.find(piece, end)
        if at < 0:
            continue
        start = seen.rfind("\n", 0, at) + 1
        stop = seen.find("\n", at)
        if _alike(probe, seen[start : len(seen) if stop < 0 else stop].strip(_BLANK)):
            return True
    return False


def _squeezed(line: str) -> str:
    return "".join(line.split())


def _past_damage(mine: list[str], other: list[str]) -> tuple[int, int] | None:
    """How many lines of each copy make up the same lines where the two copies part:
    ``mine``, the first copy's next two lines (one when the second copy starts after it),
    ``other``, the second copy's (one at the page's end). A short line one copy alone
    holds (:data:`_MARK_CHARS`), the lines after it the same again; or one line that is
    the other copy's two run together (the signature's date on the last sentence's line,
    blanks between or none). None when they part for good."""
    if len(mine) > 1 and len(mine[0]) <= _MARK_CHARS and mine[1] == other[0]:
        return 2, 1
    if len(other) > 1 and len(other[0]) <= _MARK_CHARS and other[1] == mine[0]:
        return 1, 2
    if len(mine) > 1 and _squeezed(other[0]) == _squeezed(mine[0] + mine[1]):
        return 2, 1
    if len(other) > 1 and _squeezed(mine[0]) == _squeezed(other[0] + other[1]):
        return 1, 2
    return None


def _copy_lines(
    original: str, opening: int, invisible: bool, chrome: frozenset[int]
) -> list[tuple[int, int]]:
    """:func:`second_copy` once the opening's line (line ``opening``) is written again
    somewhere below it."""
    spans: list[tuple[int, int]] = []  # each line's
    texts: list[str] = []  # each line's, trimmed (and without invisible characters)
    at = 0
    for line in original.split("\n"):
        spans.append((at, at + len(line)))
        texts.append((INVISIBLE.sub("", line) if invisible else line).strip(_BLANK))
        at += len(line) + 1
    # (the opening's line is kept though the page's chrome holds it: it is the one compared)
    filled = [i for i, text in enumerate(texts) if text and (i not in chrome or i == opening)]
    first = next(k for k, i in enumerate(filled) if i == opening)
    again = next(
        (
            k
            for k in range(first + 1, len(filled))
            if _alike(texts[filled[k]], texts[filled[first]])
        ),
        None,
    )
    if again is None:
        return []  # written again inside a longer line only
    # (the pairs read alike past a run injected into one of them: fewer than those written
    # alike whole, or the copies are two passages of the letter's, one saying more)
    injected = int(texts[filled[again]] != texts[filled[first]])
    back = 1
    while (
        first - back >= 0
        and again - back > first
        and _alike(texts[filled[first - back]], texts[filled[again - back]])
    ):
        injected += texts[filled[first - back]] != texts[filled[again - back]]
        back += 1
    copy_start = again - back + 1
    mine, theirs = first + 1, again + 1  # (the next line of each copy compared)
    while theirs < len(filled) and mine < copy_start:
        if _alike(texts[filled[mine]], texts[filled[theirs]]):
            injected += texts[filled[mine]] != texts[filled[theirs]]
            mine, theirs = mine + 1, theirs + 1
            continue
        step = _past_damage(
            [texts[i] for i in filled[mine : min(mine + 2, copy_start)]],
            [texts[i] for i in filled[theirs : theirs + 2]],
        )
        if step is None:
            break
        mine, theirs = mine + step[0], theirs + step[1]
    copy = filled[copy_start:theirs]
    chars = sum(len(texts[i]) for i in copy)
    if chars < _FEW_CHARS or (len(copy) < _FEW_LINES and chars < _MANY_CHARS):
        return []
    if 2 * injected >= len(copy):
        return []  # (a joint reply's second part: its opening and items say more)
    return spans[copy[0] : copy[-1] + 1]
