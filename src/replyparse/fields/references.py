"""Documents the body cites: 发文字号 and titles in 《》, one entry per occurrence.

A title is the text inside 《》, nested 〈〉 or <> kept. Not references: the letter's own
发文字号 and the proposal's own title (the parser passes their ranges as ``exclude``); a
title with the same text as an excluded range is the proposal's title cited again.
"""

from __future__ import annotations

from collections.abc import Sequence

from replyparse.fields.docnumber import Found
from replyparse.model import Reference
from replyparse.textview import TextView

_WS = " \t\n\u3000"


def _flat(text: str) -> str:
    return "".join(ch for ch in text if ch not in _WS)


def _titles(norm: str) -> list[tuple[int, int]]:
    """Inner ranges of top-level 《…》 pairs; a nested 《 (for 〈) is balanced."""
    out: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(norm):
        if ch == "《":
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                out.append((start, i))
        elif ch == "\n" and depth and i - start > 120:
            # a title may wrap onto the next line, but not run on for paragraphs
            depth = 0
    return out


def find_references(
    view: TextView, doc_numbers: Sequence[Found], exclude: Sequence[tuple[int, int]] = ()
) -> list[Reference]:
    found: list[tuple[int, Reference]] = []

    def excluded(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in exclude)

    # the proposal's own title is no reference wherever it is cited, quoted or not
    excluded_texts = {_flat(view.norm[s:e]) for s, e in exclude}

    for d in doc_numbers:
        if not excluded(d.start, d.end):
            found.append(
                (d.start, Reference(kind="doc_number", text=d.item.text, span=d.item.span))
            )
    for start, end in _titles(view.norm):
        while start < end and view.norm[start] in _WS:
            start += 1
        while end > start and view.norm[end - 1] in _WS:
            end -= 1
        if end <= start or excluded(start, end) or _flat(view.norm[start:end]) in excluded_texts:
            continue
        text, span = view.source(start, end)
        found.append((start, Reference(kind="title", text=text, span=span)))
    found.sort(key=lambda pair: pair[0])
    return [ref for _, ref in found]
