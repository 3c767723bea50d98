"""The one shape every field extractor has: ``(Context) -> list[Item]``.

An extractor reads a :class:`Context`: the letter's :class:`~replyparse.textview.TextView`,
its :class:`~replyparse.layout.Layout`, the record as filled so far (``ctx.letter``), the
items the extractors before it found (``ctx.found(Kind)``) and the text they claimed
(``ctx.claims``). It returns the items it found; the parser places each one on the record
(:meth:`Item.place`) and records its claim, so the extractors after it see both.

A claim is a range of ``view.norm`` an item has taken, filed under the item's class. A
later extractor asks about the classes that concern it (``ctx.claims.holds(pos,
DocNumberFound, ProposalSession)``): that is how dates keep out of document numbers and
references out of the proposal's own title, without a list built by hand in the parser.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Generic, NamedTuple, Protocol, TypeVar

from replyparse.layout import Layout
from replyparse.model import Diagnostic, Letter, Span
from replyparse.textview import Line, TextView

Range = tuple[int, int]
"""``[start, end)`` offsets into ``view.norm`` (a span is the same in the letter's text)."""


class Item(Protocol):
    """Something an extractor found: where it stands, and how it goes on the record."""

    @property
    def span(self) -> Span | None:
        """Where the item stands in the letter's text."""

    @property
    def claim(self) -> Range | None:
        """The range of ``view.norm`` the item takes (None: it takes none)."""

    def place(self, letter: Letter) -> None:
        """Put the item on the record (a no-op for items only found to be claimed)."""


ItemT = TypeVar("ItemT")
V = TypeVar("V")


@dataclass(unsafe_hash=True)
class Found(Generic[V]):
    """The usual item: a value, where it stands, what it claims. A subclass says where the
    value goes on the record (:meth:`place`).

    Never changed once made; compared and hashed by its fields as a frozen dataclass is.
    (Not declared frozen, as :class:`~replyparse.textview.Line`: a frozen dataclass sets
    each field through ``object.__setattr__``, which made an item over three times as dear
    to build, and every extractor builds them. No ``slots``: the extractors' subclasses are
    compiled by mypyc (``scripts/compile.py``), and a compiled class may not inherit them.)"""

    value: V
    span: Span | None
    claim: Range | None = None

    def place(self, letter: Letter) -> None:
        """Found, and claimed, but no field of the record (the default)."""


class Claims:
    """Ranges of ``view.norm`` taken by the items found so far, by the items' classes."""

    def __init__(self) -> None:
        self.taken: defaultdict[type, list[Range]] = defaultdict(list)
        """The ranges of each class of item, as found: a question about a few classes asks
        each class once, not each range (sorted after, the ranges come out the same).
        Filed by :meth:`add` and by :meth:`Context.add_all`."""

    def add(self, kind: type, where: Range) -> None:
        self.taken[kind].append(where)

    def ranges(self, *kinds: type) -> list[Range]:
        """The ranges taken by items of ``kinds`` (subclasses included), in text order."""
        out: list[Range] = []
        for kind, taken in self.taken.items():
            if issubclass(kind, kinds):
                out += taken
        out.sort()
        return out

    def holds(self, pos: int, *kinds: type) -> bool:
        """Whether ``pos`` lies inside a range taken by an item of ``kinds``."""
        return any(a <= pos < b for a, b in self.ranges(*kinds))

    def overlaps(self, start: int, end: int, *kinds: type) -> bool:
        """Whether ``[start, end)`` shares a character with a range taken by ``kinds``."""
        return any(start < b and a < end for a, b in self.ranges(*kinds))


_new = tuple.__new__
"""Makes a :class:`Covered` or a :class:`Flat` from all its fields (what their ``__new__``
does, with no Python call: a named tuple's is a frame), where several are made a letter."""


class Covered(NamedTuple):
    """The places some half-open ranges cover, as the stretches they cover together (their
    starts and their ends, in order): whether a place lies in one of the ranges is then one
    halving (:meth:`holds`), not a test of each range. A long line of claimed numbers,
    quotes or dates, each place asked about against all of them, was quadratic."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, ranges: Iterable[Range]) -> Covered:
        """The stretches of ``ranges`` (in any order, overlapping or not; an empty range
        covers nothing)."""
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(ranges):
            if a >= b:
                continue
            if ends and a <= ends[-1]:
                if b > ends[-1]:
                    ends[-1] = b
            else:
                starts.append(a)
                ends.append(b)
        return _new(cls, (starts, ends))

    def holds(self, pos: int) -> bool:
        """Whether ``pos`` lies inside one of the ranges (``a <= pos < b``)."""
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]

    def meets(self, start: int, end: int) -> bool:
        """Whether the range ``[start, end)`` (not empty) shares a place with one of the
        ranges: the first stretch ending after ``start`` starts before ``end``."""
        k = bisect_right(self.ends, start)
        return k < len(self.ends) and self.starts[k] < end

    def add(self, start: int, end: int) -> None:
        """Cover ``[start, end)`` too, a range that meets none of the ranges (:meth:`meets`):
        a stretch of its own, in its place (the stretches stay apart and in order)."""
        k = bisect_right(self.ends, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)


def _drop_patterns(drop: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Runs of characters not in ``drop``, and one character in it."""
    if not drop:
        return re.compile("(?s:.+)"), re.compile("(?!)")
    chars = re.escape(drop)
    return re.compile(f"[^{chars}]+"), re.compile(f"[{chars}]")


_DROP_PATTERNS = {drop: _drop_patterns(drop) for drop in ("\n", " ", " \n")}


def _dropping(drop: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:func:`_drop_patterns` (the usual sets compiled at import)."""
    patterns = _DROP_PATTERNS.get(drop)
    if patterns is None:
        patterns = _DROP_PATTERNS[drop] = _drop_patterns(drop)
    return patterns


def _keeps_all(norm: str, drop: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` holds none of the characters in ``drop``."""
    if len(drop) == 1:  # the usual drop: one find, no generator
        return norm.find(drop, start, end) < 0
    return not any(norm.find(ch, start, end) >= 0 for ch in drop)


def _written(view: TextView, start: int, end: int) -> str:
    """``view.norm[start:end]`` (a run of kept characters) as the letter wrote each one, a
    space kept as a space."""
    origin, norm = view.origin, view.norm
    if (
        end > start
        and origin[end - 1] - origin[start] == end - 1 - start
        and norm.find(" ", start, end) < 0  # (find looks in place: no slice made)
        and norm.find("\n", start, end) < 0
    ):
        # a run the letter kept whole (origin only grows, so counting on by one over the
        # run means no character between was dropped): the letter's own slice
        return view.original[origin[start] : origin[end - 1] + 1]
    original = view.original
    return "".join([original[origin[i]] if norm[i] != " " else " " for i in range(start, end)])


class Flat(NamedTuple):
    """A stretch of ``view.norm`` with some characters left out (line breaks, spaces),
    each kept character knowing its offset in ``view.norm``. A named tuple: several are
    built for each letter, and a tuple is built in C (a frozen dataclass in Python)."""

    text: str
    at: Sequence[int]
    """The ``view.norm`` offset of each character of ``text``: a ``range`` where they
    follow one another (one run kept whole), else a tuple."""

    @classmethod
    def of(cls, view: TextView, *parts: Range, drop: str = "\n", written: bool = False) -> Flat:
        """``view.norm`` over ``parts`` (ranges in text order) without the characters in
        ``drop``; with ``written``, each character as the letter wrote it (its own
        punctuation widths)."""
        norm = view.norm
        if len(parts) == 1 and _keeps_all(norm, drop, *parts[0]):
            runs = [parts[0]]  # the usual case: one stretch, nothing left out
        else:  # runs of kept characters, not one character at a time
            kept = _dropping(drop)[0]
            runs = [m.span() for start, end in parts for m in kept.finditer(norm, start, end)]
        at: Sequence[int]
        if len(runs) == 1:  # one run: its offsets a range, its text one slice
            at = range(*runs[0])
            if written:
                return cls(_written(view, at.start, at.stop), at)
            text = norm[at.start : at.stop]
        else:
            offsets: list[int] = []
            for a, b in runs:
                offsets.extend(range(a, b))
            at = tuple(offsets)
            text = "".join([norm[a:b] for a, b in runs])
        if written:  # run by run: a run kept whole is one slice of the letter
            text = "".join([_written(view, a, b) for a, b in runs])
        return cls(text, at)

    @classmethod
    def line(cls, line: Line) -> Flat:
        """One line as :meth:`of` gives it with the default ``drop`` (a line holds no line
        break, so nothing is left out), without searching it."""
        return _new(cls, (line.text, range(line.start, line.end)))

    def range(self, start: int, end: int) -> Range:
        """The ``view.norm`` range behind ``text[start:end]`` (non-empty)."""
        return (self.at[start], self.at[end - 1] + 1)

    def strip(self) -> Flat:
        """Without white space at either end (as ``str.strip``)."""
        lead = len(self.text) - len(self.text.lstrip())
        end = len(self.text.rstrip())
        if end <= lead:
            return Flat("", ())
        return Flat(self.text[lead:end], self.at[lead:end])


@dataclass(slots=True, unsafe_hash=True)
class Labelled:
    """A labelled value on one line (``办理类型：B类``): the match, placed in ``view.norm``.
    Never changed once made (not declared frozen for speed, as :class:`Found`)."""

    line: Line
    match: re.Match[str]

    def range(self, group: str) -> Range:
        return (self.line.start + self.match.start(group), self.line.start + self.match.end(group))


@dataclass(unsafe_hash=True)
class Spanned(Found[V]):
    """An item that always has a span (its field keeps a list of spans beside its values)."""

    span: Span


class Reported(Found[Diagnostic]):
    """A diagnostic: it goes into ``letter.diagnostics``."""

    @classmethod
    def of(cls, diagnostic: Diagnostic) -> Reported:
        return cls(diagnostic, diagnostic.span)

    def place(self, letter: Letter) -> None:
        letter.diagnostics.append(self.value)


@dataclass
class Context:
    """What an extractor may read. Only the parser adds to it."""

    view: TextView
    layout: Layout
    letter: Letter
    """The record as the extractors before this one have filled it."""
    claims: Claims = field(default_factory=Claims)
    items: list[Item] = field(default_factory=list)

    def add(self, item: Item) -> None:
        """Place ``item`` on the record and file its claim (the parser's job)."""
        self.add_all((item,))

    def add_all(self, found: Sequence[Item]) -> None:
        """:meth:`add` each of ``found`` in order (one call for an extractor's items: the
        parser's loop makes no call per item). An item that fails stops it, the items
        before it added."""
        letter, items, taken = self.letter, self.items, self.claims.taken
        for item in found:
            item.place(letter)
            items.append(item)
            claim = item.claim
            if claim is not None:
                taken[type(item)].append(claim)

    def found(self, kind: type[ItemT]) -> list[ItemT]:
        """The items of class ``kind`` (subclasses included) found so far, in order found."""
        return [item for item in self.items if isinstance(item, kind)]

    def span(self, start: int, end: int) -> Span:
        """The letter's span behind ``view.norm[start:end]``."""
        return self.view.span(start, end)

    def flat(self, *parts: Range, drop: str = "\n", written: bool = False) -> Flat:
        """See :meth:`Flat.of`."""
        return Flat.of(self.view, *parts, drop=drop, written=written)

    def labelled(
        self, pattern: re.Pattern[str], lines: tuple[Line, ...] | None = None
    ) -> Iterator[Labelled]:
        """Every line (of ``lines``, else of the whole letter) where ``pattern`` is found,
        first match per line, in text order."""
        for line in self.view.content_lines if lines is None else lines:
            m = pattern.search(line.text)
            if m is not None:
                yield Labelled(line, m)
