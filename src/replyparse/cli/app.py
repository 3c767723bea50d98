"""The Typer application: its root options, its commands (each imported when it runs)
and the ``schema`` command. How domain usage problems are spelled is
:mod:`.problems`'s.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, MutableMapping
from gettext import gettext as _
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from replyparse import __version__

COMMANDS: dict[str, tuple[str, str]] = {
    "schema": ("replyparse.cli.app", "Print the JSON Schema of the letter record."),
    "extract": ("replyparse.cli.extract", "Extract one record per letter."),
    "validate": (
        "replyparse.cli.validate",
        "Check letters against GB/T 9704-2012: what is missing or wrong.",
    ),
    "rules": ("replyparse.cli.rules", "List the rules validate checks, or explain one."),
    "render": ("replyparse.cli.render", "Re-typeset a letter to GB/T 9704-2012 as a Word file."),
}
"""Every command, in the order ``--help`` lists them: the module whose function of that
name it runs, and the summary the list shows (its docstring's first line; a test checks
that the two agree)."""


def _build(name: str) -> Any:
    """The Click command ``name``, made by Typer from its function (imported now)."""
    from replyparse.helpformat import Command

    module = importlib.import_module(COMMANDS[name][0])
    one = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)
    one.command(name, cls=Command)(getattr(module, name))
    return typer.main.get_command(one)


class _Commands(MutableMapping[str, Any]):
    """The root's commands by name, each imported and built the first time it is looked
    up: ``replyparse --help`` builds none, ``replyparse extract`` only ``extract``
    (Click's lazily loaded subcommands; Typer builds every command of an app, and imports
    every module they live in, before it parses a word)."""

    def __init__(self) -> None:
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            if name not in COMMANDS:
                raise KeyError(name)
            self._built[name] = _build(name)
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        raise TypeError(f"the commands are listed in COMMANDS, not added ({name})")

    def __delitem__(self, name: str) -> None:
        raise TypeError(f"the commands are listed in COMMANDS, not removed ({name})")

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)


class _Root(TyperGroup):
    """The root command, its commands in :data:`COMMANDS`, built as they are needed."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = _Commands()

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """The command list from the summaries, as Click writes it from the commands
        (each summary shortened to fit the same way), building none of them."""
        limit = formatter.width - 6 - max(map(len, COMMANDS))
        rows = [
            (name, TyperCommand(name, help=summary).get_short_help_str(limit))
            for name, (_module, summary) in COMMANDS.items()
        ]
        with formatter.section(_("Commands")):  # as Click's own list is headed
            formatter.write_dl(rows)


app = typer.Typer(
    cls=_Root,
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


def schema() -> None:
    """Print the JSON Schema of the letter record."""
    import json

    from replyparse.model import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    # one name whatever the entry (the script, python -m replyparse): usage lines and the
    # completion variable _REPLYPARSE_COMPLETE depend on it
    app(prog_name="replyparse")
