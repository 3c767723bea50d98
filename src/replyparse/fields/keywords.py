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
from functools import cache

from replyparse import nlp, vocab
from replyparse.context import Context, Item, Spanned
from replyparse.model import Letter

TOP_K = 10
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def find_keywords(body: str, top_k: int = TOP_K) -> list[str]:
    if not body.strip():
        return []
    # The runs in one call, a line break between them: the segmenter cuts each stretch
    # of hanzi on its own (a break is never part of a word), so the words are the ones
    # run by run would give, without a call per run.
    runs = "\n".join(_HAN_RUN.findall(body))
    counts = Counter(nlp.tokenizer().cut(runs, HMM=False))  # counted in C, then sifted
    idf_of = _idf_of()
    unseen = [w for w in counts if w not in idf_of]
    if unseen:
        _learn(idf_of, unseen)
    kept = [(n, idf, w) for w, n in counts.items() if (idf := idf_of[w]) is not None]
    if not kept:
        return []
    total = sum(n for n, _, _ in kept)
    # (score, word) is unique per word: the k smallest are the first k of the sorted list
    scored = sorted([(-n / total * idf, w) for n, idf, w in kept])
    return [w for _, w in scored[:top_k]]


@cache
def _idf_of() -> dict[str, float | None]:
    """Each word met so far: its IDF (the median when the table lacks it), or None when it
    is never a keyword (a single character or a stop word). Exact as a memo: the stop words
    and the table are each loaded once per process and never change."""
    return {}


def _learn(idf_of: dict[str, float | None], words: Iterable[str]) -> None:
    """Add ``words`` to the memo of :func:`_idf_of`."""
    stop = vocab.word_set("keyword_stopwords")
    table = nlp.idf_table()
    idf, median = table.idf.get, table.median
    for w in words:
        idf_of[w] = None if len(w) < 2 or w in stop else idf(w, median)


class Keyword(Spanned[str]):
    """A topic word; the span is its first occurrence in the body."""

    def place(self, letter: Letter) -> None:
        letter.keywords.append(self.value)
        letter.keyword_spans.append(self.span)


def extract(ctx: Context) -> list[Item]:
    start, end = ctx.layout.body_range
    norm = ctx.view.norm
    out: list[Item] = []
    for word in find_keywords(norm[start:end]):
        at = norm.find(word, start, end)
        out.append(Keyword(word, ctx.span(at, at + len(word))))
    return out
