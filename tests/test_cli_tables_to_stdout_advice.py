"""``--format sqlite`` or ``csv`` with no ``-o``: the refusal says what the format writes
and gives an ``-o`` to paste.

"--format csv writes files: give them a place with -o" left the user to guess whether
``-o`` wanted a file or a folder (CSV is a folder; ``-o tables.csv`` is refused in turn),
and called a database "files". Each refusal now names the one thing it writes and the
README's own example name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import flat, run, write_letters


@pytest.fixture
def letters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["in/a.txt", "in/b.txt"])
    return tmp_path / "in"


@pytest.mark.parametrize("out", [[], ["-o", "-"]], ids=["no-o", "dash"])
def test_sqlite_to_standard_output(letters: Path, out: list[str]) -> None:
    code, stdout, stderr = run("extract", "in", "--format", "sqlite", *out)
    assert (code, stdout) == (2, "")
    assert flat(stderr).endswith(
        "Invalid value for '-o' / '--out': --format sqlite writes a database file, not "
        "standard output: name it with -o archive.db"
    )


@pytest.mark.parametrize("out", [[], ["-o", "-"]], ids=["no-o", "dash"])
def test_csv_to_standard_output(letters: Path, out: list[str]) -> None:
    code, stdout, stderr = run("extract", "in", "--format", "csv", *out)
    assert (code, stdout) == (2, "")
    assert flat(stderr).endswith(
        "Invalid value for '-o' / '--out': --format csv writes a folder of tables "
        "(letters.csv, amounts.csv, …), not standard output: name it with -o tables/"
    )


@pytest.mark.parametrize(
    ("fmt", "out", "made"),
    [("sqlite", "archive.db", "archive.db"), ("csv", "tables/", "tables/letters.csv")],
)
def test_the_advice_works(letters: Path, tmp_path: Path, fmt: str, out: str, made: str) -> None:
    # must not match: with the -o the refusal names, the run writes its tables
    code, _, _ = run("extract", "in", "--format", fmt, "-o", out, "--no-keywords", "-q")
    assert code == 0
    assert (tmp_path / made).is_file()
