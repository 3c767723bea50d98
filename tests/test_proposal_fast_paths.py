"""The proposal reader's fast paths (issue #9, round 10) give what the plain forms give:
each plain form is kept here, put in place of the fast one, and the parts read compared
over every gold letter, their perturbations and invented openings."""

from __future__ import annotations

import pytest

from goldsets import all_letters, at_least, perturbed_texts
from helpers import contexts_before
from replyparse.context import Context, Item
from replyparse.fields import proposal
from replyparse.model import Proposal
from snippets import PROPOSAL_OPENINGS

_INVENTED = [
    *PROPOSAL_OPENINGS,
    "关于《关于加强某某管理的建议》等提案的答复\n张委员：\n您的提案收悉。",
    "第181号《关于某某的提案》\n现将您提出的关于某某的提案办理情况答复如下：",
    "关于县十五届人大六次会议第3号建议的答复\n您在于都县十五届人大六次会议上提出的建议收悉。",
    "对2020年某县七届人大三次会议关于某某的建议的答复\n你提出的“ ”收悉。",
    "建议编号：第15号\n张代表：\n你好。",
    "",
    "abc",
]


@pytest.fixture(scope="module")
def contexts() -> list[Context]:
    texts = [g.text() for g in all_letters()] + _INVENTED + perturbed_texts()
    return contexts_before(texts, "proposal")


def _read_all(ctxs: list[Context]) -> list[list[Item]]:
    out = [proposal.extract(ctx) for ctx in ctxs]
    assert sum(1 for found in out if len(found) > 2) >= at_least(60, 15)  # not vacuous
    return out


def _plain_part(ctx: Context, kind: type[proposal.ProposalPart], read: proposal._Read) -> object:
    """:func:`proposal._part` through the flat's range and the context's span."""
    where = read.flat.range(read.at, read.at + len(read.value)) if read.value else None
    return kind(read.value, ctx.span(*where) if where else None, where)


def _plain_with_record(parts: list[proposal.ProposalPart]) -> list[Item]:
    """:func:`proposal._with_record` through ``Proposal.model_validate``."""
    fields: dict[str, object] = {}
    for part in parts:
        if part.placed:
            fields[part.part] = part.value
            fields[f"{part.part}_span"] = part.span
    if not fields:
        return list(parts)
    return [proposal.ProposalFound(Proposal.model_validate(fields), None), *parts]


@pytest.mark.parametrize(
    ("name", "plain"),
    [("_part", _plain_part), ("_with_record", _plain_with_record)],
)
def test_proposal_reads_as_its_plain_form(
    contexts: list[Context], monkeypatch: pytest.MonkeyPatch, name: str, plain: object
) -> None:
    fast = _read_all(contexts)
    monkeypatch.setattr(proposal, name, plain)
    assert [proposal.extract(ctx) for ctx in contexts] == fast
