"""What the page-sign search finds (:func:`replyparse.chrome._sign_search`): exactly what the
signs written one by one find, each in full with its own tail and each label with its end
(:data:`~replyparse.chrome._LABEL_END`), at the same places. Its shared tails, its labels'
ends written once a class and its gated classes only make the program smaller: asked of
each sign's word at the text's start and end, between blanks, after a line break, glued
inside a sentence, after a button's lead, and in its NFKC form (review65a: stop 65's round
checked the shape of the search, not what it finds).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import pytest

from replyparse import chrome


def _one_by_one(untrimmed: bool) -> str:
    """The signs written one by one (``untrimmed``: a banner's end before the blanks that
    end its line, as :data:`~replyparse.chrome.SIGNS` reads it)."""
    banner = chrome._BANNER_TAIL_UNTRIMMED if untrimmed else chrome._BANNER_TAIL
    return "|".join(
        (
            *(
                chrome._from_rare(word, banner if tail == chrome._BANNER_TAIL else tail)
                for word, tail in chrome._PAGE_SIGNS
            ),
            *(chrome._label_from_rare(label) + chrome._LABEL_END for label in sorted(chrome._PAGE)),
        )
    )


@cache
def _plain() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The signs written one by one, as a search and as the view's match at a place."""
    return (
        re.compile(_one_by_one(False), re.MULTILINE),
        re.compile(f"(?:{_one_by_one(True)})", re.MULTILINE),
    )


def _words() -> list[str]:
    return sorted({word for word, _ in chrome._PAGE_SIGNS} | set(chrome._PAGE))


_BEFORE = ("", "\n", "\u3000", "某局", "|", "（", " 我要", "x我要", "：")
_AFTER = ("", "\n", " ", "。", " ：某", "本页", "】", "，", " |", "- ")


def _texts(word: str) -> list[str]:
    forms = {word, " ".join(word)}
    texts = [b + f + a for f in forms for b in _BEFORE for a in _AFTER]
    texts.append(f"正文。\n{word}\n下一行")
    return texts + [n for t in texts if (n := unicodedata.normalize("NFKC", t)) != t]


@pytest.mark.parametrize("word", _words())
def test_the_search_finds_what_the_signs_one_by_one_find(word: str) -> None:
    search, at = _plain()
    view = re.compile(f"(?:{chrome.SIGNS})", re.MULTILINE)
    for text in _texts(word):
        expected = search.search(text) is not None
        assert (chrome._SHOWS_PAGE().search(text) is not None) == expected, text
        places = {i for i in range(len(text)) if at.match(text, i)}
        assert {i for i in range(len(text)) if view.match(text, i)} == places, text
        assert all(text[i] in chrome.SIGN_FIRSTS for i in places), text


# A tool's word set apart as the search read it when each word was written in full
# (chrome._tool_sign before stop 65 shared its tail): the reference above is built from
# today's tails, so these pin the tails' own reading (the word's characters read as any).
TOOLS = [
    ("打印", True),
    ("我要打印", True),
    ("\n打印本页", True),
    ("【关闭】", True),
    ("（打印）", True),
    ("打印\n", True),
    ("正文\u3000关闭", True),
    ("正文 加大打印", True),
    ("正文|相关链接", True),
    ("正文\n相关链接：", True),
    ("x我要纠错", True),
    ("正文打印", False),
    ("x加大打印", False),
    ("正文。加大打印", False),
    ("打印，", False),
    ("正文相关链接", False),
    ("请分享给", False),
    ("给予关闭或搬迁", False),
]


@pytest.mark.parametrize(("text", "shown"), TOOLS)
def test_a_tools_word_set_apart_is_a_sign(text: str, shown: bool) -> None:
    for joined in (text, "某局回复如下。\n" + text):
        assert (chrome._SHOWS_PAGE().search(joined) is not None) is shown
        assert (chrome._SHOWS_PAGE_UNTRIMMED().search(joined) is not None) is shown
