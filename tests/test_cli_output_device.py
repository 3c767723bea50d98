"""``-o /dev/null`` or a named pipe: a device or a pipe is written as standard output is.

``-o /dev/null`` (to time a run, or to see only its summary) was refused as "a file, not
a folder", its name having no suffix; a named pipe the same. Such an output takes the
records one after another, JSON Lines unless ``--format`` says otherwise, and no list of
failures is written beside it.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import flat, run, write_letters
from replyparse.paths import is_stream_file, is_terminal

needs_null = pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null here")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


@pytest.fixture
def letters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["in/a.txt", "in/b.txt", "in/c.txt"])
    return tmp_path / "in"


@needs_null
def test_the_null_device_takes_a_folder_of_letters(letters: Path) -> None:
    code, stdout, stderr = run("extract", "in", "-o", "/dev/null")
    assert (code, stdout) == (0, ""), stderr
    assert "output: /dev/null" in flat(stderr)
    assert sorted(p.name for p in letters.parent.iterdir()) == ["in"]  # nothing beside
    assert sorted(p.name for p in letters.iterdir()) == ["a.txt", "b.txt", "c.txt"]


@needs_null
def test_one_letter_to_the_null_device_says_where(letters: Path) -> None:
    code, _, stderr = run("extract", "in/a.txt", "-o", "/dev/null")
    assert code == 0, stderr
    assert flat(stderr).startswith("replyparse: 1 letter parsed, written to /dev/null (")


@needs_fifo
@pytest.mark.parametrize(("fmt", "per_line"), [([], True), (["--format", "json"], False)])
def test_a_named_pipe_gets_the_records_as_they_come(
    letters: Path, fmt: list[str], per_line: bool
) -> None:
    pipe = letters.parent / "pipe"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()), daemon=True)
    reader.start()
    files = ["in"] if per_line else ["in/a.txt"]
    code, _, stderr = run("extract", *files, "-o", str(pipe), "--quiet", *fmt)
    reader.join(timeout=30)
    if reader.is_alive():  # (nothing opened the pipe: let the reader go, then fail)
        with contextlib.suppress(OSError):  # (ENXIO: the reader let go meanwhile)
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=30)
    assert (code, stderr) == (0, "")
    text = got[0].decode("utf-8")
    if per_line:
        lines = text.splitlines()
        assert [json.loads(line)["source"]["path"] for line in lines] == [
            "in/a.txt",
            "in/b.txt",
            "in/c.txt",
        ]
    else:
        assert json.loads(text)["source"]["path"] == "in/a.txt"


@needs_null
@pytest.mark.parametrize(
    ("fmt", "writes", "advice"),
    [("sqlite", "a database file", "archive.db"), ("csv", "a folder of tables", "tables/")],
)
def test_tables_to_a_device_are_refused(letters: Path, fmt: str, writes: str, advice: str) -> None:
    code, stdout, stderr = run("extract", "in", "-o", "/dev/null", "--format", fmt)
    assert (code, stdout) == (2, "")
    assert flat(stderr).endswith(
        f"'-o' / '--out': /dev/null is a device or a pipe, written as it comes; --format "
        f"{fmt} writes {writes}: name it with -o {advice}"
    )


@needs_null
def test_several_reports_to_a_device_are_refused_by_its_name(letters: Path) -> None:
    code, _, stderr = run("extract", "in", "-o", "/dev/null", "--format", "docx")
    assert code == 2
    assert "/dev/null takes one letter's report; give -o DIR/ for one .docx each" in flat(stderr)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_full_device_stops_the_run_naming_it(letters: Path) -> None:
    code, _, stderr = run("extract", "in", "-o", "/dev/full", "--quiet")
    assert code == 1
    assert flat(stderr).startswith("error: /dev/full: cannot write output: No space left")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_full_device_that_took_no_record_is_not_said_to_have_some(letters: Path) -> None:
    code, _, stderr = run("extract", "in", "-o", "/dev/full")
    assert code == 1
    assert "/dev/full got no record before the stop" in flat(stderr)
    assert "got the records done" not in stderr


needs_pty = pytest.mark.skipif(not hasattr(os, "openpty"), reason="no terminals to open here")


@pytest.fixture
def terminal() -> Iterator[str]:
    """A pseudo-terminal's name (/dev/pts/N), as -o /dev/tty names the run's own."""
    leader, follower = os.openpty()
    try:
        yield os.ttyname(follower)
    finally:
        os.close(follower)
        os.close(leader)


@needs_pty
def test_a_report_to_a_terminal_named_is_refused(letters: Path, terminal: str) -> None:
    # (review62a: -o /dev/tty, -o /dev/stdout on a terminal, as -o - on one)
    code, stdout, stderr = run("extract", "in/a.txt", "-o", terminal, "--format", "docx")
    assert (code, stdout) == (2, "")
    assert "--format docx writes a Word file, not text for a terminal" in flat(stderr)


@needs_pty
def test_render_to_a_terminal_named_is_refused(letters: Path, terminal: str) -> None:
    code, _, stderr = run("render", "in/a.txt", "-o", terminal)
    assert code == 2
    assert f"render writes a Word file, and {terminal} is a terminal" in flat(stderr)


@needs_pty
def test_a_terminal_is_a_device_and_a_terminal(terminal: str) -> None:
    assert is_stream_file(terminal) and is_terminal(terminal)


@needs_null
def test_a_file_a_link_to_one_and_the_null_device(tmp_path: Path) -> None:
    (tmp_path / "out.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "out.jsonl")
    (tmp_path / "null").symlink_to("/dev/null")
    for name in ("out.jsonl", "link", "missing"):
        assert not is_stream_file(str(tmp_path / name)), name
    assert not is_stream_file(str(tmp_path))  # a folder
    assert is_stream_file(str(tmp_path / "null")) and not is_terminal(str(tmp_path / "null"))


@pytest.mark.skipif(os.name != "posix", reason="/dev/stdout is a POSIX name")
def test_dev_stdout_is_standard_output(letters: Path) -> None:
    code, stdout, stderr = run("extract", "in/a.txt", "-o", "/dev/stdout")
    assert code == 0, stderr
    assert json.loads(stdout)["source"]["path"] == "in/a.txt"


@pytest.mark.skipif(os.name != "posix", reason="/dev/stdout is a POSIX name")
def test_dev_stdout_appended_to_by_the_shell_keeps_what_was_there(letters: Path) -> None:
    """``… -o /dev/stdout >> all.jsonl``: standard output itself, not the file opened anew
    by its name (which would cut what the shell appends to)."""
    kept = letters.parent / "all.jsonl"
    kept.write_text('{"earlier": 1}\n', encoding="utf-8")
    command = [sys.executable, "-m", "replyparse", "extract", "in", "--format", "jsonl"]
    with kept.open("a", encoding="utf-8") as out:
        done = subprocess.run(
            [*command, "-o", "/dev/stdout", "--quiet"],
            stdout=out,
            stderr=subprocess.PIPE,
            cwd=letters.parent,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr
    lines = kept.read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"earlier": 1}'
    assert [json.loads(line)["source"]["path"] for line in lines[1:]] == [
        "in/a.txt",
        "in/b.txt",
        "in/c.txt",
    ]
