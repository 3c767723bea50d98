"""What a worker does with one file: read, parse, serialise, write; never raise.

Runs in worker processes (and in the main process with ``-j 1``). Each worker writes
the records of an output folder itself: creating files is slow on some file systems,
and the parent alone would be the bottleneck. Every failure becomes an
:class:`Outcome` naming its stage, so the parent only has to account for it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

from replyparse.discover import STDIN
from replyparse.errors import InputError, Stage
from replyparse.writers import atomic_write


class Outcome(NamedTuple):
    """What became of one file. ``stage`` is None when it was parsed (and written)."""

    data: bytes | None  # the record, for the parent to write; None once written or failed
    size: int  # the record's length in bytes (0 when failed)
    sha256: str | None
    warnings: tuple[str, ...]
    stage: Stage | None
    reason: str | None


def failed(stage: Stage, reason: str) -> Outcome:
    return Outcome(None, 0, None, (), stage, reason)


def parse_one(path: str, keep_text: bool, indent: int | None, target: str | None = None) -> Outcome:
    """Read, parse and serialise one file, and write it to ``target`` when one is given
    (else the record's bytes go back to the parent in the outcome)."""
    from replyparse.pipeline import parse_input

    data_in = sys.stdin.buffer.read() if path == STDIN else None
    try:
        letter = parse_input(path, data=data_in, keep_text=keep_text)
        data = (letter.model_dump_json(indent=indent) + "\n").encode("utf-8")
    except InputError as exc:
        return failed(exc.stage, exc.reason)
    except Exception as exc:  # serialising failed: a bug, but one letter's only
        return failed("parse", f"{type(exc).__name__}: {exc}")
    if target is not None:
        try:
            atomic_write(Path(target), data)
        except OSError as exc:
            return failed("write", f"cannot write output: {exc.strerror or exc}")
    sha = letter.source.sha256 if letter.source is not None else None
    warnings = tuple(d.code for d in letter.diagnostics if d.severity == "warning")
    return Outcome(None if target is not None else data, len(data), sha, warnings, None, None)


def work_chunk(
    paths: list[str], targets: list[str | None], keep_text: bool, indent: int | None
) -> list[Outcome]:
    """One chunk in one process. Old Word/WPS files of the chunk are converted first in
    a single LibreOffice run (cached in this process, where ``parse_one`` reads them)."""
    from replyparse.readers import prefetch

    prefetch(Path(p) for p in paths if p != STDIN)
    return [parse_one(p, keep_text, indent, t) for p, t in zip(paths, targets, strict=True)]
