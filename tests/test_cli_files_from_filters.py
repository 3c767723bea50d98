"""The paths a ``--files-from`` list names obey ``--include`` and ``--exclude`` as the
files a walk meets do. A list made by ``find archive -type f`` or ``git ls-files`` stands
for a walk another tool made, and a filter given with it is meant for it; before, a
listed letter was read whatever the filters said, and a listed stray was passed over as
``no-letter-format`` even when ``--exclude`` named it, while the note said the pattern
``matched nothing``. A listed path is matched as its output is named: below the current
folder, the path as listed; a folder on its way that ``--exclude`` names leaves it out,
listed once as that folder, as the walk lists it. Also: a folder the list names that a
walk took already (``find archive`` lists every folder) is not walked again with an
``already walked`` note; and a file named on the command line, which the filters never
leave out, is told as read all the same when a filter matches it, rather than the filter
said to have matched nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import flat, run, write_letters


def skipped(path: Path) -> list[tuple[str, str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [(r["path"], r["kind"], r["reason"]) for r in map(json.loads, lines)]


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """archive/{2021/a.txt, 2022/b.txt, drafts/c.txt, drafts/scan.jpg, scan.jpg}, and the
    current folder the one above it, as where ``find archive`` is run."""
    write_letters(tmp_path / "archive", ["2021/a.txt", "2022/b.txt", "drafts/c.txt"])
    for name in ("drafts/scan.jpg", "scan.jpg"):
        (tmp_path / "archive" / name).write_bytes(b"\xff\xd8\xff\xe0")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "archive"


def find(archive: Path, *, folders: bool = False) -> str:
    """What ``find archive -type f`` (``folders``: ``find archive``) prints, relative."""
    paths = [p for p in archive.rglob("*") if folders or p.is_file()]
    top = [archive] if folders else []
    return "".join(f"{p.relative_to(archive.parent)}\n" for p in [*top, *sorted(paths)])


def test_exclude_leaves_out_a_listed_folder_as_the_walk_does(archive: Path) -> None:
    code, _, stderr = run(
        "extract", "--files-from", "-", "--exclude", "drafts", "-o", "out/", stdin=find(archive)
    )
    assert code == 0, stderr
    assert sorted(p.relative_to("out").as_posix() for p in Path("out").rglob("*.json")) == [
        "archive/2021/a.json",
        "archive/2022/b.json",
    ]
    assert "note: --exclude 'drafts' left out 1 folder" in flat(stderr)
    assert skipped(Path("out/skipped.jsonl")) == [
        ("archive/drafts", "folder", "excluded"),
        ("archive/scan.jpg", "file", "no-letter-format"),
    ]
    # the same run over the folder itself: the same records, the same list
    code, _, _ = run("extract", "archive", "--exclude", "drafts", "-o", "walked/")
    assert sorted(p.name for p in Path("walked").rglob("*.json")) == ["a.json", "b.json"]
    assert [r[1:] for r in skipped(Path("walked/skipped.jsonl"))] == [
        ("folder", "excluded"),
        ("file", "no-letter-format"),
    ]


def records(stdout: str) -> list[str]:
    """The source paths of ``--format jsonl`` records on standard output."""
    return [json.loads(line)["source"]["path"] for line in stdout.splitlines()]


def test_an_excluded_stray_is_listed_as_excluded(archive: Path) -> None:
    code, stdout, stderr = run(
        "extract", "--files-from", "-", "--exclude", "*.jpg", "--format", "jsonl",
        "--skipped", "sk.jsonl", stdin=find(archive),
    )  # fmt: skip
    assert code == 0, stderr
    assert len(records(stdout)) == 3
    text = flat(stderr)
    assert "note: --exclude '*.jpg' left out 2 files" in text
    assert "no letter format" not in text
    assert {r[2] for r in skipped(Path("sk.jsonl"))} == {"excluded"}


def test_include_matches_the_listed_path(archive: Path) -> None:
    code, stdout, stderr = run(
        "extract", "--files-from", "-", "--include", "archive/2021/*", "--format", "jsonl",
        "--skipped", "sk.jsonl", stdin=find(archive),
    )  # fmt: skip
    assert code == 0, stderr
    assert records(stdout) == ["archive/2021/a.txt"]
    assert "note: --include 'archive/2021/*' left out 2 of 3 letter files" in flat(stderr)
    assert sorted(r[2] for r in skipped(Path("sk.jsonl"))) == [
        "no-letter-format",
        "no-letter-format",
        "not-included",
        "not-included",
    ]


def test_validate_filters_its_list_alike(archive: Path) -> None:
    code, stdout, stderr = run(
        "validate", "--files-from", "-", "--exclude", "drafts", "--fail-on", "error",
        stdin=find(archive),
    )  # fmt: skip
    assert code == 0, stderr
    assert stdout.splitlines()[-1].startswith("2 letters,")
    assert "note: --exclude 'drafts' left out 1 folder" in flat(stderr)


def test_a_list_that_names_the_folders_too_walks_each_once(archive: Path) -> None:
    code, stdout, stderr = run(
        "extract", "--files-from", "-", "--format", "jsonl", stdin=find(archive, folders=True)
    )
    assert code == 0, stderr
    assert len(records(stdout)) == 3
    assert "already walked" not in stderr


def test_a_filter_matching_nothing_leaves_every_listed_letter(archive: Path) -> None:
    code, stdout, stderr = run(
        "extract", "--files-from", "-", "--exclude", "old", "--include", "*.txt",
        "--format", "jsonl", stdin=find(archive),
    )  # fmt: skip
    assert code == 0, stderr
    assert len(records(stdout)) == 3
    assert "note: --exclude 'old' matched nothing" in flat(stderr)


def test_a_named_file_is_read_and_the_filter_says_so(archive: Path) -> None:
    code, stdout, stderr = run("extract", "archive/drafts/c.txt", "--exclude", "c.txt")
    assert code == 0, stderr
    assert json.loads(stdout)["source"]["path"] == "archive/drafts/c.txt"
    text = flat(stderr)
    assert (
        "note: --exclude 'c.txt' matches archive/drafts/c.txt, named directly: read all "
        "the same (the filters apply inside folders and to --files-from lists)"
    ) in text
    assert "matched nothing" not in text
