"""Worker processes for a batch: the pool, the lifeline to the parent, and stop signals.

:func:`outcomes` hands chunks of files to worker processes and yields each file with its
outcome *in submission order*, from a bounded window of chunks in flight, so outputs are
the same whatever the number of workers and memory stays flat. A worker that dies fails
its chunk and the run goes on with a fresh pool. Workers ignore Ctrl-C and exit when the
parent dies; the parent's first Ctrl-C (or SIGTERM) stops new work (:class:`Stop`).
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing.connection import Connection
from types import FrameType
from typing import Any

from replyparse.batch.plan import Job
from replyparse.batch.work import Outcome, failed, work_chunk

_WINDOW_PER_WORKER = 4
"""Chunks in flight per worker: enough to keep workers busy, few enough to bound memory."""
_MAX_CHUNK = 8


class Stop:
    """Set by the first SIGINT/SIGTERM; the second SIGINT raises KeyboardInterrupt."""

    def __init__(self) -> None:
        self.requested = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.requested = True


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


def _init_worker(lifeline: Connection) -> None:
    """Workers ignore Ctrl-C (the parent decides what stops) and exit when the parent
    dies, even by SIGKILL: ``lifeline`` is the read end of a pipe only the parent can
    write to, so reading it ends (EOFError) exactly when the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        with contextlib.suppress(EOFError, OSError):
            while True:
                lifeline.recv()
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="replyparse-lifeline").start()


def _mp_context() -> Any:
    """forkserver where available: workers fork from a clean server that has imported
    replyparse once (no threads inherited from the parent); spawn elsewhere."""
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        # the server loads jieba once; every worker forks from it ready to parse
        ctx.set_forkserver_preload(["replyparse.batch.work", "replyparse.warm"])
        return ctx
    return mp.get_context("spawn")


def outcomes(
    todo: Sequence[Job],
    workers: int,
    keep_text: bool,
    indent: int | None,
    stop: Stop,
    target: Callable[[Job], str | None],
) -> Iterator[tuple[Job, Outcome]]:
    """Each job with its outcome, in the order of ``todo``, until a stop is requested.

    ``target`` names the file a worker writes a job's record to (None: the record comes
    back in the outcome); it is called in this process before the job is sent.
    """

    def targets(batch: list[Job]) -> list[str | None]:
        return [target(j) for j in batch]

    if workers <= 1:
        queue = iter(todo)
        while not stop.requested and (batch := list(islice(queue, _MAX_CHUNK))):
            paths = [j.file.path for j in batch]
            results = work_chunk(paths, targets(batch), keep_text, indent)
            yield from zip(batch, results, strict=True)
        return
    chunk = max(1, min(_MAX_CHUNK, len(todo) // (workers * 16)))
    window = workers * _WINDOW_PER_WORKER
    ctx = _mp_context()

    lifeline, keep_alive = ctx.Pipe(duplex=False)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers, mp_context=ctx, initializer=_init_worker, initargs=(lifeline,)
        )

    def submit(pool: ProcessPoolExecutor, batch: list[Job]) -> Future[list[Outcome]]:
        paths = [j.file.path for j in batch]
        return pool.submit(work_chunk, paths, targets(batch), keep_text, indent)

    pool = new_pool()
    pending: deque[tuple[list[Job], Future[list[Outcome]]]] = deque()
    jobs = iter(todo)
    try:
        while True:
            while not stop.requested and len(pending) < window:
                batch = list(islice(jobs, chunk))
                if not batch:
                    break
                pending.append((batch, submit(pool, batch)))
            if not pending:
                return
            if stop.requested:  # drop queued chunks, finish the running ones
                for _, fut in pending:
                    fut.cancel()
            batch, fut = pending.popleft()
            if fut.cancelled():
                continue
            try:
                results = fut.result()
            except Exception as exc:  # a worker died (killed, out of memory): recover
                reason = f"worker process failed: {type(exc).__name__}: {exc}"
                results = [failed("parse", reason)] * len(batch)
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                pending = deque((b, submit(pool, b)) for b, _ in pending)
            yield from zip(batch, results, strict=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        keep_alive.close()
        lifeline.close()
