"""How the commands' help and errors read: argument placeholders and option values.

Typer writes a variadic argument as ``[PATH...]...`` (``{PATH...}...`` when required)
and adds its Python type (``PATH... <list[str]>``); its value errors are Pydantic's
(``Value error, 'xml' is not one of …``, ``Input should be greater than or equal to 1``).
:class:`Command` makes the placeholders read as a person writes them (``[PATH...]``,
``PATH...``, ``RECORD_OR_LETTER``), and :func:`choice` and :func:`at_least` parse option
values with plain messages.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from enum import StrEnum
from typing import Any, TypeVar

import typer
from typer.core import TyperArgument, TyperCommand

from replyparse.loading import collector_paused
from replyparse.paths import said

E = TypeVar("E", bound=StrEnum)


class _Argument(TyperArgument):
    """An argument shown by its metavar alone: ``PATH...``, optional ones in brackets."""

    def _name(self) -> str:
        name = self.metavar or (self.name or "").upper()
        if self.nargs != 1 and not name.endswith("..."):
            name += "..."
        return name

    def _usage_display_name(self) -> str:
        return self._name() if self.required else f"[{self._name()}]"

    def _rich_display_name(self) -> str:
        return self._name()

    def display_type_rich(self, ctx: Any) -> str | None:
        return None  # the metavar says what it is; "<list[str]>" says nothing to a user


_GIVEN: ContextVar[tuple[str, ...] | None] = ContextVar("given", default=None)
"""The running command's arguments as given (:func:`given`)."""


class Command(TyperCommand):
    """A command whose arguments read as :class:`_Argument` shows them, and that keeps
    its arguments as given (:func:`given`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if type(param) is TyperArgument:
                param.__class__ = _Argument

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        typed = tuple(args)  # (the parser takes the words off the list as it reads them)
        _GIVEN.set(typed)
        options = typed[: typed.index("--")] if "--" in typed else typed
        asks_help = any(word in ctx.help_option_names for word in options)
        # (shell completion reads half-typed lines; --help on a line is the help, whatever
        # else the line holds, as the parser has it: the line may be the one refused)
        if not ctx.resilient_parsing and not asks_help:
            _refuse_joined_value(typed, self.params, ctx)
            _refuse_repeated(typed, self.params, ctx)
        try:
            with collector_paused():  # (Typer 0.29 loads its converters here)
                return super().parse_args(ctx, args)
        except Exception as exc:  # Click's NoSuchOption, not public in Typer
            _say_missing(exc, self.name or "", ctx)
            offered = getattr(exc, "possibilities", None)
            if offered:  # a hidden option is no option to offer (extract --resume)
                hidden = {
                    name for p in self.params if getattr(p, "hidden", False) for name in p.opts
                }
                kept = [name for name in offered if name not in hidden]
                exc.possibilities = kept  # type: ignore[attr-defined]
            message = getattr(exc, "message", None)
            valued = {
                name
                for p in self.params
                if p.param_type_name == "option" and not getattr(p, "is_flag", False)
                for name in p.opts
            }
            hint = _dash_name_hint(typed, ctx.command_path, valued)
            asked = getattr(exc, "option_name", None)
            hint = hint or _other_way(self.name or "", asked or "")
            if isinstance(message, str) and hint:  # a usage error, a name taken for options
                exc.message = f"{message}; {hint}"  # type: ignore[attr-defined]
                exc.possibilities = []  # type: ignore[attr-defined]  # ours the one answer
            else:
                guess_in_our_words(exc)
            raise


_REPORT_OUT = (
    "validate writes its findings to standard output: redirect it (replyparse validate "
    "letters/ > findings.txt; --format json or sarif for tools)"
)
_ALWAYS_WORD = (
    "render always writes a Word file (.docx); --report writes the review report instead "
    "of the letter, and extract --format gives records"
)
_VERSION = "replyparse -V (a capital) prints the version"
NO_RESUME = (
    "extract has no --resume: into an output folder or a database, running the same "
    "command again resumes (only the letters new, changed or failed since are parsed; "
    "--force parses all); a JSON Lines file or standard output is written whole each time"
)
"""The answer to ``extract --resume`` (a hidden option, there to be answered) and to a
misspelling of it (``--reusme``: Click offered ``--prune``, which deletes records)."""
_SAYS = {
    "extract": "extract shows its progress and a summary already (-q for errors only)",
    "validate": "validate prints every finding already (-q leaves out the summary line)",
    "render": "render says what it wrote already (-q for errors only)",
}
OTHER_WAY = {
    ("validate", "-o"): _REPORT_OUT,
    ("validate", "--out"): _REPORT_OUT,
    ("render", "-f"): _ALWAYS_WORD,
    ("render", "--format"): _ALWAYS_WORD,
    ("", "-v"): _VERSION,
    ("extract", "--resume"): NO_RESUME,  # (only its misspellings get here: _other_way)
    **{
        (command, option): f"{says}; {_VERSION}"
        for command, says in _SAYS.items()
        for option in ("-v", "--verbose")
    },
}
"""What an option another command has, asked of one that has none, is done with here
(``validate -o``: Click's bare ``No such option: -o`` said nothing of where output goes)."""


def guess_in_our_words(exc: Exception) -> None:
    """Click's guess at a mistyped option (its ``possibilities``, closest first) said as
    every guess of ours is, ``(did you mean --out?)``, not ``(Possible options: --out)``
    for a single name."""
    offered = getattr(exc, "possibilities", None)
    message = getattr(exc, "message", None)
    if not offered or not isinstance(message, str):
        return
    names = offered[0] if len(offered) == 1 else f"{', '.join(offered[:-1])} or {offered[-1]}"
    exc.message = f"{message} (did you mean {names}?)"  # type: ignore[attr-defined]
    exc.possibilities = []  # type: ignore[attr-defined]


def _other_way(command: str, asked: str) -> str | None:
    """:data:`OTHER_WAY`'s answer to the option ``asked`` of ``command``, or to the long
    one it misspells (``--verbos``, ``--verbse``: Click offered ``--errors``)."""
    from replyparse.usage import nearest

    said = OTHER_WAY.get((command, asked))
    if said is not None or not asked.startswith("--"):
        return said
    answered = [option for c, option in OTHER_WAY if c == command and option.startswith("--")]
    near = nearest(asked, answered)
    return OTHER_WAY.get((command, near)) if near is not None else None


class NotGiven(typer.BadParameter):
    """A required parameter left out, said as it is (``Error: no PATH given: …``, the
    usage line above it and exit code 2 as for a bad value): Click's ``Invalid value for
    PATH:`` before it blamed a value where none was given."""

    def format_message(self) -> str:
        return self.message


_MISSING = {
    ("render", "out"): (
        "no {option} given: name the Word file to write ({example}), a folder to write "
        "{docx} in (-o reports/), or - for standard output"
    ),
    ("render", "path"): "no {option} given: name the record or letter file to typeset ({example})",
}
"""What a required parameter left out is said to want, in the project's words (Click's
bare ``Missing option '-o' / '--out'.`` said neither what the option is for nor how to
give it); ``{example}`` is the command line with it given."""


def _say_missing(exc: Exception, command: str, ctx: Any) -> None:
    """Raise ``exc``, Click's MissingParameter (not public in Typer), as the error the
    other commands give for what is left out (``extract``'s ``no PATH given: …``,
    :class:`NotGiven`), when :data:`_MISSING` has words for it."""
    param = getattr(exc, "param", None)
    if type(exc).__name__ != "MissingParameter" or param is None:
        return
    template = _MISSING.get((command, param.name or ""))
    if template is None:
        return
    letter = ctx.params.get("path") or "a.txt"  # (the words given, when they are)
    docx = f"{os.path.splitext(os.path.basename(letter))[0] or 'letter'}.docx"
    option = param.opts[0] if param.param_type_name == "option" else param.metavar
    example = f"replyparse {command} {said(letter)} -o {said(ctx.params.get('out') or docx)}"
    message = template.format(option=option, example=example, docx=said(docx))
    raise NotGiven(message, ctx=ctx, param=param) from None


def _dash_name_hint(args: Sequence[str], command: str, valued: set[str]) -> str | None:
    """How to name a file whose name starts with ``-`` (``-x.txt``, given unquoted, is
    read as the options ``-x`` ``-.``…), for the first such word before ``--`` that names
    a path or reads like a file name (a suffix or a folder in it), and is not the value
    of an option (``valued``: those that take one); None when none does."""
    for i, (before, arg) in enumerate(zip(("", *args), args, strict=False)):
        if arg == "--":
            break
        if len(arg) < 2 or not arg.startswith("-") or arg.startswith("--") or before in valued:
            continue
        if os.path.lexists(arg) or "/" in arg or "." in arg[1:]:
            # the whole line given, this word moved after -- (the options kept: -o out/)
            rest = [*args[:i], *args[i + 1 :]]
            at = rest.index("--") + 1 if "--" in rest else len(rest)
            line = [*rest[:at], *([] if "--" in rest else ["--"]), arg, *rest[at:]]
            name = said(arg)  # (as it is typed back: '-my letter.txt')
            return (
                f"to name the file {name}, write {said('./' + arg)}, or put -- before it "
                f"(after the options): {command} {' '.join(map(said, line))}"
            )
    return None


def _refuse_joined_value(args: Sequence[str], params: Sequence[Any], ctx: Any) -> None:
    """Refuse a word that the parser would read as a short option joined to its value,
    where that is surely not what was meant: ``-out.txt`` is ``-o ut.txt`` to it, written
    without a word said, and a file of that name would never be read. Refused when the
    word starts with an option's long name given one dash (``-out…`` for ``--out``,
    ``-jobs`` for ``--jobs``), joins its value with ``=`` (``-o=all.jsonl`` wrote
    ``=all.jsonl``) or names a file or folder that is there (``-draft.txt``); a joined
    value otherwise (``-oreports/``, ``-j4``) is read as the parser reads it. Flags joined
    in front are read past first (``-qout.jsonl`` is ``-q -o ut.jsonl``, refused as
    ``-out.jsonl`` is). Another option's long name given one dash (``-force``,
    ``-quiet``) is refused naming it."""
    valued = [
        p for p in params if p.param_type_name == "option" and not getattr(p, "is_flag", False)
    ]
    takes_value = {name for p in valued for name in p.opts}
    flags = {
        name
        for p in params
        if getattr(p, "is_flag", False)
        for name in getattr(p, "opts", ())
        if len(name) == 2 and name[1] != "-"
    }
    for before, word in zip(("", *args), args, strict=False):
        if word == "--":
            return
        if before in takes_value or not word.startswith("-") or word.startswith("--"):
            continue
        if len(word) < 3:
            continue
        meant = word.split("=", 1)[0]  # another option's long name, one dash short
        other = next((p for p in params if "-" + meant in getattr(p, "opts", ())), None)
        # flags joined in front (-qout.jsonl: -q, then -o ut.jsonl) are read first
        lead = 1
        while lead < len(word) - 1 and "-" + word[lead] in flags:
            lead += 1
        flagged = [f"-{letter}" for letter in word[1:lead]]
        short, value = "-" + word[lead], word[lead + 1 :]
        param = next((p for p in valued if short in p.opts), None)
        if other is not None and other is not param:
            raise typer.BadParameter(
                f"{said(word)} is read as {_as_short(word, takes_value)}, not as -{meant}: "
                f"write {said('-' + word)} (two dashes)",
                ctx=ctx,
                param=other,
            )
        if param is None:
            continue
        core = "-" + word[lead:]  # the valued option's part: -out.jsonl of -qout.jsonl
        longs = [name[1:] for name in param.opts if name.startswith("--")]
        spelt = next((name for name in longs if core.startswith(name)), None)
        equals = value.startswith("=") and len(value) > 1
        if spelt is None and not equals and not os.path.lexists(word):
            continue
        before_it = "".join(f"{flag} " for flag in flagged)  # said again in each fix
        read = (
            f"{said(word)} is read as {before_it}{short} {said(value)} (an option joined to "
            "its value)"
        )
        as_is = f"{before_it}{short} {said(value)}, with a space, if that is meant"
        if spelt is not None and core in (spelt, spelt + "="):
            fix = f": write {before_it}-{spelt} (two dashes) or {before_it}{short}"
        elif spelt is not None and core.startswith(spelt + "="):
            fix = f": write {before_it}{said('-' + core)} (two dashes)"
        elif spelt is not None:
            whole = said(core[1:])
            what = "the output" if param.name == "out" else "the value"
            fix = (
                f": write {before_it}{short} {whole} for {what} {whole}, or "
                f"{said('./' + word)} to read {said(word)} ({as_is})"
            )
        elif equals:
            meant = said(value[1:])
            fix = f": write {before_it}{short} {meant}" + (
                f" or {before_it}-{longs[0]}={meant}" if longs else ""
            )
        else:
            fix = f", but {said(word)} is here: write {said('./' + word)} to read it, or {as_is}"
        raise typer.BadParameter(read + fix, ctx=ctx, param=param)


_LAST_WINS = frozenset(
    {"jobs", "timeout", "fail_on", "max_file_size", "max_inflated_size", "max_pages", "max_chars"}
)
"""The options of one value that a later use may override, as a wrapper's default is
(``alias rp='replyparse extract -j 4'``, then ``rp … -j 8``), with a note: a setting of
how the run goes, not a file or a form of what it writes."""


def _refuse_repeated(args: Sequence[str], params: Sequence[Any], ctx: Any) -> None:
    """Refuse an option that takes one value given twice with two values (``-o a/ -o
    b/``): the parser keeps the last without a word, and the run writes one output
    where two were asked for; a setting of :data:`_LAST_WINS` (``-j 4 … -j 8``) is
    overridden with a note instead (none under ``--quiet``). The words are read as the
    parser reads them: ``--out=a``, ``--out a``, ``-oa``, ``-o a``, flags joined in front
    (``-qo a``); the same value twice is no conflict, and options that add up
    (``--include``) may repeat."""
    options = [p for p in params if p.param_type_name == "option"]
    valued = {n for p in options if not getattr(p, "is_flag", False) for n in p.opts}
    flags = {n for p in options if getattr(p, "is_flag", False) for n in p.opts}
    single = {
        n: p
        for p in options
        if not getattr(p, "is_flag", False) and not getattr(p, "multiple", False)
        for n in p.opts
    }
    quiet = {n for p in options if p.name == "quiet" for n in p.opts}
    hushed = False  # --quiet on the line: nothing but failure lines, so no note
    given: dict[str, list[tuple[str, str]]] = {}  # by the option's first name
    words = iter(args)
    for word in words:
        if word == "--":
            break
        if not word.startswith("-") or word == "-":
            continue
        pairs: list[tuple[str, str | None]] = []
        if word.startswith("--"):
            long, joined, rest = word.partition("=")
            hushed = hushed or long in quiet
            if long in valued:
                pairs.append((long, rest if joined else next(words, None)))
        else:
            for i in range(1, len(word)):
                short = "-" + word[i]
                hushed = hushed or short in quiet
                if short in valued:
                    pairs.append((short, word[i + 1 :] or next(words, None)))
                    break
                if short not in flags:
                    break  # no option of this command: the parser says so
        for name, value in pairs:
            if name in single and value is not None:
                given.setdefault(single[name].opts[0], []).append((name, value))
    for first, uses in given.items():
        if len({value for _, value in uses}) < 2:
            continue
        told = ", then ".join(f"{name} {said(value)}" for name, value in uses)
        param = single[first]
        if param.name not in _LAST_WINS:
            raise typer.BadParameter(
                f"given {len(uses)} times ({told}), but it takes one value, and only the "
                "last would count: give it once",
                ctx=ctx,
                param=param,
            )
        if hushed:
            continue
        typer.echo(
            f"note: {first} given {len(uses)} times ({told}): the last, "
            f"{said(uses[-1][1])}, is used",
            err=True,
        )


def _as_short(word: str, takes_value: set[str]) -> str:
    """How the parser reads ``word`` as short options: each letter one, up to the first
    that takes a value, which takes the rest (``-quiet``: ``-q -u -i -e -t``; ``-force``:
    ``-f orce``)."""
    read: list[str] = []
    for i, letter in enumerate(word[1:], start=2):
        read.append("-" + letter)
        if "-" + letter in takes_value:
            if word[i:]:
                read.append(said(word[i:]))
            break
    return " ".join(read)


def given() -> tuple[str, ...] | None:
    """The running command's arguments as the user gave them (after its name), for a
    message that writes the command line back with a change; None before one is read."""
    return _GIVEN.get()


def choice(kind: type[E], what: str) -> Callable[[str | E], E]:
    """A parser for an option whose value is one of ``kind``'s: an unknown value is
    ``'xml' is not WHAT: give json, jsonl, … or docx``, and one close to a value is
    offered it (``'jsn' is not WHAT (did you mean json?): give …``)."""
    values = [member.value for member in kind]
    names = ", ".join(values[:-1]) + f" or {values[-1]}"

    def parse(value: str | E) -> E:
        if isinstance(value, kind):
            return value
        try:
            return kind(str(value).strip().lower())
        except ValueError:
            from replyparse.usage import did_you_mean

            meant = MEANT.get(str(value).strip().casefold())
            if meant is not None and meant[0] in values:
                near = f" (did you mean {meant[0]}?{meant[1]})"
            else:
                near = did_you_mean(str(value), values)
            raise typer.BadParameter(f"{value!r} is not {what}{near}: give {names}") from None

    return parse


_EXCEL = " Excel opens the CSV tables"
MEANT: dict[str, tuple[str, str]] = {
    "db": ("sqlite", ""),
    "database": ("sqlite", ""),
    "sqlite3": ("sqlite", ""),
    "jsonlines": ("jsonl", ""),
    "json-lines": ("jsonl", ""),
    "ndjson": ("jsonl", ""),
    "xlsx": ("csv", _EXCEL),
    "xls": ("csv", _EXCEL),
    "excel": ("csv", _EXCEL),
    "word": ("docx", ""),
}
"""Names a user gives a format by another habit (a suffix, a program, another tool's
word), with the value meant and what to add: ``-f db`` was offered nothing, being no
misspelling of ``sqlite``. Offered only where that value is one of the option's."""


def at_least(low: int, what: str) -> Callable[[str | int], int]:
    """A parser for a whole number of at least ``low``: anything else is ``'0' is not
    WHAT: give a whole number from LOW up``."""

    def parse(value: str | int) -> int:
        text = str(value).strip()
        if not text.isdigit() or int(text) < low:
            reason = f"{str(value)!r} is not {what}: give a whole number from {low} up"
            raise typer.BadParameter(reason)
        return int(text)

    return parse
