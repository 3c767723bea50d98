"""Topic words of a letter: TF-IDF over the body's jieba words, minus boilerplate.

Words are cut without jieba's HMM (which guesses unknown words such as names): topic
words are dictionary words, and the HMM doubles the cost. Only runs of Chinese characters
are cut: topic words are Chinese, and jieba's time grows with the square of a run of
digits or Latin letters (a 100,000-digit line took minutes).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import filterfalse

from replyparse import nlp, vocab
from replyparse.context import Context, Item, Range
from replyparse.model import Letter, Span

TOP_K = 10
# Runs of two hanzi or more (maximal runs: a match opens where a run does, and runs to its
# end). A run of one is cut as that one character alone, which is never a keyword (_learn
# keeps no shorter word) and counts in no score (the total sums the kept words alone):
# leaving it out changes no keyword, and spares the segmenter, the count and the sifting
# a word and a break each.
_HAN_RUN = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff]+")


def find_keywords(
    body: str, top_k: int = TOP_K, start: int = 0, end: int | None = None
) -> list[str]:
    """The ``top_k`` topic words of ``body[start:end]``, best first."""
    # The runs in one call, a line break between them: the segmenter cuts each stretch
    # of hanzi on its own (a break is never part of a word), so the words are the ones
    # run by run would give, without a call per run. No run, no word to keep. (The
    # pattern has no lookaround, so bounds find what a slice of the body would.)
    runs = "\n".join(_HAN_RUN.findall(body, start, len(body) if end is None else end))
    if not runs:
        return []
    # a list already from rjieba (read again when a word is new; jieba's cut is a generator)
    words = nlp.tokenizer().cut(runs, HMM=False)
    if not isinstance(words, list):
        words = list(words)
    # The words that may be keywords, in the order they first stand, and the score of each
    # (its count over their total, negated, times its IDF: the smaller the better). The
    # words that are never keywords are left out before counting, in C (they count in no
    # score: the total sums the kept words alone); a word not met yet is counted, and its
    # IDF's look-up fails. Written out here, not in a helper returning a pair: a call and
    # a tuple a letter.
    idf_of, never = _idf_of(), _never()
    counts = Counter(filterfalse(never.__contains__, words))
    # n / -total is -n / total to the last bit (a quotient's rounding is symmetric in its
    # sign): one negation a letter rather than one a word
    per = -sum(counts.values())  # summed in C, in the words' order
    try:
        scores = [n / per * idf_of[w] for w, n in counts.items()]
    except KeyError:  # a word met for the first time (once warm, none is): count again
        _learn(idf_of, never, {w for w in words if w not in idf_of and w not in never})
        counts = Counter(filterfalse(never.__contains__, words))
        per = -sum(counts.values())
        scores = [n / per * idf_of[w] for w, n in counts.items()]
    if not scores:
        return []
    return [w for _, w in _smallest(scores, list(counts), top_k)]


def _smallest(scores: list[float], kept: list[str], k: int) -> list[tuple[float, str]]:
    """The ``k`` smallest (score, word) pairs in order, ``scores[i]`` being the score of
    the word ``kept[i]``; ties by the word ((score, word) is unique per word). Exact: none of
    them scores above the k-th smallest score, so only the words at or below it are read
    (by index: no list of every word), paired and sorted (floats alone sort several times
    faster than pairs)."""
    if len(scores) > k > 0:
        bound = sorted(scores)[k - 1]
        return sorted([(s, kept[i]) for i, s in enumerate(scores) if s <= bound])[:k]
    return sorted(zip(scores, kept, strict=True))[:k]


@cache
def _idf_of() -> dict[str, float]:
    """Each word met so far that may be a keyword: its IDF (the median when the table lacks
    it). Exact as a memo: the stop words and the table are each loaded once per process and
    never change."""
    return {}


@cache
def _never() -> set[str]:
    """Each word met so far that is never a keyword: a single character or a stop word."""
    return set()


def _learn(idf_of: dict[str, float], never: set[str], words: Iterable[str]) -> None:
    """Add ``words`` to the memos of :func:`_idf_of` and :func:`_never`."""
    stop = vocab.word_set("keyword_stopwords")
    table = nlp.idf_table()
    idf, median = table.idf.get, table.median
    for w in words:
        if len(w) < 2 or w in stop:
            never.add(w)
        else:
            idf_of[w] = idf(w, median)


@dataclass(unsafe_hash=True)
class Keywords:
    """The topic words, each with the span of its first occurrence in the body: one item
    for them all, placed at once (not ten items, each made and placed on its own). Never
    changed once made (not declared frozen for speed, as :class:`~replyparse.context.Found`)."""

    words: tuple[str, ...]
    spans: tuple[Span, ...]
    span: Span | None = None
    claim: Range | None = None

    def place(self, letter: Letter) -> None:
        letter.keywords.extend(self.words)
        letter.keyword_spans.extend(self.spans)


def extract(ctx: Context) -> list[Item]:
    start, end = ctx.layout.body_range
    norm = ctx.view.norm
    words = find_keywords(norm, TOP_K, start, end)
    if not words:
        return []
    # each span as TextView.span gives it for a stretch that is not empty (a keyword has two
    # characters or more: _learn keeps no shorter word), read off the view's offsets
    # without a call per word. Found in one slice of the body: a find with bounds parses
    # them each call, and the slice's first occurrence plus ``start`` is the bounded one
    # (every word is found: it was cut from the body)
    origin = ctx.view.origin
    body = norm[start:end]
    spans: list[Span] = []
    for word in words:
        at = body.find(word) + start
        spans.append((origin[at], origin[at + len(word) - 1] + 1))
    return [Keywords(tuple(words), tuple(spans))]
