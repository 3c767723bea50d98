"""Paths as a Windows user types them: ``\\`` between parts and at the end of a folder,
drive letters.

``-o out\\`` was meant to say "a folder" as ``-o out/`` does, but the check looked for
``os.altsep``, which is ``/`` on Windows: ``\\`` never counted, and ``render -o typeset\\``
was refused for not ending in .docx. ``--stdin-name 2021\\x`` named a record whose
folder the output folder never made, and ``--exclude drafts\\old`` matched names only.
``--stdin-name C:x`` passed the check for a path inside the output folder (on Windows,
``out\\C:x.json`` writes to a stream of a file ``C``). Windows is simulated by giving
:data:`replyparse.paths.SEPARATORS` its value there; drive letters are read with
:class:`~pathlib.PureWindowsPath` on every system.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import TIDY, flat, run
from replyparse import paths
from replyparse.batch.options import BatchOptions, _check_stdin_in_folder, resolve_output
from replyparse.cli.render import _render_target
from replyparse.discover import discover
from replyparse.usage import UsageProblem


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "SEPARATORS", "/\\")


@pytest.fixture
def letter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "a.txt"
    path.write_text(TIDY, encoding="utf-8")
    return path


@pytest.mark.usefixtures("windows")
@pytest.mark.parametrize("name", ["out\\", "out/", "out\\2021\\"])
def test_a_backslash_at_the_end_names_a_folder(name: str) -> None:
    assert paths.is_folder_name(name)
    assert not paths.bare_name(name).endswith(("/", "\\"))


def test_a_backslash_is_part_of_a_name_on_posix() -> None:
    # must not match: on Linux and macOS, out\ is a file's name, as the shell gives it
    assert not paths.is_folder_name("out\\")
    assert paths.posix_parts("2021\\x") == "2021\\x"


@pytest.mark.usefixtures("windows")
def test_extract_takes_out_backslash_for_a_folder(letter: Path) -> None:
    assert resolve_output(BatchOptions(inputs=(letter.name,), out="out\\")) == ("json", "folder")
    # (as reports.docx/ is: a folder, whatever its name ends in)
    assert resolve_output(BatchOptions(inputs=(letter.name,), out="r.docx\\")) == (
        "json",
        "folder",
    )


@pytest.mark.usefixtures("windows", "letter")
def test_render_takes_a_backslashed_folder() -> None:
    assert _render_target("a.txt", "typeset\\").name == "a.docx"  # type: ignore[union-attr]


@pytest.mark.usefixtures("windows")
def test_parts_are_joined_by_slash_as_output_names_are() -> None:
    assert paths.posix_parts("2021\\x") == "2021/x"
    assert paths.posix_parts("2021/x") == "2021/x"


@pytest.mark.usefixtures("windows")
def test_an_exclude_pattern_with_backslashes_matches_the_path(letter: Path) -> None:
    old = letter.parent / "drafts" / "old"
    old.mkdir(parents=True)
    (old / "b.txt").write_text(TIDY, encoding="utf-8")
    found = discover(["."], suffixes=[".txt"], exclude=["drafts\\old"])
    assert [f.rel for f in found.files] == ["a.txt"]
    assert [s.reason for s in found.skipped] == ["excluded"]


DRIVES = ["C:letter", "C:/letter", "c:\\2021\\letter", "//host/share/letter", "\\\\host\\s\\x"]


@pytest.mark.parametrize("name", DRIVES)
def test_a_stdin_name_with_a_drive_is_refused_everywhere(name: str) -> None:
    with pytest.raises(UsageProblem) as refused:
        _check_stdin_in_folder(name, ".json")
    assert "no drive" in str(refused.value.template)


@pytest.mark.parametrize("name", ["2021/letter", "2021\\letter", "2021/letter.v2", "letter"])
def test_a_stdin_name_inside_the_folder_passes(name: str) -> None:
    # must not match: a path inside the folder
    _check_stdin_in_folder(name, ".json")


def test_a_drive_named_stdin_is_a_usage_error(letter: Path) -> None:
    code, _, stderr = run("extract", "-", "--stdin-name", "C:letter", "-o", "out/", stdin=TIDY)
    assert code == 2
    assert "C:letter: a letter's name in an output folder is a path inside it, with no drive" in (
        flat(stderr)
    )
