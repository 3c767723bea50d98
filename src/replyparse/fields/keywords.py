"""Topic words of a letter: TF-IDF over the body's jieba words, minus boilerplate.

Words are cut without jieba's HMM (which guesses unknown words such as names): topic
words are dictionary words, and the HMM doubles the cost. Only runs of Chinese characters
are cut: topic words are Chinese, and jieba's time grows with the square of a run of
digits or Latin letters (a 100,000-digit line took minutes).
"""

from __future__ import annotations

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
    cut = nlp.tokenizer().cut
    counts = Counter(
        word
        for run in _HAN_RUN.findall(body)
        for word in cut(run, HMM=False)
        if len(word) > 1 and word not in stop
    )
    if not counts:
        return []
    table = nlp.idf_table()
    total = sum(counts.values())
    scored = sorted(
        counts,
        key=lambda w: (-counts[w] / total * table.idf.get(w, table.median), w),
    )
    return scored[:top_k]


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
