"""The references reader's shortcuts (issue #9) give what its plain readings give: the
document numbers read off the front of the items found, the excluded ranges taken off the
claims by class. Compared on the contexts the parse hands the reader for every gold letter,
their perturbations and invented letters, and on the same items added in other orders."""

from __future__ import annotations

import random

from goldsets import all_letters, at_least, perturbed_texts
from replyparse import parser
from replyparse.context import Context, Item
from replyparse.fields import docnumber, references
from replyparse.fields.docnumber import DocNumberFound, OwnDocNumber
from replyparse.fields.proposal import ProposalTitle
from replyparse.layout import segment
from replyparse.model import make_letter
from replyparse.resegment import resegment
from replyparse.textview import TextView, normalise_newlines
from replyparse.unwrap import unwrap

_INVENTED = [
    "某政复〔2020〕4号\n\n关于《某某提案》的答复\n\n依据某办〔2019〕12号和《某某条例》办理。",
    "答复\n\n你们提出的《关于某某的建议》收悉。某发〔2018〕9号、某函〔2017〕3号已下达。",
    "没有发文字号的信。\n\n参照《某某办法》。",
    "",
]


def _subclasses(kind: type) -> set[type]:
    """``kind`` and the package's classes under it (a class another test defines for its
    own use lives on in ``__subclasses__`` until collected: it is none of the parser's)."""
    out = {kind}
    for sub in kind.__subclasses__():
        if sub.__module__.startswith("replyparse."):
            out |= _subclasses(sub)
    return out


def _items_before_references(text: str) -> tuple[Context, list[Item]]:
    """The context the parse hands the references' reader, and its items."""
    text = normalise_newlines(text)
    view = resegment(unwrap(TextView(text)))
    ctx = Context(view=view, layout=segment(view), letter=make_letter({"text": text}))
    for extractor in parser.REGISTRY:
        if extractor.name == "references":
            break
        found = extractor.run(ctx)
        if found:
            ctx.add_all(found)
    return ctx, list(ctx.items)


def _check(ctx: Context) -> int:
    """Compare both shortcuts on ``ctx`` with the plain readings; how many numbers."""
    fast = docnumber.doc_numbers_found(ctx)
    assert fast == ctx.found(DocNumberFound)
    assert [type(d) for d in fast] == [type(d) for d in ctx.found(DocNumberFound)]
    excluded = references._excluded_ranges(ctx)
    assert sorted(excluded) == ctx.claims.ranges(OwnDocNumber, ProposalTitle)
    return len(fast)


def _readded(ctx: Context, items: list[Item]) -> Context:
    """A context of the same view holding ``items`` in the order given."""
    other = Context(view=ctx.view, layout=ctx.layout, letter=make_letter({"text": ""}))
    other.add_all(items)
    return other


def test_the_classes_the_shortcuts_name_are_the_whole_trees() -> None:
    assert set(docnumber.DOC_NUMBER_KINDS) == _subclasses(DocNumberFound)
    assert set(references._EXCLUDED_KINDS) == _subclasses(OwnDocNumber) | _subclasses(ProposalTitle)


def test_the_shortcuts_give_the_plain_readings() -> None:
    rng = random.Random(9)
    numbers = excluded = 0
    texts = [g.text() for g in all_letters()] + perturbed_texts() + _INVENTED
    for text in texts:
        ctx, items = _items_before_references(text)
        numbers += _check(ctx)
        excluded += bool(references._excluded_ranges(ctx))
        # the same items in other orders: a number behind other items, none in front
        shuffled = items[:]
        rng.shuffle(shuffled)
        _check(_readded(ctx, shuffled))
        _check(_readded(ctx, items[::-1]))
        _check(_readded(ctx, items[1:] + items[:1]))
    assert numbers >= at_least(40, 10)  # not vacuous
    assert excluded >= at_least(20, 5)
