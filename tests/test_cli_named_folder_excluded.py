"""An ``--exclude`` pattern that matches the folder named, or a folder on a named file's
way, is told as matching it, not as matching nothing.

``extract archive/drafts --exclude drafts`` walks the drafts (the filters apply inside the
folders named, as to files named they do not apply at all), and the note said
``--exclude 'drafts' matched nothing``: untrue, and a stranger would look for a typo.
Now the note says the pattern matches the folder named and that it was walked all the
same, as a named file a pattern matches is told read all the same; ``--exclude drafts``
also matches a named ``archive/drafts/b.txt`` by the folder it lies in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import flat, run, write_letters

SAME = "(the filters apply inside folders and to --files-from lists)"


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["archive/drafts/b.txt", "archive/2021/a.txt"])
    return tmp_path / "archive"


@pytest.mark.parametrize("command", ["extract", "validate"])
def test_a_pattern_matching_the_folder_named_says_so(archive: Path, command: str) -> None:
    args = ["-o", "out/"] if command == "extract" else ["--fail-on", "error"]
    code, _, stderr = run(command, "archive/drafts", "--exclude", "drafts", *args)
    assert code == 0, stderr
    text = flat(stderr)
    assert "matched nothing" not in text
    assert (
        f"note: --exclude 'drafts' matches archive/drafts, named directly: walked all the "
        f"same {SAME}"
    ) in text


def test_a_pattern_with_a_slash_matching_it_too(archive: Path) -> None:
    code, _, stderr = run(
        "validate", "archive/drafts", "--exclude", "archive/*", "--fail-on", "error"
    )
    assert code == 0
    assert "--exclude 'archive/*' matches archive/drafts, named directly: walked" in flat(stderr)


def test_a_named_file_in_a_folder_the_pattern_names(archive: Path) -> None:
    code, _, stderr = run(
        "validate", "archive/drafts/b.txt", "--exclude", "drafts", "--fail-on", "error"
    )
    assert code == 0
    text = flat(stderr)
    assert "matched nothing" not in text
    assert (
        f"--exclude 'drafts' matches archive/drafts/b.txt, named directly: read all the same {SAME}"
        in text
    )


def test_inside_the_named_folder_it_still_leaves_out(archive: Path) -> None:
    # must not match: a folder of that name inside the one named is left out, and said
    write_letters(archive, ["drafts/drafts/c.txt"])
    code, _, stderr = run("validate", "archive/drafts", "--exclude", "drafts", "--fail-on", "error")
    assert code == 0
    text = flat(stderr)
    assert "--exclude 'drafts' left out 1 folder" in text


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["archive", "--exclude", "draft"], id="walked-folder"),
        pytest.param(["archive/drafts", "--exclude", "nothing"], id="named-folder"),
        pytest.param([".", "--exclude", "*"], id="current-folder"),
    ],
)
def test_a_pattern_that_matches_nothing_still_says_so(archive: Path, args: list[str]) -> None:
    # must not match: a pattern that matches neither the folder named nor anything in it
    # (and '*', which matches everything in '.', and '.' itself by its own name, as it
    # matches 'archive' named: walked all the same, and what it holds left out)
    code, _, stderr = run("validate", *args, "--fail-on", "error")
    text = flat(stderr)
    if args[0] == ".":
        assert code == 2 and "no letter left to read in . after the filters" in text
        assert "--exclude '*' matches ., named directly: walked all the same" in text
    else:
        assert code == 0
        assert f"--exclude {args[-1]!r} matched nothing" in text
