"""Running a batch: deciding what to do, consuming outcomes, keeping the manifest.

:func:`run_batch` plans the run (:mod:`.plan`), discovers the files, skips those the
manifest shows unchanged, hands the rest to :mod:`.pool`, and accounts for each outcome
as it arrives: counts, failure lines, the manifest entry, and records that come back to
the parent (JSON Lines, standard output). At the end it writes ``errors.jsonl``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from replyparse.batch.folder import FolderLock, write_errors
from replyparse.batch.plan import BatchOptions, Job, Mode, choose_mode, plan_outputs, settings
from replyparse.batch.pool import Stop, outcomes, stop_signals
from replyparse.batch.work import Outcome
from replyparse.discover import STDIN, Discovery, InputFile, WalkProblem, discover
from replyparse.errors import Stage
from replyparse.manifest import Entry, Manifest
from replyparse.progress import BatchStats, QuietReporter, Reporter
from replyparse.usage import Param, UsageProblem
from replyparse.writers import FolderWriter, JsonlFileWriter, StreamWriter

Sink = FolderWriter | JsonlFileWriter | StreamWriter


def run_batch(options: BatchOptions, reporter_factory: Callable[[], Reporter]) -> BatchStats:
    """Run one extraction. Raises :class:`UsageProblem` before doing anything when the
    command line cannot work; otherwise returns the run's counts (``.exit_code``)."""
    mode = choose_mode(options)
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
            Param.OUT,
            "{count} letters found: use {out} FOLDER for one JSON file each, "
            "or {format} jsonl for one record per line",
            count=len(found.files),
        )
    if mode == "folder":
        assert out is not None
        out.mkdir(parents=True, exist_ok=True)
        lock = FolderLock(out)
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
        self.settings = settings(options.keep_text)
        self.manifest = Manifest(out) if mode == "folder" and out is not None else None
        self.problems: list[WalkProblem] = []

    def go(self, found: Discovery) -> BatchStats:
        t0 = time.monotonic()
        stats = self.stats
        self.problems = found.problems
        for problem in found.failures:
            stats.folders_unreadable += 1
            self.reporter.failure(problem.path, "read", problem.reason)
        for problem in found.notes:
            stats.folders_skipped += 1
            self.reporter.note(f"{problem.path}: {problem.reason}")
        todo = self._classify()
        stats.to_do = len(todo)
        jobs = self.options.jobs or os.cpu_count() or 1
        if STDIN in self.options.inputs or len(todo) <= 1:
            jobs = 1
        self.reporter.start(stats, jobs)
        stop = Stop()
        sink = self._sink()

        def target(job: Job) -> str | None:
            if not isinstance(sink, FolderWriter) or job.output is None:
                return None
            return str(sink.prepare(job.output))

        try:
            with stop_signals(stop):
                indent = None if self.options.format == "jsonl" else 2
                results = outcomes(todo, jobs, self.options.keep_text, indent, stop, target)
                for job, outcome in results:
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

    def _sink(self) -> Sink:
        if self.mode == "folder":
            assert self.out is not None
            return FolderWriter(self.out)
        if self.mode == "jsonl-file":
            assert self.options.out is not None
            target = Path(self.options.out)
            target.parent.mkdir(parents=True, exist_ok=True)
            return JsonlFileWriter(target)
        return StreamWriter(sys.stdout.buffer)

    def _consume(self, job: Job, outcome: Outcome, sink: Sink) -> None:
        data, size, sha, warnings, stage, reason = outcome
        if data is not None and not isinstance(sink, FolderWriter):
            try:
                sink.write(data)
            except OSError as exc:
                stage, reason = "write", f"cannot write output: {exc.strerror or exc}"
        if stage is None:
            self.stats.parsed += 1
            self.stats.warnings.update(warnings)
        else:
            assert reason is not None
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

    def _finish(self, sink: Sink, stopped: bool) -> None:
        if isinstance(sink, JsonlFileWriter):
            if stopped:
                sink.discard()
            else:
                sink.commit()
        if self.manifest is not None:
            assert self.out is not None
            self.manifest.close()
            write_errors(self.out, self._failures())

    def _failures(self) -> list[tuple[str, Stage | None, str | None]]:
        """Every input of this run whose last outcome is a failure, and every path that
        could not be read."""
        assert self.manifest is not None
        failures: list[tuple[str, Stage | None, str | None]] = []
        for f in self.files:
            entry = self.manifest.get(os.path.abspath(f.path))
            if entry is not None and entry.status == "failed":
                failures.append((f.path, entry.stage, entry.error))
        failures.extend((p.path, "read", p.reason) for p in self.problems if p.fatal)
        return failures
