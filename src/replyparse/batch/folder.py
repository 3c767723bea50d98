"""What a run keeps in an output folder besides the records and the manifest: the lock
that keeps a second run out, and ``errors.jsonl``, the failures of the last run."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from replyparse.errors import Stage
from replyparse.usage import Param, UsageProblem
from replyparse.writers import atomic_write

ERRORS_NAME = "errors.jsonl"
LOCK_NAME = ".replyparse.lock"


class FolderLock:
    """An exclusive lock on the output folder: two runs must not share a manifest."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        if sys.platform == "win32":  # pragma: no cover - advisory locks are POSIX here
            return
        import fcntl

        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise UsageProblem(
                Param.OUT, "another replyparse run is writing to {path}", path=str(self.path.parent)
            ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def write_errors(folder: Path, failures: Iterable[tuple[str, Stage | None, str | None]]) -> None:
    """``FOLDER/errors.jsonl``: one ``{"source", "stage", "error"}`` line per failure, in
    the order given; removed when there are none, left alone when unchanged."""
    lines = [
        json.dumps({"source": source, "stage": stage, "error": error}, ensure_ascii=False) + "\n"
        for source, stage, error in failures
    ]
    target = folder / ERRORS_NAME
    data = "".join(lines).encode("utf-8")
    try:
        current: bytes | None = target.read_bytes()
    except OSError:
        current = None
    if not lines:
        if current is not None:
            target.unlink()
    elif current != data:
        atomic_write(target, data)
