"""The output of a batch run: refusing one that cannot work, opening its writer, and
where the failures are listed.

Checked once the files are known and before any is read: an output (or errors file)
that is also an input, several letters for an output that holds one letter's document,
an output that cannot be written at all.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from replyparse.batch.folder import ERRORS_NAME, SKIPPED_NAME
from replyparse.batch.options import FOLDER_MODES, ONE_LETTER_FORMATS, BatchOptions, Mode
from replyparse.discover import STDIN, InputFile, file_key
from replyparse.paths import (
    backslash_end,
    backslash_habit,
    said,
    why_unwritable,
    windows_drive,
)
from replyparse.progress import plural
from replyparse.usage import Param, UsageProblem
from replyparse.writers import (
    JsonLinesFile,
    RecordFile,
    RecordFolder,
    RecordWriter,
    StandardOutput,
    may_replace,
)


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
    key = file_key(out)
    if any(f.path != STDIN and file_key(f.path) == key for f in files):
        raise UsageProblem(Param.OUT, "{path} is also an input; write to another file", path=out)


def check_errors_file(errors: str | None, out: str | None, files: Sequence[InputFile]) -> None:
    """Refuse an errors file that is the output or one of the letters."""
    _check_list_file(errors, Param.ERRORS, out, files)


def check_skipped_file(
    skipped: str | None, errors: str | None, out: str | None, files: Sequence[InputFile]
) -> None:
    """Refuse a list of skipped paths that is the output, the errors file or a letter."""
    _check_list_file(skipped, Param.SKIPPED, out, files)
    if (
        skipped is not None
        and errors is not None
        and os.path.abspath(skipped) == os.path.abspath(errors)
    ):
        raise UsageProblem(Param.SKIPPED, "{path} is also the {errors} file", path=skipped)


def check_own_lists(options: BatchOptions, mode: Mode) -> None:
    """Refuse a run whose list of failures or of skipped paths, under the name the run
    gives it (``errors.jsonl`` in the output folder, ``all.errors.jsonl`` beside
    ``all.jsonl``), would replace or remove a file replyparse did not write there (a user's
    own ``errors.jsonl``): :func:`~replyparse.writers.may_replace` decides. A list named
    with ``--errors`` or ``--skipped`` is the user's word."""
    for given, param, path in (
        (options.errors, Param.ERRORS, errors_path(mode, options.out)),
        (options.skipped, Param.SKIPPED, skipped_path(mode, options.out)),
    ):
        if given is None and path is not None and not may_replace(path):
            raise UsageProblem(  # (the output's: the list's option was not given)
                Param.OUT,
                "{path} is there, a file replyparse did not write: not replaced; name "
                "another list with {" + param.value + "}",
                path=said(str(path)),
            )


def check_replace(options: BatchOptions, mode: Mode) -> None:
    """Refuse an output file named in full (``-o a.json``, ``-o all.jsonl``, ``-o
    a.docx``) where a file stands that replyparse did not write (a user's own, their Word
    letter) or one of its reports edited since, unless ``--overwrite`` was given: the
    run would replace it, which nothing undoes. A file replyparse wrote (an earlier run's)
    is replaced, so a rerun is the same command; a database and CSV tables say for
    themselves whether they are replyparse's, and an output folder never replaces a
    user's file (:func:`~replyparse.writers.may_replace`)."""
    if options.overwrite or options.out is None or mode not in _NAMED_FILES:
        return
    from replyparse.writers import not_ours_to_replace

    held = not_ours_to_replace(Path(options.out), document=mode == "docx-file")
    if held is not None:
        raise UsageProblem(
            Param.OUT,
            "{path} is there, " + held + ": not replaced; name another file, or give "
            "{overwrite} to replace it",
            path=said(options.out),
        )


_NAMED_FILES: frozenset[Mode] = frozenset({"json-file", "docx-file", "jsonl-file"})
"""Modes whose output is one file named in full, written whole by the run."""


def _check_list_file(
    path: str | None, param: Param, out: str | None, files: Sequence[InputFile]
) -> None:
    """Refuse a file a run lists paths in (``param``) that is a folder, the output or
    one of the letters."""
    if path is None:
        return
    option = "{" + param.value + "}"
    if (habit := backslash_habit(path)) is not None:
        if not path.endswith("\\"):
            raise UsageProblem(param, "{habit}", habit=habit)
        # (backslash_habit's advice, a folder, would be refused next: the option names a file)
        told = "{end}: " + option + " names a file"
        if windows_drive(path):
            raise UsageProblem(param, told + " of this system, with /", end=backslash_end(path))
        name = ERRORS_NAME if param is Param.ERRORS else SKIPPED_NAME
        folder = path.rstrip("\\").replace("\\", "/")
        inside = f"{folder}/{name}" if folder else name  # ('\\' alone: this folder's file)
        raise UsageProblem(
            param, told + ", such as {inside}", end=backslash_end(path), inside=said(inside)
        )
    if os.path.isdir(path):
        raise UsageProblem(param, "{path} is a folder; " + option + " names a file", path=path)
    if out not in (None, "-") and os.path.abspath(path) == os.path.abspath(str(out)):
        raise UsageProblem(param, "{path} is also the output {out}", path=path)
    key = file_key(path)
    if key is not None and any(f.path != STDIN and file_key(f.path) == key for f in files):
        raise UsageProblem(param, "{path} is also an input", path=path)
    check_takes_file(Path(path), param)


def check_takes_file(target: Path, param: Param) -> None:
    """Refuse a file to be written (``--errors /proc/e.jsonl``, ``render -o
    /proc/a.docx``) whose nearest folder there cannot take a file, or whose name is longer
    than its file system takes, as an output file is refused: said before any letter is
    read, not found once the run wrote its records and the failures are listed nowhere
    (or, for render, once the letter was parsed for nothing). The folders under it that
    are not there yet are made as the file is written (none is made here)."""
    from replyparse.writers import temp_path

    if (too_long := name_too_long(target)) is not None:
        raise UsageProblem(
            param, "cannot write to {path}: {reason}", path=said(str(target)), reason=too_long
        )
    above = next((p for p in target.parents if os.path.lexists(p)), Path("."))
    try:
        if not above.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(above))
        probe = temp_path(above)
        with open(probe, "xb"):
            pass
        probe.unlink()
    except OSError as exc:
        raise UsageProblem(
            param,
            "cannot write to {path}: {reason}",
            path=said(str(target)),
            reason=why_unwritable(target, exc),
        ) from None


def check_name_lengths(options: BatchOptions, mode: Mode) -> None:
    """Refuse an output whose name, or the name of a list the run writes beside it
    (``NAME.errors.jsonl``), is longer than its file system takes: said before any letter
    is read, not as a traceback (``-o`` a folder of 300 characters) nor once the letter was
    parsed for nothing (``-o NAME.json``, its file renamed into place at the end). The
    lists named with --errors and --skipped are checked with the rest of them."""
    if options.out is None or mode == "stream":
        return
    out = Path(options.out)
    if (too_long := name_too_long(out)) is not None:
        raise UsageProblem(
            Param.OUT, "cannot write to {path}: {reason}", path=said(str(out)), reason=too_long
        )
    for given, param, what, path in (
        (options.errors, Param.ERRORS, "failures", errors_path(mode, options.out)),
        (options.skipped, Param.SKIPPED, "paths skipped", skipped_path(mode, options.out)),
    ):
        if given is None and path is not None and (too_long := name_too_long(path)) is not None:
            raise UsageProblem(
                Param.OUT,
                "cannot write the list of " + what + " {path} beside it: {reason}: name a "
                "shorter output, or the list with {" + param.value + "} FILE",
                path=said(str(path)),
                reason=too_long,
            )


def name_too_long(path: Path) -> str | None:
    """Why ``path`` cannot be made when a name along it is longer than the file system
    it would be made on takes (bytes, as the system counts them); None when none is."""
    above = next((p for p in path.parents if os.path.isdir(p)), Path("."))
    try:
        limit = os.pathconf(above, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # (no pathconf: Windows)
        limit = 255
    for part in path.parts:
        size = len(os.fsencode(part))
        if size > limit and part not in (os.sep, os.altsep):
            whose = "its name" if part == path.name else "the name of a folder in it"
            return f"{whose} is {size} bytes long, and its file system takes {limit} at most"
    return None


def open_writer(options: BatchOptions, mode: Mode) -> RecordWriter:
    """The writer of the run's output; :class:`UsageProblem` when it cannot be written."""
    if mode == "folder":
        assert options.out is not None
        return RecordFolder(Path(options.out))
    if mode in ("sqlite", "csv"):
        return _open_tables(Path(str(options.out)), mode)
    indent = None if options.format == "jsonl" else 2
    if mode == "stream" and options.out in (None, "-"):
        return StandardOutput(sys.stdout.buffer, indent)
    assert options.out is not None
    if mode == "stream":  # a device or a pipe (-o /dev/null): written as standard output is
        try:
            return StandardOutput(open(options.out, "wb"), indent, owned=True)
        except OSError as exc:
            raise unwritable(Path(options.out), exc) from None
    try:
        if mode in ("json-file", "docx-file"):
            return RecordFile(Path(options.out))
        return JsonLinesFile(Path(options.out))
    except OSError as exc:
        raise unwritable(Path(options.out), exc) from None


def earlier_output(mode: Mode, out: Path | None) -> bool:
    """Whether the output of a run that stopped before writing it (one written whole at
    the end: a file named in full, the CSV tables) has a file there from before the run,
    left as it was: an earlier run's, which the closing note tells from this run's."""
    if out is None or mode == "stream":
        return False
    if mode == "csv":
        from replyparse.tables.schema import TABLES

        return any((out / f"{table.name}.csv").exists() for table in TABLES)
    return mode in _NAMED_FILES and out.exists()


ERRORS_SUFFIX = ".errors.jsonl"
SKIPPED_SUFFIX = ".skipped.jsonl"


def errors_path(mode: Mode, out: str | None, errors: str | None = None) -> Path | None:
    """Where a run lists its failures: ``errors`` when given; else ``errors.jsonl`` in an
    output folder, ``NAME.errors.jsonl`` beside an output file (``all.jsonl`` →
    ``all.errors.jsonl``), nowhere for standard output."""
    return _list_path(mode, out, errors, ERRORS_NAME, ERRORS_SUFFIX)


def skipped_path(mode: Mode, out: str | None, skipped: str | None = None) -> Path | None:
    """Where a run lists the paths it skipped: ``skipped`` when given; else
    ``skipped.jsonl`` in an output folder, ``NAME.skipped.jsonl`` beside an output file,
    nowhere for standard output."""
    return _list_path(mode, out, skipped, SKIPPED_NAME, SKIPPED_SUFFIX)


def _list_path(
    mode: Mode, out: str | None, given: str | None, name: str, suffix: str
) -> Path | None:
    """A run's list of files: ``given`` when given; else ``name`` in an output folder,
    the output file's stem plus ``suffix`` beside it, nowhere for standard output."""
    if given is not None:
        return Path(given)
    if out is None or mode == "stream":
        return None
    if mode in FOLDER_MODES:
        return Path(out) / name
    path = Path(out)
    return path.with_name(path.stem + suffix)


def _open_tables(path: Path, mode: Mode) -> RecordWriter:
    """The SQLite archive or the CSV folder (:mod:`replyparse.tables.outputs`)."""
    from replyparse.tables.outputs import ArchiveWriter, CsvWriter
    from replyparse.tables.sqlite import ArchiveError

    if mode == "csv":  # (a database says itself whether it is an archive: ArchiveError)
        from replyparse.tables.schema import TABLES

        for t in TABLES:
            if not may_replace(target := path / f"{t.name}.csv"):
                raise UsageProblem(
                    Param.OUT,
                    "{path} is there, a file replyparse did not write: not replaced; write "
                    "the tables to another folder",
                    path=said(str(target)),
                )
    try:
        return ArchiveWriter(path) if mode == "sqlite" else CsvWriter(path)
    except ArchiveError as exc:
        raise UsageProblem(Param.OUT, "{reason}", reason=str(exc)) from None
    except OSError as exc:
        raise unwritable(path, exc) from None


def unwritable(path: Path, exc: OSError, *, folder: bool = False) -> UsageProblem:
    """The usage problem of an output that cannot be written at all, saying what failed
    (the output ``folder`` could not be made, or the file written) and why
    (:func:`why_unwritable`): ``cannot make the folder /proc/out: the system takes no
    new file or folder in /proc``, not the kernel's "No such file or directory"."""
    made = folder and not os.path.lexists(path)
    return UsageProblem(
        Param.OUT,
        ("cannot make the folder {path}" if made else "cannot write to {path}") + ": {reason}",
        path=said(str(path)),
        reason=why_unwritable(path, exc),
    )


_NO_LETTER = "; no letter among them: pictures are not read (scans? OCR them first)"
"""The end of :func:`_found`'s advice when every file found is a picture."""


def _found(files: Sequence[InputFile]) -> tuple[str, str, str]:
    """What several files found are, for a refusal (``2 letter files``), and advice for
    the pictures named among them (``; or leave out scan.jpg``).

    Letters or not (none is read yet), counted as the summary's "to parse" and the
    filters' note ("matched none of 12 letter files") count them, so that the numbers the
    user sees agree. A file of no letter format is among them only when it was named
    directly (a walk and a list pass such files over): it is tried as a letter all the
    same, but a picture is known by its first bytes, and will fail, so it is named apart
    (``2 files found (1 letter file; photo.jpg, a JPEG image, which holds no text and will
    fail)``)."""
    from replyparse.readers import SUPPORTED_SUFFIXES
    from replyparse.readers.text import picture

    others: list[tuple[str, str | None]] = []
    for f in files:
        if f.path != STDIN and os.path.splitext(f.path)[1].lower() not in SUPPORTED_SUFFIXES:
            try:
                with open(f.path, "rb") as fh:
                    seen = picture(fh.read(64))
            except OSError:
                seen = None
            others.append((f.path, seen))
    if not others:
        return plural(len(files), "letter file"), "", ""
    told = [
        f"{path}, {seen}, which holds no text and will fail"
        if seen is not None
        else f"{path}, of no letter format, tried as a letter as it is named"
        for path, seen in others[:3]
    ]
    if len(others) > 3:
        told.append(f"{len(others) - 3} more named of no letter format")
    letters = plural(len(files) - len(others), "letter file")
    pictures = [path for path, seen in others if seen is not None]
    advice = ""
    if len(pictures) == len(files):
        advice = _NO_LETTER
    elif len(pictures) == len(others) and len(files) - len(others) == 1:
        which = pictures[0] if len(pictures) == 1 else "the pictures"
        advice = f"; or leave out {which}"
    return plural(len(files), "file"), f" ({letters}; {'; '.join(told)})", advice


def check_one_letter(options: BatchOptions, mode: Mode, files: Sequence[InputFile]) -> None:
    """Refuse several files for an output that holds one letter's document. Standard
    output is blamed on ``-o`` only when the user typed ``-o -``."""
    if len(files) <= 1:
        return
    # the summary's "files found" also counts the files skipped: "letter files" here
    found, detail, leave_out = _found(files)
    if leave_out == _NO_LETTER:
        # pictures only (photo.jpg p2.jpg): no output holds what none of them gives, so
        # the advice of an output for several letters would mislead; say why none is read
        raise UsageProblem(
            None, "{files} found{detail}: " + _NO_LETTER[2:], files=found, detail=detail
        )
    if mode == "stream" and options.format in ONE_LETTER_FORMATS:
        one = "record" if options.format == "json" else "report"
        advice = (
            "give {out} DIR/ for one JSON file each, {out} FILE.jsonl for one record per line, "
            "or {format} jsonl for one record per line on standard output"
            if options.format == "json"
            else "give {out} DIR/ for one .docx each"
        )
        raise UsageProblem(
            Param.OUT if options.out == "-" else None,
            "{files} found{detail}: {stream} takes one letter's {one}; " + advice + "{leave_out}",
            files=found,
            detail=detail,
            leave_out=leave_out,
            one=one,
            stream="standard output" if options.out in (None, "-") else said(options.out),
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
            "{files} found{detail}, and {path} holds one letter's {one}: " + advice + "{leave_out}",
            files=found,
            detail=detail,
            leave_out=leave_out,
            one=one,
            path=said(str(options.out)),
        )
