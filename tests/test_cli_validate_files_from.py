"""``validate --files-from FILE`` (``-``: standard input) checks the paths a list names,
as ``extract --files-from`` reads them: one a line or NUL-separated, each taken as a walk
would meet it (a listed file of no letter format passed over, a listed path that is gone
an ``unreadable`` error), and PATH may then be left out. Before, ``validate`` had no such
option, so a CI job checking the letters a branch changed (``git diff --name-only``) had
to pass them through ``xargs``. The list is read by the code ``extract`` uses
(:func:`replyparse.discover.read_list`), so the two commands cannot drift apart."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest

from helpers import NOTE, TIDY, flat, run


def letters(tmp_path: Path) -> tuple[Path, Path, Path]:
    folder = tmp_path / "letters"
    folder.mkdir()
    tidy, note, scan = folder / "tidy.txt", folder / "note.txt", folder / "scan.jpg"
    tidy.write_text(TIDY, encoding="utf-8")
    note.write_text(NOTE, encoding="utf-8")
    scan.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    return tidy, note, scan


def test_a_list_file_is_checked_in_its_order(tmp_path: Path) -> None:
    tidy, note, scan = letters(tmp_path)
    listing = tmp_path / "changed.txt"
    listing.write_text(f"{note}\n{scan}\n{tidy}\n", encoding="utf-8")
    code, stdout, stderr = run("validate", "--files-from", str(listing), "-j", "1")
    assert code == 1  # the note is no letter
    lines = stdout.splitlines()
    assert lines[0].startswith(f"{note}: error: not-a-letter")
    assert lines[-1] == "1 letter, 1 not a letter, 0 warnings, 1 error"
    assert "note: 1 file not read: no letter format (.jpg 1)" in flat(stderr)
    assert str(scan) not in stdout  # listed, passed over as a walk passes it over


def test_a_list_from_standard_input_nul_separated(tmp_path: Path) -> None:
    tidy, _, _ = letters(tmp_path)
    code, stdout, stderr = run("validate", "--files-from", "-", stdin=f"{tidy}\0".encode())
    assert code == 0, stderr
    assert stdout == "1 letter, 0 warnings, 0 errors\n"


def test_paths_and_a_list_together(tmp_path: Path) -> None:
    tidy, note, _ = letters(tmp_path)
    code, stdout, _ = run("validate", str(tidy), "--files-from", "-", stdin=f"{note}\n{tidy}\n")
    assert code == 1
    assert (
        stdout.splitlines()[-1] == "1 letter, 1 not a letter, 0 warnings, 1 error"
    )  # tidy.txt once


def test_a_listed_path_that_is_gone_is_unreadable(tmp_path: Path) -> None:
    tidy, _, _ = letters(tmp_path)
    gone = tmp_path / "letters" / "gone.txt"
    code, stdout, _ = run("validate", "--files-from", "-", stdin=f"{gone}\n{tidy}\n")
    assert code == 1
    assert f"{gone}: error: unreadable: no such file or folder (listed)" in stdout


def test_neither_path_nor_list_is_a_usage_error() -> None:
    code, stdout, stderr = run("validate")
    assert (code, stdout) == (2, "")
    assert "no PATH given: name letters or folders, or list them with --files-from" in flat(stderr)


def test_standard_input_cannot_be_both(tmp_path: Path) -> None:
    code, _, stderr = run("validate", "-", "--files-from", "-", stdin="x\n")
    assert code == 2
    assert "standard input cannot be both the list and a letter (-)" in flat(stderr)


def test_a_list_that_cannot_be_read_is_a_usage_error(tmp_path: Path) -> None:
    code, _, stderr = run("validate", "--files-from", str(tmp_path / "nolist.txt"))
    assert code == 2
    assert f"cannot read {tmp_path / 'nolist.txt'}" in flat(stderr)


def test_a_list_of_strays_alone_finds_no_letter(tmp_path: Path) -> None:
    _, _, scan = letters(tmp_path)
    code, stdout, stderr = run("validate", "--files-from", "-", stdin=f"{scan}\n")
    assert (code, stdout) == (2, "")
    text = flat(stderr)
    assert "error: no letter found in standard input's list" in text
    assert "1 file not read: no letter format (.jpg 1)" in text


def test_extract_reads_the_same_list_the_same_way(tmp_path: Path) -> None:
    tidy, note, scan = letters(tmp_path)
    listing = f"{scan}\0{tidy}\0{note}\0".encode()
    code, stdout, stderr = run("extract", "--files-from", "-", "--format", "jsonl", stdin=listing)
    assert code == 1  # the note fails as no letter, as validate reports it
    assert len(stdout.splitlines()) == 1
    assert "1 file not read: no letter format (.jpg 1)" in flat(stderr)


def _reported(stdout: str) -> list[str]:
    """The paths the findings name, in the order reported, each once (the summary aside)."""
    paths: list[str] = []
    for line in stdout.splitlines()[:-1]:
        path = line.split(": ")[0].rsplit(":", 2)[0]  # (a finding's path:line:column)
        if path not in paths:
            paths.append(path)
    return paths


def test_a_missing_listed_file_is_reported_in_its_place(tmp_path: Path) -> None:
    """Before, a path gone was reported first, ahead of the letters listed before it."""
    _, note, _ = letters(tmp_path)
    other = tmp_path / "letters" / "other.txt"
    other.write_text(NOTE, encoding="utf-8")
    gone, last = tmp_path / "gone.txt", tmp_path / "last-gone.txt"
    listing = f"{note}\n{gone}\n{other}\n{last}\n"
    for jobs in ("1", "2"):
        code, stdout, _ = run("validate", "--files-from", "-", "-j", jobs, stdin=listing)
        assert code == 1
        assert _reported(stdout) == [str(note), str(gone), str(other), str(last)]


def test_a_missing_listed_file_after_a_ctrl_c_is_still_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped before any letter was checked: the path gone is known without a check."""
    import replyparse.validate_run as validate_run

    _, note, _ = letters(tmp_path)
    gone = tmp_path / "gone.txt"
    original = validate_run.run_tasks

    def ctrl_c_first(*args: Any, **kwargs: Any) -> Any:
        os.kill(os.getpid(), signal.SIGINT)
        yield from original(*args, **kwargs)

    monkeypatch.setattr(validate_run, "run_tasks", ctrl_c_first)
    code, stdout, stderr = run("validate", "--files-from", "-", stdin=f"{note}\n{gone}\n")
    assert code == 130, stderr
    assert stdout == f"{gone}: error: unreadable: no such file or folder (listed)\n"
    assert "interrupted after 0 of 1 file checked" in stderr


def test_a_hash_line_is_a_path_and_told_so_when_none_is_there(tmp_path: Path) -> None:
    """A list's writer may take ``# …`` for a comment; it is read as a path (a file may be
    named so), and when nothing is there the failure says why."""
    tidy, _, _ = letters(tmp_path)
    code, stdout, _ = run("validate", "--files-from", "-", stdin=f"# changed today\n{tidy}\n")
    assert code == 1
    assert stdout.splitlines()[0] == (
        "# changed today: error: unreadable: no such file or folder (listed; a list holds "
        "paths only, # begins no comment)"
    )
