"""A folder named as an input inside another named one (``extract archive
archive/2021``, or the other way round), or named twice, is walked once, and the note
says why in the user's terms.

The note said ``already walked (symbolic link loop or duplicate)``: no link was there,
and "duplicate" said nothing of the two PATHs the user typed. Now it says which: the
folder lies in the one named before it (named), was named before the one holding it
(named too), or is named twice, and that its files are read once. A real link loop keeps its note.

A file named twice (``a.txt a.txt``, ``a.txt /abs/a.txt``, a file and its folder) was
read once in silence: now a note says so, once. An empty folder named twice stops at
the error alone (``no letter found``), as extract stops: the note came first and added
nothing.
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
        f"note: archive/2021: already walked: it lies in archive, named before it; {ONCE}"
    ) in flat(stderr)
    assert "symbolic link" not in stderr
    assert stdout.count("archive/2021/b.txt") <= 1 and "2 letters" in stdout


def test_a_folder_named_before_the_one_holding_it(archive: Path) -> None:
    code, _, stderr = run("extract", "archive/2021", "archive", "-o", "out/")
    assert code == 0
    text = flat(stderr)
    # the folder that holds it named, as the other order names it ("it lies in archive"):
    # "it was named as an input before" said before what, and read as if archive/2021
    # were left unread
    assert (
        f"note: archive/2021: already walked: named before archive, which holds it; {ONCE}"
    ) in text
    assert "as an input before" not in text
    assert sorted(p.relative_to("out").as_posix() for p in Path("out").rglob("*.json")) == [
        "2021/b.json",
        "archive/a.json",
    ]


def test_a_folder_named_twice(archive: Path) -> None:
    code, _, stderr = run("validate", "archive", "archive/", "archive", "--fail-on", "error")
    assert code == 0
    assert flat(stderr) == f"note: archive: already walked: named twice; {ONCE}"  # once


def test_a_folder_named_twice_under_another_spelling(archive: Path) -> None:
    code, _, stderr = run("validate", "archive", str(archive), "--fail-on", "error")
    assert code == 0
    assert (
        f"note: {archive}: already walked: the same folder as archive, named before it; {ONCE}"
    ) in flat(stderr)


@pytest.mark.parametrize("command", ["validate", "extract"])
def test_an_empty_folder_named_twice_gets_the_error_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "空").mkdir()
    code, stdout, stderr = run(command, "空", "空/", "-q")
    assert (code, stdout) == (2, "")
    assert flat(stderr).startswith("error: no letter found in 空 空/ ")
    assert "note" not in stderr


@pytest.mark.parametrize(
    ("words", "said"),
    [
        pytest.param(["archive/a.txt", "archive/a.txt"], "archive/a.txt: named twice", id="twice"),
        pytest.param(["archive/a.txt", "./archive/a.txt"], "archive/a.txt: named twice", id="dot"),
        pytest.param(
            ["archive/a.txt", "ABS"],
            "ABS: the same file as archive/a.txt, named before it",
            id="absolute",
        ),
        pytest.param(
            ["archive/a.txt", "archive/2021/b.txt", "archive"],
            "archive: holds 2 files named before it (archive/2021/b.txt, archive/a.txt); each "
            "is read once",
            id="then-its-folder",
        ),
        pytest.param(
            ["archive", "archive/2021/b.txt"],
            "archive/2021/b.txt: lies in archive, named before it",
            id="its-folder-first",
        ),
    ],
)
@pytest.mark.parametrize("command", ["validate", "extract"])
def test_a_file_named_twice_is_read_once_and_told_once(
    archive: Path, command: str, words: list[str], said: str
) -> None:
    absolute = str(archive / "a.txt")
    line = [absolute if word == "ABS" else word for word in words]
    out = ["-o", "out/"] if command == "extract" else ["--fail-on", "error"]
    code, stdout, stderr = run(command, *line, *out)
    assert code == 0, stderr
    notes = [line for line in stderr.splitlines() if line.startswith("note: ")]
    assert len(notes) == 1, stderr
    assert flat(notes[0]).startswith("note: " + said.replace("ABS", absolute)), notes
    letters = len({Path(word).name for word in words if word.endswith(".txt")})
    if "archive" in words:
        letters = 2
    if command == "validate":
        assert f"{letters} letter" in stdout
    else:
        assert len(list(Path("out").rglob("*.json"))) == letters


def test_a_file_listed_and_named_stays_unsaid(archive: Path) -> None:
    """A ``--files-from`` list made by ``find`` names a file and its folder alike: no
    note for each."""
    Path("list").write_text("archive\narchive/a.txt\narchive/2021/b.txt\n", encoding="utf-8")
    code, _, stderr = run("validate", "archive/a.txt", "--files-from", "list", "--fail-on", "error")
    assert code == 0
    assert "note" not in stderr


def test_a_link_loop_keeps_its_note(archive: Path) -> None:
    # must not match: a link inside the walk back to a folder on its way
    os.symlink(archive.resolve(), archive / "2021" / "back")
    code, _, stderr = run("validate", "archive", "--fail-on", "error")
    assert code == 0
    assert (
        "note: archive/2021/back: already walked (symbolic link loop: a link back to archive)"
        in flat(stderr)
    )
    assert "named" not in stderr


@pytest.mark.parametrize("command", ["validate", "extract"])
def test_a_file_named_again_through_a_linked_folder_is_read_once(
    archive: Path, command: str
) -> None:
    """``archive/a.txt`` and ``link/a.txt`` (``link`` a link to ``archive``) are one source
    to the manifest, but the walk compared the paths as typed: the letter was read twice,
    and extract wrote it twice (``a.json`` and ``a.txt.json`` with a clash note, the
    manifest keeping the second). A folder named through the link says where it lies."""
    os.symlink("archive", "link")
    out = ["-o", "out/"] if command == "extract" else ["--fail-on", "error"]
    code, stdout, stderr = run(command, "archive/a.txt", "link/a.txt", *out)
    assert code == 0, stderr
    assert "note: link/a.txt: the same file as archive/a.txt, named before it; read once" in flat(
        stderr
    )
    assert "clash" not in stderr
    if command == "extract":
        assert [p.name for p in Path("out").rglob("*.json")] == ["a.json"]
    else:
        assert "1 letter" in stdout
    code, _, stderr = run(command, "archive", "link/2021", *out)
    assert code == 0, stderr
    assert f"note: link/2021: already walked: it lies in archive, named before it; {ONCE}" in flat(
        stderr
    )
