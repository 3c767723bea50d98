"""Documents the body cites: 发文字号 and titles in 《》, one entry per occurrence.

A title is the text inside 《》, nested 〈〉 or <> kept. Not references: the letter's own
发文字号 and the proposal's own title (their claims are passed as ``exclude``); a title with
the same text as an excluded range is the proposal's title cited again.
"""

from __future__ import annotations

from collections.abc import Sequence

from replyparse.context import Context, Found, Item, Range
from replyparse.fields.docnumber import DocNumberFound, OwnDocNumber
from replyparse.fields.proposal import ProposalTitle
from replyparse.model import Letter, Reference
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


class ReferenceFound(Found[Reference]):
    def place(self, letter: Letter) -> None:
        letter.references.append(self.value)


def extract(ctx: Context) -> list[Item]:
    """Every cited 发文字号 and 《title》, apart from the letter's own and the proposal's."""
    found = _references(
        ctx.view,
        ctx.found(DocNumberFound),
        exclude=ctx.claims.ranges(OwnDocNumber, ProposalTitle),
    )
    return [ReferenceFound(ref, ref.span, claim) for ref, claim in found]


def _references(
    view: TextView, doc_numbers: Sequence[DocNumberFound], exclude: Sequence[Range]
) -> list[tuple[Reference, Range]]:
    """The references in text order, with the ``view.norm`` range each stands at."""
    found: list[tuple[Reference, Range]] = []

    def excluded(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in exclude)

    # the proposal's own title is no reference wherever it is cited, quoted or not
    excluded_texts = {_flat(view.norm[s:e]) for s, e in exclude}

    for d in doc_numbers:
        if not excluded(d.start, d.end):
            reference = Reference(kind="doc_number", text=d.item.text, span=d.item.span)
            found.append((reference, (d.start, d.end)))
    for start, end in _titles(view.norm):
        while start < end and view.norm[start] in _WS:
            start += 1
        while end > start and view.norm[end - 1] in _WS:
            end -= 1
        if end <= start or excluded(start, end) or _flat(view.norm[start:end]) in excluded_texts:
            continue
        text, span = view.source(start, end)
        found.append((Reference(kind="title", text=text, span=span), (start, end)))
    found.sort(key=lambda pair: pair[1][0])
    return found
