"""Several letters for an output that holds one: the refusal counts what the rest of the
run counts, and names every way to get them all.

A folder holding two letters and a note in another format: the summary's ``files
found`` counts all three, the filters count "letter files", so a refusal that said
"3 files found" or "2 files found" disagreed with one or the other. And a user piping
the records to another tool (``| jq``) was told of folders and files only, never of
``--format jsonl``, which writes them all to standard output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import flat, run, write_letters


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["box/a.txt", "box/sub/b.txt"])
    (tmp_path / "box" / "notes.md").write_text("草稿，不是答复函。\n", encoding="utf-8")
    return tmp_path / "box"


def test_stdout_refusal_counts_letter_files_and_offers_jsonl(folder: Path) -> None:
    code, stdout, stderr = run("extract", "box")
    assert (code, stdout) == (2, "")
    message = flat(stderr)
    assert "2 letter files found: standard output takes one letter's record" in message
    assert "--format jsonl for one record per line on standard output" in message


def test_dash_refusal_says_the_same(folder: Path) -> None:
    code, _, stderr = run("extract", "box", "-o", "-")
    assert code == 2
    message = flat(stderr)
    assert "2 letter files found" in message
    assert "--format jsonl" in message


def test_one_file_refusal_counts_letter_files(folder: Path) -> None:
    code, _, stderr = run("extract", "box", "-o", "one.json")
    assert code == 2
    assert "2 letter files found, and one.json holds one letter's record" in flat(stderr)


def test_the_advice_works(folder: Path) -> None:
    code, stdout, _ = run("extract", "box", "--format", "jsonl", "--no-keywords")
    assert code == 0
    paths = [json.loads(line)["source"]["path"] for line in stdout.splitlines()]
    assert paths == ["box/a.txt", "box/sub/b.txt"]


def test_one_letter_is_not_refused(folder: Path) -> None:
    # must not match: one letter named goes to standard output as before
    code, stdout, stderr = run("extract", "box/a.txt", "--no-keywords")
    assert (code, stderr) == (0, "")
    assert json.loads(stdout)["source"]["path"] == "box/a.txt"
