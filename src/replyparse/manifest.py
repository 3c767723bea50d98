"""The batch manifest: what was done to each source file, kept in the output folder.

Format: JSON Lines in ``OUT/.replyparse-manifest.jsonl``, one object per outcome,
appended (and flushed) as each file is finished, in input order. The last line for a
source wins. JSON Lines rather than SQLite because it is append-only (a killed run
loses at most its torn last line, which loading ignores), greppable, and diffable
between runs; it is compacted (one line per source, atomically rewritten) when a run
starts and finds superseded or damaged lines.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Literal

from replyparse.errors import Stage
from replyparse.writers import atomic_write

MANIFEST_NAME = ".replyparse-manifest.jsonl"
Status = Literal["ok", "failed"]


@dataclass(frozen=True, slots=True)
class Entry:
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

    def to_line(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":")) + "\n"

    @classmethod
    def from_line(cls, line: str) -> Entry | None:
        """The entry a line holds, or None for a damaged line."""
        try:
            data = json.loads(line)
            return cls(**data) if isinstance(data, dict) else None
        except (ValueError, TypeError):
            return None


class Manifest:
    """The manifest of one output folder: loaded at start, appended to while running."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / MANIFEST_NAME
        self.entries: dict[str, Entry] = {}
        self.damaged = 0
        self._lines = 0
        self._file: IO[str] | None = None

    def load(self) -> None:
        """Read the manifest, ignoring damaged lines (a torn last line after a kill)."""
        try:
            raw = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return
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

    def compact(self) -> None:
        """Rewrite the file with one line per source when it holds more (atomic)."""
        if self.damaged == 0 and self._lines == len(self.entries):
            return
        data = "".join(e.to_line() for e in self.entries.values()).encode("utf-8")
        atomic_write(self.path, data)
        self._lines = len(self.entries)
        self.damaged = 0

    def get(self, source: str) -> Entry | None:
        return self.entries.get(source)

    def record(self, entry: Entry) -> None:
        """Append one outcome and flush it (it survives a kill of this process)."""
        if self._file is None:
            self._file = self.path.open("a", encoding="utf-8")
        self._file.write(entry.to_line())
        self._file.flush()
        self.entries[entry.source] = entry
        self._lines += 1

    def close(self) -> None:
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            self._file = None
