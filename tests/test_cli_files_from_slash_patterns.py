"""A ``--files-from`` list made by ``find archive -type f`` names ``archive/2021/a.txt``;
the walk of ``archive`` meets the same file as ``2021/a.txt``. A list does not say which
folder its walk began at, so a filter with ``/`` (``--include '2021/*'``, ``--exclude
'drafts/*'``) matches a listed path below any of its folders too, and the list leaves out
what the walk of the folder leaves out. Before, ``--include '2021/*'`` matched none of the
listed letters (a usage error) while ``replyparse extract archive --include '2021/*'``
read one. A pattern naming the whole listed path still matches; one that names a folder
the path is not in still matches nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import flat, run, write_letters


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_letters(tmp_path / "archive", ["2021/a.txt", "2022/b.txt", "drafts/c.txt"])
    monkeypatch.chdir(tmp_path)
    return tmp_path / "archive"


def _listed(archive: Path) -> str:
    files = sorted(p for p in archive.rglob("*") if p.is_file())
    return "".join(f"{p.relative_to(archive.parent)}\n" for p in files)


def _read(*args: str, stdin: str | None = None) -> tuple[int, list[str], str]:
    code, _, stderr = run("extract", *args, "-o", "out/", stdin=stdin)
    names = sorted(p.relative_to("out").as_posix() for p in Path("out").rglob("*.json"))
    return code, names, stderr


@pytest.mark.parametrize(
    ("option", "pattern", "want"),
    [
        ("--include", "2021/*", ["archive/2021/a.json"]),
        ("--include", "archive/2021/*", ["archive/2021/a.json"]),
        ("--exclude", "drafts/*", ["archive/2021/a.json", "archive/2022/b.json"]),
    ],
)
def test_a_slash_pattern_matches_a_listed_path_below_its_folders(
    archive: Path, option: str, pattern: str, want: list[str]
) -> None:
    code, names, stderr = _read("--files-from", "-", option, pattern, stdin=_listed(archive))
    assert code == 0, stderr
    assert names == want


def test_a_pattern_naming_another_folder_matches_nothing(archive: Path) -> None:
    code, names, stderr = _read("--files-from", "-", "--include", "2023/*", stdin=_listed(archive))
    assert code == 2
    assert names == []
    assert "--include '2023/*' matched none of 3 letter files" in flat(stderr)
