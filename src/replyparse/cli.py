"""The command line: wires readers, the parser and writers together.

Domain errors become exit codes and one-line messages here and nowhere else.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from replyparse import __version__
from replyparse.helpformat import Command, at_least, choice
from replyparse.limits import DEFAULT_LIMITS, Limits
from replyparse.paths import shown
from replyparse.usage import Param, UsageProblem

if TYPE_CHECKING:
    from replyparse.validate import Finding

app = typer.Typer(
    name="replyparse",
    help="Turn Chinese government reply letters (答复函) into structured records.",
    no_args_is_help=True,
    # help texts are plain text: "[default: CPU count]" is no markup to swallow
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"replyparse {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            callback=_print_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Turn Chinese government reply letters (答复函) into structured records."""


# How each parameter the domain code names (replyparse.usage.Param) is spelled here: in
# Click's "Invalid value for ..." hint, and inside a sentence ("use -o FOLDER").
_PARAM_HINT = {
    Param.PATHS: "PATH",
    Param.OUT: "'-o' / '--out'",
    Param.FORMAT: "'--format'",
    Param.JOBS: "'-j' / '--jobs'",
    Param.ERRORS: "'--errors'",
    Param.FILES_FROM: "'--files-from'",
    Param.PRUNE: "'--prune'",
}
_IN_SENTENCE = {
    Param.PATHS: "PATH",
    Param.OUT: "-o",
    Param.FORMAT: "--format",
    Param.JOBS: "-j",
    Param.ERRORS: "--errors",
    Param.FILES_FROM: "--files-from",
    Param.PRUNE: "--prune",
}


def _usage_error(exc: UsageProblem) -> typer.BadParameter | typer.Exit:
    """A domain :class:`UsageProblem` as Click's exit-2 error, options spelled as here;
    one that blames no option (nothing found in the folders named) as ``error: …``."""
    message = exc.render(_IN_SENTENCE.__getitem__)
    if exc.param is None:
        return _fail(message)
    return typer.BadParameter(message, param_hint=_PARAM_HINT[exc.param])


# --- per-file limits: the same options on every command that reads letters -------------

_SIZE_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
_LIMITS_PANEL = "Limits per file"


def parse_size(text: str | int) -> int:
    """``4096``, ``512K``, ``50M``, ``1G`` (binary units, an optional trailing B/iB)."""
    if isinstance(text, int):  # the default, already a number
        return text
    raw = text.strip().upper().removesuffix("IB").removesuffix("B")
    unit = raw[-1:] if raw[-1:] in _SIZE_UNITS else ""
    number = raw[: len(raw) - len(unit)]
    if not number.isdigit() or int(number) == 0:
        raise typer.BadParameter(f"{text!r} is not a size such as 4096, 512K, 50M or 1G")
    return int(number) * _SIZE_UNITS[unit]


def parse_seconds(text: str | float) -> float:
    """A positive number of seconds: ``120``, ``0.5``."""
    if isinstance(text, float):  # the default, already a number
        return text
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    if not seconds > 0 or seconds == float("inf"):
        raise typer.BadParameter(f"{text!r} is not a number of seconds such as 120 or 0.5")
    return seconds


def _size_text(n: int) -> str:
    for unit in ("G", "M", "K"):
        if n % _SIZE_UNITS[unit] == 0:
            return f"{n // _SIZE_UNITS[unit]}{unit}"
    return str(n)


MaxFileSize = Annotated[
    int,
    typer.Option(
        "--max-file-size",
        parser=parse_size,
        metavar="SIZE",
        show_default=False,
        help="Bytes read from one file (K, M, G: binary units) "
        f"[default: {_size_text(DEFAULT_LIMITS.max_file_bytes)}].",
        rich_help_panel=_LIMITS_PANEL,
    ),
]
MaxInflatedSize = Annotated[
    int,
    typer.Option(
        "--max-inflated-size",
        parser=parse_size,
        metavar="SIZE",
        show_default=False,
        help="Bytes inflated from a .docx's XML, or from one PDF page (a zip bomb stops here) "
        f"[default: {_size_text(DEFAULT_LIMITS.max_inflated_bytes)}].",
        rich_help_panel=_LIMITS_PANEL,
    ),
]
MaxPages = Annotated[
    int,
    typer.Option(
        "--max-pages",
        parser=at_least(1, "a number of pages"),
        metavar="N",
        help="Pages read from one PDF.",
        rich_help_panel=_LIMITS_PANEL,
    ),
]
MaxChars = Annotated[
    int,
    typer.Option(
        "--max-chars",
        parser=at_least(1, "a number of characters"),
        metavar="N",
        help="Characters of text one file may give.",
        rich_help_panel=_LIMITS_PANEL,
    ),
]
Timeout = Annotated[
    float,
    typer.Option(
        "--timeout",
        parser=parse_seconds,
        metavar="SECONDS",
        help="Wall-clock time for one file; past it the file fails with reason timeout.",
        rich_help_panel=_LIMITS_PANEL,
    ),
]


# --- inputs and workers: the same options on every command that reads letters ----------

Include = Annotated[
    list[str] | None,
    typer.Option("--include", metavar="GLOB", help="Only files matching this glob (repeatable)."),
]
Exclude = Annotated[
    list[str] | None,
    typer.Option(
        "--exclude", metavar="GLOB", help="Skip files and folders matching this glob (repeatable)."
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
        help="Worker processes [default: CPU count]. One starts per 64 files at most.",
    ),
]


def make_limits(
    max_file_size: int, max_inflated_size: int, max_pages: int, max_chars: int, timeout: float
) -> Limits:
    """The :class:`Limits` the limit options ask for (``extract`` and ``validate``)."""
    return Limits(
        max_file_bytes=max_file_size,
        max_inflated_bytes=max_inflated_size,
        max_pdf_pages=max_pages,
        max_text_chars=max_chars,
        timeout_seconds=timeout,
    )


@app.command(cls=Command)
def schema() -> None:
    """Print the JSON Schema of the letter record."""
    from replyparse.model import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    sqlite = "sqlite"
    csv = "csv"
    docx = "docx"


@app.command(cls=Command)
def extract(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Letter files or folders (walked recursively); - reads standard input.",
            metavar="PATH...",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--out",
            metavar="OUT",
            help="Where the records go: a folder (one JSON file, or with --format docx one "
            "report, per letter; a trailing / says folder), a .jsonl, .db or .sqlite file, "
            "a .json or .docx file for one letter; - or nothing for standard output.",
        ),
    ] = None,
    fmt: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            metavar="FORMAT",
            parser=choice(OutputFormat, "a format extract writes"),
            help="json: a document per letter; jsonl: a line; sqlite: a database of tables; "
            "csv: the same tables as CSV files; docx: a review report per letter (Word) "
            "[default: from -o's suffix (.json, .jsonl, .db, .sqlite, .docx), else json].",
            show_default=False,
        ),
    ] = None,
    errors: Annotated[
        str | None,
        typer.Option(
            "--errors",
            metavar="FILE",
            help="List the failures here, one JSON line each [default: errors.jsonl in an "
            "output folder, NAME.errors.jsonl beside an output file, none for standard "
            "output].",
            show_default=False,
        ),
    ] = None,
    no_text: Annotated[
        bool, typer.Option("--no-text", help="Leave the letter text out of the records.")
    ] = False,
    jobs: Jobs = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress and no summary; errors only.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Parse every file again, even unchanged ones.")
    ] = False,
    prune: Annotated[
        bool,
        typer.Option(
            "--prune",
            help="Remove from an output folder or database the records of letters whose "
            "file is gone (deleted or moved since they were made).",
        ),
    ] = False,
    include: Include = None,
    exclude: Exclude = None,
    files_from: Annotated[
        str | None,
        typer.Option(
            "--files-from",
            metavar="FILE",
            help="Also read the paths listed in FILE, one a line or NUL-separated (find "
            "-print0, git ls-files -z); - reads the list from standard input.",
            show_default=False,
        ),
    ] = None,
    fail_fast: Annotated[
        bool, typer.Option("--fail-fast", help="Stop at the first file that fails.")
    ] = False,
    no_follow_links: NoFollowLinks = False,
    max_file_size: MaxFileSize = DEFAULT_LIMITS.max_file_bytes,
    max_inflated_size: MaxInflatedSize = DEFAULT_LIMITS.max_inflated_bytes,
    max_pages: MaxPages = DEFAULT_LIMITS.max_pdf_pages,
    max_chars: MaxChars = DEFAULT_LIMITS.max_text_chars,
    timeout: Timeout = DEFAULT_LIMITS.timeout_seconds,
) -> None:
    """Extract one record per letter.

    Exit codes: 0 all parsed (or unchanged); 1 some input failed (the others are
    written), or the output filled up (the run stops; rerun to finish); 2 usage
    error, or an output that cannot be written at all; 130 interrupted (rerun);
    141 standard output's reader went away (| head): stopped quietly.
    """
    from replyparse.batch import BatchOptions, run_batch
    from replyparse.progress import make_reporter

    options = BatchOptions(
        inputs=tuple(paths or ()),
        out=out,
        format=fmt.value if fmt is not None else None,
        keep_text=not no_text,
        jobs=jobs,
        force=force,
        include=tuple(include or ()),
        exclude=tuple(exclude or ()),
        follow_links=not no_follow_links,
        limits=make_limits(max_file_size, max_inflated_size, max_pages, max_chars, timeout),
        errors=errors,
        files_from=files_from,
        fail_fast=fail_fast,
        prune=prune,
    )
    _stdin_hint(paths or (), files_from)
    try:
        stats = run_batch(options, lambda: make_reporter(quiet=quiet))
    except UsageProblem as exc:
        raise _usage_error(exc) from None
    if stats.closed:
        _silence_stdout()
    raise typer.Exit(stats.exit_code)


def _stdin_hint(paths: Sequence[str], files_from: str | None = None) -> None:
    """Say so when a letter (or a list) is to be typed at the terminal: without a line
    the command looks as if it hung."""
    wanted = "-" in paths or files_from == "-"
    try:
        at_terminal = sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # no standard input, or a closed one
        at_terminal = False
    if wanted and at_terminal:
        what = "the list of paths" if files_from == "-" else "the letter"
        typer.echo(
            f"replyparse: reading {what} from standard input: type or paste it, then "
            "Ctrl-D (Ctrl-Z Enter on Windows); Ctrl-C to cancel",
            err=True,
        )


def _silence_stdout() -> None:
    """Standard output's reader is gone: point it at /dev/null, so that Python's final
    flush of what is left in its buffer raises no second BrokenPipeError at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (a test runner's stream)
        pass
    finally:
        os.close(devnull)


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


class ReportFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


def _selectors(values: list[str] | None) -> list[str]:
    """``--select a,b --select c`` as ``[a, b, c]``."""
    return [v.strip() for raw in values or () for v in raw.split(",") if v.strip()]


def _complete_codes(incomplete: str) -> list[str]:
    """Rule codes for shell completion (the catalogue imports no parser)."""
    from replyparse.rules import RULES

    return [rule.code for rule in RULES if rule.code.startswith(incomplete)]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


@app.command(cls=Command)
def validate(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Letter files or folders (walked recursively); - reads standard input.",
            metavar="PATH...",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            metavar="FORMAT",
            parser=choice(ReportFormat, "a format validate writes"),
            help="text: PATH:LINE:COL lines; json: an array; github: workflow annotations; "
            "sarif: SARIF 2.1.0 for code scanning.",
        ),
    ] = ReportFormat.text,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            metavar="SEVERITY",
            parser=choice(FailOn, "a severity"),
            help="Lowest severity that fails the check: error, warning or info [default: "
            "warning, or fail-on in the config].",
            show_default=False,
        ),
    ] = None,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select",
            metavar="CODES",
            autocompletion=_complete_codes,
            help="Only these rules: codes or prefixes (section, ALL), comma-separated or "
            "repeated; the config's select and ignore are then not used.",
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore",
            metavar="CODES",
            autocompletion=_complete_codes,
            help="Not these rules (codes or prefixes); adds to the config's ignore.",
        ),
    ] = None,
    config: Annotated[
        str | None,
        typer.Option(
            "--config",
            metavar="FILE",
            help="TOML file with a [tool.replyparse] table [default: the closest "
            "pyproject.toml with one, from the current folder up].",
        ),
    ] = None,
    no_config: Annotated[
        bool, typer.Option("--no-config", help="Use no config file: every rule, defaults.")
    ] = False,
    include: Include = None,
    exclude: Exclude = None,
    no_follow_links: NoFollowLinks = False,
    jobs: Jobs = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No closing summary line.")] = False,
    stdin_filename: Annotated[
        str,
        typer.Option(
            "--stdin-filename", metavar="NAME", help="The name standard input is reported under."
        ),
    ] = "-",
    max_file_size: MaxFileSize = DEFAULT_LIMITS.max_file_bytes,
    max_inflated_size: MaxInflatedSize = DEFAULT_LIMITS.max_inflated_bytes,
    max_pages: MaxPages = DEFAULT_LIMITS.max_pdf_pages,
    max_chars: MaxChars = DEFAULT_LIMITS.max_text_chars,
    timeout: Timeout = DEFAULT_LIMITS.timeout_seconds,
) -> None:
    """Check letters against GB/T 9704-2012: what is missing or wrong.

    One finding per line, PATH:LINE:COLUMN: severity: code: message (line and column in
    the letter's text as read), in input order whatever -j, then a summary line (on
    stderr for the machine formats). `replyparse rules` lists the rules. A file that
    cannot be read, or is not checked within --timeout, is an unreadable error. Exit
    codes: 0 nothing at or above --fail-on, 1 something is, or a file could not be
    checked; 2 usage or config error, or no letter found; 130 interrupted.
    """

    from replyparse.batch.pool import Stop, stop_signals
    from replyparse.config import ConfigError, Settings, find_config, load_settings, resolve
    from replyparse.discover import discover, nothing_found
    from replyparse.paths import shown
    from replyparse.readers import SUPPORTED_SUFFIXES
    from replyparse.rules import SelectorError, check_selectors
    from replyparse.validate import Summary, unreadable
    from replyparse.validate_formats import github_line, json_document, sarif_log, text_line
    from replyparse.validate_run import check_files

    selected, ignored = _selectors(select), _selectors(ignore)
    for option, values in (("--select", selected), ("--ignore", ignored)):
        try:
            check_selectors(values, overriding=option == "--ignore")
        except SelectorError as exc:
            raise typer.BadParameter(str(exc), param_hint=f"'{option}'") from None
    used_config: Path | None = None
    try:
        if no_config:
            settings = Settings()
        elif config is not None:
            used_config = Path(config)
            settings = load_settings(used_config)
        else:
            used_config = find_config(Path.cwd())
            settings = load_settings(used_config) if used_config else Settings()
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    policy = resolve(
        settings,
        select=selected,
        ignore=ignored,
        fail_on=fail_on.value if fail_on is not None else None,
    )
    limits = make_limits(max_file_size, max_inflated_size, max_pages, max_chars, timeout)
    try:
        found = discover(
            paths,
            suffixes=SUPPORTED_SUFFIXES,
            include=include or (),
            exclude=exclude or (),
            follow_links=not no_follow_links,
        )
    except UsageProblem as exc:
        raise _usage_error(exc) from None

    summary = Summary()
    collected: list[Finding] = []
    streaming = fmt in (ReportFormat.text, ReportFormat.github)
    line = text_line if fmt is ReportFormat.text else github_line

    def emit(batch: list[Finding], *, read: bool) -> None:
        summary.add(batch, policy.fail_on, read=read)
        if streaming:
            for finding in batch:
                typer.echo(line(finding))
        else:
            collected.extend(batch)

    for problem in found.failures:
        emit([unreadable(shown(problem.path), problem.reason)], read=False)
    for problem in found.notes:
        typer.echo(shown(f"note: {problem.path}: {problem.reason}"), err=True)
    if not found.files and not found.failures:
        raise _usage_error(nothing_found(paths, SUPPORTED_SUFFIXES)) from None
    _stdin_hint(paths)
    stop = Stop()
    checked_files = 0

    def interrupted() -> typer.Exit:
        total = f"{len(found.files)} file{'' if len(found.files) == 1 else 's'}"
        typer.echo(
            f"replyparse validate: interrupted after {checked_files} of {total} checked; "
            "the rest were not (rerun to check them)",
            err=True,
        )
        return typer.Exit(130)

    try:
        with stop_signals(stop):
            for checked in check_files(
                found.files, policy, jobs=jobs, limits=limits, stdin_name=stdin_filename, stop=stop
            ):
                emit(checked.found, read=checked.read)
                checked_files += 1
    except KeyboardInterrupt:  # a second Ctrl-C: the files still running are abandoned
        raise interrupted() from None
    if stop.requested:
        raise interrupted()
    if fmt is ReportFormat.json:
        typer.echo(json_document(collected))
    elif fmt is ReportFormat.sarif:
        log = sarif_log(collected, policy, version=__version__)
        typer.echo(json.dumps(log, ensure_ascii=False, indent=2))
    if not quiet:
        closing = summary.line()
        if used_config is not None:
            closing += f" (config: {shown(_near(used_config))})"
        typer.echo(closing, err=fmt is not ReportFormat.text)
    raise typer.Exit(summary.exit_code())


def _near(path: Path) -> str:
    """``path`` relative to the current folder when it is inside it, else absolute."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path.resolve())


class RulesFormat(StrEnum):
    text = "text"
    json = "json"


@app.command(cls=Command)
def rules(
    code: Annotated[
        str | None,
        typer.Argument(
            metavar="CODE",
            autocompletion=_complete_codes,
            help="A rule to explain, or a prefix (section) to list those rules.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        RulesFormat,
        typer.Option(
            "--format",
            metavar="FORMAT",
            parser=choice(RulesFormat, "a format rules writes"),
            help="text for people, json for tools.",
        ),
    ] = RulesFormat.text,
) -> None:
    """List the rules validate checks, or explain one.

    Each rule: its code, default severity, what it means, a bad and a good example.
    """
    from replyparse.rules import RULE_BY_CODE, RULES, UnknownSelector, describe, expand, listing

    try:
        chosen = list(RULES) if code is None else expand(code)
    except UnknownSelector as exc:
        raise typer.BadParameter(str(exc), param_hint="CODE") from None
    if fmt is RulesFormat.json:
        typer.echo(json.dumps([r.as_dict() for r in chosen], ensure_ascii=False, indent=2))
    elif code is not None and code in RULE_BY_CODE:
        typer.echo(describe(RULE_BY_CODE[code]))
    else:
        typer.echo(listing(chosen))


def main() -> None:
    # one name whatever the entry (the script, python -m replyparse): usage lines and the
    # completion variable _REPLYPARSE_COMPLETE depend on it
    app(prog_name="replyparse")


@app.command(cls=Command)
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
            help="The .docx file to write; - for standard output (not a terminal).",
        ),
    ],
    report: Annotated[
        bool,
        typer.Option(
            "--report",
            help="Write the review report (fields, tables, the text with every item "
            "highlighted) instead of the re-typeset letter.",
        ),
    ] = False,
) -> None:
    """Re-typeset a letter to GB/T 9704-2012 as a Word file.

    A record must hold the letter's text: one written with --no-text cannot
    be typeset (its --report still can). JSON Lines and other JSON that is not one
    record are refused. Exit codes: 0 written, 1 the input could not be read or has
    no text, or the output could not be written, 2 usage error.
    """
    _check_render_output(out)
    source = Path(path)
    if not source.is_file():
        raise typer.BadParameter(f"no such file: {path}", param_hint="RECORD_OR_LETTER")
    try:
        data = _render(source, report=report)
    except _RenderFailed as exc:
        typer.echo(shown(f"error: {path}: {exc}"), err=True)
        raise typer.Exit(1) from None
    if out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from replyparse.writers import atomic_write

    try:
        atomic_write(Path(out), data)
    except OSError as exc:
        typer.echo(shown(f"error: {out}: cannot write: {exc.strerror or exc}"), err=True)
        raise typer.Exit(1) from None


class _RenderFailed(Exception):
    """Why ``render`` could not make its document; ``str()`` is the reason."""


def _check_render_output(out: str) -> None:
    """Refuse an output render cannot write: a name that is not .docx (render writes a
    Word file whatever the name says), a folder, a terminal."""
    hint = "'-o' / '--out'"
    if out == "-":
        try:
            at_terminal = sys.stdout.isatty()
        except (AttributeError, ValueError):
            at_terminal = False
        if at_terminal:
            raise typer.BadParameter(
                "render writes a Word file, not text for a terminal: name it with "
                "-o letter.docx, or redirect standard output to a file",
                param_hint=hint,
            )
        return
    if Path(out).is_dir():
        raise typer.BadParameter(
            f"{out} is a folder; name the .docx file to write", param_hint=hint
        )
    if not out.lower().endswith(".docx"):
        raise typer.BadParameter(
            f"{out}: render writes a Word file: name it .docx, or give - for standard output",
            param_hint=hint,
        )


def _render(source: Path, *, report: bool) -> bytes:
    """The document's bytes; :class:`_RenderFailed` with a one-line reason for anything
    that goes wrong, expected or not (render never prints a traceback)."""
    from pydantic import ValidationError

    from replyparse.errors import InputError
    from replyparse.letter_parts import MissingText
    from replyparse.render_input import NotOneRecord, load

    try:
        letter = load(source)
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
    try:
        if report:
            from replyparse.report import report_docx

            return report_docx(letter)
        from replyparse.typeset import typeset_docx

        return typeset_docx(letter)
    except MissingText as exc:
        raise _RenderFailed(str(exc)) from None
    except Exception as exc:  # a bug in the writer: say so in one line
        what = "the report" if report else "the letter"
        raise _RenderFailed(f"cannot write {what}: {type(exc).__name__}: {exc}") from None
