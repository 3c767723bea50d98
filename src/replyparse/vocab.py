"""Vocabularies kept as package data (``replyparse/data/*.txt``), loaded once and cached.

A word list is one entry per line; blank lines and lines starting with ``#`` are skipped.
A mapping file has ``key<TAB>value`` lines (or ``key = value``).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    raw = resources.files("replyparse.data").joinpath(f"{name}.txt").read_text(encoding="utf-8")
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
    return "|".join(re.escape(w) for w in sorted(words(name), key=len, reverse=True))


def key_alternation(name: str) -> str:
    """A regex alternation of the keys of the mapping file ``data/NAME.txt``, longest first."""
    return "|".join(re.escape(k) for k in sorted(mapping(name), key=len, reverse=True))
