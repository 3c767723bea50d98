"""Two ways a run finds nothing, told by what went wrong.

A filter that matched nothing because of the case of its letters (``--include '*.TXT'``
in a folder of ``.txt`` letters, ``--exclude Drafts`` beside ``drafts``) was told as
``matched none of 7 letter files``, with nothing to say why; now the note or the error
adds that patterns are case-sensitive and how many paths it matches ignoring case. The
patterns stay case-sensitive, their suffix aside since cli60 (``*.TXT`` matches ``a.txt``:
tests/test_cli_manners.py).

A ``--files-from`` list that names no path (``git ls-files`` of a folder git does not
track) was told as ``no letter found in standard input's list (files ending .txt …)``,
as if letters of another kind were there; now it says the list is empty.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import flat, run, write_letters


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["box/a.txt", "box/b.txt", "box/drafts/c.txt", "box/d.docx.txt"])
    return tmp_path / "box"


def test_an_include_in_the_wrong_case_says_so(archive: Path) -> None:
    # (a suffix matches in any case since cli60: '*.TXT' takes the .txt letters)
    code, _, stderr = run("validate", "box", "--include", "A.*")
    assert code == 2
    assert (
        "error: no letter left to read in box after the filters: --include 'A.*' matched "
        "none of 4 letter files (patterns are case-sensitive: ignoring case, 'A.*' matches "
        "1 letter file)"
    ) in flat(stderr)


def test_an_idle_include_beside_another_says_so(archive: Path) -> None:
    code, _, stderr = run(
        "validate", "box", "--include", "A.TXT", "--include", "b.txt", "--fail-on", "error"
    )
    assert code == 0
    text = flat(stderr)
    assert "--include 'A.TXT' matched nothing (patterns are case-sensitive: ignoring case, " in text
    assert "'A.TXT' matches 1 letter file)" in text


def test_an_exclude_in_the_wrong_case_says_so(archive: Path) -> None:
    code, _, stderr = run("extract", "box", "--exclude", "Drafts", "-o", "out/")
    assert code == 0
    text = flat(stderr)
    assert (
        "note: --exclude 'Drafts' matched nothing (patterns are case-sensitive: ignoring "
        "case, 'Drafts' matches 1 path)"
    ) in text
    assert (Path("out") / "drafts" / "c.json").exists()  # still case-sensitive


@pytest.mark.parametrize(
    "named",
    [
        pytest.param(["box"], id="the-folder-walked"),
        pytest.param(["./box/"], id="written-otherwise"),
        pytest.param(["box/drafts"], id="a-folder-inside"),
        pytest.param(["box/a.txt", "box/drafts/c.txt"], id="files-named"),
    ],
)
def test_no_hint_for_a_path_named_on_the_command_line(archive: Path, named: list[str]) -> None:
    # must not match: 'ignoring case, 'BOX' matches 4 paths' counted the folder named,
    # which no exclude leaves out in any case (it is walked, or read, all the same)
    code, _, stderr = run("extract", *named, "--exclude", "BOX", "-o", "out/")
    assert code == 0, stderr
    text = flat(stderr)
    assert "--exclude 'BOX' matched nothing" in text
    assert "case-sensitive" not in text


def test_the_hint_still_counts_a_listed_path(archive: Path) -> None:
    # a --files-from list's folders are filtered as paths (--exclude box leaves it out)
    code, _, stderr = run(
        "extract", "--files-from", "-", "--exclude", "BOX", "-o", "out/", stdin="box/a.txt\n"
    )
    assert code == 0, stderr
    assert "ignoring case, 'BOX' matches 1 path)" in flat(stderr)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--include", "*.md"], id="no-capital"),
        pytest.param(["--include", "*.PDF"], id="no-such-file"),
        pytest.param(["--exclude", "old"], id="exclude-nothing"),
    ],
)
def test_no_hint_when_case_is_not_why(archive: Path, args: list[str]) -> None:
    # must not match: a pattern that matches nothing whatever the case
    _, _, stderr = run("validate", "box", *args, "--fail-on", "error")
    text = flat(stderr)
    assert "matched no" in text
    assert "case-sensitive" not in text


@pytest.mark.parametrize("command", ["extract", "validate"])
def test_an_empty_list_says_it_is_empty(archive: Path, command: str) -> None:
    args = ["-o", "out/"] if command == "extract" else []
    code, stdout, stderr = run(command, "--files-from", "-", *args, stdin="")
    assert (code, stdout) == (2, "")
    assert "error: no letter found: standard input's list is empty (it names no path)" in flat(
        stderr
    )


def test_an_empty_list_file_beside_a_path(archive: Path, tmp_path: Path) -> None:
    (tmp_path / "list.txt").write_text("", encoding="utf-8")
    (tmp_path / "none").mkdir()
    code, _, stderr = run("validate", "none", "--files-from", "list.txt")
    assert code == 2
    text = flat(stderr)
    assert "no letter found in none or list.txt (files ending .txt" in text
    assert "list.txt is empty (it names no path)" in text


def test_a_list_of_strays_is_not_called_empty(archive: Path) -> None:
    # must not match: a list that names paths, none a letter
    (archive / "scan.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(60))
    code, _, stderr = run("validate", "--files-from", "-", stdin="box/scan.jpg\n")
    assert code == 2
    text = flat(stderr)
    assert "no letter found in standard input's list (files ending .txt" in text
    assert "empty" not in text
