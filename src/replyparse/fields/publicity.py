"""是否公开 / 公开属性: whether the reply's full text is published.

True for 是, 公开, 主动公开, 同意公开, 此件公开发布; false for 否, 不公开, 不予公开,
依申请公开; None when the letter says nothing. Labels, marks and note heads (此件) are rows of
``data/labels.tsv`` (field ``public``); values after a label are ``data/public_values.txt``.
"""

from __future__ import annotations

import re

from replyparse import vocab
from replyparse.context import Context, Found, Item
from replyparse.model import Letter

_ENTRIES = vocab.labels_of("public")
_LABEL = vocab.spellings(tuple(e for e in _ENTRIES if e.is_label))
_MARKS = tuple(e for e in _ENTRIES if e.needs == "alone")
_MARK_VALUE = {e.spelling: e.value == "true" for e in _MARKS}
# Longest value first, so 依申请公开 wins over 公开 and 不予公开 over 公开.
_LABELLED = re.compile(rf"(?:{_LABEL})：?\s*(?P<value>{vocab.key_alternation('public_values')})")
# A note: its head and a mark (此件公开发布, 此件依申请公开).
_NOTE = re.compile(
    rf"(?P<value>(?:{vocab.spellings(tuple(e for e in _ENTRIES if e.needs == 'note'))})"
    rf"(?P<mark>{vocab.spellings(_MARKS)}))"
)


def value_of(written: str) -> bool | None:
    """What a value or a note, as the span of :class:`Publicity` holds it, says."""
    if written in vocab.mapping("public_values"):
        return vocab.mapping("public_values")[written] == "true"
    m = _NOTE.fullmatch(written)
    return _MARK_VALUE[m.group("mark")] if m else None


class Publicity(Found[bool]):
    """Whether the reply is published; the span holds the value or the note as written."""

    def place(self, letter: Letter) -> None:
        letter.public = self.value
        letter.public_span = self.span


def extract(ctx: Context) -> list[Item]:
    for found in ctx.labelled(_LABELLED):
        claim = found.range("value")
        value = vocab.mapping("public_values")[found.match.group("value")] == "true"
        return [Publicity(value, ctx.span(*claim), claim)]
    for found in ctx.labelled(_NOTE):
        claim = found.range("value")
        return [Publicity(_MARK_VALUE[found.match.group("mark")], ctx.span(*claim), claim)]
    return []
