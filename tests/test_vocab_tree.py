"""``vocab.longest_first``'s tree of shared beginnings, against the plain reading.

The tree is built with two shortcuts (a branch holding one entry is written out in one
go; a list already built is not built again): the patterns must be exactly the ones the
plain recursion writes, and match as the flat ``a|b|…`` alternation, longest first, does.
"""

from __future__ import annotations

import random
import re
from importlib import resources

import pytest

from replyparse import vocab

WORD_LISTS = sorted(
    p.name.removesuffix(".txt")
    for p in resources.files("replyparse.data").iterdir()
    if p.name.endswith(".txt") and p.name != "jieba_user.txt"
)
BETWEEN = ["", r"\s*", r"[ \t]?"]


def _plain(entries: list[str], between: str) -> str:
    """The tree as first written: one recursive call per character of every branch."""
    ordered = sorted(dict.fromkeys(entries), key=lambda e: (-len(e), e))
    return "|".join(_plain_branches(ordered, between)) + ("|" if "" in ordered else "")


def _plain_branches(entries: list[str], between: str) -> list[str]:
    rests: dict[str, list[str]] = {}
    for entry in entries:
        if entry:
            rests.setdefault(entry[0], []).append(entry[1:])
    out = []
    for first, tails in rests.items():
        inner = _plain_branches(tails, between)
        ends = "" in tails
        if not inner:
            out.append(re.escape(first))
        elif len(inner) == 1 and not ends:
            out.append(re.escape(first) + between + inner[0])
        else:
            tail = f"{between}(?:{'|'.join(inner)})" if between else "|".join(inner)
            out.append(f"{re.escape(first)}(?:{tail}){'?' if ends else ''}")
    return out


def _lists() -> list[list[str]]:
    """The package's word lists, the label table's spellings, and lists of our own: a
    lone entry, entries ending inside others, regex characters, the empty entry."""
    lists = [list(vocab.words(name)) for name in WORD_LISTS]
    lists.append([label.spelling for label in vocab.labels()])
    lists += [
        ["联系人"],
        ["联系人电话", "联系电话", "联系人", "联系"],
        ["a.b", "a.c", "a*", "(x)", "[", "a"],
        ["抄送", "抄", ""],
        ["电话", "电话", "传真"],
    ]
    rng = random.Random(9)
    for _ in range(200):
        alphabet = rng.choice(["ab", "abc", "抄送单位.", "联系人电话+"])
        lists.append(
            ["".join(rng.choices(alphabet, k=rng.randint(0, 5))) for _ in range(rng.randint(1, 9))]
        )
    return lists


@pytest.mark.parametrize("between", BETWEEN)
def test_the_tree_is_the_plain_one(between: str) -> None:
    for entries in _lists():
        assert vocab.longest_first(entries, between=between) == _plain(entries, between), entries


def test_a_list_met_again_gives_the_same_tree() -> None:
    entries = ["联系人电话", "联系电话", "联系人"]
    first = vocab.longest_first(entries)
    assert vocab.longest_first(reversed(entries)) == first  # ordered alike: the same tree
    assert vocab.longest_first(entries, between=r"\s*") == _plain(entries, r"\s*")


def test_the_tree_matches_as_the_flat_alternation() -> None:
    rng = random.Random(4)
    for entries in _lists()[-200:]:
        flat = "|".join(map(re.escape, sorted(dict.fromkeys(entries), key=len, reverse=True)))
        tree = re.compile(vocab.longest_first(entries))
        plain = re.compile(flat)
        for _ in range(20):
            text = "".join(rng.choices("ab c抄送单位.联系人电话+", k=12))
            assert [m.span() for m in tree.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (entries, text)


def test_the_tree_does_not_depend_on_the_entries_order() -> None:
    """A set's order changes with the hash seed: the pattern built from it must not."""
    for entries in _lists():
        forward = vocab.longest_first(entries)
        assert vocab.longest_first(list(reversed(entries))) == forward, entries
        assert vocab.longest_first(sorted(entries)) == forward, entries
