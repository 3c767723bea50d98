"""A run's own errors and skipped lists named with a letter's suffix inside an input
(``extract IN -o OUT --errors IN/failed.txt --skipped IN/passed.txt``, ``validate IN
--skipped IN/passed.txt``): the first run writes them, and every later run (the resume)
passes them over as the run's own, as it does a ``.jsonl`` list there. Before, the next
run read them as letters and refused itself (``--errors: IN/failed.txt is also an
input``). A list is known as the run's by what it holds, JSON lines of the keys a run
writes: a letter given that name is still read, and the run still refuses to overwrite it."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import flat, run, write_letters


def _shelf(tmp_path: Path) -> Path:
    shelf = tmp_path / "IN"
    write_letters(shelf, ["a.txt", "sub/b.txt"])
    (shelf / "note.txt").write_text("周末去湖边走走，记得带伞。\n", encoding="utf-8")  # fails
    (shelf / "scan.jpg").write_bytes(b"\xff\xd8")  # skipped
    return shelf


def test_extract_resumes_with_its_lists_in_the_input(tmp_path: Path) -> None:
    shelf = _shelf(tmp_path)
    errors, skipped = shelf / "failed.txt", shelf / "passed.txt"
    args = ("extract", str(shelf), "-o", str(tmp_path / "OUT"), "-j", "1")
    args += ("--errors", str(errors), "--skipped", str(skipped))
    for attempt in range(3):
        code, _, stderr = run(*args)
        assert code == 1, (attempt, flat(stderr))  # note.txt fails each time, nothing else
        assert "is also an input" not in flat(stderr)
        failed = [json.loads(line)["source"] for line in errors.read_text("utf-8").splitlines()]
        assert [Path(s).name for s in failed] == ["note.txt"]
        passed = [json.loads(line) for line in skipped.read_text("utf-8").splitlines()]
        assert [(Path(p["path"]).name, p["reason"]) for p in passed] == [
            ("scan.jpg", "no-letter-format")
        ]
        assert "failed.txt: not a letter" not in flat(stderr)
    assert "4 files found" in flat(stderr)  # a, b, note, scan.jpg: no list


def test_validate_reruns_with_its_skipped_list_in_the_input(tmp_path: Path) -> None:
    shelf = _shelf(tmp_path)
    skipped = shelf / "passed.txt"
    for _ in range(2):
        code, stdout, stderr = run("validate", str(shelf), "--skipped", str(skipped), "-j", "1")
        assert "is also an input" not in flat(stderr)
        assert "passed.txt" not in stdout  # never checked as a letter
        assert "note.txt: error: not-a-letter" in stdout
        assert code == 1
        lines = skipped.read_text("utf-8").splitlines()
        assert [Path(json.loads(line)["path"]).name for line in lines] == ["scan.jpg"]


# must not match: a letter given the list's name is no list


def test_a_letter_named_as_the_errors_list_is_still_refused(tmp_path: Path) -> None:
    shelf = tmp_path / "IN"
    (letter,) = write_letters(shelf, ["a.txt"])
    before = letter.read_bytes()
    code, _, stderr = run(
        "extract", str(shelf), "-o", str(tmp_path / "OUT"), "--errors", str(letter)
    )
    assert code == 2
    assert "is also an input" in flat(stderr)
    assert letter.read_bytes() == before


def test_a_letter_holding_a_json_line_is_still_read(tmp_path: Path) -> None:
    # one JSON line of other keys among a letter's lines: still the letter's text
    shelf = tmp_path / "IN"
    (letter,) = write_letters(shelf, ["a.txt"])
    letter.write_text('{"note": 1}\n' + letter.read_text("utf-8"), encoding="utf-8")
    code, _, stderr = run(
        "extract", str(shelf), "-o", str(tmp_path / "OUT"), "--skipped", str(letter)
    )
    assert code == 2
    assert "is also an input" in flat(stderr)


def test_another_runs_list_with_a_letter_suffix_is_read(tmp_path: Path) -> None:
    # validate's list is no list of this extract run: read as any file there (and failed)
    shelf = _shelf(tmp_path)
    run("validate", str(shelf), "--skipped", str(shelf / "v.txt"), "-j", "1")
    code, _, stderr = run("extract", str(shelf), "-o", str(tmp_path / "OUT"), "-j", "1")
    assert code == 1
    assert "v.txt: not a letter" in flat(stderr)
