"""Planning a batch run: the options, the output mode they ask for, and output names.

Everything here is decided before any file is read: which mode the command line asks
for (or why it cannot work, as a :class:`~replyparse.usage.UsageProblem`), the name each
letter's record gets in an output folder, how many workers the work is worth, and the
settings a manifest entry records.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from replyparse.batch.folder import ERRORS_NAME
from replyparse.discover import STDIN, InputFile, check_inputs
from replyparse.limits import DEFAULT_LIMITS, Limits
from replyparse.readers.office import OLD_FORMATS
from replyparse.usage import Param, UsageProblem
from replyparse.writers import JsonFolder, JsonLinesFile, RecordWriter, StandardOutput

Format = Literal["json", "jsonl", "sqlite", "csv"]
Mode = Literal["folder", "jsonl-file", "stream", "sqlite", "csv"]
FOLDER_MODES: frozenset[Mode] = frozenset({"folder", "csv"})
"""Modes whose output is a folder (locked while a run writes to it)."""


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
    follow_links: bool = True
    limits: Limits = field(default=DEFAULT_LIMITS)


NAME_MAX = 255
"""Bytes in one file name on the file systems we know (ext4, XFS, APFS, NTFS in UTF-16)."""
FILES_PER_WORKER = 64
"""Files to do per worker process: below 128 a second one gained nothing measurable (README)."""
MAX_CHUNK = 8
"""Most old Word files handed to a worker at once (they share one LibreOffice run)."""


@dataclass(frozen=True, slots=True)
class Job:
    """One file to parse, with what the manifest will record about it."""

    file: InputFile
    output: str | None
    size: int
    mtime_ns: int


def choose_mode(options: BatchOptions) -> Mode:
    """The output mode the options ask for; raises :class:`UsageProblem` when the
    inputs or the output cannot work together."""
    check_inputs(options.inputs)
    out = options.out
    if out is None or out == "-":
        if options.format in ("sqlite", "csv"):
            raise UsageProblem(
                Param.OUT,
                "{format} {kind} writes files: give them a place with {out}",
                kind=options.format,
            )
        return "stream"
    if options.format in ("jsonl", "sqlite"):
        if os.path.isdir(out):
            raise UsageProblem(
                Param.OUT,
                "{path} is a folder; {format} {kind} writes one file",
                path=out,
                kind=options.format,
            )
        return "jsonl-file" if options.format == "jsonl" else "sqlite"
    if os.path.exists(out) and not os.path.isdir(out):
        raise UsageProblem(Param.OUT, "{path} is not a folder", path=out)
    if options.format == "csv":
        return "csv"
    if STDIN in options.inputs:
        raise UsageProblem(
            Param.OUT,
            "standard input (-) cannot go to an output folder; use {out} - or {format} jsonl",
        )
    return "folder"


def check_output(
    out: str | None, mode: Mode, inputs: Sequence[str], files: Sequence[InputFile]
) -> None:
    """Refuse an output that is also an input: a folder given as both (its letters would
    be skipped as the output folder), or a file read as a letter and overwritten."""
    if out is None or mode == "stream" or not os.path.exists(out):
        return
    if mode in FOLDER_MODES:
        for raw in inputs:
            if raw != STDIN and os.path.isdir(raw) and os.path.samefile(raw, out):
                raise UsageProblem(
                    Param.OUT, "{path} is also an input folder; write to another folder", path=out
                )
        return
    key = _file_key(out)
    if any(f.path != STDIN and _file_key(f.path) == key for f in files):
        raise UsageProblem(Param.OUT, "{path} is also an input; write to another file", path=out)


def _file_key(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def open_writer(options: BatchOptions, mode: Mode) -> RecordWriter:
    """The writer of the run's output; :class:`UsageProblem` when it cannot be written."""
    if mode == "folder":
        assert options.out is not None
        return JsonFolder(Path(options.out))
    if mode in ("sqlite", "csv"):
        return _open_tables(Path(str(options.out)), mode)
    indent = None if options.format == "jsonl" else 2
    if mode == "stream":
        return StandardOutput(sys.stdout.buffer, indent)
    assert options.out is not None
    try:
        return JsonLinesFile(Path(options.out))
    except OSError as exc:
        raise unwritable(Path(options.out), exc) from None


ERRORS_SUFFIX = ".errors.jsonl"


def errors_path(mode: Mode, out: str | None) -> Path | None:
    """Where a run lists its failures: ``errors.jsonl`` in an output folder,
    ``NAME.errors.jsonl`` beside an output file (``all.jsonl`` → ``all.errors.jsonl``),
    nowhere for standard output."""
    if out is None or mode == "stream":
        return None
    if mode in FOLDER_MODES:
        return Path(out) / ERRORS_NAME
    path = Path(out)
    return path.with_name(path.stem + ERRORS_SUFFIX)


def _open_tables(path: Path, mode: Mode) -> RecordWriter:
    """The SQLite archive or the CSV folder (:mod:`replyparse.tables.outputs`)."""
    from replyparse.tables.outputs import ArchiveWriter, CsvWriter
    from replyparse.tables.sqlite import ArchiveError

    try:
        return ArchiveWriter(path) if mode == "sqlite" else CsvWriter(path)
    except ArchiveError as exc:
        raise UsageProblem(Param.OUT, "{reason}", reason=str(exc)) from None
    except OSError as exc:
        raise unwritable(path, exc) from None


def unwritable(path: Path, exc: OSError) -> UsageProblem:
    """The usage problem of an output that cannot be written at all."""
    reason = exc.strerror or str(exc)
    for parent in path.parents:  # "File exists" would hide the cause of -o a.txt/out
        if parent.exists():
            if not parent.is_dir():
                reason = f"{parent} is not a folder"
            break
    return UsageProblem(
        Param.OUT, "cannot write to {path}: {reason}", path=str(path), reason=reason
    )


def chunks(paths: Sequence[str]) -> Iterator[list[int]]:
    """The order and grouping in which files go to workers: each file alone (a worker's
    files wait for each other, so a slow one would hold its chunk-mates), except old
    Word/WPS/RTF files, which go in groups of up to :data:`MAX_CHUNK` so that one
    LibreOffice start converts them all."""
    group: list[int] = []
    for index, path in enumerate(paths):
        if os.path.splitext(path)[1].lower() not in OLD_FORMATS:
            yield [index]
            continue
        group.append(index)
        if len(group) == MAX_CHUNK:
            yield group
            group = []
    if group:
        yield group


def worker_count(files: int, jobs: int | None) -> int:
    """Workers for ``files`` files: at most ``jobs`` (default: the CPUs this process may
    use), and one more only for every :data:`FILES_PER_WORKER` files."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    wanted = jobs or cpus or 1
    return max(1, min(wanted, files // FILES_PER_WORKER))


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


def fit_name(name: str) -> str:
    """``name`` (a relative POSIX path) with its last part cut to :data:`NAME_MAX` bytes:
    the stem shortened and ``~`` plus 8 hex digits of the whole name's hash added, so
    distinct names stay distinct (a 255-byte ``x.txt`` would need 256 for ``x.json``)."""
    folder, _, base = name.rpartition("/")
    raw = base.encode("utf-8", "surrogateescape")
    if len(raw) <= NAME_MAX:
        return name
    stem, ext = os.path.splitext(base)
    tag = "~" + hashlib.sha256(raw).hexdigest()[:8] + ext
    room = NAME_MAX - len(tag.encode("utf-8", "surrogateescape"))
    while len(stem.encode("utf-8", "surrogateescape")) > room:
        stem = stem[:-1]
    fitted = stem + tag
    return f"{folder}/{fitted}" if folder else fitted


def settings(keep_text: bool) -> str:
    """What a manifest entry records about the settings a record was made with."""
    from replyparse import __version__

    return f"replyparse {__version__}; text={'yes' if keep_text else 'no'}"
