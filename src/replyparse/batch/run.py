"""Running a batch: checking the command line, then driving the work through the pool.

:func:`run_batch` resolves the options (:mod:`.options`), discovers the files, checks the
output (:mod:`.output`), locks an output folder or database, and hands the run to
:class:`_Run`: it opens the writer, asks the :class:`~.ledger.Ledger` what to do, starts
the workers (:mod:`.pool`) and feeds each outcome back to the ledger as it arrives. Ctrl-C and
SIGTERM ask it to stop from its first step; the ledger then closes what is open.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from replyparse.batch.folder import OutputLock
from replyparse.batch.ledger import Ledger
from replyparse.batch.options import (
    FOLDER_MODES,
    ONE_LETTER_FORMATS,
    BatchOptions,
    Mode,
    check_stdin_name,
    resolve_output,
)
from replyparse.batch.output import (
    check_errors_file,
    check_name_lengths,
    check_one_letter,
    check_output,
    check_own_lists,
    check_replace,
    check_skipped_file,
    errors_path,
    open_writer,
    skipped_path,
    unwritable,
)
from replyparse.batch.plan import chunks, worker_count
from replyparse.batch.pool import run_tasks, stop_signals, unless_stopped
from replyparse.batch.work import ExtractWork, Outcome, Task, failed, make_tasks
from replyparse.discover import (
    STDIN,
    InputFile,
    check_given,
    discover,
    nothing_found,
    read_list,
)
from replyparse.manifest import Manifest
from replyparse.paths import posix_parts, said
from replyparse.progress import BatchStats, Reporter, skip_group
from replyparse.usage import Param, UsageProblem

if TYPE_CHECKING:
    from replyparse.tables.outputs import ArchiveWriter
    from replyparse.writers import RecordWriter


def run_batch(options: BatchOptions, reporter_factory: Callable[[bool], Reporter]) -> BatchStats:
    """Run one extraction, reporting through ``reporter_factory(single)`` (``single``: one
    letter on standard output, a filter, not a batch). Raises :class:`UsageProblem` before
    doing anything when the command line cannot work; otherwise returns the run's counts
    (``.exit_code``)."""
    check_given(options.inputs, options.files_from)
    fmt, mode = resolve_output(options)
    if options.prune and mode not in ("folder", "sqlite"):
        raise UsageProblem(
            Param.PRUNE,
            "{prune} removes the records of deleted letters from an output folder "
            "({out} DIR/) or a database ({out} FILE.db); this output keeps none",
        )
    if options.skip_failed and mode not in ("folder", "sqlite"):
        raise UsageProblem(
            Param.SKIP_FAILED,
            "{skip_failed} passes over the files that failed on the last run into an "
            "output folder ({out} DIR/) or a database ({out} FILE.db), which remember "
            "them; this output keeps no record of a last run",
        )
    if options.skip_failed and options.force:
        raise UsageProblem(
            Param.SKIP_FAILED,
            "{skip_failed} passes over the files that failed last time, and --force parses "
            "every file again: give one of them",
        )
    options = replace(options, format=fmt)
    stdin_name = check_stdin_name(options)
    listed = read_list(options.files_from, options.inputs)
    out = Path(options.out) if options.out not in (None, "-") else None
    check_name_lengths(options, mode)
    # an output folder (records, or --format csv's tables) met inside an input is not read
    # (os.path.isdir: Path.is_dir raises on a path it cannot stat, EACCES, ENAMETOOLONG)
    skip = [out] if mode in FOLDER_MODES and out is not None and os.path.isdir(out) else []
    from replyparse.readers import SUPPORTED_SUFFIXES

    # the output folder's manifest, read once: by the walk when the folder lies inside an
    # input (the records it names are the run's own), then by the run to resume
    manifest = Manifest(out) if mode == "folder" and out is not None else None

    found = discover(
        options.inputs,
        suffixes=SUPPORTED_SUFFIXES,
        include=options.include,
        exclude=options.exclude,
        prune=skip,
        follow_links=options.follow_links,
        listed=listed,
        own=lambda: _own_files(options, out, manifest) if out is not None else [],
        outputs=_run_outputs(options, mode, out),
    )
    if stdin_name is not None:  # its name in the tables, the key of its manifest entry
        # (its parts joined by / as every output name's are: 2021\\x typed on Windows)
        named = InputFile(STDIN, posix_parts(stdin_name))
        found.files = [named if f.path == STDIN else f for f in found.files]
    check_output(options.out, mode, options.inputs, found.files)
    check_errors_file(options.errors, options.out, found.files)
    check_skipped_file(options.skipped, options.errors, options.out, found.files)
    check_own_lists(options, mode)
    check_replace(options, mode)
    if not found.files and not found.failures:
        raise nothing_found(
            options.inputs,
            SUPPORTED_SUFFIXES,
            options.files_from,
            found.ignored,
            found.filtered(),
            found.skipped,
            listed=found.listed,
        )
    check_one_letter(options, mode, found.files)
    if mode not in FOLDER_MODES and mode != "sqlite":
        # One document on standard output is a filter, not a batch: no progress, no table.
        single = mode == "stream" and options.format in ONE_LETTER_FORMATS and len(found.files) == 1
        reporter = reporter_factory(single)
        return _Run(options, mode, found, reporter, out, manifest).go()
    assert out is not None
    run = _Run(options, mode, found, reporter_factory(False), out, manifest)
    # a Ctrl-C or SIGTERM from here on, as the output folder is made and locked, asks the
    # run to stop as one later does: it ends in the summary (what was done, how to
    # finish), not in a bare "interrupted" that leaves the user guessing what is there
    with stop_signals(run.stop):
        # an output folder or a database is locked for the whole run: two runs would
        # interleave their manifests (and a database's ids) without a word
        folder = out.parent if mode == "sqlite" else out
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise unwritable(folder, exc, folder=True) from None
        lock = OutputLock.database(out) if mode == "sqlite" else OutputLock.folder(out)
        lock.acquire()
        try:
            return run.go()
        except UsageProblem:  # refused as the output opened (not a database): nothing written
            lock.abandon()
            raise
        finally:
            lock.finish()  # (after abandon: the lock let go already, nothing more to do)


_WAITED = (
    "Ctrl-C again while the run wrote its manifest and lists: they were finished first, "
    "so that none is left half-written"
)
"""The answer to a second Ctrl-C that came while the run's last writes were shielded
from it (:meth:`~.pool.Stop.shielded`), said before the summary."""


class _Run(Ledger):
    """A run: the ledger, driven through the worker pool."""

    def go(self) -> BatchStats:
        """The run, with Ctrl-C and SIGTERM asking it to stop from its first step (a signal
        while the output opens or the files are classified still ends in a summary)."""
        with stop_signals(self.stop):
            return self._go()

    def _go(self) -> BatchStats:
        t0 = time.monotonic()
        stats = self.stats
        writer = open_writer(self.options, self.mode)  # first: it may be a usage error
        archive = _archive(writer, self.mode)
        if archive is not None:
            self.manifest = archive.manifest  # the archive keeps its own
            try:
                self._stdin_into(archive)
            except BaseException:
                archive.close(False)
                raise
        for problem in self.found.failures:
            stats.unreadable += 1
            self.reporter.failure(said(problem.path), "read", problem.reason)
        for problem in self.found.notes:
            stats.paths_skipped += 1
            self.reporter.note(f"{said(problem.path)}: {problem.reason}")
        for note in self.found.again_notes:  # (read once: nothing skipped)
            self.reporter.note(note)
        for skipped in self.found.skipped:
            if skipped.folder:
                stats.folders_skipped += 1
            else:
                stats.skipped_files[skip_group(skipped.reason)] += 1
        if self.found.ignored_note is not None:
            self.reporter.note(self.found.ignored_note)
        for note in self.found.output_notes:
            self.reporter.note(note)
        for phrase in self.found.filtered():
            self.reporter.note(phrase)
        # (a second Ctrl-C from here on, while the files are classified or in flight,
        # still ends in the summary below: what was done, and how to finish)
        stats.to_do = len(self.files)  # (until they are classified: none is done yet)
        try:
            todo = self.classify()
            stats.to_do = len(todo)
            if archive is not None:  # ids in input order, whoever finishes first
                archive.plan([job.output for job in todo])
            if self.options.fail_fast and self.found.failures:
                stats.failed_fast = True  # a path could not be read: parse nothing
                todo = []
            workers = worker_count(len(todo), self.options.jobs)
            stats.jobs_asked = self.options.jobs
            if self.errors is not None:
                self.errors.reserve(len(todo) + len(self.found.failures))
            self.reporter.start(stats, workers)
            tasks = make_tasks([job.file.path for job in todo], self.options.limits)
            self.stdin_data = next((t.data for t in tasks if t.path == STDIN), None)

            def dispatch(index: int) -> Task:
                """The task sent for file ``index``, with the target its writer names."""
                task = tasks[index]
                target = writer.destination(index, todo[index].output)
                return Task(task.path, None if target is None else os.fspath(target), task.data)

            with stop_signals(self.stop):
                if workers > 1:
                    # (a stop asked meanwhile ends it at once: no file needs the parser now)
                    unless_stopped(
                        self.stop,
                        lambda: _preload(
                            reports=self.format == "docx",
                            files=len(todo) // workers,
                            keywords=self.options.keywords,
                        ),
                    )
                # a stop asked as the output opened, the files were classified or the
                # parser loaded, before any file started: said now, not only by a summary
                # seconds later (no tick would come: no worker starts)
                self._tell_stop()
                work = ExtractWork(
                    self.options.keep_text,
                    writer.indent,
                    self.options.limits,
                    document="docx" if self.format == "docx" else "json",
                    keywords=self.options.keywords,
                    stdin_name=self.options.stdin_name,
                )
                results = run_tasks(
                    tasks,
                    work,
                    workers=workers,
                    timeout=self.options.limits.timeout_seconds,
                    stop=self.stop,
                    chunks=chunks([job.file.path for job in todo]),
                    dispatch=dispatch,
                    tick=self._tick,
                )
                with contextlib.closing(results):
                    for index, result in results:
                        if not isinstance(result, Outcome):  # timed out, or its worker died
                            if self.stop.requested and not result.timed_out:
                                continue  # killed with the run it belongs to: not done
                            result = failed("parse", result.reason)
                        self.consume(index, todo[index], result, writer)
                        if stats.closed:
                            break
                        self._tick()
                        if stats.halted or stats.failed_fast:
                            break
                self._tell_stop()  # (asked as the pool began, before it handed out a file)
                stopped_for_cause = stats.halted or stats.closed or stats.failed_fast
                stats.interrupted = self.stop.requested and not stopped_for_cause
                stats.stop_signal = self.stop.signum
                if stats.failed_fast and stats.not_done == 0:
                    # the first failure was the run's last file (the one letter of -o
                    # a.json): it stopped nothing, so the run ended, and its output is
                    # written as a run without --fail-fast writes it (a record of other
                    # bytes removed), not left as an earlier run's to pass for this one's
                    stats.failed_fast = False
        except KeyboardInterrupt:
            stats.interrupted = True
        finally:
            # the last writes and the summary are not cut short by a Ctrl-C again: the
            # manifest, the lists and what the user is told stay in step (Stop.shielded)
            with self.stop.shielded():
                complete = not (
                    stats.interrupted or stats.halted or stats.closed or stats.failed_fast
                )
                self.finish(writer, complete=complete)
                stats.elapsed = time.monotonic() - t0
        with self.stop.shielded():
            if not stats.closed:  # nobody is reading: no summary either
                if self.stop.again:
                    self.reporter.stopping(_WAITED)
                self.reporter.finish(stats)
        return stats

    def _tick(self) -> None:
        """The progress, and once a stop is asked, one line saying what happens now: a
        Ctrl-C showed nothing until the files in flight were done (a batch of old Word
        files in LibreOffice can take a while), as if it had been lost."""
        self._tell_stop()
        self.reporter.advance(self.stats)

    def _tell_stop(self) -> None:
        """Once a stop is asked, the first time only: the line saying what happens now
        (:meth:`~.pool.Stop.stopping`: the files in flight finished, or none started)."""
        if (
            not self.stats.closed
            and (line := self.stop.stopping(self._in_flight(), files=self.stats.to_do)) is not None
        ):
            self.reporter.stopping(line)

    def _in_flight(self) -> str:
        """What becomes of the files in flight once a stop is asked, for its note: an
        output folder or a database records them (standard output too, as its closing
        note says), but an output written whole at the end of a run (all.jsonl, the CSV
        tables) is not written at all, and "recorded" would promise what it is not."""
        stats = self.stats
        if stats.kept != "whole":
            return "recorded"
        return f"counted, but {stats.output} is written only by a run that ends"

    def _stdin_into(self, writer: ArchiveWriter) -> None:
        """A letter from standard input into an archive that holds one of its name
        already: refused under the default name (two runs of ``extract - -o a.db`` would
        keep only the second letter), replaced under a name the user gave, with a note at
        the end when it was (:meth:`_note_replaced`): standard input is not read yet, and
        may fail."""
        names = [f.rel for f in self.files if f.path == STDIN]
        if not names:
            return
        (name,) = names
        held = writer.archive.ids()
        if name not in held:
            return
        if self.options.stdin_name is None:
            raise UsageProblem(
                Param.STDIN_NAME,
                "{path} already holds a letter named {name} (read from standard input by an "
                "earlier run): give {stdin_name} NAME to add this one under another name, "
                "or {stdin_name} {name} to replace it",
                path=said(str(self.options.out)),
                name=name,
            )
        self.replacing_letter = name  # told at the end, once standard input wrote it


def _own_files(options: BatchOptions, out: Path, manifest: Manifest | None) -> list[str]:
    """The files replyparse keeps in the output folder ``out`` (besides dot files), as
    paths relative to it: the records its ``manifest`` names (or --format csv's tables,
    ``letters.csv``…), the errors file and the list
    of skipped paths. The walk passes over them unlisted when the folder lies inside an
    input (met under whatever path the input was named by); any other file there (a
    letter a user put in) is listed as skipped."""
    own: list[str] = []
    if manifest is not None:
        manifest.load()  # (kept: the run resumes from it, not reading it again)
        own += [e.output for e in manifest.entries.values() if e.output is not None]
    if options.format == "csv":  # a folder of tables, one file each, and no manifest
        from replyparse.tables.schema import TABLES

        own += [f"{table.name}.csv" for table in TABLES]
    base = os.path.abspath(out)
    for path in (
        errors_path("folder", str(out), options.errors),
        skipped_path("folder", str(out), options.skipped),
    ):
        if path is not None:
            own.append(os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/"))
    return own


_SQLITE_FILES = ("-wal", "-shm", "-journal")
"""What SQLite names the files it keeps beside a database while it is open (after the
database's name)."""


def _run_outputs(options: BatchOptions, mode: Mode, out: Path | None) -> list[str]:
    """The files a run writes outside an output folder: the database or the file of
    records, a database's lock and SQLite's own files beside it, and the errors and
    skipped lists (``NAME.errors.jsonl``…, or the ``--errors``/``--skipped`` files). Met
    in an input on the next run, they are passed over unlisted, as the files replyparse
    keeps in an output folder are (:func:`~replyparse.discover.discover`'s ``outputs``)."""
    found = [
        errors_path(mode, options.out, options.errors),
        skipped_path(mode, options.out, options.skipped),
    ]
    if out is not None and mode not in FOLDER_MODES:
        found.append(out)
        if mode == "sqlite":
            found.append(OutputLock.database(out).path)
            found += [out.with_name(out.name + end) for end in _SQLITE_FILES]
    return [str(path) for path in found if path is not None]


def _archive(writer: RecordWriter, mode: Mode) -> ArchiveWriter | None:
    """``writer`` when it is the SQLite archive (a run with ``mode`` "sqlite"), else None.
    The archive's module (the tables' writers, sqlite3's, csv's) is imported for such a run
    only: a run to standard output or a folder does without it."""
    if mode != "sqlite":
        return None
    from replyparse.tables.outputs import ArchiveWriter

    assert isinstance(writer, ArchiveWriter)
    return writer


def _preload(*, reports: bool, files: int, keywords: bool = True) -> None:
    """Load the parser here, once, before workers are forked: each then starts ready to
    parse and shares those pages with the others; the segmenter too (unless ``keywords``
    is false: then no one loads it), with jieba's whole dictionary when each worker has
    :data:`WHOLE_DICTIONARY_FILES` files or more to do (fewer, and the lexicon serves each
    better); for a run of review reports, python-docx too."""
    importlib.import_module("replyparse.pipeline")
    if keywords:
        from replyparse.nlp import warm_up

        warm_up(whole_dictionary=files >= WHOLE_DICTIONARY_FILES)
    if reports:
        importlib.import_module("replyparse.report")


WHOLE_DICTIONARY_FILES = 64
"""Files per worker from which the parent loads jieba's whole dictionary before forking
(0.09 s, before any worker starts): below, each worker's lexicon serves its share for
less, in parallel (docs/development.md)."""
