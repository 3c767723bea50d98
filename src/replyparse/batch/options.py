"""The options of a batch run and the output mode they ask for.

Everything here is decided from the command line alone, before any file is read:
:class:`BatchOptions`, the format and output mode they ask for (:func:`resolve_output`,
or why they cannot work, as a :class:`~replyparse.usage.UsageProblem`), the tables that
say what each mode writes and keeps.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PureWindowsPath
from typing import Literal

from replyparse.discover import STDIN, check_inputs
from replyparse.limits import DEFAULT_LIMITS, Limits
from replyparse.paths import (
    backslash_habit,
    bare_name,
    is_folder_name,
    is_stream_file,
    is_terminal,
    said,
)
from replyparse.progress import Kept
from replyparse.usage import Param, UsageProblem

Format = Literal["json", "jsonl", "sqlite", "csv", "docx"]
"""What a run writes: a JSON record per letter (``json``), one per line (``jsonl``), the
analysts' tables (``sqlite``, ``csv``), or a review report per letter (``docx``)."""
Mode = Literal["folder", "json-file", "docx-file", "jsonl-file", "stream", "sqlite", "csv"]
FOLDER_MODES: frozenset[Mode] = frozenset({"folder", "csv"})
"""Modes whose output is a folder (locked while a run writes to it)."""
ONE_LETTER_FORMATS: frozenset[Format] = frozenset({"json", "docx"})
"""Formats whose file, or standard output, holds one letter's document."""
DOCUMENT_SUFFIXES: dict[Format, str] = {"json": ".json", "docx": ".docx"}
"""The suffix of each letter's document in an output folder, by format."""


@dataclass(frozen=True, slots=True)
class BatchOptions:
    inputs: tuple[str, ...]
    out: str | None = None
    format: Format | None = None
    """None: from ``out``'s suffix, else json (see :func:`resolve_output`)."""
    keep_text: bool = True
    keywords: bool = True
    """False: records with empty keywords, and no word segmenter loaded."""
    jobs: int | None = None
    force: bool = False
    overwrite: bool = False
    """Replace the file an output named in full names, whoever wrote it (by default one
    replyparse did not write is refused: :func:`~.output.check_replace`)."""
    skip_failed: bool = False
    """Pass over the files whose last outcome is a failure and that are unchanged since
    (they are tried again by default)."""
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    follow_links: bool = True
    limits: Limits = field(default=DEFAULT_LIMITS)
    errors: str | None = None
    """Where to list the failures (any mode); None: the default of :func:`errors_path`."""
    skipped: str | None = None
    """Where to list the paths skipped (any mode); None: the default of
    :func:`skipped_path`."""
    files_from: str | None = None
    """A file listing more paths, one a line or NUL-separated; ``-``: standard input."""
    fail_fast: bool = False
    """Stop at the first failure."""
    prune: bool = False
    """Remove the outputs (and manifest entries) of sources that are gone."""
    stdin_name: str | None = None
    """The name of the letter read from standard input in the tables (default ``stdin``)."""
    given: tuple[str, ...] | None = None
    """The command's arguments as given on its command line (None: not run from one),
    written back whole in a message that says what to add (:func:`stdin_name_alone`)."""


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


def kept(mode: Mode) -> Kept:
    """What a run stopped early leaves of ``mode``'s output (:data:`~replyparse.progress.Kept`):
    a folder or an archive keeps what was done (its manifest says what), standard output
    what it already wrote, a file nothing (it is written whole at the end)."""
    if mode in ("folder", "sqlite"):
        return "resumable"
    return "partial" if mode == "stream" else "whole"


def resolve_output(options: BatchOptions) -> tuple[Format, Mode]:
    """The format and the output mode the options ask for. ``-o``'s suffix says which
    format a file is (``.jsonl``; ``.json``: one letter's record; ``.docx``: one letter's
    review report; ``.db``, ``.sqlite``); a trailing ``/`` says it is a folder;
    ``--format`` says the same or is refused; a name that says neither is a folder
    (``json``, ``docx``, ``csv``) or a file (``jsonl``, ``sqlite``) by ``--format``.
    A device or a pipe named as the output (``-o /dev/null``, a named pipe) is written
    as standard output is: records one after another, no lists beside it.
    Raises :class:`UsageProblem` when the inputs or the output cannot work together (a
    Word file is never written to a terminal)."""
    check_inputs(options.inputs)
    out, given = options.out, options.format
    if out == "":  # (-o "$OUT" unset: the current folder, taken for a folder named '')
        raise UsageProblem(
            Param.OUT,
            "'' is an empty name (an unset variable?): name the file or folder (./ for this one)",
        )
    if out is not None and (habit := backslash_habit(out)) is not None:
        raise UsageProblem(Param.OUT, "{habit}", habit=habit)
    if out is None or out == "-" or is_stream_file(out):
        device = out not in (None, "-")
        if given in ("sqlite", "csv") and device:
            raise UsageProblem(
                Param.OUT,
                "{path} is a device or a pipe, written as it comes; {format} {kind} writes "
                + ("a database file" if given == "sqlite" else "a folder of tables")
                + ": name it with {out} "
                + ("archive.db" if given == "sqlite" else "tables/"),
                path=out,
                kind=given,
            )
        if given == "sqlite":  # the README's names, so that the advice can be pasted
            raise UsageProblem(
                Param.OUT,
                "{format} sqlite writes a database file, not standard output: name it with "
                "{out} archive.db",
            )
        if given == "csv":
            raise UsageProblem(
                Param.OUT,
                "{format} csv writes a folder of tables (letters.csv, amounts.csv, …), not "
                "standard output: name it with {out} tables/",
            )
        # (a device named is asked itself: -o /dev/tty is a terminal, -o /dev/null none)
        if given == "docx" and (is_terminal(str(out)) if device else _on_a_terminal()):
            raise UsageProblem(
                Param.OUT,
                "{format} docx writes a Word file, not text for a terminal: name it with "
                "{out} report.docx (or {out} FOLDER/ for one per letter), or redirect "
                "standard output to a file",
            )
        # (a device or a pipe takes records one per line unless --format says otherwise:
        # what -o /dev/null or a named pipe is given is a stream of them)
        return given or ("jsonl" if device else "json"), "stream"
    suffix = os.path.splitext(bare_name(out))[1].lower()
    if is_folder_name(out):
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
            "{path}: replyparse writes no {suffix} file"
            + _SUFFIX_MEANT.get(suffix, "")
            + "; name a {known} file, or a folder (end it with /)",
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


_EXCEL = " (for Excel, write the CSV tables, which it opens: {format} csv {out} tables/)"
_SUFFIX_MEANT = {
    ".xlsx": _EXCEL,
    ".xls": _EXCEL,
    ".ndjson": " (did you mean .jsonl? one record a line)",
    ".jsonlines": " (did you mean .jsonl? one record a line)",
    ".doc": " (did you mean .docx? review reports)",
}
"""What a name's suffix of another habit is answered with (``-o all.ndjson``), as
``-f ndjson`` is (:data:`replyparse.helpformat.MEANT`)."""


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
    bare = bare_name(out)  # "a.txt/" does not exist, whatever a.txt is
    if os.path.exists(bare) and not os.path.isdir(bare):
        # say why a folder is wanted (csv, the trailing /, a name with no suffix) and
        # what to name instead
        if fmt == "csv":
            why, instead = ", and {format} csv writes a folder of tables", ""
        elif is_folder_name(out):
            why, instead = " (the / at the end of the name asks for one)", ""
        elif fmt == "docx":
            why = ", and a name with no suffix is an output folder (one report per letter)"
            instead = ", or a .docx file for one letter's report"
        else:
            why = ", and a name with no suffix is an output folder (one record per letter)"
            instead = ", or a .jsonl, .db or .json file"
        raise UsageProblem(
            Param.OUT,
            "{path} is a file, not a folder" + why + ": name a new folder" + instead,
            path=bare,
        )
    if fmt == "csv":
        return fmt, "csv"
    if STDIN in options.inputs:
        _check_stdin_in_folder(options.stdin_name, ".docx" if fmt == "docx" else ".json")
    return fmt, "folder"


def _check_stdin_in_folder(name: str | None, suffix: str) -> None:
    """Refuse standard input into an output folder unless ``--stdin-name`` names it: its
    file there is the name plus ``suffix``, kept whole (``--stdin-name 2021/x`` gives
    ``2021/x.json``, as its letter is named in a database), and a later run under the
    same name replaces it. A name that would put it outside the folder is refused."""
    if name is None:
        raise UsageProblem(
            Param.OUT,
            "standard input (-) has no name to give its file in an output folder: name it "
            "with {stdin_name} NAME (written as NAME" + suffix + "), or use {out} - or "
            "{format} jsonl",
        )
    parts = name.replace("\\", "/").split("/")
    drive = PureWindowsPath(name).drive  # (C:x, C:/x, //host/share: a place on Windows)
    if os.path.isabs(name) or drive or any(p in ("", ".", "..") for p in parts):
        raise UsageProblem(
            Param.STDIN_NAME,
            "{name}: a letter's name in an output folder is a path inside it, with no "
            "drive and no empty, . or .. part (2021/letter, not /tmp/letter, C:letter or "
            "../letter)",
            name=said(name),
        )


STDIN_NAME = "stdin"
"""The name of the letter read from standard input, unless ``--stdin-name`` gives one."""


def _cut_paths(words: Sequence[str], paths: Sequence[str]) -> list[str]:
    """``words`` quoted for a shell (:func:`~replyparse.paths.said`), but each run of
    more than three of ``paths`` cut to its first two and ``…`` (``letters/*.txt`` as the
    shell spread it), every option kept."""
    named = set(paths)
    shown: list[str] = []
    run: list[str] = []
    for word in [*words, None]:
        if word is not None and word in named:
            run.append(said(word))
            continue
        shown += run if len(run) <= 3 else [*run[:2], "…"]
        run = []
        if word is not None:
            shown.append(said(word))
    return shown


def stdin_name_alone(
    command: str,
    name: str,
    paths: Sequence[str],
    out: str | None = None,
    given: Sequence[str] | None = None,
    files_from: str | None = None,
) -> UsageProblem:
    """The problem of a name for standard input given with no ``-`` among ``paths``
    (``extract --stdin-name``, ``validate --stdin-name``: ``{stdin_name}`` is spelled
    by the command), saying exactly what to write either way: the command line with ``-``
    added, or the paths alone. ``given``: the command's arguments as given, written back
    with ``-`` at the end, every option kept (``--files-from``, ``--format``…); without
    them (not run from a command line), the line is made of the name, the paths and
    ``-o out`` (a long run of paths is cut either way: ``a.txt b.txt …``). With
    ``files_from`` ``-``, standard input is the list of paths: no ``-`` can be added
    (it cannot be a letter too), so the name is only to be left out."""
    if files_from == STDIN:
        return UsageProblem(
            Param.STDIN_NAME,
            "{stdin_name} {name} names the letter read from standard input, but standard "
            "input holds the list of paths here ({files_from} -), not a letter: leave "
            "{stdin_name} out (a letter named so is read from its file, named in the list)",
            name=name,
        )
    quoted = [said(p) for p in paths]
    shown_paths = " ".join(quoted if len(quoted) <= 3 else [*quoted[:2], "…"])
    line = "{given} -" if given is not None else "{stdin_name} {quoted} -{more}{into}"
    template = (
        "{stdin_name} {name} names the letter read from standard input, but no - is among "
        f"the paths: to read standard input as {{name}}, add - (replyparse {{command}} {line})"
    )
    if quoted:
        template += "; to read {named} alone, leave {stdin_name} out"
    return UsageProblem(
        Param.STDIN_NAME,
        template,
        name=name,
        command=command,
        given=" ".join(_cut_paths(given or (), paths)),
        quoted=said(name),
        more=f" {shown_paths}" if quoted else "",
        into=f" -o {said(out)}" if out is not None else "",
        named=shown_paths,
    )


def check_stdin_name(options: BatchOptions) -> str | None:
    """``--stdin-name``'s name, refused without ``-`` among the paths or when empty or
    holding a NUL or a line break."""
    name = options.stdin_name
    if name is None:
        return None
    if STDIN not in options.inputs:
        raise stdin_name_alone(
            "extract", name, options.inputs, options.out, options.given, options.files_from
        )
    if not name.strip() or any(c in name for c in "\0\n\r"):
        raise UsageProblem(Param.STDIN_NAME, "{stdin_name} needs a name on one line")
    return name
