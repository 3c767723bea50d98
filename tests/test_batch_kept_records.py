"""The record an output held of a letter that fails on a rerun: kept when the letter is
unchanged since it was made (the same bytes), removed when not, in every output alike:
the one letter's file (``-o a.json``, ``-o a.docx``) as the folder, the database, the
JSON Lines file and the CSV tables. A record kept is seen in the summary, its warnings
in rows of their own; a JSON Lines file finds it from another working folder too."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from helpers import flat, run


def _letter(salutation: str, number: str) -> str:
    return (
        f"乙河市园林局\n{number}\n关于增设街心公园座椅建议的答复\n{salutation}\n"
        "  您提出的关于增设公园座椅的建议收悉，现答复如下。\n"
        "  一、今年秋季在甲山路街心公园增设座椅十处。\n  二、明年视使用情况再作安排。\n"
        "  感谢您对园林工作的关心和支持。\n乙河市园林局\n2022年9月8日\n"
    )


TIDY = _letter("李小明代表：", "乙园函〔2022〕12号")
COLON = _letter("王某代表:", "乙园函〔2022〕13号")  # salutation-colon
BOTH = _letter("赵某委员:", "乙园函[2022]14号")  # salutation-colon, doc-number-format

# --- one letter's file: -o a.json, -o a.docx -------------------------------------------

ONE_FILE = [
    pytest.param("one.json", "record", id="json"),
    pytest.param("one.docx", "report", id="docx"),
]


def _one(tmp_path: Path, name: str) -> tuple[Path, Path, tuple[str, ...]]:
    letter = tmp_path / "a.txt"
    letter.write_text(COLON, encoding="utf-8")
    out = tmp_path / name
    args = ("extract", str(letter), "-o", str(out), "--no-keywords")
    assert run(*args, "-q")[0] == 0
    return letter, out, args


@pytest.mark.parametrize(("name", "what"), ONE_FILE)
def test_one_file_keeps_the_record_of_a_letter_failing_unchanged(
    tmp_path: Path, name: str, what: str
) -> None:
    letter, out, args = _one(tmp_path, name)
    before = out.read_bytes()
    st = letter.stat()
    os.utime(letter, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # touched, the same bytes
    code, _, stderr = run(*args, "--max-chars", "10")
    assert code == 1
    assert out.read_bytes() == before
    told = flat(stderr)
    assert (
        f"note: {letter} failed, but it is unchanged since its {what} in {out} was made: "
        f"the {what} is kept"
    ) in told
    assert (
        f"replyparse: 1 file failed; {out} keeps its earlier {what} (the file is unchanged "
        "since it was made)"
    ) in told
    assert "nothing written" not in told


@pytest.mark.parametrize(("name", "what"), ONE_FILE)
def test_one_file_loses_the_record_of_a_letter_failing_changed(
    tmp_path: Path, name: str, what: str
) -> None:
    """The file holds what the last run made, as a JSON Lines file does: a record of
    other bytes than the letter's now would pass for its record (before, it stayed, and
    the summary said ``nothing written``)."""
    letter, out, args = _one(tmp_path, name)
    letter.write_text(COLON + "\n补充说明。\n", encoding="utf-8")
    code, _, stderr = run(*args, "--max-chars", "10")
    assert code == 1
    assert not out.exists()
    told = flat(stderr)
    assert (
        f"note: {letter} now fails: the earlier {what} in {out} was removed (it was not made "
        "from the file as it is now)"
    ) in told
    assert (
        f"replyparse: 1 file failed; {out} was removed: its {what} was not made from the "
        "file as it is now"
    ) in told


def test_one_file_loses_the_record_of_another_letter(tmp_path: Path) -> None:
    """``-o one.json`` reused for another letter, which fails: the first letter's record
    does not stay to be read as the second's."""
    _, out, _ = _one(tmp_path, "one.json")
    other = tmp_path / "b.txt"
    other.write_text(BOTH, encoding="utf-8")
    code, _, stderr = run("extract", str(other), "-o", str(out), "--max-chars", "10")
    assert code == 1
    assert not out.exists()
    assert f"{out} was removed" in flat(stderr)


def test_one_file_of_the_users_is_left_when_the_letter_fails(tmp_path: Path) -> None:
    letter = tmp_path / "a.txt"
    letter.write_text(COLON, encoding="utf-8")
    mine = tmp_path / "one.json"
    mine.write_text('{"mine": true}\n', encoding="utf-8")
    code, _, stderr = run(
        "extract", str(letter), "-o", str(mine), "--overwrite", "--max-chars", "10"
    )
    assert code == 1
    assert mine.read_text(encoding="utf-8") == '{"mine": true}\n'
    assert f"replyparse: 1 file failed, nothing written to {mine}" in flat(stderr)


def test_one_file_record_kept_names_the_letter_as_this_run_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TIDY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    assert run("extract", "in/a.txt", "-o", "one.json", "-q", "--no-keywords")[0] == 0
    monkeypatch.chdir(tmp_path / "sub")
    assert run("extract", "../in/a.txt", "-o", "../one.json", "--max-chars", "10")[0] == 1
    record = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert record["source"]["path"] == "../in/a.txt"


# --- a record kept: its warnings in the summary ------------------------------------------

KINDS = ["OUT/", "a.db", "all.jsonl", "tables/"]


def _rows(stderr: str) -> dict[str, int]:
    return {
        m[1]: int(m[2])
        for m in re.finditer(r"warning ([a-z-]+(?: \(records kept\))?) (\d+)", flat(stderr))
    }


def _shelf(tmp_path: Path) -> Path:
    shelf = tmp_path / "IN"
    shelf.mkdir()
    for name, text in (("a.txt", COLON), ("b.txt", TIDY), ("c.txt", BOTH)):
        (shelf / name).write_text(text, encoding="utf-8")
    return shelf


@pytest.mark.parametrize("out", KINDS)
def test_the_warnings_of_records_kept_are_rows_of_their_own(tmp_path: Path, out: str) -> None:
    """Every letter fails, unchanged: each keeps its record, and the summary shows the
    warnings those records hold, marked as kept (before, no row: only the manifest
    had them)."""
    args = ["extract", str(_shelf(tmp_path)), "-o", str(tmp_path / out), "--no-keywords"]
    if out == "tables/":
        args += ["--format", "csv"]
    code, _, stderr = run(*args)
    assert code == 0
    made = _rows(stderr)
    assert made == {"salutation-colon": 2, "doc-number-format": 1}
    code, _, stderr = run(*args, "--force", "--max-chars", "10")
    assert code == 1
    assert _rows(stderr) == {f"{code} (records kept)": n for code, n in made.items()}


@pytest.mark.parametrize("out", ["OUT/", "a.db"])
def test_records_kept_and_passed_over_still_show_their_warnings(tmp_path: Path, out: str) -> None:
    """--skip-failed passes over the files whose records were kept: the records stay,
    and so do their warning rows."""
    shelf = _shelf(tmp_path)
    args = ["extract", str(shelf), "-o", str(tmp_path / out), "--no-keywords"]
    assert run(*args, "-q")[0] == 0
    assert run(*args, "--force", "--max-chars", "10", "-q")[0] == 1
    (shelf / "d.txt").write_text(TIDY.replace("12号", "15号"), encoding="utf-8")  # (a table)
    code, _, stderr = run(*args, "--skip-failed")
    assert code == 1
    assert _rows(stderr) == {
        "salutation-colon (records kept)": 2,
        "doc-number-format (records kept)": 1,
    }


# --- JSON Lines from another working folder ----------------------------------------------


def test_json_lines_keeps_records_from_another_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The records' ``source.path`` is relative (``IN/a.txt``); a rerun from ``sub/``
    names them ``../IN/a.txt``: they are found by the path under the input and the bytes,
    kept, and name the letters as this run does (before, every one was dropped)."""
    _shelf(tmp_path)
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    assert run("extract", "IN", "-o", "all.jsonl", "-q", "--no-keywords")[0] == 0
    monkeypatch.chdir(tmp_path / "sub")
    code, _, stderr = run("extract", "../IN", "-o", "../all.jsonl", "--max-chars", "10")
    assert code == 1
    assert "earlier outputs kept (failing, file unchanged) 3" in flat(stderr)
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    paths = [json.loads(line)["source"]["path"] for line in lines]
    assert paths == ["../IN/a.txt", "../IN/b.txt", "../IN/c.txt"]


def test_json_lines_keeps_no_record_of_a_letter_changed_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the path under the input, a line is kept only when made of the same bytes."""
    shelf = _shelf(tmp_path)
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    assert run("extract", "IN", "-o", "all.jsonl", "-q", "--no-keywords")[0] == 0
    (shelf / "b.txt").write_text(TIDY + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "sub")
    assert run("extract", "../IN", "-o", "../all.jsonl", "--max-chars", "10", "-q")[0] == 1
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == ["../IN/a.txt", "../IN/c.txt"]
