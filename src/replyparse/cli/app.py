"""The Typer application: its root options, how domain usage problems are spelled, and
the ``schema`` command.

Domain errors become exit codes and one-line messages in this package and nowhere else:
the domain names a parameter (:class:`~replyparse.usage.Param`), :func:`usage_error`
spells it as the command line does.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

from replyparse import __version__
from replyparse.usage import Param, UsageProblem

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
    Param.SKIPPED: "'--skipped'",
    Param.FILES_FROM: "'--files-from'",
    Param.PRUNE: "'--prune'",
    Param.STDIN_NAME: "'--stdin-name'",
}
_IN_SENTENCE = {
    Param.PATHS: "PATH",
    Param.OUT: "-o",
    Param.FORMAT: "--format",
    Param.JOBS: "-j",
    Param.ERRORS: "--errors",
    Param.SKIPPED: "--skipped",
    Param.FILES_FROM: "--files-from",
    Param.PRUNE: "--prune",
    Param.STDIN_NAME: "--stdin-name",
}


def usage_error(exc: UsageProblem) -> typer.BadParameter | typer.Exit:
    """A domain :class:`UsageProblem` as Click's exit-2 error, options spelled as here;
    one that blames no option (nothing found in the folders named) as ``error: …``."""
    message = exc.render(_IN_SENTENCE.__getitem__)
    if exc.param is None:
        return fail(message)
    return typer.BadParameter(message, param_hint=_PARAM_HINT[exc.param])


def fail(message: str) -> typer.Exit:
    """``error: MESSAGE`` on standard error, and the usage exit (2) to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


def schema() -> None:
    """Print the JSON Schema of the letter record."""
    from replyparse.model import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    # one name whatever the entry (the script, python -m replyparse): usage lines and the
    # completion variable _REPLYPARSE_COMPLETE depend on it
    app(prog_name="replyparse")
