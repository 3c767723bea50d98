"""A finding about the whole file (``missing-title``, ``not-a-letter``: no line, no column)
is anchored at the file's first line in the SARIF log. SARIF reads a location without a
region as the whole file, but GitHub code scanning places a result by its
``region.startLine`` and shows none without one (the SARIF SDK's GitHub rule GH1003): such
a finding reached the log and never the pull request. Findings with a place keep theirs;
a file that could not be read stays a notification with no region."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft4Validator

import helpers
from helpers import NO_TITLE, NOTE, TIDY

SARIF_SCHEMA = Path(__file__).resolve().parent / "sarif" / "sarif-schema-2.1.0.json"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _sarif(*files: tuple[str, str | bytes]) -> dict:
    for name, text in files:
        data = text.encode("utf-8") if isinstance(text, str) else text
        Path(name).write_bytes(data)
    _, stdout, _ = helpers.run("validate", "--format", "sarif", *(name for name, _ in files))
    return json.loads(stdout)


def _regions(log: dict) -> dict[str, object]:
    return {
        r["ruleId"]: r["locations"][0]["physicalLocation"].get("region")
        for r in log["runs"][0]["results"]
    }


def test_whole_file_findings_are_anchored_at_the_first_line() -> None:
    log = _sarif(("a.txt", NO_TITLE), ("b.txt", NOTE))
    regions = _regions(log)
    assert regions["missing-title"] == {"startLine": 1}
    assert regions["not-a-letter"] == {"startLine": 1}
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert list(Draft4Validator(schema).iter_errors(log)) == []


def test_the_other_formats_still_say_the_whole_file() -> None:
    Path("a.txt").write_text(NO_TITLE, encoding="utf-8")
    _, stdout, _ = helpers.run("validate", "--format", "json", "a.txt")
    (finding,) = [f for f in json.loads(stdout) if f["code"] == "missing-title"]
    assert (finding["line"], finding["column"]) == (None, None)
    _, stdout, _ = helpers.run("validate", "a.txt")
    assert "a.txt: warning: missing-title: " in stdout


# must not match: findings with a place, and files not read


def test_a_finding_with_a_place_keeps_it() -> None:
    log = _sarif(("a.txt", TIDY.replace("王某代表：", "王某代表:")))
    region = _regions(log)["salutation-colon"]
    assert region == {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 6}


def test_an_unreadable_file_stays_a_notification_without_a_region() -> None:
    log = _sarif(("a.txt", TIDY), ("empty.txt", b""))
    assert log["runs"][0]["results"] == []
    (note,) = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert "region" not in note["locations"][0]["physicalLocation"]
