"""A run's own output file inside an input (``-o in/x.db``, ``-o in/all.jsonl``), with its
lock, SQLite's files beside it and its errors and skipped lists (``x.skipped.jsonl``, or
the ``--errors``/``--skipped`` files), is the run's output, as an output folder there is:
passed over unlisted on the next run, as the files replyparse keeps in an output folder
are. Before, each was listed as ``no-letter-format`` on every run (and told in the note
of files not read), and the skipped list then listed itself. Another run's output, or a
user's file of the same kind, is still listed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import flat, run, write_letters


def listed(path: Path) -> list[tuple[str, str]]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(Path(r["path"]).name, r["reason"]) for r in map(json.loads, lines)]


@pytest.mark.parametrize(
    ("name", "lists"),
    [
        pytest.param("x.db", "x.skipped.jsonl", id="sqlite"),
        pytest.param("all.jsonl", "all.skipped.jsonl", id="jsonl"),
    ],
)
def test_a_rerun_does_not_list_its_own_output_file(tmp_path: Path, name: str, lists: str) -> None:
    shelf = tmp_path / "shelf"
    write_letters(shelf, ["a.txt", "b.txt"])
    (shelf / "scan.jpg").write_bytes(b"\xff\xd8")  # a user's file: listed every time
    args = ("extract", str(shelf), "-o", str(shelf / name), "-j", "1")
    for _ in range(3):
        code, _, stderr = run(*args, "--force")
        assert code == 0
        assert listed(shelf / lists) == [("scan.jpg", "no-letter-format")]
        assert "no letter format (.jpg 1)" in flat(stderr)


def test_sqlites_own_files_beside_the_database_are_its_own(tmp_path: Path) -> None:
    shelf = tmp_path / "shelf"
    write_letters(shelf, ["a.txt"])
    run("extract", str(shelf), "-o", str(shelf / "x.db"), "-j", "1")
    assert not (shelf / "x.db.lock").exists()  # (taken away as the run ended)
    (shelf / "x.db.lock").write_bytes(b"")  # as a run killed (kill -9) leaves it
    (shelf / "x.db-wal").write_bytes(b"")  # as a reader with the database open leaves them
    (shelf / "x.db-shm").write_bytes(b"")
    code, _, stderr = run("extract", str(shelf), "-o", str(shelf / "x.db"), "-j", "1", "--force")
    assert code == 0
    assert listed(shelf / "x.skipped.jsonl") == []
    assert "no letter format" not in flat(stderr)


def test_errors_and_skipped_lists_named_inside_the_input(tmp_path: Path) -> None:
    shelf = tmp_path / "shelf"
    write_letters(shelf, ["a.txt"])
    (shelf / "broken.pdf").write_bytes(b"not a pdf")
    args = ("extract", str(shelf), "-o", str(tmp_path / "out"), "-j", "1", "--force")
    args += ("--errors", str(shelf / "err.jsonl"), "--skipped", str(shelf / "sk.jsonl"))
    run(*args)
    code, _, _ = run(*args)
    assert code == 1  # the broken letter still fails
    assert (shelf / "err.jsonl").exists()
    assert listed(shelf / "sk.jsonl") == []


# must not match: what is not this run's output


def test_another_runs_output_is_still_listed(tmp_path: Path) -> None:
    shelf = tmp_path / "shelf"
    write_letters(shelf, ["a.txt"])
    run("extract", str(shelf), "-o", str(shelf / "x.db"), "-j", "1")
    code, _, _ = run("extract", str(shelf), "-o", str(shelf / "all.jsonl"), "-j", "1")
    assert code == 0
    # (x.db.lock no more: the run into x.db took it away as it ended)
    assert listed(shelf / "all.skipped.jsonl") == [("x.db", "no-letter-format")]


def test_a_letter_named_as_the_output_is_still_refused(tmp_path: Path) -> None:
    # an output with a letter's suffix is read as a letter, and the run will not overwrite it
    shelf = tmp_path / "shelf"
    write_letters(shelf, ["a.txt"])
    args = ("extract", str(shelf), "-o", str(shelf / "r.docx"), "--format", "docx")
    assert run(*args)[0] == 0
    code, _, stderr = run(*args)
    assert code == 2
    assert "is also an input" in flat(stderr)
