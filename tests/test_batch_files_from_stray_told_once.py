"""A stray file (no letter format, a dot file, an Office lock file) that a ``--files-from``
list names and that the walk of a folder the list also names meets is told once, in
whatever order the list names the two: the note counts it once and ``skipped.jsonl`` has
one row. Before, a list that named the stray before its folder (a list written by hand,
or sorted: ``in/scan.jpg`` then ``in``), or a folder after the first stray of the list,
told it twice (``2 files not read: no letter format (.jpg 2)``). Snippets are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import flat, run, write_letters


def shelf(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write_letters(folder, ["one.txt"])
    (folder / "scan.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "photo.png").write_bytes(b"\x89PNG\r\n")
    return folder


@pytest.mark.parametrize(
    "order",
    [
        ["in", "in/scan.jpg", "in/.DS_Store"],  # the folder first (as find IN prints)
        ["in/scan.jpg", "in/.DS_Store", "in"],  # the strays first
        ["other/photo.png", "in", "in/scan.jpg", "in/.DS_Store"],  # a stray, then the folder
    ],
    ids=["folder-first", "strays-first", "folder-after-another-stray"],
)
def test_a_stray_listed_and_walked_is_told_once(tmp_path: Path, order: list[str]) -> None:
    shelf(tmp_path)
    out = tmp_path / "out"
    listed = "".join(f"{tmp_path / p}\n" for p in order)
    code, _, stderr = run("extract", "--files-from", "-", "-o", f"{out}/", "-j", "1", stdin=listed)
    assert code == 0, stderr
    rows = [json.loads(line) for line in (out / "skipped.jsonl").read_text("utf-8").splitlines()]
    names = sorted(Path(r["path"]).name for r in rows)
    strays = {"scan.jpg", ".DS_Store"} | ({"photo.png"} if "other/photo.png" in order else set())
    assert names == sorted(strays)
    jpg = "1 file" if "other/photo.png" not in order else "2 files"
    assert f"{jpg} not read: no letter format" in flat(stderr)
    assert ".jpg 2" not in flat(stderr)
    assert sorted(p.name for p in out.rglob("*.json")) == ["one.json"]
