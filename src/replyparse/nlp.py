"""Word segmentation and jieba's IDF table, loaded lazily and once per process.

Nothing here runs at import: ``replyparse --help`` loads no segmenter.

:func:`tokenizer` is the one seam the keywords use. It is **rjieba** (Python bindings of
jieba-rs: jieba's dictionary and its DAG and route algorithm in Rust, the dictionary
compiled into the library) when it imports, and jieba's own :class:`jieba.Tokenizer`
otherwise. Both carry the user dictionary ``data/jieba_user.txt`` and cut the same words
(``tests/test_nlp.py`` compares them); rjieba starts in about a tenth of jieba's time and
cuts about nine times faster. jieba's global default is never touched.

rjieba keeps no cache. jieba pickles its prefix dictionary with ``marshal`` and, by
default, loads whatever ``$TMPDIR/jieba.cache`` holds, whoever wrote it: our jieba keeps
its cache in a folder of our own (:func:`private_cache_dir`), or in a throw-away one when
that folder cannot be trusted.

Keywords use jieba's IDF table (``jieba/analyse/idf.txt``) read directly, not through
``jieba.analyse``: that package also imports the part-of-speech tagger, which keywords do
not need and which costs more to load than the table itself.
"""

from __future__ import annotations

import atexit
import importlib.util
import logging
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

_log = logging.getLogger(__name__)


class Segmenter(Protocol):
    """What the keywords need of a segmenter: jieba's ``cut``."""

    def cut(self, sentence: str, HMM: bool = True) -> Iterable[str]: ...


@dataclass(frozen=True)
class RustSegmenter:
    """An ``rjieba.Jieba`` behind jieba's ``cut`` signature."""

    engine: Any

    def cut(self, sentence: str, HMM: bool = True) -> list[str]:
        words: list[str] = self.engine.cut(sentence, hmm=HMM)
        return words


@dataclass(frozen=True)
class UserWord:
    """One line of a jieba user dictionary: ``word [frequency [tag]]``."""

    word: str
    freq: int | None
    tag: str | None


def user_words() -> list[UserWord]:
    """The project's user dictionary, ``data/jieba_user.txt``, as jieba reads it."""
    raw = resources.files("replyparse.data").joinpath("jieba_user.txt").read_text("utf-8")
    out: list[UserWord] = []
    for line in raw.splitlines():
        parts = line.split()
        if parts:
            freq = int(parts[1]) if len(parts) > 1 else None
            out.append(UserWord(parts[0], freq, parts[2] if len(parts) > 2 else None))
    return out


@cache
def tokenizer() -> Segmenter:
    """The project's segmenter, initialised once: rjieba, or jieba when rjieba is missing."""
    try:
        return rust_tokenizer()
    except Exception as exc:  # a missing or broken extension: jieba does the same work
        _log.debug("rjieba unavailable (%s); using jieba", exc)
        return jieba_tokenizer()


def rust_tokenizer() -> RustSegmenter:
    """A fresh rjieba segmenter with the user dictionary. Raises when rjieba is missing."""
    import rjieba

    engine = rjieba.Jieba()
    for entry in user_words():
        engine.add_word(entry.word, entry.freq, entry.tag)
    return RustSegmenter(engine)


def jieba_tokenizer() -> Segmenter:
    """A fresh :class:`jieba.Tokenizer` with the user dictionary, its cache kept private."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.cache_file = str(_cache_folder() / f"jieba-{jieba.__version__}.cache")
    tok.initialize()
    for entry in user_words():
        tok.add_word(entry.word, entry.freq, entry.tag)
    segmenter: Segmenter = tok
    return segmenter


def private_cache_dir() -> Path | None:
    """``$XDG_CACHE_HOME/replyparse`` (or ``~/.cache/replyparse``) when it can be trusted.

    Created with mode 0700 when missing. Trusted when it is a real folder (not a link),
    owned by this user and closed to everyone else; otherwise ``None``.
    """
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    folder = Path(base) / "replyparse"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    private = (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    )
    return folder if private else None


def _cache_folder() -> Path:
    """The private cache folder, or a throw-away one of this process's own."""
    folder = private_cache_dir()
    if folder is not None:
        return folder
    scratch = tempfile.mkdtemp(prefix="replyparse-jieba-")  # mode 0700, a new name
    atexit.register(shutil.rmtree, scratch, True)
    return Path(scratch)


@dataclass(frozen=True)
class IdfTable:
    """Inverse document frequencies, and the median for words the table lacks."""

    idf: dict[str, float]
    median: float


@cache
def idf_table() -> IdfTable:
    """jieba's IDF table, read once.

    Each line is ``word idf`` (jieba's own loader splits it the same way), so one split
    of the whole file pairs them: a third of the time of a loop over lines.
    """
    raw = _jieba_file("analyse", "idf.txt").read_text(encoding="utf-8")
    fields = raw.split()
    idf = dict(zip(fields[0::2], map(float, fields[1::2]), strict=True))
    values = sorted(idf.values())
    return IdfTable(idf=idf, median=values[len(values) // 2] if values else 0.0)


def _jieba_file(*parts: str) -> Path:
    """A data file of the installed jieba package, found without importing jieba.

    ``import jieba`` loads its HMM tables and ``pkg_resources`` (about 0.1 s), none of
    which the IDF table needs.
    """
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed", name="jieba")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def warm_up() -> None:
    """Load everything a parse needs, so processes forked afterwards start ready."""
    tokenizer()
    idf_table()
