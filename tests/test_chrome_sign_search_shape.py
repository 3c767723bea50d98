"""The shape of the search for a page's signs (:func:`replyparse.chrome._sign_search`): a
tail that many words share is written once after them, not once after each. Stop 64's
search wrote the tools' set-apart context once per word, its program grew five times and
loading it (the pattern cache) was most of a cold start's rise; no test of what the
search finds could see it. What it finds is pinned by the page-sign tests
(tests/test_chrome.py and the rest): the same letters show a page.
"""

from __future__ import annotations

import re

import pytest

from replyparse import chrome


def test_a_tools_tail_names_no_word_but_its_length() -> None:
    # (the tail reads the word's characters behind it as any: words of one length and of
    # the same kinds have one tail, which the search can write once for all of them)
    assert chrome._tool_sign("打印") == chrome._tool_sign("关闭")
    assert chrome._tool_sign("相关链接") == chrome._tool_sign("友情链接")
    assert chrome._tool_sign("打印") != chrome._tool_sign("相关链接")


@pytest.mark.parametrize("source", [chrome.SIGNS, chrome._SHOWS_PAGE().pattern])
def test_the_links_headings_tail_is_written_once(source: str) -> None:
    tail = chrome._tool_sign(chrome._LINKS_WORDS[0])
    assert len(chrome._LINKS_WORDS) > 10
    assert {chrome._tool_sign(word) for word in chrome._LINKS_WORDS} == {tail}
    assert source.count(tail) == 1
    # (each heading's word spelled once, behind its rare character)
    for word in chrome._LINKS_WORDS:
        assert source.count(word) == 1, word


@pytest.mark.parametrize("source", [chrome.SIGNS, chrome._SHOWS_PAGE().pattern])
def test_a_labels_end_is_written_once_a_class(source: str) -> None:
    assert len(chrome._PAGE) > 50
    assert 1 <= source.count(chrome._LABEL_END) <= chrome._SIGN_CLASSES


def test_the_search_opens_at_the_signs_first_characters() -> None:
    # (a class the engine skips to; a match is the sign's first character alone)
    found = chrome._SHOWS_PAGE_UNTRIMMED().search("某局\n首页 > 政务公开\n")
    assert found is not None and found.group() in chrome.SIGN_FIRSTS
    assert re.match(r"\[", chrome._SHOWS_PAGE_UNTRIMMED().pattern)
