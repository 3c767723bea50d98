"""The SQLite archive: the analysts' tables in one database file, resumable.

The layout is made from :data:`~replyparse.tables.schema.TABLES` (one SQL table each,
child tables keyed by ``(letter_id, ordinal)`` with ``FOREIGN KEY … ON DELETE CASCADE``,
indexes on ``letters.issuer`` and ``letters.year``). The file carries its layout version
twice: ``PRAGMA user_version`` for programs and a ``meta`` table for people (Datasette
shows tables, not pragmas). A file of another version, or a database that is not a
replyparse archive, is refused rather than changed.

Each letter is written in one transaction: the rows of the letter of the same name are
deleted (the child rows go with them, by cascade) and the new rows inserted under the
same id, so a reader or a killed run sees the old letter or the new one, never half of
either. The file is in WAL mode: a commit costs no disk sync, and a program reading the archive
(Datasette, a notebook) never blocks a run writing to it, nor the other way round. The
``-wal`` and ``-shm`` files exist while a connection is open; the last one to close
folds them back into the database file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from replyparse.errors import ReplyparseError
from replyparse.manifest import Entry
from replyparse.model import SCHEMA_VERSION, Letter
from replyparse.paths import said
from replyparse.tables.schema import (
    TABLES,
    TABLES_VERSION,
    ColumnType,
    Table,
    default_name,
    letter_rows,
)

META_TABLE = "meta"
APPLICATION = "replyparse archive"
BUSY_TIMEOUT_MS = 5000
"""How long a write waits for a reader that holds a lock (a query running in Datasette)."""


class ArchiveError(ReplyparseError):
    """The file cannot be used as an archive (not SQLite, another program's database, a
    layout of another version)."""


def quote(name: str) -> str:
    """An SQL identifier, quoted (``references`` is a reserved word)."""
    return '"' + name.replace('"', '""') + '"'


def _column_sql(name: str, kind: ColumnType, required: bool) -> str:
    sql = f"{quote(name)} {kind.sql}"
    if required:
        sql += " NOT NULL"
    if kind is ColumnType.BOOLEAN:
        sql += f" CHECK ({quote(name)} IN (0, 1))"
    return sql


def table_sql(table: Table[Any]) -> list[str]:
    """``CREATE TABLE`` and ``CREATE INDEX`` statements for ``table``."""
    lines: list[str] = []
    if table.name == "letters":
        lines.append('"id" INTEGER PRIMARY KEY')
        lines.append('"name" TEXT NOT NULL UNIQUE')
    else:
        lines.append('"letter_id" INTEGER NOT NULL REFERENCES "letters" ("id") ON DELETE CASCADE')
        lines.append('"ordinal" INTEGER NOT NULL')
    lines += [_column_sql(c.name, c.type, c.required) for c in table.columns]
    if table.name != "letters":
        lines.append('PRIMARY KEY ("letter_id", "ordinal")')
    for c in table.columns:
        if c.refers is not None:
            lines.append(
                f'FOREIGN KEY ("letter_id", {quote(c.name)}) REFERENCES '
                f'{quote(c.refers)} ("letter_id", "ordinal") ON DELETE CASCADE'
            )
    body = ",\n  ".join(lines)
    statements = [f"CREATE TABLE {quote(table.name)} (\n  {body}\n)"]
    for column in table.indexes:
        index = quote(f"{table.name}_{column}")
        statements.append(f"CREATE INDEX {index} ON {quote(table.name)} ({quote(column)})")
    return statements


FILES_TABLE = "files"
_FILE_COLUMNS = {
    "source": "TEXT PRIMARY KEY",
    "output": "TEXT",
    "size": "INTEGER NOT NULL",
    "mtime_ns": "INTEGER NOT NULL",
    "sha256": "TEXT",
    "status": "TEXT NOT NULL",
    "stage": "TEXT",
    "error": "TEXT",
    "settings": "TEXT NOT NULL",
    "output_bytes": "INTEGER",
    "ctime_ns": "INTEGER",
}
"""The batch manifest's fields (:class:`replyparse.manifest.Entry`), one row per source.
``ctime_ns`` came last (layout 2): an archive of layout 1 gains the column when a run
opens it (:meth:`SqliteArchive._make_current`), its rows NULL until their files are done
again."""
UPGRADES = {1: "files.ctime_ns added"}
"""The earlier layouts a run upgrades in place, and what the upgrade does: each only adds
``files`` columns. The version moves with it, so a replyparse of the earlier layout then
refuses the archive in one line (``an archive of table layout 2``) rather than fail at
its first letter, writing a ``files`` row one value short."""
_FILE_NAMES = ", ".join(_FILE_COLUMNS)
_FILE_MARKS = ", ".join("?" for _ in _FILE_COLUMNS)


def schema_sql() -> list[str]:
    """Every statement that creates an empty archive: the tables, the manifest of the
    runs that wrote it (``files``), and the meta table."""
    statements = [s for t in TABLES for s in table_sql(t)]
    columns = ", ".join(f"{name} {kind}" for name, kind in _FILE_COLUMNS.items())
    statements.append(f"CREATE TABLE {FILES_TABLE} ({columns})")
    statements.append(f"CREATE TABLE {META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    return statements


def _insert_sql(table: Table[Any]) -> str:
    names = ", ".join(quote(n) for n in table.column_names)
    marks = ", ".join("?" for _ in table.column_names)
    return f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})"


_INSERTS = {t.name: _insert_sql(t) for t in TABLES}


_SQLITE_ENDS = ("", "-wal", "-shm", "-journal")
"""The database's file name, and the ends SQLite adds to it for the files it keeps beside."""


class SqliteArchive:
    """A SQLite archive of letters: :meth:`open`, :meth:`write` each letter (each in its
    own transaction), :meth:`commit` at the end of a run, :meth:`close`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("the archive is not open")
        return self._db

    def open(self) -> None:
        """Open the archive, creating it (and its folder) when it does not exist.

        Raises :class:`ArchiveError` for a file that is not an archive of this layout."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # the files SQLite keeps, where it keeps them: beside the database a link names
        # (a dangling -o link is made there), and those there already
        real = os.path.realpath(self.path)
        before = {end for end in _SQLITE_ENDS if os.path.lexists(real + end)}
        shown = real if os.path.islink(self.path) else str(self.path)
        for end in ("-wal", "-journal"):
            if "" not in before and end in before:
                # the log of an archive deleted or moved without it: SQLite would discard
                # it as a new archive began here, and with it what it holds
                raise ArchiveError(
                    f"{said(shown + end)} is there without {said(shown)}: the log of an "
                    "archive deleted or moved without it, which a new archive would "
                    "discard; move it away (or delete it), then run again"
                )
        try:
            db = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise ArchiveError(f"{said(str(self.path))}: cannot open: {exc}") from None
        try:
            self._prepare(db)
        except BaseException:
            db.close()
            if "" not in before:  # a file this run began and could not make an archive
                # (a full disk): no half-made database is left for the next run to meet
                # (where a dangling link points), nor any file of SQLite's this run made;
                # one there before (a stale -shm) is not this run's to remove
                for end in _SQLITE_ENDS:
                    if end not in before:
                        with contextlib.suppress(OSError):
                            os.unlink(real + end)
            raise
        self._db = db

    def _prepare(self, db: sqlite3.Connection) -> None:
        try:
            names = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.OperationalError as exc:  # SQLite, not to be read here: a read-only
            # folder (no room for its -wal and -shm files), a lock held for too long
            raise ArchiveError(f"{said(str(self.path))}: cannot open: {exc}") from None
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{said(str(self.path))}: not a SQLite database ({exc})") from None
        if not names:
            try:
                self._create(db)
            except sqlite3.Error as exc:  # a full disk, a folder that cannot be written
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise ArchiveError(
                    f"{said(str(self.path))}: cannot write: {exc}{_full_hint(exc)}"
                ) from None
        elif META_TABLE not in names or _meta(db).get("application") != APPLICATION:
            raise ArchiveError(
                f"{said(str(self.path))}: a SQLite database that is not a replyparse archive; "
                "give a new file name"
            )
        elif version != TABLES_VERSION and version not in UPGRADES:
            raise ArchiveError(
                f"{said(str(self.path))}: an archive of table layout {version}; this "
                f"replyparse writes layout {TABLES_VERSION}: "
                + ("upgrade replyparse, " if version > TABLES_VERSION else "")
                + "give a new file name, or remove this one"
            )
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = NORMAL")
        try:
            self._make_current(db)
        except sqlite3.Error as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise ArchiveError(
                f"{said(str(self.path))}: cannot write: {exc}{_full_hint(exc)}"
            ) from None

    def _make_current(self, db: sqlite3.Connection) -> None:
        """Add the ``files`` columns an archive made before them lacks, in one
        transaction that first writes the layout version (the one it holds already, or
        the one it is upgraded to, in ``PRAGMA user_version`` and the meta table): an archive
        that cannot be written (a read-only file, another program holding a write lock
        past the busy timeout) is refused here, in one line, rather than by a traceback
        as a column is added, or by a run stopped at its first letter as if the disk
        were full and told to rerun. The columns are read once the archive is held, so
        that two runs opening it at once add each column once."""
        db.execute("BEGIN IMMEDIATE")
        db.execute(f"PRAGMA user_version = {TABLES_VERSION}")  # (the same: a write, no change)
        had = {row[1] for row in db.execute(f"PRAGMA table_info({FILES_TABLE})")}
        for name, kind in _FILE_COLUMNS.items():
            if name not in had:  # (an archive made before the column was kept)
                db.execute(f"ALTER TABLE {FILES_TABLE} ADD COLUMN {name} {kind}")
        db.execute(
            f"INSERT OR REPLACE INTO {META_TABLE} VALUES ('tables_version', ?)",
            (str(TABLES_VERSION),),
        )
        db.execute("COMMIT")

    def _create(self, db: sqlite3.Connection) -> None:
        from replyparse import __version__

        db.execute("PRAGMA journal_mode = WAL")  # kept in the file, for every later run
        db.execute("BEGIN IMMEDIATE")
        for statement in schema_sql():
            db.execute(statement)
        meta = {
            "application": APPLICATION,
            "tables_version": str(TABLES_VERSION),
            "record_schema_version": SCHEMA_VERSION,
            "created_by": f"replyparse {__version__}",
        }
        db.executemany(f"INSERT INTO {META_TABLE} VALUES (?, ?)", meta.items())
        db.execute(f"PRAGMA user_version = {TABLES_VERSION}")
        db.execute("COMMIT")

    def known(self) -> dict[str, str | None]:
        """Every letter in the archive: its name and the SHA-256 of its source."""
        return dict(self.db.execute('SELECT "name", "sha256" FROM "letters"'))

    def warnings(self) -> dict[str, tuple[str, ...]]:
        """The codes of each letter's warnings (one per warning, in order), by name."""
        found: dict[str, list[str]] = {}
        rows = self.db.execute(
            'SELECT l."name", d."code" FROM "diagnostics" d JOIN "letters" l '
            'ON d."letter_id" = l."id" WHERE d."severity" = \'warning\' '
            'ORDER BY l."id", d."ordinal"'
        )
        for name, code in rows:
            found.setdefault(name, []).append(code)
        return {name: tuple(codes) for name, codes in found.items()}

    def ids(self) -> dict[str, int]:
        """Every letter's id, by name."""
        return {name: int(i) for name, i in self.db.execute('SELECT "name", "id" FROM "letters"')}

    def write(
        self, letter: Letter, name: str | None = None, *, letter_id: int | None = None
    ) -> int:
        """Put ``letter`` into the archive under ``name`` (default: its source path),
        replacing the letter of that name, in one transaction. Its id is ``letter_id``
        when given and free (a batch numbers its letters in input order), else the id of
        the letter it replaces, else the next one. Returns its id."""
        db = self.db
        key = name if name is not None else default_name(letter)
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute('SELECT "id" FROM "letters" WHERE "name" = ?', (key,)).fetchone()
            if row is not None:
                db.execute('DELETE FROM "letters" WHERE "id" = ?', (int(row[0]),))
            if letter_id is None or _taken(db, letter_id):
                letter_id = int(row[0]) if row is not None else _next_id(db)
            for table, rows in letter_rows(letter, letter_id, key).items():
                if rows:
                    db.executemany(_INSERTS[table], rows)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return letter_id

    def files(self) -> list[Entry]:
        """The manifest kept in the archive: each source's last outcome."""
        rows = self.db.execute(f"SELECT {_FILE_NAMES} FROM {FILES_TABLE} ORDER BY rowid")
        return [Entry(*row) for row in rows]

    def record_file(self, entry: Entry) -> None:
        """Keep ``entry`` as its source's last outcome (one transaction)."""
        # (the files table keeps no warnings: the diagnostics table holds the letter's)
        row = tuple(entry)[: len(_FILE_COLUMNS)]
        self.db.execute(
            f"INSERT OR REPLACE INTO {FILES_TABLE} ({_FILE_NAMES}) VALUES ({_FILE_MARKS})", row
        )

    def forget_file(self, source: str) -> None:
        """Drop ``source``'s entry from the manifest table (its file is gone)."""
        self.db.execute(f'DELETE FROM {FILES_TABLE} WHERE "source" = ?', (source,))

    def remove(self, name: str) -> bool:
        """Delete the letter called ``name`` and its rows; False when there is none."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        deleted = db.execute('DELETE FROM "letters" WHERE "name" = ?', (name,)).rowcount
        db.execute("COMMIT")
        return deleted > 0

    def commit(self) -> None:
        """The run is over: record who wrote last, refresh the planner's statistics and
        fold the log into the database file as far as readers allow."""
        from replyparse import __version__

        db = self.db
        db.execute(
            f"INSERT OR REPLACE INTO {META_TABLE} VALUES ('updated_by', ?)",
            (f"replyparse {__version__}",),
        )
        db.execute("PRAGMA optimize")
        db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> SqliteArchive:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# (all but the warnings, which the diagnostics table holds, and ``kept``, which a failed
# row with a SHA-256 says: ArchiveManifest reads both there)
assert tuple(_FILE_COLUMNS) == Entry._fields[:-2] == Entry._fields[: len(_FILE_COLUMNS)], (
    "files mirrors Entry"
)


def _full_hint(exc: sqlite3.Error) -> str:
    """What to do when SQLite's reason is a full disk (``database or disk is full``)."""
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        return " (free space on its disk, or give -o another place)"
    return ""


def _taken(db: sqlite3.Connection, letter_id: int) -> bool:
    return db.execute('SELECT 1 FROM "letters" WHERE "id" = ?', (letter_id,)).fetchone() is not None


def _next_id(db: sqlite3.Connection) -> int:
    return int(db.execute('SELECT coalesce(max("id"), 0) + 1 FROM "letters"').fetchone()[0])


def _meta(db: sqlite3.Connection) -> dict[str, str]:
    return dict(db.execute(f"SELECT key, value FROM {META_TABLE}"))


def iter_rows(db: sqlite3.Connection, table: str) -> Iterator[tuple[Any, ...]]:
    """Every row of ``table`` in key order (for tests and exports)."""
    order = '"id"' if table == "letters" else '"letter_id", "ordinal"'
    yield from db.execute(f"SELECT * FROM {quote(table)} ORDER BY {order}")
