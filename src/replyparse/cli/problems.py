"""How domain usage problems read on the command line.

Domain errors become exit codes and one-line messages in this package and nowhere else:
the domain names a parameter (:class:`~replyparse.usage.Param`), :func:`usage_error`
spells it as the command line does.
"""

from __future__ import annotations

import typer

from replyparse.usage import Param, UsageProblem

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
    Param.SKIP_FAILED: "'--skip-failed'",
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
    Param.SKIP_FAILED: "--skip-failed",
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
