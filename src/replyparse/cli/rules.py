"""The ``rules`` command: the catalogue of the rules ``validate`` checks."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from replyparse.cli.options import format_option
from replyparse.cli.validate import complete_codes


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
