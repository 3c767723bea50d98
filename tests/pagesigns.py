"""What the page-sign tests ask of a text: whether it shows a page, as the chrome's search
and the view's scan read it (the two must agree)."""

from __future__ import annotations

from replyparse import chrome, textview


def shows_page(text: str) -> bool:
    """Whether ``text`` shows a page's sign: the chrome's search, checked against the view's
    scan (the two agree), or the chrome's whole reading."""
    searched = chrome._SHOWS_PAGE_UNTRIMMED.search(text) is not None
    assert textview._scanned(text, textview._BMP_BLANKS).shown == searched
    return searched or chrome.shows_page(text)
