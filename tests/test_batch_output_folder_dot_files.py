"""A dot file or folder a user put in an output folder that lies inside an input is listed
in skipped.jsonl as the walk lists one anywhere (``hidden``; a dot folder once, not
walked), and an Office lock file as ``office-lock-file``; before, the output folder's walk
passed every dot name over unlisted, so they were the only files there skipped in
silence. The dot files replyparse keeps there itself (manifest, lock, temporary files,
all named ``.replyparse…``) stay unlisted."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import flat, run, write_letters
from replyparse.batch.folder import LOCK_NAME, SKIPPED_NAME
from replyparse.discover import OWN_DOT_PREFIX, discover
from replyparse.manifest import MANIFEST_NAME
from replyparse.writers import TMP_PREFIX


def rows(out: Path) -> list[tuple[str, str, str]]:
    path = out / SKIPPED_NAME
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(r["path"], r["kind"], r["reason"]) for r in map(json.loads, lines)]


def test_a_users_dot_files_in_a_nested_output_folder_are_listed(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    write_letters(archive, ["a.txt", "b.txt"])
    out = archive / "out"
    assert run("extract", str(archive), "-o", str(out), "-j", "1")[0] == 0
    (out / ".todo.txt").write_text("核对记录\n", encoding="utf-8")
    (out / ".backup").mkdir()
    (out / ".backup" / "a.json").write_text("{}", encoding="utf-8")
    (out / "deep").mkdir()
    (out / "deep" / ".note").write_text("x", encoding="utf-8")
    (out / "~$report.docx").write_bytes(b"x")
    (out / "mine.txt").write_text("x", encoding="utf-8")
    code, _, stderr = run("extract", str(archive), "-o", str(out), "-j", "1")
    assert code == 0
    assert rows(out) == [
        (str(out / ".backup"), "folder", "hidden"),
        (str(out / ".todo.txt"), "file", "hidden"),
        (str(out / "deep" / ".note"), "file", "hidden"),
        (str(out / "mine.txt"), "file", "output-folder"),
        (str(out / "~$report.docx"), "file", "office-lock-file"),
    ]
    # the note counts the files passed over for lying in the output folder, as before
    assert "1 file passed over" in flat(stderr)


def test_as_the_main_walk_lists_them(tmp_path: Path) -> None:
    # the same names in the input itself are listed with the same reasons
    archive = tmp_path / "archive"
    write_letters(archive, ["a.txt"])
    (archive / ".todo.txt").write_text("x", encoding="utf-8")
    (archive / ".backup").mkdir()
    (archive / "~$report.docx").write_bytes(b"x")
    found = discover([str(archive)], suffixes=(".txt", ".docx"))
    assert [(Path(s.path).name, s.folder, s.reason) for s in found.skipped] == [
        (".backup", True, "hidden"),
        (".todo.txt", False, "hidden"),
        ("~$report.docx", False, "office-lock-file"),
    ]


# must not match: what replyparse keeps there itself


def test_replyparse_own_dot_files_stay_unlisted(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    write_letters(archive, ["a.txt", "2021/b.txt"])
    out = archive / "out"
    assert run("extract", str(archive), "-o", str(out), "-j", "1")[0] == 0
    assert (out / MANIFEST_NAME).exists() and (out / LOCK_NAME).exists()
    (out / f"{TMP_PREFIX}left.part").write_bytes(b"")  # a killed run's temporary file
    (out / "2021" / f"{TMP_PREFIX}left.part").write_bytes(b"")
    code, _, stderr = run("extract", str(archive), "-o", str(out), "-j", "1", "--force")
    assert code == 0
    assert rows(out) == []
    assert "passed over" not in flat(stderr)


def test_every_own_dot_name_opens_with_the_prefix() -> None:
    for name in (MANIFEST_NAME, LOCK_NAME, TMP_PREFIX):
        assert name.startswith(OWN_DOT_PREFIX), name
