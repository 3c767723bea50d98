"""The analysts' tables as CSV files: ``FOLDER/<table>.csv``, one per table.

Made from the same description as the SQLite archive
(:data:`~replyparse.tables.schema.TABLES`): the same columns in the same order, a header
row of column names. UTF-8 with a byte order mark, so that Excel reads the Chinese;
RFC 4180 quoting (fields holding a comma, a quote or a line break are quoted, quotes
doubled, lines end with CRLF). A null is an empty field. Letters are numbered 1, 2, 3…
in the order they are written.

Each file is written under a temporary name in the folder (locked while open, so that
only a killed run's leftovers are ever removed) and renamed into place by
:meth:`CsvTables.commit`: an interrupted run leaves the previous files as they were.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from replyparse.model import Letter
from replyparse.tables.schema import TABLES, letter_rows
from replyparse.tables.schema import table as table_named
from replyparse.writers import open_locked_temp, remove_stale

ENCODING = "utf-8-sig"
"""UTF-8 with a byte order mark: without it Excel takes the file for the local code page."""


class CsvTables:
    """CSV files of the tables: :meth:`open`, :meth:`write` each letter, :meth:`commit`
    to put the files in place, :meth:`close` (which discards them without a commit)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._files: dict[str, tuple[IO[str], Path]] = {}
        self._writers: dict[str, Any] = {}
        self._count = 0

    def target(self, table: str) -> Path:
        return self.folder / f"{table}.csv"

    def open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        remove_stale(self.folder)  # a killed run's temporary files
        try:
            for table in TABLES:
                raw = open_locked_temp(self.folder)  # locked: no other run removes it
                fh = io.TextIOWrapper(raw, encoding=ENCODING, newline="")
                self._files[table.name] = (fh, Path(raw.name))
                writer = csv.writer(fh, dialect="excel")  # RFC 4180: "", CRLF, minimal quotes
                writer.writerow(table.column_names)
                self._writers[table.name] = writer
        except BaseException:
            self.close()
            raise

    def write(self, letter: Letter, name: str | None = None) -> int:
        """Add ``letter``'s rows (``name`` defaults to its source path); returns its id."""
        self._count += 1
        for table, rows in letter_rows(letter, self._count, name).items():
            self._writers[table].writerows(rows)
        return self._count

    def copy(self, rows: dict[str, list[list[str]]]) -> int:
        """Add a letter's rows as another run wrote them (:class:`PreviousTables`), under
        the next id (the first column of every table); returns it."""
        self._count += 1
        letter_id = str(self._count)
        for table, table_rows in rows.items():
            self._writers[table].writerows([letter_id, *row[1:]] for row in table_rows)
        return self._count

    def commit(self) -> None:
        """Put every file on disk and rename it over ``FOLDER/<table>.csv``."""
        for fh, _ in self._files.values():
            fh.flush()
            os.fsync(fh.fileno())
        for name, (fh, tmp) in list(self._files.items()):
            os.replace(tmp, self.target(name))
            fh.close()
            del self._files[name]

    def close(self) -> None:
        """Discard whatever was not committed."""
        for fh, tmp in self._files.values():
            with contextlib.suppress(OSError):
                fh.close()
            with contextlib.suppress(OSError):
                tmp.unlink()
        self._files.clear()

    def __enter__(self) -> CsvTables:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class PreviousTables:
    """The letters the CSV tables in ``folder`` held before this run, found by name: each
    letter's id and source's SHA-256 (``letters.csv``), and where its rows lie in every
    table's file, read once (tables of another layout, their header not this one's, hold
    none); a letter's rows are read again only when kept (:meth:`rows`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._letters: dict[str, tuple[str, str]] = {}
        self._places: dict[str, dict[str, tuple[int, int]]] = {}
        try:
            for table in TABLES:
                self._places[table.name] = self._index(table.name, table.column_names)
        except (OSError, UnicodeDecodeError, csv.Error, _OtherLayout):
            self._letters, self._places = {}, {}

    def _index(self, table: str, columns: tuple[str, ...]) -> dict[str, tuple[int, int]]:
        """Where each letter's rows lie in ``table``'s file: by id, the first row's start
        and the last one's end (a letter's rows are written together)."""
        places: dict[str, tuple[int, int]] = {}
        with open(self.folder / f"{table}.csv", "rb") as fh:
            at = [0]

            def lines() -> Iterator[str]:
                for raw in fh:
                    encoding = ENCODING if at[0] == 0 else "utf-8"
                    at[0] += len(raw)
                    yield raw.decode(encoding)

            reader = csv.reader(lines(), dialect="excel")
            if tuple(next(reader, ())) != columns:
                raise _OtherLayout(table)
            name = columns.index("name") if table == "letters" else -1
            sha = columns.index("sha256") if table == "letters" else -1
            while True:
                start = at[0]
                row = next(reader, None)
                if row is None:
                    break
                if not row:
                    continue
                first, _ = places.get(row[0], (start, 0))
                places[row[0]] = (first, at[0])
                if name >= 0 and row[sha]:
                    self._letters[row[name]] = (row[0], row[sha])
        return places

    def get(self, name: str) -> tuple[str, str] | None:
        """The id and SHA-256 of the letter called ``name``, or None."""
        return self._letters.get(name)

    def rows(self, letter_id: str) -> dict[str, list[list[str]]]:
        """Every row of the letter ``letter_id``, by table, as the files hold them."""
        found: dict[str, list[list[str]]] = {}
        for table, places in self._places.items():
            place = places.get(letter_id)
            if place is None:
                continue
            with open(self.folder / f"{table}.csv", "rb") as fh:
                fh.seek(place[0])
                data = fh.read(place[1] - place[0]).decode("utf-8")
            found[table] = list(csv.reader(io.StringIO(data, newline=""), dialect="excel"))
        return found

    def warnings(self, letter_id: str) -> tuple[str, ...]:
        """The codes of the warnings among the letter ``letter_id``'s diagnostics rows."""
        columns = table_named("diagnostics").column_names
        code, severity = columns.index("code"), columns.index("severity")
        try:
            rows = self.rows(letter_id).get("diagnostics", [])
        except (OSError, UnicodeDecodeError, csv.Error):
            return ()
        return tuple(
            r[code] for r in rows if len(r) > max(code, severity) and r[severity] == "warning"
        )


class _OtherLayout(Exception):
    """Tables written with other columns than this replyparse's: their rows not carried over."""
