"""Inputs shared by every command: ``extract`` and ``validate`` walk PATHs the same way
(:func:`replyparse.discover.discover`), so they agree on what is missing, unreadable, or
only worth a note."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from replyparse.cli import app

GOOD = "某市民政局\n关于某某建议的答复\n张某代表：\n您提出的建议收悉。\n某市民政局\n2021年1月5日\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", ["extract", "validate"])
def test_a_missing_path_is_a_usage_error_in_both_commands(tmp_path: Path, command: str) -> None:
    code, stdout, stderr = run(command, str(tmp_path / "nope.txt"))
    assert (code, stdout) == (2, "")
    assert f"Invalid value for PATH: no such file or folder: {tmp_path / 'nope.txt'}" in " ".join(
        stderr.replace("│", " ").split()
    )


@pytest.mark.parametrize("command", ["extract", "validate"])
def test_a_link_loop_is_a_note_not_a_failure_in_both_commands(tmp_path: Path, command: str) -> None:
    (tmp_path / "in" / "a").mkdir(parents=True)
    (tmp_path / "in" / "a" / "x.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path / "in", tmp_path / "in" / "a" / "back")
    args = ["-o", str(tmp_path / "out")] if command == "extract" else ["--fail-on", "error"]
    code, _, stderr = run(command, str(tmp_path / "in"), *args)
    assert code == 0
    assert "already walked (symbolic link loop or duplicate)" in stderr
