"""What a run keeps beside its records and the manifest: the lock that keeps a second
run out of an output folder, the errors file, the failures of the last run, and the
list of the paths it skipped on purpose.

``errors.jsonl`` must be written even when the disk filled up during the run, so its
temporary file is opened, and space reserved for it, before any record is written.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from replyparse.discover import Skipped
from replyparse.errors import ReplyparseError, Stage
from replyparse.paths import exact_utf8, said, why_unwritable
from replyparse.usage import Param, UsageProblem
from replyparse.writers import atomic_write, open_locked_temp, remove_stale

ERRORS_NAME = "errors.jsonl"
SKIPPED_NAME = "skipped.jsonl"
LOCK_NAME = ".replyparse.lock"
LOCK_SUFFIX = ".lock"
_RESERVE_PER_LINE = 512
_RESERVE_MAX = 16 * 1024 * 1024


class OutputLocked(ReplyparseError):
    """Another run holds the output (``path``): no usage error, a state that passes, so
    the CLI exits 75 (EX_TEMPFAIL, "try again later"). ``holder`` says who, when known; a
    folder is named with its separator at the end (``out/``), as it is typed."""

    def __init__(self, path: Path, holder: str | None, *, folder: bool = False) -> None:
        self.path = path
        self.holder = holder
        who = f" ({holder})" if holder else ""
        name = said(f"{path}{os.sep}" if folder else str(path))
        super().__init__(
            f"{name} is in use by another replyparse run{who}: try again when it has finished"
        )


class OutputLock:
    """An exclusive lock on an output, taken on ``lock`` (a file that stays): two runs
    must not share a manifest, nor write one database at once. While held, the file
    names the holder (process id, host, start time), so a refused run can say who."""

    def __init__(self, output: Path, lock: Path, *, folder: bool = False) -> None:
        self.output = output
        self.path = lock
        self.is_folder = folder
        self.fd: int | None = None
        self.created = False

    @classmethod
    def folder(cls, folder: Path) -> OutputLock:
        """The lock of an output folder: ``FOLDER/.replyparse.lock``, in the folder the
        name resolves to (one folder, however it is reached, has one lock)."""
        return cls(folder, Path(os.path.realpath(folder)) / LOCK_NAME, folder=True)

    @classmethod
    def database(cls, database: Path) -> OutputLock:
        """The lock of a database: ``NAME.db.lock`` beside the file its name resolves to
        (SQLite's own locks are per transaction; a run's manifest and ids span many).
        Resolved as SQLite resolves it for its ``-wal`` file: the same database through a
        link, or a link to its folder, takes the same lock, not one of its own."""
        real = Path(os.path.realpath(database))
        return cls(database, real.with_name(real.name + LOCK_SUFFIX))

    def acquire(self) -> None:
        """Take the lock; :class:`OutputLocked` when another run has it,
        :class:`UsageProblem` when the lock file cannot be written at all."""
        while True:
            fd, self.created = self._open()
            if sys.platform == "win32":  # pragma: no cover - advisory locks are POSIX here
                break
            import fcntl

            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = _holder(fd)
                os.close(fd)
                raise OutputLocked(self.output, holder, folder=self.is_folder) from None
            if _same_file(fd, self.path):
                break
            os.close(fd)  # removed by a run that gave up (:meth:`abandon`): open it anew
        self.fd = fd
        with contextlib.suppress(OSError):  # who holds it: a help, not a need
            started = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
            told = f"pid {os.getpid()} on {socket.gethostname()}, started {started}\n"
            os.ftruncate(fd, 0)
            os.pwrite(fd, told.encode("utf-8"), 0)

    def _open(self) -> tuple[int, bool]:
        """The lock file, open, and whether this call created it."""
        try:
            try:
                return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644), True
            except FileExistsError:
                return os.open(self.path, os.O_RDWR), False
        except OSError as exc:
            # (named as the user named the output: its lock file is the run's own business)
            raise UsageProblem(
                Param.OUT,
                "cannot write to {path}: {reason}",
                path=said(f"{self.output}{os.sep}" if self.is_folder else str(self.output)),
                reason=why_unwritable(self.path, exc),
            ) from None

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):  # held no more: it names no one
                os.ftruncate(self.fd, 0)
            os.close(self.fd)
            self.fd = None

    def finish(self) -> None:
        """Release the lock at the end of a run, and take the lock file away with it when
        it lies beside a database (``archive.db.lock``: the user's folder, not replyparse's;
        an output folder's ``.replyparse.lock`` stays in the folder, a dot file of the
        run's own). Removed while still held, as :meth:`abandon` removes it: a run that
        opened it meanwhile gets the lock only once this one lets go, finds the name no
        longer its file, and opens it anew; a run that holds it now is still found by
        the next, which makes the file again and finds it locked, or gets it."""
        if self.fd is not None and not self.is_folder and _same_file(self.fd, self.path):
            with contextlib.suppress(OSError):  # (Windows: an open file stays)
                os.unlink(self.path)
        self.release()

    def abandon(self) -> None:
        """Release the lock of a run refused before it wrote anything, and remove the
        lock file if this run created it, so that a refused command leaves nothing
        behind. Removed while still held: a run that opened it meanwhile finds, once
        it has the lock, that the name is no longer its file, and opens it anew."""
        if self.fd is not None and self.created:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        self.release()


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``path`` still names the file open as ``fd``."""
    try:
        named = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def _holder(fd: int) -> str | None:
    """The holder a lock file names (``pid 812 on host, started …``), if it names one."""
    try:
        told = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        return None
    return told.splitlines()[0] if told else None


class ErrorsFile:
    """``target`` (``FOLDER/errors.jsonl``, ``NAME.errors.jsonl`` beside a file output):
    one ``{"source", "stage", "error"}`` line per failure."""

    def __init__(self, target: Path) -> None:
        self.folder = target.parent
        self.target = target
        self._tmp: BinaryIO | None = None

    def reserve(self, lines: int) -> None:
        """Open the temporary file now and reserve room for about ``lines`` lines, so a
        disk that fills up later cannot keep the failures from being listed (a killed
        run's one is removed first). Best effort."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            remove_stale(self.folder)
            self._tmp = open_locked_temp(self.folder)
            size = min(_RESERVE_MAX, 4096 + _RESERVE_PER_LINE * lines)
            if hasattr(os, "posix_fallocate"):
                os.posix_fallocate(self._tmp.fileno(), 0, size)
        except OSError:
            pass  # the disk is full already: try again at the end

    def write(self, failures: Iterable[tuple[str, Stage | None, str | None]]) -> None:
        """Write the failures in the order given; remove the file when there are none and
        leave it alone when unchanged. Raises :class:`OSError` when it cannot be written
        (nothing partial is left)."""
        lines = [
            json.dumps({"source": s, "stage": st, "error": e}, ensure_ascii=False) + "\n"
            for s, st, e in failures
        ]
        data = exact_utf8("".join(lines))
        try:
            current: bytes | None = self.target.read_bytes()
        except OSError:
            current = None
        try:
            if not lines:
                if current is not None:
                    self.target.unlink()
            elif current != data:
                self.folder.mkdir(parents=True, exist_ok=True)
                tmp = self._tmp or open_locked_temp(self.folder)
                self._tmp = tmp
                tmp.seek(0)
                tmp.write(data)
                tmp.truncate(len(data))
                tmp.flush()
                os.fsync(tmp.fileno())
                os.replace(tmp.name, self.target)
        finally:
            self.discard()

    def discard(self) -> None:
        """Close and remove the temporary file, if it is still there."""
        if self._tmp is not None:
            name = self._tmp.name
            with contextlib.suppress(OSError):
                self._tmp.close()
            with contextlib.suppress(OSError):
                os.unlink(name)
            self._tmp = None


def write_skipped(target: Path, skipped: Iterable[Skipped]) -> bool:
    """List the paths a run skipped on purpose in ``target``, one ``{"path", "kind",
    "reason", "detail"}`` line each (``kind``: ``file`` or ``folder``; ``reason``: a
    :data:`~replyparse.discover.SkipReason`), in walk order; remove the file when
    nothing was skipped, leave it alone when unchanged. True when it lists anything.
    Raises :class:`OSError` when it cannot be written (nothing partial is left)."""
    lines = [
        json.dumps(
            {
                "path": s.path,
                "kind": "folder" if s.folder else "file",
                "reason": s.reason,
                "detail": s.detail,
            },
            ensure_ascii=False,
        )
        + "\n"
        for s in skipped
    ]
    data = exact_utf8("".join(lines))
    try:
        current: bytes | None = target.read_bytes()
    except OSError:
        current = None
    if not lines:
        if current is not None:
            target.unlink()
        return False
    if current != data:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, data, durable=True)
    return True
