"""An output folder inside the input folder: not walked (its records are no letters),
but never silent. The files a user put there are listed in skipped.jsonl as
``output-folder``, counted in the summary, and told in one note; the files replyparse
keeps there itself (records its manifest names, errors.jsonl, skipped.jsonl, its own dot files)
are not listed."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import flat, run, write_letters
from replyparse.batch.folder import SKIPPED_NAME
from replyparse.discover import discover
from summary import summary_count

NOTE = "lies inside an input, so its files are not read"


def skipped(out: Path) -> list[dict[str, str]]:
    path = out / SKIPPED_NAME
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_letters_already_in_a_nested_output_folder_are_listed_counted_and_noted(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "archive"
    write_letters(archive, ["a.txt", "b.txt", "c.txt"])
    out = archive / "nested"
    write_letters(out, ["kept.txt", "deeper/old.txt"], seed=5)
    (out / "scan.jpg").write_bytes(b"\xff\xd8")
    code, _, stderr = run("extract", str(archive), "-o", str(out), "-j", "1")
    assert code == 0  # skipped on purpose is no failure, as for every other skip
    rows = skipped(out)
    assert [(r["path"], r["reason"]) for r in rows] == [
        (str(out / "deeper" / "old.txt"), "output-folder"),
        (str(out / "kept.txt"), "output-folder"),
        (str(out / "scan.jpg"), "output-folder"),
    ]
    assert {r["detail"] for r in rows} == {"inside the output folder; not read"}
    assert {r["kind"] for r in rows} == {"file"}
    text = flat(stderr)
    assert summary_count(stderr, "files found") == 6
    assert summary_count(stderr, "skipped: inside the output folder") == 3
    assert summary_count(stderr, "parsed") == 3
    assert text.count(NOTE) == 1
    assert f"output folder {out} {NOTE}: 3 files passed over" in text
    assert "move it out of the output folder or name it as an input" in text


def test_a_rerun_does_not_list_what_replyparse_wrote_there(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    write_letters(archive, ["a.txt", "2021/b.txt"])
    out = archive / "out"
    write_letters(out, ["mine.txt"], seed=7)
    run("extract", str(archive), "-o", str(out), "-j", "1")
    code, _, stderr = run("extract", str(archive), "-o", str(out), "-j", "1", "--force")
    assert code == 0
    # records (out/a.json, out/2021/b.json), skipped.jsonl, the manifest and lock: unlisted
    assert [r["path"] for r in skipped(out)] == [str(out / "mine.txt")]
    assert f"output folder {out} {NOTE}: 1 file passed over" in flat(stderr)


def test_review_reports_in_a_nested_output_are_ours_but_a_users_docx_is_not(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "archive"
    write_letters(archive, ["a.txt"])
    out = archive / "reports"
    args = ("extract", str(archive), "-o", str(out), "--format", "docx", "-j", "1")
    code, _, _ = run(*args)
    assert code == 0
    assert (out / "a.docx").exists()
    assert skipped(out) == []
    (out / "b.docx").write_bytes(b"PK\x03\x04 not a real document")
    code, _, stderr = run(*args)
    assert code == 0
    assert [r["path"] for r in skipped(out)] == [str(out / "b.docx")]
    assert NOTE in flat(stderr)


# --- must not match ----------------------------------------------------------------


def test_an_output_folder_outside_the_input_gives_no_note(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    out = tmp_path / "out"
    write_letters(out, ["stray.txt"], seed=9)  # not under the input: nothing to say
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(out), "-j", "1")
    assert code == 0
    assert NOTE not in flat(stderr)
    assert skipped(out) == []
    assert summary_count(stderr, "files found") == 2


def test_an_empty_nested_output_folder_gives_no_note(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    write_letters(archive, ["a.txt", "b.txt"])
    out = archive / "out"
    code, _, stderr = run("extract", str(archive), "-o", str(out), "-j", "1")
    assert code == 0
    assert NOTE not in flat(stderr)
    assert skipped(out) == []
    code, _, stderr = run("extract", str(archive), "-o", str(out), "-j", "1", "--force")
    assert code == 0
    assert NOTE not in flat(stderr)  # its own records and lists are no news
    assert skipped(out) == []


def test_a_walk_without_an_output_folder_lists_no_output_folder(tmp_path: Path) -> None:
    write_letters(tmp_path / "a" / "nested", ["x.txt"])
    found = discover([str(tmp_path / "a")], suffixes=(".txt",))
    assert [f.rel for f in found.files] == ["nested/x.txt"]
    assert found.skipped == [] and found.output_notes == []
