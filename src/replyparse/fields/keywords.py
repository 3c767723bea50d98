"""Topic words of a letter: jieba TF-IDF over the body, minus reply-letter boilerplate."""

from __future__ import annotations

import re

from replyparse import nlp, vocab

TOP_K = 10
_NOT_A_WORD = re.compile(r"^[\d.%]+$|^[A-Za-z]$")


def find_keywords(body: str, top_k: int = TOP_K) -> list[str]:
    if not body.strip():
        return []
    stop = set(vocab.words("keyword_stopwords"))
    tags = nlp.tfidf().extract_tags(body, topK=top_k + len(stop))
    out = [t for t in tags if t not in stop and len(t) > 1 and not _NOT_A_WORD.match(t)]
    return out[:top_k]
