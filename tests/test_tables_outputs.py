"""The analysts' tables written out: the SQLite archive and the CSV files.

Both writers are driven directly here (open, write each letter, commit, close); the
``extract --format sqlite|csv`` tests go through the CLI.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from replyparse import parse_file
from replyparse.model import Amount, Letter, Source
from replyparse.tables import sqlite as archive_module
from replyparse.tables.csvfiles import CsvTables
from replyparse.tables.schema import TABLE_NAMES, TABLES, TABLES_VERSION, letter_rows, table
from replyparse.tables.sqlite import ArchiveError, SqliteArchive, iter_rows

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


@pytest.fixture(scope="module")
def letters() -> list[Letter]:
    return [parse_file(p) for p in SAMPLES]


@pytest.fixture
def archive(tmp_path: Path, letters: list[Letter]) -> Path:
    path = tmp_path / "archive.db"
    with SqliteArchive(path) as db:
        for letter in letters:
            db.write(letter)
        db.commit()
    return path


def connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    return db


# --- SQLite: layout --------------------------------------------------------------------------


def test_the_archive_has_one_table_per_part_with_the_described_columns(archive: Path) -> None:
    db = connect(archive)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert names == {*TABLE_NAMES, "files", "meta"}
    for t in TABLES:
        info = db.execute(f'PRAGMA table_info("{t.name}")').fetchall()
        assert tuple(r[1] for r in info) == t.column_names
        declared = {r[1]: r[2] for r in info}
        for c in t.columns:
            assert declared[c.name] == c.type.sql, (t.name, c.name)


def test_the_archive_carries_its_layout_version(archive: Path) -> None:
    db = connect(archive)
    assert db.execute("PRAGMA user_version").fetchone()[0] == TABLES_VERSION
    meta = dict(db.execute("SELECT key, value FROM meta"))
    assert meta["tables_version"] == str(TABLES_VERSION)
    assert meta["application"] == "replyparse archive"
    assert meta["record_schema_version"] == "1"


@pytest.mark.parametrize("name", TABLE_NAMES[1:])
def test_child_tables_point_to_their_letter_with_cascading_deletes(
    archive: Path, name: str
) -> None:
    db = connect(archive)
    keys = db.execute(f'PRAGMA foreign_key_list("{name}")').fetchall()
    # (id, seq, table, from, to, on_update, on_delete, match)
    to_letters = [k for k in keys if k[2] == "letters"]
    assert [(k[3], k[4], k[6]) for k in to_letters] == [("letter_id", "id", "CASCADE")]
    to_sections = sorted((k[3], k[4]) for k in keys if k[2] == "sections")
    if any(c.refers == "sections" for c in table(name).columns):
        column = "parent" if name == "sections" else "section"
        assert to_sections == sorted([("letter_id", "letter_id"), (column, "ordinal")])
    else:
        assert to_sections == []


QUERY_PLANS = [
    pytest.param(
        "SELECT * FROM amounts WHERE letter_id = 3",
        "sqlite_autoindex_amounts_1",
        id="child-by-letter",
    ),
    pytest.param(
        'SELECT * FROM "references" WHERE letter_id = 3',
        "sqlite_autoindex_references_1",
        id="references-by-letter",
    ),
    pytest.param(
        "SELECT id FROM letters WHERE issuer = '某局'", "letters_issuer", id="letters-by-issuer"
    ),
    pytest.param("SELECT id FROM letters WHERE year = 2021", "letters_year", id="letters-by-year"),
    pytest.param(
        "SELECT id FROM letters WHERE name = 'a'",
        "sqlite_autoindex_letters_1",
        id="letters-by-name",
    ),
]


@pytest.mark.parametrize(("query", "index"), QUERY_PLANS)
def test_lookups_use_an_index(archive: Path, query: str, index: str) -> None:
    plan = " ".join(r[-1] for r in connect(archive).execute(f"EXPLAIN QUERY PLAN {query}"))
    assert f"USING INDEX {index}" in plan or f"USING COVERING INDEX {index}" in plan, plan


def test_the_archive_holds_exactly_each_letters_rows(archive: Path, letters: list[Letter]) -> None:
    db = connect(archive)
    expected: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLE_NAMES}
    for letter_id, letter in enumerate(letters, start=1):
        for name, rows in letter_rows(letter, letter_id).items():
            expected[name] += rows
    for name in TABLE_NAMES:
        assert list(iter_rows(db, name)) == expected[name], name
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_once_closed_the_archive_is_one_file_in_wal_mode(archive: Path) -> None:
    assert sorted(p.name for p in archive.parent.iterdir()) == ["archive.db"]
    with contextlib.closing(connect(archive)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# --- SQLite: replacing and resuming ----------------------------------------------------------


def counts(path: Path) -> dict[str, int]:
    db = connect(path)
    return {
        name: db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in TABLE_NAMES
    }


def test_a_changed_letter_replaces_its_rows_under_the_same_id(
    archive: Path, letters: list[Letter]
) -> None:
    before = counts(archive)
    target = next(i for i, x in enumerate(letters) if len(x.amounts) >= 2)
    changed = letters[target].model_copy(update={"amounts": letters[target].amounts[:1]})
    with SqliteArchive(archive) as db:
        assert db.write(changed) == target + 1
        db.commit()
    after = counts(archive)
    assert after["letters"] == before["letters"]
    assert after["amounts"] == before["amounts"] - (len(letters[target].amounts) - 1)
    assert {k: v for k, v in after.items() if k != "amounts"} == {
        k: v for k, v in before.items() if k != "amounts"
    }
    row = connect(archive).execute("SELECT n_amounts FROM letters WHERE id = ?", (target + 1,))
    assert row.fetchone()[0] == 1
    assert connect(archive).execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_new_letter_gets_the_next_id_and_known_lists_every_name(
    archive: Path, letters: list[Letter]
) -> None:
    with SqliteArchive(archive) as db:
        assert db.write(letters[0], name="again/first") == len(letters) + 1
        known = db.known()
    assert len(known) == len(letters) + 1
    assert known["again/first"] == known[str(SAMPLES[0])]
    assert known["again/first"] == letters[0].source.sha256  # type: ignore[union-attr]


def test_removing_a_letter_removes_all_its_rows(archive: Path, letters: list[Letter]) -> None:
    with SqliteArchive(archive) as db:
        assert db.remove(str(SAMPLES[0])) is True
        assert db.remove("no/such/letter") is False
    db = connect(archive)
    for name in TABLE_NAMES[1:]:
        assert db.execute(f'SELECT count(*) FROM "{name}" WHERE letter_id = 1').fetchone()[0] == 0


def test_a_write_that_fails_leaves_the_previous_letter_whole(
    archive: Path, letters: list[Letter], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = counts(archive)
    rows_of = archive_module.letter_rows

    def broken(letter: Letter, letter_id: int, name: str | None = None) -> Any:
        rows = rows_of(letter, letter_id, name)
        rows["amounts"] = [(letter_id, 1, *([None] * (len(table("amounts").column_names) - 2)))]
        return rows  # a NOT NULL column left empty: the insert fails after the delete

    monkeypatch.setattr(archive_module, "letter_rows", broken)
    with SqliteArchive(archive) as db, pytest.raises(sqlite3.IntegrityError):
        db.write(letters[0])
    assert counts(archive) == before


def test_letters_written_before_a_kill_are_kept(tmp_path: Path) -> None:
    """A run killed (SIGKILL) without its commit keeps every letter it had written."""
    path = tmp_path / "killed.db"
    script = f"""
import os, signal
from pathlib import Path
from replyparse import parse_file
from replyparse.tables.sqlite import SqliteArchive
db = SqliteArchive(Path({str(path)!r}))
db.open()
for sample in {[str(p) for p in SAMPLES[:3]]!r}:
    db.write(parse_file(sample))
os.kill(os.getpid(), signal.SIGKILL)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert result.returncode == -9, result.stderr
    assert counts(path)["letters"] == 3
    with contextlib.closing(connect(path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with SqliteArchive(path) as db:  # and the next run goes on writing to it
        db.write(parse_file(SAMPLES[3]))
        db.commit()
    assert counts(path)["letters"] == 4


def test_a_reader_holding_the_archive_open_does_not_stop_the_run(
    archive: Path, letters: list[Letter]
) -> None:
    """Datasette or a notebook may keep the file open, even inside a read transaction:
    the run still writes, and the reader sees the new letter once it looks again."""
    with contextlib.closing(connect(archive)) as reader:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM letters").fetchone()[0] == len(letters)
        with SqliteArchive(archive) as db:
            db.write(letters[0], name="while/read")
            db.commit()
        reader.execute("COMMIT")
        assert reader.execute("SELECT count(*) FROM letters").fetchone()[0] == len(letters) + 1
    assert counts(archive)["letters"] == len(letters) + 1


# --- SQLite: what it refuses ------------------------------------------------------------------


def test_an_empty_file_becomes_an_archive(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with SqliteArchive(path) as db:
        assert db.known() == {}


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 10)
    with pytest.raises(ArchiveError, match="not a SQLite database"):
        SqliteArchive(path).open()
    assert path.read_bytes().startswith(b"these are my notes")


class _Unreadable:
    """A connection to a database SQLite cannot read here: in WAL mode, in a folder it
    may not write its ``-shm`` file to (``SQLITE_READONLY_DIRECTORY``)."""

    def execute(self, *_: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    def close(self) -> None:
        pass


def test_an_archive_that_cannot_be_read_here_is_not_called_no_sqlite(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_module.sqlite3, "connect", lambda *_, **__: _Unreadable())
    with pytest.raises(ArchiveError) as refused:
        SqliteArchive(archive).open()
    assert str(refused.value) == f"{archive}: cannot open: attempt to write a readonly database"


def test_another_programs_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE birds (name TEXT)")
    other.commit()
    other.close()
    with pytest.raises(ArchiveError, match="not a replyparse archive"):
        SqliteArchive(path).open()
    names = [r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")]
    assert names == ["birds"]


def test_an_archive_of_another_layout_version_is_refused(archive: Path) -> None:
    db = sqlite3.connect(archive)
    db.execute(f"PRAGMA user_version = {TABLES_VERSION + 1}")
    db.close()
    with pytest.raises(
        ArchiveError, match=f"table layout {TABLES_VERSION + 1}.*upgrade replyparse"
    ):
        SqliteArchive(archive).open()


@pytest.mark.parametrize("version", [0, 3])
def test_a_layout_with_no_upgrade_is_refused_and_left_as_it_was(
    archive: Path, version: int
) -> None:
    db = sqlite3.connect(archive)
    db.execute(f"PRAGMA user_version = {version}")
    db.close()
    with pytest.raises(ArchiveError, match=f"table layout {version}"):
        SqliteArchive(archive).open()
    db = sqlite3.connect(archive)
    assert db.execute("PRAGMA user_version").fetchone()[0] == version
    db.close()


def _as_layout_1(archive: Path, *, column: bool) -> None:
    """Make ``archive`` one of layout 1: without ``files.ctime_ns`` (the first archives),
    or with it (a replyparse that added the column before the layout had a version)."""
    with contextlib.closing(sqlite3.connect(archive)) as db:
        if not column:
            db.execute("ALTER TABLE files DROP COLUMN ctime_ns")
        db.execute("PRAGMA user_version = 1")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'tables_version'")
        db.commit()


def _layout(archive: Path) -> tuple[int, str, bool]:
    with contextlib.closing(sqlite3.connect(archive)) as db:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        meta = dict(db.execute("SELECT key, value FROM meta"))
        columns = {row[1] for row in db.execute("PRAGMA table_info(files)")}
    return version, meta["tables_version"], "ctime_ns" in columns


@pytest.mark.parametrize("column", [False, True], ids=["without-the-column", "with-it"])
def test_a_layout_1_archive_moves_to_2_with_its_letters(archive: Path, column: bool) -> None:
    _as_layout_1(archive, column=column)
    with SqliteArchive(archive) as db:
        assert len(db.known()) == len(SAMPLES)
    assert _layout(archive) == (2, "2", True)


def test_an_upgrade_cut_short_leaves_the_archive_as_it_was(archive: Path) -> None:
    """The column, the version and the meta row move in one transaction: an upgrade
    that fails at its last step (here a trigger refuses the meta row) keeps layout 1
    whole, not a column added under a version that says it is not there."""
    _as_layout_1(archive, column=False)
    with contextlib.closing(sqlite3.connect(archive)) as db:
        db.execute(
            "CREATE TRIGGER no_meta BEFORE INSERT ON meta BEGIN SELECT RAISE(ABORT, 'cut'); END"
        )
        db.commit()
    with pytest.raises(ArchiveError, match="cannot write: cut"):
        SqliteArchive(archive).open()
    assert _layout(archive) == (1, "1", False)


def test_pandas_reads_the_archive(archive: Path) -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is not installed (not a dependency)")
    frame = pandas.read_sql("SELECT * FROM amounts", connect(archive))
    assert list(frame.columns) == list(table("amounts").column_names)
    assert len(frame) == counts(archive)["amounts"]


# --- CSV -----------------------------------------------------------------------------------------


def write_csv(folder: Path, letters: list[Letter]) -> None:
    with CsvTables(folder) as out:
        for letter in letters:
            out.write(letter)
        out.commit()


def as_text(value: object) -> str:
    return "" if value is None else str(value)


def test_csv_files_hold_the_same_rows_as_the_archive(
    tmp_path: Path, archive: Path, letters: list[Letter]
) -> None:
    folder = tmp_path / "tables"
    write_csv(folder, letters)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.csv" for n in TABLE_NAMES)
    db = connect(archive)
    for t in TABLES:
        with open(folder / f"{t.name}.csv", encoding="utf-8-sig", newline="") as fh:
            header, *rows = list(csv.reader(fh))
        assert tuple(header) == t.column_names
        expected = [[as_text(v) for v in row] for row in iter_rows(db, t.name)]
        assert rows == expected, t.name


def test_csv_is_utf8_with_a_bom_and_crlf_lines(tmp_path: Path, letters: list[Letter]) -> None:
    write_csv(tmp_path, letters)
    raw = (tmp_path / "amounts.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfletter_id,ordinal,value,")
    lines = 1 + sum(len(x.amounts) for x in letters)
    assert raw.count(b"\n") == raw.count(b"\r\n") == lines  # no field here holds a line break
    assert "万元" in raw.decode("utf-8-sig")


def test_csv_quotes_commas_quotes_and_line_breaks_as_rfc_4180_says(tmp_path: Path) -> None:
    awkward = 'a "quoted", word\nand a second line'
    letter = Letter(
        source=Source(path="odd, name.txt", format="txt"),
        title=awkward,
        issuer="plain",
        amounts=[Amount(text="5元", value=5.0, unit="元", span=(0, 2))],
    )
    write_csv(tmp_path, [letter])
    raw = (tmp_path / "letters.csv").read_bytes().decode("utf-8-sig")
    assert '"a ""quoted"", word\nand a second line"' in raw
    assert '"odd, name.txt"' in raw
    assert ",plain," in raw  # nothing to quote: not quoted
    with open(tmp_path / "letters.csv", encoding="utf-8-sig", newline="") as fh:
        header, row = list(csv.reader(fh))
    record = dict(zip(header, row, strict=True))
    assert record["title"] == awkward
    assert record["name"] == "odd, name.txt"
    assert record["n_amounts"] == "1"
    assert record["public"] == ""  # null


def test_csv_without_commit_leaves_the_previous_files(
    tmp_path: Path, letters: list[Letter]
) -> None:
    write_csv(tmp_path, letters[:1])
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    out = CsvTables(tmp_path)
    out.open()
    for letter in letters:
        out.write(letter)
    out.close()  # interrupted: no commit
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_csv_reads_back_in_a_spreadsheet_like_reader(tmp_path: Path, letters: list[Letter]) -> None:
    """What Excel sees: decode with the BOM, split records by RFC 4180."""
    write_csv(tmp_path, letters)
    text = (tmp_path / "amounts.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == sum(len(x.amounts) for x in letters)
    assert all(float(r["value"]) > 0 for r in rows)
    assert os.path.getsize(tmp_path / "amounts.csv") > 0
