"""The ``extract`` command: one record per letter (:mod:`replyparse.batch` does the run)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from replyparse.cli.limits import with_limits
from replyparse.cli.options import (
    Exclude,
    FilesFrom,
    Include,
    Jobs,
    NoFollowLinks,
    StdinNameAlias,
    format_option,
    refuse_expanded_pattern,
    skipped_option,
    stdin_hint,
    stdin_name_given,
    stdin_name_spelled,
)
from replyparse.cli.problems import silence_stdout, usage_error
from replyparse.helpformat import NO_RESUME, given
from replyparse.limits import DEFAULT_LIMITS, Limits
from replyparse.paths import shown
from replyparse.usage import Param, UsageProblem

EX_TEMPFAIL = 75
"""sysexits.h: a temporary failure, try again later (another run holds the output)."""


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    sqlite = "sqlite"
    csv = "csv"
    docx = "docx"


@with_limits
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
            "report, per letter; a trailing / says folder), a .jsonl, .db, .sqlite or "
            ".sqlite3 file, a .json or .docx file for one letter; - or nothing for standard "
            "output (a device or a pipe, such as /dev/null, is written as it is: JSON Lines "
            "unless --format says otherwise).",
        ),
    ] = None,
    fmt: Annotated[
        OutputFormat | None,
        format_option(
            OutputFormat,
            "a format extract writes",
            "json: a document per letter; jsonl: a line; sqlite: a database of tables; "
            "csv: the same tables as CSV files; docx: a review report per letter (Word) "
            "[default: from -o's suffix (.json, .jsonl, .db, .sqlite, .sqlite3, .docx), else "
            "json].",
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
    skipped: Annotated[
        str | None,
        skipped_option(
            "skipped.jsonl in an output folder, NAME.skipped.jsonl beside an output file, "
            "none for standard output"
        ),
    ] = None,
    no_text: Annotated[
        bool, typer.Option("--no-text", help="Leave the letter text out of the records.")
    ] = False,
    no_keywords: Annotated[
        bool,
        typer.Option(
            "--no-keywords",
            help="Leave keywords empty: the word segmenter (jieba) is not loaded, which "
            "saves its start-up and most of the parsing time.",
        ),
    ] = False,
    jobs: Jobs = None,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="No progress and no summary; errors only (the failures and the paths "
            "skipped are still listed in errors.jsonl and skipped.jsonl beside the output, "
            "or the --errors and --skipped files), and after Ctrl-C how to finish.",
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Parse every file again, even unchanged ones.")
    ] = False,
    overwrite: Annotated[
        bool,
        typer.Option(
            "--overwrite",
            help="Replace the .json, .jsonl or .docx file -o names even when replyparse did "
            "not write it (refused by default: a user's own file, a report edited since); "
            "one an earlier run wrote is replaced without it.",
        ),
    ] = False,
    skip_failed: Annotated[
        bool,
        typer.Option(
            "--skip-failed",
            help="Into an output folder or database: pass over the files that failed on "
            "the last run and are unchanged since (tried again by default); their "
            "failures stay listed.",
        ),
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
    files_from: FilesFrom = None,
    fail_fast: Annotated[
        bool,
        typer.Option(
            "--fail-fast",
            help="Stop at the first file that fails. An output folder or database keeps "
            "what is done; a file written whole at the end (-o a.json, a.docx, all.jsonl; "
            "the CSV tables) is not written, and one there from before is left as it was, "
            "as the summary says (a failure that is the last file stops nothing: the "
            "output is written as without --fail-fast).",
        ),
    ] = False,
    stdin_name: Annotated[
        str | None,
        typer.Option(
            "--stdin-name",
            metavar="NAME",
            help="The name of the letter read from standard input (-): its record's "
            "source.path [default: -], its name in a database or CSV tables [default: "
            "stdin; into a database that holds a letter of that name already, only a "
            "NAME given here replaces it], its file in an output folder (NAME.json; "
            "needed there).",
            show_default=False,
        ),
    ] = None,
    stdin_filename: StdinNameAlias = None,
    no_follow_links: NoFollowLinks = False,
    resume: Annotated[
        bool,
        # (not an option: a user's first guess at how to resume, answered rather than
        # met with Click's "No such option: --resume (Possible options: --prune)")
        typer.Option("--resume", hidden=True),
    ] = False,
    limits: Limits = DEFAULT_LIMITS,
) -> None:
    """Extract one record per letter; a rerun resumes where it stopped.

    \b
    replyparse extract archive/ -o out/        a JSON record per letter, in out/
    replyparse extract archive/ -o all.jsonl   a record per line
    replyparse extract archive/ -o archive.db  the analysts' tables (SQLite)
    replyparse extract letter.txt              one record on standard output

    Into an output folder or a database, a rerun parses only the letters that are
    new, changed or failed (--force parses all; --skip-failed passes over the files
    that failed and are unchanged since), and its summary counts every letter found.
    Failures and skipped paths are listed beside the output (--errors, --skipped): a
    walk skips the files of no letter format, but a file named as PATH is tried
    whatever its suffix, and fails with the reason (scan.jpg: a picture).

    Exit codes: 0 all parsed (or unchanged); 1 some input failed (the others are
    written), or the output filled up (the run stops; rerun to finish); 2 usage
    error, or an output that cannot be written at all; 75 the output folder or
    database is in use by another run (try again later); 130 interrupted (rerun), 143
    stopped by SIGTERM (rerun); 141 standard output's reader went away (| head):
    stopped quietly.
    """
    refuse_expanded_pattern(given())
    if resume:
        raise typer.BadParameter(NO_RESUME, param_hint="'--resume'")
    from replyparse.loading import collector_paused

    with collector_paused():  # the batch's modules (replyparse.loading)
        from replyparse.batch import BatchOptions, run_batch
        from replyparse.batch.folder import OutputLocked
        from replyparse.paths import standard_output_name
        from replyparse.progress import make_reporter

    options = BatchOptions(
        inputs=tuple(paths or ()),
        out="-" if standard_output_name(out) else out,  # (-o /dev/stdout is -o -)
        format=fmt.value if fmt is not None else None,
        keep_text=not no_text,
        keywords=not no_keywords,
        jobs=jobs,
        force=force,
        overwrite=overwrite,
        skip_failed=skip_failed,
        include=tuple(include or ()),
        exclude=tuple(exclude or ()),
        follow_links=not no_follow_links,
        limits=limits,
        errors=errors,
        skipped=skipped,
        files_from=files_from,
        fail_fast=fail_fast,
        prune=prune,
        stdin_name=stdin_name_given(stdin_name, stdin_filename),
        given=given(),
    )
    stdin_hint(paths or (), files_from)
    try:
        stats = run_batch(options, lambda single: make_reporter(quiet=quiet, single=single))
    except UsageProblem as exc:
        typed = {Param.STDIN_NAME: stdin_name_spelled(stdin_name, stdin_filename)}
        raise usage_error(exc, typed) from None
    except OutputLocked as exc:
        typer.echo(shown(f"error: {exc}"), err=True)
        raise typer.Exit(EX_TEMPFAIL) from None
    if stats.closed:
        silence_stdout()
    raise typer.Exit(stats.exit_code)
