"""The ``rules`` command: the catalogue of the rules ``validate`` checks."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from replyparse.cli.options import format_option
from replyparse.cli.validate import complete_codes

UNREADABLE = "unreadable"
"""The code validate gives a file it could not check (``replyparse.validate.UNREADABLE``,
not imported: it loads the model, and ``rules`` stays fast). Not a rule, but a reader of
``PATH: error: unreadable: …`` looks it up here."""

UNREADABLE_ENTRY: dict[str, str | bool | None] = {
    "code": UNREADABLE,
    "severity": "error",
    "summary": "a file validate could not read or check",
    "explanation": (
        "Not a rule: validate reports a file it could not check at all. The message says "
        "why: the file is empty, is not a regular file, cannot be opened or decoded, is past "
        "a limit (--max-file-size, --max-pages, --max-chars, ...), was not checked within "
        "--timeout, or the worker checking it died. It is always an error and always fails "
        "the check, whatever --fail-on says; --select, --ignore and the config do not name "
        "it. The other files are still checked."
    ),
    "bad": None,
    "good": None,
    "switchable": False,
}
"""``unreadable`` in the shape of a catalogue entry, for ``replyparse rules unreadable``."""


class RulesFormat(StrEnum):
    text = "text"
    json = "json"


def rules(
    code: Annotated[
        str | None,
        typer.Argument(
            metavar="CODE",
            autocompletion=complete_codes,
            help="A rule to explain, or a prefix (section) to list those rules.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        RulesFormat,
        format_option(RulesFormat, "a format rules writes", "text for people, json for tools."),
    ] = RulesFormat.text,
) -> None:
    """List the rules validate checks, or explain one.

    Each rule: its code, default severity, what it means, a bad and a good example.
    """
    from replyparse.rules import RULE_BY_CODE, RULES, UnknownSelector, describe, expand, listing

    if code == UNREADABLE:
        raise typer.Exit(_explain_unreadable(fmt))
    try:
        chosen = list(RULES) if code is None else expand(code)
    except UnknownSelector as exc:
        raise typer.BadParameter(str(exc), param_hint="CODE") from None
    if fmt is RulesFormat.json:
        typer.echo(json.dumps([r.as_dict() for r in chosen], ensure_ascii=False, indent=2))
    elif code is not None and code in RULE_BY_CODE:
        typer.echo(describe(RULE_BY_CODE[code]))
    else:
        typer.echo(listing(chosen))


def _explain_unreadable(fmt: RulesFormat) -> int:
    """``replyparse rules unreadable``: what the code means; exit code 0."""
    import textwrap

    entry = UNREADABLE_ENTRY
    if fmt is RulesFormat.json:
        typer.echo(json.dumps([entry], ensure_ascii=False, indent=2))
        return 0
    explanation = textwrap.wrap(str(entry["explanation"]), width=88, break_on_hyphens=False)
    typer.echo("\n".join([f"{UNREADABLE} (error)", str(entry["summary"]), "", *explanation]))
    return 0
