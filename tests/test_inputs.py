"""Inputs shared by every command: ``extract`` and ``validate`` walk PATHs the same way
(:func:`replyparse.discover.discover`) and read each file through the same pipeline and
limits (:func:`replyparse.pipeline.parse_input`), so they agree on what is missing,
unreadable, or only worth a note, and take the same limit options.

Each test runs both commands. ``extract`` writes JSON Lines to standard output and its
failures to standard error (``error: PATH: REASON (stage: read)``); ``validate`` reports
a failure as ``PATH: error: unreadable: REASON`` on standard output. The letters are
invented; LETTER gives exactly one ``validate`` finding (its date in Chinese numerals, an
info), so the findings name every letter read.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from replyparse.cli import app

GOOD = "某市民政局\n关于某某建议的答复\n张某代表：\n您提出的建议收悉。\n某市民政局\n2021年1月5日\n"
LETTER = GOOD.replace("2021年1月5日", "二〇二一年一月五日")
COMMANDS = ["extract", "validate"]
# the arguments that make each command print what it read on standard output
SHOWING_WHAT_WAS_READ = {"extract": ["--format", "jsonl"], "validate": []}


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def cli(*args: str) -> tuple[int, str, str]:
    """The command in a child process, as a user runs it (a FIFO opened would hang it:
    the timeout ends the test)."""
    command = [sys.executable, "-m", "replyparse", *args]
    done = subprocess.run(command, capture_output=True, timeout=60, check=False, text=True)
    return done.returncode, done.stdout, done.stderr


def read(command: str, stdout: str) -> list[str]:
    """The letters a run read, in order: extract's records, validate's located findings."""
    if command == "extract":
        return [json.loads(line)["source"]["path"] for line in stdout.splitlines()]
    return [line.split(":")[0] for line in stdout.splitlines() if "date-chinese-numerals" in line]


def failure(command: str, path: str | Path, reason: str) -> tuple[int, str]:
    """Where a file that was not read is reported (1: stdout, 2: stderr), and how."""
    if command == "extract":
        return 2, f"error: {path}: {reason} (stage: read)"
    return 1, f"{path}: error: unreadable: {reason}"


def write_letters(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(LETTER, encoding="utf-8")
    return [folder / name for name in names]


@pytest.mark.parametrize("command", ["extract", "validate"])
def test_a_missing_path_is_a_usage_error_in_both_commands(tmp_path: Path, command: str) -> None:
    code, stdout, stderr = run(command, str(tmp_path / "nope.txt"))
    assert (code, stdout) == (2, "")
    assert f"Invalid value for PATH: no such file or folder: {tmp_path / 'nope.txt'}" in " ".join(
        stderr.replace("│", " ").split()
    )


@pytest.mark.parametrize("command", ["extract", "validate"])
@pytest.mark.parametrize(
    ("typed", "meant"),
    [("lettres", "letters"), ("Letters", "letters"), ("letters/1.txt", "letters/01.txt")],
)
def test_a_mistyped_path_names_the_one_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, typed: str, meant: str
) -> None:
    write_letters(tmp_path / "letters", "01.txt", "02.txt")
    (tmp_path / "ledger.csv").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run(command, typed)
    assert code == 2
    assert (
        f"Invalid value for PATH: no such file or folder: {typed} (did you mean {meant}?)"
        in " ".join(stderr.split())
    )


def test_a_path_near_to_nothing_gets_no_guess(tmp_path: Path) -> None:
    write_letters(tmp_path / "letters", "01.txt")
    for typed in (tmp_path / "zzzz", tmp_path / "nowhere" / "01.txt"):
        stderr = run("extract", str(typed))[2]
        assert " ".join(stderr.split()).endswith(f"no such file or folder: {typed}")


@pytest.mark.parametrize("command", ["extract", "validate"])
def test_a_link_loop_is_a_note_not_a_failure_in_both_commands(tmp_path: Path, command: str) -> None:
    (tmp_path / "in" / "a").mkdir(parents=True)
    (tmp_path / "in" / "a" / "x.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path / "in", tmp_path / "in" / "a" / "back")
    args = ["-o", str(tmp_path / "out")] if command == "extract" else ["--fail-on", "error"]
    code, _, stderr = run(command, str(tmp_path / "in"), *args)
    assert code == 0
    assert f"already walked (symbolic link loop: a link back to {tmp_path / 'in'})" in stderr


# --- files that are not files, and links out of the tree ------------------------------


@contextlib.contextmanager
def unix_socket(path: Path) -> Iterator[None]:
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
        yield
    finally:
        sock.close()


@pytest.mark.parametrize("command", COMMANDS)
def test_devices_fifos_sockets_and_system_files_in_a_folder_are_noted_never_opened(
    tmp_path: Path, command: str
) -> None:
    folder = tmp_path / "in"
    (good,) = write_letters(folder, "good.txt")
    os.mkfifo(folder / "pipe.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink("/proc/self/status", folder / "status.txt")
    os.symlink("/proc/self", folder / "proc-link")
    with unix_socket(folder / "sock.txt"):
        code, stdout, stderr = cli(command, str(folder), *SHOWING_WHAT_WAS_READ[command])
    assert code == 0, stderr
    assert read(command, stdout) == [str(good)]
    assert f"note: {folder / 'pipe.txt'}: a FIFO, not a regular file: skipped" in stderr
    assert f"note: {folder / 'zero.txt'}: link into /dev: not read" in stderr
    assert f"note: {folder / 'status.txt'}: link into /proc: not read" in stderr
    assert f"note: {folder / 'proc-link'}: link into /proc: not read" in stderr
    assert f"note: {folder / 'sock.txt'}: a socket, not a regular file: skipped" in stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_a_fifo_or_a_device_named_directly_fails_at_once(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (good,) = write_letters(tmp_path, "good.txt")
    args = [str(fifo), "/dev/zero", str(good), *SHOWING_WHAT_WAS_READ[command]]
    code, stdout, stderr = cli(command, *args)
    assert code == 1, stderr
    assert read(command, stdout) == [str(good)]
    for path, reason in [
        (fifo, "a FIFO, not a regular file: not read"),
        ("/dev/zero", "lies in /dev: not read"),
    ]:
        stream, line = failure(command, path, reason)
        assert line in (stdout, stderr)[stream - 1].splitlines()


@pytest.mark.parametrize("command", COMMANDS)
def test_no_follow_links_skips_links_met_in_folders_but_not_named_ones(
    tmp_path: Path, command: str
) -> None:
    (target,) = write_letters(tmp_path / "elsewhere", "t.txt")
    (inside,) = write_letters(tmp_path / "in", "a.txt")
    link = tmp_path / "in" / "link.txt"
    os.symlink(target, link)
    os.symlink(tmp_path / "elsewhere", tmp_path / "in" / "folder-link")
    shown = SHOWING_WHAT_WAS_READ[command]
    code, stdout, stderr = run(
        command, str(tmp_path / "in"), str(link), "--no-follow-links", *shown
    )
    assert code == 0
    assert read(command, stdout) == [str(inside), str(link)]  # the named link is read
    assert f"note: {tmp_path / 'in' / 'folder-link'}: symbolic link not followed" in stderr
    assert f"note: {link}: symbolic link not followed" in stderr
    _, stdout, _ = run(command, str(tmp_path / "in"), *shown)
    assert read(command, stdout) == [
        str(inside),
        str(tmp_path / "in" / "folder-link" / "t.txt"),
        str(link),
    ]


# --- the per-file limits -------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_limit_options_reach_the_reader(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: str
) -> None:
    import replyparse.pipeline
    from replyparse.errors import InputError

    def reader(path: Path, *, limits: object) -> object:
        raise InputError(path, f"limits seen: {limits}")

    monkeypatch.setattr(replyparse.pipeline, "read", reader)
    (path,) = write_letters(tmp_path, "a.txt")
    args = ["--max-file-size", "2M", "--max-inflated-size", "3m", "--max-pages", "7"]
    code, stdout, stderr = run(command, str(path), *args, "--max-chars", "900", "--timeout", "9.5")
    assert code == 1
    reason = (
        "limits seen: Limits(max_file_bytes=2097152, max_inflated_bytes=3145728, "
        "max_pdf_pages=7, max_text_chars=900, timeout_seconds=9.5)"
    )
    stream, line = failure(command, path, reason)
    assert (stdout, stderr)[stream - 1].splitlines()[0] == line


@pytest.mark.parametrize("command", COMMANDS)
def test_standard_input_past_the_size_limit_fails(command: str) -> None:
    code, stdout, stderr = run(command, "-", "--max-file-size", "1K", stdin=b"x" * 5000)
    assert code == 1
    named = "standard input" if command == "extract" else "-"  # (validate's lines say -)
    reason = "larger than the limit of 1024 bytes"
    if command == "validate":  # (its reason names standard input, as extract's line does)
        reason = f"standard input: {reason}"
    stream, line = failure(command, named, reason)
    assert (stdout, stderr)[stream - 1].splitlines()[0] == line
    assert read(command, stdout) == []


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("size", ["", "M", "1.5M", "-1", "0", "12X", "ten"])
def test_a_bad_size_is_a_usage_error(tmp_path: Path, command: str, size: str) -> None:
    (path,) = write_letters(tmp_path, "a.txt")
    code, stdout, stderr = run(command, str(path), "--max-file-size", size)
    assert (code, stdout) == (2, "")
    assert "Invalid value for '--max-file-size'" in " ".join(stderr.replace("│", " ").split())
