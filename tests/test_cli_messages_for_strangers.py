"""Messages a first-time user meets, each naming the path and the reason in words that
say what to do:

- ``-o NAME`` naming a file where a folder is wanted (a name with no suffix, or one
  ending in ``/``, or ``--format csv``) said only ``NAME is not a folder``: now it says
  why a folder is wanted and what to name instead;
- ``render FOLDER`` said ``no such file: FOLDER`` of a folder that is there: now it says
  that render takes one file, and how a folder's reports are made;
- a file of no letter format named on the command line (``scan.jpg``: tried, whatever
  its name) failed as ``not a text file …`` alone: now the reason adds that its suffix
  is no letter format, and which suffixes are.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import flat, run, write_letters
from summary import summary_count


@pytest.mark.parametrize(
    ("args", "said"),
    [
        pytest.param(
            [],
            "is a file, not a folder, and a name with no suffix is an output folder (one "
            "record per letter): name a new folder, or a .jsonl, .db or .json file",
            id="no-suffix",
        ),
        pytest.param(
            ["--format", "docx"],
            "is a file, not a folder, and a name with no suffix is an output folder (one "
            "report per letter): name a new folder, or a .docx file for one letter's report",
            id="reports",
        ),
        pytest.param(
            ["--format", "csv"],
            "is a file, not a folder, and --format csv writes a folder of tables: name a new folder",
            id="csv",
        ),
    ],
)
def test_an_output_folder_named_as_a_file_says_why(
    tmp_path: Path, args: list[str], said: str
) -> None:
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    (tmp_path / "taken").write_text("someone's notes\n", encoding="utf-8")
    code, stdout, stderr = run(
        "extract", str(tmp_path / "in"), "-o", str(tmp_path / "taken"), *args
    )
    assert (code, stdout) == (2, "")
    assert f"{tmp_path / 'taken'} {said}" in flat(stderr)
    assert (tmp_path / "taken").read_text(encoding="utf-8") == "someone's notes\n"


def test_a_new_folder_name_is_taken(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(tmp_path / "fresh"))
    assert code == 0, stderr
    assert sorted(p.name for p in (tmp_path / "fresh").glob("*.json")) == ["a.json", "b.json"]


def test_render_of_a_folder_says_it_takes_one_file(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", ["a.txt"])
    code, _, stderr = run("render", str(tmp_path / "in"), "-o", str(tmp_path / "x.docx"))
    assert code == 2
    text = flat(stderr)
    assert f"{tmp_path / 'in'} is a folder: render takes one record or letter file" in text
    assert "--format docx -o reports/" in text
    assert "no such file" not in text


def test_render_of_a_missing_file_still_says_so(tmp_path: Path) -> None:
    code, _, stderr = run("render", str(tmp_path / "gone.txt"), "-o", str(tmp_path / "x.docx"))
    assert code == 2 and f"no such file: {tmp_path / 'gone.txt'}" in flat(stderr)


@pytest.mark.parametrize(
    ("words", "said"),
    [
        pytest.param(
            ["render", "甲 乙.txt"],
            "Error: no -o given: name the Word file to write "
            "(replyparse render '甲 乙.txt' -o '甲 乙.docx'), a folder to write '甲 乙.docx' in "
            "(-o reports/), or - for standard output",
            id="out",
        ),
        pytest.param(
            ["render", "-o", "出.docx"],
            "Error: no RECORD_OR_LETTER given: name the record or letter file to typeset "
            "(replyparse render a.txt -o 出.docx)",
            id="letter",
        ),
    ],
)
def test_render_without_what_it_needs_says_what_and_how(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, words: list[str], said: str
) -> None:
    """``render a.txt`` with no ``-o`` got Click's bare ``Missing option '-o' / '--out'.``;
    now it reads as extract's ``Error: no PATH given: …``, with the line to type, under the
    usage line (no ``Invalid value for``: nothing was given to be invalid)."""
    write_letters(tmp_path, ["甲 乙.txt"])
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = run(*words)
    assert (code, stdout) == (2, "")
    assert flat(stderr).endswith(said)
    assert stderr.startswith("Usage: replyparse render [OPTIONS] RECORD_OR_LETTER")
    assert "Missing" not in stderr and "Invalid value" not in stderr


def test_render_of_standard_input_says_it_reads_a_file(tmp_path: Path) -> None:
    """``render -`` said ``no such file: -``, as if a file were missing."""
    letter = write_letters(tmp_path / "in", ["a.txt"])[0].read_bytes()
    code, _, stderr = run("render", "-", "-o", str(tmp_path / "x.docx"), stdin=letter)
    assert code == 2
    assert (
        "Invalid value for RECORD_OR_LETTER: render reads one record or letter file, not "
        "standard input (-): save it to a file and name that (a file called - is ./-)"
    ) in flat(stderr)
    assert not (tmp_path / "x.docx").exists()


def test_a_named_file_of_no_letter_format_says_so(tmp_path: Path) -> None:
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    code, _, stderr = run("extract", str(scan))
    assert code == 1
    text = flat(stderr)
    assert f"error: {scan}: a JPEG image, no text: pictures are not read" in text
    assert "; .jpg is no letter format (letters: .txt .docx .pdf" in text


def test_a_letter_suffix_gets_no_such_hint(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    code, _, stderr = run("extract", str(broken))
    assert code == 1
    assert "a JPEG image, no text" in stderr and "no letter format" not in stderr


@pytest.mark.parametrize("command", ["extract", "validate", "render"])
def test_a_file_named_with_a_leading_dash_gets_the_two_ways_to_name_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """``-x.txt`` unquoted is read as options: the bare ``No such option: -x`` said nothing
    of the file. The message now names it, with ``./-x.txt`` and ``--``, which both work;
    the line with ``--`` is the whole line given, its options kept (it dropped ``-o
    x.docx``: render's then had no output, and extract's would write elsewhere)."""
    write_letters(tmp_path, ["-x.txt"])
    monkeypatch.chdir(tmp_path)
    more = ["-o", "x.docx"] if command == "render" else ["--out=made.jsonl"]
    if command == "validate":
        more = ["--format=json"]
    code, stdout, stderr = run(command, "-x.txt", *more)
    assert (code, stdout) == (2, "")
    assert (
        f"No such option: -x; to name the file -x.txt, write ./-x.txt, or put -- before it "
        f"(after the options): replyparse {command} {' '.join(more)} -- -x.txt"
    ) in flat(stderr)
    code, _, stderr = run(command, *more, "./-x.txt")
    assert code == 0, stderr
    code, stdout, stderr = run(command, *more, "--", "-x.txt")  # the line the message gives
    assert code == 0, stderr
    if command == "extract":
        assert stdout == ""
        assert (tmp_path / "made.jsonl").is_file()


JOINED = {
    "output typo": (
        ["-out.jsonl"],
        "Invalid value for '-o' / '--out': -out.jsonl is read as -o ut.jsonl (an option "
        "joined to its value): write -o out.jsonl for the output out.jsonl, or ./-out.jsonl "
        "to read -out.jsonl (-o ut.jsonl, with a space, if that is meant)",
    ),
    "output folder typo": (
        ["-out/"],
        "-out/ is read as -o ut/ (an option joined to its value): write -o out/ for the output "
        "out/, or ./-out/ to read -out/ (-o ut/, with a space, if that is meant)",
    ),
    "long name, one dash": (
        ["-out", "all.jsonl"],
        "-out is read as -o ut (an option joined to its value): write --out (two dashes) or -o",
    ),
    "long name with =, one dash": (
        ["-format=jsonl"],
        "Invalid value for '-f' / '--format': -format=jsonl is read as -f ormat=jsonl (an "
        "option joined to its value): write --format=jsonl (two dashes)",
    ),
    "short name with =": (
        ["-o=all.jsonl"],
        "Invalid value for '-o' / '--out': -o=all.jsonl is read as -o =all.jsonl (an option "
        "joined to its value): write -o all.jsonl or --out=all.jsonl",
    ),
    "short name with =, a number": (
        ["-j=2"],
        "Invalid value for '-j' / '--jobs': -j=2 is read as -j =2 (an option joined to its "
        "value): write -j 2 or --jobs=2",
    ),
    "a flag joined in front": (
        ["-qout.jsonl"],
        "Invalid value for '-o' / '--out': -qout.jsonl is read as -q -o ut.jsonl (an option "
        "joined to its value): write -q -o out.jsonl for the output out.jsonl, or "
        "./-qout.jsonl to read -qout.jsonl (-q -o ut.jsonl, with a space, if that is meant)",
    ),
    "a flag joined in front, then =": (
        ["-qo=all.jsonl"],
        "-qo=all.jsonl is read as -q -o =all.jsonl (an option joined to its value): write "
        "-q -o all.jsonl or -q --out=all.jsonl",
    ),
    "a flag joined in front of a long name": (
        ["-qjobs=2"],
        "-qjobs=2 is read as -q -j obs=2 (an option joined to its value): write -q "
        "--jobs=2 (two dashes)",
    ),
    "a file named so": (
        ["-jx.txt"],
        "Invalid value for '-j' / '--jobs': -jx.txt is read as -j x.txt (an option joined to "
        "its value), but -jx.txt is here: write ./-jx.txt to read it, or -j x.txt, with a "
        "space, if that is meant",
    ),
}


@pytest.mark.parametrize(("words", "message"), JOINED.values(), ids=JOINED.keys())
def test_a_word_read_as_an_option_joined_to_its_value_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, words: list[str], message: str
) -> None:
    """``-out.jsonl`` parsed as ``-o ut.jsonl`` and wrote ut.jsonl without a word (and a
    file called so was never read): the dash hint only fires when parsing fails."""
    write_letters(tmp_path, ["a.txt", "-jx.txt"])
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = run("extract", "a.txt", *words)
    assert (code, stdout) == (2, "")
    assert flat(stderr).endswith(message)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["-jx.txt", "a.txt"]


ONE_DASH = {  # another option's long name with one dash: read as short options
    "a flag behind a valued short": (["-force"], "'--force'", "-f orce", "--force"),
    "a flag behind a flag": (["-quiet"], "'--quiet' / '-q'", "-q -u -i -e -t", "--quiet"),
    "no short at all": (["-prune"], "'--prune'", "-p -r -u -n -e", "--prune"),
    "with its value": (
        ["-files-from=list.txt"],
        "'--files-from'",
        "-f iles-from=list.txt",
        "--files-from=list.txt",
    ),
}


@pytest.mark.parametrize(("words", "hint", "read", "fix"), ONE_DASH.values(), ids=ONE_DASH.keys())
def test_a_long_option_with_one_dash_is_refused_naming_it(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    words: list[str],
    hint: str,
    read: str,
    fix: str,
) -> None:
    """``-force`` was refused as ``'orce' is not a format``, ``-quiet`` as ``No such
    option: -u``: neither says that two dashes were meant."""
    write_letters(tmp_path, ["a.txt"])
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = run("extract", "a.txt", *words)
    assert (code, stdout) == (2, "")
    assert flat(stderr).endswith(
        f"Invalid value for {hint}: {words[0]} is read as {read}, not as {fix.split('=')[0]}: "
        f"write {fix} (two dashes)"
    )


@pytest.mark.parametrize(
    "words",
    [
        ["-oall.jsonl"],
        ["-j1", "-o", "all.jsonl"],
        ["--exclude", "-out.txt", "-oall.jsonl"],
        ["-qoall.jsonl"],
        ["-qj1", "-o", "all.jsonl"],
    ],
)
def test_an_option_joined_to_its_value_is_read_as_joined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, words: list[str]
) -> None:
    """A joined value that spells no long name and names no file here is the option's."""
    write_letters(tmp_path, ["a.txt"])
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run("extract", "a.txt", "-q", *words)
    assert code == 0, stderr
    assert (tmp_path / "all.jsonl").is_file()


def test_a_dash_name_the_shell_splits_is_given_back_quoted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The two ways to name ``-my letter.txt`` were written bare (``./-my letter.txt``),
    two words to a shell: now quoted as every other name a message gives back."""
    write_letters(tmp_path, ["-my letter.txt"])
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run("validate", "-my letter.txt")
    assert code == 2
    assert (
        "to name the file '-my letter.txt', write './-my letter.txt', or put -- before it "
        "(after the options): replyparse validate -- '-my letter.txt'"
    ) in flat(stderr)


def test_an_unknown_option_or_an_options_value_gets_no_file_hint(tmp_path: Path) -> None:
    """A word read as an option's value (``--stdin-name -a.txt``) is not the cause, and an
    option that is no file (``-z``) gets Click's message alone."""
    assert flat(run("extract", "-z")[2]).endswith("No such option: -z")
    code, _, stderr = run("extract", "--stdin-name", "-a.txt", "-j", "0", "-")
    assert code == 2
    assert "to name the file" not in stderr


GIVEN_TWICE = {  # an option of one value given twice: the parser kept the last unsaid
    "two output folders": (
        ["extract", "a.txt", "-o", "a/", "-o", "b/"],
        "Invalid value for '-o' / '--out': given 2 times (-o a/, then -o b/), but it takes "
        "one value, and only the last would count: give it once",
    ),
    "joined and long with =": (
        ["extract", "a.txt", "-oa/", "--out=b.jsonl"],
        "given 2 times (-o a/, then --out b.jsonl)",
    ),
    "behind a flag, and three times": (
        ["extract", "a.txt", "-qo", "a.jsonl", "--out", "b.jsonl", "-o", "c.jsonl"],
        "given 3 times (-o a.jsonl, then --out b.jsonl, then -o c.jsonl)",
    ),
    "two formats": (
        ["validate", "a.txt", "-f", "json", "--format", "sarif"],
        "Invalid value for '-f' / '--format': given 2 times (-f json, then --format sarif)",
    ),
    "render's output": (
        ["render", "a.txt", "-o", "x.docx", "-o", "y.docx"],
        "given 2 times (-o x.docx, then -o y.docx)",
    ),
}


@pytest.mark.parametrize(("words", "message"), GIVEN_TWICE.values(), ids=GIVEN_TWICE.keys())
def test_an_option_of_one_value_given_twice_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, words: list[str], message: str
) -> None:
    """``-o a/ -o b/`` wrote b/ alone without a word: the user asked for two outputs."""
    write_letters(tmp_path, ["a.txt"])
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = run(*words)
    assert (code, stdout) == (2, "")
    assert message in flat(stderr)
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.parametrize(
    "words",
    [
        ["-o", "all.jsonl", "--out=all.jsonl"],  # the same value: nothing lost
        ["--include", "a*", "--include", "b*", "-o", "all.jsonl"],  # these add up
        ["-q", "-q", "-o", "all.jsonl"],
        ["--stdin-name", "x", "-o", "all.jsonl", "--", "-o"],  # (after --, a path)
    ],
)
def test_options_that_may_repeat_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, words: list[str]
) -> None:
    write_letters(tmp_path, ["a.txt"])
    monkeypatch.chdir(tmp_path)
    if "--" in words:  # a file called -o, and standard input named x
        write_letters(tmp_path, ["-o"])
        words = ["-", *words]
    code, _, stderr = run("extract", "a.txt", *words, stdin=(tmp_path / "a.txt").read_bytes())
    assert code == 0, stderr
    assert (tmp_path / "all.jsonl").is_file()


def test_a_path_given_for_a_command_names_the_commands_that_read_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``replyparse a.txt`` (the command forgotten) said ``No such command 'a.txt'.``"""
    write_letters(tmp_path, ["甲 乙.txt"])
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = run("甲 乙.txt")
    assert (code, stdout) == (2, "")
    assert flat(stderr).endswith(
        "No such command '甲 乙.txt'. '甲 乙.txt' is a path: name a command before it, "
        "replyparse extract '甲 乙.txt' (records) or replyparse validate '甲 乙.txt' (a check)"
    )
    assert flat(run("nosuch")[2]).endswith("No such command 'nosuch'.")  # no path: as it was


def test_a_command_option_before_any_command_says_to_name_the_command_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``replyparse -o x a.txt`` (the command forgotten, an option first) said only
    ``No such option: -o``; now it names the commands taking the option, the line kept."""
    write_letters(tmp_path, ["乙.txt"])
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = run("-o", "得/", "乙.txt")
    assert (code, stdout) == (2, "")
    assert flat(stderr).endswith(
        "No such option: -o; name a command first, then its options: "
        "replyparse extract -o 得/ 乙.txt or replyparse render -o 得/ 乙.txt"
    )
    said = flat(run("--fail-on=error", "乙.txt")[2])  # validate's alone
    assert said.endswith("replyparse validate --fail-on=error 乙.txt")
    assert flat(run("--nosuch", "乙.txt")[2]).endswith("No such option: --nosuch")  # no one's


def test_an_option_before_the_command_it_belongs_to_moves_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``replyparse -o x extract a.txt`` names its command, after the option: the hint
    sets that command first, once, rather than every taker's with the command again."""
    write_letters(tmp_path, ["丙.txt"])
    monkeypatch.chdir(tmp_path)
    said = flat(run("-o", "得/", "extract", "丙.txt")[2])
    assert said.endswith("then its options: replyparse extract -o 得/ 丙.txt")


@pytest.mark.parametrize(
    ("words", "said"),
    [
        pytest.param(
            ["-qo", "得/", "丙.txt"],
            "No such option: -q; name a command first, then its options: "
            "replyparse extract -qo 得/ 丙.txt or replyparse render -qo 得/ 丙.txt",
            id="bundle-no-command",  # (validate takes -q, but no -o)
        ),
        pytest.param(
            ["-qo", "得/", "validate", "丙.txt"],
            "-q goes after the command's name (validate has it), but validate has no -o: "
            "validate writes its findings to standard output: redirect it (replyparse "
            "validate letters/ > findings.txt; --format json or sarif for tools)",
            id="bundle-command-lacks-one",  # (not "No such option: -q": validate has it)
        ),
        pytest.param(
            ["--quiet", "-o", "得/", "validate", "丙.txt"],
            "--quiet goes after the command's name (validate has it), but validate has "
            "no -o: validate writes its findings to standard output: redirect it "
            "(replyparse validate letters/ > findings.txt; --format json or sarif for tools)",
            id="second-option-lacked",
        ),
        pytest.param(
            ["--quiet", "-o", "得/", "丙.txt"],
            "No such option: --quiet; name a command first, then its options: "
            "replyparse extract --quiet -o 得/ 丙.txt or replyparse render --quiet -o 得/ 丙.txt",
            id="second-option-no-command",  # (not validate --quiet -o, which fails too)
        ),
        pytest.param(
            ["-o", "得/", "--fail-on", "error", "丙.txt"],
            "No such option: -o",
            id="no-command-takes-both",  # (no line offered that fails on --fail-on)
        ),
        pytest.param(
            ["--quiet", "--fail-on", "error", "extract", "丙.txt"],
            "--quiet goes after the command's name (extract has it), but extract has no "
            "--fail-on (validate has: replyparse validate --quiet --fail-on error 丙.txt)",
            id="command-lacks-the-second",
        ),
        pytest.param(
            ["--fail-on", "error", "extract", "丙.txt"],
            "No such option: --fail-on; extract has no --fail-on (validate has: "
            "replyparse validate --fail-on error 丙.txt)",
            id="command-lacks-it",
        ),
        pytest.param(
            ["--fail-on=error", "extract", "丙.txt"],
            "extract has no --fail-on (validate has: replyparse validate --fail-on=error 丙.txt)",
            id="command-lacks-it-joined",
        ),
    ],
)
def test_an_option_before_a_command_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, words: list[str], said: str
) -> None:
    """tail57's hint checked only the first of bundled short options (``-qo x a.txt``
    offered ``validate -qo``, and validate has no ``-o``), and a command named that does
    not take the option (``--fail-on x extract``) got the bare ``No such option``."""
    write_letters(tmp_path, ["丙.txt"])
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = run(*words)
    assert (code, stdout) == (2, "")
    assert flat(stderr).endswith(said)
    assert flat(run("--nosuch", "extract", "丙.txt")[2]).endswith("No such option: --nosuch")


@pytest.mark.parametrize(
    ("words", "said"),
    [
        pytest.param(
            ["validate", "a.txt", "-o", "x.json"],
            "No such option: -o; validate writes its findings to standard output",
            id="validate-out",
        ),
        pytest.param(
            ["render", "a.txt", "-o", "x.docx", "--format", "docx"],
            "No such option: --format; render always writes a Word file (.docx)",
            id="render-format",
        ),
    ],
)
def test_an_option_of_another_command_says_how_this_one_does_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, words: list[str], said: str
) -> None:
    write_letters(tmp_path, ["a.txt"])
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run(*words)
    assert code == 2
    assert said in flat(stderr)


def test_a_setting_given_twice_is_overridden_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wrapper's default (``alias rp='replyparse extract -j 4'``) may be overridden
    later on the line, as parsers let it, but no longer unsaid; ``--quiet`` (nothing but
    failure lines, docs/batch.md) silences the note, as a cron job's wrapper asks."""
    write_letters(tmp_path, ["a.txt"])
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run("extract", "a.txt", "-j", "3", "--timeout=60", "--jobs", "1")
    assert code == 0, stderr
    assert "note: -j given 2 times (-j 3, then --jobs 1): the last, 1, is used" in flat(stderr)
    assert "--timeout" not in stderr  # given once
    for quiet in (["-q"], ["--quiet"], ["-qj", "2"]):
        code, _, stderr = run("extract", "a.txt", "-j", "3", *quiet, "--jobs", "1")
        assert (code, stderr) == (0, ""), quiet
    code, stdout, stderr = run("validate", "a.txt", "--fail-on", "error", "-q", "--fail-on=info")
    assert "given 2 times" not in stderr + stdout


@pytest.mark.parametrize(
    "words",
    [
        ["extract", "a.txt", "-o", "a/", "-o", "b/", "--help"],
        ["render", "-h", "a.txt", "-o", "x.docx", "-o", "y.docx"],
        ["extract", "-out.jsonl", "a.txt", "-h"],
    ],
)
def test_help_anywhere_on_a_line_the_refusals_would_stop_is_help(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, words: list[str]
) -> None:
    """``--help`` added to a line to learn what is wrong with it (``-o a/ -o b/``) gave the
    refusal again instead of the help the parser gives on any other line."""
    write_letters(tmp_path, ["a.txt"])
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = run(*words)
    assert (code, stderr) == (0, "")
    assert stdout.startswith(f"Usage: replyparse {words[0]} ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_an_option_after_the_double_dash_is_said_to_be_read_as_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``extract -- -a.txt -o out/`` said only ``no such file or folder: -o``: after
    ``--`` every word is a path, which the message now says."""
    write_letters(tmp_path, ["-a.txt"])
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = run("extract", "--", "-a.txt", "-o", "out/")
    assert (code, stdout) == (2, "")
    assert (
        "no such file or folder: -o (after --, every word is a path: options go before it)"
    ) in flat(stderr)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("out", ["all.jsonl", "tables/"])
def test_an_output_written_whole_claims_no_last_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str
) -> None:
    """A run into a JSON Lines file or CSV tables, written whole each time, said ``0
    unchanged`` and ``unchanged since the last run │ 0``: there is no last run to
    resume there, so neither is said; a folder of records still says both."""
    write_letters(tmp_path / "in", [f"{n}.txt" for n in range(3)])
    monkeypatch.chdir(tmp_path)
    fmt = ["--format", "csv"] if out.endswith("/") else []
    code, _, stderr = run("extract", "in", "-o", out, *fmt)
    assert code == 0, stderr
    assert "unchanged" not in stderr
    assert "3 to parse, 0 skipped" in flat(stderr)
    code, _, stderr = run("extract", "in", "-o", "records/")
    assert code == 0, stderr
    assert "3 to parse, 0 unchanged, 0 skipped" in flat(stderr)
    assert summary_count(stderr, "unchanged since the last run") == 0


VERBOSE = [
    pytest.param(
        ["-v"], "No such option: -v; replyparse -V (a capital) prints the version", id="root"
    ),
    pytest.param(
        ["extract", "-v", "a.txt"],
        "No such option: -v; extract shows its progress and a summary already (-q for errors "
        "only); replyparse -V (a capital) prints the version",
        id="extract",
    ),
    pytest.param(
        ["validate", "--verbose", "a.txt"],
        "No such option: --verbose; validate prints every finding already (-q leaves out the "
        "summary line); replyparse -V (a capital) prints the version",
        id="validate",
    ),
    pytest.param(
        ["render", "-v", "a.txt", "-o", "a.docx"],
        "No such option: -v; render says what it wrote already (-q for errors only); "
        "replyparse -V (a capital) prints the version",
        id="render",
    ),
]


ONE_ANSWER = [
    pytest.param(
        ["extract", "a.txt", "--verbose"],
        "No such option: --verbose; extract shows its progress and a summary already (-q for "
        "errors only); replyparse -V (a capital) prints the version",
        id="verbose",
    ),
    pytest.param(
        ["extract", "a.txt", "--verbos"],
        "No such option: --verbos; extract shows its progress and a summary already (-q for "
        "errors only); replyparse -V (a capital) prints the version",
        id="verbose-misspelt",
    ),
    pytest.param(
        ["extract", "a.txt", "--reusme"],
        "No such option: --reusme; extract has no --resume: into an output folder or a "
        "database, running the same command again resumes",
        id="resume-misspelt",
    ),
    pytest.param(
        ["extract", "a.txt", "--output", "out/"],
        "No such option: --output (did you mean --out?)",
        id="one-guess",
    ),
    pytest.param(["--verison"], "No such option: --verison (did you mean --version?)", id="root"),
]


@pytest.mark.parametrize(("args", "said"), ONE_ANSWER)
def test_a_mistyped_option_gets_one_answer(args: list[str], said: str) -> None:
    """Click's own guess came after ours (``--verbose; extract shows … (Possible options:
    --errors, --overwrite)``), offered ``--errors`` for ``--verbos`` and ``--prune`` for
    ``--reusme``, and said one name as ``(Possible options: --out)``: now a message is
    one answer, ours, or Click's guess in our words."""
    code, stdout, stderr = run(*args)
    assert (code, stdout) == (2, "")
    told = flat(stderr)
    assert f"Error: {said}" in told
    assert "Possible options" not in told
    if "did you mean" not in said:
        assert "did you mean" not in told


@pytest.mark.parametrize(("args", "said"), VERBOSE)
def test_a_verbose_flag_is_answered(args: list[str], said: str) -> None:
    """``-v`` (the version, or more words, in most tools) met only ``No such option:
    -v``: now it says the command says enough already, and that the version is ``-V``."""
    code, stdout, stderr = run(*args)
    assert (code, stdout) == (2, "")
    assert f"Error: {said}" in flat(stderr)


EXTRACT_EXAMPLES = [
    "replyparse extract archive/ -o out/        a JSON record per letter, in out/",
    "replyparse extract archive/ -o all.jsonl   a record per line",
    "replyparse extract archive/ -o archive.db  the analysts' tables (SQLite)",
    "replyparse extract letter.txt              one record on standard output",
]


@pytest.mark.parametrize("line", EXTRACT_EXAMPLES)
def test_extract_help_opens_with_examples_one_a_line(line: str) -> None:
    """A stranger's first ``extract -h`` shows the commands to type, each on its own line
    (before, the help began with prose and had no command to copy)."""
    code, stdout, _ = run("extract", "--help")
    assert code == 0
    assert f"\n  {line}\n" in stdout
