"""``replyparse extract --help`` read by a stranger: it says that a rerun into a folder or
database resumes (the command's main promise for an archive, told before only in the
README), that --quiet keeps the failure list as well as the skipped one, and what
--stdin-name does with a database that already holds the letter. The command list's
one line for extract fits the 80 columns the README's reference is drawn at."""

from __future__ import annotations

from typer.testing import CliRunner

from helpers import flat
from replyparse.cli import app


def _help(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], terminal_width=80)
    assert result.exit_code == 0
    return result.output


def test_extract_help_says_a_rerun_resumes() -> None:
    text = flat(_help("extract"))
    assert "a rerun parses only the letters that are new, changed or failed" in text
    assert "--quiet No progress and no summary; errors only (the failures and" in text
    assert "only a NAME given here replaces it" in text


def test_the_command_list_line_is_whole() -> None:
    lines = [line for line in _help().splitlines() if line.lstrip().startswith("extract ")]
    assert lines == ["  extract   Extract one record per letter; a rerun resumes where it stopped."]


def test_a_resume_option_typed_says_a_rerun_resumes() -> None:
    """A user's first guess, --resume, met Click's 'No such option: --resume (Possible
    options: --prune)', which points the wrong way."""
    result = CliRunner().invoke(app, ["extract", "in", "-o", "out", "--resume"])
    assert result.exit_code == 2
    assert (
        "Invalid value for '--resume': extract has no --resume: into an output folder or a "
        "database, running the same command again resumes"
    ) in flat(result.output)
    assert "--prune" not in result.output
    assert "--resume" not in _help("extract")  # (not an option: hidden)


def test_an_option_mistyped_is_never_pointed_to_the_hidden_resume() -> None:
    """Click offers the options closest to a mistyped one, the hidden --resume among
    them (``--reusme``: 'Possible options: --prune, --resume'), which then answers that
    extract has no --resume; and then to --prune, which deletes records. A misspelling
    of --resume is answered as --resume is (cli72)."""
    for typed in ["--reusme", "--resme"]:
        result = CliRunner().invoke(app, ["extract", "in", typed])
        assert result.exit_code == 2
        told = flat(result.output)
        assert f"No such option: {typed}; extract has no --resume: " in told
        assert "--prune" not in told.split("--resume:")[0]
        assert "Possible options" not in told
