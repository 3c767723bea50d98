"""Writing records: atomic files in a folder, one JSON Lines file, or a stream.

Every file is written to a temporary name in its own folder and renamed over the
target (``os.replace``), so a reader or a rerun sees either the old file or the new
one, never half a record, whatever kills the process. Temporary names start with
``.replyparse-tmp-`` and do not end in ``.json``; a rerun removes stale ones it finds
next to the files it writes.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import BinaryIO

TMP_PREFIX = ".replyparse-tmp-"


def _temp_name(target: Path) -> Path:
    return target.with_name(f"{TMP_PREFIX}{os.getpid()}-{target.name}.part")


def atomic_write(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically (same-folder temporary file, then rename)."""
    tmp = _temp_name(target)
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


class FolderWriter:
    """Prepares the folders under ``root`` that workers write records to (each once)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._made: set[Path] = set()

    def prepare(self, rel: str) -> Path:
        """The target of ``rel``, its folder made and cleaned of stale temporary files on
        first use (so a worker may then write there)."""
        target = self.root / rel
        parent = target.parent
        if parent not in self._made:
            parent.mkdir(parents=True, exist_ok=True)
            self._clean_stale(parent)
            self._made.add(parent)
        return target

    @staticmethod
    def _clean_stale(folder: Path) -> None:
        """Remove temporary files a killed run left in ``folder``."""
        with os.scandir(folder) as it:
            stale = [e.path for e in it if e.name.startswith(TMP_PREFIX)]
        for path in stale:
            with contextlib.suppress(OSError):
                os.unlink(path)


class JsonlFileWriter:
    """One JSON Lines file, written to a temporary name and renamed on :meth:`commit`.

    An interrupted run calls :meth:`discard`: the previous file, if any, stays as it was.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self._tmp = _temp_name(target)
        self._fh: BinaryIO = open(self._tmp, "wb")  # noqa: SIM115 - closed in commit/discard

    def write(self, line: bytes) -> None:
        self._fh.write(line)

    def commit(self) -> None:
        self._fh.close()
        os.replace(self._tmp, self.target)

    def discard(self) -> None:
        self._fh.close()
        with contextlib.suppress(OSError):
            self._tmp.unlink()


class StreamWriter:
    """Records to a binary stream (standard output), flushed after each one."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def write(self, data: bytes) -> None:
        self.stream.write(data)
        self.stream.flush()
