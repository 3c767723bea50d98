"""The program's entry: the ``replyparse`` script and ``python -m replyparse`` call :func:`run`.

It loads the command line itself, so that a Ctrl-C while Typer and the command line load
(a third of a second of a cold start on a busy machine, before any command has its own
handling of the signal) ends the program as an interrupted run ends it: status 130
(128 + SIGINT), with no traceback of whichever module was loading. Nothing is imported
here before that but the package itself, which loads nothing on its own.
"""

from __future__ import annotations

INTERRUPTED = 130
"""The status of a run stopped by Ctrl-C (``BatchStats.exit_code``: 128 + SIGINT)."""


def run() -> None:
    """The command line's :func:`~replyparse.cli.app.run`, loaded here."""
    try:
        from replyparse.cli import run as command_line
    except KeyboardInterrupt:
        raise SystemExit(INTERRUPTED) from None
    command_line()
