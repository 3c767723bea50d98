"""Running a batch: deciding what to do, consuming outcomes, keeping the manifest.

:func:`run_batch` plans the run (:mod:`.plan`), discovers the files, opens the output
(:mod:`replyparse.writers`), skips what the manifest shows unchanged, hands the rest to
:mod:`.pool`, and accounts for each outcome as it arrives, in any order: counts, the
failure line, the record for the writer, the manifest entry. A write that fails because
the output can take no more (a full disk) stops the run. At the end: the writer is
closed, the manifest compacted in input order, ``errors.jsonl`` written.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from replyparse.batch.folder import ErrorsFile, FolderLock
from replyparse.batch.plan import (
    DOCUMENT_SUFFIXES,
    FOLDER_MODES,
    KEPT,
    ONE_LETTER_FORMATS,
    BatchOptions,
    Job,
    Mode,
    check_errors_file,
    check_output,
    chunks,
    errors_path,
    open_writer,
    plan_outputs,
    read_list,
    resolve_output,
    settings,
    unwritable,
    worker_count,
)
from replyparse.batch.pool import Stop, run_tasks, stop_signals
from replyparse.batch.resume import gone_sources, last_failures, manifest_entry, plan_resume
from replyparse.batch.work import ExtractWork, Outcome, failed, make_tasks
from replyparse.discover import Discovery, discover, nothing_found
from replyparse.errors import Stage
from replyparse.manifest import Manifest, ManifestStore
from replyparse.progress import BatchStats, QuietReporter, Reporter, plural
from replyparse.usage import Param, UsageProblem
from replyparse.writers import OutputClosed, RecordWriter


def run_batch(options: BatchOptions, reporter_factory: Callable[[], Reporter]) -> BatchStats:
    """Run one extraction. Raises :class:`UsageProblem` before doing anything when the
    command line cannot work; otherwise returns the run's counts (``.exit_code``)."""
    if not options.inputs and options.files_from is None:
        raise UsageProblem(
            Param.PATHS, "no {paths} given: name letters or folders, or list them with {files_from}"
        )
    fmt, mode = resolve_output(options)
    if options.prune and mode not in ("folder", "sqlite"):
        raise UsageProblem(
            Param.PRUNE,
            "{prune} removes the records of deleted letters from an output folder "
            "({out} DIR/) or a database ({out} FILE.db); this output keeps none",
        )
    options = replace(options, format=fmt)
    listed = read_list(options)
    out = Path(options.out) if options.out not in (None, "-") else None
    skip = [out] if mode == "folder" and out is not None and out.is_dir() else []
    from replyparse.readers import SUPPORTED_SUFFIXES

    found = discover(
        options.inputs,
        suffixes=SUPPORTED_SUFFIXES,
        include=options.include,
        exclude=options.exclude,
        prune=skip,
        follow_links=options.follow_links,
        listed=listed,
    )
    check_output(options.out, mode, options.inputs, found.files)
    check_errors_file(options.errors, options.out, found.files)
    if not found.files and not found.failures:
        raise nothing_found(options.inputs, SUPPORTED_SUFFIXES, options.files_from)
    _check_one_letter(options, mode, len(found.files))
    if mode not in FOLDER_MODES:
        # One document on standard output is a filter, not a batch: no progress, no table.
        single = mode == "stream" and options.format in ONE_LETTER_FORMATS and len(found.files) == 1
        reporter = QuietReporter() if single else reporter_factory()
        return _Run(options, mode, found, reporter, out).go()
    assert out is not None
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise unwritable(out, exc) from None
    lock = FolderLock(out)
    lock.acquire()
    try:
        return _Run(options, mode, found, reporter_factory(), out).go()
    finally:
        lock.release()


def _check_one_letter(options: BatchOptions, mode: Mode, count: int) -> None:
    """Refuse several files for an output that holds one letter's document. Standard
    output is blamed on ``-o`` only when the user typed ``-o -``."""
    if count <= 1:
        return
    files = plural(count, "file")  # letters or not: none is read yet
    if mode == "stream" and options.format in ONE_LETTER_FORMATS:
        one = "record" if options.format == "json" else "report"
        advice = (
            "give {out} DIR/ for one JSON file each, or {out} FILE.jsonl for one record per line"
            if options.format == "json"
            else "give {out} DIR/ for one .docx each"
        )
        raise UsageProblem(
            Param.OUT if options.out == "-" else None,
            "{files} found: standard output takes one letter's {one}; " + advice,
            files=files,
            one=one,
        )
    if mode in ("json-file", "docx-file"):
        one = "record" if mode == "json-file" else "report"
        advice = (
            "give {out} DIR/ for one JSON file each, or a .jsonl name for one record per line"
            if mode == "json-file"
            else "give {out} DIR/ {format} docx for one .docx each"
        )
        raise UsageProblem(
            Param.OUT,
            "{files} found, and {path} holds one letter's {one}: " + advice,
            files=files,
            one=one,
            path=str(options.out),
        )


class _Run:
    def __init__(
        self,
        options: BatchOptions,
        mode: Mode,
        found: Discovery,
        reporter: Reporter,
        out: Path | None,
    ) -> None:
        self.options = options
        self.mode = mode
        self.found = found
        self.files = found.files
        self.reporter = reporter
        self.out = out
        self.stats = BatchStats(seen=len(found.files))
        if mode != "stream" and options.out is not None:
            self.stats.output = options.out
        self.stats.kept = KEPT[mode]
        assert options.format is not None, "run_batch resolves the format"
        self.format = options.format
        self.settings = settings(options.keep_text, options.format)
        self.manifest: ManifestStore | None = (
            Manifest(out) if mode == "folder" and out is not None else None
        )
        target = errors_path(mode, options.out, options.errors)
        self.errors = ErrorsFile(target) if target is not None else None
        self.failed_here: dict[int, tuple[str, Stage | None, str | None]] = {}
        """This run's failures by position (outputs with no manifest list these)."""
        self.stop = Stop()

    def go(self) -> BatchStats:
        """The run, with Ctrl-C and SIGTERM asking it to stop from its first step (a signal
        while the output opens or the files are classified still ends in a summary)."""
        with stop_signals(self.stop):
            return self._go()

    def _go(self) -> BatchStats:
        t0 = time.monotonic()
        stats = self.stats
        writer = open_writer(self.options, self.mode)  # first: it may be a usage error
        if self.mode == "sqlite":
            from replyparse.tables.outputs import ArchiveWriter

            assert isinstance(writer, ArchiveWriter)
            self.manifest = writer.manifest  # the archive keeps its own
        for problem in self.found.failures:
            stats.unreadable += 1
            self.reporter.failure(problem.path, "read", problem.reason)
        for problem in self.found.notes:
            stats.paths_skipped += 1
            self.reporter.note(f"{problem.path}: {problem.reason}")
        todo = self._classify()
        stats.to_do = len(todo)
        if self.options.fail_fast and self.found.failures:
            stats.failed_fast = True  # a path could not be read: parse nothing
            todo = []
        workers = worker_count(len(todo), self.options.jobs)
        if self.errors is not None:
            self.errors.reserve(len(todo) + len(self.found.failures))
        self.reporter.start(stats, workers)
        tasks = make_tasks([job.file.path for job in todo], self.options.limits)
        try:
            with stop_signals(self.stop):
                if workers > 1:
                    _preload(reports=self.format == "docx")
                work = ExtractWork(
                    self.options.keep_text,
                    writer.indent,
                    self.options.limits,
                    document="docx" if self.format == "docx" else "json",
                )
                results = run_tasks(
                    tasks,
                    work,
                    workers=workers,
                    timeout=self.options.limits.timeout_seconds,
                    stop=self.stop,
                    chunks=chunks([job.file.path for job in todo]),
                    dispatch=lambda i: replace(
                        tasks[i], target=writer.destination(i, todo[i].output)
                    ),
                    tick=lambda: self.reporter.advance(stats),
                )
                with contextlib.closing(results):
                    for index, result in results:
                        if not isinstance(result, Outcome):  # timed out, or its worker died
                            result = failed("parse", result.reason)
                        self._consume(index, todo[index], result, writer)
                        if stats.closed:
                            break
                        self.reporter.advance(stats)
                        if stats.halted or stats.failed_fast:
                            break
                stopped_for_cause = stats.halted or stats.closed or stats.failed_fast
                stats.interrupted = self.stop.requested and not stopped_for_cause
        except KeyboardInterrupt:
            stats.interrupted = True
        finally:
            complete = not (stats.interrupted or stats.halted or stats.closed or stats.failed_fast)
            self._finish(writer, complete=complete)
            stats.elapsed = time.monotonic() - t0
        if not stats.closed:  # nobody is reading: no summary either
            self.reporter.finish(stats)
        return stats

    def _classify(self) -> list[Job]:
        if self.manifest is None:
            if self.mode != "csv":
                return [Job(f, None, -1, -1) for f in self.files]
            names, renamed = plan_outputs(self.files)  # the letters' names in the tables
            self._note_renamed(renamed)
            return [Job(f, name, -1, -1) for f, name in zip(self.files, names, strict=True)]
        resume = plan_resume(
            self.files,
            self.manifest,
            settings=self.settings,
            force=self.options.force,
            suffix=DOCUMENT_SUFFIXES.get(self.format, ".json"),
        )
        self.stats.skipped = resume.skipped
        self._sources_gone(resume.outputs)
        self._note_renamed(resume.renamed)
        for path, name in resume.shortened:
            self.reporter.note(f"name too long: {path} is written to {name}")
        return resume.todo

    def _sources_gone(self, planned: set[str]) -> None:
        """Count the outputs of sources deleted since they were made (their manifest
        entry stays, and so does the output, unless ``--prune``), and with ``--prune``
        remove them: the record or report file, the archive's rows, the entry. An
        output whose name this run gives another file is left to that file."""
        manifest = self.manifest
        assert manifest is not None
        for entry in gone_sources(manifest):
            owned = entry.output is not None and entry.output not in planned
            there = owned and entry.status == "ok" and manifest.present(entry)
            self.stats.gone += there
            if not self.options.prune:
                continue
            try:
                manifest.forget(entry, output=owned)
            except OSError as exc:
                self.reporter.note(f"cannot prune {entry.output}: {exc.strerror or exc}")
                continue
            self.stats.pruned += there
        if self.options.prune:
            with contextlib.suppress(OSError):  # a full disk: compacted at the end
                manifest.compact()

    def _note_renamed(self, renamed: list[tuple[str, str]]) -> None:
        self.stats.renamed = len(renamed)
        for path, name in renamed[:10]:
            self.reporter.note(f"output name clash: {path} is written to {name}")
        if len(renamed) > 10:
            self.reporter.note(f"… and {len(renamed) - 10} more renamed outputs")

    def _consume(self, index: int, job: Job, outcome: Outcome, writer: RecordWriter) -> None:
        try:
            writer.add(index, outcome.data if outcome.stage is None else None)
        except OutputClosed:
            self.stats.closed = True
            self.stop.requested = True
            return
        except OSError as exc:  # the output itself failed, not this letter: it is not done
            self._halt(f"cannot write output: {exc.strerror or exc}")
            return
        stage, reason = outcome.stage, outcome.reason
        if stage is None:
            self.stats.parsed += 1
            self.stats.warnings.update(outcome.warnings)
        else:
            assert reason is not None
            self.stats.failed += 1
            self.reporter.failure(job.file.path, stage, reason)
            self.failed_here[index] = (job.file.path, stage, reason)
            if self.options.fail_fast:
                self.stats.failed_fast = True
                self.stop.requested = True
        if outcome.output_full:
            self._halt(reason or "cannot write output")
        if self.manifest is not None:
            try:
                self.manifest.record(manifest_entry(job, outcome, self.settings))
            except OSError as exc:
                self._halt(f"cannot write the manifest: {exc.strerror or exc}")

    def _halt(self, reason: str) -> None:
        """The output can take no more: stop, and say so once."""
        if self.stats.halted is None:
            self.stats.halted = reason
            where = self.options.out or "standard output"
            self.reporter.failure(where, "write", f"{reason}; stopping (rerun to finish)")

    def _finish(self, writer: RecordWriter, complete: bool) -> None:
        try:
            writer.close(complete)
        except OutputClosed:
            self.stats.closed = True
        except OSError as exc:
            self._halt(f"cannot write output: {exc.strerror or exc}")
        if self.manifest is not None:
            self.manifest.close()
            with contextlib.suppress(OSError):  # a full disk: the appended lines stay valid
                self.manifest.compact(os.path.abspath(f.path) for f in self.files)
        if self.errors is not None:
            try:
                if self.manifest is not None:  # resumable: the last outcome of each input
                    failures = last_failures(self.files, self.manifest)
                else:
                    failures = [self.failed_here[i] for i in sorted(self.failed_here)]
                failures.extend((p.path, "read", p.reason) for p in self.found.failures)
                self.errors.write(failures)
            except OSError as exc:
                reason = f"cannot write {self.errors.target}: {exc.strerror or exc}"
                self.reporter.failure(str(self.out), "write", reason)


def _preload(*, reports: bool) -> None:
    """Load the parser and jieba's dictionary here, once, before workers are forked:
    each then starts ready to parse and shares those pages with the others; for a run
    of review reports, python-docx too."""
    from replyparse.nlp import warm_up

    importlib.import_module("replyparse.pipeline")
    warm_up()
    if reports:
        importlib.import_module("replyparse.report")
