"""The batch manifest: what was done to each source file, kept in the output folder.

Format: JSON Lines in ``OUT/.replyparse-manifest.jsonl``, one object per outcome,
appended (and flushed) as each file is finished, in whatever order the workers finish.
The last line for a source wins. JSON Lines rather than SQLite because it is
append-only (a killed run loses at most its torn last line, which loading ignores),
greppable, and diffable between runs; it is compacted (one line per source, atomically
rewritten) when a run starts and finds superseded or damaged lines, and at the end of a
run that added lines, in input order, so it is the same whatever the number of workers.
A source whose name is not UTF-8 is stored exactly, its odd bytes as ``\\udcNN`` escapes.

The line's shape only grows: a field is added, never renamed or retyped, and a reader
passes over a field it does not know (:meth:`Entry.from_line`). A field added for some
lines is written on those only (``ctime_ns``, on a failed file's; ``kept``, on a failed
file's whose earlier record stays), so the line of a letter that parsed is the one a
replyparse from before it wrote and reads.
"""

from __future__ import annotations

import json
import operator
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Literal, NamedTuple, Protocol

from replyparse.errors import Stage
from replyparse.paths import exact_utf8, folded
from replyparse.writers import atomic_write

MANIFEST_NAME = ".replyparse-manifest.jsonl"
Status = Literal["ok", "failed"]


class Entry(NamedTuple):
    """One source file's last outcome. ``source`` is its absolute path (the key)."""

    source: str
    output: str | None
    size: int
    mtime_ns: int
    sha256: str | None
    status: Status
    stage: Stage | None
    error: str | None
    settings: str
    output_bytes: int | None
    ctime_ns: int | None = None
    """For a file that failed, its status change time (``st_ctime_ns``) as the run found
    it: a ``chmod`` back, or a copy over it that keeps the modification time (``cp -p``,
    ``rsync -t``), changes it where size and modification time stay, so a file mended
    so is not passed over (``--skip-failed``). None for a letter that parsed (a ``chmod``
    of one is no reason to parse it again), and in an entry written before it was kept."""
    warnings: tuple[str, ...] = ()
    """The codes of the letter's warnings, one per warning (a rerun that finds the letter
    unchanged counts them in its summary, as the run that parsed it did). An entry
    written before they were recorded has none."""
    kept: bool = False
    """For a file that failed: True when the output still holds the record it made before
    (its source unchanged since, by SHA-256), which ``output``, ``sha256``,
    ``output_bytes`` and ``warnings`` then describe; written on such lines only."""

    def to_line(self) -> str:
        # the fields by name, in order (dataclasses.asdict deep-copies each value: a tenth
        # of the batch parent's time per file, for values that are all plain already)
        data = dict(zip(_ENTRY_FIELDS, _entry_values(self), strict=True))
        if data["ctime_ns"] is None:  # a letter that parsed: the line as it always was
            del data["ctime_ns"]
        if not data["kept"]:
            del data["kept"]
        return _ENCODER.encode(data) + "\n"

    def to_bytes(self) -> bytes:
        return exact_utf8(self.to_line())

    @classmethod
    def from_line(cls, line: str) -> Entry | None:
        """The entry a line holds, or None for a damaged line."""
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                return None
            if "warnings" in data:
                data["warnings"] = tuple(map(str, data["warnings"]))
            # a field a later replyparse added is passed over, not taken for damage
            return cls(**{k: v for k, v in data.items() if k in _FIELD_SET})
        except (ValueError, TypeError):
            return None


_ENTRY_FIELDS = Entry._fields
_FIELD_SET = frozenset(_ENTRY_FIELDS)
_entry_values = operator.attrgetter(*_ENTRY_FIELDS)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
"""What ``json.dumps(data, ensure_ascii=False, separators=(",", ":"))`` would build anew
for every line."""


def holds_output(entry: Entry) -> bool:
    """Whether ``entry``'s output holds a record of its source: the letter parsed, or it
    failed since and the record it made before was kept (:attr:`Entry.kept`)."""
    return entry.status == "ok" or entry.kept


class ManifestStore(Protocol):
    """Where a resumable output keeps its manifest: :class:`Manifest` for an output
    folder; an archive keeps its own (``replyparse.tables.outputs.ArchiveManifest``)."""

    entries: dict[str, Entry]
    """Each source's last entry, by source as stored."""

    def load(self) -> None: ...
    def compact(self, order: Iterable[str] = ()) -> None: ...
    def get(self, source: str) -> Entry | None: ...
    def record(self, entry: Entry) -> None: ...
    def present(self, entry: Entry) -> bool:
        """Whether the output ``entry`` records is still there as it was written."""
        ...

    def forget(self, entry: Entry, *, output: bool) -> None:
        """Drop ``entry`` (its source is gone) and, when ``output``, what it made."""
        ...

    def remove_output(self, output: str) -> bool:
        """Remove the output called ``output`` (a record file, an archive's letter) that
        no source should have any more; False when there was none."""
        ...

    def strays(self, keep: set[str], suffix: str) -> list[str]:
        """The outputs (ending in ``suffix``, for a folder) that neither an entry nor
        ``keep`` names, names compared case-folded: left by a source whose entry was
        lost, or by a version of replyparse that let a source keep two."""
        ...

    def close(self) -> None: ...


class Manifest:
    """The manifest of one output folder: loaded at start, appended to while running."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / MANIFEST_NAME
        self.entries: dict[str, Entry] = {}
        self.damaged = 0
        self._lines = 0
        self._added = 0
        self._fd: int | None = None
        self._good_size = 0
        self._written: dict[str, tuple[Entry, bytes]] = {}
        """The line appended for each entry recorded by this run, for :meth:`compact`."""
        self._read_as: tuple[int, int, int, int] | None = None
        """The file as :meth:`load` read it (device, inode, size, modification time), or
        None before it has read one."""

    def load(self) -> None:
        """Read the manifest, ignoring damaged lines (a torn last line after a kill).

        Called again, it reads the file again only when it changed since (or appeared or
        went away): a run asks it first for the files it keeps in an output folder that
        lies inside an input, while walking, before the output's lock is taken, and
        then to resume; another run may have written it in between."""
        try:
            with open(self.path, encoding="utf-8", errors="replace") as fh:
                st = os.fstat(fh.fileno())
                read_as = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
                if read_as == self._read_as:
                    return  # read already, unchanged since
                raw = fh.read()
        except FileNotFoundError:
            if self._read_as is not None:  # gone since it was read
                self._forget_read(None)
            return
        self._forget_read(read_as)
        lines = raw.split("\n")
        if lines and lines[-1]:  # no final newline: the last line was torn
            self.damaged += 1
        for line in lines[:-1]:
            if not line:
                continue
            self._lines += 1
            entry = Entry.from_line(line)
            if entry is None:
                self.damaged += 1
            else:
                self.entries[entry.source] = entry

    def _forget_read(self, read_as: tuple[int, int, int, int] | None) -> None:
        """Drop what an earlier :meth:`load` read (before a run adds anything): the file
        is about to be read as ``read_as``, or is gone."""
        self.entries = {}
        self.damaged = 0
        self._lines = 0
        self._read_as = read_as

    def compact(self, order: Iterable[str] = ()) -> None:
        """Rewrite the file with one line per source (atomic) when it holds more, or when
        this run added lines: the sources in ``order`` first, in that order, then the
        others as they were."""
        if self.damaged == 0 and self._lines == len(self.entries) and not self._added:
            return
        first = {s: self.entries[s] for s in order if s in self.entries}
        rest = [e for s, e in self.entries.items() if s not in first]
        data = b"".join(self._line(e) for e in [*first.values(), *rest])
        atomic_write(self.path, data, durable=True)
        self.entries = {e.source: e for e in [*first.values(), *rest]}
        self._lines = len(self.entries)
        self._added = 0
        self.damaged = 0

    def _line(self, entry: Entry) -> bytes:
        """``entry.to_bytes()``, not made again for an entry this run appended."""
        written = self._written.get(entry.source)
        return written[1] if written is not None and written[0] is entry else entry.to_bytes()

    def get(self, source: str) -> Entry | None:
        return self.entries.get(source)

    def present(self, entry: Entry) -> bool:
        """Whether the record file of ``entry`` is still there at the size written (not
        deleted or truncated by hand)."""
        if entry.output is None:
            return False
        try:
            return (self.path.parent / entry.output).stat().st_size == entry.output_bytes
        except OSError:
            return False

    def forget(self, entry: Entry, *, output: bool) -> None:
        """Drop ``entry``; when ``output``, remove its record file too (see
        :meth:`remove_output`). The file is rewritten without the entry at the next
        :meth:`compact`."""
        if output and entry.output is not None:
            self.remove_output(entry.output)
        self.entries.pop(entry.source, None)
        self._added += 1  # the file must be rewritten

    def remove_output(self, output: str) -> bool:
        """Remove the record file ``output``, and the folders that leaves empty (never
        anything outside the output folder); False when there was no such file."""
        folder = self.path.parent
        rel = os.path.normpath(output)
        if os.path.isabs(rel) or rel.split(os.sep)[0] == os.pardir:
            raise OSError(f"{output} is not inside {folder}")
        target = folder / rel
        try:
            target.unlink()
        except FileNotFoundError:
            return False
        for parent in target.parents:
            if parent == folder or folder not in parent.parents:
                break
            try:
                parent.rmdir()
            except OSError:
                break  # not empty
        return True

    def strays(self, keep: set[str], suffix: str) -> list[str]:
        """The files ending in ``suffix`` (in any case) in the folder and below, outside
        dot folders, that no entry and no name of ``keep`` holds, in name order."""
        known = {folded(e.output) for e in self.entries.values() if e.output is not None}
        known.update(map(folded, keep))
        end = suffix.casefold()
        folder = self.path.parent
        found: list[str] = []
        for here, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            rel = os.path.relpath(here, folder)
            for name in sorted(names):
                if name.startswith(".") or not name.casefold().endswith(end):
                    continue
                output = name if rel == os.curdir else f"{Path(rel).as_posix()}/{name}"
                if folded(output) not in known:
                    found.append(output)
        return found

    def record(self, entry: Entry) -> None:
        """Append one outcome (it survives a kill of this process). On an
        :class:`OSError` (a full disk) the file is cut back to its last whole line."""
        if self._fd is None:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            self._good_size = os.fstat(self._fd).st_size
        data = entry.to_bytes()
        left = memoryview(data)
        try:
            while left:
                left = left[os.write(self._fd, left) :]
        except OSError:
            os.ftruncate(self._fd, self._good_size)
            raise
        self._good_size += len(data)
        self.entries[entry.source] = entry
        self._written[entry.source] = (entry, data)
        self._lines += 1
        self._added += 1

    def close(self) -> None:
        """Close the file after asking the system to put it on disk (best effort)."""
        if self._fd is not None:
            try:
                os.fsync(self._fd)
            except OSError:
                pass
            finally:
                os.close(self._fd)
                self._fd = None
