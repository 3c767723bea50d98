"""What a batch run tells the person watching it, always on standard error.

Three reporters: a rich progress bar on a terminal, plain periodic lines otherwise
(logs, CI), and a quiet one that prints only failures. All end with
:func:`render_summary` unless quiet. Paths are printed with :func:`~replyparse.paths.shown`
(a name that is not UTF-8 shows its odd bytes as ``\\xNN``). No reporter starts a
thread: the batch forks workers while one is running (it calls ``advance`` often).
"""

from __future__ import annotations

import errno
import os
import re
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol

from replyparse.paths import said, shown

if TYPE_CHECKING:  # rich is loaded by the first line printed (a quiet run may print none)
    from rich.console import Console
    from rich.text import Text

Kept = Literal["resumable", "whole", "partial"]
"""What a run stopped early leaves of its output: ``resumable`` (a folder, an archive:
what was done stays, a rerun does the rest), ``whole`` (a file written whole at the end:
nothing, a rerun starts over), ``partial`` (standard output: the records written so far)."""


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``1 file``, ``2 files`` (``nouns`` when the plural is not ``noun + s``)."""
    return f"{count} {noun if count == 1 else (nouns or noun + 's')}"


def duration(seconds: float) -> str:
    """A time left in whole units, spaced as the summary's ``0.33 s``: ``2 s``,
    ``1 min 5 s``, ``1 h 30 min``."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    if whole < 3600:
        return f"{whole // 60} min {whole % 60} s"
    return f"{whole // 3600} h {whole % 3600 // 60} min"


@dataclass(slots=True)
class BatchStats:
    """Counts of one run; ``exit_code`` follows the CLI contract."""

    seen: int = 0
    to_do: int = 0
    parsed: int = 0
    skipped: int = 0
    failed: int = 0
    renamed: int = 0
    unreadable: int = 0  # paths that could not be read: folders, links, non-files named
    paths_skipped: int = 0  # paths left out with a note: link loops, devices in a folder
    skipped_files: Counter[str] = field(default_factory=Counter)
    """Files in folders left unread on purpose, by why (:data:`SKIP_GROUPS`' words)."""
    folders_skipped: int = 0  # folders not walked: hidden, excluded, links not followed
    skipped_list: str | None = None  # where the skipped paths are listed, when any are
    warnings: Counter[str] = field(default_factory=Counter)
    """The warnings of the letters this run parsed, by code."""
    unchanged_warnings: Counter[str] = field(default_factory=Counter)
    """The warnings of the records found unchanged since the last run (as the manifest
    keeps them), by code: rows of their own, marked so, lest a resumed run's rows pass
    for what it did."""
    kept_warnings: Counter[str] = field(default_factory=Counter)
    """The warnings of the records kept for files that fail now (or failed before and were
    passed over), by code: rows of their own, marked so."""
    elapsed: float = 0.0
    jobs_asked: int | None = None  # -j as given: fewer workers started are said to be so
    interrupted: bool = False
    stop_signal: int = signal.SIGINT  # the signal that interrupted the run: exit 128 + it
    halted: str | None = None  # why the output could take no more (a full disk, a lock)
    closed: bool = False  # standard output's reader went away: stopped quietly
    failed_fast: bool = False  # --fail-fast: stopped at the first failure
    output: str = "standard output"  # where the records go, as the user named it
    kept: Kept = "resumable"  # what a run stopped early leaves of its output
    left_as_was: bool = False
    """A run stopped early whose output is written whole (``kept`` "whole"): a file of
    that name was there before it, and is left as it was (an earlier run's records, not
    this run's), as its closing note says."""
    forced: bool = False  # --force: its rerun would parse every file again, not resume
    gone: int = 0  # outputs whose source file is gone (from the manifest)
    pruned: int = 0  # of those, removed with --prune
    gone_sources: list[str] = field(default_factory=list)
    """The sources (absolute paths, as the manifest keys them) of the outputs whose source
    is gone, in the manifest's order: named in the closing notes, those pruned apart."""
    pruned_sources: list[str] = field(default_factory=list)
    """Of those, the sources whose outputs ``--prune`` removed."""
    strays: int = 0  # outputs no manifest entry names, removed with --prune
    withdrawn: int = 0  # files that now fail whose earlier output was removed
    kept_earlier: int = 0  # files that now fail, unchanged, whose earlier output stays
    failed_kept: int = 0  # files that failed last time, unchanged, passed over (--skip-failed)
    errors_file: str | None = None  # where this run's failures are listed, when it has any

    @property
    def stopped(self) -> bool:
        """The run ended before every file was done (Ctrl-C, a full output, --fail-fast)."""
        return self.interrupted or self.halted is not None or self.failed_fast

    @property
    def found(self) -> int:
        """Every file met: the letters (:attr:`seen`) and the files skipped on purpose."""
        return self.seen + sum(self.skipped_files.values())

    @property
    def not_done(self) -> int:
        return self.to_do - self.parsed - self.failed

    @property
    def rate(self) -> float:
        return self.parsed / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def exit_code(self) -> int:
        if self.closed:
            return 128 + signal.SIGPIPE  # as a tool killed by SIGPIPE shows in the shell
        if self.interrupted:
            return 128 + self.stop_signal  # 130 after Ctrl-C, 143 after SIGTERM
        failing = self.failed or self.failed_kept or self.unreadable
        return 1 if failing or self.halted else 0


class Reporter(Protocol):
    def start(self, stats: BatchStats, jobs: int) -> None: ...
    def advance(self, stats: BatchStats) -> None: ...
    def failure(self, path: str, stage: str, reason: str) -> None: ...
    def note(self, message: str) -> None: ...
    def stopping(self, message: str) -> None:
        """The answer to a Ctrl-C or SIGTERM (what happens now): told even when quiet."""
        ...

    def finish(self, stats: BatchStats) -> None: ...


def _console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def _text(line: str) -> Text:
    from rich.text import Text

    return Text(line)


_RICH_REWRITES = re.compile("[\t\a\b\v\f\r]")
"""What rich's ``Text`` changes in a line it prints: a tab, expanded to the next stop of
eight cells, and the control codes it strips (BEL, BS, VT, FF, CR)."""


def failure_line(path: str, stage: str, reason: str) -> str:
    return f"error: {path}: {reason} (stage: {stage})"


class QuietReporter:
    """Only failures, one line each, and a stop the user asked for (Ctrl-C, SIGTERM):
    the line that answers it, and at the end what the output keeps and how to finish
    (``--quiet`` silences the run's chatter, not the answer to the user's own key)."""

    def __init__(self) -> None:
        self._console: Console | None = None

    @property
    def console(self) -> Console:
        """The console on standard error, made (and rich imported) when first needed."""
        if self._console is None:
            self._console = _console()
        return self._console

    def say(self, line: str) -> None:
        """Print ``line`` on standard error, as the console prints it as text. Until a
        console is made (a progress bar, a table, a test capturing it), a line that rich
        would print unchanged is written as it is, and rich is not imported: importing it
        for a run's one closing line cost a cold ``extract one.txt`` 5% of its
        instructions (docs/development.md)."""
        if self._console is None and _RICH_REWRITES.search(line) is None:
            if sys.stderr is not None:  # (rich's console prints nowhere then too)
                sys.stderr.write(line + "\n")
                sys.stderr.flush()
            return
        self.console.print(_text(line))

    def start(self, stats: BatchStats, jobs: int) -> None:
        pass

    def advance(self, stats: BatchStats) -> None:
        pass

    def failure(self, path: str, stage: str, reason: str) -> None:
        self.say(shown(failure_line(path, stage, reason)))

    def note(self, message: str) -> None:
        pass

    def stopping(self, message: str) -> None:
        self.say(shown(f"note: {message}"))

    def finish(self, stats: BatchStats) -> None:
        if stats.interrupted:  # the table's last lines, for a run that showed no table
            asked = "Ctrl-C" if stats.stop_signal == signal.SIGINT else "SIGTERM"
            # (none left: "0 of 1 file to parse not done" says nothing the note does not)
            left = (
                f", {stats.not_done} of {plural(stats.to_do, 'file')} to parse not done"
                if stats.not_done
                else ""
            )
            kept = _output_notes(stats)[0]
            self.say(shown(f"replyparse: interrupted ({asked}){left}: {kept}"))


def _fewer_workers(stats: BatchStats, jobs: int) -> str:
    """Why fewer workers start than ``-j`` asked for (``1 worker`` after ``-j 2`` read as
    an option ignored): the planner's one per so many files."""
    if stats.jobs_asked is None or jobs >= stats.jobs_asked:
        return ""
    from replyparse.batch.plan import FILES_PER_WORKER

    return f" (of -j {stats.jobs_asked}: at most one per {FILES_PER_WORKER} files to parse)"


class NoteReporter(QuietReporter):
    """Failures and notes, one line each: one letter written to standard output, where a
    progress bar and a table would be noise but a file passed over is still news."""

    def note(self, message: str) -> None:
        self.say(shown(f"note: {message}"))


class PlainReporter(NoteReporter):
    """A line at the start, one every ``interval`` seconds, and the summary table."""

    def __init__(self, interval: float = 5.0) -> None:
        super().__init__()
        self.interval = interval
        self._t0 = time.monotonic()
        self._last = self._t0

    def start(self, stats: BatchStats, jobs: int) -> None:
        self._t0 = self._last = time.monotonic()
        if stats.seen <= 1 or stats.to_do == 0:
            return  # one letter, or nothing to do: the closing line says it all
        skipped = sum(stats.skipped_files.values())
        failing = f"{stats.failed_kept} failed before, " if stats.failed_kept else ""
        # (an output written whole, or to standard output, has no last run to compare)
        unchanged = f"{stats.skipped} unchanged, " if stats.kept == "resumable" else ""
        self.say(
            f"replyparse: {plural(stats.found, 'file')} found: {stats.to_do} to parse, "
            f"{unchanged}{failing}{skipped} skipped; "
            f"{plural(jobs, 'worker')}{_fewer_workers(stats, jobs)}"
        )

    def advance(self, stats: BatchStats) -> None:
        now = time.monotonic()
        if now - self._last < self.interval:
            return
        self._last = now
        if stats.to_do <= 1:
            # one file to parse (a slow letter while jieba loads, a .doc in LibreOffice):
            # "0/1 done" every 5 s says nothing the closing line will not
            return
        done = stats.parsed + stats.failed
        elapsed = now - self._t0
        if not done:
            # no rate to reckon an ETA by (the first files still in LibreOffice, or
            # waiting on jieba's dictionary): the time so far, so each line says the run
            # is alive, rather than the same "0.0 files/s, ETA not known yet" again
            self.say(
                f"replyparse: 0/{stats.to_do} done, no file finished yet "
                f"({duration(elapsed)} so far)"
            )
            return
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = duration((stats.to_do - done) / rate) if rate > 0 else "not known yet"
        self.say(
            f"replyparse: {done}/{stats.to_do} done, {rate:.1f} files/s, "
            f"{stats.failed} failed, ETA {eta}"
        )

    def finish(self, stats: BatchStats) -> None:
        render_summary(self, stats)


class RichReporter(PlainReporter):
    """A live progress bar: files done, rate, ETA and failures so far."""

    def __init__(self) -> None:
        super().__init__()
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("parsing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} files/s"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[failed]} failed"),
            console=self.console,
            transient=True,
            auto_refresh=False,  # no refresh thread: workers are forked while this runs
        )
        self._task = self.progress.add_task("parse", total=0, rate=0.0, failed=0)
        self._started = False

    def start(self, stats: BatchStats, jobs: int) -> None:
        super().start(stats, jobs)
        if stats.to_do == 0:  # no empty 0/0 bar: the summary says there was nothing to do
            return
        self.progress.update(self._task, total=stats.to_do)
        self.progress.start()
        self._started = True

    def advance(self, stats: BatchStats) -> None:
        now = time.monotonic()
        if now - self._last < 0.1:
            return
        self._last = now
        done = stats.parsed + stats.failed
        elapsed = now - self._t0
        rate = done / elapsed if elapsed > 0 else 0.0
        self.progress.update(self._task, completed=done, rate=rate, failed=stats.failed)
        self.progress.refresh()

    def finish(self, stats: BatchStats) -> None:
        if self._started:  # the last frame shows the final count, not the last tick's
            done = stats.parsed + stats.failed
            self.progress.update(self._task, completed=done, failed=stats.failed)
            self.progress.refresh()
            self.progress.stop()
        super().finish(stats)


def make_reporter(*, quiet: bool, single: bool = False) -> Reporter:
    """The reporter for this run: quiet; failures and notes only for ``single`` (one
    letter on standard output, a filter); a progress bar on a terminal, else plain lines."""
    if quiet:
        return QuietReporter()
    if single:
        return NoteReporter()
    if sys.stderr.isatty():
        return RichReporter()
    return PlainReporter()


def render_summary(reporter: QuietReporter, stats: BatchStats) -> None:
    """What the run did: one line when there is little to say (one letter, nothing to
    do), else a table of counts, warnings by diagnostic code, time and rate; then where
    the output is, and what a stopped run left of it."""
    line = _short_summary(stats)
    if line is not None:
        reporter.say(shown(line))
        if stats.errors_file is not None:  # (the one file failed: where it is listed)
            reporter.say(shown(f"failures listed in {stats.errors_file}"))
        if stats.skipped_list is not None:
            reporter.say(shown(f"skipped paths listed in {stats.skipped_list}"))
        return
    title = "replyparse extract"
    if stats.interrupted:
        title += ": interrupted"
    elif stats.halted:
        title += f": stopped, {_halted_as(stats.halted)}"
    elif stats.failed_fast:
        title += ": stopped at the first failure"
    from rich.table import Table

    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    # "files found" is the sum of the rows indented under it
    table.add_row("files found", str(stats.found))
    table.add_row("  parsed", str(stats.parsed))
    if stats.kept == "resumable" or stats.skipped:  # (jsonl, csv: no last run to resume)
        table.add_row("  unchanged since the last run", str(stats.skipped))
    table.add_row("  failed", str(stats.failed))
    if stats.failed_kept:
        table.add_row("  failed last time, not tried (--skip-failed)", str(stats.failed_kept))
    if stats.stopped and stats.not_done:
        # (none: a stop as the last files were parsed; "not done (rerun to finish) 0"
        # sent the user to a rerun with nothing to do, which the note below says)
        rerun = " (rerun to finish)" if stats.kept == "resumable" else ""
        table.add_row(f"  not done{rerun}", str(stats.not_done))
    for group in SKIP_GROUPS:
        if stats.skipped_files[group]:
            table.add_row(f"  skipped: {group}", str(stats.skipped_files[group]))
    if stats.folders_skipped:
        table.add_row("folders not walked", str(stats.folders_skipped))
    if stats.unreadable:
        table.add_row("paths unreadable", str(stats.unreadable))
    if stats.renamed:
        table.add_row("renamed (output name clash)", str(stats.renamed))
    if stats.pruned:
        table.add_row("pruned (source gone)", str(stats.pruned))
    if stats.gone > stats.pruned:
        table.add_row("outputs whose source is gone", str(stats.gone - stats.pruned))
    if stats.strays:
        table.add_row("pruned (named by no source)", str(stats.strays))
    if stats.withdrawn:
        table.add_row("earlier outputs removed (now failing)", str(stats.withdrawn))
    if stats.kept_earlier:
        table.add_row("earlier outputs kept (failing, file unchanged)", str(stats.kept_earlier))
    # this run's letters, then the records it left as they were: unchanged, or kept for
    # files failing now (each record counted once, so a code's rows add up to the output's)
    codes = stats.warnings.keys() | stats.unchanged_warnings.keys() | stats.kept_warnings.keys()
    for code in sorted(codes):
        for count, marked in (
            (stats.warnings[code], ""),
            (stats.unchanged_warnings[code], " (records unchanged)"),
            (stats.kept_warnings[code], " (records kept)"),
        ):
            if count:
                table.add_row(f"warning {code}{marked}", str(count))
    table.add_row("elapsed", f"{stats.elapsed:.2f} s")
    if stats.parsed:
        table.add_row("letters/s", f"{stats.rate:.1f}")
    reporter.console.print(table)
    for note in _output_notes(stats):
        reporter.say(shown(note))


SKIP_GROUPS: tuple[str, ...] = (
    "no letter format",
    "hidden or Office lock file",
    "left out by --include/--exclude",
    "links, devices (see notes)",
    "inside the output folder",
)
"""The summary's rows of skipped files, in order: :func:`skip_group` says which."""


def skip_group(reason: str) -> str:
    """The row of :data:`SKIP_GROUPS` a file skipped for ``reason`` is counted in."""
    if reason == "no-letter-format":
        return SKIP_GROUPS[0]
    if reason in ("hidden", "office-lock-file"):
        return SKIP_GROUPS[1]
    if reason in ("excluded", "not-included"):
        return SKIP_GROUPS[2]
    if reason == "output-folder":
        return SKIP_GROUPS[4]
    return SKIP_GROUPS[3]


_NO_ROOM = (os.strerror(errno.ENOSPC), os.strerror(errno.EDQUOT))
"""The system's reasons that mean the output's disk has no room left (a full disk, a quota)."""


def _halted_as(reason: str) -> str:
    """How a summary's title names the cause of a run stopped by its output: full only when
    the disk has no room (a locked or damaged database, a read-only disk is no want of room)."""
    if any(map(reason.__contains__, _NO_ROOM)):
        return "output full"
    return "output not writable"


def _short_summary(stats: BatchStats) -> str | None:
    """The one closing line of a run with little to say, or None for the table."""
    if stats.stopped or stats.unreadable or stats.paths_skipped or stats.renamed:
        return None
    if stats.gone > stats.pruned or stats.pruned or stats.strays:
        return None
    if stats.seen == 1 and stats.failed == 1 and (stats.kept_earlier or stats.withdrawn):
        # (a file output held a record before: whether it still does; its note is above)
        what = "report" if stats.output.endswith(".docx") else "record"
        if stats.kept_earlier:
            return (
                f"replyparse: 1 file failed; {stats.output} keeps its earlier {what} "
                "(the file is unchanged since it was made)"
            )
        return (
            f"replyparse: 1 file failed; {stats.output} was removed: its {what} was not "
            "made from the file as it is now"
        )
    if stats.withdrawn or stats.kept_earlier:
        return None
    if stats.to_do == 0 and stats.seen:
        failing = f"{plural(stats.failed_kept, 'failing file')} not tried again (--skip-failed)"
        if not stats.skipped:  # (only failures, passed over: not "0 files unchanged")
            return (
                f"replyparse: nothing to do: {failing}, in {stats.output} (a run without "
                "--skip-failed tries them)"
            )
        unchanged = plural(stats.skipped, "file")
        failing = f" and {failing}" if stats.failed_kept else ""
        return (
            f"replyparse: nothing to do: {unchanged} unchanged since the last run{failing}, "
            f"in {stats.output} (--force parses them again)"
        )
    if stats.seen == 1 and stats.parsed == 1:
        return f"replyparse: 1 letter parsed, written to {stats.output} ({stats.elapsed:.2f} s)"
    if stats.seen == 1 and stats.failed == 1:  # its error line is above
        return f"replyparse: 1 file failed, nothing written to {stats.output}"
    return None


_SOURCES_NAMED = 3
"""Sources gone named in a closing note; the others are counted."""


def _some_sources(sources: list[str], count: int) -> str:
    """The first of ``sources`` (absolute paths) as a note names them: relative to the
    current folder when they lie below it, as a user typed them; the rest counted
    (``a.txt, 2021/b.txt, 2021/c.txt and 4 more``)."""
    named = [said(_as_typed(source)) for source in sources[:_SOURCES_NAMED]]
    more = count - len(named)
    return ", ".join(named) + (f" and {more} more" if more > 0 else "")


def _as_typed(source: str) -> str:
    """``source``, an absolute path, relative to the current folder when it lies below it."""
    try:
        rel = os.path.relpath(source)
    except ValueError:  # (another drive on Windows)
        return source
    return source if rel == os.pardir or rel.startswith(os.pardir + os.sep) else rel


def _output_notes(stats: BatchStats) -> list[str]:
    """Where the output is, what a stopped run left of it, and where the failures are
    listed (``NAME.errors.jsonl`` beside a file output is not where one would look)."""
    notes: list[str] = []
    if not stats.stopped:
        notes.append(f"output: {stats.output}")
    elif stats.kept == "whole":
        # (a file there is an earlier run's: said, lest it pass for this run's result)
        before = (
            ": what is there is left as it was before this run, not this run's records;"
            if stats.left_as_was
            else ":"
        )
        if stats.interrupted and stats.halted is None and not stats.not_done:
            # (the stop came as the last files were parsed: "parsed 1, not done 0" and no
            # file would read as lost work unless the note says why; Ctrl-C means stop,
            # whenever it comes: docs/batch.md, "Parallel workers, order and interruption")
            last = "file was" if stats.to_do == 1 else "files were"
            notes.append(
                f"{stats.output} was not written{before} the run was stopped while its last "
                f"{last} parsed, and a stopped run does not write a file written whole at "
                "the end: rerun the same command to write it"
            )
        else:
            notes.append(
                f"{stats.output} was not written{before} it is written whole at the end of a "
                "run, so a rerun starts over (an output folder, -o DIR/, or a database, "
                "-o FILE.db, keeps what is done and resumes)"
            )
    elif stats.kept == "partial" and not stats.parsed:  # ("got the records done": none was)
        notes.append(f"{stats.output} got no record before the stop")
    elif stats.kept == "partial":
        notes.append(f"{stats.output} got the records done before the stop, in input order")
    elif stats.interrupted and stats.halted is None and not stats.not_done:
        # (the stop came as the last files were finished: "rerun to finish" would send the
        # user to a rerun with nothing to do)
        last = "file was" if stats.to_do == 1 else "files were"
        notes.append(
            f"{stats.output} keeps what is done, and nothing is left undone: the run was "
            f"stopped while its last {last} parsed"
        )
    elif stats.forced:  # (the same command, --force and all, would start over)
        notes.append(
            f"{stats.output} keeps what is done: rerun the command without --force to finish "
            "(with it, every file is parsed again)"
        )
    else:
        notes.append(f"{stats.output} keeps what is done: rerun the same command to finish")
    if stats.pruned:
        their = "its source" if stats.pruned == 1 else "their sources"
        notes.append(
            f"pruned {plural(stats.pruned, 'output')} ({their} gone): "
            + _some_sources(stats.pruned_sources, stats.pruned)
        )
    if stats.gone > stats.pruned:
        pruned = set(stats.pruned_sources)
        left = [s for s in stats.gone_sources if s not in pruned]
        notes.append(
            f"{plural(stats.gone - stats.pruned, 'output')} in {stats.output} "
            f"whose source is gone ({_some_sources(left, stats.gone - stats.pruned)}): "
            f"--prune removes {'it' if stats.gone - stats.pruned == 1 else 'them'}"
        )
    if stats.errors_file is not None:
        notes.append(f"failures listed in {stats.errors_file}")
    if stats.skipped_list is not None:
        notes.append(f"skipped paths listed in {stats.skipped_list}")
    return notes
