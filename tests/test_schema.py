"""The committed JSON Schema is generated from the models and must not go stale."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from replyparse.cli import app
from replyparse.model import Letter, json_schema

SCHEMA_FILE = ROOT / "schemas" / "letter.schema.json"


def test_committed_schema_is_current() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(), "schemas/letter.schema.json is stale: run `make schema`"


def test_schema_command_prints_the_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json_schema()


def test_schema_lists_every_record_field() -> None:
    properties = json_schema()["properties"]
    assert isinstance(properties, dict)
    assert set(properties) == set(Letter.model_fields)
    assert {"issuer", "doc_number", "sections", "amounts", "dates", "references"} <= set(properties)


def test_schema_named_letter_is_the_letter_schema() -> None:
    result = CliRunner().invoke(app, ["schema", "letter"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json_schema()


UNKNOWN_NAMES = [
    pytest.param("extra", "", id="unknown"),
    pytest.param("lettr", " (did you mean letter?)", id="misspelt"),
    pytest.param(
        "out.json",
        " (to save it in a file, redirect it: replyparse schema > out.json)",
        id="a-file-name",
    ),
]


@pytest.mark.parametrize(("name", "hint"), UNKNOWN_NAMES)
def test_an_unknown_schema_name_is_told_the_choices(name: str, hint: str) -> None:
    """One line of the project's own, naming the schemas (Click's was ``Got unexpected
    extra argument(s) (extra)``)."""
    result = CliRunner().invoke(app, ["schema", name])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert (
        f"Error: Invalid value for 'NAME': {name!r} is not a schema replyparse prints{hint}: "
        "give letter (the letter record's schema, printed when no NAME is given)"
    ) in " ".join(result.stderr.split())
