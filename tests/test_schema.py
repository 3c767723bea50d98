"""The committed JSON Schema is generated from the models and must not go stale."""

from __future__ import annotations

import json

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
