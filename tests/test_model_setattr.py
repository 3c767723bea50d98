"""``Letter.__setattr__``'s own path for a field against pydantic's: the same record."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from goldsets import all_letters, at_least
from replyparse import parse_text
from replyparse.model import Letter, Signature, make_letter


def _twins() -> tuple[Letter, Letter]:
    return make_letter({"source": None, "text": "x"}), make_letter({"source": None, "text": "x"})


def _same(fast: Letter, plain: Letter) -> None:
    assert fast.__dict__ == plain.__dict__
    assert fast.model_fields_set == plain.model_fields_set
    assert fast.model_dump_json() == plain.model_dump_json()


def test_each_gold_records_fields_set_as_pydantic_sets_them() -> None:
    cases = 0
    for gold in all_letters():
        parsed = parse_text(gold.text())
        fast, plain = _twins()
        for name, value in parsed.__dict__.items():
            setattr(fast, name, value)
            BaseModel.__setattr__(plain, name, value)
            cases += 1
        _same(fast, plain)
        assert fast == parsed
    assert cases >= at_least(44 * 27, 27)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("title", "关于某某建议的答复"),
        ("title_span", (3, 12)),
        ("salutation", None),
        ("public", True),
        ("signature", Signature(issuer="某某局")),
        ("keywords", ["道路", "改造"]),
    ],
)
def test_a_field_set_twice_as_pydantic_sets_it(name: str, value: object) -> None:
    fast, plain = _twins()
    for _ in range(2):
        setattr(fast, name, value)
        BaseModel.__setattr__(plain, name, value)
    _same(fast, plain)
    assert name in fast.model_fields_set


def test_a_name_that_is_no_field_goes_through_pydantic() -> None:
    fast, _ = _twins()
    with pytest.raises(ValueError, match="no field") as caught:
        fast.no_such_field = 1
    assert not isinstance(caught.value, ValidationError)
    assert "no_such_field" not in fast.__dict__
