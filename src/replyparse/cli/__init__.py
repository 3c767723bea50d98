"""The command line: wires readers, the parser and writers together.

One module per command (:mod:`.extract`, :mod:`.validate`, :mod:`.rules`,
:mod:`.render`; ``schema`` and the application itself in :mod:`.app`), the options they
share in :mod:`.limits` and :mod:`.options`. :data:`.app.COMMANDS` lists them, in the
order ``--help`` does; a command's module is imported when that command runs.
"""

from typing import TYPE_CHECKING, Any

from replyparse.loading import collector_paused

with collector_paused():  # Typer, Rich and the command line's modules
    from replyparse.cli.app import app, main, run

if TYPE_CHECKING:
    from replyparse.cli.limits import parse_size

__all__ = ["app", "main", "parse_size", "run"]


def __getattr__(name: str) -> Any:
    """``parse_size``, from :mod:`.limits`, imported when asked for (help needs none)."""
    if name == "parse_size":
        from replyparse.cli.limits import parse_size

        return parse_size
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
