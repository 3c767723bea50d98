"""With ``--format github`` a finding about the whole file (``missing-title``,
``not-a-letter``: no line, no column) is set at the file's first line, ``line=1``, as the
SARIF log anchors it at ``startLine`` 1. GitHub places a workflow annotation in the file
by its ``line``; before, such a finding was written with none. Findings with a place keep
theirs, and a file that could not be read keeps no line (SARIF keeps it a notification
with no region)."""

from __future__ import annotations

from pathlib import Path

import pytest

import helpers
from helpers import NO_TITLE, NOTE, TIDY
from replyparse.validate import Finding
from replyparse.validate_formats import github_line


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def annotations(name: str, text: str | bytes) -> list[str]:
    path = Path(name)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    _, stdout, _ = helpers.run("validate", "--no-config", "--format", "github", name)
    return stdout.splitlines()


def test_a_missing_title_is_set_at_line_one() -> None:
    assert annotations("a.txt", NO_TITLE) == [
        "::warning file=a.txt,line=1,title=missing-title::no title (标题) found"
    ]


def test_not_a_letter_is_set_at_line_one() -> None:
    (line,) = annotations("note.txt", NOTE)
    assert line.startswith("::error file=note.txt,line=1,title=not-a-letter::")


def test_a_tidy_letter_gives_none_and_a_placed_finding_keeps_its_place() -> None:
    assert annotations("tidy.txt", TIDY) == []
    placed = Finding("b.txt", "cc-no-period", "info", "m", 7, 3, 7, 9)
    assert (
        github_line(placed)
        == "::notice file=b.txt,line=7,endLine=7,col=3,endColumn=8,title=cc-no-period::m"
    )


def test_an_unreadable_file_keeps_no_line() -> None:
    assert annotations("empty.txt", b"") == [
        "::error file=empty.txt,title=unreadable::file is empty"
    ]
