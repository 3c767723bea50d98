"""Batch extraction: many letters in, one record each out, resumable and parallel.

How a run goes:

1. **Plan.** Check the inputs and the output mode, discover the files (``discover``),
   name each output (``plan_outputs``: collisions resolved deterministically).
2. **Classify** (output folder only). A file whose manifest entry says ``ok`` with the
   same size, mtime, output name and settings, and whose output is still there at the
   recorded size, is skipped; every other file (new, changed, failed before) is to do.
3. **Parse** in worker processes (``-j``): each reads, parses and serialises a chunk of
   files and sends back bytes; the parent consumes the chunks *in submission order*
   from a bounded window, so output order and the manifest are the same whatever the
   number of workers, and memory stays flat.
4. **Write** in the parent: atomic file writes, then the manifest line.

Ctrl-C (or SIGTERM) asks the run to stop: nothing new is started, the chunks already
running are finished and recorded, and the summary says what is left; a second Ctrl-C
abandons the running chunks. A rerun finishes the rest.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from types import FrameType
from typing import Any, Literal, NamedTuple

from replyparse.discover import STDIN, Discovery, InputFile, WalkProblem, discover
from replyparse.errors import InputError, ReplyparseError, Stage
from replyparse.manifest import Entry, Manifest
from replyparse.progress import BatchStats, QuietReporter, Reporter
from replyparse.writers import FolderWriter, JsonlFileWriter, StreamWriter, atomic_write

Format = Literal["json", "jsonl"]
Mode = Literal["folder", "jsonl-file", "stream"]

ERRORS_NAME = "errors.jsonl"
LOCK_NAME = ".replyparse.lock"
_WINDOW_PER_WORKER = 4
"""Chunks in flight per worker: enough to keep workers busy, few enough to bound memory."""
_MAX_CHUNK = 8


class UsageProblem(ReplyparseError):
    """The command line asks for something impossible; the CLI exits with code 2."""

    def __init__(self, message: str, param: str = "PATH") -> None:
        self.param = param
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class BatchOptions:
    inputs: tuple[str, ...]
    out: str | None = None
    format: Format = "json"
    keep_text: bool = True
    jobs: int | None = None
    force: bool = False
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Job:
    """One file to parse, with what the manifest will record about it."""

    file: InputFile
    output: str | None
    size: int
    mtime_ns: int


class Outcome(NamedTuple):
    """What became of one file. ``stage`` is None when it was parsed (and written)."""

    data: bytes | None  # the record, for the parent to write; None once written or failed
    size: int  # the record's length in bytes (0 when failed)
    sha256: str | None
    warnings: tuple[str, ...]
    stage: Stage | None
    reason: str | None


def _failed(stage: Stage, reason: str) -> Outcome:
    return Outcome(None, 0, None, (), stage, reason)


# --- worker side -------------------------------------------------------------------


def parse_one(path: str, keep_text: bool, indent: int | None, target: str | None = None) -> Outcome:
    """Read, parse and serialise one file, and write it to ``target`` when one is given
    (each worker writes its own records: creating files is slow on some file systems,
    and the parent alone would be the bottleneck). Never raises: failures are outcomes."""
    from replyparse.pipeline import parse_bytes, parse_file

    try:
        letter = (
            parse_bytes(sys.stdin.buffer.read(), path=STDIN, keep_text=keep_text)
            if path == STDIN
            else parse_file(path, keep_text=keep_text)
        )
        data = (letter.model_dump_json(indent=indent) + "\n").encode("utf-8")
    except InputError as exc:
        return _failed(exc.stage, exc.reason)
    except Exception as exc:
        return _failed("parse", f"{type(exc).__name__}: {exc}")
    size = len(data)
    if target is not None:
        try:
            atomic_write(Path(target), data)
        except OSError as exc:
            return _failed("write", f"cannot write output: {exc.strerror or exc}")
    sha = letter.source.sha256 if letter.source is not None else None
    if sha is None and path != STDIN:
        with contextlib.suppress(OSError), open(path, "rb") as fh:
            sha = hashlib.file_digest(fh, "sha256").hexdigest()
    warnings = tuple(d.code for d in letter.diagnostics if d.severity == "warning")
    return Outcome(None if target is not None else data, size, sha, warnings, None, None)


def _work_chunk(
    paths: list[str], targets: list[str | None], keep_text: bool, indent: int | None
) -> list[Outcome]:
    """One chunk in one process. Old Word/WPS files of the chunk are converted first in
    a single LibreOffice run (cached in this process, where ``parse_one`` reads them)."""
    from replyparse.readers import prefetch

    prefetch(Path(p) for p in paths if p != STDIN)
    return [parse_one(p, keep_text, indent, t) for p, t in zip(paths, targets, strict=True)]


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
        ctx.set_forkserver_preload(["replyparse.batch", "replyparse.warm"])
        return ctx
    return mp.get_context("spawn")


# --- planning ----------------------------------------------------------------------


def plan_outputs(files: Sequence[InputFile]) -> tuple[list[str], list[tuple[str, str]]]:
    """Output names (relative, POSIX) for a folder run, and the renamed ones.

    ``dir/name.ext`` becomes ``dir/name.json``. When several inputs map to one name
    (``a.docx`` and ``a.txt``; names compared case-insensitively so that the result is
    the same on every file system), the first in input order (names sorted) keeps
    ``a.json`` and each later one gets its full name plus ``.json`` (``a.txt.json``),
    then ``a.txt.2.json``, ``a.txt.3.json``… if that is taken too.
    """
    taken: set[str] = set()
    outputs: list[str] = []
    renamed: list[tuple[str, str]] = []
    for f in files:
        stem, _ = os.path.splitext(f.rel)
        name = f"{stem}.json"
        if name.casefold() in taken:
            name = f"{f.rel}.json"
            n = 2
            while name.casefold() in taken:
                name = f"{f.rel}.{n}.json"
                n += 1
            renamed.append((f.path, name))
        taken.add(name.casefold())
        outputs.append(name)
    return outputs, renamed


def _settings(keep_text: bool) -> str:
    from replyparse import __version__

    return f"replyparse {__version__}; text={'yes' if keep_text else 'no'}"


def _mode(options: BatchOptions) -> Mode:
    out = options.out
    for raw in options.inputs:
        if raw != STDIN and not os.path.exists(raw) and not os.path.islink(raw):
            raise UsageProblem(f"no such file or folder: {raw}")
    if list(options.inputs).count(STDIN) > 1:
        raise UsageProblem("standard input (-) can be given only once")
    if out is None or out == "-":
        return "stream"
    if options.format == "jsonl":
        if os.path.isdir(out):
            raise UsageProblem(
                f"{out} is a folder; --format jsonl writes one file", "'-o' / '--out'"
            )
        return "jsonl-file"
    if os.path.exists(out) and not os.path.isdir(out):
        raise UsageProblem(f"{out} is not a folder", "'-o' / '--out'")
    if STDIN in options.inputs:
        raise UsageProblem(
            "standard input (-) cannot go to an output folder; use -o - or --format jsonl",
            "'-o' / '--out'",
        )
    return "folder"


# --- running -----------------------------------------------------------------------


class _Stop:
    """Set by the first SIGINT/SIGTERM; the second SIGINT raises KeyboardInterrupt."""

    def __init__(self) -> None:
        self.requested = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.requested = True


@contextlib.contextmanager
def _signals(stop: _Stop) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def _outcomes(
    todo: Sequence[Job],
    workers: int,
    keep_text: bool,
    indent: int | None,
    stop: _Stop,
    folder: FolderWriter | None,
) -> Iterator[tuple[Job, Outcome]]:
    """Each job with its outcome, in the order of ``todo``, until a stop is requested.

    With a ``folder``, workers write the records themselves: the folder is prepared
    (created, stale temporary files removed) before the first job bound for it is sent.
    """

    def targets(batch: list[Job]) -> list[str | None]:
        if folder is None:
            return [None] * len(batch)
        return [str(folder.prepare(j.output)) if j.output else None for j in batch]

    if workers <= 1:
        queue = iter(todo)
        while not stop.requested and (batch := list(islice(queue, _MAX_CHUNK))):
            paths = [j.file.path for j in batch]
            results = _work_chunk(paths, targets(batch), keep_text, indent)
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
        return pool.submit(_work_chunk, paths, targets(batch), keep_text, indent)

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
                results = [_failed("parse", reason)] * len(batch)
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                pending = deque((b, submit(pool, b)) for b, _ in pending)
            yield from zip(batch, results, strict=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        keep_alive.close()
        lifeline.close()


class _Lock:
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
                f"another replyparse run is writing to {self.path.parent}", "'-o' / '--out'"
            ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def run_batch(options: BatchOptions, reporter_factory: Callable[[], Reporter]) -> BatchStats:
    """Run one extraction. Raises :class:`UsageProblem` before doing anything when the
    command line cannot work; otherwise returns the run's counts (``.exit_code``)."""
    mode = _mode(options)
    out = Path(options.out) if options.out not in (None, "-") else None
    prune = [out] if mode == "folder" and out is not None and out.is_dir() else []
    from replyparse.readers import SUPPORTED_SUFFIXES

    found = discover(
        options.inputs,
        suffixes=SUPPORTED_SUFFIXES,
        include=options.include,
        exclude=options.exclude,
        prune=prune,
    )
    if mode == "stream" and options.format == "json" and len(found.files) > 1:
        raise UsageProblem(
            f"{len(found.files)} letters found: use -o FOLDER for one JSON file each, "
            "or --format jsonl for one record per line",
            "'-o' / '--out'",
        )
    if mode == "folder":
        assert out is not None
        out.mkdir(parents=True, exist_ok=True)
        lock = _Lock(out)
        lock.acquire()
        try:
            return _Run(options, mode, found.files, reporter_factory(), out).go(found)
        finally:
            lock.release()
    # One record on standard output is a filter, not a batch: no progress, no table.
    single = options.format == "json" and len(found.files) == 1
    reporter = QuietReporter() if single else reporter_factory()
    return _Run(options, mode, found.files, reporter, out).go(found)


class _Run:
    def __init__(
        self,
        options: BatchOptions,
        mode: Mode,
        files: list[InputFile],
        reporter: Reporter,
        out: Path | None,
    ) -> None:
        self.options = options
        self.mode = mode
        self.files = files
        self.reporter = reporter
        self.out = out
        self.stats = BatchStats(seen=len(files))
        self.settings = _settings(options.keep_text)
        self.manifest = Manifest(out) if mode == "folder" and out is not None else None
        self.problems: list[WalkProblem] = []

    def go(self, found: Discovery) -> BatchStats:
        t0 = time.monotonic()
        stats = self.stats
        self.problems = found.problems
        for problem in found.problems:
            if problem.fatal:
                stats.folders_unreadable += 1
                self.reporter.failure(problem.path, "read", problem.reason)
            else:
                stats.folders_skipped += 1
                self.reporter.note(f"{problem.path}: {problem.reason}")
        todo = self._classify()
        stats.to_do = len(todo)
        jobs = self.options.jobs or os.cpu_count() or 1
        if STDIN in self.options.inputs or len(todo) <= 1:
            jobs = 1
        self.reporter.start(stats, jobs)
        stop = _Stop()
        sink = self._sink()
        try:
            with _signals(stop):
                indent = None if self.options.format == "jsonl" else 2
                folder = sink if isinstance(sink, FolderWriter) else None
                outcomes = _outcomes(todo, jobs, self.options.keep_text, indent, stop, folder)
                for job, outcome in outcomes:
                    self._consume(job, outcome, sink)
                    self.reporter.advance(stats)
                stats.interrupted = stop.requested
        except KeyboardInterrupt:
            stats.interrupted = True
        finally:
            self._finish(sink, stats.interrupted)
            stats.elapsed = time.monotonic() - t0
        self.reporter.finish(stats)
        return stats

    def _classify(self) -> list[Job]:
        if self.manifest is None:
            return [Job(f, None, -1, -1) for f in self.files]
        assert self.out is not None
        self.manifest.load()
        self.manifest.compact()
        outputs, renamed = plan_outputs(self.files)
        self.stats.renamed = len(renamed)
        for path, name in renamed[:10]:
            self.reporter.note(f"output name clash: {path} is written to {name}")
        if len(renamed) > 10:
            self.reporter.note(f"… and {len(renamed) - 10} more renamed outputs")
        todo: list[Job] = []
        for f, output in zip(self.files, outputs, strict=True):
            try:
                st = os.stat(f.path)
                size, mtime = st.st_size, st.st_mtime_ns
            except OSError:
                size = mtime = -1
            if not self.options.force and self._unchanged(f, output, size, mtime):
                self.stats.skipped += 1
            else:
                todo.append(Job(f, output, size, mtime))
        return todo

    def _unchanged(self, f: InputFile, output: str, size: int, mtime: int) -> bool:
        assert self.manifest is not None and self.out is not None
        entry = self.manifest.get(os.path.abspath(f.path))
        if (
            entry is None
            or entry.status != "ok"
            or (entry.size, entry.mtime_ns) != (size, mtime)
            or entry.output != output
            or entry.settings != self.settings
        ):
            return False
        try:
            return (self.out / output).stat().st_size == entry.output_bytes
        except OSError:
            return False

    def _sink(self) -> FolderWriter | JsonlFileWriter | StreamWriter:
        if self.mode == "folder":
            assert self.out is not None
            return FolderWriter(self.out)
        if self.mode == "jsonl-file":
            assert self.options.out is not None
            target = Path(self.options.out)
            target.parent.mkdir(parents=True, exist_ok=True)
            return JsonlFileWriter(target)
        return StreamWriter(sys.stdout.buffer)

    def _consume(
        self, job: Job, outcome: Outcome, sink: FolderWriter | JsonlFileWriter | StreamWriter
    ) -> None:
        data, size, sha, warnings, stage, reason = outcome
        if data is not None:
            try:
                if isinstance(sink, FolderWriter):
                    assert job.output is not None
                    sink.write(job.output, data)
                else:
                    sink.write(data)
            except OSError as exc:
                stage, reason = "write", f"cannot write output: {exc.strerror or exc}"
        if stage is None:
            self.stats.parsed += 1
            self.stats.warnings.update(warnings)
        else:
            assert stage is not None and reason is not None
            self.stats.failed += 1
            self.reporter.failure(job.file.path, stage, reason)
        if self.manifest is not None:
            self.manifest.record(
                Entry(
                    source=os.path.abspath(job.file.path),
                    output=job.output,
                    size=job.size,
                    mtime_ns=job.mtime_ns,
                    sha256=sha,
                    status="ok" if stage is None else "failed",
                    stage=stage,
                    error=reason,
                    settings=self.settings,
                    output_bytes=size if stage is None else None,
                )
            )

    def _finish(self, sink: FolderWriter | JsonlFileWriter | StreamWriter, stopped: bool) -> None:
        if isinstance(sink, JsonlFileWriter):
            if stopped:
                sink.discard()
            else:
                sink.commit()
        if self.manifest is not None:
            self.manifest.close()
            self._write_errors()

    def _write_errors(self) -> None:
        """``OUT/errors.jsonl``: every input of this run whose last outcome is a failure,
        and every folder that could not be read; removed when there are none."""
        import json

        assert self.manifest is not None and self.out is not None
        lines: list[str] = []
        for f in self.files:
            entry = self.manifest.get(os.path.abspath(f.path))
            if entry is not None and entry.status == "failed":
                record = {"source": f.path, "stage": entry.stage, "error": entry.error}
                lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        for problem in self.problems:
            if problem.fatal:
                record = {"source": problem.path, "stage": "read", "error": problem.reason}
                lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        target = self.out / ERRORS_NAME
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
