"""A ``--files-from`` list stands for a walk, and a walk does not enter dot folders: one
policy for both.

``find archive -type f`` lists ``archive/.old/a.txt``; the walk of ``archive`` never meets
it (``.old`` is skipped, listed ``hidden``), but the list's path was read, so the same
archive gave other records walked than listed. Now a listed path in a dot folder is passed
over as the walk passes it over: the folder listed once in ``skipped.jsonl`` as
``hidden (dot folder: not walked)``, whichever of its paths the list names, and whether
the walk of a listed folder met it already. A file named on the command line is read all
the same. And a run that found no letter because they all lay in dot folders says so,
rather than a bare *no letter found*. Only the folders below the current one are asked:
a path outside it is read, wherever it lies.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import flat, run, write_letters


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["archive/2021/a.txt", "archive/.old/b.txt", "archive/.old/c.txt"])
    return tmp_path / "archive"


def skipped(out: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in (out / "skipped.jsonl").read_text("utf-8").splitlines()]


def records(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))


HIDDEN = {"path": "archive/.old", "kind": "folder", "reason": "hidden"}


@pytest.mark.parametrize(
    "listing",
    [
        pytest.param("archive/.old/b.txt\narchive/.old/c.txt\narchive/2021/a.txt\n", id="files"),
        pytest.param("archive\narchive/.old\narchive/.old/b.txt\narchive/2021/a.txt\n", id="find"),
        pytest.param("./archive/.old/b.txt\n./archive/2021/a.txt\n", id="dot-slash"),
    ],
)
def test_a_listed_path_in_a_dot_folder_is_passed_over_as_the_walk_does(
    archive: Path, listing: str
) -> None:
    code, _, stderr = run("extract", "--files-from", "-", "-o", "out/", stdin=listing)
    assert code == 0, stderr
    assert records(Path("out")) == ["archive/2021/a.json"]
    (entry,) = skipped(Path("out"))
    assert {k: entry[k] for k in HIDDEN} == HIDDEN  # (./archive/.old as archive/.old)
    assert entry["detail"] == "hidden (dot folder: not walked)"


def test_the_walk_and_the_list_agree(archive: Path) -> None:
    # must not match: the walk itself is unchanged
    code, _, _ = run("extract", "archive", "-o", "walked/")
    assert code == 0
    listing = "".join(
        f"{p.relative_to(archive.parent).as_posix()}\n"
        for p in sorted(archive.rglob("*"))
        if p.is_file()
    )
    code, _, _ = run("extract", "--files-from", "-", "-o", "listed/", stdin=listing)
    assert code == 0
    assert records(Path("walked")) == ["2021/a.json"]
    assert records(Path("listed")) == ["archive/2021/a.json"]
    assert [e["reason"] for e in skipped(Path("listed"))] == ["hidden"]


def test_validate_passes_them_over_too(archive: Path) -> None:
    listing = "archive/.old/b.txt\narchive/2021/a.txt\n"
    code, stdout, _ = run("validate", "--files-from", "-", "--fail-on", "error", stdin=listing)
    assert code == 0
    assert "archive/.old" not in stdout
    assert stdout.rstrip().splitlines()[-1].startswith("1 letter,")


def test_a_file_named_in_a_dot_folder_is_read(archive: Path) -> None:
    # must not match: a path the user names is read, wherever it lies
    code, stdout, stderr = run("extract", "archive/.old/b.txt", "--no-keywords")
    assert code == 0, stderr
    assert json.loads(stdout)["source"]["path"] == "archive/.old/b.txt"
    code, _, stderr = run("extract", "archive/.old", "-o", "named/")
    assert code == 0, stderr
    assert records(Path("named")) == ["b.json", "c.json"]


def test_only_hidden_letters_says_where_they_are(archive: Path) -> None:
    listing = "archive/.old/b.txt\narchive/.old/c.txt\n"
    code, _, stderr = run("validate", "--files-from", "-", stdin=listing)
    assert code == 2
    text = flat(stderr)
    assert "no letter found in standard input's list" in text
    assert "1 hidden path skipped (archive/.old: dot files and folders are not read" in text
    assert "name one as an input to read it" in text


def test_a_folder_of_dot_folders_says_so_too(tmp_path: Path) -> None:
    write_letters(tmp_path / "box", [".drafts/a.txt", ".b.txt"])
    code, _, stderr = run("extract", str(tmp_path / "box"), "-o", str(tmp_path / "out"))
    assert code == 2
    text = flat(stderr)
    assert f"2 hidden paths skipped ({tmp_path / 'box' / '.b.txt'}, " in text


def test_a_dot_folder_above_the_current_one_does_not_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # must not match: the folders asked are those the listed path names below the
    # current folder, not the ones the current folder itself lies in
    (letter,) = write_letters(tmp_path / ".work" / "in", ["a.txt"])
    monkeypatch.chdir(tmp_path / ".work")
    code, _, stderr = run("validate", "--files-from", "-", "--fail-on", "error", stdin="in/a.txt\n")
    assert code == 0, stderr
    code, _, stderr = run(
        "validate", "--files-from", "-", "--fail-on", "error", stdin=f"{letter}\n"
    )
    assert code == 0, stderr


def test_a_path_outside_the_current_folder_is_not_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # must not match: the list does not say where its walk began, so a dot folder on the
    # way to a path outside the current folder (a home's .local) hides nothing
    (letter,) = write_letters(tmp_path / ".local" / "letters", ["a.txt"])
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    for listed in (str(letter), "../.local/letters/a.txt"):
        code, stdout, stderr = run(
            "validate", "--files-from", "-", "--fail-on", "error", stdin=f"{listed}\n"
        )
        assert code == 0, stderr
        assert stdout.rstrip().splitlines()[-1].startswith("1 letter,")
