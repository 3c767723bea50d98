"""Handing tasks to worker processes and keeping time: results as each file finishes.

:func:`run_tasks` starts up to ``workers`` processes (:mod:`.workers`), hands each one
chunk of tasks at a time, and yields every task's result as soon as it arrives, in
whatever order the workers finish. Only the parent keeps time: a task still running
``timeout`` seconds after it began has its worker killed (SIGKILL, so even a regular
expression stuck in C code ends) and comes out :class:`~.workers.Lost`; the rest of its
chunk goes to a fresh worker. A worker that dies (out of memory, killed) loses only the
task it was on. A chunk whose preparation (LibreOffice converting its old Word files at
once) runs out of time is tried again one file at a time. The first Ctrl-C or SIGTERM
stops handing out work (:class:`Stop`); the second Ctrl-C abandons the running tasks,
but not the run's last writes (:meth:`Stop.shielded`: the manifest, the lists, the summary).
A step before any task runs (the parent loading the parser for its workers) can be cut
short by the first one (:func:`unless_stopped`). The parent starts no thread, so forking
stays safe.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from types import FrameType
from typing import TypeVar

from replyparse.batch.workers import PREPARED, Lost, Work, Worker, WorkerSet, receive, send

T = TypeVar("T")
R = TypeVar("R")

_TICK = 0.25
"""Longest wait without calling ``tick`` (progress display), in seconds."""


class Abandoned(BaseException):
    """Raised by :class:`Stop`'s first signal into a step :func:`unless_stopped` runs.
    A BaseException, as KeyboardInterrupt is: no ``except Exception`` on the way (an
    optional import's fallback) takes it for a failure of its own."""


class Stop:
    """Set by the first SIGINT/SIGTERM; the second SIGINT raises KeyboardInterrupt.
    ``signum`` is the signal that asked first (the exit code is 128 plus it). A run may
    also set ``requested`` for a cause of its own (``--fail-fast``, a closed standard
    output): no new file starts, but no signal asked, so :meth:`stopping` says nothing.
    ``started``: whether a task was handed to a worker (:func:`run_tasks`), so that the
    note says whether files are in flight. ``again``: a second Ctrl-C came while the run's
    last writes were :meth:`shielded` from it (and waited for them)."""

    def __init__(self) -> None:
        self.requested = False
        self.signum: int = signal.SIGINT
        self.started = False
        self.again = False
        self._signalled = False
        self._told = False
        self._cutting = False  # a step unless_stopped runs: the first signal ends it
        self._shielded = False  # the run's last writes: a second Ctrl-C waits for them

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.requested and signum == signal.SIGINT:
            if self._shielded:
                self.again = True
                return
            raise KeyboardInterrupt
        if not self.requested:
            self.signum = signum
            self._signalled = True
        self.requested = True
        if self._cutting:
            self._cutting = False  # (once: the handler of a later signal raises nothing)
            raise Abandoned

    @contextlib.contextmanager
    def shielded(self) -> Iterator[None]:
        """A block a second Ctrl-C does not cut short: the run's last writes (the
        manifest compacted, the errors and skipped lists, a database's commit) and its
        summary. Each file is written whole or not at all (a temporary file renamed into
        place) whatever cuts it, but a Ctrl-C among them would leave the lists out of
        step with the manifest, and the user without a word of what was done or how to
        resume. Such a Ctrl-C sets :attr:`again`, for the run to say it was waited out."""
        shielded, self._shielded = self._shielded, True
        try:
            yield
        finally:
            self._shielded = shielded

    @property
    def exit_code(self) -> int:
        """What a run stopped by this signal exits with: 130 for SIGINT, 143 for SIGTERM."""
        return 128 + self.signum

    def stopping(self, done: str = "recorded", *, files: int | None = None) -> str | None:
        """Once a stop is asked, the first time only: the line saying what happens now
        (``stopping (Ctrl-C): no new file is started; the files in flight are finished
        and recorded …``; ``done``: ``reported`` for validate), so that a Ctrl-C does not
        look lost while the files in flight finish (old Word files in LibreOffice can
        take a while); else None, as when the run asked the stop itself (``--fail-fast``
        after a failure: that failure's line says why). A run of one file (``files``: 1,
        ``-o a.json``) says that one is finished: "no new file" and "the files in flight"
        would speak of files it has not."""
        if not self._signalled or self._told:
            return None
        self._told = True
        # (after a SIGTERM no Ctrl-C was pressed to press "again": a service manager's
        # stop, or kill; a second SIGTERM does not abandon them, a SIGINT does)
        them = "it" if files == 1 else "them"
        if self.signum == signal.SIGINT:
            asked, abandon = "Ctrl-C", f"Ctrl-C again abandons {them}"
        else:
            asked, abandon = "SIGTERM", f"a Ctrl-C or SIGINT now abandons {them}"
        if not self.started:  # asked as the run started: nothing to finish, nor to abandon
            return f"stopping ({asked}): no file is started (none was in flight yet)"
        if files == 1:
            return f"stopping ({asked}): the file in flight is finished and {done} ({abandon})"
        return (
            f"stopping ({asked}): no new file is started; the files in flight are "
            f"finished and {done} ({abandon})"
        )


@contextlib.contextmanager
def stop_signals(stop: Stop) -> Iterator[None]:
    """SIGINT and SIGTERM go to ``stop`` while the block runs (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def unless_stopped(stop: Stop, step: Callable[[], None]) -> bool:
    """Run ``step`` (main thread) unless a stop was asked; the first SIGINT or SIGTERM
    while it runs ends it there (:class:`Abandoned`, caught here), as it lands. For a
    step that only prepares work no file has started yet (loading the parser before the
    workers fork: seconds on a busy machine), which a stop makes pointless: the run does
    not wait for it to end in silence. Whether ``step`` ran to its end."""
    stop._cutting = True
    try:
        if stop.requested:  # (checked once the handler would cut: no signal slips between)
            stop._cutting = False
            return False
        step()
        stop._cutting = False  # (a signal before this line still cuts it: caught below)
        return True
    except Abandoned:
        return False
    finally:
        stop._cutting = False


def run_tasks(
    tasks: Sequence[T],
    work: Work[T, R],
    *,
    workers: int,
    timeout: float,
    stop: Stop,
    chunks: Iterable[Sequence[int]] | None = None,
    dispatch: Callable[[int], T] | None = None,
    tick: Callable[[], None] | None = None,
) -> Generator[tuple[int, R | Lost], None, None]:
    """Each task's index with its result (or :class:`Lost`), as the workers finish them.

    Stops handing out work once ``stop.requested``; what is running then is finished.
    ``chunks`` says which tasks go to a worker together, in which order (default: each
    alone, in order): a worker's tasks wait for each other, so only tasks that gain from
    sharing :meth:`~.workers.Work.prepare` should share a chunk. ``dispatch(index)``, when
    given, makes the task sent for ``index`` just before it is sent (so the parent can
    prepare for it); ``tick`` is called at least every quarter second.
    """
    pool: WorkerSet[T, R] = WorkerSet(work, workers)
    fresh = iter(chunks if chunks is not None else ([i] for i in range(len(tasks))))
    again: deque[list[int]] = deque()  # chunks to hand out before fresh ones

    def next_chunk() -> list[int]:
        return again.popleft() if again else list(next(fresh, []))

    def hand_out(worker: Worker, indices: list[int]) -> None:
        """Send the tasks ``indices`` to ``worker`` (idle); if it died meanwhile, they go
        back to the front of the queue."""
        sent = [(i, dispatch(i) if dispatch else tasks[i]) for i in indices]
        stop.started = True
        pool.assign(worker, indices)
        worker.preparing = len(indices) > 1  # a lone task is timed as a whole
        worker.deadline = time.monotonic() + timeout * len(indices)
        try:
            send(worker.conn, sent)
        except OSError:  # it died while idle: nothing of the chunk was started
            worker.chunk.clear()
            pool.bury(worker, kill=True)
            again.appendleft(indices)

    def lose(worker: Worker, reason: str, timed_out: bool) -> Iterator[tuple[int, Lost]]:
        left = list(worker.chunk)
        if worker.preparing and len(left) > 1:  # no file to blame: one at a time
            again.extendleft([i] for i in reversed(left))
            return
        if left[1:]:
            again.appendleft(left[1:])
        yield left[0], Lost(reason, timed_out)

    try:
        while True:
            while not stop.requested and (indices := next_chunk()):
                worker = pool.idle()
                if worker is None:
                    again.appendleft(indices)
                    break
                hand_out(worker, indices)
            busy = pool.busy()
            if not busy:
                return
            soonest = min(w.deadline for w in busy) - time.monotonic()
            for worker in pool.ready(max(0.0, min(soonest, _TICK))):
                try:
                    message = receive(worker.conn)
                except (EOFError, OSError):
                    ended = pool.bury(worker, kill=True)
                    yield from lose(worker, f"worker process failed: {ended}", False)
                    continue
                now = time.monotonic()
                if message == PREPARED:
                    worker.preparing = False
                    worker.deadline = now + timeout
                    continue
                index, result = message
                worker.chunk.popleft()
                if worker.chunk:
                    worker.deadline = now + timeout
                else:
                    pool.rest(worker)
                    # its next task goes out before this result is accounted for, so the
                    # worker is not idle while the parent writes the manifest
                    if not stop.requested and (indices := next_chunk()):
                        hand_out(worker, indices)
                yield index, result
            now = time.monotonic()
            for worker in pool.busy():
                if now >= worker.deadline:
                    pool.bury(worker, kill=True)
                    reason = f"timeout: not finished within {timeout:g} s"
                    yield from lose(worker, reason, True)
            if tick is not None:
                tick()
    finally:
        pool.shutdown()
