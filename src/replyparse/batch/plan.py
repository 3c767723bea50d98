"""Planning a batch run: the options, the output mode they ask for, and output names.

Everything here is decided before any file is read: which mode the command line asks
for (or why it cannot work, as a :class:`~replyparse.usage.UsageProblem`), the name each
letter's record (or review report) gets in an output folder, how many workers the work
is worth, and the settings a manifest entry records.
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
from replyparse.progress import Kept
from replyparse.readers.office import OLD_FORMATS
from replyparse.usage import Param, UsageProblem
from replyparse.writers import (
    JsonLinesFile,
    RecordFile,
    RecordFolder,
    RecordWriter,
    StandardOutput,
)

Format = Literal["json", "jsonl", "sqlite", "csv", "docx"]
"""What a run writes: a JSON record per letter (``json``), one per line (``jsonl``), the
analysts' tables (``sqlite``, ``csv``), or a review report per letter (``docx``)."""
Mode = Literal["folder", "json-file", "docx-file", "jsonl-file", "stream", "sqlite", "csv"]
FOLDER_MODES: frozenset[Mode] = frozenset({"folder", "csv"})
"""Modes whose output is a folder (locked while a run writes to it)."""
ONE_LETTER_FORMATS: frozenset[Format] = frozenset({"json", "docx"})
"""Formats whose file, or standard output, holds one letter's document."""
KEPT: dict[Mode, Kept] = {
    "folder": "resumable",
    "sqlite": "resumable",
    "json-file": "whole",
    "docx-file": "whole",
    "jsonl-file": "whole",
    "csv": "whole",
    "stream": "partial",
}
"""What a run stopped early leaves of each mode's output (:data:`~replyparse.progress.Kept`)."""
DOCUMENT_SUFFIXES: dict[Format, str] = {"json": ".json", "docx": ".docx"}
"""The suffix of each letter's document in an output folder, by format."""


@dataclass(frozen=True, slots=True)
class BatchOptions:
    inputs: tuple[str, ...]
    out: str | None = None
    format: Format | None = None
    """None: from ``out``'s suffix, else json (see :func:`resolve_output`)."""
    keep_text: bool = True
    jobs: int | None = None
    force: bool = False
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    follow_links: bool = True
    limits: Limits = field(default=DEFAULT_LIMITS)
    errors: str | None = None
    """Where to list the failures (any mode); None: the default of :func:`errors_path`."""
    files_from: str | None = None
    """A file listing more paths, one a line or NUL-separated; ``-``: standard input."""
    fail_fast: bool = False
    """Stop at the first failure."""
    prune: bool = False
    """Remove the outputs (and manifest entries) of sources that are gone."""


NAME_MAX = 255
"""Bytes in one file name on the file systems we know (ext4, XFS, APFS, NTFS in UTF-16)."""
FILES_PER_WORKER = 64
"""Files to do per worker process: below 128 a second one gained nothing measurable
(docs/development.md)."""
MAX_CHUNK = 8
"""Most old Word files handed to a worker at once (they share one LibreOffice run)."""


@dataclass(frozen=True, slots=True)
class Job:
    """One file to parse, with what the manifest will record about it."""

    file: InputFile
    output: str | None
    size: int
    mtime_ns: int


SUFFIX_FORMATS: dict[str, Format] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".db": "sqlite",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".docx": "docx",
}
"""What an output name's suffix asks for (compared in lower case)."""
FILE_FORMATS: frozenset[Format] = frozenset({"jsonl", "sqlite"})
"""Formats that always write one file."""
_FILE_MODES: dict[Format, Mode] = {
    "json": "json-file",
    "docx": "docx-file",
    "jsonl": "jsonl-file",
    "sqlite": "sqlite",
}


def _is_folder_name(out: str) -> bool:
    return out.endswith("/") or (os.altsep is not None and out.endswith(os.altsep))


def resolve_output(options: BatchOptions) -> tuple[Format, Mode]:
    """The format and the output mode the options ask for. ``-o``'s suffix says which
    format a file is (``.jsonl``; ``.json``: one letter's record; ``.docx``: one letter's
    review report; ``.db``, ``.sqlite``); a trailing ``/`` says it is a folder;
    ``--format`` says the same or is refused; a name that says neither is a folder
    (``json``, ``docx``, ``csv``) or a file (``jsonl``, ``sqlite``) by ``--format``.
    Raises :class:`UsageProblem` when the inputs or the output cannot work together (a
    Word file is never written to a terminal)."""
    check_inputs(options.inputs)
    out, given = options.out, options.format
    if out is None or out == "-":
        if given in ("sqlite", "csv"):
            raise UsageProblem(
                Param.OUT, "{format} {kind} writes files: give them a place with {out}", kind=given
            )
        if given == "docx" and _on_a_terminal():
            raise UsageProblem(
                Param.OUT,
                "{format} docx writes a Word file, not text for a terminal: name it with "
                "{out} report.docx (or {out} FOLDER/ for one per letter), or redirect "
                "standard output to a file",
            )
        return given or "json", "stream"
    suffix = os.path.splitext(out.rstrip("/"))[1].lower()
    if _is_folder_name(out):
        if given in FILE_FORMATS:
            raise UsageProblem(
                Param.OUT,
                "{path} ends in /, a folder, but {format} {kind} writes one file",
                path=out,
                kind=given,
            )
        return _folder(options, given or "json")
    if suffix == ".csv":
        raise UsageProblem(
            Param.OUT,
            "{path}: CSV output is a folder of tables (letters.csv, amounts.csv, …); "
            "name the folder: {format} csv {out} tables/",
            path=out,
        )
    inferred = SUFFIX_FORMATS.get(suffix)
    if suffix and inferred is None and given not in FILE_FORMATS and not os.path.isdir(out):
        # it would become a folder: "-o s10.txt" must not make a folder of a file's name
        raise UsageProblem(
            Param.OUT,
            "{path}: replyparse writes no {suffix} file; name a {known} file, "
            "or a folder (end it with /)",
            path=out,
            suffix=suffix,
            known=_known_suffixes(),
        )
    if inferred is not None and given is not None and given != inferred:
        raise UsageProblem(
            Param.FORMAT,
            "{path} names a {inferred} file but {format} is {kind}: make them agree",
            path=out,
            inferred=inferred,
            kind=given,
        )
    fmt = inferred or given or "json"
    if fmt == "csv" or (fmt in ONE_LETTER_FORMATS and inferred is None):
        return _folder(options, fmt)
    if os.path.isdir(out):
        if fmt in ONE_LETTER_FORMATS:
            template = "{path} is a folder, but a {suffix} name is one letter's {kind} file"
            raise UsageProblem(
                Param.OUT,
                template + " (end it with / for the folder)",
                path=out,
                suffix=suffix,
                kind="record" if fmt == "json" else "report",
            )
        raise UsageProblem(
            Param.OUT, "{path} is a folder; {format} {kind} writes one file", path=out, kind=fmt
        )
    return fmt, _FILE_MODES[fmt]


def _known_suffixes() -> str:
    """``.json, .jsonl, … or .docx``: the names of the files extract writes."""
    names = list(SUFFIX_FORMATS)
    return ", ".join(names[:-1]) + f" or {names[-1]}"


def _on_a_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):  # no standard output, or a closed one
        return False


def _folder(options: BatchOptions, fmt: Format) -> tuple[Format, Mode]:
    out = str(options.out)
    bare = out.rstrip("/") or out  # "a.txt/" does not exist, whatever a.txt is
    if os.path.exists(bare) and not os.path.isdir(bare):
        raise UsageProblem(Param.OUT, "{path} is not a folder", path=out)
    if fmt == "csv":
        return fmt, "csv"
    if STDIN in options.inputs:
        raise UsageProblem(
            Param.OUT,
            "standard input (-) cannot go to an output folder; use {out} - or {format} jsonl",
        )
    return fmt, "folder"


def read_list(options: BatchOptions) -> list[str]:
    """The paths ``--files-from`` lists: one a line (``find``, ``git ls-files``), or
    NUL-separated when the list holds a NUL (``find -print0``, ``git ls-files -z``);
    empty entries skipped, names decoded as the file system's. :class:`UsageProblem`
    when the list cannot be read, or is standard input and a letter is too."""
    source = options.files_from
    if source is None:
        return []
    if source == STDIN:
        if STDIN in options.inputs:
            raise UsageProblem(
                Param.FILES_FROM, "standard input cannot be both the list and a letter (-)"
            )
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise UsageProblem(
                Param.FILES_FROM,
                "cannot read {path}: {reason}",
                path=source,
                reason=exc.strerror or str(exc),
            ) from None
    entries = data.split(b"\0") if b"\0" in data else data.splitlines()
    return [os.fsdecode(e) for e in entries if e.strip()]


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


def check_errors_file(errors: str | None, out: str | None, files: Sequence[InputFile]) -> None:
    """Refuse an errors file that is the output or one of the letters."""
    if errors is None:
        return
    if os.path.isdir(errors):
        raise UsageProblem(Param.ERRORS, "{path} is a folder; {errors} names a file", path=errors)
    if out not in (None, "-") and os.path.abspath(errors) == os.path.abspath(str(out)):
        raise UsageProblem(Param.ERRORS, "{path} is also the output {out}", path=errors)
    key = _file_key(errors)
    if key is not None and any(f.path != STDIN and _file_key(f.path) == key for f in files):
        raise UsageProblem(Param.ERRORS, "{path} is also an input", path=errors)


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
        return RecordFolder(Path(options.out))
    if mode in ("sqlite", "csv"):
        return _open_tables(Path(str(options.out)), mode)
    indent = None if options.format == "jsonl" else 2
    if mode == "stream":
        return StandardOutput(sys.stdout.buffer, indent)
    assert options.out is not None
    try:
        if mode in ("json-file", "docx-file"):
            return RecordFile(Path(options.out))
        return JsonLinesFile(Path(options.out))
    except OSError as exc:
        raise unwritable(Path(options.out), exc) from None


ERRORS_SUFFIX = ".errors.jsonl"


def errors_path(mode: Mode, out: str | None, errors: str | None = None) -> Path | None:
    """Where a run lists its failures: ``errors`` when given; else ``errors.jsonl`` in an
    output folder, ``NAME.errors.jsonl`` beside an output file (``all.jsonl`` →
    ``all.errors.jsonl``), nowhere for standard output."""
    if errors is not None:
        return Path(errors)
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


def plan_outputs(
    files: Sequence[InputFile], suffix: str = ".json"
) -> tuple[list[str], list[tuple[str, str]]]:
    """Output names (relative, POSIX) for a folder run, and the renamed ones.

    ``dir/name.ext`` becomes ``dir/name.json`` (``suffix``: ``.docx`` for reports). When
    several inputs map to one name (``a.docx`` and ``a.txt``; names compared
    case-insensitively so that the result is the same on every file system), the first
    in input order (names sorted) keeps ``a.json`` and each later one gets its full name
    plus ``.json`` (``a.txt.json``), then ``a.txt.2.json``, ``a.txt.3.json``… if that is
    taken too.
    """
    taken: set[str] = set()
    outputs: list[str] = []
    renamed: list[tuple[str, str]] = []
    for f in files:
        stem, _ = os.path.splitext(f.rel)
        name = f"{stem}{suffix}"
        if name.casefold() in taken:
            name = f"{f.rel}{suffix}"
            n = 2
            while name.casefold() in taken:
                name = f"{f.rel}.{n}{suffix}"
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


def settings(keep_text: bool, fmt: Format) -> str:
    """What a manifest entry records about the settings an output was made with: a
    record made by another version, with or without the text, or in another format (a
    JSON record where a report is asked for) is made again."""
    from replyparse import __version__

    return f"replyparse {__version__}; format={fmt}; text={'yes' if keep_text else 'no'}"
