"""Command lines that cannot work: the problem and which parameter it concerns.

Domain code never spells an option. It raises :class:`UsageProblem` with a :class:`Param`
key and a message template in which an option appears as ``{out}`` or ``{format}`` (the
parameter's value); only :mod:`replyparse.cli` knows how each parameter is spelled on the command
line and turns the problem into exit code 2.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from replyparse.errors import ReplyparseError


class Param(Enum):
    """A parameter of a command, by meaning rather than by spelling."""

    PATHS = "paths"
    OUT = "out"
    FORMAT = "format"
    JOBS = "jobs"
    ERRORS = "errors"
    SKIPPED = "skipped"
    FILES_FROM = "files_from"
    PRUNE = "prune"
    STDIN_NAME = "stdin_name"
    SKIP_FAILED = "skip_failed"
    OVERWRITE = "overwrite"


class UsageProblem(ReplyparseError):
    """The command line asks for something impossible; the CLI exits with code 2.

    ``template`` is a :meth:`str.format` template: ``{out}``, ``{format}``… stand for the
    options' spellings, and every other field comes from ``values`` (paths, counts), which
    are never read as templates themselves. ``param`` is None when the problem is not
    one of an option the user typed (no letter found in the folders named): the CLI
    then blames no option.
    """

    def __init__(self, param: Param | None, template: str, **values: object) -> None:
        self.param = param
        self.template = template
        self.values = values
        super().__init__(self.render(lambda p: p.value))

    def render(self, spell: Callable[[Param], str]) -> str:
        """The message with each option spelled by ``spell``."""
        return self.template.format(**{p.value: spell(p) for p in Param}, **self.values)


class LeftOut(UsageProblem):
    """A parameter the command needs was not given at all (no PATH, no ``--files-from``):
    the CLI says so plainly, blaming no value (there is none)."""


def nearest(typed: str, names: Sequence[str]) -> str | None:
    """The one of ``names`` that ``typed`` most likely misspells or shortens (``warnig``,
    ``warn`` and ``WARNING `` for ``warning``; ``sqlit`` for ``sqlite``; ``fail_on`` for
    ``fail-on``), or None when none is close enough to offer (``x``, ``xml``)."""
    import difflib

    folded = typed.strip().casefold().replace("_", "-")
    if not folded:
        return None
    starting = [name for name in names if name.casefold().startswith(folded)]
    if len(starting) == 1 and len(folded) >= 2:  # (a name begun: warn, sql)
        return starting[0]
    by_fold = {name.casefold(): name for name in names}
    close = difflib.get_close_matches(folded, list(by_fold), n=1, cutoff=0.7)
    return by_fold[close[0]] if close else None


def did_you_mean(typed: str, names: Sequence[str]) -> str:
    """`` (did you mean NAME?)`` after a refused value when :func:`nearest` finds one,
    else nothing."""
    near = nearest(typed, names)
    return f" (did you mean {near}?)" if near is not None and near != typed else ""
