"""Planning a batch run: the options, the output mode they ask for, and output names.

Everything here is decided before any file is read: which mode the command line asks
for (or why it cannot work, as a :class:`~replyparse.usage.UsageProblem`), the name each
letter's record gets in an output folder, and the settings a manifest entry records.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from replyparse.discover import STDIN, InputFile, check_inputs
from replyparse.usage import Param, UsageProblem

Format = Literal["json", "jsonl"]
Mode = Literal["folder", "jsonl-file", "stream"]


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
        return "stream"
    if options.format == "jsonl":
        if os.path.isdir(out):
            raise UsageProblem(
                Param.OUT, "{path} is a folder; {format} jsonl writes one file", path=out
            )
        return "jsonl-file"
    if os.path.exists(out) and not os.path.isdir(out):
        raise UsageProblem(Param.OUT, "{path} is not a folder", path=out)
    if STDIN in options.inputs:
        raise UsageProblem(
            Param.OUT,
            "standard input (-) cannot go to an output folder; use {out} - or {format} jsonl",
        )
    return "folder"


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


def settings(keep_text: bool) -> str:
    """What a manifest entry records about the settings a record was made with."""
    from replyparse import __version__

    return f"replyparse {__version__}; text={'yes' if keep_text else 'no'}"
