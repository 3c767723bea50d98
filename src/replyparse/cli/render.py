"""The ``render`` command: a letter re-typeset to GB/T 9704, or its review report, as a
Word file.

The letter is read within the same limits per file as ``extract`` and ``validate``
take (:func:`~replyparse.cli.limits.with_limits`), and read, parsed and typeset in one
worker process of the batch's pool, so that ``--timeout`` holds as it does there: past
it the worker is killed, even inside C code.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from replyparse.cli.limits import with_limits
from replyparse.limits import DEFAULT_LIMITS, Limits
from replyparse.paths import plain, said, shown, why_unwritable


@with_limits
def render(
    path: Annotated[
        str,
        typer.Argument(
            help="A record written by extract (a .json file holding the letter text) or a "
            "letter file, which is parsed first.",
            metavar="RECORD_OR_LETTER",
            show_default=False,
        ),
    ],
    out: Annotated[
        str,
        typer.Option(
            "-o",
            "--out",
            metavar="FILE.docx",
            help="The .docx file to write, or a folder to write it in under the letter's "
            "name (reports/ gives reports/NAME.docx; a trailing / says folder); - for "
            "standard output (not a terminal).",
        ),
    ],
    report: Annotated[
        bool,
        typer.Option(
            "--report",
            help="Write the review report (fields, tables, the text with every item "
            "highlighted) instead of the typeset letter.",
        ),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="No closing line saying what was written where; errors and notes only.",
        ),
    ] = False,
    overwrite: Annotated[
        bool,
        typer.Option(
            "--overwrite",
            help="Replace the .docx file -o names even when replyparse did not write it "
            "(refused by default: a user's own document, one edited since); one render "
            "or extract wrote is replaced without it.",
        ),
    ] = False,
    limits: Limits = DEFAULT_LIMITS,
) -> None:
    """Re-typeset a letter to GB/T 9704-2012 as a Word file.

    A record must hold the letter's text: one written with --no-text cannot
    be typeset (its --report still can). JSON Lines and other JSON that is not one
    record are refused, and so is an archive (-o archive.db): it keeps tables, not
    records (render the letter's file). A closing line on standard error names the
    file written (not with -o -, nor --quiet). Exit codes: 0 written; 1 the input could
    not be read or has no text (or is past a limit), or the output failed as it was
    written (a full disk); 2 usage error, or an output that cannot be written at all
    (a read-only folder, a file in the way), refused before the letter is read; 141
    standard output's reader went away (-o - | head).
    """
    started = time.monotonic()
    target = _render_target(path, out)
    if path == "-":  # (not "no such file: -", as if a file were missing)
        raise typer.BadParameter(
            "render reads one record or letter file, not standard input (-): save it to a "
            "file and name that (a file called - is ./-)",
            param_hint="RECORD_OR_LETTER",
        )
    source = Path(path)
    # (os.path's answers, not Path's: Path.is_dir raises for a name too long, Python 3.11)
    if os.path.isdir(path):
        raise typer.BadParameter(
            f"{said(path)} is a folder: render takes one record or letter file (for a review "
            f"report of each letter in a folder: replyparse extract {said(path)} --format docx "
            "-o reports/)",
            param_hint="RECORD_OR_LETTER",
        )
    if not os.path.isfile(path):
        what = "not a regular file" if os.path.exists(path) else "no such file"
        raise typer.BadParameter(f"{what}: {said(path)}", param_hint="RECORD_OR_LETTER")
    if target is not None:
        _check_writable(target)
    if target is not None and _same_file(source, target):
        raise typer.BadParameter(
            f"{said(str(target))} is also the input; write to another file",
            param_hint=_OUT_HINT,
        )
    if target is not None and target != Path(out):
        _check_chosen_name(target, report)
    elif target is not None and not overwrite:
        _check_named_file(target)
    # (named as given, in plain form: a file called - is ./-, its record's source too)
    made = _render_in_worker(plain(path), report=report, limits=limits)
    if isinstance(made, str):
        typer.echo(shown(f"error: {said(plain(path))}: {made}"), err=True)
        raise typer.Exit(1)
    data, letterlike = made
    if not letterlike:
        # extract fails such a file and validate reports it: render makes what it is asked
        # for, but says what it was given (a note, a table), so none takes it for a letter
        from replyparse.letterness import NOT_A_LETTER_MESSAGE

        typer.echo(
            shown(
                f"note: {said(plain(path))}: not a letter: {NOT_A_LETTER_MESSAGE}; rendered all "
                "the same"
            ),
            err=True,
        )
    if target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from replyparse.paths import is_stream_file
    from replyparse.writers import atomic_write

    try:
        # its folder made as extract makes -o's: a name under a folder not there yet is
        # no reason to fail after the parse
        if is_stream_file(str(target)):  # (no file to replace: written straight)
            with open(target, "wb") as stream:
                stream.write(data)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(target, data)
    except OSError as exc:
        reason = why_unwritable(target, exc)  # (a file in the way: "File exists" misleads)
        typer.echo(shown(f"error: {said(str(target))}: cannot write: {reason}"), err=True)
        raise typer.Exit(1) from None
    if not quiet:
        typer.echo(shown(written_line(target, report, time.monotonic() - started)), err=True)


def written_line(target: Path, report: bool, elapsed: float) -> str:
    """The closing line of a render that wrote ``target``, as ``extract`` closes a run of
    one letter (``replyparse: 1 letter parsed, written to a.json (0.25 s)``): what was
    made and the file it went to, the name render chose under a folder (``-o typeset/``)
    included."""
    what = "review report made" if report else "letter typeset"
    return f"replyparse: {what}, written to {said(str(target))} ({elapsed:.2f} s)"


def _check_writable(target: Path) -> None:
    """Refuse an output that cannot be written at all before the letter is read, as
    extract refuses one (exit 2): a file in the way of its folder (``-o a.txt/x.docx``),
    a link to nothing, a folder it may not write in (read-only, no permission), one the
    system keeps (``/proc``), a name longer than its file system takes. Found after the
    parse, each was ``error: NAME: cannot write: …``, exit 1, the letter parsed for
    nothing. A device or a pipe (``-o /dev/null``) is written as it is, unchecked."""
    from replyparse.paths import is_stream_file

    if is_stream_file(str(target)):
        return
    from replyparse.batch.output import check_takes_file
    from replyparse.cli.problems import usage_error
    from replyparse.usage import Param, UsageProblem

    try:
        check_takes_file(target, Param.OUT)
    except UsageProblem as exc:
        raise usage_error(exc) from None


class _RenderFailed(Exception):
    """Why ``render`` could not make its document; ``str()`` is the reason."""


_OUT_HINT = "'-o' / '--out'"


def _render_target(path: str, out: str) -> Path | None:
    """The file render writes (None: standard output), or a usage error for an output it
    cannot write: a name that is not .docx (render writes a Word file whatever the name
    says), a terminal. A folder (one there, or a name ending in ``/``) takes the document
    under the input's name, as ``extract -o DIR/`` names a letter's (``reports/a.docx``
    for ``a.txt``)."""
    from replyparse.paths import standard_output_name

    if out == "-" or standard_output_name(out):  # (-o /dev/stdout is -o -)
        try:
            at_terminal = sys.stdout.isatty()
        except (AttributeError, ValueError):
            at_terminal = False
        if at_terminal:
            raise typer.BadParameter(
                "render writes a Word file, not text for a terminal: name it with "
                "-o letter.docx, or redirect standard output to a file",
                param_hint=_OUT_HINT,
            )
        return None
    if not out:  # (-o "$OUT" unset: taken for the current folder)
        raise typer.BadParameter(
            "'' is an empty name (an unset variable?): name the .docx file or a folder "
            "(./ for this one)",
            param_hint=_OUT_HINT,
        )
    from replyparse.paths import (
        backslash_habit,
        bare_name,
        is_folder_name,
        is_stream_file,
        is_terminal,
    )

    if (habit := backslash_habit(out)) is not None:
        raise typer.BadParameter(habit, param_hint=_OUT_HINT)
    if is_stream_file(out):  # (-o /dev/null, a named pipe: written as it comes, whatever its name)
        if is_terminal(out):  # (-o /dev/tty: as -o - on a terminal)
            raise typer.BadParameter(
                f"render writes a Word file, and {said(out)} is a terminal: name it with "
                "-o letter.docx",
                param_hint=_OUT_HINT,
            )
        return Path(out)
    bare = bare_name(out)  # (a file named notes/ is not there)
    if is_folder_name(out) and os.path.lexists(bare) and not Path(bare).is_dir():
        raise typer.BadParameter(
            f"{said(bare)} is a file, not a folder (the / at the end of the name asks for one)",
            param_hint=_OUT_HINT,
        )
    if is_folder_name(out) or os.path.isdir(out):  # (no OSError: a name too long)
        return Path(out) / f"{Path(path).stem or Path(path).name}.docx"
    if not out.lower().endswith(".docx"):
        ways = ["name it .docx"]
        if not os.path.splitext(out)[1]:  # (a name with no suffix is a folder to extract)
            ways.append(f"end it with / ({said(out + '/')}) to write it in under the letter's name")
        raise typer.BadParameter(
            f"render writes a Word file, and {said(out)} is no .docx name: {', '.join(ways)}, "
            "or give - for "
            "standard output",
            param_hint=_OUT_HINT,
        )
    return Path(out)


def _check_chosen_name(target: Path, report: bool) -> None:
    """Refuse the name render chose in a folder (``-o reports/``) when a file there is
    not its to replace: a user's own (a record's folder may hold the letter it was read
    from, ``letters/a.json`` beside ``letters/a.docx``, and ``-o letters/`` would replace
    the letter), one of replyparse's saved since in a word processor (a reviewer's
    notes), or the other document of the same letter (``render a.txt -o out/`` then
    ``render a.txt --report -o out/``: both are ``out/a.docx``). A name given whole
    (``-o out/a.docx``) is written as given."""
    from replyparse.writers import replyparse_document, saved_since

    if not os.path.lexists(target):
        return
    shown_name = said(str(target))
    if os.path.isdir(target):
        raise typer.BadParameter(
            f"{shown_name} is a folder; name the .docx file to write, or another folder",
            param_hint=_OUT_HINT,
        )
    kind = replyparse_document(target)
    if kind is None:
        what = (
            "a document replyparse wrote, saved since in a word processor (edited?): not replaced"
            if saved_since(target)
            else "no document replyparse wrote (the letter itself?)"
        )
        raise typer.BadParameter(
            f"{shown_name} is there and is {what}; name the .docx file to write, or another folder",
            param_hint=_OUT_HINT,
        )
    wanted = "report" if report else "letter"
    if kind != wanted:
        held, making, tag = (
            ("the letter replyparse typeset", "the review report", "report")
            if report
            else ("a review report replyparse made", "the letter typeset", "typeset")
        )
        other = said(str(target.with_name(f"{target.stem}.{tag}.docx")))
        raise typer.BadParameter(
            f"{shown_name} is there, {held}: {making} would replace it; name the .docx "
            f"file to write ({other}), or another folder",
            param_hint=_OUT_HINT,
        )


def _check_named_file(target: Path) -> None:
    """Refuse a .docx named in full (``-o a.docx``) that replyparse did not write (a
    user's own document) or that was edited since in a word processor, unless
    ``--overwrite`` is given; one of replyparse's documents, as it wrote it, is replaced,
    so that a rerun is the same command (extract's ``-o a.docx`` is held to the same)."""
    from replyparse.writers import not_ours_to_replace

    held = not_ours_to_replace(target, document=True)
    if held is not None:
        raise typer.BadParameter(
            f"{said(str(target))} is there, {held}: not replaced; name another file, or "
            "give --overwrite to replace it",
            param_hint=_OUT_HINT,
        )


def _same_file(source: Path, target: Path) -> bool:
    """Whether ``target`` is ``source`` (written, it would replace the letter read)."""
    try:
        return target.exists() and source.samefile(target)
    except OSError:
        return False


@dataclass(frozen=True, slots=True)
class _RenderWork:
    """What render's worker does with its one path: the document's bytes, or why not."""

    report: bool
    limits: Limits

    def __call__(self, path: str) -> tuple[bytes, bool] | str:
        try:
            return _render(path, report=self.report, limits=self.limits)
        except _RenderFailed as exc:
            return str(exc)

    def prepare(self, paths: Sequence[str]) -> None:
        """Nothing: one file, prepared as it is read."""


def _render_in_worker(source: str, *, report: bool, limits: Limits) -> tuple[bytes, bool] | str:
    """The document's bytes and whether what it renders is a letter (``is_letter``), or
    a one-line reason it could not be made: past
    ``limits.timeout_seconds`` the worker is killed and the reason says so. ``source`` is
    the file's name as the record names it (:func:`~replyparse.paths.plain`: ``./-``), not
    a :class:`~pathlib.Path`, which writes a file called ``-`` as standard input's name."""
    from replyparse.batch.pool import Stop, run_tasks
    from replyparse.batch.workers import Lost

    work = _RenderWork(report, limits)
    results = run_tasks([source], work, workers=1, timeout=limits.timeout_seconds, stop=Stop())
    for _, result in results:
        if isinstance(result, Lost):
            return (
                f"{result.reason} (raise it with --timeout)" if result.timed_out else result.reason
            )
        return result
    return "no result from the worker"  # pragma: no cover - run_tasks yields one per task


def _render(source: str, *, report: bool, limits: Limits = DEFAULT_LIMITS) -> tuple[bytes, bool]:
    """The document's bytes, and whether a letter file parsed is one (:func:`is_letter`;
    a record is taken for one), ``source`` named as its record names it;
    :class:`_RenderFailed` with a one-line reason for anything
    that goes wrong, expected or not (render never prints a traceback)."""
    import importlib

    from pydantic import ValidationError

    # the parser first, its patterns made from the table (replyparse.patterncache): the
    # modules below import its modules too, and imported first they would compile each
    # of its patterns afresh, seconds of a cold render
    importlib.import_module("replyparse.pipeline")
    from replyparse.errors import InputError
    from replyparse.letter_parts import MissingText
    from replyparse.render_input import NotOneRecord, is_record_file, load

    try:
        letter = load(source, limits=limits)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "record"
        raise _RenderFailed(f"not a replyparse record: {where}: {first['msg']}") from None
    except InputError as exc:
        raise _RenderFailed(exc.reason) from None
    except NotOneRecord as exc:
        raise _RenderFailed(str(exc)) from None
    except OSError as exc:
        raise _RenderFailed(f"cannot read: {exc.strerror or exc}") from None
    except Exception as exc:  # a bug, but one line, never a traceback
        raise _RenderFailed(f"cannot parse: {type(exc).__name__}: {exc}") from None
    from replyparse.letterness import is_letter

    # a record was a letter when extract wrote it (extract fails what is none), and its
    # fields, not a parse, say what it holds: only a letter file parsed here is judged
    try:
        letterlike = is_record_file(Path(source)) or is_letter(letter)
    except OSError:  # (gone since it was read: the document is made all the same)
        letterlike = True
    try:
        if report:
            from replyparse.report import report_docx

            return report_docx(letter), letterlike
        from replyparse.typeset import typeset_docx

        return typeset_docx(letter), letterlike
    except MissingText as exc:
        raise _RenderFailed(str(exc)) from None
    except Exception as exc:  # a bug in the writer: say so in one line
        what = "the report" if report else "the letter"
        raise _RenderFailed(f"cannot write {what}: {type(exc).__name__}: {exc}") from None
