"""Write the README's generated parts: the CLI reference (the ``--help`` of every command)
and the rule table (from the catalogue in ``replyparse.rules``).

Each part sits between two HTML comments in README.md and is replaced whole::

    <!-- cli-reference:start -->     …  <!-- cli-reference:end -->
    <!-- rules:start -->             …  <!-- rules:end -->
    <!-- validate-example:start -->  …  <!-- validate-example:end -->

(the last one is ``replyparse validate`` run on a bundled sample).

Usage::

    python scripts/cli_reference.py          # rewrite README.md (make readme)
    python scripts/cli_reference.py --check  # exit 1 when README.md is stale

Help is rendered at a fixed width of 80 columns, so the result does not depend on the
terminal the script runs in. A test fails when README.md differs from what this writes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer
from typer.testing import CliRunner

from replyparse.cli import app
from replyparse.rules import NO_EXAMPLE, RULES, Rule

sys.path.insert(0, str(Path(__file__).resolve().parent))
from marked_parts import ROOT, main, replace_part

README = ROOT / "README.md"
WIDTH = 80
EXAMPLE = "samples/s20_docno_class_mark_spaced_title_chengban.txt"


def help_text(words: list[str]) -> str:
    """``replyparse WORDS --help`` as a user at an 80-column terminal sees it."""
    result = CliRunner().invoke(
        app,
        [*words, "--help"],
        prog_name="replyparse",
        terminal_width=WIDTH,
        max_content_width=WIDTH,
        env={"NO_COLOR": "1", "TERM": "dumb"},
    )
    if result.exit_code != 0:
        raise RuntimeError(f"replyparse {' '.join(words)} --help failed:\n{result.output}")
    return result.stdout.rstrip() + "\n"


def command_words() -> list[list[str]]:
    """The root, then every command in the order the app lists them."""
    group = typer.main.get_group(app)
    return [[], *([name] for name in group.commands)]


def cli_reference() -> str:
    parts = []
    for words in command_words():
        name = " ".join(["replyparse", *words])
        parts.append(f"#### `{name}`\n\n```text\n{help_text(words)}```\n")
    return "\n".join(parts)


def validate_example() -> str:
    """``replyparse validate`` on one sample, run from the repository's top folder."""
    previous = Path.cwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(app, ["validate", EXAMPLE])
    finally:
        os.chdir(previous)
    return f"```text\n$ replyparse validate {EXAMPLE}\n{result.stdout}```\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def _row(rule: Rule) -> str:
    if rule.bad is None or rule.good is None:
        examples = [f"({NO_EXAMPLE})", ""]
    else:
        examples = [rule.bad, rule.good]
    cells = [f"`{rule.code}`", rule.severity, rule.summary, *examples]
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def rules_table() -> str:
    head = "| code | severity | what it means | bad | good |\n|---|---|---|---|---|\n"
    return head + "\n".join(_row(rule) for rule in RULES) + "\n"


def _replace(text: str, name: str, body: str) -> str:
    return replace_part(text, name, body, where="README.md")


def render(readme: str) -> str:
    """``readme`` with its generated parts brought up to date."""
    readme = _replace(readme, "cli-reference", cli_reference())
    readme = _replace(readme, "validate-example", validate_example())
    return _replace(readme, "rules", rules_table())


if __name__ == "__main__":
    raise SystemExit(main(README, render, __doc__.splitlines()[0]))
