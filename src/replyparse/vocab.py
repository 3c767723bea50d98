"""Vocabularies kept as package data (``replyparse/data/*``), loaded once and cached.

A word list is one entry per line; blank lines and lines starting with ``#`` are skipped.
A mapping file has ``key<TAB>value`` lines (or ``key = value``). The label table
(``data/labels.tsv``, :func:`labels`) has one row per label, mark or note head, with the
field it feeds and how it must stand to count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from typing import Literal, NamedTuple, TypeVar, get_args

from replyparse.patterncache import source


@cache
def data_folder() -> Traversable:
    """The package's data folder, found once (``resources.files`` costs about 0.1 M
    instructions a call, and a start reads some forty files from it)."""
    return resources.files("replyparse.data")


def _lines(name: str, suffix: str = ".txt") -> list[str]:
    path = data_folder().joinpath(f"{name}{suffix}")
    raw = path.read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of ``data/NAME.txt`` in file order (order can matter: longest first)."""
    return tuple(_lines(name))


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of ``data/NAME.txt`` as a set, for membership tests."""
    return frozenset(words(name))


@cache
def mapping(name: str) -> dict[str, str]:
    """The ``key<TAB>value`` pairs of ``data/NAME.txt``."""
    out: dict[str, str] = {}
    for line in _lines(name):
        key, sep, value = line.partition("\t") if "\t" in line else line.partition("=")
        if not sep:
            raise ValueError(f"data/{name}.txt: no separator in {line!r}")
        out[key.strip()] = value.strip()
    return out


def alternation(name: str) -> str:
    """A regex alternation of ``data/NAME.txt``'s entries, longest first, escaped."""
    return longest_first(words(name))


def key_alternation(name: str) -> str:
    """A regex alternation of the keys of the mapping file ``data/NAME.txt``, longest first."""
    return longest_first(mapping(name))


def longest_first(entries: Iterable[str], *, between: str = "") -> str:
    """A regex alternation of ``entries``, escaped, that matches as ``a|b|…`` with the
    longest entries first does (where several match, the longest wins), written as a
    tree of shared beginnings: ``联系(?:人(?:电话)?|电话)`` rather than
    ``联系人电话|联系电话|联系人``. At a given place only the entries that begin with the
    character there can match, and those keep their order, so the matches are the same;
    but the engine tries a few branches at each character rather than every entry (the
    label table has over two hundred), and compiles a shorter pattern.

    ``between`` (a regex, such as ``\\s*``) may stand between two characters of an entry
    (``索 引 号``). It must match no character of an entry: then the next character still
    picks one branch only, and the tree matches as ``a|b|…`` spelled that way does.

    Entries of one length are put in their own order (two of them never match at one
    place): ``entries`` may be a set, whose order changes with the hash seed, and the
    pattern's source must not (the pattern table is keyed by it)."""
    return _tree(frozenset(entries), between)


def _longest_then_spelling(entry: str) -> tuple[int, str]:
    return (-len(entry), entry)


@cache
def _tree(entries: frozenset[str], between: str) -> str:
    """:func:`longest_first` of ``entries``, built once per process for each list (several
    patterns are built from one vocabulary), and kept between processes with the compiled
    patterns (:func:`replyparse.patterncache.source`, keyed by the entries themselves):
    building the trees cost 45 M instructions a start. The tree depends on the set of
    entries alone (they are put longest first, then in their own order), so the set is
    the key, and they are sorted only when the tree is built (sorting each list at every
    start, to key it, cost a cold start about 30 M instructions)."""
    return source(("tree", entries, between), lambda: _grown(_ordered(entries), between))


def _ordered(entries: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(entries, key=_longest_then_spelling))


def _grown(ordered: tuple[str, ...], between: str) -> str:
    return "|".join(_branches(list(ordered), between)) + ("|" if "" in ordered else "")


def _branches(entries: list[str], between: str) -> list[str]:
    """One branch per first character, in the order the characters first come; each
    followed by the tree of its entries' rests (an entry that ends there last: it is
    the shortest). ``between`` goes inside the optional tail, so an entry that ends
    there does not take it."""
    rests: dict[str, list[str]] = {}
    for entry in entries:
        if entry:
            rests.setdefault(entry[0], []).append(entry[1:])
    out = []
    for first, tails in rests.items():
        if len(tails) == 1:
            # One entry down this branch: the tree of one entry is the entry itself,
            # ``between`` between its characters (what the recursion below builds a
            # character at a time, with a call and a dictionary for each)
            rest = first + tails[0]
            out.append(between.join(map(re.escape, rest)) if between else re.escape(rest))
            continue
        inner = _branches(tails, between)
        ends = "" in tails
        if not inner:
            out.append(re.escape(first))
        elif len(inner) == 1 and not ends:
            out.append(re.escape(first) + between + inner[0])
        else:
            tail = f"{between}(?:{'|'.join(inner)})" if between else "|".join(inner)
            out.append(f"{re.escape(first)}(?:{tail}){'?' if ends else ''}")
    return out


# --- the label table ---------------------------------------------------------------------

LabelField = Literal[
    "handling_type",
    "public",
    "doc_number",
    "proposal_number",
    "proposal_title",
    "addressees",
    "leader",
    "contact_name",
    "contact_org",
    "contact_phone",
    "contact_fax",
    "contact_post",
    "contact_address",
    "cc",
    "attachment",
    "note",
    "printing",
    "date",
    "reply_date",
    "form",
    "page",
    "copy_number",
    "secrecy",
    "urgency",
]
"""What a label feeds: a field of the record, a part of one, or an element with none
(``leader``: who signed or checked the letter; ``form``: an entry of a 办理单; ``page``: the
web page's own data, 来源 or 发布时间, that a copy kept beside the letter's lines;
``reply_date``: a date, the day the reply was given, 答复时间 or 回复日期, which a page's
form of the item also writes)."""

CONTACT_FIELDS: tuple[LabelField, ...] = tuple(
    f for f in get_args(LabelField) if f.startswith("contact_")
)
"""The fields of the labels that feed contacts (:func:`labels_of` ``(*CONTACT_FIELDS)``)."""

LabelNeeds = Literal["colon", "start", "suffix", "alone", "note"]
"""How an entry must stand to count (``replyparse.labels`` applies it):

- ``colon``: a label followed by its ``：``, a gap or the line's end;
- ``start``: as ``colon``, and at a line's start also glued to its value (``签发人王某``);
- ``suffix``: as ``colon``, and at a line's start also after a few words (``承办负责人：``);
- ``alone``: a mark that carries its value (``B类``, ``同意公开``): alone on its line, in
  brackets, or after a gap at the end of a header line;
- ``note``: the head of a note whose value follows (``此件`` + ``公开``).
"""

LabelZone = Literal["header", "closing", "both"]
"""Where the layout looks for an entry: above the title, below the body, or both."""

LABEL_NEEDS: tuple[LabelNeeds, ...] = ("colon", "start", "suffix")
"""The kinds of entry that are labels (followed by a value), not marks or note heads."""


class Label(NamedTuple):
    """One row of ``data/labels.tsv``."""

    spelling: str
    field: LabelField
    needs: LabelNeeds
    zone: LabelZone
    value: str | None = None

    @property
    def is_label(self) -> bool:
        """A label (a value follows it), not a mark or a note head."""
        return self.needs in LABEL_NEEDS

    def in_zone(self, zone: Literal["header", "closing"]) -> bool:
        return self.zone in (zone, "both")


_L = TypeVar("_L", bound=str)


def _one_of(options: tuple[_L, ...], raw: str, row: str) -> _L:
    for option in options:
        if option == raw:
            return option
    raise ValueError(f"data/labels.tsv: {raw!r} is none of {options} in {row!r}")


def parse_label_row(row: str) -> Label:
    """One row of ``data/labels.tsv``; a ValueError names what is wrong with it."""
    cells = row.split("\t")
    if len(cells) not in (4, 5):
        raise ValueError(f"data/labels.tsv: 4 or 5 cells wanted in {row!r}")
    label = Label(
        spelling=cells[0],
        field=_one_of(get_args(LabelField), cells[1], row),
        needs=_one_of(get_args(LabelNeeds), cells[2], row),
        zone=_one_of(get_args(LabelZone), cells[3], row),
        value=cells[4] if len(cells) == 5 and cells[4] else None,
    )
    if (label.value is None) == (label.needs == "alone"):
        raise ValueError(f"data/labels.tsv: a mark, and only a mark, has a value: {row!r}")
    return label


@cache
def labels() -> tuple[Label, ...]:
    """Every row of ``data/labels.tsv``, in file order; spellings are unique."""
    out: list[Label] = []
    seen: set[str] = set()
    for row in _lines("labels", ".tsv"):
        label = parse_label_row(row)
        if label.spelling in seen:
            raise ValueError(f"data/labels.tsv: {label.spelling!r} twice")
        seen.add(label.spelling)
        out.append(label)
    return tuple(out)


@cache
def labels_of(*fields: LabelField) -> tuple[Label, ...]:
    """The rows that feed any of ``fields`` (all rows when none is named), in file order."""
    return tuple(label for label in labels() if not fields or label.field in fields)


def spellings(entries: tuple[Label, ...]) -> str:
    """A regex alternation of the entries' spellings, longest first, escaped."""
    return longest_first(e.spelling for e in entries)
