"""Options shared by several commands: the input filters, the list of paths and the
worker count (every command that reads letters), the shape of a ``--format`` option, and
the line said when a letter (or a list of paths) is to be typed at the terminal."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, Any

import typer

from replyparse.helpformat import at_least, choice
from replyparse.paths import said

Include = Annotated[
    list[str] | None,
    typer.Option(
        "--include",
        metavar="GLOB",
        help="Only files matching this glob, in folders and --files-from lists "
        "(repeatable); a suffix matches in any case ('*.txt' takes a.TXT).",
    ),
]
Exclude = Annotated[
    list[str] | None,
    typer.Option(
        "--exclude",
        metavar="GLOB",
        help="Skip files and folders matching this glob, in folders and --files-from lists "
        "(repeatable); a suffix matches in any case.",
    ),
]
FilesFrom = Annotated[
    str | None,
    typer.Option(
        "--files-from",
        metavar="FILE",
        help="Also read the paths listed in FILE, one a line or NUL-separated (find "
        "-print0, git ls-files -z); - reads the list from standard input.",
        show_default=False,
    ),
]
NoFollowLinks = Annotated[
    bool,
    typer.Option(
        "--no-follow-links",
        help="Skip symbolic links met inside folders (links named as PATH are followed).",
    ),
]
Jobs = Annotated[
    int | None,
    typer.Option(
        "-j",
        "--jobs",
        parser=at_least(1, "a number of workers"),
        metavar="N",
        help="Worker processes [default: CPU count], at most one per 8 files to do.",
    ),
]

STDIN_NAME_ALIAS = "--stdin-filename"
"""``--stdin-name``'s other spelling (black's, ruff's, eslint's), taken and not shown."""
StdinNameAlias = Annotated[
    str | None, typer.Option(STDIN_NAME_ALIAS, metavar="NAME", hidden=True, show_default=False)
]


def stdin_name_given(name: str | None, alias: str | None) -> str | None:
    """The name standard input was given, by ``--stdin-name`` or its hidden alias
    ``--stdin-filename``: both, naming two things, is a usage error."""
    if alias is None:
        return name
    if name is not None and name != alias:
        raise typer.BadParameter(
            f"--stdin-name {said(name)} and {STDIN_NAME_ALIAS} {said(alias)} both name "
            "standard input (they are one option): give one name",
            param_hint="'--stdin-name'",
        )
    return alias


def stdin_name_spelled(name: str | None, alias: str | None) -> str:
    """How the option naming standard input was typed, for a message about it."""
    return STDIN_NAME_ALIAS if alias is not None and name is None else "--stdin-name"


def format_option(formats: type[StrEnum], what: str, help: str, **more: Any) -> Any:
    """A command's ``--format`` (``-f``, as many tools spell it): one of ``formats``,
    refused as not ``what``."""
    return typer.Option(
        "-f", "--format", metavar="FORMAT", parser=choice(formats, what), help=help, **more
    )


def skipped_option(default: str) -> Any:
    """A command's ``--skipped FILE``: the paths its walk skipped, listed there; ``default``
    says where they go when it is not given."""
    return typer.Option(
        "--skipped",
        metavar="FILE",
        help="List the paths skipped (no letter format, hidden, left out by --include "
        f"or --exclude…) here, one JSON line each [default: {default}].",
        show_default=False,
    )


def stdin_hint(paths: Sequence[str], files_from: str | None = None) -> None:
    """Say so when a letter (or a list) is to be typed at the terminal: without a line
    the command looks as if it hung."""
    wanted = "-" in paths or files_from == "-"
    try:
        at_terminal = sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # no standard input, or a closed one
        at_terminal = False
    if wanted and at_terminal:
        what = (
            "the list of paths from standard input: type or paste them, one a line,"
            if files_from == "-"
            else "the letter from standard input: type or paste it,"
        )
        typer.echo(
            f"replyparse: reading {what} then Ctrl-D (Ctrl-Z Enter on Windows); Ctrl-C to cancel",
            err=True,
        )


_FILTERS = ("--include", "--exclude")
_GLOB_MARKS = frozenset("*?[")


def refuse_expanded_pattern(args: Sequence[str] | None) -> None:
    """Refuse a filter pattern the shell expanded before the command saw it: ``--include
    *.txt`` unquoted arrives as ``--include a.txt b.txt c.txt``, the first file taken for
    the pattern and the others for paths to read, and the run would read what was to be
    filtered. Told by its shape: a value with no wildcard that names a file, followed at
    once by further files of the same folder and suffix, each after the one before in a
    shell's sorted order (:func:`_glob_order`). Files a filter is typed before that are
    not so (``--exclude draft.txt *.txt``: ``draft.txt`` again among them, or ``--exclude
    old.txt 0*.txt``: ``old.txt`` after them) are a filter and its paths, as typed.
    ``--include=a.txt`` (which no shell splits) means the name as written, and is never
    refused; nor is a word after ``--``, a path."""
    if not args:
        return
    words = list(args)
    if "--" in words:
        words = words[: words.index("--")]
    for i, word in enumerate(words[:-1]):
        value = words[i + 1]
        if word not in _FILTERS or _GLOB_MARKS & set(value) or not os.path.isfile(value):
            continue
        folder, suffix = os.path.dirname(value), os.path.splitext(value)[1].casefold()
        followers: list[str] = []
        for extra in words[i + 2 :]:
            if not (
                os.path.isfile(extra)
                and os.path.dirname(extra) == folder
                and os.path.splitext(extra)[1].casefold() == suffix
                and _glob_order(followers[-1] if followers else value, extra)
            ):
                break
            followers.append(extra)
        if followers:
            pattern = os.path.join(folder, "*" + os.path.splitext(value)[1])
            shown = ", ".join(map(said, followers[:3])) + (
                f" and {len(followers) - 3} more" if len(followers) > 3 else ""
            )
            raise typer.BadParameter(
                f"{said(value)} is a file, and {shown} after it would be read as paths, as "
                "when the shell expands an unquoted pattern before replyparse sees it: "
                f"quote the pattern ({word} {said(pattern)}); to mean the name "
                f"{said(value)} itself, write {word}={said(value)}, or put {word} "
                f"{said(value)} after the paths (quotes around the name do not help: the "
                "shell removes them)",
                param_hint=f"'{word}'",
            )


def _glob_order(before: str, after: str) -> bool:
    """Whether a shell's expansion of a pattern could give ``after`` next after
    ``before``: never the same name twice, and in order byte by byte (the C locale) or
    as a locale sorts names, case and punctuation aside (``a.txt`` before ``B.txt``)."""
    return before != after and (before < after or _loose(before) <= _loose(after))


def _loose(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())
