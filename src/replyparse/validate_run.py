"""Reading and checking the letters ``validate`` was given, in input order, with ``-j``
worker processes.

:func:`collect_inputs` is the one place validate turns its paths into files (it will
use the walker ``extract`` uses once that is shared); :func:`check_files` yields each
file's findings in that order, whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from replyparse.config import Policy
from replyparse.discover import STDIN, Discovery, discover
from replyparse.errors import InputError
from replyparse.model import Letter
from replyparse.parser import parse_text
from replyparse.readers import SUPPORTED_SUFFIXES, Document, read, read_bytes
from replyparse.validate import Finding, findings, unreadable

_CHUNK = 4
"""Files a worker takes at a time: enough to amortise the hand-over, small enough to
keep the output flowing in order."""
_POLL_SECONDS = 0.2


class InputProblem(ValueError):
    """A path the user gave cannot be used at all (a usage error, exit 2)."""


@dataclass(frozen=True, slots=True)
class CheckedFile:
    """One file's outcome: ``read`` is False when it could not be read."""

    path: str
    found: list[Finding]
    read: bool = True


def collect_inputs(
    paths: Sequence[str], *, include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Discovery:
    """The files under ``paths`` (folders walked for the readers' suffixes, filters applied
    inside folders) and the folders that could not be read. ``-`` is standard input."""
    if list(paths).count(STDIN) > 1:
        raise InputProblem("standard input (-) can be given only once")
    missing = [p for p in paths if p != STDIN and not os.path.lexists(p)]
    if missing:
        raise InputProblem(f"no such file or folder: {missing[0]}")
    return discover(paths, suffixes=SUPPORTED_SUFFIXES, include=include, exclude=exclude)


def _check(document: Document, path: str, policy: Policy) -> CheckedFile:
    try:
        # no keywords: no rule reads them, and they cost the segmenter's start
        letter: Letter = parse_text(document.text, source=document.source, keywords=False)
    except Exception as exc:  # parse_text must not raise; if it does, one file fails
        reason = f"could not be parsed: {type(exc).__name__}: {exc}"
        return CheckedFile(path, [unreadable(path, reason)], read=False)
    return CheckedFile(path, findings(path, letter, policy))


def check_path(path: str, policy: Policy) -> CheckedFile:
    """Read and check one file; an unreadable one is a finding, never an exception."""
    try:
        document = read(Path(path))
    except InputError as exc:
        return CheckedFile(path, [unreadable(path, exc.reason)], read=False)
    return _check(document, path, policy)


def check_stdin(name: str, policy: Policy) -> CheckedFile:
    """Read standard input to its end and check it as the letter ``name``."""
    data = sys.stdin.buffer.read()
    try:
        document = read_bytes(data, path=name)
    except InputError as exc:
        return CheckedFile(name, [unreadable(name, exc.reason)], read=False)
    return _check(document, name, policy)


def _check_chunk(paths: list[str], policy: Policy) -> list[CheckedFile]:
    return [check_path(p, policy) for p in paths]


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops handing out chunks."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _result(future: Future[list[CheckedFile]]) -> list[CheckedFile]:
    """The chunk's outcomes. Waits in short steps: a signal may be delivered to the pool's
    own thread, and a Ctrl-C must not wait for the chunk to end to be seen."""
    while True:
        try:
            return future.result(timeout=_POLL_SECONDS)
        except TimeoutError:
            continue


def _context() -> multiprocessing.context.BaseContext:
    # fork shares the imported parser with the workers; elsewhere fork is unsafe
    return multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")


def check_files(
    files: Sequence[str], policy: Policy, *, jobs: int, stdin_name: str
) -> Iterator[CheckedFile]:
    """Each file's outcome, in the order given. ``-`` reads standard input (in this
    process); with ``jobs`` > 1 and more than one chunk of files, the others are read and
    parsed by worker processes (a handful of files is checked here: starting workers
    would cost more than it saves)."""
    others = [f for f in files if f != STDIN]
    chunks = [others[i : i + _CHUNK] for i in range(0, len(others), _CHUNK)]
    workers = min(jobs, len(chunks))  # a worker takes a chunk at a time: no more than chunks
    if workers <= 1:
        for f in files:
            yield check_stdin(stdin_name, policy) if f == STDIN else check_path(f, policy)
        return
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=_ignore_interrupts
    )
    try:
        futures = [pool.submit(_check_chunk, chunk, policy) for chunk in chunks]
        done = (checked for future in futures for checked in _result(future))
        for f in files:
            yield check_stdin(stdin_name, policy) if f == STDIN else next(done)
    finally:
        # on Ctrl-C (or a consumer that stops early) the chunks not started are dropped;
        # the running ones end on their own, a few files at most
        pool.shutdown(wait=True, cancel_futures=True)
