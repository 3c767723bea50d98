"""The ``validate`` command: GB/T 9704 findings per letter, in four report formats."""

from __future__ import annotations

import json
from collections import deque
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from replyparse import __version__
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
from replyparse.cli.problems import fail, reader_gone, silence_stdout, usage_error
from replyparse.helpformat import choice, given
from replyparse.limits import DEFAULT_LIMITS, Limits
from replyparse.paths import said, shown, why_unwritable
from replyparse.usage import UsageProblem

if TYPE_CHECKING:
    from replyparse.discover import Discovery
    from replyparse.validate import Finding


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    none = "none"


class ReportFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


def _selectors(values: list[str] | None) -> list[str]:
    """``--select a,b --select c`` as ``[a, b, c]``."""
    return [v.strip() for raw in values or () for v in raw.split(",") if v.strip()]


def _codes_option(flag: str, help: str) -> Any:
    """``--select`` or ``--ignore``: rule codes, completed in the shell."""
    return typer.Option(flag, metavar="CODES", autocompletion=complete_codes, help=help)


def complete_codes(incomplete: str) -> list[str]:
    """Rule codes for shell completion (the catalogue imports no parser)."""
    from replyparse.rules import RULES

    return [rule.code for rule in RULES if rule.code.startswith(incomplete)]


@with_limits
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Letter files or folders (walked recursively); - reads standard input.",
            metavar="PATH...",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        ReportFormat,
        format_option(
            ReportFormat,
            "a format validate writes",
            "text: PATH:LINE:COL lines; json: an array; github: workflow annotations; "
            "sarif: SARIF 2.1.0 for code scanning.",
        ),
    ] = ReportFormat.text,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            metavar="SEVERITY",
            parser=choice(FailOn, "a severity"),
            help="Lowest severity that fails the check: error, warning or info; none: "
            "report only, no finding fails it (an unreadable file still does) [default: "
            "warning, or fail-on in the config].",
            show_default=False,
        ),
    ] = None,
    select: Annotated[
        list[str] | None,
        _codes_option(
            "--select",
            "Only these rules: codes or prefixes (section, ALL), comma-separated or "
            "repeated; the config's select and ignore are then not used.",
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        _codes_option(
            "--ignore", "Not these rules (codes or prefixes); adds to the config's ignore."
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
    files_from: FilesFrom = None,
    no_follow_links: NoFollowLinks = False,
    jobs: Jobs = None,
    skipped: Annotated[str | None, skipped_option("notes on standard error only")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No closing summary line.")] = False,
    stdin_name: Annotated[
        str | None,
        typer.Option(
            "--stdin-name",
            metavar="NAME",
            help="The name standard input (-, among the paths) is reported under [default: -].",
            show_default=False,
        ),
    ] = None,
    stdin_filename: StdinNameAlias = None,
    limits: Limits = DEFAULT_LIMITS,
) -> None:
    """Check letters against GB/T 9704-2012: what is missing or wrong.

    One finding per line, PATH:LINE:COLUMN: severity: code: message (line and column in
    the letter's text as read), in input order whatever -j, then a summary line (on
    stderr for the machine formats). `replyparse rules` lists the rules. A file that
    cannot be read (a walk skips the files of no letter format, but a file named as
    PATH is tried whatever its suffix: scan.jpg), or is not checked within --timeout,
    is an unreadable error. Exit codes: 0 nothing at or above --fail-on (with --fail-on
    none, whatever was found), 1 something is, or a file could not be checked (with none
    too); 2 usage or config error, or no letter found; 130 interrupted (143 stopped by
    SIGTERM); 141 standard output's reader went away (| head): stopped quietly. A check
    failed by warnings or infos alone ends with a line
    saying that --fail-on is why.
    """

    from replyparse.loading import collector_paused

    with collector_paused():  # the models and the parser (replyparse.loading)
        from replyparse.batch.options import stdin_name_alone
        from replyparse.batch.pool import Stop, stop_signals
        from replyparse.config import ConfigError, Settings, find_config, load_settings, resolve
        from replyparse.discover import check_given, discover, nothing_found, read_list
        from replyparse.readers import SUPPORTED_SUFFIXES
        from replyparse.rules import SelectorError, check_selectors
        from replyparse.usage import Param
        from replyparse.validate import UNREADABLE, Summary, unreadable
        from replyparse.validate_formats import github_line, json_document, sarif_log, text_line
        from replyparse.validate_run import check_files

    refuse_expanded_pattern(given())
    selected, ignored = _selectors(select), _selectors(ignore)
    for option, values in (("--select", selected), ("--ignore", ignored)):
        if UNREADABLE in values:  # printed like a code, so tried like one
            raise typer.BadParameter(
                f"{UNREADABLE} is not a rule: a file that cannot be read or checked is always "
                f"an error (see replyparse rules {UNREADABLE})",
                param_hint=f"'{option}'",
            )
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
        raise fail(str(exc)) from None
    policy = resolve(
        settings,
        select=selected,
        ignore=ignored,
        fail_on=fail_on.value if fail_on is not None else None,
    )
    paths = paths or []
    named = stdin_name_given(stdin_name, stdin_filename)
    if named is not None and named != "-" and "-" not in paths:
        # as extract's --stdin-name: a name for no letter was silently unused
        alone = stdin_name_alone("validate", named, [*paths], given=given(), files_from=files_from)
        spelled = {p: "--" + p.value.replace("_", "-") for p in Param}
        spelled[Param.STDIN_NAME] = stdin_name_spelled(stdin_name, stdin_filename)
        hint = f"'{spelled[Param.STDIN_NAME]}'"
        raise typer.BadParameter(alone.render(spelled.__getitem__), param_hint=hint)
    stdin_hint(paths, files_from)  # (before the list is read from standard input)
    try:
        check_given(paths, files_from)
        found = discover(
            paths,
            suffixes=SUPPORTED_SUFFIXES,
            include=include or (),
            exclude=exclude or (),
            follow_links=not no_follow_links,
            listed=read_list(files_from, paths),
            # its own list of skipped paths, met in an input on the next run: passed over
            outputs=[skipped] if skipped is not None else [],
        )
    except UsageProblem as exc:
        raise usage_error(exc) from None
    listed = _list_skipped(Path(skipped), found) if skipped is not None else False

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

    # the paths that could not be read, each reported where it was met among the files
    # (a --files-from list's missing file after the letters listed before it), not first
    failures = deque(found.failures)

    def emit_failures(before: int | None = None) -> None:
        """Report the unreadable paths met before file ``before`` (None: all that are left)."""
        while failures and (before is None or failures[0].before <= before):
            problem = failures.popleft()
            emit([unreadable(shown(problem.path), problem.reason)], read=False)

    if not found.files and not found.failures:  # (the error alone, as extract says it)
        nothing = nothing_found(
            paths,
            SUPPORTED_SUFFIXES,
            files_from,
            found.ignored,
            found.filtered(),
            found.skipped,
            listed=found.listed,
        )
        raise usage_error(nothing) from None
    for problem in found.notes:
        typer.echo(shown(f"note: {said(problem.path)}: {problem.reason}"), err=True)
    for note in found.again_notes:
        typer.echo(shown(f"note: {note}"), err=True)
    if found.ignored_note is not None:
        typer.echo(shown(f"note: {found.ignored_note}"), err=True)
    for phrase in found.filtered():
        typer.echo(shown(f"note: {phrase}"), err=True)
    if listed and not quiet:
        typer.echo(shown(f"note: skipped paths listed in {said(str(skipped))}"), err=True)
    stop = Stop()
    checked_files = 0

    def document(interrupted: str | None = None) -> None:
        """The json or sarif document of the findings so far (the streaming formats have
        printed theirs already): a stopped run still leaves a document a reader can load,
        and a SARIF log that says the run did not finish."""
        if fmt is ReportFormat.json:
            typer.echo(json_document(collected))
        elif fmt is ReportFormat.sarif:
            log = sarif_log(collected, policy, version=__version__, interrupted=interrupted)
            typer.echo(json.dumps(log, ensure_ascii=False, indent=2))

    def interrupted() -> typer.Exit:
        total = f"{len(found.files)} file{'' if len(found.files) == 1 else 's'}"
        what = f"interrupted after {checked_files} of {total} checked"
        emit_failures()  # (known without a check: reported all the same)
        document(interrupted=f"{what}; the rest were not")
        typer.echo(
            f"replyparse validate: {what}; the rest were not (rerun to check them)", err=True
        )
        return typer.Exit(stop.exit_code)

    def tick() -> None:
        if (stopping := stop.stopping("reported")) is not None:
            typer.echo(f"note: {stopping}", err=True)

    try:
        with stop_signals(stop):
            for checked in check_files(
                found.files,
                policy,
                jobs=jobs,
                limits=limits,
                stdin_name=named or "-",
                stop=stop,
                tick=tick,
            ):
                emit_failures(checked_files)
                emit(checked.found, read=checked.read)
                checked_files += 1
    except KeyboardInterrupt:  # a second Ctrl-C: the files still running are abandoned
        raise interrupted() from None
    except BrokenPipeError:  # (the files still running are abandoned with the pool)
        raise reader_gone() from None
    if stop.requested:
        tick()  # (asked before a worker was handed a file: no tick came to say it)
        raise interrupted()
    try:
        emit_failures()
        document()
    except BrokenPipeError:
        raise reader_gone() from None
    if not quiet:
        closing = summary.line()
        if used_config is not None:
            closing += f" (config: {shown(_near(used_config))})"
        if fail_on is not None:
            source = ""
        elif settings.fail_on is not None and used_config is not None:
            source = f"fail-on in {shown(_near(used_config))}"
        else:
            source = "the default"
        why = summary.why_failed(policy.fail_on, source)
        try:
            typer.echo(closing, err=fmt is not ReportFormat.text)
            if why is not None:
                typer.echo(why, err=fmt is not ReportFormat.text)
        except BrokenPipeError:  # every file was checked: the check's own exit code
            silence_stdout()
    raise typer.Exit(summary.exit_code())


def _list_skipped(target: Path, found: Discovery) -> bool:
    """Write the paths the walk skipped to ``target`` (removed when none was), as
    ``extract --skipped`` does; True when it lists any."""
    from replyparse.batch.folder import write_skipped
    from replyparse.batch.output import check_skipped_file

    try:
        check_skipped_file(str(target), None, None, found.files)
    except UsageProblem as exc:
        raise usage_error(exc) from None
    try:
        return write_skipped(target, found.skipped)
    except OSError as exc:
        raise fail(f"cannot write {shown(str(target))}: {why_unwritable(target, exc)}") from None


def _near(path: Path) -> str:
    """``path`` relative to the current folder when it is inside it, else absolute."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path.resolve())
