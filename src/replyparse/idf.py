"""jieba's IDF table (``jieba/analyse/idf.txt``), read for the keywords.

Read from the text file, the table takes 0.1-0.15 s: splitting 540,000 fields, parsing
270,000 floats, sorting them for the median, hashing 270,000 words. A start of
``replyparse extract one.txt`` would pay that to look up a few hundred words, so a copy
made for lookups is kept in the private cache folder (:mod:`replyparse.privatecache`):
the median, the words sorted and joined, their offsets and their values as packed
arrays. It loads in a few milliseconds and answers by binary search, remembering each
answer. The copy is named by the file's contents (``jieba/idf-3-<key>.bin``), so every
installation of the same jieba shares it, and writing one removes those no installation
uses any longer; on damage the text file is read again and the copy rewritten. Without a
private folder no copy is kept and the table is a plain ``dict``. (With a lexicon,
:mod:`replyparse.lexicon` holds the table and this copy is not made.)

The file is found without importing jieba (``import jieba`` loads its HMM tables and
``pkg_resources``: about 0.1 s that the table does not need).
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from replyparse.privatecache import (
    Family,
    copy_path,
    open_shared,
    private_cache_dir,
    remove_obsolete,
    write_atomically,
)

IDF_COPIES = Family("idf", 3, ".bin", legacy=("jieba-idf-*.bin",))
"""``jieba/idf-3-<key>.bin``; version 2 was ``jieba-idf-<digest of the path>.bin``."""


@dataclass(frozen=True)
class IdfTable:
    """Inverse document frequencies, and the median for words the table lacks."""

    idf: Mapping[str, float]
    median: float


class LookedUp(Mapping[str, float]):
    """IDF values found one word at a time by :meth:`_find`, each answer remembered (a
    letter asks for a few hundred of the table's 270,000)."""

    def __init__(self) -> None:
        self._known: dict[str, float | None] = {}

    def _find(self, word: str) -> float | None:
        raise NotImplementedError

    def get(self, word: str, default: float | None = None) -> float | None:  # type: ignore[override]
        try:
            value = self._known[word]
        except KeyError:
            value = self._known[word] = self._find(word)
        return default if value is None else value

    def __getitem__(self, word: str) -> float:
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value


class SortedIdf(LookedUp):
    """IDF values looked up by binary search in sorted words."""

    def __init__(self, words: str, offsets: array[int], values: array[float]) -> None:
        super().__init__()
        self._words = words  # sorted, each followed by a newline
        self._offsets = offsets  # len(values) + 1 starts into _words
        self._values = values

    def _word(self, i: int) -> str:
        return self._words[self._offsets[i] : self._offsets[i + 1] - 1]

    def _find(self, word: str) -> float | None:
        i = bisect_left(range(len(self._values)), word, key=self._word)
        return self._values[i] if i < len(self._values) and self._word(i) == word else None

    def __iter__(self) -> Iterator[str]:
        return (self._word(i) for i in range(len(self._values)))

    def __len__(self) -> int:
        return len(self._values)


def load_idf_table() -> IdfTable:
    """jieba's table, through the copy in the private cache folder when there is one."""
    return load_table(jieba_file("analyse", "idf.txt"), private_cache_dir())


def load_table(source: Path, folder: Path | None) -> IdfTable:
    """The table of ``source``, from its copy in ``folder`` when that matches, else from
    ``source`` itself (then the copy is written again)."""
    cache = None if folder is None else copy_path(folder, IDF_COPIES, [source])
    if folder is None or cache is None:
        return read_idf_file(source)
    signature: dict[str, object] = {"copy": cache.name, "byteorder": sys.byteorder}
    table = _read_copy(cache, signature)
    if table is None:
        table = read_idf_file(source)
        # a full disk or a read-only home: the next start reads the file again
        with contextlib.suppress(OSError):
            write_atomically(cache, _copy_bytes(table, signature))
            remove_obsolete(folder, cache, [IDF_COPIES])
    return table


def read_idf_file(source: Path) -> IdfTable:
    """The table from jieba's text file: ``word idf`` per line.

    jieba's own loader splits each line in two the same way, so one split of the whole
    file pairs the fields (a third of the time of a loop over lines).
    """
    fields = source.read_text(encoding="utf-8").split()
    idf = dict(zip(fields[0::2], map(float, fields[1::2]), strict=True))
    values = sorted(idf.values())
    return IdfTable(idf=idf, median=values[len(values) // 2] if values else 0.0)


def jieba_file(*parts: str) -> Path:
    """A data file of the installed jieba package, found without importing jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed", name="jieba")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def _copy_bytes(table: IdfTable, signature: dict[str, object]) -> bytes:
    """Header line (JSON), offsets, values, then the sorted words, each ending in a newline."""
    words = sorted(table.idf)
    offsets = array("I", [0])
    for word in words:
        offsets.append(offsets[-1] + len(word) + 1)
    values = array("d", (table.idf[w] for w in words))
    header = {**signature, "count": len(words), "median": table.median}
    text = "".join(f"{w}\n" for w in words).encode("utf-8")
    return json.dumps(header).encode("ascii") + b"\n" + offsets.tobytes() + values.tobytes() + text


def _read_copy(cache: Path, signature: dict[str, object]) -> IdfTable | None:
    """The table in ``cache`` when it was made from the same file and is whole."""
    fd = open_shared(cache)
    if fd is None:
        return None
    try:
        with os.fdopen(fd, "rb") as f:
            data = f.read()
        at = data.index(b"\n") + 1
        header = json.loads(data[:at])
        count, median = header.pop("count"), header.pop("median")
        if header != signature or not isinstance(count, int) or not isinstance(median, float):
            return None
        offsets, values = array("I"), array("d")
        offsets.frombytes(data[at : at + offsets.itemsize * (count + 1)])
        at += offsets.itemsize * (count + 1)
        values.frombytes(data[at : at + values.itemsize * count])
        words = data[at + values.itemsize * count :].decode("utf-8")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if len(offsets) != count + 1 or len(values) != count or offsets[-1] != len(words):
        return None
    return IdfTable(idf=SortedIdf(words, offsets, values), median=median)
