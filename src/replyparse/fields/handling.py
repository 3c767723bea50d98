"""办理类型: A (solved or adopted), B (being solved or planned), C (kept for reference), D.

Read from a labelled line (办理类型 / 类别 / 办复类别 / 答复类型 / 办理结果) anywhere in the
letter, else from a bare ``B类`` (alone on its line or after the 发文字号) near the header or the
end. Labels and marks are rows of ``data/labels.tsv`` (field ``handling_type``); the value→letter
map of labelled values (甲/乙/丙, 解决采纳/列入计划/留作参考, …) is ``data/handling_types.txt``.
"""

from __future__ import annotations

import re
from typing import get_args

from replyparse import vocab
from replyparse.context import Context, Found, Item, Labelled
from replyparse.model import HandlingType, Letter

_ENTRIES = vocab.labels_of("handling_type")
_LABEL = f"(?:{vocab.spellings(tuple(e for e in _ENTRIES if e.is_label))})"
_MARKS = tuple(e for e in _ENTRIES if e.needs == "alone")
_MARK_VALUE = {e.spelling: e.value for e in _MARKS}
_VALUES = vocab.key_alternation("handling_types")
_LABELLED = re.compile(rf"{_LABEL}：?\s*[（(]?(?P<value>{_VALUES})(?:类)?")
_BARE = re.compile(rf"^[〔\[［【（]?(?P<mark>{vocab.spellings(_MARKS)})[〕\]］】）]?$")
# The mark written at the end of the 发文字号 line: 某交复函〔2017〕19号　B类
_AFTER_DOC_NUMBER = re.compile(rf"号[〔\[［【（]?(?P<mark>{vocab.spellings(_MARKS)})[〕\]］】）]?$")

NEAR = 8
"""A bare ``B类`` counts only within this many content lines of the start or the end."""


class HandlingTypeFound(Found[HandlingType]):
    """The 办理类型; the span holds the value as written (``乙``, ``列入计划``, ``B``)."""

    def place(self, letter: Letter) -> None:
        letter.handling_type = self.value
        letter.handling_type_span = self.span


def extract(ctx: Context) -> list[Item]:
    lines = ctx.view.content_lines
    found = next(ctx.labelled(_LABELLED, lines), None)
    if found is None:
        edge = lines[:NEAR] + lines[-NEAR:]
        found = next(
            (
                Labelled(line, m)
                for line in edge
                if (m := _BARE.match(line.text) or _AFTER_DOC_NUMBER.search(line.text))
            ),
            None,
        )
    if found is None:
        return []
    if "mark" in found.match.groupdict():
        written = found.match.group("mark")
        value = _as_type(_MARK_VALUE[written] or "")
        start, end = found.range("mark")
        claim = (start, end - 1) if written.endswith("类") else (start, end)  # B of B类
    else:
        value = _as_type(vocab.mapping("handling_types")[found.match.group("value")])
        claim = found.range("value")
    if value is None:
        return []
    return [HandlingTypeFound(value, ctx.span(*claim), claim)]


_TYPES: dict[str, HandlingType] = {t: t for t in get_args(HandlingType)}


def _as_type(letter: str) -> HandlingType | None:
    return _TYPES.get(letter)
