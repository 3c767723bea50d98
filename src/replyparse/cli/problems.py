"""How domain usage problems read on the command line.

Domain errors become exit codes and one-line messages in this package and nowhere else:
the domain names a parameter (:class:`~replyparse.usage.Param`), :func:`usage_error`
spells it as the command line does.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Mapping

import typer

from replyparse.helpformat import NotGiven
from replyparse.usage import LeftOut, Param, UsageProblem

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
    Param.OVERWRITE: "'--overwrite'",
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
    Param.OVERWRITE: "--overwrite",
}


def usage_error(
    exc: UsageProblem, typed: Mapping[Param, str] | None = None
) -> typer.BadParameter | typer.Exit:
    """A domain :class:`UsageProblem` as Click's exit-2 error, options spelled as here
    (``typed``: those given by another name, spelled as the user typed them, such as
    ``--stdin-filename``); one that blames no option (nothing found in the folders
    named) as ``error: …``."""
    spelled = {**_IN_SENTENCE, **(typed or {})}
    message = exc.render(spelled.__getitem__)
    if exc.param is None:
        return fail(message)
    hint = f"'{typed[exc.param]}'" if typed and exc.param in typed else _PARAM_HINT[exc.param]
    if isinstance(exc, LeftOut):
        return NotGiven(message, param_hint=hint)  # (no value to call invalid)
    return typer.BadParameter(message, param_hint=hint)


def fail(message: str) -> typer.Exit:
    """``error: MESSAGE`` on standard error, and the usage exit (2) to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


def silence_stdout() -> None:
    """Standard output's reader is gone: point it at /dev/null, so that Python's final
    flush of what is left in its buffer raises no second BrokenPipeError at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (a test runner's stream)
        pass
    finally:
        os.close(devnull)


def reader_gone() -> typer.Exit:
    """Standard output's reader went away (``validate … | head -1``): stop quietly with
    141 (128 + SIGPIPE), as ``extract`` does, not Click's 1, which reads as a finding at
    or above --fail-on where the files left unchecked may hold none."""
    silence_stdout()
    return typer.Exit(128 + signal.SIGPIPE)
