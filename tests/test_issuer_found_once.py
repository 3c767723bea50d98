"""The issuer's reading of the signature's authorities and the title without walking every
item found so far (``issuer._found_once``, issue #9, round 14) is ``ctx.found`` over every
gold letter, their perturbations and snippets, both where the issuer reads them and after
every extractor has run."""

from __future__ import annotations

import pytest

from goldsets import at_least, gold_texts
from helpers import contexts_before
from replyparse.context import Context
from replyparse.fields import issuer
from replyparse.fields.signature import SignatureIssuer
from replyparse.fields.title import Title

_SNIPPETS = [
    "关于某某问题的答复\n\n张三：\n    你好。\n\n某某县人民政府\n2024年5月6日",
    "某某县人民政府关于某某的答复\n你好。\n某某县交通局、某某县财政局\n2024年5月6日",
    "你好，来信收悉。\n某某镇人民政府\n二〇二四年五月",
    "张三：\n    你好，来信收悉。\n某某县交通局　　　某某县财政局\n2024年5月6日",
    "张三：\n    你好，来信收悉。\n某某县交通局\n某某县财政局\n2024年5月6日",
    "你好，来信收悉。",
    "",
]


@pytest.fixture(scope="module")
def contexts() -> list[Context]:
    texts = gold_texts(*_SNIPPETS)
    # where the issuer reads them, and with every extractor's items (none stops before)
    return contexts_before(texts, "issuer") + contexts_before(texts, "")


def test_each_kind_is_found_once_as_the_plain_walk_finds_it(contexts: list[Context]) -> None:
    met = {SignatureIssuer: 0, Title: 0}
    for ctx in contexts:
        for kind in (SignatureIssuer, Title):
            assert issuer._found_once(ctx, kind) == ctx.found(kind)
            met[kind] += bool(ctx.found(kind))
    # not vacuous: each kind found in many letters, and missing in many
    assert min(met.values()) >= at_least(200, 10)
    assert len(contexts) - max(met.values()) >= at_least(100, 2)


def test_the_kinds_have_no_subclass() -> None:
    # what makes the count of claims filed under the class the count of its items
    assert SignatureIssuer.__subclasses__() == []
    assert Title.__subclasses__() == []


def test_the_signed_issuer_is_the_first_piece_of_the_signature_text(
    contexts: list[Context],
) -> None:
    signed_only = 0
    for ctx in contexts[: len(contexts) // 2]:  # (where the issuer reads them)
        signed = ctx.found(SignatureIssuer)
        if not signed or ctx.layout.header:
            continue  # (a header may name the issuer first)
        signed_only += 1
        (found,) = issuer.extract(ctx)
        first = signed[0].text.split("、")[0]
        assert (found.value, found.span) == (first, signed[0].value[0].span(len(first)))
    assert signed_only >= at_least(100, 2)
