"""Letters saved as web pages: HTML and MHTML (Word's "Web Page" formats, often named .doc).

Government sites often publish a letter as a ``.doc`` that is really the HTML (or the
single-file MHTML) Word writes with "Save as Web Page". Its tags must never reach the
parser, so the page is turned into text with the standard library's ``html.parser``:
one line per block (paragraph, heading, list item, table cell, ``<br>``), white space
collapsed as a browser does, the head, scripts, styles and comments left out (Word keeps
its own XML settings in comments), and so are a ruby annotation's reading and brackets
(``<rt>``, ``<rp>``). List labels that Word writes for older browsers
(``<![if !supportLists]>一、<![endif]>``) are kept: they are what the page shows.

The encoding is the one the page declares (``<meta charset>``) when that decodes the
bytes, else the one :mod:`.text` detects. An MHTML file is read with :mod:`email`: its
first ``text/html`` part is the page.
"""

from __future__ import annotations

import codecs
import dataclasses
import re
from collections import Counter
from html.parser import HTMLParser

from replyparse.errors import InputError
from replyparse.limits import Limits, exceeded
from replyparse.readers.text import decode_text

_HEAD = 4096
"""Bytes of a page's start searched for the charset it declares."""
_MARKUP = 8
"""A page may hold this many times ``max_text_chars`` of markup and text together."""
_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

_BLOCKS = frozenset(
    [
        "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]
)  # fmt: skip
# Elements whose content is not shown as text.
_HIDDEN = frozenset(
    ["head", "script", "style", "template", "title", "xml", "noscript", "object"]
)  # fmt: skip
# A ruby annotation's reading and its fallback brackets (<ruby>镇<rp>(</rp><rt>zhèn</rt>
# <rp>)</rp></ruby>): the page shows the reading over the character, no text of the line.
# Their end tags may be left out (HTML closes one at the next <rt> or <rp>, or at </ruby>).
_RUBY_NOTES = frozenset(["rt", "rp"])
_WHITE = re.compile(r"[ \t\n\r\f]+")
# A line break in the source between two wide characters is no space (CSS Text 3).
_BREAK_BETWEEN_WIDE = re.compile(r"(?<=[^\x00-\x7f])[ \t\r\f]*\n[ \t\n\r\f]*(?=[^\x00-\x7f])")


def read_html(data: bytes, *, path: str, limits: Limits) -> tuple[str, str]:
    """The text of an HTML page, one block per line, and the encoding it was read in."""
    declared = _CHARSET.search(data[:_HEAD])
    page: str | None = None
    encoding = ""
    if declared is not None:
        name = declared.group(1).decode("ascii").lower()
        try:
            encoding = codecs.lookup(name).name
            page = data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            page = None
    if page is None:
        # the page's length is judged below, against the text it may hold
        unbounded = dataclasses.replace(limits, max_text_chars=len(data))
        page, encoding = decode_text(data, path=path, limits=unbounded)
    return _text(page, path, limits), encoding


def read_mhtml(data: bytes, *, path: str, limits: Limits) -> tuple[str, str]:
    """The text of an MHTML file's page and the encoding of that page."""
    import email  # only web archives need it (a plain letter's sniffing comes here too)
    import email.policy
    from email.message import EmailMessage

    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() != "text/html" or not isinstance(part, EmailMessage):
            continue
        try:
            page = part.get_content()
        except (LookupError, UnicodeDecodeError, ValueError) as exc:
            raise InputError(path, f"web archive (MHTML) with an unreadable page: {exc}") from exc
        if not isinstance(page, str):
            continue
        return _text(page, path, limits), part.get_content_charset() or "us-ascii"
    raise InputError(path, "a web archive (MHTML) without an HTML page")


def _text(page: str, path: str, limits: Limits) -> str:
    if len(page) > limits.max_text_chars * _MARKUP:
        # no need to parse to know: markup is seldom more than 8 times its text
        what = f"the page has {len(page):,} characters, over 8 times the text allowed"
        raise InputError(path, exceeded(limits, "max_text_chars", what))
    extractor = _TextExtractor()
    extractor.feed(page)
    extractor.close()
    text = "\n".join(extractor.lines)
    if len(text) > limits.max_text_chars:
        what = f"the page's text has {len(text):,} characters"
        raise InputError(path, exceeded(limits, "max_text_chars", what))
    if not text.strip():
        raise InputError(path, "a web page (HTML) without text")
    return text


class _TextExtractor(HTMLParser):
    """Collects the visible text of a page, one block per line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._pieces: list[str] = []
        self._hidden: list[str] = []  # open hidden elements, innermost last
        self._open = Counter[str]()  # how many of each are in ``_hidden``

    def _flush(self) -> None:
        if not self._pieces:
            return
        raw = _BREAK_BETWEEN_WIDE.sub("", "".join(self._pieces))
        line = _WHITE.sub(" ", raw).strip()
        if line:
            self.lines.append(line)
        self._pieces = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":  # the head ends here even when </head> is missing
            self._hidden.clear()
            self._open.clear()
        elif tag in _HIDDEN:
            self._hidden.append(tag)
            self._open[tag] += 1
        elif tag in _RUBY_NOTES:
            self._close_ruby_note()  # (an <rt> whose end tag was left out ends here)
            self._hidden.append(tag)
            self._open[tag] += 1
        elif tag in _BLOCKS and not self._hidden:
            self._flush()

    def _close_ruby_note(self) -> None:
        """Close the ruby note (``<rt>``, ``<rp>``) that is the innermost hidden element."""
        if self._hidden and self._hidden[-1] in _RUBY_NOTES:
            self._open[self._hidden.pop()] -= 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS and not self._hidden:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "ruby":
            self._close_ruby_note()  # </ruby> ends its last note left open
        if self._hidden:
            # close it and anything left open inside it (each element popped once)
            while self._open[tag] and self._hidden:
                closed = self._hidden.pop()
                self._open[closed] -= 1
                if closed == tag:
                    break
            return
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._pieces.append(data)

    def close(self) -> None:
        super().close()
        self._flush()
