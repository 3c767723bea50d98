"""jieba, loaded lazily and once per process.

Nothing here runs at import: ``replyparse --help`` never loads jieba's dictionary. The
project's own :class:`jieba.Tokenizer` (with the user dictionary in
``data/jieba_user.txt``) is built on first use; jieba's global default is never touched.

Keywords use jieba's IDF table (``jieba/analyse/idf.txt``) read directly, not through
``jieba.analyse``: that package also imports the part-of-speech tagger, which keywords do
not need and which costs more to load than the table itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@cache
def tokenizer() -> Any:
    """The project's jieba tokenizer, initialised once."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    user_dict = resources.files("replyparse.data").joinpath("jieba_user.txt")
    with resources.as_file(user_dict) as path:
        tok.load_userdict(str(path))
    return tok


@dataclass(frozen=True)
class IdfTable:
    """Inverse document frequencies, and the median for words the table lacks."""

    idf: dict[str, float]
    median: float


@cache
def idf_table() -> IdfTable:
    """jieba's IDF table, read once."""
    raw = resources.files("jieba").joinpath("analyse", "idf.txt").read_text(encoding="utf-8")
    idf: dict[str, float] = {}
    for line in raw.splitlines():
        word, _, value = line.partition(" ")
        if value:
            idf[word] = float(value)
    values = sorted(idf.values())
    return IdfTable(idf=idf, median=values[len(values) // 2] if values else 0.0)


def warm_up() -> None:
    """Load everything a parse needs, so processes forked afterwards start ready."""
    tokenizer()
    idf_table()
