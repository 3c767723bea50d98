"""The record's closed sets and money: what the JSON shows must not change with the types."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from replyparse import parse_text
from replyparse.model import Amount, Diagnostic, DiagnosticCode, Source, SourceFormat

MONEY_JSON = [
    pytest.param(Decimal("2826800.00"), "2826800.0", id="whole-yuan-as-float"),
    pytest.param(Decimal("1500.50"), "1500.5", id="jiao"),
    pytest.param(Decimal("0.01"), "0.01", id="one-fen"),
    pytest.param(Decimal("120000000"), "120000000.0", id="yi"),
]


@pytest.mark.parametrize(("value", "printed"), MONEY_JSON)
def test_money_prints_as_the_json_number_it_always_was(value: Decimal, printed: str) -> None:
    printed_json = Amount(
        text="x", value=value, end=value, unit="元", span=(0, 1)
    ).model_dump_json()
    assert f'"value":{printed},' in printed_json
    assert f'"end":{printed},' in printed_json


def test_money_is_exact_in_the_model() -> None:
    (amount,) = parse_text("拨付资金282.68万元。").amounts
    assert isinstance(amount.value, Decimal)
    assert amount.value == Decimal("2826800.00")


def test_codes_and_formats_are_plain_strings_in_json() -> None:
    diagnostic = Diagnostic(code=DiagnosticCode.MISSING_DATE, severity="warning", message="m")
    source = Source(path="a.txt", format=SourceFormat.TXT)
    assert json.loads(diagnostic.model_dump_json())["code"] == "missing-date"
    assert json.loads(source.model_dump_json())["format"] == "txt"
    assert f"{diagnostic.code}" == "missing-date"


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(ValueError, match="code"):
        Diagnostic.model_validate({"code": "no-such-code", "severity": "info", "message": "m"})
