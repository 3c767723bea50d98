"""What the page-sign tests ask of a text: whether it shows a page, as the chrome's search
and the view's scan read it (the two must agree)."""

from __future__ import annotations

from replyparse import chrome, textview
from replyparse.textview import TextView


def shows_page(text: str) -> bool:
    """Whether ``text`` shows a page's sign: the chrome's search, checked against the view's
    scan (the two agree), or the chrome's whole reading."""
    searched = chrome._SHOWS_PAGE_UNTRIMMED().search(text) is not None
    assert textview._scanned(text, textview._BMP_BLANKS).shown == searched
    return searched or chrome.shows_page(text)


def assert_plain_letter(text: str) -> None:
    """``text`` shows no page, and the page's rules drop none of its lines: no chrome, every
    line kept in the view."""
    assert not shows_page(text)
    lines = text.split("\n")
    assert chrome.chrome_lines(lines) == frozenset()
    kept = "".join(TextView(text).norm.split())  # (every line the view's: none dropped)
    for line in lines:
        assert "".join(line.split()) in kept
