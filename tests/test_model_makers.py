"""The parser's item makers (``make_date``, ``make_section``, …: each model's own
validator on a dict) against the plain reading, ``Model(**fields)``: the same item, the
same fields set, the same errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from goldsets import all_letters, at_least
from replyparse import parse_text
from replyparse.model import (
    Addressee,
    Amount,
    Contact,
    DateItem,
    Diagnostic,
    DocNumber,
    Letter,
    Proposal,
    Reference,
    Section,
    make_addressee,
    make_amount,
    make_contact,
    make_date,
    make_diagnostic,
    make_doc_number,
    make_letter,
    make_proposal,
    make_reference,
    make_section,
)

MAKERS: dict[type[BaseModel], Callable[[dict[str, Any]], BaseModel]] = {
    Addressee: make_addressee,
    Amount: make_amount,
    Contact: make_contact,
    DateItem: make_date,
    Diagnostic: make_diagnostic,
    DocNumber: make_doc_number,
    Letter: make_letter,
    Proposal: make_proposal,
    Reference: make_reference,
    Section: make_section,
}


def _models(item: object) -> Iterator[BaseModel]:
    """``item`` and every model inside it (lists and sub-models), depth first."""
    if isinstance(item, list):
        for each in item:
            yield from _models(each)
    elif isinstance(item, BaseModel):
        yield item
        for name in type(item).model_fields:
            yield from _models(getattr(item, name))


def _same(model: type[BaseModel], fields: dict[str, Any]) -> None:
    plain = model(**fields)
    made = MAKERS[model](dict(fields))
    assert type(made) is model
    assert made == plain
    assert made.model_fields_set == plain.model_fields_set
    assert made.model_dump_json() == plain.model_dump_json()


def test_makers_build_every_item_of_the_gold_letters_as_the_models_do() -> None:
    checked = 0
    for gold in all_letters():
        letter = parse_text(gold.text())
        for item in _models(letter):
            if type(item) in MAKERS:
                _same(type(item), {name: getattr(item, name) for name in item.model_fields_set})
                checked += 1
    assert checked >= at_least(800, 50)  # not vacuous


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (
            DateItem,
            {"text": "2021年3月", "value": "2021-03", "precision": "month", "span": (4, 11)},
        ),
        (
            DateItem,
            {
                "text": "3月5日",
                "value": "2021-03-05",
                "inferred": True,
                "precision": "day",
                "span": [0, 4],
            },
        ),
        (
            Section,
            {
                "marker": "（一）",
                "level": 2,
                "number": 1,
                "heading": "",
                "text": "",
                "span": (9, 9),
                "extent": (6, 9),
            },
        ),
        (
            Amount,
            {
                "text": "约3万元",
                "value": Decimal("30000"),
                "end": None,
                "unit": "万元",
                "approximate": True,
                "span": (0, 4),
            },
        ),
        (Contact, {"name": None, "phone": "0571-8888", "org": "办公室", "span": None}),
        (Proposal, {"number": "007", "number_span": (1, 4)}),
        (Letter, {"source": None, "text": "关于某事的答复"}),
        (Letter, {"text": None}),
    ],
)
def test_makers_agree_with_the_models_on_snippets(
    model: type[BaseModel], fields: dict[str, Any]
) -> None:
    _same(model, fields)


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (
            Section,
            {
                "marker": "一、",
                "level": 0,
                "number": 1,
                "heading": "",
                "text": "",
                "span": (0, 2),
                "extent": (0, 2),
            },
        ),
        (DateItem, {"text": "x", "value": "x", "precision": "week", "span": (0, 1)}),
        (Reference, {"kind": "title", "text": "《办法》", "span": (0, 4), "page": 3}),
        (Diagnostic, {"code": "no-such-code", "severity": "warning", "message": "", "span": None}),
        (
            DocNumber,
            {
                "text": "某〔2020〕1号",
                "prefix": "某",
                "year": "二〇二〇",
                "serial": 1,
                "span": (0, 9),
            },
        ),
        (Addressee, {"name": "张三"}),
    ],
)
def test_makers_refuse_what_the_models_refuse(
    model: type[BaseModel], fields: dict[str, Any]
) -> None:
    with pytest.raises(ValidationError) as plain:
        model(**fields)
    with pytest.raises(ValidationError) as made:
        MAKERS[model](dict(fields))
    assert made.value.errors() == plain.value.errors()


def test_made_letters_share_no_default() -> None:
    first, second = make_letter({"text": "a"}), make_letter({"text": "b"})
    assert first.signature is not second.signature
    assert first.dates is not second.dates
    first.dates.append(
        make_date({"text": "x", "value": "2020", "precision": "year", "span": (0, 1)})
    )
    assert second.dates == [] and Letter().dates == []
