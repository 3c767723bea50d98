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
        "Invalid value for '--stdin-filename': --stdin-filename draft.txt names the letter "
        "read from standard input, but no - is among the paths: to read standard input as "
        f"draft.txt, add - (replyparse validate --stdin-filename draft.txt - {letter}); "
        f"to read {letter} alone, leave --stdin-filename out"
    ) in flat(stderr)


def test_the_advice_quotes_what_the_shell_would_split(tmp_path: Path) -> None:
    """A name with a space is written as the shell needs it; a long list of paths is
    cut, and a list read with --files-from alone leaves the paths out."""
    letters = [str(p) for p in write_letters(tmp_path, ["a.txt", "b.txt", "c.txt", "d.txt"])]
    _, _, stderr = run("validate", "--stdin-filename", "my draft.txt", *letters)
    assert (
        f"(replyparse validate --stdin-filename 'my draft.txt' - {letters[0]} {letters[1]} …)"
        in flat(stderr)
    )
    listing = tmp_path / "list"
    listing.write_text(letters[0] + "\n", encoding="utf-8")
    _, _, stderr = run("validate", "--stdin-filename", "x", "--files-from", str(listing))
    assert (
        flat(stderr)
        .rstrip()
        .endswith("to read standard input as x, add - (replyparse validate --stdin-filename x -)")
    )


def test_extract_advice_keeps_the_output(tmp_path: Path) -> None:
    (letter,) = write_letters(tmp_path, ["a.txt"])
    db = tmp_path / "a.db"
    _, _, stderr = run("extract", "--stdin-name", "2021/x", str(letter), "-o", str(db))
    assert f"(replyparse extract --stdin-name 2021/x - {letter} -o {db})" in flat(stderr)


def test_with_standard_input_it_names_the_letter() -> None:
    # must not match: the editor's call, and the default without the option
    code, stdout, _ = run("validate", "--stdin-filename", "draft.txt", "-", stdin=TIDY)
    assert code == 0
    assert stdout.startswith("1 letter,")
    code, stdout, _ = run("validate", "-", stdin=TIDY.replace("王某代表：", "王某代表:"))
    assert stdout.startswith("-:")
