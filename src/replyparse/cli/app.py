"""The Typer application: its root options, its commands (each imported when it runs)
and the ``schema`` command. How domain usage problems are spelled is
:mod:`.problems`'s.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import os
import sys
import threading
from collections.abc import Iterator, MutableMapping, Sequence
from gettext import gettext as _
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from replyparse import __version__
from replyparse.loading import as_the_program, collector_paused

COMMANDS: dict[str, tuple[str, str]] = {
    "schema": ("replyparse.cli.app", "Print the JSON Schema of the letter record."),
    "extract": (
        "replyparse.cli.extract",
        "Extract one record per letter; a rerun resumes where it stopped.",
    ),
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

    with collector_paused():  # its module and what that imports (replyparse.loading)
        module = importlib.import_module(COMMANDS[name][0])
        one = typer.Typer(
            add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False
        )
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


def _command_first(exc: BaseException, args: list[str]) -> None:
    """``exc``'s message, when it is an option of a command given before any command
    (``replyparse -o out/ a.txt``), told to name the command first: the line given, after
    each command that takes the option (``validate`` alone takes ``--fail-on``); a command
    named after the option (``replyparse -o out/ extract a.txt``) alone, moved first. The
    option is the whole word given: each of short options bundled (``-qo x``: ``-q`` and
    ``-o``) must be the command's. A command named that lacks it (``replyparse --fail-on
    error extract a.txt``) is told so, with the line for one that takes it, or what it
    does instead (``validate`` writes no ``-o``: :data:`~replyparse.helpformat.OTHER_WAY`)."""
    option = getattr(exc, "option_name", None)
    message = getattr(exc, "message", None)
    if not isinstance(option, str) or not isinstance(message, str):
        return
    if option == "-v":  # (replyparse -v: the version, most likely, which is -V)
        from replyparse.helpformat import OTHER_WAY

        exc.message = f"{message}; {OTHER_WAY['', '-v']}"  # type: ignore[attr-defined]
        return
    from replyparse.paths import said

    named = next((word for word in args if word in COMMANDS), None)
    if named is not None:  # the command given after the option: it alone, set first
        args = [*args]
        args.remove(named)
    words = " ".join(map(said, args))
    # every option given, not the first alone (--quiet -o x: validate has --quiet, no -o)
    lacks = {name: _lacks_any(name, args) for name in COMMANDS}
    takers = [name for name in ([named] if named is not None else COMMANDS) if not lacks[name]]
    if takers:
        lines = " or ".join(f"replyparse {name} {words}" for name in takers)
        exc.message = f"{message}; name a command first, then its options: {lines}"  # type: ignore[attr-defined]
        return
    if named is None:
        return
    from replyparse.helpformat import OTHER_WAY

    missing = lacks[named]
    others = [name for name in COMMANDS if not lacks[name]]
    other = f"({others[0]} has: replyparse {others[0]} {words})" if others else None
    instead = OTHER_WAY.get((named, missing or ""))
    if missing != option and _lacks(named, option) is None:
        # (-qo x validate: validate has -q; Click's "No such option: -q" read as if none had)
        told = (
            f"{option} goes after the command's name ({named} has it), but {named} has no {missing}"
        )
        tail = f": {instead}" if instead else f" {other}" if other else ""
        exc.message = told + tail  # type: ignore[attr-defined]
    elif instead is not None:
        exc.message = f"{message}; {instead}"  # type: ignore[attr-defined]
    elif other is not None:
        exc.message = f"{message}; {named} has no {missing} {other}"  # type: ignore[attr-defined]


def _lacks_any(command: str, args: Sequence[str]) -> str | None:
    """The first option of the words given (up to ``--``, each option's value passed
    over) that ``command`` has not (:func:`_lacks`); None when it has them all."""
    valued = {
        name
        for p in _Commands()[command].params
        if p.param_type_name == "option" and not getattr(p, "is_flag", False)
        for name in p.opts + p.secondary_opts
    }
    value_next = False
    for word in args:
        if value_next or word == "--":
            if word == "--" and not value_next:
                return None
            value_next = False
            continue
        if not word.startswith("-") or word == "-":
            continue
        if (missing := _lacks(command, word)) is not None:
            return missing
        # a value follows: a long option without =, or bundled shorts ending in one
        if word.startswith("--"):
            value_next = word in valued
        else:
            first = next((i for i, c in enumerate(word[1:], 1) if "-" + c in valued), None)
            value_next = first == len(word) - 1
    return None


def _lacks(command: str, word: str) -> str | None:
    """The first option of ``word`` (an option, or short options bundled: ``-qo``, up to
    the first that takes a value) that ``command`` has not; None when it has them all."""
    params = [p for p in _Commands()[command].params if p.param_type_name == "option"]
    names = {name for p in params for name in (*p.opts, *p.secondary_opts)}
    if word.startswith("--"):
        long = word.partition("=")[0]
        return None if long in names else long
    valued = {name for p in params if not getattr(p, "is_flag", False) for name in p.opts}
    for letter in word[1:]:
        short = "-" + letter
        if short not in names:
            return short
        if short in valued:
            return None  # (the rest is its value)
    return None


def _no_command(ctx: Any) -> None:
    """``replyparse`` with no command: its help, on standard error, and the usage
    error's status, 2, as a command given nothing to work on ends (``replyparse
    extract``: its usage and ``no PATH given``) and as Click 8.2 ends one. Said here, not
    by Typer's ``no_args_is_help``, whose answer is Click's: Click before 8.2, which
    ``typer>=0.12`` may bring, printed the help on standard output and ended with 0, as
    if asked for it with ``-h`` (``replyparse -h`` prints it there, and ends with 0)."""
    typer.echo(ctx.get_help(), err=True, color=ctx.color)
    raise typer.Exit(2)


class _Root(TyperGroup):
    """The root command, its commands in :data:`COMMANDS`, built as they are needed."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = _Commands()

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """The root's options read, with the collector paused: Typer (0.29) loads
        Pydantic here, to convert them (:mod:`replyparse.loading`)."""
        if not args and not ctx.resilient_parsing:
            _no_command(ctx)
        with collector_paused():
            given = [*args]  # (Click's parser takes the words off ``args``)
            try:
                return super().parse_args(ctx, args)
            except Exception as exc:  # Click's NoSuchOption, not public in Typer
                before = getattr(exc, "message", None)
                _command_first(exc, given)
                if getattr(exc, "message", None) == before:  # (else told what to do)
                    from replyparse.helpformat import guess_in_our_words

                    guess_in_our_words(exc)
                else:
                    exc.possibilities = []  # type: ignore[attr-defined]
                raise

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        """The root's context, its options read (:meth:`parse_args`); a Ctrl-C meanwhile
        (Typer loading Pydantic: a third of a second of a cold start on a busy machine)
        ends the program as one while it loads (:data:`replyparse.entry.STARTING`), where
        Typer, which reads them outside :meth:`invoke`, ends it with 130 in silence. The
        help or the version printed for a reader gone (``replyparse -h | true``) ends as
        in :meth:`invoke`."""
        try:
            return super().make_context(*args, **kwargs)
        except KeyboardInterrupt:
            from replyparse.entry import STARTING, interrupted

            interrupted(STARTING)
        except BrokenPipeError:
            from replyparse.cli.problems import reader_gone

            raise reader_gone() from None

    def invoke(self, ctx: Any) -> Any:
        """The command named, run; a Ctrl-C that its own handling did not meet (``render``
        parsing, a walk before ``extract``'s run takes the signal) ends it with status 130
        and one line saying so (:data:`replyparse.entry.STOPPED`), where Typer ends it in
        silence, as if nothing had been asked. Standard output's reader gone where the
        command does not see to it itself (``schema | head -1``, ``render -o - | head
        -c 4``, a command's ``-h``) ends it quietly with 141, as ``extract`` and
        ``validate`` end then (:func:`~replyparse.cli.problems.reader_gone`), where Click
        ends it with 1, which ``render`` gives for an input it could not read."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            from replyparse.entry import STOPPED, interrupted

            interrupted(STOPPED)
        except BrokenPipeError:
            from replyparse.cli.problems import reader_gone

            raise reader_gone() from None

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """The command named first; a path named there instead (``replyparse a.txt``, the
        command forgotten) is told which commands read it, not only ``No such command``."""
        try:
            return super().resolve_command(ctx, args)
        except Exception as exc:  # Click's UsageError, not public in Typer
            word = args[0] if args else ""
            message = getattr(exc, "message", None)
            if not isinstance(message, str) or word in COMMANDS or not os.path.lexists(word):
                raise
            from replyparse.paths import said

            exc.message = (  # type: ignore[attr-defined]
                f"{message} {said(word)} is a path: name a command before it, replyparse "
                f"extract {said(word)} (records) or replyparse validate {said(word)} (a check)"
            )
            raise

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
    # (no command given: _Root.parse_args answers, the same whatever Click is installed)
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


SCHEMAS = ("letter",)
"""The schemas ``schema`` prints, by name: the letter record's (``schemas/letter.schema.json``)."""


def _schema_name(value: str) -> str:
    """A schema's name, or a usage error naming the choices: Click's own answer to a word
    after ``schema`` was ``Got unexpected extra argument(s) (extra)``. A word that looks
    like a file (``schema.json``, ``out/``) is told to redirect: the schema goes to
    standard output."""
    if value.strip().casefold() in SCHEMAS:
        return value.strip().casefold()
    from replyparse.paths import said
    from replyparse.usage import did_you_mean

    near = did_you_mean(value, SCHEMAS)
    if not near and ("." in value or "/" in value or os.sep in value):
        near = f" (to save it in a file, redirect it: replyparse schema > {said(value)})"
    only = ", ".join(SCHEMAS)
    raise typer.BadParameter(
        f"{value!r} is not a schema replyparse prints{near}: give {only} (the letter "
        "record's schema, printed when no NAME is given)"
    )


def schema(
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME",
            help="The schema: letter, the record extract writes for each letter.",
            parser=_schema_name,
            show_default=False,
        ),
    ] = "letter",
) -> None:
    """Print the JSON Schema of the letter record."""
    import json

    from replyparse.model import json_schema

    assert name in SCHEMAS
    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    """The application, as Click runs it: it ends by raising ``SystemExit``."""
    # one name whatever the entry (the script, python -m replyparse): usage lines and the
    # completion variable _REPLYPARSE_COMPLETE depend on it
    app(prog_name="replyparse")


def run() -> None:
    """The program (the ``replyparse`` script, ``python -m replyparse``): :func:`main`,
    then out of the process without the interpreter's teardown.

    Once the command is done, a normal exit still frees every module and object one by
    one: about 12 M instructions after ``extract``, and a tenth of ``--help``. Nothing of
    it is needed: the exit handlers (:mod:`atexit`: ``multiprocessing``'s, ``weakref``
    finalizers, temporary folders) run as at any exit, standard output and error are
    flushed, then ``os._exit`` ends the process with the command's status, as
    ``multiprocessing`` ends a forked worker. Whenever that could differ from a normal
    exit (a status that is not a number, a thread still running, a stream that cannot be
    flushed, a Python without :func:`atexit._run_exitfuncs`), the exit is the normal one.
    :func:`main` itself never leaves this way, so callers in a process (tests) are not
    ended by it.

    What the program loads (Typer, Pydantic, the parser) is kept out of the cycle
    collector's passes (:func:`replyparse.loading.as_the_program`), and put back in its
    sight before a normal exit: the interpreter's teardown never frees a frozen object
    (nor runs its ``__del__``)."""
    as_the_program()
    try:
        main()
    except SystemExit as stop:
        status = stop.code
    else:
        status = None
    code = _early_status(status)
    if code is None:
        gc.unfreeze()  # a normal exit tears down only what the collector can see
        raise SystemExit(status)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        gc.unfreeze()
        raise SystemExit(status) from None  # the interpreter reports it, as it always did
    os._exit(code)


def _early_status(status: object) -> int | None:
    """The status to end with by ``os._exit`` now, where that ends the process as a
    normal exit with ``SystemExit(status)`` would (see :func:`run`), else None."""
    if status is None:
        status = 0
    if not isinstance(status, int) or isinstance(status, bool) or not 0 <= status <= 255:
        return None
    if not hasattr(atexit, "_run_exitfuncs"):
        return None
    main_thread = threading.main_thread()
    running = any(
        thread is not main_thread and not thread.daemon and thread.is_alive()
        for thread in threading.enumerate()
    )
    return None if running else status
