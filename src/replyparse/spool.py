"""Putting records that finish in any order back into input order, in bounded memory.

Workers finish files in whatever order they like; a JSON Lines file or standard output
must still list letters in input order. :class:`InOrder` writes each record as soon as
every record before it is out, and holds the ones that arrive early: in memory up to a
budget, then in an unnamed temporary file (so one slow letter ahead of thousands of
fast ones costs disk, not memory, and a killed run leaves nothing behind).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

MEMORY_BUDGET = 8 * 1024 * 1024
"""Bytes of early records held in memory before they go to the spool file."""


class InOrder:
    """Emit records in index order (0, 1, 2, …) whatever order :meth:`add` gets them in.

    ``None`` stands for an index that gives no record (a failed file): it only lets the
    ones after it go. ``spool_dir`` is where the temporary file goes (None: the system's
    temporary folder).
    """

    def __init__(
        self,
        emit: Callable[[bytes], object],
        *,
        spool_dir: Path | None = None,
        budget: int = MEMORY_BUDGET,
    ) -> None:
        self._emit = emit
        self._spool_dir = spool_dir
        self._budget = budget
        self._next = 0
        self._held: dict[int, bytes | tuple[int, int] | None] = {}
        self._in_memory = 0
        self._spool: IO[bytes] | None = None
        self._spool_end = 0

    @property
    def waiting(self) -> int:
        """How many records are held, waiting for one before them."""
        return len(self._held)

    def add(self, index: int, data: bytes | None) -> None:
        if index != self._next:
            self._hold(index, data)
            return
        self._out(data)
        self._next += 1
        while self._next in self._held:
            self._out(self._take(self._next))
            self._next += 1
        if not self._held and self._spool is not None:
            self._spool.seek(0)
            self._spool.truncate()
            self._spool_end = 0

    def flush_all(self) -> None:
        """Emit every held record in index order, skipping the indices never added."""
        for index in sorted(self._held):
            self._out(self._take(index))

    def close(self) -> None:
        self._held.clear()
        if self._spool is not None:
            self._spool.close()
            self._spool = None

    def _out(self, data: bytes | None) -> None:
        if data is not None:
            self._emit(data)

    def _hold(self, index: int, data: bytes | None) -> None:
        if data is None or self._in_memory + len(data) <= self._budget:
            self._held[index] = data
            self._in_memory += len(data or b"")
            return
        if self._spool is None:
            self._spool = tempfile.TemporaryFile(dir=self._spool_dir, prefix=".replyparse-")  # noqa: SIM115
        self._spool.seek(self._spool_end)
        self._spool.write(data)
        self._held[index] = (self._spool_end, len(data))
        self._spool_end += len(data)

    def _take(self, index: int) -> bytes | None:
        item = self._held.pop(index)
        if item is None or isinstance(item, bytes):
            self._in_memory -= len(item or b"")
            return item
        assert self._spool is not None
        offset, size = item
        self._spool.seek(offset)
        return self._spool.read(size)
