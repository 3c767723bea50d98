"""``validate --stdin-filename NAME`` without ``-`` among the paths is a usage error, as
``extract --stdin-name`` without ``-`` is: the name was for no letter, and was silently
unused (``validate --stdin-filename draft.txt letters/`` checked the folder, and a user
who meant to pipe a draft in saw no sign of it)."""

from __future__ import annotations

from pathlib import Path

from helpers import TIDY, flat, run, write_letters


def test_a_name_for_no_standard_input_is_refused(tmp_path: Path) -> None:
    (letter,) = write_letters(tmp_path, ["a.txt"])
    code, stdout, stderr = run("validate", "--stdin-filename", "draft.txt", str(letter))
    assert (code, stdout) == (2, "")
    assert (
        "Invalid value for '--stdin-filename': --stdin-filename names the letter read from "
        "standard input: give - too"
    ) in flat(stderr)


def test_with_standard_input_it_names_the_letter() -> None:
    # must not match: the editor's call, and the default without the option
    code, stdout, _ = run("validate", "--stdin-filename", "draft.txt", "-", stdin=TIDY)
    assert code == 0
    assert stdout.startswith("1 letter,")
    code, stdout, _ = run("validate", "-", stdin=TIDY.replace("王某代表：", "王某代表:"))
    assert stdout.startswith("-:")
