"""``--format csv -o DIR`` writes a folder of tables: when that folder lies inside an
input it is an output folder like a folder of records. It is not read (a user's letter
put there is listed as ``output-folder``, not parsed into the tables), and its own
tables (letters.csv…) are not listed on a rerun as files of no letter format."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from helpers import flat, run, write_letters
from replyparse.batch.folder import SKIPPED_NAME


def rows(out: Path) -> list[tuple[str, str]]:
    path = out / SKIPPED_NAME
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(Path(r["path"]).name, r["reason"]) for r in map(json.loads, lines)]


def letters_in_table(out: Path) -> int:
    with (out / "letters.csv").open(encoding="utf-8-sig", newline="") as fh:
        return sum(1 for _ in csv.reader(fh)) - 1  # a text cell spans lines


def test_a_rerun_does_not_list_the_tables(tmp_path: Path) -> None:
    shelf = tmp_path / "shelf"
    write_letters(shelf, ["a.txt", "b.txt"])
    out = shelf / "tables"
    run("extract", str(shelf), "--format", "csv", "-o", str(out), "-j", "1")
    code, _, stderr = run("extract", str(shelf), "--format", "csv", "-o", str(out), "-j", "1")
    assert code == 0
    assert rows(out) == []
    assert "no letter format" not in flat(stderr)
    assert letters_in_table(out) == 2


def test_a_letter_put_among_the_tables_is_listed_not_read(tmp_path: Path) -> None:
    shelf = tmp_path / "shelf"
    write_letters(shelf, ["a.txt"])
    out = shelf / "tables"
    run("extract", str(shelf), "--format", "csv", "-o", str(out), "-j", "1")
    write_letters(out, ["stray.txt"], seed=4)
    code, _, stderr = run("extract", str(shelf), "--format", "csv", "-o", str(out), "-j", "1")
    assert code == 0
    assert rows(out) == [("stray.txt", "output-folder")]
    assert letters_in_table(out) == 1
    assert "1 file passed over" in flat(stderr)


def test_a_tables_folder_outside_the_input_is_untouched_by_the_walk(tmp_path: Path) -> None:
    shelf = tmp_path / "shelf"
    write_letters(shelf, ["a.txt", "b.txt"])
    out = tmp_path / "tables"
    code, _, _ = run("extract", str(shelf), "--format", "csv", "-o", str(out), "-j", "1")
    assert code == 0
    assert rows(out) == []
    assert letters_in_table(out) == 2
