"""A folder named as an input inside another named one (``extract archive
archive/2021``, or the other way round), or named twice, is walked once, and the note
says why in the user's terms.

The note said ``already walked (symbolic link loop or duplicate)``: no link was there,
and "duplicate" said nothing of the two PATHs the user typed. Now it says the folder lies
in one named before it, or was named as an input before, and that its files are read
once. A real link loop keeps its note.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import flat, run, write_letters

ONCE = "its files are read once"


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["archive/a.txt", "archive/2021/b.txt"])
    return tmp_path / "archive"


def test_a_folder_named_inside_one_named_before(archive: Path) -> None:
    code, stdout, stderr = run("validate", "archive", "archive/2021", "--fail-on", "error")
    assert code == 0
    assert (
        "note: archive/2021: already walked: it lies in a folder named before it, or is "
        f"named twice; {ONCE}"
    ) in flat(stderr)
    assert "symbolic link" not in stderr
    assert stdout.count("archive/2021/b.txt") <= 1 and "2 letters" in stdout


def test_a_folder_named_before_the_one_holding_it(archive: Path) -> None:
    code, _, stderr = run("extract", "archive/2021", "archive", "-o", "out/")
    assert code == 0
    text = flat(stderr)
    assert f"note: archive/2021: already walked: it was named as an input before; {ONCE}" in text
    assert sorted(p.relative_to("out").as_posix() for p in Path("out").rglob("*.json")) == [
        "2021/b.json",
        "archive/a.json",
    ]


def test_a_folder_named_twice(archive: Path) -> None:
    code, _, stderr = run("validate", "archive", "archive", "--fail-on", "error")
    assert code == 0
    assert (
        "note: archive: already walked: it lies in a folder named before it, or is named twice"
        in flat(stderr)
    )


def test_a_link_loop_keeps_its_note(archive: Path) -> None:
    # must not match: a link inside the walk back to a folder on its way
    os.symlink(archive.resolve(), archive / "2021" / "back")
    code, _, stderr = run("validate", "archive", "--fail-on", "error")
    assert code == 0
    assert "already walked (symbolic link loop or duplicate)" in stderr
    assert "named" not in stderr
