"""A file named on the command line is read whatever the filters say, and a note tells
when a filter would have left it out. That note matched the file by its name only, so a
pattern with ``/`` was misjudged: ``archive/2021/a.txt --include '2021/*'`` was told as
not matching (it does), and ``archive/drafts/c.txt --exclude 'drafts/*'`` as the pattern
matching nothing (it matches). A named file is now matched as a listed path is: a pattern
with ``/`` against its path below any of its folders. And an ``--include`` with only
named files to judge (nothing walked or listed) no longer says it ``matched none of 0
letter files``."""

from __future__ import annotations

import shutil
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


# A folder named on the command line: a pattern with ``/`` is matched from inside it, and
# from each folder above it up to the path as named, as a listed path is matched. A user
# who wrote the folder's own name (``extract archive/2021 --include '2021/*'``) got
# nothing at all: the pattern was matched against ``a.txt``.


@pytest.fixture
def years(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_letters(tmp_path / "archive", ["2021/a.txt", "2021/x/b.txt", "2022/x/c.txt"])
    monkeypatch.chdir(tmp_path)
    return tmp_path / "out"


def _read(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))


FROM_ABOVE = [  # the folder named, a filter: the records written
    pytest.param("archive/2021", ["--include", "2021/*"], ["a.json", "x/b.json"], id="own-name"),
    pytest.param("archive/2021", ["--include", "archive/2021/x/*"], ["x/b.json"], id="whole-path"),
    pytest.param("archive/2021", ["--include", "x/*"], ["x/b.json"], id="inside-as-before"),
    pytest.param("archive/2021", ["--exclude", "2021/x/*"], ["a.json"], id="exclude"),
    pytest.param("archive/2021", ["--exclude", "2021/x"], ["a.json"], id="exclude-folder"),
    # must not match: a folder below is not matched from the middle, as before
    pytest.param("archive", ["--include", "x/*"], [], id="no-tail-inside"),
    pytest.param("archive/2021", ["--include", "2022/*"], [], id="another-year"),
]


@pytest.mark.parametrize(("folder", "filters", "records"), FROM_ABOVE)
def test_a_slash_pattern_is_matched_from_the_folders_above_the_named_one(
    years: Path, folder: str, filters: list[str], records: list[str]
) -> None:
    code, _, stderr = run("extract", folder, *filters, "-o", str(years))
    if not records:
        assert code == 2
        assert "no letter left to read" in flat(stderr)
        return
    assert code == 0, stderr
    assert _read(years) == records


def test_an_exclude_matching_the_named_folder_itself_does_not_empty_it(years: Path) -> None:
    # must not match: the folder named is walked all the same (and told so), so a
    # pattern that matches it is not matched from above against what it holds
    code, _, stderr = run("extract", "archive/2021", "--exclude", "archive/*", "-o", str(years))
    assert code == 0, stderr
    assert _read(years) == ["a.json", "x/b.json"]
    assert "--exclude 'archive/*' matches archive/2021, named directly: walked" in flat(stderr)


def test_folders_above_the_current_one_are_not_matched_unless_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # must not match: ``../proj`` is matched from ``proj`` down, not from the root, where
    # the folder above it happens to share the name of one inside it
    write_letters(tmp_path / "x" / "proj", ["a.txt", "x/b.txt"])
    (tmp_path / "x" / "work").mkdir()
    monkeypatch.chdir(tmp_path / "x" / "work")
    out = tmp_path / "out"
    code, _, stderr = run("extract", "../proj", "--include", "x/*", "-o", str(out))
    assert code == 0, stderr
    assert _read(out) == ["x/b.json"]
    shutil.rmtree(out)
    # a folder written is matched, as below the current folder
    code, _, stderr = run("extract", "../proj", "--include", "proj/*", "-o", str(out))
    assert code == 0, stderr
    assert _read(out) == ["a.json", "x/b.json"]


# ``extract .``: the current folder is named by its own name, as ``extract ../2021`` or
# ``extract archive/2021`` name it (``.`` gave no name, so ``--include '2021/*'`` run
# inside 2021 read nothing); a pattern may start ``./``, as a user of ``extract .`` writes
# a path below it (``./2021/*`` matched nothing).

CURRENT_FOLDER = [  # the folder run from (below the fixture's root), a filter: the records
    pytest.param("archive/2021", ["--include", "2021/*"], ["a.json", "x/b.json"], id="own-name"),
    pytest.param("archive/2021", ["--include", "2021/x/*"], ["x/b.json"], id="own-name-below"),
    pytest.param("archive", ["--include", "./2021/*"], ["2021/a.json", "2021/x/b.json"], id="dot-slash"),
    pytest.param("archive", ["--exclude", "./2022"], ["2021/a.json", "2021/x/b.json"], id="dot-slash-top"),
    # must not match: ``./x`` is the top's x only, where ``x`` is any folder x
    pytest.param("archive", ["--exclude", "./x"], ["2021/a.json", "2021/x/b.json", "2022/x/c.json"], id="dot-slash-not-below"),
    # must not match: the folders above the current one are not written
    pytest.param("archive/2021", ["--include", "archive/2021/*"], [], id="above-unwritten"),
]  # fmt: skip


@pytest.mark.parametrize(("here", "filters", "records"), CURRENT_FOLDER)
def test_the_current_folder_named_dot_is_matched_by_its_own_name(
    years: Path, monkeypatch: pytest.MonkeyPatch, here: str, filters: list[str], records: list[str]
) -> None:
    monkeypatch.chdir(years.parent / here)
    code, _, stderr = run("extract", ".", *filters, "-o", str(years))
    if not records:
        assert code == 2
        assert "no letter left to read" in flat(stderr)
        return
    assert code == 0, stderr
    assert _read(years) == records


def test_an_include_that_leaves_nothing_out_says_it_matched_all(years: Path) -> None:
    code, _, stderr = run("extract", "archive/2021", "--include", "2021/*", "-o", str(years))
    assert code == 0, stderr
    assert "--include '2021/*' matched all 2 letter files" in flat(stderr)
    assert "left out 0" not in stderr


def test_a_named_file_is_matched_by_the_folders_written_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``../2021/a.txt`` was matched by its whole path from the root, so ``--exclude x``
    was told as matching it because a folder far above is called x: a named file is
    matched by what was written, as a named folder is."""
    write_letters(tmp_path / "x" / "2021", ["a.txt"])
    (tmp_path / "x" / "2022").mkdir()
    monkeypatch.chdir(tmp_path / "x" / "2022")
    code, _, stderr = run("extract", "../2021/a.txt", "--exclude", "x", "-o", "-")
    assert code == 0, stderr
    assert "--exclude 'x' matched nothing" in flat(stderr)  # not "matches ../2021/a.txt"
    code, _, stderr = run("extract", "../2021/a.txt", "--exclude", "2021", "-o", "-")
    assert "--exclude '2021' matches ../2021/a.txt, named directly: read all the same" in flat(
        stderr
    )
