"""A file named on the command line is read whatever the filters say, and a note tells
when a filter would have left it out. That note matched the file by its name only, so a
pattern with ``/`` was misjudged: ``archive/2021/a.txt --include '2021/*'`` was told as
not matching (it does), and ``archive/drafts/c.txt --exclude 'drafts/*'`` as the pattern
matching nothing (it matches). A named file is now matched as a listed path is: a pattern
with ``/`` against its path below any of its folders. And an ``--include`` with only
named files to judge (nothing walked or listed) no longer says it ``matched none of 0
letter files``."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import flat, run, write_letters


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_letters(tmp_path / "archive", ["2021/a.txt", "drafts/c.txt", "b.txt"])
    monkeypatch.chdir(tmp_path)
    return tmp_path / "archive"


def _notes(*args: str) -> str:
    code, _, stderr = run("extract", *args, "-o", "out/")
    assert code == 0, stderr
    return flat(stderr)


@pytest.mark.usefixtures("archive")
def test_an_include_with_a_slash_matching_a_named_file_says_nothing() -> None:
    notes = _notes("archive/2021/a.txt", "--include", "2021/*")
    assert "--include" not in notes


@pytest.mark.usefixtures("archive")
def test_an_include_matching_a_named_file_by_name_says_nothing() -> None:
    notes = _notes("archive/b.txt", "--include", "*.txt")
    assert "--include" not in notes


@pytest.mark.usefixtures("archive")
def test_an_exclude_with_a_slash_matching_a_named_file_is_told() -> None:
    notes = _notes("archive/drafts/c.txt", "--exclude", "drafts/*")
    assert "--exclude 'drafts/*' matches archive/drafts/c.txt, named directly" in notes
    assert "matched nothing" not in notes


@pytest.mark.usefixtures("archive")
def test_an_include_not_matching_a_named_file_is_still_told() -> None:
    notes = _notes("archive/b.txt", "--include", "2021/*")
    assert "--include '2021/*' does not match archive/b.txt, named directly" in notes
