"""The proposal's quoted title made at once (``proposal._written_stripped``, issue #9,
round 14) is the plain reading, ``ctx.flat(where, written=True).strip()``, over every
gold letter, their perturbations and snippets with blanks, line breaks and widened
marks, on many ranges of each."""

from __future__ import annotations

import pytest

from goldsets import at_least, gold_texts
from helpers import contexts_before
from replyparse.context import Context, Range
from replyparse.fields import proposal

_SNIPPETS = [
    "您提出的“ 关于某某的建议 ”收悉，现答复如下：",
    "您提出的《关于\n某某的建议》收悉。",
    "您提出的“关于 某某 的建议”收悉。",
    "您提出的“\u3000关于某某的建议\u3000”收悉。",
    "您提出的《关于某某(第3号)的建议》收悉。",
    "您提出的《关于某某,某某的建议》收悉。",
    "你提出的“ ”收悉。",
    # a blank between Latin letters stays in view.norm as " ", written as the letter's own
    "您提出的“关于A\u3000B路口的建议”收悉。",
    "您提出的“关于A\tB线的建议”收悉。",
    "您提出的“关于A B线的建议”收悉。",
]


@pytest.fixture(scope="module")
def contexts() -> list[Context]:
    texts = gold_texts(*_SNIPPETS)
    return contexts_before(texts, "proposal")


def _ranges(ctx: Context) -> list[Range]:
    """Every quoted span of the letter and many windows of it (across blanks, line
    breaks and the letter's own changes of width)."""
    norm = ctx.view.norm
    out = [q.span(q.lastgroup or 0) for q in proposal._QUOTED.finditer(norm)]
    out += [(i, min(len(norm), i + n)) for i in range(0, len(norm), 5) for n in (1, 2, 7, 19)]
    return out


def test_the_quoted_title_is_made_as_the_plain_reading(contexts: list[Context]) -> None:
    made = plain_only = 0
    for ctx in contexts:
        for where in _ranges(ctx):
            fast = proposal._written_stripped(ctx, where)
            plain = ctx.flat(where, written=True).strip()
            assert (fast.text, list(fast.at)) == (plain.text, list(plain.at)), where
            run = ctx.view.norm[where[0] : where[1]]
            if " " in run or "\n" in run:
                plain_only += 1
            else:
                made += 1
    # not vacuous: both the usual run and the plain reading's cases are met
    assert made >= at_least(20000, 500)
    assert plain_only >= at_least(2000, 50)
