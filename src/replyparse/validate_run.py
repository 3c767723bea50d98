"""Checking the letters ``validate`` was given, on the batch's worker pool, in input order.

The files come from :func:`replyparse.discover.discover`, as for ``extract``. Each one
is a task for :func:`replyparse.batch.pool.run_tasks`: a forked worker reads it through
:func:`replyparse.pipeline.parse_input` within the per-file limits (without keywords: no
rule reads them) and turns the record into findings (:func:`replyparse.validate.findings`).
A file that cannot be read, that the parser fails on, that runs past the time limit or
whose worker dies is one ``unreadable`` finding naming it; the other files are checked.
A worker that dies once the run is asked to stop (Ctrl-C, SIGTERM: a signal sent to the
whole process group reaches the workers too) died with the run, not of its letter: that
file is not done, and is left out rather than reported unreadable.

Workers finish in any order; :func:`check_files` hands each file's outcome on as soon as
every file before it is done, so the output is the same whatever the number of workers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from replyparse.batch.plan import chunks, worker_count
from replyparse.batch.pool import Stop, run_tasks
from replyparse.batch.work import Task, make_tasks, prepare_inputs
from replyparse.config import Policy
from replyparse.discover import STDIN, InputFile
from replyparse.errors import InputError
from replyparse.limits import Limits
from replyparse.paths import shown
from replyparse.pipeline import parse_input  # imported before the workers fork: they share it
from replyparse.validate import Finding, findings, unreadable


@dataclass(frozen=True, slots=True)
class CheckedFile:
    """One file's outcome: ``read`` is False when it could not be read and checked."""

    path: str
    found: list[Finding]
    read: bool = True


@dataclass(frozen=True, slots=True)
class ValidateWork:
    """What a worker does with one :class:`~replyparse.batch.work.Task`; never raises."""

    policy: Policy
    limits: Limits
    stdin_name: str
    """The name standard input is reported under (read by its content, as ``extract``'s)."""

    def name(self, path: str) -> str:
        """The name a file is reported under: ``path``, or :attr:`stdin_name` for ``-``."""
        return self.stdin_name if path == STDIN else path

    def __call__(self, task: Task) -> CheckedFile:
        name = self.name(task.path)
        try:
            letter = parse_input(
                task.path,
                data=task.data,
                limits=self.limits,
                keywords=False,
                name=name if task.path == STDIN else None,
            )
        except InputError as exc:
            reason = exc.reason if exc.stage == "read" else f"could not be parsed: {exc.reason}"
            if task.path == STDIN and name == STDIN:  # unnamed: as extract's failure line
                reason = f"standard input: {reason}"
            return failed_file(name, reason)
        return CheckedFile(shown(name), findings(shown(name), letter, self.policy))

    def prepare(self, tasks: Sequence[Task]) -> None:
        prepare_inputs(tasks, self.limits)


def failed_file(path: str, reason: str) -> CheckedFile:
    """The outcome of a file that was not checked: one ``unreadable`` finding."""
    return CheckedFile(shown(path), [unreadable(shown(path), reason)], read=False)


def check_files(
    files: Sequence[InputFile],
    policy: Policy,
    *,
    jobs: int | None,
    limits: Limits,
    stdin_name: str,
    stop: Stop,
    tick: Callable[[], None] | None = None,
) -> Iterator[CheckedFile]:
    """Each file's outcome, in the order given, whatever order the workers finish in.

    Up to ``jobs`` workers (fewer for few files, as for ``extract``:
    :func:`~replyparse.batch.plan.worker_count`); each file has ``limits.timeout_seconds``.
    Standard input (``-``) is read here first, then checked by a worker like any file.
    Once ``stop.requested`` (Ctrl-C) no file is started; the outcomes of those already
    running are still handed on when every file before them is done, and a file whose
    worker died meanwhile (not past its time: killed with the run) is passed over, not
    done, rather than reported unreadable. ``tick`` is called at least every quarter
    second while the workers run.
    """
    paths = [f.path for f in files]
    work = ValidateWork(policy, limits, stdin_name)
    results = run_tasks(
        make_tasks(paths, limits),
        work,
        workers=worker_count(len(paths), jobs),
        timeout=limits.timeout_seconds,
        stop=stop,
        chunks=chunks(paths),
        tick=tick,
    )
    early: dict[int, CheckedFile | None] = {}  # outcomes waiting for one before them
    following = 0
    with contextlib.closing(results):
        for index, result in results:
            if isinstance(result, CheckedFile):
                early[index] = result
            elif stop.requested and not result.timed_out:
                early[index] = None  # its worker died with the stopping run: not done
            else:  # timed out, or its worker died
                early[index] = failed_file(work.name(paths[index]), result.reason)
            while following in early:
                checked = early.pop(following)
                following += 1
                if checked is not None:
                    yield checked
