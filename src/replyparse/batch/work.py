"""What a worker does with one file: read, parse, serialise, write; never raise.

Serialising is the letter's JSON record, or for ``--format docx`` its review report
(:func:`replyparse.report.report_docx`; python-docx is imported by the first report a
process makes, or before the workers are forked, never by a JSON run).

Runs in worker processes (:mod:`.workers`), inherited through fork. Each worker writes
the records of an output folder itself: creating files is slow on some file systems,
and the parent alone would be the bottleneck. Every failure becomes an :class:`Outcome`
naming its stage, so the parent only has to account for it.

:class:`Task`, :func:`make_tasks` and :func:`prepare_inputs` serve every command that
hands letters to the pool (``extract`` here, ``validate`` in
:mod:`replyparse.validate_run`).
"""

from __future__ import annotations

import errno
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from replyparse.discover import STDIN
from replyparse.errors import InputError, Stage
from replyparse.limits import Limits
from replyparse.writers import atomic_write

if TYPE_CHECKING:
    from replyparse.model import Letter

Document = Literal["json", "docx"]
"""What a worker makes of each letter: its JSON record, or its review report (DOCX)."""

OUTPUT_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})
"""Write errors after which no other record can be written either: the run stops."""


class Task(NamedTuple):
    """One file for a worker: its path, where to write its record (None: send it back),
    and its bytes when the parent already read them (standard input). A tuple, and its
    paths plain strings: the parent pickles one per file."""

    path: str
    target: str | None = None
    data: bytes | None = None


def make_tasks(paths: Sequence[str], limits: Limits) -> list[Task]:
    """A task for each path. Standard input is read here, in the parent, up to one byte
    past ``limits.max_file_bytes`` (enough for the worker to refuse it as too large)."""
    return [
        Task(path, None, sys.stdin.buffer.read(limits.max_file_bytes + 1))
        if path == STDIN
        else Task(path)
        for path in paths
    ]


def prepare_inputs(tasks: Sequence[Task], limits: Limits) -> None:
    """Before a chunk: its old Word/WPS files converted in one LibreOffice run (cached in
    this process, where the reader finds them), each within the run's limits."""
    from replyparse.readers import prefetch

    prefetch((Path(t.path) for t in tasks if t.data is None), limits=limits)


class Outcome(NamedTuple):
    """What became of one file. ``stage`` is None when it was parsed (and written)."""

    data: bytes | None  # the record, for the parent to write; None once written or failed
    size: int  # the record's length in bytes (0 when failed)
    sha256: str | None
    warnings: tuple[str, ...]
    stage: Stage | None
    reason: str | None
    output_full: bool = False  # a write failed in a way no other write can avoid


def failed(stage: Stage, reason: str, *, output_full: bool = False) -> Outcome:
    return Outcome(None, 0, None, (), stage, reason, output_full)


def write_failure(exc: OSError) -> Outcome:
    return failed(
        "write", f"cannot write output: {exc.strerror or exc}", output_full=exc.errno in OUTPUT_FULL
    )


class ExtractWork(NamedTuple):
    """The settings every file of a run is parsed with; called once per :class:`Task`."""

    keep_text: bool
    indent: int | None
    limits: Limits
    document: Document = "json"
    keywords: bool = True
    """False: empty keywords, and the word segmenter never loaded."""
    stdin_name: str | None = None
    """The record's ``source.path`` for standard input (``--stdin-name``), else ``-``.
    A name only: the letter is read by its content, whatever the name ends in."""

    def __call__(self, task: Task) -> Outcome:
        """Read, parse and serialise one file, and write it to ``task.target`` when one
        is given (else the record's bytes go back to the parent in the outcome)."""
        from replyparse.letterness import NOT_A_LETTER_MESSAGE, is_letter
        from replyparse.pipeline import parse_input

        try:
            letter = parse_input(
                task.path,
                data=task.data,
                keep_text=self.keep_text,
                limits=self.limits,
                keywords=self.keywords,
                name=self.stdin_name if task.path == STDIN else None,
            )
            if not is_letter(letter):  # a note, a table, a web page among the letters
                return failed("parse", f"not a letter: {NOT_A_LETTER_MESSAGE}")
        except InputError as exc:
            return failed(exc.stage, exc.reason)
        except Exception as exc:  # parse_input never raises on text: a bug, one letter's
            return failed("parse", f"{type(exc).__name__}: {exc}")
        try:
            data = self._serialise(letter)
        except Exception as exc:  # making the record or report failed: a bug, one letter's
            what = "report" if self.document == "docx" else "record"
            return failed("write", f"cannot write its {what}: {type(exc).__name__}: {exc}")
        if task.target is not None:
            try:
                atomic_write(Path(task.target), data)
            except OSError as exc:
                return write_failure(exc)
        sha = letter.source.sha256 if letter.source is not None else None
        warnings = tuple(d.code for d in letter.diagnostics if d.severity == "warning")
        record = None if task.target is not None else data
        return Outcome(record, len(data), sha, warnings, None, None)

    def _serialise(self, letter: Letter) -> bytes:
        if self.document == "docx":
            from replyparse.report import report_docx  # python-docx: loaded once, here

            return report_docx(letter)
        # --no-text leaves the key out, as the README says, rather than "text": null
        leave_out = None if self.keep_text else {"text"}
        json_text = letter.model_dump_json(indent=self.indent, exclude=leave_out)
        return (json_text + "\n").encode("utf-8")

    def prepare(self, tasks: Sequence[Task]) -> None:
        prepare_inputs(tasks, self.limits)
