"""The tables as outputs of ``extract``: the batch's record writers for SQLite and CSV.

A batch run hands each writer the records as their workers finish them (compact JSON,
see :class:`replyparse.writers.RecordWriter`); these turn each back into a
:class:`~replyparse.model.Letter` and write its rows. The letter's name in the tables is
the output name the batch gives it (``2021/a.json`` without ``.json``).

:class:`ArchiveWriter` writes each letter as it arrives, in its own transaction, and
keeps the run's manifest in the archive (:class:`ArchiveManifest`, the ``files``
table): the same entries and the same rules as an output folder's manifest, so a rerun
skips what is unchanged and ``errors.jsonl`` lists what failed. A letter is recorded in
the manifest only after its rows are committed, so a killed run at worst parses a letter
again. :class:`CsvWriter` puts letters back in input order (ids 1, 2, 3…) and renames
the files into place only when the run completes.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from replyparse.manifest import Entry
from replyparse.model import Letter
from replyparse.paths import shown
from replyparse.spool import InOrder
from replyparse.tables.csvfiles import CsvTables, PreviousTables
from replyparse.tables.sqlite import SqliteArchive

RECORD_SUFFIX = ".json"


def letter_name(output: str | None) -> str | None:
    """A letter's name in the tables: the batch's output name without ``.json``."""
    if output is None:
        return None
    return shown(output.removesuffix(RECORD_SUFFIX))


def _output_error(exc: sqlite3.Error) -> OSError:
    """A database error as the :class:`OSError` a batch stops on (a full disk, a locked or
    damaged file: no later letter could be written either). A full disk is said as the
    system says it of any other output (``No space left on device``), with what to do."""
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return OSError(f"{type(exc).__name__}: {exc}")


class ArchiveWriter:
    """The SQLite archive as a batch output; its manifest is :attr:`manifest`."""

    indent: int | None = None

    def __init__(self, path: Path) -> None:
        self.archive = SqliteArchive(path)
        self.archive.open()
        self.manifest = ArchiveManifest(self.archive)
        self._names: dict[int, str | None] = {}
        self._ids: list[int] = []

    def plan(self, outputs: Sequence[str | None]) -> None:
        """Number the run's letters before any is written (``outputs``: their output
        names, in input order): a letter keeps the id of the letter of its name; a new
        letter gets the next free id, in input order, so that ids do not depend on
        which worker finishes first."""
        try:
            ids = self.archive.ids()
        except sqlite3.Error as exc:
            raise _output_error(exc) from exc
        fresh = max(ids.values(), default=0) + 1
        self._ids = []
        for output in outputs:
            name = letter_name(output)
            held = ids.get(name) if name is not None else None
            if held is None:
                held, fresh = fresh, fresh + 1
            self._ids.append(held)

    def destination(self, index: int, name: str | None) -> Path | None:
        self._names[index] = letter_name(name)
        return None  # the worker sends the record back

    def add(self, index: int, data: bytes | None) -> None:
        name = self._names.pop(index, None)
        if data is None:
            return
        letter = Letter.model_validate_json(data)
        letter_id = self._ids[index] if index < len(self._ids) else None
        try:
            self.archive.write(letter, name, letter_id=letter_id)
        except sqlite3.Error as exc:
            raise _output_error(exc) from exc

    def close(self, complete: bool) -> None:
        """Every letter written so far stays (each was committed on its own)."""
        try:
            self.archive.commit()
        except sqlite3.Error as exc:
            raise _output_error(exc) from exc
        finally:
            self.archive.close()


class ArchiveManifest:
    """The batch manifest kept in the archive's ``files`` table: one row per source, its
    last outcome. Sources are keyed as printed (:func:`~replyparse.paths.shown`), since
    SQLite text must be UTF-8."""

    def __init__(self, archive: SqliteArchive) -> None:
        self.archive = archive
        self.entries: dict[str, Entry] = {}
        self._letters: dict[str, str | None] = {}

    def load(self) -> None:
        self._letters = self.archive.known()
        # each letter's warnings from its diagnostics rows, for a rerun's summary to count
        # those of the letters it finds unchanged (the files table keeps none of its own)
        warned = self.archive.warnings()
        self.entries = {}
        for e in self.archive.files():
            codes = warned.get(letter_name(e.output) or "", ())
            if codes:
                e = e._replace(warnings=codes)
            # a failure's row keeps a SHA-256 only when the letter it made before was kept
            # (the files table has no column of its own for it: Entry.kept)
            if e.status == "failed" and e.sha256 is not None:
                e = e._replace(kept=True)
            self.entries[e.source] = e

    def compact(self, order: Iterable[str] = ()) -> None:
        """Nothing to do: a table keeps one row per source."""

    def get(self, source: str) -> Entry | None:
        return self.entries.get(shown(source))

    def record(self, entry: Entry) -> None:
        kept = entry._replace(source=shown(entry.source))
        try:
            self.archive.record_file(kept)
        except sqlite3.Error as exc:
            raise _output_error(exc) from exc
        self.entries[kept.source] = kept

    def present(self, entry: Entry) -> bool:
        """Whether the archive still holds the letter ``entry`` wrote, from the same file
        (its name there, with the recorded SHA-256)."""
        name = letter_name(entry.output)
        return name is not None and name in self._letters and self._letters[name] == entry.sha256

    def forget(self, entry: Entry, *, output: bool) -> None:
        """Drop ``entry`` from the ``files`` table and, when ``output``, the letter it
        wrote with all its rows (one transaction each)."""
        name = letter_name(entry.output)
        try:
            if output and name is not None:
                self.archive.remove(name)
                self._letters.pop(name, None)
            self.archive.forget_file(entry.source)
        except sqlite3.Error as exc:
            raise _output_error(exc) from exc
        self.entries.pop(entry.source, None)

    def remove_output(self, output: str) -> bool:
        """Remove the letter the output name ``output`` gives, with all its rows."""
        name = letter_name(output)
        if name is None:
            return False
        try:
            removed = self.archive.remove(name)
        except sqlite3.Error as exc:
            raise _output_error(exc) from exc
        self._letters.pop(name, None)
        return removed

    def strays(self, keep: set[str], suffix: str) -> list[str]:
        """The letters that neither an entry's output nor ``keep`` names, as output
        names (``suffix`` is a folder's business)."""
        known = {e.output for e in self.entries.values() if e.output is not None} | keep
        names = {letter_name(output) for output in known}
        return [f"{name}{RECORD_SUFFIX}" for name in sorted(self._letters) if name not in names]

    def close(self) -> None:
        """Nothing to do: every entry was committed when recorded."""


class CsvWriter:
    """The CSV tables as a batch output: letters in input order, files renamed into place
    when the run completes (an interrupted run leaves the previous files)."""

    indent: int | None = None

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.tables = CsvTables(folder)
        self.tables.open()
        self._names: dict[int, str | None] = {}
        self._order = InOrder(self._emit, spool_dir=folder)
        self._previous: PreviousTables | None = None
        self._found: dict[int, str] = {}

    def destination(self, index: int, name: str | None) -> Path | None:
        self._names[index] = letter_name(name)
        return None

    def add(self, index: int, data: bytes | None) -> None:
        # the name travels with the record through the spool: a NUL ends it (neither a
        # file name nor compact JSON holds one); L before it, a letter's record
        name = self._names.pop(index, None) or ""
        self._order.add(index, None if data is None else b"L" + name.encode() + b"\0" + data)

    def find_previous(
        self, index: int, path: str, rel: str, digest: Callable[[], str | None]
    ) -> bool:
        """(By the letter's name in the tables, which the run gives it as the last did.)"""
        name = self._names.get(index)
        if name is None:
            return False
        if self._previous is None:  # (read once, at the first letter that fails)
            self._previous = PreviousTables(self.folder)
        found = self._previous.get(name)
        if found is None or digest() != found[1]:
            return False
        self._found[index] = found[0]
        return True

    def keep_previous(self, index: int) -> tuple[str, ...]:
        # K: the letter's rows as the tables held them, its id there after the NUL
        assert self._previous is not None
        self._names.pop(index, None)
        letter_id = self._found.pop(index)
        self._order.add(index, b"K\0" + letter_id.encode())
        return self._previous.warnings(letter_id)

    def _emit(self, packed: bytes) -> None:
        name, _, data = packed[1:].partition(b"\0")
        if packed[:1] == b"K":
            assert self._previous is not None
            self.tables.copy(self._previous.rows(data.decode()))
            return
        self.tables.write(Letter.model_validate_json(data), name.decode() or None)

    def close(self, complete: bool) -> None:
        try:
            if complete:
                self.tables.commit()
        finally:
            self._order.close()
            self.tables.close()
