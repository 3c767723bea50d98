"""What a batch run tells the person watching it, always on standard error.

Three reporters: a rich progress bar on a terminal, plain periodic lines otherwise
(logs, CI), and a quiet one that prints only failures. All end with
:func:`render_summary` unless quiet. Paths are printed with :func:`~replyparse.paths.shown`
(a name that is not UTF-8 shows its odd bytes as ``\\xNN``). No reporter starts a
thread: the batch forks workers while one is running (it calls ``advance`` often).
"""

from __future__ import annotations

import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from replyparse.paths import shown


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
    warnings: Counter[str] = field(default_factory=Counter)
    elapsed: float = 0.0
    interrupted: bool = False
    halted: str | None = None  # why the output could take no more (a full disk)
    closed: bool = False  # standard output's reader went away: stopped quietly
    failed_fast: bool = False  # --fail-fast: stopped at the first failure

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
            return 130
        return 1 if self.failed or self.unreadable or self.halted else 0


class Reporter(Protocol):
    def start(self, stats: BatchStats, jobs: int) -> None: ...
    def advance(self, stats: BatchStats) -> None: ...
    def failure(self, path: str, stage: str, reason: str) -> None: ...
    def note(self, message: str) -> None: ...
    def finish(self, stats: BatchStats) -> None: ...


def _console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def failure_line(path: str, stage: str, reason: str) -> str:
    return f"error: {path}: {reason} (stage: {stage})"


class QuietReporter:
    """Only failures, one line each."""

    def __init__(self) -> None:
        self.console = _console()

    def start(self, stats: BatchStats, jobs: int) -> None:
        pass

    def advance(self, stats: BatchStats) -> None:
        pass

    def failure(self, path: str, stage: str, reason: str) -> None:
        self.console.print(Text(shown(failure_line(path, stage, reason))))

    def note(self, message: str) -> None:
        pass

    def finish(self, stats: BatchStats) -> None:
        pass


class PlainReporter(QuietReporter):
    """A line at the start, one every ``interval`` seconds, and the summary table."""

    def __init__(self, interval: float = 5.0) -> None:
        super().__init__()
        self.interval = interval
        self._t0 = time.monotonic()
        self._last = self._t0

    def start(self, stats: BatchStats, jobs: int) -> None:
        self._t0 = self._last = time.monotonic()
        self.console.print(
            Text(
                f"replyparse: {stats.seen} files seen, {stats.to_do} to parse, "
                f"{stats.skipped} unchanged skipped, {jobs} worker(s)"
            )
        )

    def advance(self, stats: BatchStats) -> None:
        now = time.monotonic()
        if now - self._last < self.interval:
            return
        self._last = now
        done = stats.parsed + stats.failed
        elapsed = now - self._t0
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (stats.to_do - done) / rate if rate > 0 else 0.0
        self.console.print(
            Text(
                f"replyparse: {done}/{stats.to_do} done, {rate:.1f} files/s, "
                f"{stats.failed} failed, ETA {eta:.0f}s"
            )
        )

    def note(self, message: str) -> None:
        self.console.print(Text(shown(f"note: {message}")))

    def finish(self, stats: BatchStats) -> None:
        render_summary(self.console, stats)


class RichReporter(PlainReporter):
    """A live progress bar: files done, rate, ETA and failures so far."""

    def __init__(self) -> None:
        super().__init__()
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

    def start(self, stats: BatchStats, jobs: int) -> None:
        super().start(stats, jobs)
        self.progress.update(self._task, total=stats.to_do)
        self.progress.start()

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
        self.progress.stop()
        super().finish(stats)


def make_reporter(*, quiet: bool) -> Reporter:
    """The reporter for this run: quiet, a progress bar on a terminal, else plain lines."""
    if quiet:
        return QuietReporter()
    if sys.stderr.isatty():
        return RichReporter()
    return PlainReporter()


def render_summary(console: Console, stats: BatchStats) -> None:
    """The closing table: counts, warnings by diagnostic code, time and rate."""
    title = "replyparse extract"
    if stats.interrupted:
        title += ": interrupted"
    elif stats.halted:
        title += ": stopped, output full"
    elif stats.failed_fast:
        title += ": stopped at the first failure"
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("files seen", str(stats.seen))
    table.add_row("parsed", str(stats.parsed))
    table.add_row("skipped (unchanged)", str(stats.skipped))
    table.add_row("failed", str(stats.failed))
    if stats.interrupted or stats.halted or stats.failed_fast:
        table.add_row("not done (rerun to finish)", str(stats.not_done))
    if stats.renamed:
        table.add_row("renamed (output name clash)", str(stats.renamed))
    if stats.unreadable:
        table.add_row("paths unreadable", str(stats.unreadable))
    if stats.paths_skipped:
        table.add_row("paths skipped (see notes)", str(stats.paths_skipped))
    for code, count in sorted(stats.warnings.items()):
        table.add_row(f"warning {code}", str(count))
    table.add_row("elapsed", f"{stats.elapsed:.2f} s")
    table.add_row("letters/s", f"{stats.rate:.1f}")
    console.print(table)
