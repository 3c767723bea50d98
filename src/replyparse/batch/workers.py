"""Worker processes: forking one, what it does all its life, and burying it.

A worker is forked from the parent (so it starts with everything the parent has
imported, and shares those pages), closes every file descriptor it inherited but its
pipe and standard error, and then serves: a chunk of tasks in, :data:`PREPARED` once
:meth:`Work.prepare` has run on a chunk of several, then one ``(index, result)`` per task
out. It
ignores Ctrl-C and SIGTERM (the parent decides what stops) and dies with the parent: on Linux the
kernel kills it (``PR_SET_PDEATHSIG``), elsewhere it exits when its pipe closes. POSIX
only (``os.fork``). Scheduling and deadlines are :mod:`.pool`'s.
"""

from __future__ import annotations

import contextlib
import gc
import math
import os
import pickle
import select
import signal
import sys
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, Pipe
from typing import Any, Generic, NamedTuple, Protocol, TypeVar

from replyparse.parentdeath import signal_when_parent_dies

T = TypeVar("T")
R = TypeVar("R")
T_contra = TypeVar("T_contra", contravariant=True)
R_co = TypeVar("R_co", covariant=True)

PREPARED = "prepared"


class Work(Protocol[T_contra, R_co]):
    """What workers do: ``prepare`` a chunk of tasks, then call the work on each task.
    Runs in the worker, inherited through ``fork`` (never pickled); should not raise
    (an exception becomes a :class:`Lost` result). Tasks and results are pickled."""

    def __call__(self, task: T_contra, /) -> R_co: ...
    def prepare(self, tasks: Sequence[T_contra], /) -> None: ...


class Lost(NamedTuple):
    """A task that gave no result: its worker ran out of time, or died."""

    reason: str
    timed_out: bool


@dataclass(slots=True)
class Worker:
    """One worker process, as the parent sees it."""

    pid: int
    conn: Connection
    chunk: deque[int] = field(default_factory=deque)  # handed out, not finished, in order
    preparing: bool = False
    deadline: float = float("inf")


def send(conn: Connection, message: object) -> None:
    """Send ``message`` (tasks, a result) through a worker's pipe. Plain pickle, where
    ``Connection.send`` builds a ``ForkingPickler`` (and copies its table of reducers for
    sockets and pipes) for every message: tasks and results are plain data."""
    conn.send_bytes(pickle.dumps(message, pickle.HIGHEST_PROTOCOL))


def receive(conn: Connection) -> Any:
    """The next message :func:`send` sent through ``conn``; :class:`EOFError` or
    :class:`OSError` when the other end has gone."""
    return pickle.loads(conn.recv_bytes())


def _leave_it_to_the_command(signum: int, frame: object) -> None:
    """A worker's SIGTERM handler: nothing; the parent, signalled too, decides."""


def _serve(conn: Connection, work: Work[T, R], parent: int) -> None:
    """The worker's life: chunks in, ``PREPARED`` then one ``(index, result)`` per task out.

    Every file descriptor but its pipe and standard error is closed first: a worker must
    hold no lock, output or pipe of the parent (a rerun after a kill must find them free).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM to the whole process group (timeout -s TERM, a service manager) asks the
    # command to stop, as Ctrl-C does: the worker finishes its file. A handler that does
    # nothing rather than SIG_IGN, which a program the worker runs would inherit (the
    # LibreOffice it starts must still die of its parent-death SIGTERM).
    signal.signal(signal.SIGTERM, _leave_it_to_the_command)
    signal_when_parent_dies(parent, signal.SIGKILL)
    own = conn.fileno()
    os.closerange(3, own)
    os.closerange(own + 1, os.sysconf("SC_OPEN_MAX") if hasattr(os, "sysconf") else 65536)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    os.dup2(2, 1)  # nothing a library prints may land among records on standard output
    sys.stdout = sys.stderr
    while True:
        try:
            chunk: list[tuple[int, T]] = receive(conn)
        except (EOFError, OSError):
            return
        with contextlib.suppress(Exception):
            work.prepare([task for _, task in chunk])
        if len(chunk) > 1:  # a lone task's preparation is part of its own time
            send(conn, PREPARED)
        for index, task in chunk:
            result: R | Lost
            try:
                result = work(task)
            except Exception as exc:
                result = Lost(f"worker error: {type(exc).__name__}: {exc}", timed_out=False)
            send(conn, (index, result))


class WorkerSet(Generic[T, R]):
    """The worker processes of one run and what each is doing.

    The busy workers' pipes stay registered with one ``poll`` object for the whole run
    (:meth:`ready`), rather than a selector built for every wait: the parent waits once
    per file.
    """

    def __init__(self, work: Work[T, R], size: int) -> None:
        self.work = work
        self.size = size
        self.workers: dict[Connection, Worker] = {}
        self._poll = select.poll()
        self._busy: dict[int, Worker] = {}  # by pipe descriptor: the workers polled

    def idle(self) -> Worker | None:
        """A worker with nothing to do, started if there are fewer than ``size``."""
        for worker in self.workers.values():
            if not worker.chunk:
                return worker
        return self._fork() if len(self.workers) < self.size else None

    def busy(self) -> list[Worker]:
        return list(self._busy.values())

    def assign(self, worker: Worker, indices: Sequence[int]) -> None:
        """``worker`` (idle) is handed the tasks ``indices``: wait for its results."""
        worker.chunk.extend(indices)
        fd = worker.conn.fileno()
        if fd not in self._busy:
            self._busy[fd] = worker
            self._poll.register(fd, select.POLLIN)

    def rest(self, worker: Worker) -> None:
        """Stop waiting for ``worker``: it has finished its chunk, or is being buried."""
        worker.deadline = float("inf")
        fd = worker.conn.fileno()
        if self._busy.pop(fd, None) is not None:
            self._poll.unregister(fd)

    def ready(self, timeout: float) -> list[Worker]:
        """The busy workers with a message (or whose pipe closed), waiting up to
        ``timeout`` seconds for one."""
        events = self._poll.poll(math.ceil(timeout * 1000))
        return [self._busy[fd] for fd, _ in events]

    def _fork(self) -> Worker:
        parent_end, child_end = Pipe(duplex=True)
        parent = os.getpid()
        # What the parent holds now (the parser, when preloaded) is never collected: moved
        # out of the collector's sight, a worker's collections neither walk it nor copy
        # its pages (they stay shared with the parent and the other workers).
        gc.freeze()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child; coverage cannot see it
            code = 0
            try:
                parent_end.close()
                _serve(child_end, self.work, parent)
            except BaseException:  # a result that cannot be pickled, a lost pipe
                code = 1
            finally:
                os._exit(code)
        child_end.close()
        worker = Worker(pid, parent_end)
        self.workers[parent_end] = worker
        return worker

    def bury(self, worker: Worker, *, kill: bool) -> str:
        """Remove ``worker`` (killing it first if asked); how it ended, in words."""
        self.rest(worker)
        del self.workers[worker.conn]
        worker.conn.close()
        if kill:
            with contextlib.suppress(ProcessLookupError):
                os.kill(worker.pid, signal.SIGKILL)
        _, status = os.waitpid(worker.pid, 0)
        if os.WIFSIGNALED(status):
            return f"killed by {signal.Signals(os.WTERMSIG(status)).name}"
        return f"exited with code {os.waitstatus_to_exitcode(status)}"

    def shutdown(self) -> None:
        """Kill the busy workers, let the idle ones see their pipe close, reap them all."""
        for worker in self.busy():
            self.bury(worker, kill=True)
        for worker in list(self.workers.values()):
            worker.conn.close()
        deadline = time.monotonic() + 2.0
        for worker in list(self.workers.values()):
            while os.waitpid(worker.pid, os.WNOHANG) == (0, 0):
                if time.monotonic() > deadline:
                    os.kill(worker.pid, signal.SIGKILL)
                    os.waitpid(worker.pid, 0)
                    break
                time.sleep(0.005)
            del self.workers[worker.conn]
