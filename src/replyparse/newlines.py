"""The one normalisation the record's ``text`` gets: its line ends.

Its own module so that the readers, which the batch's parent imports to plan a run, need
neither the text view nor the models: those are imported with the parser, in the worker,
where their patterns come from the pattern table (:mod:`replyparse.patterncache`).
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise_newlines(text: str) -> str:
    """CRLF and CR become LF; the record's ``text`` is always in this form.

    A lone surrogate (a ``str`` can hold one; no file decoded strictly can) becomes
    U+FFFD, one character for one, so the record can be written as UTF-8 JSON and every
    span still holds.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii() and _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text
