"""An output folder inside an input named through a symbolic link (or a parent spelled
another way than ``-o``): the walk meets the output folder under another path than the
one the run writes to, and must still know replyparse's own files there (the records
its manifest names, errors.jsonl, skipped.jsonl) by their place in the folder, never
listing them as files a user put there."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import flat, run, write_letters
from replyparse.batch.folder import SKIPPED_NAME

NOTE = "lies inside an input, so its files are not read"


def listed(out: Path) -> list[str]:
    path = out / SKIPPED_NAME
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [Path(r["path"]).name for r in rows if r["reason"] == "output-folder"]


def test_own_records_are_not_listed_when_the_input_is_named_through_a_link(
    tmp_path: Path,
) -> None:
    shelf = tmp_path / "shelf"
    write_letters(shelf, ["a.txt", "2022/b.txt"])
    out = shelf / "records"
    link = tmp_path / "shortcut"
    link.symlink_to(shelf, target_is_directory=True)
    code, _, _ = run("extract", str(link), "-o", str(out), "-j", "1")
    assert code == 0
    code, _, stderr = run("extract", str(link), "-o", str(out), "-j", "1", "--force")
    assert code == 0
    assert listed(out) == []
    assert NOTE not in flat(stderr)


def test_a_users_file_is_still_listed_through_the_link(tmp_path: Path) -> None:
    shelf = tmp_path / "shelf"
    write_letters(shelf, ["a.txt"])
    out = shelf / "records"
    link = tmp_path / "shortcut"
    link.symlink_to(shelf, target_is_directory=True)
    run("extract", str(link), "-o", str(out), "-j", "1")
    write_letters(out, ["put-here.txt"], seed=3)
    code, _, stderr = run("extract", str(link), "-o", str(out), "-j", "1", "--force")
    assert code == 0
    assert listed(out) == ["put-here.txt"]
    assert f"{NOTE}: 1 file passed over" in flat(stderr)


def test_own_lists_at_a_given_path_inside_the_folder_are_known(tmp_path: Path) -> None:
    shelf = tmp_path / "shelf"
    write_letters(shelf, ["a.txt"])
    out = shelf / "records"
    link = tmp_path / "shortcut"
    link.symlink_to(shelf, target_is_directory=True)
    args = ["--skipped", str(out / "lists" / "left.jsonl"), "-j", "1"]
    run("extract", str(link), "-o", str(out), *args)
    code, _, stderr = run("extract", str(link), "-o", str(out), *args, "--force")
    assert code == 0
    assert NOTE not in flat(stderr)
