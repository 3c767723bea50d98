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
its cache in the project's private folder (:mod:`replyparse.privatecache`), or in a
throw-away one when that folder cannot be trusted.

The keywords' IDF table is jieba's, read by :mod:`replyparse.idf`.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Protocol

from replyparse.idf import IdfTable, load_idf_table
from replyparse.privatecache import private_cache_dir, scratch_dir

__all__ = [
    "IdfTable",
    "RustSegmenter",
    "Segmenter",
    "Tagger",
    "UserWord",
    "idf_table",
    "jieba_tokenizer",
    "person_names",
    "rust_tokenizer",
    "tagger_of",
    "tokenizer",
    "user_words",
    "warm_up",
]

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
    engine = rjieba_class()()
    for entry in user_words():
        engine.add_word(entry.word, entry.freq, entry.tag)
    return RustSegmenter(engine)


def rjieba_class() -> Any:
    """rjieba's ``Jieba`` class, without the default segmenter ``import rjieba`` builds.

    The package's ``__init__`` builds a module-level segmenter (its whole dictionary,
    about 0.1 s) that we never use: ours carries the user dictionary, and rjieba's global
    default is left alone. So the extension module ``rjieba.rjieba`` is found beside the
    package and loaded by itself, and registered under its name, where a later
    ``import rjieba`` finds it. When that fails, the package is imported as usual.
    """
    for name in ("rjieba.rjieba", "rjieba"):
        if name in sys.modules:  # loaded already, or blocked (None), as import would say
            if sys.modules[name] is None:
                raise ModuleNotFoundError(f"import of {name} halted", name=name)
            return sys.modules[name].Jieba
    package = importlib.util.find_spec("rjieba")  # found, not imported
    locations = list(package.submodule_search_locations or []) if package else []
    spec = importlib.machinery.PathFinder.find_spec("rjieba.rjieba", locations)
    if spec is not None and spec.loader is not None:
        try:
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            sys.modules["rjieba.rjieba"] = module
            return module.Jieba
        except Exception as exc:  # a layout we do not know: the usual way below
            _log.debug("rjieba's extension did not load alone (%s)", exc)
    import rjieba

    return rjieba.Jieba


def jieba_tokenizer() -> Segmenter:
    """A fresh :class:`jieba.Tokenizer` with the user dictionary, its cache kept private."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    folder = private_cache_dir() or scratch_dir()
    tok.cache_file = str(folder / f"jieba-{jieba.__version__}.cache")
    tok.initialize()
    for entry in user_words():
        tok.add_word(entry.word, entry.freq, entry.tag)
    segmenter: Segmenter = tok
    return segmenter


@cache
def idf_table() -> IdfTable:
    """jieba's IDF table, loaded once."""
    return load_idf_table()


def warm_up() -> None:
    """Load everything a parse needs, so processes forked afterwards start ready."""
    tokenizer()
    idf_table()


# -- part of speech: person names ----------------------------------------------------------
# Tags come from the segmenter itself (rjieba's ``tag``; jieba's ``posseg`` over our jieba
# tokenizer), built on first use only: a salutation that runs names together with no
# separator (李明王芳代表) is the one reader that needs them.

Tagger = Callable[[str], list[tuple[str, str]]]


def tagger_of(segmenter: Segmenter) -> Tagger:
    """Part-of-speech tagging by ``segmenter``'s own dictionary (user words included)."""
    if isinstance(segmenter, RustSegmenter):
        engine = segmenter.engine
        return lambda text: [(word, flag) for word, flag in engine.tag(text, True)]
    import jieba.posseg

    tagger = jieba.posseg.POSTokenizer(segmenter)
    return lambda text: [(pair.word, pair.flag) for pair in tagger.cut(text)]


@cache
def _tagger() -> Tagger:
    """The project's segmenter's tagger, built once."""
    return tagger_of(tokenizer())


def person_names(text: str, tag: Tagger | None = None) -> list[tuple[int, int]] | None:
    """Where ``text`` is person names run together (``李明王芳`` → (0, 2), (2, 4)): the
    segmenter's words for it, when every word is tagged a person's name (``nr…``). None
    when any word is something else: the text is then not names alone. ``tag`` is the
    project's segmenter's tagger unless given (:func:`tagger_of`)."""
    out: list[tuple[int, int]] = []
    at = 0
    for word, flag in (tag or _tagger())(text):
        if not flag.startswith("nr"):
            return None
        out.append((at, at + len(word)))
        at += len(word)
    return out if at == len(text) else None
