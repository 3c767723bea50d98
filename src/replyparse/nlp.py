"""jieba, loaded lazily and once per process.

Nothing here runs at import: ``replyparse --help`` never loads jieba's dictionary. The
project's own :class:`jieba.Tokenizer` (with the user dictionary in
``data/jieba_user.txt``) is built on first use; jieba's global default is never touched.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources
from typing import Any


@cache
def tokenizer() -> Any:
    """The project's jieba tokenizer, initialised once."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    user_dict = resources.files("replyparse.data").joinpath("jieba_user.txt")
    with resources.as_file(user_dict) as path:
        tok.load_userdict(str(path))
    return tok


@cache
def tfidf() -> Any:
    """A jieba TF-IDF keyword extractor that uses :func:`tokenizer`, not jieba's default."""
    import jieba.analyse

    extractor = jieba.analyse.TFIDF()
    extractor.tokenizer = tokenizer()
    return extractor
