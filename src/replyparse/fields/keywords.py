"""Topic words of a letter: TF-IDF over the body's jieba words, minus boilerplate.

Words are cut without jieba's HMM (which guesses unknown words such as names): topic
words are dictionary words, and the HMM doubles the cost. Only runs of Chinese characters
are cut: topic words are Chinese, and jieba's time grows with the square of a run of
digits or Latin letters (a 100,000-digit line took minutes).
"""

from __future__ import annotations

import heapq
import re
from collections import Counter

from replyparse import nlp, vocab
from replyparse.context import Context, Item, Spanned
from replyparse.model import Letter

TOP_K = 10
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def find_keywords(body: str, top_k: int = TOP_K) -> list[str]:
    if not body.strip():
        return []
    stop = vocab.word_set("keyword_stopwords")
    # The runs in one call, a line break between them: the segmenter cuts each stretch
    # of hanzi on its own (a break is never part of a word), so the words are the ones
    # run by run would give, without a call per run.
    runs = "\n".join(_HAN_RUN.findall(body))
    counts = Counter(nlp.tokenizer().cut(runs, HMM=False))  # counted in C, then sifted
    for word in [w for w in counts if len(w) < 2 or w in stop]:
        del counts[word]
    if not counts:
        return []
    table = nlp.idf_table()
    idf, median = table.idf.get, table.median
    total = sum(counts.values())
    # (score, word) is unique per word: the k smallest are the first k of the sorted list
    scored = [(-n / total * idf(w, median), w) for w, n in counts.items()]
    return [w for _, w in heapq.nsmallest(top_k, scored)]


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
