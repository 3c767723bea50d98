"""The proposal title's span written out in :func:`proposal.extract` (issue #9, round 14:
the view's origin at the flat's first and last offsets) is the plain reading,
``ctx.span(*flat.range(0, len(flat.text)))``, for every title the gold letters, their
perturbations and snippets of our own give (quoted, unquoted, over line breaks, blanks
and comment anchors)."""

from __future__ import annotations

import pytest

from goldsets import at_least, gold_texts
from helpers import contexts_before
from replyparse.context import Context, Flat, Range
from replyparse.fields import proposal

_SNIPPETS = [
    "关于某某的建议的答复\n\n张三代表：\n您提出的《关于\n修缮某某桥的建议》收悉，现答复如下：",
    "您提出的“ 关于某某的建议 ”收悉，现答复如下：",
    "您提出的关于增加班次，延长线路的提案收悉，现答复如下：",
    "您提出的《关于某某[张律师1]的建议》收悉。",
    "您提出的《关于某某路段(第25号提案》收悉。",
    "您在区七届人大三次会议上提出的关于A\u3000B线改造的建议收悉。",
    "你提出的“ ”收悉。",
]


@pytest.fixture(scope="module")
def contexts() -> list[Context]:
    texts = gold_texts(*_SNIPPETS)
    return contexts_before(texts, "proposal")


def test_the_title_span_is_the_plain_reading(
    contexts: list[Context], monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[tuple[Flat, Range]] = []
    for name in ("_proposal_title", "_title_quoted"):
        found_by = getattr(proposal, name)

        def recording(*args: object, found_by: object = found_by, **kwargs: object) -> object:
            found = found_by(*args, **kwargs)  # type: ignore[operator]
            if found is not None:
                made.append(found)
            return found

        monkeypatch.setattr(proposal, name, recording)
    checked = 0
    for ctx in contexts:
        made.clear()
        for item in proposal.extract(ctx):
            if type(item) is not proposal.ProposalTitle or not item.value:
                continue
            flat = next(f for f, claim in made if claim == item.claim and f.text == item.value)
            assert item.span == ctx.span(*flat.range(0, len(flat.text))), item
            checked += 1
    # not vacuous: most letters answer a proposal with a title of its own
    assert checked >= at_least(40, 5)
