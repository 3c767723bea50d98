"""A file ``--files-from`` lists that the folder walk passes over by its name is passed
over likewise, listed in ``skipped.jsonl`` with the walk's reason and counted in the
walk's note, not read and failed. A list made by ``find IN -type f`` names every file in
IN as a walk of IN meets them: a scan (``.jpg``), another run's database (``.db``), a
dot file (``.DS_Store``), an Office lock file (``~$x.docx``). Before, each was taken as
if named on the command line and failed ("not a text file", "not a .docx file"), so
every run over such a list exited 1. A letter listed is read; a file of any suffix
named on the command line is still tried."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from helpers import flat, run, write_letters


def skipped(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [(Path(r["path"]).name, r["reason"]) for r in map(json.loads, lines)]


def shelf_with_strays(tmp_path: Path) -> Path:
    shelf = tmp_path / "in"
    write_letters(shelf, ["one.txt", "two.txt"])
    (shelf / "scan.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    with sqlite3.connect(shelf / "old.db") as db:  # an earlier run's archive, elsewhere
        db.execute("create table files (source text)")
    (shelf / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (shelf / "~$one.docx").write_bytes(b"\x05lock")
    return shelf


def find_list(shelf: Path) -> str:
    """What ``find IN -type f`` prints."""
    return "".join(f"{p}\n" for p in sorted(shelf.iterdir()))


def test_listed_files_of_no_letter_format_are_passed_over(tmp_path: Path) -> None:
    shelf = shelf_with_strays(tmp_path)
    out = tmp_path / "out"
    code, _, stderr = run(
        "extract", "--files-from", "-", "-o", f"{out}/", "-j", "1", stdin=find_list(shelf)
    )
    assert code == 0, stderr
    text = flat(stderr)
    assert "error:" not in text
    assert "note: 2 files not read: no letter format (.db 1, .jpg 1)" in text
    assert "skipped: no letter format 2" in text
    assert sorted(skipped(out / "skipped.jsonl")) == [
        (".DS_Store", "hidden"),
        ("old.db", "no-letter-format"),
        ("scan.jpg", "no-letter-format"),
        ("~$one.docx", "office-lock-file"),
    ]
    assert sorted(p.name for p in out.glob("*.json")) == ["one.json", "two.json"]
    assert not (out / "errors.jsonl").exists()


def test_a_file_listed_and_walked_is_told_once(tmp_path: Path) -> None:
    shelf = shelf_with_strays(tmp_path)
    out = tmp_path / "out"
    code, _, stderr = run(
        "extract",
        str(shelf),
        "--files-from",
        "-",
        "-o",
        f"{out}/",
        "-j",
        "1",
        stdin=find_list(shelf),
    )
    assert code == 0, stderr
    assert "2 files not read: no letter format (.db 1, .jpg 1)" in flat(stderr)
    assert len(skipped(out / "skipped.jsonl")) == 4


def test_a_list_of_strays_alone_finds_no_letter(tmp_path: Path) -> None:
    shelf = shelf_with_strays(tmp_path)
    code, _, stderr = run(
        "extract",
        "--files-from",
        "-",
        "-o",
        str(tmp_path / "o.jsonl"),
        stdin=f"{shelf / 'scan.jpg'}\n",
    )
    assert code == 2
    assert "no letter found in standard input's list" in flat(stderr)
    assert "1 file not read: no letter format (.jpg 1)" in flat(stderr)


def test_listed_letters_are_read_and_a_named_stray_is_still_tried(tmp_path: Path) -> None:
    shelf = shelf_with_strays(tmp_path)
    listed = f"{shelf / 'one.txt'}\n{shelf / 'two.txt'}\n"
    code, stdout, stderr = run("extract", "--files-from", "-", "--format", "jsonl", stdin=listed)
    assert code == 0, stderr
    assert len(stdout.splitlines()) == 2 and "not read" not in stderr
    code, _, stderr = run("extract", str(shelf / "scan.jpg"))
    assert code == 1 and "scan.jpg" in flat(stderr)  # named: tried, and fails
