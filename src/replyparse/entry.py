"""The program's entry: the ``replyparse`` script and ``python -m replyparse`` call :func:`run`.

It loads the command line itself, so that a Ctrl-C while Typer and the command line load
(a third of a second of a cold start on a busy machine, before any command has its own
handling of the signal) ends the program as an interrupted run ends it: status 130
(128 + SIGINT) and one line saying so, with no traceback of whichever module was
loading; so does one that no command's own handling met (Typer building the commands).
Nothing is imported here, nor by the package itself (:mod:`replyparse`) before it, so
the window where Python's own traceback is all a Ctrl-C can give is the interpreter's
start and the script's first line, not ours. (The process is marked the program,
:func:`replyparse.loading.as_the_program`, before the command line loads, within the same
handling: Typer's import is then one of the program's loading blocks.)
"""

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn

INTERRUPTED = 130
"""The status of a run stopped by Ctrl-C (``BatchStats.exit_code``: 128 + SIGINT)."""

STARTING = "replyparse: interrupted (Ctrl-C) while starting: nothing was read or written"
"""The line a Ctrl-C before the command ran ends with, as a run stopped by one ends with
``replyparse: interrupted (Ctrl-C), …`` (:mod:`replyparse.progress`)."""

STOPPED = "replyparse: interrupted (Ctrl-C)"
"""The line a Ctrl-C that no command's own handling met ends with
(:class:`replyparse.cli.app._Root` and :func:`run`)."""


def run() -> None:
    """The command line's :func:`~replyparse.cli.app.run`, loaded here."""
    try:
        # the program from the start: Typer and the command line load as its other
        # blocks do (replyparse.loading)
        from replyparse.loading import as_the_program

        as_the_program()
        from replyparse.cli import run as command_line
    except KeyboardInterrupt:
        interrupted(STARTING)
    try:
        command_line()
    except KeyboardInterrupt:
        interrupted(STOPPED)


def interrupted(line: str) -> "NoReturn":
    """End the program after a Ctrl-C: ``line`` on standard error (when it can still be
    written), status :data:`INTERRUPTED`."""
    import sys

    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass
    raise SystemExit(INTERRUPTED) from None
