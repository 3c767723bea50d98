"""A file that fails the same way on every run (a note among the letters, an empty file)
was tried again on every resumed run, its error line printed again, with no word that it
had failed before nor a way to pass it over. A resumed run now says it tries such files
again (those whose letter failed, read or parsed, and that are unchanged since), and
``--skip-failed`` passes them over: their failure stands (listed, counted, exit 1), the
manifest remembering it. Letters here are invented."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from helpers import flat, run, write_letters
from summary import summary_count

NOTE = "下周三前把仓库的灯泡换了。\n"


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    folder = tmp_path / "IN"
    write_letters(folder, ["a.txt", "b.txt"])
    (folder / "note.txt").write_text(NOTE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _extract(shelf: Path, out: Path, *more: str) -> tuple[int, str]:
    code, _, stderr = run("extract", str(shelf), "-o", str(out), "-j", "1", *more)
    return code, flat(stderr)


@pytest.mark.parametrize("out", ["OUT", "a.db"])
def test_a_rerun_says_it_tries_the_failed_files_again(
    tmp_path: Path, shelf: Path, out: str
) -> None:
    target = tmp_path / out
    code, first = _extract(shelf, target)
    assert code == 1
    assert "failed on the last run" not in first  # must not match: no last run yet
    code, again = _extract(shelf, target)
    assert code == 1
    assert (
        "note: 2 files failed on the last run and are unchanged since: tried again "
        "(--skip-failed passes such files over)"
    ) in again
    assert f"error: {shelf / 'note.txt'}: not a letter" in again


@pytest.mark.parametrize("out", ["OUT", "a.db"])
def test_skip_failed_passes_them_over_and_their_failure_stands(
    tmp_path: Path, shelf: Path, out: str
) -> None:
    target = tmp_path / out
    _extract(shelf, target)
    code, stderr = _extract(shelf, target, "--skip-failed")
    assert code == 1  # the archive still lacks two inputs' records
    errors = target / "errors.jsonl" if out == "OUT" else tmp_path / "a.errors.jsonl"
    assert (
        "note: 2 files failed on the last run and are unchanged since: not tried again "
        f"(--skip-failed): still listed in {errors}; a run without --skip-failed tries them"
    ) in stderr
    assert "error: " not in stderr  # no failure line told again
    assert (
        "nothing to do: 2 files unchanged since the last run and 2 failing files not tried "
        "again (--skip-failed)"
    ) in stderr
    listed = [json.loads(line)["source"] for line in errors.read_text().splitlines()]
    assert listed == [str(shelf / "empty.txt"), str(shelf / "note.txt")]


@pytest.mark.parametrize("out", ["OUT", "a.db"])
def test_nothing_to_do_but_failures_passed_over_says_no_zero(tmp_path: Path, out: str) -> None:
    """A folder whose every file fails: the line says what was passed over, not that
    ``0 files`` are unchanged, nor that --force would parse them again."""
    folder = tmp_path / "IN"
    folder.mkdir()
    (folder / "note.txt").write_text(NOTE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    target = tmp_path / out
    _extract(folder, target)
    code, stderr = _extract(folder, target, "--skip-failed")
    assert code == 1
    assert (
        f"replyparse: nothing to do: 2 failing files not tried again (--skip-failed), in "
        f"{target} (a run without --skip-failed tries them)"
    ) in stderr


def test_a_changed_file_is_tried_even_with_skip_failed(tmp_path: Path, shelf: Path) -> None:
    out = tmp_path / "OUT"
    _extract(shelf, out)
    (shelf / "empty.txt").write_text(NOTE + "再订两箱纸。\n", encoding="utf-8")
    stat = (shelf / "note.txt").stat()
    os.utime(shelf / "note.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # touched
    code, stderr = _extract(shelf, out, "--skip-failed")
    assert code == 1
    assert "failed on the last run" not in stderr  # must not match: both changed since
    assert f"error: {shelf / 'empty.txt'}: not a letter" in stderr
    assert f"error: {shelf / 'note.txt'}: not a letter" in stderr


def test_the_summary_table_counts_the_files_passed_over(tmp_path: Path, shelf: Path) -> None:
    out = tmp_path / "OUT"
    _extract(shelf, out)
    write_letters(shelf, ["c.txt"], seed=5)
    code, _, stderr = run("extract", str(shelf), "-o", str(out), "--skip-failed")
    assert code == 1
    assert summary_count(stderr, "parsed") == 1
    assert summary_count(stderr, "failed last time, not tried (--skip-failed)") == 2
    assert summary_count(stderr, "files found") == 5


@pytest.mark.parametrize(
    ("more", "message"),
    [
        pytest.param(
            ["-o", "all.jsonl"],
            "--skip-failed passes over the files that failed on the last run into an output "
            "folder (-o DIR/) or a database (-o FILE.db), which remember them; this output "
            "keeps no record of a last run",
            id="no-manifest",
        ),
        pytest.param(
            ["-o", "OUT", "--force"],
            "--skip-failed passes over the files that failed last time, and --force parses "
            "every file again: give one of them",
            id="with-force",
        ),
    ],
)
def test_skip_failed_refusals(
    tmp_path: Path, shelf: Path, monkeypatch: pytest.MonkeyPatch, more: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run("extract", str(shelf), "--skip-failed", *more)
    assert code == 2
    assert f"Invalid value for '--skip-failed': {message}" in flat(stderr)


def _mended_in_place(path: Path) -> None:
    """What ``chmod`` back (or a copy kept at its time, ``cp -p``) does to a file that
    failed: its size and modification time stay, its status change time moves."""
    stat = path.stat()
    os.chmod(path, 0o600)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_mtime_ns == stat.st_mtime_ns


@pytest.mark.parametrize("out", ["OUT", "a.db"])
def test_a_file_mended_in_place_is_tried_with_skip_failed(
    tmp_path: Path, shelf: Path, out: str
) -> None:
    target = tmp_path / out
    _extract(shelf, target)
    _mended_in_place(shelf / "note.txt")
    code, stderr = _extract(shelf, target, "--skip-failed")
    assert code == 1
    assert f"error: {shelf / 'note.txt'}: not a letter" in stderr  # tried, and told
    assert f"error: {shelf / 'empty.txt'}" not in stderr  # not mended: passed over
    assert ("note: 1 file failed on the last run and is unchanged since: not tried again") in stderr
    code, stderr = _extract(shelf, target, "--skip-failed")  # no change since: passed over
    assert "error: " not in stderr
    assert "2 failing files not tried again (--skip-failed)" in stderr


def _forget_change_times(target: Path) -> None:
    """Make ``target``'s manifest as a replyparse that kept no status change time wrote
    it: the field gone from a folder's lines, the column from a database."""
    if target.is_dir():
        manifest = target / ".replyparse-manifest.jsonl"
        lines = [json.loads(line) for line in manifest.read_text().splitlines()]
        assert [line.get("ctime_ns") is not None for line in lines] == [
            line["status"] == "failed" for line in lines
        ]
        text = "".join(
            json.dumps({k: v for k, v in line.items() if k != "ctime_ns"}) + "\n" for line in lines
        )
        manifest.write_text(text)
        return
    with contextlib.closing(sqlite3.connect(target)) as db:  # layout 1
        db.execute("ALTER TABLE files DROP COLUMN ctime_ns")
        db.execute("PRAGMA user_version = 1")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'tables_version'")
        db.commit()


@pytest.mark.parametrize("out", ["OUT", "a.db"])
def test_failures_recorded_without_a_change_time_are_tried_once(
    tmp_path: Path, shelf: Path, out: str
) -> None:
    target = tmp_path / out
    _extract(shelf, target)
    _forget_change_times(target)
    code, stderr = _extract(shelf, target, "--skip-failed")
    assert code == 1
    assert f"error: {shelf / 'note.txt'}: not a letter" in stderr  # tried once more
    assert "failed on the last run" not in stderr
    code, stderr = _extract(shelf, target, "--skip-failed")  # now recorded: passed over
    assert "error: " not in stderr
    assert "2 failing files not tried again (--skip-failed)" in stderr


def _read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open every database read-only, as SQLite opens a file its user may not write
    (``chmod 444``, another user's): root writes through permissions, so the mode says it."""
    real = sqlite3.connect

    def connect(path: str | Path, **kwargs: Any) -> sqlite3.Connection:
        return real(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)


@pytest.mark.parametrize("made", ["before-the-column", "with-it"])
def test_an_archive_that_cannot_be_written_is_refused_in_one_line(
    tmp_path: Path, shelf: Path, monkeypatch: pytest.MonkeyPatch, made: str
) -> None:
    target = tmp_path / "a.db"
    _extract(shelf, target)
    if made == "before-the-column":  # the column is added as the run opens it: it cannot be
        _forget_change_times(target)
    _read_only(monkeypatch)
    code, stderr = _extract(shelf, target)
    assert code == 2, stderr
    assert (
        f"Invalid value for '-o' / '--out': {target}: cannot write: attempt to write a "
        "readonly database"
    ) in stderr
    monkeypatch.undo()
    with contextlib.closing(sqlite3.connect(target)) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(files)")]
    assert ("ctime_ns" in columns) == (made == "with-it")  # left as it was


def test_a_layout_1_archive_is_upgraded_and_its_version_moves(tmp_path: Path, shelf: Path) -> None:
    """Layout 2 added files.ctime_ns: the upgrade says so in the version, so that a
    replyparse of layout 1 (which writes a files row by position, one value short)
    refuses the archive in one line rather than fail at its first letter."""
    from replyparse.tables.schema import TABLES_VERSION

    target = tmp_path / "a.db"
    _extract(shelf, target)
    _forget_change_times(target)
    code, _ = _extract(shelf, target)
    assert code == 1  # (the note and the empty file fail as before)
    with contextlib.closing(sqlite3.connect(target)) as db:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        meta = dict(db.execute("SELECT key, value FROM meta"))
        columns = [row[1] for row in db.execute("PRAGMA table_info(files)")]
        letters = db.execute("SELECT count(*) FROM letters").fetchone()[0]
    assert (version, meta["tables_version"], TABLES_VERSION) == (2, "2", 2)
    assert "ctime_ns" in columns and letters == 2
