"""是否公开 / 公开属性: whether the reply's full text is published.

True for 是, 公开, 主动公开, 同意公开, 此件公开发布; false for 否, 不公开, 不予公开,
依申请公开; None when the letter says nothing. Values are data (``data/public_*.txt``).
"""

from __future__ import annotations

import re

from replyparse import vocab
from replyparse.context import Context, Found, Item
from replyparse.model import Letter

_LABEL = r"(?:是否公开|是否同意公开|公开属性|公开方式|公开类型|信息公开属性|公开选项)"
# Longest value first, so 依申请公开 wins over 公开 and 不予公开 over 公开.
_LABELLED = re.compile(rf"{_LABEL}：?\s*(?P<value>{vocab.key_alternation('public_values')})")
_NOTE = re.compile(f"(?P<value>{vocab.key_alternation('public_notes')})")


class Publicity(Found[bool]):
    """Whether the reply is published; the span holds the value or the note as written."""

    def place(self, letter: Letter) -> None:
        letter.public = self.value
        letter.public_span = self.span


def extract(ctx: Context) -> list[Item]:
    for pattern, table in ((_LABELLED, "public_values"), (_NOTE, "public_notes")):
        for found in ctx.labelled(pattern):
            claim = found.range("value")
            value = vocab.mapping(table)[found.match.group("value")] == "true"
            return [Publicity(value, ctx.span(*claim), claim)]
    return []
