"""The analysts' tables as CSV files: ``FOLDER/<table>.csv``, one per table.

Made from the same description as the SQLite archive
(:data:`~replyparse.tables.schema.TABLES`): the same columns in the same order, a header
row of column names. UTF-8 with a byte order mark, so that Excel reads the Chinese;
RFC 4180 quoting (fields holding a comma, a quote or a line break are quoted, quotes
doubled, lines end with CRLF). A null is an empty field. Letters are numbered 1, 2, 3…
in the order they are written.

Each file is written under a temporary name in the folder and renamed into place by
:meth:`CsvTables.commit`: an interrupted run leaves the previous files as they were.
"""

from __future__ import annotations

import contextlib
import csv
import os
from pathlib import Path
from typing import IO, Any

from replyparse.model import Letter
from replyparse.tables.schema import TABLES, letter_rows
from replyparse.writers import TMP_PREFIX

ENCODING = "utf-8-sig"
"""UTF-8 with a byte order mark: without it Excel takes the file for the local code page."""


class CsvTables:
    """CSV files of the tables: :meth:`open`, :meth:`write` each letter, :meth:`commit`
    to put the files in place, :meth:`close` (which discards them without a commit)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._files: dict[str, IO[str]] = {}
        self._writers: dict[str, Any] = {}
        self._count = 0

    def target(self, table: str) -> Path:
        return self.folder / f"{table}.csv"

    def _temp(self, table: str) -> Path:
        return self.folder / f"{TMP_PREFIX}{os.getpid()}-{table}.csv.part"

    def open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            for table in TABLES:
                fh = open(self._temp(table.name), "w", encoding=ENCODING, newline="")  # noqa: SIM115
                self._files[table.name] = fh
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
        """Close the files and rename each over ``FOLDER/<table>.csv``."""
        for name, fh in list(self._files.items()):
            fh.close()
            os.replace(self._temp(name), self.target(name))
            del self._files[name]

    def close(self) -> None:
        """Discard whatever was not committed."""
        for name, fh in list(self._files.items()):
            fh.close()
            with contextlib.suppress(OSError):
                self._temp(name).unlink()
        self._files.clear()

    def __enter__(self) -> CsvTables:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
