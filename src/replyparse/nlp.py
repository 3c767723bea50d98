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
import math
import sys
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from replyparse.idf import IdfTable, load_idf_table
from replyparse.privatecache import private_cache_dir, scratch_dir

if TYPE_CHECKING:
    from replyparse.lexicon import Lexicon

__all__ = [
    "IdfTable",
    "LexiconSegmenter",
    "RustSegmenter",
    "Segmenter",
    "Tagger",
    "UserWord",
    "idf_table",
    "jieba_tokenizer",
    "person_names",
    "rust_segmenter",
    "rust_tokenizer",
    "tagger_of",
    "tokenizer",
    "user_words",
    "warm_up",
]


def _debug(message: str, *args: object) -> None:
    """A debug line in this module's log; :mod:`logging` is imported only to write one
    (jieba imports it anyway), not by every process that parses."""
    import logging

    logging.getLogger(__name__).debug(message, *args)


class Segmenter(Protocol):
    """What the keywords need of a segmenter: jieba's ``cut``."""

    def cut(self, sentence: str, HMM: bool = True) -> Iterable[str]: ...


class RustSegmenter(NamedTuple):
    """An ``rjieba.Jieba`` behind jieba's ``cut`` signature."""

    engine: Any

    def cut(self, sentence: str, HMM: bool = True) -> list[str]:
        words: list[str] = self.engine.cut(sentence, HMM)  # hmm by place (see LexiconSegmenter)
        return words


class UserWord(NamedTuple):
    """One line of a jieba user dictionary: ``word [frequency [tag]]``."""

    word: str
    freq: int | None
    tag: str | None


@cache
def user_words() -> tuple[UserWord, ...]:
    """The project's user dictionary, ``data/jieba_user.txt``, as jieba reads it: read at
    first use, once a process, as data/'s vocabularies are (:func:`word_across` asks for
    it at every heading line that looks broken)."""
    raw = resources.files("replyparse.data").joinpath("jieba_user.txt").read_text("utf-8")
    out: list[UserWord] = []
    for line in raw.splitlines():
        parts = line.split()
        if parts:
            freq = int(parts[1]) if len(parts) > 1 else None
            out.append(UserWord(parts[0], freq, parts[2] if len(parts) > 2 else None))
    return tuple(out)


@cache
def tokenizer() -> Segmenter:
    """The project's segmenter, made once: rjieba (with the lexicon's words while a
    process has cut little, :class:`LexiconSegmenter`), or jieba when rjieba is missing."""
    try:
        return rust_segmenter()
    except Exception as exc:  # a missing or broken extension: jieba does the same work
        _debug("rjieba unavailable (%s); using jieba", exc)
        return jieba_tokenizer()


def rust_segmenter() -> Segmenter:
    """rjieba over the lexicon when there is one (:mod:`replyparse.lexicon`), else over its
    whole dictionary. Raises when rjieba is missing."""
    rjieba_class()
    lexicon = _lexicon()
    users = user_words()
    if lexicon is None or any(entry.freq is None for entry in users):
        # a user word without a frequency gets one worked out from the whole dictionary
        return rust_tokenizer()
    return LexiconSegmenter(lexicon, users)


def rust_tokenizer() -> RustSegmenter:
    """A fresh rjieba segmenter with the user dictionary. Raises when rjieba is missing."""
    engine = rjieba_class()()
    for entry in user_words():
        engine.add_word(entry.word, entry.freq, entry.tag)
    return RustSegmenter(engine)


class LexiconSegmenter:
    """rjieba holding only the dictionary words of the texts it has been given, read from
    the lexicon as each text comes, plus the user dictionary; once it has been given
    :data:`LEXICON_BUDGET` characters, or :meth:`load_all` is called, rjieba with the
    whole dictionary (:func:`rust_tokenizer`). The two cut and tag every text alike
    (:mod:`replyparse.lexicon` says why); only their costs differ: a letter's words take
    about 2 ms to look up, the whole dictionary about 0.09 s to load.
    """

    _REST = "\U000f0000\U000f0001"
    """The entry that carries the left-out words' frequencies, so the total stays the whole
    dictionary's: private-use characters, which jieba never cuts as a word."""

    def __init__(self, lexicon: Lexicon, users: Iterable[UserWord]) -> None:
        self._lexicon = lexicon
        self._engine: Any = rjieba_class().empty()
        self._freqs: dict[str, int] = {}
        self._given = 0
        self._whole: RustSegmenter | None = None
        self._total = lexicon.total
        user: dict[str, tuple[int, str | None]] = {}
        for entry in users:  # as rjieba adds them to its dictionary, one after another
            assert entry.freq is not None
            known = user.get(entry.word)
            if known is None:
                found = lexicon.entry(entry.word)
                known = (found.freq, found.tag) if found else (0, entry.tag)
            # rjieba's add_word keeps the tag of a word it has, and adds to its total
            self._total += entry.freq - known[0]
            user[entry.word] = (entry.freq, known[1])
        self._add([(word, freq, tag) for word, (freq, tag) in user.items()])

    def cut(self, sentence: str, HMM: bool = True) -> list[str]:
        # rjieba's hmm given by place: pyo3 reads a keyword argument by name, at some cost
        words: list[str] = self._ready(sentence).cut(sentence, HMM)
        return words

    def tag(self, sentence: str, hmm: bool = True) -> list[tuple[str, str]]:
        """Words with their part-of-speech tags, as rjieba's ``tag``."""
        pairs: list[tuple[str, str]] = self._ready(sentence).tag(sentence, hmm)
        return pairs

    def load_all(self) -> None:
        """Use the whole dictionary from now on (a process about to cut many letters)."""
        if self._whole is None:
            self._whole = rust_tokenizer()

    def _ready(self, sentence: str) -> Any:
        """The engine that can cut ``sentence``: the lexicon's, with its words added."""
        if self._whole is not None:  # for good: what has been given no longer matters
            return self._whole.engine
        self._given += len(sentence)
        if self._given > LEXICON_BUDGET:
            self.load_all()
            return self._ready(sentence)
        new = [(e.word, e.freq, e.tag) for e in self._lexicon.words_in(sentence)]
        self._add([row for row in new if row[0] not in self._freqs])
        return self._engine

    def _add(self, rows: list[tuple[str, int, str | None]]) -> None:
        """Add words, then set the left-out frequencies' entry to what is missing."""
        for word, freq, tag in rows:
            self._engine.add_word(word, freq, tag)
            self._freqs[word] = freq
        rest = self._total - sum(self._freqs.values())  # 0 once every word is in
        self._engine.add_word(self._REST, rest, None)


LEXICON_BUDGET = 20_000
"""Characters a :class:`LexiconSegmenter` cuts before it loads the whole dictionary: about
where looking words up has cost what loading them all would have."""


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
            _debug("rjieba's extension did not load alone (%s)", exc)
    import rjieba

    return rjieba.Jieba


def jieba_tokenizer() -> Segmenter:
    """A fresh :class:`jieba.Tokenizer` with the user dictionary, its cache kept private."""
    import logging

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
    """jieba's IDF table, from the lexicon when there is one (a value read when first asked
    for), else loaded whole (:mod:`replyparse.idf`)."""
    lexicon = _lexicon()
    return lexicon.idf_table() if lexicon is not None else load_idf_table()


def word_across(text: str, cut: int) -> bool:
    """Whether the segmenter (no HMM) cuts ``text``, a few hanzi, into a word that runs
    across position ``cut``. Before the process has made its segmenter, with the lexicon,
    the route is worked out here (:func:`route_across`): none is loaded, so a
    ``--no-keywords`` run or ``validate`` loads none for a heading line that looks broken.
    Once it is made (a letter's keywords cut before), or without a lexicon, the segmenter's
    own cut decides: the same answer, some forty times cheaper than the route worked out
    in Python (about 300 thousand instructions a call)."""
    if tokenizer.cache_info().currsize == 0:  # (no segmenter yet: none is made for this)
        routed = route_across(text, cut)
        if routed is not None:
            return routed
    at = 0
    for word in tokenizer().cut(text, HMM=False):
        if at < cut < at + len(word):
            return True
        at += len(word)
    return False


def route_across(text: str, cut: int) -> bool | None:
    """:func:`word_across` by the route worked out from the lexicon, as jieba's segmenter
    works it (each position's words weighed by frequency over the dictionary's total, the
    best route from the end); None without a lexicon, or where a user word has no
    frequency (rjieba works that one out from the whole dictionary)."""
    lexicon = _lexicon()
    users = _user_freqs(lexicon) if lexicon is not None else None
    if lexicon is None or users is None:
        return None
    freqs, total = users
    found = {e.word: e.freq for e in lexicon.words_in(text)}
    found.update(freqs)  # (a user word's frequency over the dictionary's)
    return any(start < cut < end for start, end in _route(text, found, total))


@cache
def _user_freqs(lexicon: Lexicon) -> tuple[dict[str, int], int] | None:
    """The user words' frequencies and the dictionary's total with them added, as
    :class:`LexiconSegmenter` gives them to rjieba; None when a user word has no frequency
    (rjieba works that one out from the whole dictionary). Worked out once a process: the
    user dictionary is the package's file, read again for every broken heading before."""
    users = user_words()
    if any(entry.freq is None for entry in users):
        return None
    total = lexicon.total
    freqs: dict[str, int] = {}
    for entry in users:
        assert entry.freq is not None  # (none is: asked above)
        known = freqs.get(entry.word)
        if known is None:
            found = lexicon.entry(entry.word)
            known = found.freq if found else 0
        total += entry.freq - known
        freqs[entry.word] = entry.freq
    return freqs, total


def _route(text: str, freqs: dict[str, int], total: int) -> list[tuple[int, int]]:
    """The words' (start, end) of jieba's best route through ``text`` (no HMM): at each
    position the words that start there (the character alone when none does), the route
    from the end that sums the most log frequency, ties to the longer word."""
    n = len(text)
    log_total = math.log(total)
    best: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
    for i in range(n - 1, -1, -1):
        ends = [j for j in range(i + 1, n + 1) if freqs.get(text[i:j], 0) > 0] or [i + 1]
        best[i] = max(
            (math.log(freqs.get(text[i:j]) or 1) - log_total + best[j][0], j - 1) for j in ends
        )
    words: list[tuple[int, int]] = []
    i = 0
    while i < n:
        j = best[i][1] + 1
        words.append((i, j))
        i = j
    return words


@cache
def _lexicon() -> Lexicon | None:
    """The lexicon (:mod:`replyparse.lexicon`), opened once; made first when missing."""
    from replyparse.lexicon import open_lexicon

    return open_lexicon()


def warm_up(*, whole_dictionary: bool = True) -> None:
    """Load everything a parse needs, so processes forked afterwards start ready; the
    segmenter's whole dictionary too unless ``whole_dictionary`` is false (processes that
    will each cut a few letters: the lexicon serves them)."""
    segmenter = tokenizer()
    if whole_dictionary and isinstance(segmenter, LexiconSegmenter):
        segmenter.load_all()
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
    if isinstance(segmenter, LexiconSegmenter):
        return lambda text: [(word, flag) for word, flag in segmenter.tag(text, True)]
    import jieba.posseg

    tagger = jieba.posseg.POSTokenizer(segmenter)
    return lambda text: [(pair.word, pair.flag) for pair in tagger.cut(text)]


@cache
def _tagger() -> Tagger:
    """The project's segmenter's tagger, built once."""
    return tagger_of(tokenizer())


def tag(text: str) -> list[tuple[str, str]]:
    """``text`` cut into words, each with its part-of-speech tag, by the project's
    segmenter (:func:`_tagger`)."""
    return _tagger()(text)


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
