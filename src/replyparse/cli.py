"""The command line: wires readers, the parser and writers together.

Domain errors become exit codes and one-line messages here and nowhere else.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from replyparse import __version__

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


@app.command()
def schema() -> None:
    """Print the JSON Schema of the letter record."""
    from replyparse.model import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Letter files or folders (walked recursively); - reads standard input.",
            metavar="PATH...",
            show_default=False,
        ),
    ],
    out: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--out",
            help="Output folder (one JSON file per letter), or with --format jsonl the "
            "output file; - or nothing for standard output.",
        ),
    ] = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", help="json: a document per letter; jsonl: a line.")
    ] = OutputFormat.json,
    no_text: Annotated[
        bool, typer.Option("--no-text", help="Leave the letter text out of the records.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("-j", "--jobs", min=1, help="Worker processes [default: CPU count]."),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress and no summary; errors only.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Parse every file again, even unchanged ones.")
    ] = False,
    include: Annotated[
        list[str] | None,
        typer.Option("--include", help="Only files matching this glob (repeatable)."),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", help="Skip files and folders matching this glob (repeatable)."),
    ] = None,
) -> None:
    """Extract one record per letter.

    Exit codes: 0 all parsed (or unchanged), 1 some input failed (the others are
    written), 2 usage error, 130 interrupted (rerun to finish).
    """
    from replyparse.batch import BatchOptions, UsageProblem, run_batch
    from replyparse.progress import make_reporter

    options = BatchOptions(
        inputs=tuple(paths),
        out=out,
        format=fmt.value,
        keep_text=not no_text,
        jobs=jobs,
        force=force,
        include=tuple(include or ()),
        exclude=tuple(exclude or ()),
    )
    try:
        stats = run_batch(options, lambda: make_reporter(quiet=quiet))
    except UsageProblem as exc:
        raise typer.BadParameter(str(exc), param_hint=exc.param) from None
    raise typer.Exit(stats.exit_code)


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


@app.command()
def validate(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Letter files or folders (walked recursively).",
            metavar="PATH...",
            show_default=False,
        ),
    ],
    fail_on: Annotated[
        FailOn,
        typer.Option("--fail-on", help="Lowest severity that fails the check."),
    ] = FailOn.warning,
) -> None:
    """Check letters against the official format and report what is missing or wrong.

    One line per problem, `PATH:LINE:COLUMN: severity: code: message` (line and column
    in the letter's text as read). Exit codes: 0 nothing at or above --fail-on,
    1 problems found or a file could not be read, 2 usage error.
    """
    from replyparse.discover import discover
    from replyparse.errors import InputError
    from replyparse.pipeline import parse_file
    from replyparse.readers import SUPPORTED_SUFFIXES
    from replyparse.validate import failing, findings

    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise typer.BadParameter(f"no such file or folder: {missing[0]}", param_hint="PATH")
    found = discover(paths, suffixes=SUPPORTED_SUFFIXES)
    bad = len(found.problems)
    for problem in found.problems:
        typer.echo(f"{problem.path}: error: unreadable: {problem.reason}")
    for f in found.files:
        try:
            letter = parse_file(f.path)
        except InputError as exc:
            typer.echo(f"{exc.path}: error: unreadable: {exc.reason}")
            bad += 1
            continue
        located = findings(f.path, letter)
        for finding in located:
            typer.echo(str(finding))
        bad += len(failing(located, fail_on.value))
    raise typer.Exit(1 if bad else 0)


def _complete_codes(incomplete: str) -> list[str]:
    """Rule codes for shell completion (the catalogue imports no parser)."""
    from replyparse.rules import RULES

    return [rule.code for rule in RULES if rule.code.startswith(incomplete)]


class RulesFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
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
        RulesFormat, typer.Option("--format", help="text for people, json for tools.")
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
