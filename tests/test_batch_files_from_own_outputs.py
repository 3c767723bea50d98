"""A path ``--files-from`` lists that is one of the run's own outputs is passed over with a
note, as the folder walk passes it over, never read and failed as no letter. A list
made by ``find IN -type f`` names everything an earlier run left in an output folder
inside IN (records, reports, the manifest, the lock, the errors and skipped lists) and
the run's output files there (a JSON Lines file, a database and its lock); before, each
was taken as if named, so every rerun failed on its own outputs ("a review report made
by replyparse", "not a letter"). A user's file in the output folder is listed as
``output-folder``, as the walk lists it; a letter listed outside the outputs is read."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from helpers import flat, run, write_letters


def listing(root: Path) -> str:
    """What ``find ROOT -type f`` prints, one path a line."""
    paths = sorted(Path(d, f) for d, _, files in os.walk(root) for f in files)
    return "".join(f"{p}\n" for p in paths)


def skipped(path: Path) -> list[tuple[str, str]]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(Path(r["path"]).name, r["reason"]) for r in map(json.loads, lines)]


@pytest.mark.parametrize(
    "fmt",
    [pytest.param("json", id="records"), pytest.param("docx", id="reports")],
)
def test_a_rerun_passes_over_the_output_folder_it_lists(tmp_path: Path, fmt: str) -> None:
    shelf = tmp_path / "in"
    write_letters(shelf, ["one.txt", "sub/two.txt"])
    out = shelf / "sub" / "rep" / "r2"
    args = ("extract", "--files-from", "-", "--format", fmt, "-o", f"{out}/", "-j", "1")
    code, _, stderr = run(*args, stdin=listing(shelf))
    assert code == 0, stderr
    for _ in range(2):
        code, _, stderr = run(*args, "--force", stdin=listing(shelf))
        assert code == 0, stderr
        text = flat(stderr)
        assert "not a letter" not in text and "review report" not in text
        assert f"listed paths lie in the output folder {out}, so they are not read" in text
        assert "this run's own output" in text
        assert not (out / "errors.jsonl").exists()
        assert skipped(out / "skipped.jsonl") == []


def test_a_users_file_in_the_output_folder_is_listed_not_read(tmp_path: Path) -> None:
    shelf = tmp_path / "in"
    write_letters(shelf, ["one.txt"])
    out = shelf / "out"
    args = ("extract", "--files-from", "-", "-o", f"{out}/", "-j", "1")
    run(*args, stdin=listing(shelf))
    write_letters(out, ["copied.txt"])  # a letter put among the records by hand
    code, _, stderr = run(*args, stdin=listing(shelf))
    assert code == 0, stderr
    assert skipped(out / "skipped.jsonl") == [("copied.txt", "output-folder")]
    text = flat(stderr)
    assert "1 other file passed over (to read one, move it out" in text


@pytest.mark.parametrize("name", ["all.jsonl", "x.db"])
def test_the_runs_output_file_listed_is_passed_over(tmp_path: Path, name: str) -> None:
    shelf = tmp_path / "in"
    write_letters(shelf, ["one.txt", "two.txt"])
    (shelf / "broken.pdf").write_bytes(b"no pdf here")  # fails, so an errors list is kept
    args = ("extract", "--files-from", "-", "-o", str(shelf / name), "-j", "1", "--force")
    run(*args, stdin=listing(shelf))
    stem = name.split(".")[0]
    assert (shelf / f"{stem}.errors.jsonl").exists()
    code, _, stderr = run(*args, stdin=listing(shelf))
    assert code == 1  # the broken letter still fails, and only it
    errors = (shelf / f"{stem}.errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [Path(json.loads(line)["source"]).name for line in errors] == ["broken.pdf"]
    text = flat(stderr)
    assert "this run's own output, not read" in text
    assert f"{stem}.errors.jsonl" in text


def test_an_errors_list_with_a_letters_name_listed(tmp_path: Path) -> None:
    shelf = tmp_path / "in"
    write_letters(shelf, ["one.txt"])
    (shelf / "broken.pdf").write_bytes(b"no pdf here")
    args = ("extract", "--files-from", "-", "-o", str(tmp_path / "out") + "/", "-j", "1")
    args += ("--errors", str(shelf / "failed.txt"), "--force")
    run(*args, stdin=listing(shelf))
    code, _, _ = run(*args, stdin=listing(shelf))
    assert code == 1
    lines = (shelf / "failed.txt").read_text(encoding="utf-8").splitlines()
    assert [Path(json.loads(line)["source"]).name for line in lines] == ["broken.pdf"]


# must not match: what is not this run's output is read as listed


def test_listed_letters_outside_the_outputs_are_read(tmp_path: Path) -> None:
    shelf = tmp_path / "in"
    write_letters(shelf, ["one.txt", "sub/two.txt"])
    out = tmp_path / "elsewhere"
    code, _, stderr = run(
        "extract", "--files-from", "-", "-o", f"{out}/", "-j", "1", stdin=listing(shelf)
    )
    assert code == 0, stderr
    assert "listed path" not in flat(stderr)
    assert len(list(out.rglob("*.json"))) == 2


def test_a_letter_named_as_the_errors_list_is_read(tmp_path: Path) -> None:
    shelf = tmp_path / "in"
    write_letters(shelf, ["one.txt", "failed.txt"])  # a letter, not a list of failures
    args = ("extract", "--files-from", "-", "-o", str(tmp_path / "out") + "/", "-j", "1")
    code, _, stderr = run(*args, "--errors", str(shelf / "failed.txt"), stdin=listing(shelf))
    assert code == 2  # read as a letter, so the run refuses to overwrite it
    assert "this run's own output" not in flat(stderr)


def test_the_csv_tables_listed_are_passed_over(tmp_path: Path) -> None:
    shelf = tmp_path / "in"
    write_letters(shelf, ["one.txt", "two.txt"])
    tables = shelf / "tables"
    args = ("extract", "--files-from", "-", "--format", "csv", "-o", f"{tables}/", "-j", "1")
    run(*args, stdin=listing(shelf))
    assert (tables / "letters.csv").exists()
    code, _, stderr = run(*args, stdin=listing(shelf))
    assert code == 0, stderr
    assert "not a letter" not in flat(stderr)
    assert f"lie in the output folder {tables}, so they are not read" in flat(stderr)


def test_a_skipped_list_named_inside_the_input_is_passed_over(tmp_path: Path) -> None:
    shelf = tmp_path / "in"
    write_letters(shelf, ["one.txt"])
    (shelf / "scan.jpg").write_bytes(b"\xff\xd8")  # met by the walk of the folder named
    args = ("extract", str(shelf), "--files-from", "-", "-o", str(tmp_path / "out") + "/")
    args += ("-j", "1", "--skipped", str(shelf / "skipped.jsonl"), "--force")
    listed = f"{shelf / 'one.txt'}\n{shelf / 'skipped.jsonl'}\n"
    run(*args, stdin=listed)
    assert (shelf / "skipped.jsonl").exists()
    code, _, stderr = run(*args, stdin=listed)
    assert code == 0, stderr
    assert "1 listed path is this run's own output, not read" in flat(stderr)
    assert skipped(shelf / "skipped.jsonl") == [("scan.jpg", "no-letter-format")]
