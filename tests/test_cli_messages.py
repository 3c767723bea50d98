"""What the command line tells a new user: help placeholders, plain option errors, the
closing summary (where the output went, what a stopped run left), deleted letters and
``--prune``, hints at a terminal. Through the real CLI, messages and exit codes exact.
"""

from __future__ import annotations

import json
import os
import pty
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from helpers import flat, run, write_letters
from replyparse.paths import said
from replyparse.writers import TMP_PREFIX
from summary import summary_count

# --- help reads as a person writes it ----------------------------------------------

ARGUMENTS = {
    "extract": "[PATH...]",
    "validate": "[PATH...]",  # (or --files-from)
    "render": "RECORD_OR_LETTER",
    "rules": "[CODE]",
}
"""How each command's usage line names its arguments."""


@pytest.mark.parametrize(("command", "arguments"), ARGUMENTS.items(), ids=list(ARGUMENTS))
def test_help_placeholders_read_well(command: str, arguments: str) -> None:
    code, stdout, _ = run(command, "--help")
    assert code == 0
    assert stdout.startswith(f"Usage: replyparse {command} [OPTIONS] {arguments}\n")
    for library_words in ("<str>", "<list[str]>", "<int range>", "...]...", "{PATH", "x>="):
        assert library_words not in stdout, library_words


@pytest.mark.parametrize("command", ["extract", "validate"])
def test_help_says_how_many_workers_start(command: str) -> None:
    """-j: at most one worker per FILES_PER_WORKER files to do (not "one starts per 8
    files", read as a worker taking 8 files), the number the planner uses."""
    from replyparse.batch.plan import FILES_PER_WORKER

    _, stdout, _ = run(command, "--help")
    assert f"at most one per {FILES_PER_WORKER} files to do" in " ".join(stdout.split())


WORKERS_SAID = {
    "fewer than asked": (["-j", "2"], "1 worker (of -j 2: at most one per {per} files to parse)"),
    "as many as asked": (["-j", "1"], "1 worker"),
    "none asked": ([], "1 worker"),
}
"""-j as given on two letters, and what the start line says of the workers."""


@pytest.mark.parametrize(("jobs", "said_of_workers"), WORKERS_SAID.values(), ids=list(WORKERS_SAID))
def test_fewer_workers_than_asked_say_why(
    tmp_path: Path, jobs: list[str], said_of_workers: str
) -> None:
    """``-j 2`` on two letters starts one worker: the start line says why, or -j reads as
    an option ignored; without -j, or with as many as asked, nothing more is said."""
    from replyparse.batch.plan import FILES_PER_WORKER

    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"), *jobs)
    assert code == 0
    assert stderr.startswith(
        "replyparse: 2 files found: 2 to parse, 0 unchanged, 0 skipped; "
        f"{said_of_workers.format(per=FILES_PER_WORKER)}\n"
    )


def test_extract_help_names_every_output_suffix() -> None:
    """-o x.sqlite3 writes a database: the help that lists the suffixes says so too."""
    from replyparse.batch.options import SUFFIX_FORMATS

    _, stdout, _ = run("extract", "--help")
    formats = " ".join(stdout.split()).split("--format FORMAT", 1)[1].split("--errors", 1)[0]
    for suffix in SUFFIX_FORMATS:
        assert f"{suffix}," in formats or f"{suffix})" in formats, suffix


OPTION_ERRORS = [
    pytest.param(
        ["validate", "x.txt", "--format", "xml"],
        "Invalid value for '-f' / '--format': 'xml' is not a format validate writes: give text, "
        "json, github or sarif",
        id="validate-format",
    ),
    pytest.param(
        ["validate", "x.txt", "--fail-on", "fatal"],
        "Invalid value for '--fail-on': 'fatal' is not a severity: give error, warning, info or none",
        id="fail-on",
    ),
    pytest.param(
        ["validate", "x.txt", "--fail-on", "warnig"],
        "Invalid value for '--fail-on': 'warnig' is not a severity (did you mean warning?): give "
        "error, warning, info or none",
        id="fail-on-typo",
    ),
    pytest.param(
        ["validate", "x.txt", "--fail-on", "err"],
        "Invalid value for '--fail-on': 'err' is not a severity (did you mean error?): give "
        "error, warning, info or none",
        id="fail-on-begun",
    ),
    pytest.param(
        ["validate", "x.txt", "-f", "sairf"],
        "Invalid value for '-f' / '--format': 'sairf' is not a format validate writes (did you "
        "mean sarif?): give text, json, github or sarif",
        id="validate-format-typo",
    ),
    pytest.param(
        ["extract", "x.txt", "--format", "sqlit"],
        "Invalid value for '-f' / '--format': 'sqlit' is not a format extract writes (did you "
        "mean sqlite?): give json, jsonl, sqlite, csv or docx",
        id="extract-format-typo",
    ),
    *[
        pytest.param(
            ["extract", "x.txt", "-f", typed],
            f"Invalid value for '-f' / '--format': '{typed}' is not a format extract writes "
            f"(did you mean {meant}?{more}): give json, jsonl, sqlite, csv or docx",
            id=f"extract-format-{typed}",
        )
        # names given by another habit, no misspelling of the value meant (cli72)
        for typed, meant, more in [
            ("db", "sqlite", ""),
            ("sqlite3", "sqlite", ""),
            ("ndjson", "jsonl", ""),
            ("xlsx", "csv", " Excel opens the CSV tables"),
            ("word", "docx", ""),
        ]
    ],
    pytest.param(
        ["validate", "x.txt", "-f", "db"],  # (no sqlite to offer: validate writes none)
        "Invalid value for '-f' / '--format': 'db' is not a format validate writes: give "
        "text, json, github or sarif",
        id="validate-format-db",
    ),
    pytest.param(
        ["extract", "x.txt", "--format", "js"],  # (json or jsonl: neither offered)
        "Invalid value for '-f' / '--format': 'js' is not a format extract writes: give json, "
        "jsonl, sqlite, csv or docx",
        id="extract-format-two-near",
    ),
    pytest.param(
        ["rules", "--format", "jsno"],
        "Invalid value for '-f' / '--format': 'jsno' is not a format rules writes (did you mean "
        "json?): give text or json",
        id="rules-format-typo",
    ),
    pytest.param(
        ["validate", "x.txt", "-j", "two"],
        "Invalid value for '-j' / '--jobs': 'two' is not a number of workers: give a whole "
        "number from 1 up",
        id="jobs-word",
    ),
    pytest.param(
        ["rules", "--format", "yaml"],
        "Invalid value for '-f' / '--format': 'yaml' is not a format rules writes: give text or json",
        id="rules-format",
    ),
]


@pytest.mark.parametrize(("args", "message"), OPTION_ERRORS)
def test_option_errors_are_plain_words(args: list[str], message: str) -> None:
    code, stdout, stderr = run(*args)
    assert (code, stdout) == (2, "")
    assert stderr.endswith(f"Error: {message}\n")
    assert "Value error" not in stderr and "Input should" not in stderr


# --- the closing summary -------------------------------------------------------------


def test_one_letter_to_a_file_gets_one_line(tmp_path: Path) -> None:
    (letter,) = write_letters(tmp_path, ["a.txt"])
    out = tmp_path / "a.json"
    code, stdout, stderr = run("extract", str(letter), "-o", str(out))
    assert (code, stdout) == (0, "")
    assert stderr.startswith(f"replyparse: 1 letter parsed, written to {out} (")
    assert stderr.count("\n") == 1


def test_a_rerun_with_nothing_to_do_says_so(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    out = tmp_path / "out"
    assert run("extract", str(tmp_path / "in"), "-o", f"{out}/", "-q")[0] == 0
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", f"{out}/")
    assert code == 0
    assert stderr == (
        f"replyparse: nothing to do: 2 files unchanged since the last run, in {out}/ "
        "(--force parses them again)\n"
    )


def test_a_stopped_forced_run_says_to_rerun_without_force(tmp_path: Path) -> None:
    """A --force run stopped early (--fail-fast here, Ctrl-C or a full disk alike) keeps
    what it did in its folder, but the same command, --force and all, would parse every
    file again: the summary says to rerun without it."""
    write_letters(tmp_path / "in", ["a.txt", "c.txt"])
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    out = tmp_path / "out"
    command = ["extract", str(tmp_path / "in"), "-o", f"{out}/", "-j", "1"]
    code, _, stderr = run(*command, "--force", "--fail-fast")
    assert code == 1
    assert summary_count(stderr, "not done (rerun to finish)") == 1
    assert (
        f"{out}/ keeps what is done: rerun the command without --force to finish (with it, "
        "every file is parsed again)\n"
    ) in stderr
    assert "rerun the same command" not in stderr
    code, _, stderr = run(*command)  # as it says: a.txt is not parsed again
    assert code == 1
    assert "1 to parse" not in stderr and "2 to parse, 1 unchanged" in stderr


def test_quiet_ctrl_c_of_a_forced_run_says_to_rerun_without_force(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from replyparse.progress import BatchStats, QuietReporter

    stats = BatchStats(seen=9, to_do=9, parsed=4, interrupted=True, forced=True, output="out/")
    QuietReporter().finish(stats)
    assert capsys.readouterr().err == (
        "replyparse: interrupted (Ctrl-C), 5 of 9 files to parse not done: out/ keeps what "
        "is done: rerun the command without --force to finish (with it, every file is "
        "parsed again)\n"
    )


def test_ctrl_c_during_the_last_file_into_a_folder_says_nothing_is_left(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A stop that came as the last file was parsed into an output folder: "rerun the
    same command to finish" sent the user to a rerun with nothing to do; "0 of 1 file to
    parse not done" before the note that says so said nothing (cli76)."""
    from replyparse.progress import BatchStats, QuietReporter

    stats = BatchStats(seen=1, to_do=1, parsed=1, interrupted=True, output="out/")
    QuietReporter().finish(stats)
    assert capsys.readouterr().err == (
        "replyparse: interrupted (Ctrl-C): out/ keeps what is "
        "done, and nothing is left undone: the run was stopped while its last file was "
        "parsed\n"
    )


@pytest.mark.parametrize(("parsed", "row"), [(5, None), (3, "not done (rerun to finish) 2")])
def test_the_summary_of_a_stop_counts_what_is_not_done_only_when_some_is(
    capsys: pytest.CaptureFixture[str], parsed: int, row: str | None
) -> None:
    """A stop as the last files were parsed showed ``not done (rerun to finish) 0`` over
    the note saying nothing is left undone: a row that said nothing, and sent the user to
    a rerun with nothing to do (cli76)."""
    from replyparse.progress import BatchStats, PlainReporter

    stats = BatchStats(seen=5, to_do=5, parsed=parsed, interrupted=True, output="out/")
    PlainReporter().finish(stats)
    table = flat(capsys.readouterr().err)
    assert f"parsed {parsed}" in table
    if row is None:
        assert "not done" not in table and "nothing is left undone" in table
    else:
        assert row in table and "rerun the same command to finish" in table


LAST_LETTERS = {
    "one letter": (
        {"seen": 1, "to_do": 1, "parsed": 1, "output": "a.json"},
        "a.json was not written: the run was stopped while its last file was parsed",
    ),
    "the last of several, one failed, a file from before": (
        {
            "seen": 3,
            "to_do": 3,
            "parsed": 2,
            "failed": 1,
            "output": "all.jsonl",
            "left_as_was": True,
        },
        "all.jsonl was not written: what is there is left as it "
        "was before this run, not this run's records; the run was stopped while its last files "
        "were parsed",
    ),
}
"""Runs into a file written whole at the end stopped as their last files were parsed."""


@pytest.mark.parametrize(("counts", "said_first"), LAST_LETTERS.values(), ids=list(LAST_LETTERS))
def test_ctrl_c_during_the_last_letters_says_why_the_file_is_not_written(
    capsys: pytest.CaptureFixture[str], counts: dict[str, Any], said_first: str
) -> None:
    """Ctrl-C during the only letter of ``-o a.json``: the letter is finished, ``a.json``
    is not written (Ctrl-C means stop, whenever it comes: docs/batch.md), and the summary
    says why, rather than "parsed 1, not done 0" and the advice to resume."""
    from replyparse.progress import BatchStats, QuietReporter

    QuietReporter().finish(BatchStats(interrupted=True, kept="whole", **counts))
    assert capsys.readouterr().err == (
        f"replyparse: interrupted (Ctrl-C): {said_first}, and a stopped run does not write a "
        "file written whole at the end: rerun the same command to write it\n"
    )


def test_a_stopped_jsonl_run_says_the_file_was_not_written(tmp_path: Path) -> None:
    """--fail-fast stops the run as Ctrl-C does: a JSON Lines file is written whole at the
    end, so it is not there, and the summary says a rerun starts over."""
    write_letters(tmp_path / "in", ["a.txt", "c.txt"])
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    out = tmp_path / "all.jsonl"
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(out), "--fail-fast", "-j", "1")
    assert code == 1
    assert not out.exists()
    assert "not done (rerun to finish)" not in stderr
    assert summary_count(stderr, "not done") == 1
    assert stderr.endswith(
        f"{out} was not written: it is written whole at the end of a run, so a rerun starts "
        "over (an output folder, -o DIR/, or a database, -o FILE.db, keeps what is done and "
        "resumes)\n"
        f"failures listed in {tmp_path / 'all.errors.jsonl'}\n"
    )


ERRORS_FILES = {
    "folder": ("out/", "out/errors.jsonl"),
    "database": ("archive.db", "archive.errors.jsonl"),
    "jsonl": ("all.jsonl", "all.errors.jsonl"),
    "named": ("out/ --errors failed.jsonl", "failed.jsonl"),
}
"""Each kind of output, and where its failures are listed."""


@pytest.mark.parametrize(("out", "listed"), ERRORS_FILES.values(), ids=list(ERRORS_FILES))
def test_the_summary_names_the_file_that_lists_the_failures(
    tmp_path: Path, out: str, listed: str
) -> None:
    """A run with failures says where they are listed: errors.jsonl in a folder, but
    NAME.errors.jsonl beside a database or a JSON Lines file, or --errors FILE."""
    write_letters(tmp_path / "in", ["a.txt", "c.txt"])
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    target, *more = out.split()
    args = [str(tmp_path / target), *more[:1], *(str(tmp_path / m) for m in more[1:])]
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", *args)
    assert code == 1
    assert (tmp_path / listed).is_file()
    assert stderr.endswith(f"failures listed in {tmp_path / listed}\n"), stderr


def test_a_run_without_failures_names_no_errors_file(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", f"{tmp_path}/out/")
    assert code == 0
    assert "failures listed" not in stderr
    assert stderr.endswith(f"output: {tmp_path}/out/\n")


@pytest.mark.slow
def test_ctrl_c_on_a_jsonl_run_says_the_file_was_not_written(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", [f"{i:03d}.txt" for i in range(300)])
    out = tmp_path / "all.jsonl"
    log = tmp_path / "log"
    command = [sys.executable, "-m", "replyparse", "extract", str(tmp_path / "in"), "-o", str(out)]
    with log.open("wb") as fh:
        proc = subprocess.Popen([*command, "-j", "1"], stdout=subprocess.DEVNULL, stderr=fh)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:  # records are going out
        if any(p.stat().st_size > 0 for p in tmp_path.glob(f"{TMP_PREFIX}*")):
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=60)
    stderr = log.read_text(encoding="utf-8")
    assert proc.returncode == 130, stderr
    assert "replyparse extract: interrupted" in stderr
    assert summary_count(stderr, "not done") > 0
    assert f"{out} was not written: it is written whole at the end of a run" in stderr
    assert not out.exists()


@pytest.mark.slow
def test_ctrl_c_under_quiet_still_says_how_to_finish(tmp_path: Path) -> None:
    """--quiet leaves out progress and the summary, but not the answer to the user's
    own Ctrl-C: that it was heard, and at the end what the output keeps and what to do."""
    write_letters(tmp_path / "in", [f"{i:03d}.txt" for i in range(300)])
    out = tmp_path / "out"
    log = tmp_path / "log"
    command = [sys.executable, "-m", "replyparse", "extract", str(tmp_path / "in"), "-o", str(out)]
    with log.open("wb") as fh:
        proc = subprocess.Popen([*command, "-j", "1", "-q"], stdout=subprocess.DEVNULL, stderr=fh)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:  # records are going out
        if len(list(out.glob("*.json"))) >= 5:
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=60)
    lines = log.read_text(encoding="utf-8").splitlines()
    assert proc.returncode == 130, lines
    assert lines[0].startswith("note: stopping (Ctrl-C): no new file is started")
    done = len(list(out.glob("*.json")))
    assert lines[1:] == [
        f"replyparse: interrupted (Ctrl-C), {300 - done} of 300 files to parse not done: "
        f"{out} keeps what is done: rerun the same command to finish"
    ]


# --- letters deleted from the archive ------------------------------------------------


@pytest.mark.parametrize("kind", ["folder", "database"])
def test_outputs_of_deleted_letters_are_reported_and_pruned(tmp_path: Path, kind: str) -> None:
    made = write_letters(tmp_path / "in", ["a.txt", "b.txt", "c.txt"])
    out = tmp_path / ("out/" if kind == "folder" else "archive.db")
    target = f"{out}/" if kind == "folder" else str(out)
    assert run("extract", str(tmp_path / "in"), "-o", target, "-q")[0] == 0
    made[1].unlink()

    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", target)
    assert code == 0
    assert summary_count(stderr, "outputs whose source is gone") == 1
    gone = said(os.path.realpath(made[1]))
    assert f"1 output in {target} whose source is gone ({gone}): --prune removes it\n" in stderr
    assert _names(out, kind) == ["a", "b", "c"]  # reported, not removed

    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", target, "--prune")
    assert code == 0
    assert summary_count(stderr, "pruned (source gone)") == 1
    assert "whose source is gone" not in stderr
    assert f"pruned 1 output (its source gone): {gone}\n" in stderr
    assert _names(out, kind) == ["a", "c"]
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", target)
    assert stderr.startswith("replyparse: nothing to do: 2 files unchanged")


def test_the_sources_gone_are_named_as_typed_and_counted_past_three(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Which records have lost their letter was said by a count alone (``4 outputs in
    out/ whose source is gone``), and so was what ``--prune`` deleted: a user had to read
    the manifest to learn which. Now the first three are named, as typed from the current
    folder, and the rest counted."""
    monkeypatch.chdir(tmp_path)
    names = ["in/a.txt", "in/2021/b.txt", "in/2021/c.txt", "in/d.txt", "in/e.txt"]
    made = write_letters(tmp_path, names)
    assert run("extract", "in", "-o", "out/", "-q", "--no-keywords")[0] == 0
    for path in made[:4]:
        path.unlink()
    code, _, stderr = run("extract", "in", "-o", "out/", "--no-keywords")
    assert code == 0
    note = stderr.split("4 outputs in out/ whose source is gone (")[1].split("\n")[0]
    named, rest = note.split(" and ")
    assert rest == "1 more): --prune removes them"
    assert len(set(named.split(", ")) & set(names[:4])) == 3  # (the manifest's order)
    code, _, stderr = run("extract", "in", "-o", "out/", "--prune", "--no-keywords")
    assert code == 0
    note = stderr.split("pruned 4 outputs (their sources gone): ")[1].split("\n")[0]
    named, rest = note.split(" and ")
    assert rest == "1 more" and len(set(named.split(", ")) & set(names[:4])) == 3
    assert sorted(p.relative_to("out").as_posix() for p in Path("out").rglob("*.json")) == [
        "e.json"
    ]


def _names(out: Path, kind: str) -> list[str]:
    """The letters an output holds, and (checked to agree) its manifest's."""
    if kind == "folder":
        records = sorted(p.stem for p in out.glob("*.json"))
        lines = (out / ".replyparse-manifest.jsonl").read_text(encoding="utf-8").splitlines()
        listed = sorted(Path(json.loads(line)["source"]).stem for line in lines)
    else:
        with sqlite3.connect(out) as db:
            records = sorted(r[0] for r in db.execute("SELECT name FROM letters"))
            listed = sorted(Path(r[0]).stem for r in db.execute("SELECT source FROM files"))
    assert records == listed
    return records


def test_prune_leaves_an_output_another_file_now_makes(tmp_path: Path) -> None:
    """b.txt renamed b.TXT: its old record's name is the new file's, so the record is not
    reported gone nor removed, and the new file is parsed into it."""
    made = write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    out = tmp_path / "out"
    assert run("extract", str(tmp_path / "in"), "-o", f"{out}/", "-q")[0] == 0
    made[1].rename(tmp_path / "in" / "b.TXT")
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", f"{out}/", "--prune")
    assert code == 0
    assert "pruned" not in stderr and "source is gone" not in stderr
    assert sorted(p.name for p in out.glob("*.json")) == ["a.json", "b.json"]


# --- hints at a terminal ---------------------------------------------------------------


def _at_a_terminal(args: list[str], stdin_text: bytes) -> tuple[int, bytes]:
    """The CLI with a pseudo-terminal as standard input; what it wrote to stderr."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "replyparse", *args],
        stdin=follower,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(follower)
    time.sleep(0.5)
    os.write(leader, stdin_text + b"\x04")  # then Ctrl-D, as a person ends the input
    _, stderr = proc.communicate(timeout=60)
    os.close(leader)
    return proc.returncode, stderr


def test_reading_a_letter_from_the_terminal_prints_a_hint() -> None:
    code, stderr = _at_a_terminal(["validate", "-", "-q"], b"hello\n")
    first = stderr.decode().splitlines()[0]
    assert first == (
        "replyparse: reading the letter from standard input: type or paste it, then "
        "Ctrl-D (Ctrl-Z Enter on Windows); Ctrl-C to cancel"
    )
    assert code in (0, 1)  # "hello" is not a letter: that is validate's business


def test_reading_a_list_from_the_terminal_prints_a_hint(tmp_path: Path) -> None:
    (letter,) = write_letters(tmp_path, ["a.txt"])
    out = tmp_path / "out"
    code, stderr = _at_a_terminal(
        ["extract", "--files-from", "-", "-o", str(out)], f"{letter}\n".encode()
    )
    first = stderr.decode().splitlines()[0]
    assert first == (
        "replyparse: reading the list of paths from standard input: type or paste them, "
        "one a line, then Ctrl-D (Ctrl-Z Enter on Windows); Ctrl-C to cancel"
    )
    assert code == 0
    assert (out / "a.json").is_file()  # the path typed was read


def test_standard_input_from_a_pipe_prints_no_hint(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "replyparse", "validate", "-", "-q"],
        input=b"hello\n",
        capture_output=True,
        timeout=60,
    )
    assert b"reading the letter" not in done.stderr


NO_PATH = "Error: no PATH given: name letters or folders, or list them with --files-from"


@pytest.mark.parametrize("command", ["extract", "validate"])
def test_a_letter_piped_in_without_a_dash_is_told_to_name_it(command: str, tmp_path: Path) -> None:
    """``cat a.txt | replyparse extract`` (or ``< a.txt``) has a letter on standard input
    and no PATH: the error said to name letters or folders, not how to read the one piped
    in."""
    letter = tmp_path / "a.txt"
    letter.write_text("王某代表：\n  您提出的建议收悉。\n", encoding="utf-8")
    piped = subprocess.run(
        [sys.executable, "-m", "replyparse", command],
        input=letter.read_bytes(),
        capture_output=True,
        timeout=60,
    )
    with letter.open("rb") as redirected:
        from_file = subprocess.run(
            [sys.executable, "-m", "replyparse", command],
            stdin=redirected,
            capture_output=True,
            timeout=60,
        )
    for done in (piped, from_file):
        assert done.returncode == 2
        assert f"{NO_PATH} (to read the letter piped in, name it -)" in done.stderr.decode()


def test_no_hint_of_a_pipe_when_nothing_is_piped() -> None:
    """A CI job or a hook with no standard input (``/dev/null``) is not told of a pipe."""
    done = subprocess.run(
        [sys.executable, "-m", "replyparse", "validate"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.decode().rstrip().endswith(NO_PATH)


# --- paths a user can paste back --------------------------------------------------------

QUOTED = [
    pytest.param("my letters/a.txt", "'my letters/a.txt'", id="space"),
    pytest.param("it's.txt", "'it'\"'\"'s.txt'", id="single-quote"),
    pytest.param("a$HOME.txt", "'a$HOME.txt'", id="dollar"),
    pytest.param("draft (2).txt", "'draft (2).txt'", id="brackets"),
    pytest.param("a*.txt", "'a*.txt'", id="glob"),
    pytest.param("~backup/a.txt", "'~backup/a.txt'", id="tilde-first"),
    pytest.param("某局 答复.txt", "'某局 答复.txt'", id="space-between-hanzi"),
]
ESCAPED = [  # what single quotes cannot carry back: bash's $'…', one line, bytes as escapes
    pytest.param("in/new\nline.txt", "$'in/new\\nline.txt'", id="newline"),
    pytest.param("in/a\tb.txt", "$'in/a\\tb.txt'", id="tab"),
    pytest.param("in/bell\x07.txt", "$'in/bell\\x07.txt'", id="control"),
    pytest.param(os.fsdecode(b"in/0\xb4\xf0.txt"), "$'in/0\\xb4\\xf0.txt'", id="not-utf8"),
    pytest.param(
        os.fsdecode("某局\n它's\\.txt".encode() + b"\xff"),
        "$'某局\\n它\\'s\\\\.txt\\xff'",
        id="quote-backslash-hanzi",
    ),
]
PLAIN = [  # must not be quoted: the shell reads them back as they are
    pytest.param("archive/2021/a.txt", id="plain"),
    pytest.param("某县/答复函.txt", id="hanzi"),
    pytest.param("a~1f2e3d4c.json", id="tilde-inside"),
    pytest.param("x-1_v2.0,final+=@%.txt", id="punctuation"),
]


@pytest.mark.parametrize(("path", "quoted"), QUOTED)
def test_a_path_the_shell_would_split_or_expand_is_quoted(path: str, quoted: str) -> None:
    assert said(path) == quoted


@pytest.mark.parametrize("path", PLAIN)
def test_a_plain_path_is_left_as_it_is(path: str) -> None:
    assert said(path) == path


@pytest.mark.parametrize(("path", "escaped"), ESCAPED)
def test_a_path_single_quotes_cannot_carry_is_escaped(path: str, escaped: str) -> None:
    """A newline split a failure line in two (and pasted as two lines), a tab was shown
    as spaces, and a byte that is not UTF-8 was shown as a bare ``\\xb4``, which a shell
    reads as ``xb4``: no path pasted back named the file."""
    assert said(path) == escaped
    if shutil.which("bash") is None:
        pytest.skip("no bash to read the path back")
    bash = subprocess.run(["bash", "-c", f"printf %s {escaped}"], capture_output=True, check=False)
    assert bash.stdout == os.fsencode(path)  # read back by a shell, byte for byte


def test_paths_with_spaces_are_quoted_in_every_line_that_names_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure's path, the output, the lists beside it and a clash note's files are
    written so that a user can paste them into a shell (they were bare: ``error: my
    letters/it's.txt: …`` pasted as three words and an open quote)."""
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path / "my letters", ["a.txt", "A.TXT"])
    (tmp_path / "my letters" / "it's.txt").write_bytes(b"")
    code, _, stderr = run("extract", "my letters", "-o", "out put")
    assert code == 1
    lines = stderr.splitlines()
    assert (
        "note: output name clash: 'my letters/a.txt' is written to a.txt.json "
        "(a.json is taken by 'my letters/A.TXT')"
    ) in lines
    assert "error: 'my letters/it'\"'\"'s.txt': file is empty (stage: read)" in lines
    assert lines[-2:] == ["output: 'out put'", "failures listed in 'out put/errors.jsonl'"]
    code, _, stderr = run("extract", "my letters/b c.txt")
    assert code == 2
    assert "no such file or folder: 'my letters/b c.txt'" in stderr


def test_an_output_refused_is_quoted_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The usage errors that name the output said it bare (``cannot write to my
    notes/out: my notes is not a folder``), though docs/batch.md lists usage errors among
    the messages whose paths paste back."""
    from replyparse.batch.folder import OutputLock

    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    Path("my notes").write_text("not a folder\n", encoding="utf-8")
    code, _, stderr = run("extract", "in", "-o", "my notes/out")
    assert code == 2
    assert "cannot make the folder 'my notes/out': 'my notes' is not a folder" in flat(stderr)
    Path("my notes.db").write_text("not a database\n" * 20, encoding="utf-8")
    code, _, stderr = run("extract", "in", "-o", "my notes.db")
    assert code == 2
    assert "'my notes.db': not a SQLite database" in stderr
    held = OutputLock.folder(Path("out put"))
    Path("out put").mkdir()
    held.acquire()
    try:
        code, _, stderr = run("extract", "in", "-o", "out put")
    finally:
        held.release()
    assert code == 75
    assert stderr.startswith("error: 'out put/' is in use by another replyparse run")
