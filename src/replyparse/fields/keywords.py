"""Topic words of a letter: TF-IDF over the body's jieba words, minus boilerplate.

Words are cut without jieba's HMM (which guesses unknown words such as names): topic
words are dictionary words, and the HMM doubles the cost.
"""

from __future__ import annotations

import re
from collections import Counter

from replyparse import nlp, vocab

TOP_K = 10
_NOT_A_WORD = re.compile(r"^[\d.%]+$|[^\w]")


def find_keywords(body: str, top_k: int = TOP_K) -> list[str]:
    if not body.strip():
        return []
    stop = vocab.word_set("keyword_stopwords")
    counts = Counter(
        word
        for word in nlp.tokenizer().cut(body, HMM=False)
        if len(word) > 1 and word not in stop and not _NOT_A_WORD.search(word)
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
