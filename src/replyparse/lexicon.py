"""jieba's dictionary as an indexed file, for a process that cuts a few letters only.

rjieba builds its segmenter from its whole dictionary, about 350,000 words: 0.09 s, most
of the keywords' share of a cold ``replyparse extract one.txt``. One letter uses a few
hundred of those words. The lexicon is a SQLite file in the private cache folder
(:mod:`replyparse.privatecache`), made once from the dictionary jieba ships
(``jieba/dict.txt``, the one rjieba compiles in): each word with its frequency and tag,
and every proper prefix of a word, so that a walk along a text knows where no longer
word can start. :meth:`Lexicon.words_in` gives the words that occur in a text, in a
few SQL queries (one per word length). It holds the keywords' IDF table too
(``jieba/analyse/idf.txt``, 270,000 values, 0.01 s to load from the copy of
:mod:`replyparse.idf`), looked up a word at a time (:meth:`Lexicon.idf_table`).

Why a segmenter that holds only those words cuts the text as the whole dictionary does
(:class:`replyparse.nlp.LexiconSegmenter` relies on it; ``tests/test_lexicon.py``
compares the two):

- jieba's route through a text weighs the words that start at each of its positions:
  dictionary words that are substrings of the text, each by its frequency over the
  dictionary's total; a run of single characters is checked against the dictionary,
  and that run is a substring too. No other word is ever consulted.
- The total is the one thing the rest of the dictionary adds. It is kept by one more
  entry, written in private-use characters, which jieba never cuts as words (they are
  outside its class of word characters), carrying the frequencies left out.

The file is named by the contents of the two files it is made from
(``jieba/lexicon-3-<key>.sqlite``, :class:`replyparse.privatecache.Family`): every
virtual environment with the same jieba shares it, a changed dictionary gets a new one,
and making one removes those no installation uses any longer. A damaged file is made
again. Without a private folder there is no lexicon and the whole dictionary is loaded as
before.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import weakref
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from replyparse.idf import IDF_COPIES, IdfTable, LookedUp, jieba_file, read_idf_file
from replyparse.privatecache import (
    Family,
    copy_path,
    open_shared,
    private_cache_dir,
    remove_obsolete,
)

LEXICON_COPIES = Family("lexicon", 3, ".sqlite", legacy=("lexicon-*.sqlite",))
"""``jieba/lexicon-3-<key>.sqlite``; versions 1 and 2 were ``lexicon-[2-]<digest of the
path>.sqlite`` in the cache folder itself."""
_CHUNK = 20_000
"""Strings asked in one query: well under SQLite's limit of 32,766 parameters."""


class Entry(NamedTuple):
    """One dictionary word: ``word freq [tag]`` of ``dict.txt``."""

    word: str
    freq: int
    tag: str | None


class _Database:
    """A read-only connection to the lexicon file, opened again in a forked child: SQLite
    connections must not cross a ``fork`` (a batch's workers each open their own)."""

    def __init__(self, path: Path, lock: int) -> None:
        # immutable: the file is only ever replaced whole (os.replace), never changed
        self._uri = f"{path.as_uri()}?mode=ro&immutable=1"
        self._pid = os.getpid()
        self._connection = sqlite3.connect(self._uri, uri=True)
        # open_shared's descriptor, closed with the connection or when collected: while it
        # is open (in forked children too) the file is in use and no cleanup removes it
        self._release = weakref.finalize(self, os.close, lock)

    def execute(self, query: str, parameters: Sequence[object] = ()) -> sqlite3.Cursor:
        if self._pid != os.getpid():
            self._pid = os.getpid()
            self._connection = sqlite3.connect(self._uri, uri=True)
        return self._connection.execute(query, parameters)

    def close(self) -> None:
        self._connection.close()
        self._release()


class Lexicon:
    """An open lexicon file: its words, looked up by the strings of a text."""

    def __init__(self, connection: _Database, total: int, median: float) -> None:
        self._db = connection
        self.total = total
        """The sum of every word's frequency, as jieba's segmenter counts it."""
        self._known: dict[str, Entry | bool] = {}  # string -> its entry, or a prefix of one?
        self._median = median

    def idf_table(self) -> IdfTable:
        """The IDF table, each value read when first asked for."""
        return IdfTable(idf=_IdfColumn(self._db), median=self._median)

    def words_in(self, text: str) -> list[Entry]:
        """Every dictionary word that is a substring of ``text``, each once.

        Positions are walked one length at a time, all of them in one query per length:
        a position stays in the walk while its string so far is a word or a prefix of one.
        What a string is, once asked, is remembered for every later text.
        """
        known = self._known
        found: dict[str, Entry] = {}
        active: list[int] | range = range(len(text))
        length = 1
        while active:
            at = {i: text[i : i + length] for i in active if i + length <= len(text)}
            strings = set(at.values())
            self._learn([s for s in strings if s not in known])
            found.update((s, e) for s in strings if isinstance(e := known[s], Entry))
            active = [i for i, string in at.items() if known[string]]
            length += 1
        return list(found.values())

    def _learn(self, strings: list[str]) -> None:
        """Look ``strings`` up: each is known afterwards as a word (its entry), a prefix of
        one only (True), or neither (False)."""
        known = self._known
        for k in range(0, len(strings), _CHUNK):
            part = strings[k : k + _CHUNK]
            marks = ",".join("?" * len(part))
            query = f"SELECT w, f, t FROM words WHERE w IN ({marks})"
            for word, freq, tag in self._db.execute(query, part):
                known[word] = True if freq is None else Entry(word, freq, tag)
        for string in strings:
            known.setdefault(string, False)

    def entry(self, word: str) -> Entry | None:
        """``word``'s dictionary entry, if it is a word."""
        row = self._db.execute("SELECT f, t FROM words WHERE w = ?", (word,)).fetchone()
        return Entry(word, row[0], row[1]) if row and row[0] is not None else None


class _IdfColumn(LookedUp):
    """The lexicon's IDF values, read from its ``idf`` table."""

    def __init__(self, db: _Database) -> None:
        super().__init__()
        self._db = db

    def _find(self, word: str) -> float | None:
        row = self._db.execute("SELECT v FROM idf WHERE w = ?", (word,)).fetchone()
        return row[0] if row else None

    def __iter__(self) -> Iterator[str]:
        return (word for (word,) in self._db.execute("SELECT w FROM idf ORDER BY w"))

    def __len__(self) -> int:
        count: int = self._db.execute("SELECT count(*) FROM idf").fetchone()[0]
        return count


def open_lexicon() -> Lexicon | None:
    """The lexicon of the installed jieba in the private cache folder; None without a
    private folder or without jieba's files."""
    folder = private_cache_dir()
    if folder is None:
        return None
    try:
        sources = (jieba_file("dict.txt"), jieba_file("analyse", "idf.txt"))
    except ImportError:
        return None
    return load_lexicon(*sources, folder)


def load_lexicon(source: Path, idf_source: Path, folder: Path) -> Lexicon | None:
    """The lexicon of ``source`` (a ``dict.txt``) and ``idf_source`` in ``folder``, made
    first when missing, made from other files or damaged; None when it cannot be made."""
    try:
        # named by the files' contents: every installation of the same jieba shares it
        path = copy_path(folder, LEXICON_COPIES, [source, idf_source])
    except OSError:
        return None
    if path is None:
        return None
    signature = path.name
    lexicon = _open(path, signature)
    if lexicon is None:
        with contextlib.suppress(OSError, sqlite3.Error, ValueError):
            _build(source, idf_source, path, signature)
            remove_obsolete(folder, path, [LEXICON_COPIES, IDF_COPIES])
        lexicon = _open(path, signature)
    return lexicon


def _open(path: Path, signature: str) -> Lexicon | None:
    """``path`` opened read-only when it was made from the same files (its name says
    which), held under a shared lock while open."""
    lock = open_shared(path)
    if lock is None:
        return None
    try:
        db = _Database(path, lock)
    except sqlite3.Error:
        os.close(lock)
        return None
    try:
        meta = dict(db.execute("SELECT k, v FROM meta"))
        db.execute("SELECT w, f, t FROM words LIMIT 1").fetchall()
        db.execute("SELECT w, v FROM idf LIMIT 1").fetchall()
    except (sqlite3.Error, ValueError, TypeError):
        db.close()
        return None
    total, median = meta.get("total"), meta.get("median")
    if meta.get("signature") != signature or not isinstance(total, int):
        db.close()
        return None
    if not isinstance(median, float):
        db.close()
        return None
    return Lexicon(db, total, median)


def read_dictionary(source: Path) -> dict[str, Entry]:
    """``dict.txt``'s words, as jieba-rs loads them: a word written twice (``B超``) keeps the
    frequency of its last line and the tag of its first, and counts once in the total."""
    out: dict[str, Entry] = {}
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) >= 2:
                word, tag = parts[0], parts[2] if len(parts) > 2 else None
                first = out.get(word)
                out[word] = Entry(word, int(parts[1]), first.tag if first else tag)
    return out


def _build(source: Path, idf_source: Path, path: Path, signature: str) -> None:
    """Write the lexicon of ``source`` and ``idf_source`` to ``path``, through a temporary
    file beside it."""
    words = read_dictionary(source)
    idf = read_idf_file(idf_source)
    prefixes = {w[:k] for w in words for k in range(1, len(w))} - words.keys()
    rows = sorted(
        [(e.word, e.freq, e.tag) for e in words.values()] + [(p, None, None) for p in prefixes]
    )
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        try:
            db.executescript(
                "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                "CREATE TABLE words (w TEXT PRIMARY KEY, f INTEGER, t TEXT) WITHOUT ROWID;"
                "CREATE TABLE idf (w TEXT PRIMARY KEY, v REAL) WITHOUT ROWID;"
                "CREATE TABLE meta (k TEXT PRIMARY KEY, v) WITHOUT ROWID;"
            )
            db.executemany("INSERT INTO words VALUES (?, ?, ?)", rows)
            db.executemany("INSERT INTO idf VALUES (?, ?)", sorted(idf.idf.items()))
            total = sum(e.freq for e in words.values())
            meta = [("signature", signature), ("total", total), ("median", idf.median)]
            db.executemany("INSERT INTO meta VALUES (?, ?)", meta)
            db.commit()
        finally:
            db.close()
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
