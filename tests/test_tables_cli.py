"""``replyparse extract --format sqlite|csv`` through the real command line: the archive
and the CSV folder, resuming, failures, and what is refused."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from helpers import SAMPLES, copy_samples, flat, run
from replyparse.batch.folder import OutputLock
from replyparse.tables.schema import TABLE_NAMES, table
from summary import summary_count


@pytest.fixture
def archive_in(tmp_path: Path) -> Path:
    """A copy of the samples, to change between runs."""
    return copy_samples(tmp_path / "in", 6)


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return db.execute(sql).fetchall()


def test_sqlite_archive_of_the_samples(archive_in: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    code, stdout, stderr = run("extract", str(archive_in), "--format", "sqlite", "-o", str(db))
    assert (code, stdout) == (0, ""), stderr
    names = [r[0] for r in query(db, "SELECT name FROM letters ORDER BY id")]
    assert names == [p.stem for p in SAMPLES[:6]]  # named as -o DIR would name the records
    assert query(db, "SELECT status, count(*) FROM files GROUP BY status") == [("ok", 6)]
    amounts = query(db, "SELECT sum(n_amounts) FROM letters")[0][0]
    assert query(db, "SELECT count(*) FROM amounts")[0][0] == amounts
    assert not (tmp_path / "archive.errors.jsonl").exists()


def test_a_rerun_skips_what_is_unchanged_and_replaces_a_changed_letter(
    archive_in: Path, tmp_path: Path
) -> None:
    db = tmp_path / "archive.db"
    run("extract", str(archive_in), "--format", "sqlite", "-o", str(db))
    before = query(db, "SELECT id, name, sha256 FROM letters ORDER BY id")
    code, _, stderr = run("extract", str(archive_in), "--format", "sqlite", "-o", str(db))
    assert code == 0
    assert summary_count(stderr, "unchanged since the last run") == 6
    assert query(db, "SELECT id, name, sha256 FROM letters ORDER BY id") == before

    changed = archive_in / SAMPLES[2].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\n附件：无\n", encoding="utf-8")
    code, _, stderr = run("extract", str(archive_in), "--format", "sqlite", "-o", str(db))
    assert code == 0
    assert summary_count(stderr, "unchanged since the last run") == 5
    after = query(db, "SELECT id, name, sha256 FROM letters ORDER BY id")
    assert [r[:2] for r in after] == [r[:2] for r in before]  # same ids, same names
    assert [r[2] == b[2] for r, b in zip(after, before, strict=True)] == [
        True, True, False, True, True, True
    ]  # fmt: skip
    assert query(db, "PRAGMA foreign_key_check") == []


def test_a_database_another_run_writes_is_told_to_try_again_later(
    archive_in: Path, tmp_path: Path
) -> None:
    """Two runs into one database would interleave their manifests and ids: the second
    is refused with exit 75 (as for an output folder), naming the database and the run
    that holds it, and the archive is left as it was."""
    db = tmp_path / "archive.db"
    assert run("extract", str(archive_in / "s01_zhengxie_weiyuan.txt"), "-o", str(db))[0] == 0
    before = db.read_bytes()
    holder = OutputLock.database(db)
    holder.acquire()
    try:
        code, stdout, stderr = run("extract", str(archive_in), "-o", str(db))
    finally:
        holder.release()
    assert (code, stdout) == (75, "")
    assert stderr.startswith(f"error: {db} is in use by another replyparse run (pid {os.getpid()} ")
    assert stderr.endswith("UTC): try again when it has finished\n")
    assert db.read_bytes() == before
    assert (tmp_path / "archive.db.lock").read_bytes() == b""  # released: names no one
    code, _, _ = run("extract", str(archive_in), "-o", str(db), "-q")
    assert code == 0
    assert query(db, "SELECT count(*) FROM letters") == [(6,)]
    assert not (tmp_path / "archive.db.lock").exists()  # the run's own, taken away at its end


def test_the_lock_file_is_taken_away_and_a_run_holding_it_still_found(tmp_path: Path) -> None:
    """A run ends by removing ``archive.db.lock`` (it lay beside the user's database after
    every run, cli71); a second run that opened the file just before is not let in by it:
    once it holds the lock it finds the name is no longer its file, opens the one a third
    run has made and locked since, and is refused."""
    from replyparse.batch.folder import OutputLocked

    db = tmp_path / "archive.db"
    first = OutputLock.database(db)
    first.acquire()
    early = os.open(first.path, os.O_RDWR)  # the second run's open, before the first ends
    first.finish()
    assert not first.path.exists()
    third = OutputLock.database(db)
    third.acquire()  # (makes the file anew)
    second = OutputLock.database(db)
    opened = iter([(early, False)])
    second._open = lambda: next(opened, None) or OutputLock._open(second)  # type: ignore[method-assign]
    try:
        with pytest.raises(OutputLocked):
            second.acquire()
    finally:
        third.finish()
    assert not third.path.exists()


def test_force_and_no_text_parse_again(archive_in: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    run("extract", str(archive_in), "--format", "sqlite", "-o", str(db))
    assert query(db, "SELECT count(*) FROM letters WHERE text IS NULL") == [(0,)]
    code, _, stderr = run(
        "extract", str(archive_in), "--format", "sqlite", "-o", str(db), "--no-text"
    )
    assert code == 0  # other settings: parsed again
    assert summary_count(stderr, "unchanged since the last run") == 0
    assert query(db, "SELECT count(*) FROM letters WHERE text IS NULL") == [(6,)]
    code, _, stderr = run(
        "extract", str(archive_in), "--format", "sqlite", "-o", str(db), "--no-text", "--force"
    )
    assert code == 0 and "6 to parse" in flat(stderr)


def test_failures_are_kept_in_the_archive_and_listed_beside_it(
    archive_in: Path, tmp_path: Path
) -> None:
    db = tmp_path / "archive.db"
    bad = archive_in / "zz_empty.txt"
    bad.write_bytes(b"")
    code, _, stderr = run("extract", str(archive_in), "--format", "sqlite", "-o", str(db))
    assert code == 1
    assert "zz_empty.txt" in stderr
    assert query(db, "SELECT count(*) FROM letters") == [(6,)]
    assert query(db, "SELECT status, stage FROM files WHERE source LIKE '%zz_empty.txt'") == [
        ("failed", "read")
    ]
    errors = tmp_path / "archive.errors.jsonl"
    listed = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(e["source"], e["stage"]) for e in listed] == [(str(bad), "read")]

    shutil.copy(SAMPLES[7], bad)  # fixed: the rerun parses it, and nothing fails any more
    code, _, stderr = run("extract", str(archive_in), "--format", "sqlite", "-o", str(db))
    assert code == 0
    assert summary_count(stderr, "unchanged since the last run") == 6
    assert query(db, "SELECT count(*) FROM letters") == [(7,)]
    assert not errors.exists()


def test_csv_folder_holds_the_same_tables_as_the_archive(archive_in: Path, tmp_path: Path) -> None:
    db, folder = tmp_path / "archive.db", tmp_path / "tables"
    assert run("extract", str(archive_in), "--format", "sqlite", "-o", str(db))[0] == 0
    code, stdout, stderr = run("extract", str(archive_in), "--format", "csv", "-o", str(folder))
    assert (code, stdout) == (0, ""), stderr
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == sorted(
        f"{name}.csv" for name in TABLE_NAMES
    )
    for name in TABLE_NAMES:
        with open(folder / f"{name}.csv", encoding="utf-8-sig", newline="") as fh:
            header, *rows = list(csv.reader(fh))
        assert tuple(header) == table(name).column_names
        order = "id" if name == "letters" else "letter_id, ordinal"
        expected = [
            ["" if v is None else str(v) for v in row]
            for row in query(db, f'SELECT * FROM "{name}" ORDER BY {order}')
        ]
        assert rows == expected, name


def test_csv_lists_failures_in_the_folder(archive_in: Path, tmp_path: Path) -> None:
    (archive_in / "zz_empty.txt").write_bytes(b"")
    folder = tmp_path / "tables"
    code, _, _ = run("extract", str(archive_in), "--format", "csv", "-o", str(folder))
    assert code == 1
    listed = (folder / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["stage"] for x in listed] == ["read"]
    with open(folder / "letters.csv", encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == 1 + 6


REFUSED = [
    pytest.param(["--format", "sqlite"], "writes a database file", id="sqlite-to-standard-output"),
    pytest.param(
        ["--format", "csv", "-o", "-"], "writes a folder of tables", id="csv-to-standard-output"
    ),
    pytest.param(
        ["--format", "sqlite", "-o", "{folder}"], "is a folder", id="sqlite-into-a-folder"
    ),
    pytest.param(
        ["--format", "csv", "-o", "{text}"],
        "replyparse writes no .txt file",
        id="csv-into-a-file",
    ),
    pytest.param(
        ["--format", "sqlite", "-o", "{text}"],
        "not a SQLite database",
        id="sqlite-over-a-text-file",
    ),
    pytest.param(
        ["--format", "sqlite", "-o", "{other_db}"],
        "not a replyparse archive",
        id="sqlite-over-another-database",
    ),
]


@pytest.mark.parametrize(("args", "message"), REFUSED)
def test_outputs_that_cannot_work_are_usage_errors(
    archive_in: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("my own notes\n" * 50, encoding="utf-8")
    other_db = tmp_path / "birds.db"
    with contextlib.closing(sqlite3.connect(other_db)) as db:
        db.execute("CREATE TABLE birds (name TEXT)")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    places = {"folder": str(folder), "text": str(text), "other_db": str(other_db)}
    before = sorted(tmp_path.rglob("*"))
    code, stdout, stderr = run("extract", str(archive_in), *[a.format(**places) for a in args])
    assert (code, stdout) == (2, "")
    assert message in flat(stderr)
    assert text.read_text(encoding="utf-8") == "my own notes\n" * 50
    assert query(other_db, "SELECT name FROM sqlite_master") == [("birds",)]
    assert sorted(tmp_path.rglob("*")) == before  # no lock file left beside it either


def test_standard_input_into_an_archive_is_parsed_every_time(tmp_path: Path) -> None:
    """A letter from standard input has no file to compare: never skipped as unchanged
    (replacing it takes its name given: see test_batch_state.py)."""
    db = tmp_path / "archive.db"
    for sample in SAMPLES[:2]:
        args = ("extract", "-", "-q", "-o", str(db), "--stdin-name", "stdin")
        code, stdout, stderr = run(*args, stdin=sample.read_bytes())
        assert code == 0, stdout + stderr
        (issuer,) = query(db, "SELECT issuer FROM letters WHERE name = 'stdin'")[0]
        expected = json.loads(sample.with_suffix(".expected.json").read_text(encoding="utf-8"))
        assert issuer == expected["issuer"]


def test_csv_tables_never_replace_a_users_own_file(archive_in: Path, tmp_path: Path) -> None:
    """``--format csv -o tab/`` replaced the user's own ``tab/letters.csv``: refused, the
    file named, nothing written; tables replyparse wrote there before are replaced."""
    folder = tmp_path / "tab"
    folder.mkdir()
    own = "\ufeffid,name\r\n1,a list of my own\r\n".encode()
    (folder / "letters.csv").write_bytes(own)
    code, stdout, stderr = run("extract", str(archive_in), "--format", "csv", "-o", str(folder))
    assert (code, stdout) == (2, "")
    assert (
        f"{folder / 'letters.csv'} is there, a file replyparse did not write: not replaced"
    ) in flat(stderr)
    assert (folder / "letters.csv").read_bytes() == own
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == ["letters.csv"]

    (folder / "letters.csv").unlink()
    assert run("extract", str(archive_in), "--format", "csv", "-o", str(folder))[0] == 0
    (archive_in / "zz_more.txt").write_bytes(SAMPLES[0].read_bytes())
    code, _, stderr = run("extract", str(archive_in), "--format", "csv", "-o", str(folder))
    assert code == 0, stderr
    with open(folder / "letters.csv", encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == 1 + 7
