"""The command line: wires readers, the parser and writers together.

Domain errors become exit codes and one-line messages here and nowhere else.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="replyparse",
    help="Turn Chinese government reply letters (答复函) into structured records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the letter record."""
    from replyparse.model import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders; - reads standard input.")],
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Output folder.")] = None,
) -> None:
    """Extract one record per letter."""
    from replyparse.errors import InputError
    from replyparse.pipeline import parse_file

    failed = 0
    for path in paths:
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        for file in files:
            try:
                letter = parse_file(file)
            except InputError as exc:
                typer.echo(f"error: {exc}", err=True)
                failed += 1
                continue
            data = letter.model_dump_json(indent=2)
            if out is None:
                sys.stdout.write(data + "\n")
            else:
                rel = file.relative_to(path) if path.is_dir() else Path(file.name)
                target = out / rel.with_suffix(".json")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(data + "\n", encoding="utf-8")
    raise typer.Exit(1 if failed else 0)


def main() -> None:
    app()
