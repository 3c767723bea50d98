"""``validate --stdin-filename NAME`` without ``-`` among the paths is a usage error, as
``extract --stdin-name`` without ``-`` is: the name was for no letter, and was silently
unused (``validate --stdin-filename draft.txt letters/`` checked the folder, and a user
who meant to pipe a draft in saw no sign of it)."""

from __future__ import annotations

from pathlib import Path

from helpers import TIDY, flat, run, write_letters
from replyparse.batch.options import stdin_name_alone


def test_a_name_for_no_standard_input_is_refused(tmp_path: Path) -> None:
    (letter,) = write_letters(tmp_path, ["a.txt"])
    code, stdout, stderr = run("validate", "--stdin-filename", "draft.txt", str(letter))
    assert (code, stdout) == (2, "")
    assert (
        "Invalid value for '--stdin-filename': --stdin-filename draft.txt names the letter "
        "read from standard input, but no - is among the paths: to read standard input as "
        f"draft.txt, add - (replyparse validate --stdin-filename draft.txt {letter} -); "
        f"to read {letter} alone, leave --stdin-filename out"
    ) in flat(stderr)


def test_the_advice_quotes_what_the_shell_would_split(tmp_path: Path) -> None:
    """A name with a space is written as the shell needs it, and a long run of paths is
    cut."""
    letters = [str(p) for p in write_letters(tmp_path, ["a.txt", "b.txt", "c.txt", "d.txt"])]
    _, _, stderr = run("validate", "--stdin-filename", "my draft.txt", *letters, "-j", "2")
    assert (
        f"(replyparse validate --stdin-filename 'my draft.txt' {letters[0]} {letters[1]} … -j 2 -)"
    ) in flat(stderr)


def test_the_advice_keeps_every_option_given(tmp_path: Path) -> None:
    """The command line is written back as given, ``-`` added: a --files-from list (the
    advice once left it out, and following it checked standard input alone), a format."""
    (letter,) = write_letters(tmp_path, ["a.txt"])
    listing = tmp_path / "list"
    listing.write_text(f"{letter}\n", encoding="utf-8")
    _, _, stderr = run(
        "validate", "--stdin-filename", "x", "--files-from", str(listing), "--format", "json"
    )
    assert (
        flat(stderr)
        .rstrip()
        .endswith(
            "to read standard input as x, add - (replyparse validate --stdin-filename x "
            f"--files-from {listing} --format json -)"
        )
    )
    out = tmp_path / "OUT"
    _, _, stderr = run(
        "extract", "--stdin-name", "x", "--files-from", str(listing), "-o", str(out),
        "--format", "docx",
    )  # fmt: skip
    assert (
        f"(replyparse extract --stdin-name x --files-from {listing} -o {out} --format docx -)"
    ) in flat(stderr)


def test_extract_advice_keeps_the_output(tmp_path: Path) -> None:
    (letter,) = write_letters(tmp_path, ["a.txt"])
    db = tmp_path / "a.db"
    _, _, stderr = run("extract", "--stdin-name", "2021/x", str(letter), "-o", str(db))
    assert f"(replyparse extract --stdin-name 2021/x {letter} -o {db} -)" in flat(stderr)


def test_from_python_the_advice_is_made_of_the_options() -> None:
    # no command line to write back: the name, -, the paths and the output
    problem = stdin_name_alone("extract", "my x", ["a.txt", "b c.txt"], "out.db")
    assert problem.render(lambda _: "--stdin-name").endswith(
        "add - (replyparse extract --stdin-name 'my x' - a.txt 'b c.txt' -o out.db); "
        "to read a.txt 'b c.txt' alone, leave --stdin-name out"
    )


def test_the_advice_leaves_names_of_chinese_characters_bare() -> None:
    """Quoted as the other messages quote paths (:func:`replyparse.paths.said`): a name
    the shell reads back as one word is written as it is (every name that was not ASCII
    was put in quotes), one it cannot is escaped (a newline split the advice in two)."""
    problem = stdin_name_alone(
        "extract", "某局答复.txt", ["某县/复函.txt", "甲\n乙.txt"], "档案.db"
    )
    assert problem.render(lambda _: "--stdin-name").endswith(
        "add - (replyparse extract --stdin-name 某局答复.txt - 某县/复函.txt $'甲\\n乙.txt' "
        "-o 档案.db); to read 某县/复函.txt $'甲\\n乙.txt' alone, leave --stdin-name out"
    )


def test_with_standard_input_it_names_the_letter() -> None:
    # must not match: the editor's call, and the default without the option
    code, stdout, _ = run("validate", "--stdin-filename", "draft.txt", "-", stdin=TIDY)
    assert code == 0
    assert stdout.startswith("1 letter,")
    code, stdout, _ = run("validate", "-", stdin=TIDY.replace("王某代表：", "王某代表:"))
    assert stdout.startswith("-:")


def test_with_the_list_on_standard_input_the_advice_is_to_leave_the_name_out(
    tmp_path: Path,
) -> None:
    """Standard input holding the list (--files-from -) cannot hold a letter too: the
    advice once said to add - (a command refused in turn), now to leave the name out."""
    (letter,) = write_letters(tmp_path, ["a.txt"])
    for command, option in [("validate", "--stdin-filename"), ("extract", "--stdin-name")]:
        code, _, stderr = run(command, option, "x", "--files-from", "-", stdin=f"{letter}\n")
        assert code == 2
        told = flat(stderr)
        assert (
            f"{option} x names the letter read from standard input, but standard input holds "
            f"the list of paths here (--files-from -), not a letter: leave {option} out"
        ) in told
        assert "add -" not in told


def test_the_name_reports_the_letter_and_its_content_is_what_is_read() -> None:
    """``pdftotext a.pdf - | replyparse validate - --stdin-filename a.pdf``: the name is the
    report's, not the reader's, as ``extract --stdin-name``'s is. Read under it, the text
    failed as ``not a .pdf file``."""
    for name in ["复函.pdf", "答复.docx"]:
        flawed = TIDY.replace("王某代表：", "王某代表:")
        code, stdout, stderr = run("validate", "--stdin-filename", name, "-", stdin=flawed)
        assert "not a ." not in stderr + stdout, stderr
        assert stdout.startswith(f"{name}:"), stdout
        assert code == 1, stderr
