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
from pathlib import Path
from typing import IO, Any

from replyparse.model import Letter
from replyparse.tables.schema import TABLES, letter_rows
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
