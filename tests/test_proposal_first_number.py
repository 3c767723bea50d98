"""The proposal number kept (issue #9, round 15): :func:`proposal._first_number` picks,
from a place's reads as made, the one the plain reading kept first: the reads sorted by
place, one a place (a dict's, the last made kept), those inside a cited 发文字号 dropped."""

from __future__ import annotations

import random

from goldsets import at_least, gold_texts
from helpers import contexts_before
from replyparse.context import Flat, Range
from replyparse.fields import proposal
from replyparse.fields.docnumber import doc_numbers_found
from snippets import PROPOSAL_OPENINGS

_INVENTED = [
    *PROPOSAL_OPENINGS,
    # several numbers in one place, one of them inside a cited 发文字号
    "关于第12号建议（第12号）的答复\n张代表：\n你提出的第12号建议收悉。",
    "关于市政协八届一次会议温36号建议第7号提案的答复\n您的提案收悉。",
    "某办函〔2021〕第5号\n关于第18号建议的答复\n你在会议上提出的建议收悉。",
    "第181号《关于某某的提案》（第86号）\n现将您提出的第9号提案办理情况答复如下：",
]


def _plain_first(
    flat: Flat, reads: list[proposal._Read], cited: list[Range]
) -> tuple[str, int] | None:
    """The first number as the plain reading kept it (value and place)."""
    kept = sorted({r.at: r for r in reads}.values(), key=lambda r: r.at)
    kept = [r for r in kept if not proposal._inside(flat, r, cited)]
    return (kept[0].value, kept[0].at) if kept else None


def _fast_first(
    flat: Flat, reads: list[proposal._Read], cited: list[Range]
) -> tuple[str, int] | None:
    first = proposal._first_number(flat, reads, cited)
    return (first.value, first.at) if first is not None else None


def _citations(flat: Flat, reads: list[proposal._Read]) -> list[list[Range]]:
    """No 发文字号, one over each read's place, one over all of them."""
    starts = [flat.range(r.at, r.at + len(r.value))[0] for r in reads]
    return [[], *([(s, s + 1)] for s in starts), [(s, s + 1) for s in sorted(starts)]]


def test_the_first_number_of_every_letter_is_the_plain_readings() -> None:
    several = 0
    for ctx in contexts_before(gold_texts(*_INVENTED), "proposal"):
        cited = [(d.start, d.end) for d in doc_numbers_found(ctx) if d.item.prefix]
        title, opening = ctx.layout.title, proposal._opening(ctx.layout.body)
        for lines in (title, opening):
            if not lines:
                continue
            flat = proposal._joined(ctx, lines)
            reads = proposal._numbers(proposal._Scan.of(flat))
            several += len(reads) > 1
            for where in [cited, *_citations(flat, reads)]:
                assert _fast_first(flat, reads, where) == _plain_first(flat, reads, where)
    assert several >= at_least(8, 4)  # not vacuous: places read more than once


def test_the_first_number_of_any_reads_is_the_plain_readings() -> None:
    # reads in any order, several at one place with other values (the last made is kept)
    rng = random.Random(15)
    text = "第12号建议（第3号）提案第45号议案"
    flat = Flat(text, range(len(text)))
    for _ in range(2000):
        reads = [
            proposal._Read(text[at : at + rng.randint(1, 3)], flat, at)
            for at in (rng.randrange(len(text) - 3) for _ in range(rng.randint(1, 6)))
        ]
        for where in _citations(flat, reads):
            assert _fast_first(flat, reads, where) == _plain_first(flat, reads, where), reads
