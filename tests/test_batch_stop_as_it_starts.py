"""A Ctrl-C or SIGTERM as a run starts, before any file has gone to a worker: while the
parent loads the parser for its workers (seconds on a busy machine), or plans the files.
It is answered at once, as a stop later is (`note: stopping (Ctrl-C): …`), the loading is
cut short rather than waited for in silence, nothing is written, and the rerun parses
every file. Later, the files in flight are finished and the rerun parses exactly the
rest (the subprocess tests: the real command, signalled once it prints its first line).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import replyparse.batch.run as batch_run
import replyparse.validate_run as validate_run
from helpers import run, write_letters
from replyparse.batch.pool import Stop, stop_signals, unless_stopped
from replyparse.manifest import Manifest
from summary import summary_count

NONE_STARTED = "no file is started (none was in flight yet)"
SIGNALS = [
    pytest.param(signal.SIGINT, id="sigint"),
    pytest.param(signal.SIGTERM, id="sigterm"),
]
EXIT = {signal.SIGINT: 130, signal.SIGTERM: 143}
ASKED = {signal.SIGINT: "Ctrl-C", signal.SIGTERM: "SIGTERM"}


def _letters(folder: Path, count: int) -> Path:
    write_letters(folder, [f"{i // 40}/letter-{i:03d}.txt" for i in range(count)])
    return folder


def _signal_self(signum: int) -> None:
    os.kill(os.getpid(), signum)


def _ok_entries(out: Path) -> int:
    manifest = Manifest(out)
    manifest.load()
    return sum(entry.status == "ok" for entry in manifest.entries.values())


# --- cutting a step short ------------------------------------------------------------


def test_a_step_runs_to_its_end_when_no_stop_is_asked() -> None:
    stop = Stop()
    done: list[str] = []
    with stop_signals(stop):
        assert unless_stopped(stop, lambda: done.append("loaded")) is True
    assert done == ["loaded"]
    assert not stop.requested


def test_a_step_is_not_begun_once_a_stop_is_asked() -> None:
    stop = Stop()
    stop.requested = True
    done: list[str] = []
    assert unless_stopped(stop, lambda: done.append("loaded")) is False
    assert done == []


@pytest.mark.parametrize("signum", SIGNALS)
def test_the_first_signal_ends_the_step_where_it_lands(signum: int) -> None:
    stop = Stop()
    done: list[str] = []

    def step() -> None:
        _signal_self(signum)
        time.sleep(2)  # (the handler ends the sleep: the step goes no further)
        done.append("loaded")

    with stop_signals(stop):
        assert unless_stopped(stop, step) is False
        assert done == []  # (nor slept its two seconds: the sleep raised)
        assert stop.requested and stop.signum == signum
        _signal_self(signal.SIGTERM)  # a later one cuts nothing (nor abandons)
    assert stop.stopping() == f"stopping ({ASKED[signum]}): {NONE_STARTED}"


def test_the_note_speaks_of_files_in_flight_once_one_was_handed_out() -> None:
    stop = Stop()
    stop(signal.SIGINT, None)
    stop.started = True
    note = stop.stopping()
    assert note is not None and "the files in flight are finished and recorded" in note


ONE_FILE_STOPS = {
    "ctrl-c": (signal.SIGINT, "stopping (Ctrl-C): the file in flight is finished and counted, but a.json is written only by a run that ends (Ctrl-C again abandons it)"),
    "sigterm": (signal.SIGTERM, "stopping (SIGTERM): the file in flight is finished and counted, but a.json is written only by a run that ends (a Ctrl-C or SIGINT now abandons it)"),
}  # fmt: skip
"""A stop during the only file of a run (``-o a.json``), and the note that answers it."""


@pytest.mark.parametrize(("signum", "note"), ONE_FILE_STOPS.values(), ids=list(ONE_FILE_STOPS))
def test_the_note_of_a_one_file_run_speaks_of_that_file(signum: int, note: str) -> None:
    """ "no new file is started; the files in flight … abandons them" spoke of files a run
    of one letter has not."""
    stop = Stop()
    stop(signum, None)
    stop.started = True
    done = "counted, but a.json is written only by a run that ends"
    assert stop.stopping(done, files=1) == note


# --- extract, stopped before any file started ------------------------------------------


def _signal_in(
    monkeypatch: pytest.MonkeyPatch, module: Any, name: str, signum: int, reached: list[str]
) -> None:
    """``module.name`` signals this process as it begins, then goes on as it was."""
    original: Callable[..., Any] = getattr(module, name)

    def signalled(*args: Any, **kwargs: Any) -> Any:
        _signal_self(signum)
        if name == "_preload":
            time.sleep(2)  # the parser loading on a busy machine: cut short, or waited for
        reached.append(name)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, signalled)


STARTING_STEPS = [
    # two workers: the parent loads the parser before forking them
    pytest.param("_preload", "2", id="loading-the-parser"),
    # one worker, no loading: signalled as the tasks are made, before the pool begins
    pytest.param("make_tasks", "1", id="planning-the-tasks"),
]


@pytest.mark.parametrize("signum", SIGNALS)
@pytest.mark.parametrize(("step", "jobs"), STARTING_STEPS)
def test_a_stop_before_any_file_started_is_told_at_once_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, jobs: str, signum: int
) -> None:
    letters = _letters(tmp_path / "in", 20)
    out = tmp_path / "out"
    reached: list[str] = []
    _signal_in(monkeypatch, batch_run, step, signum, reached)
    code, _, stderr = run("extract", str(letters), "-o", f"{out}/", "-j", jobs)
    assert code == EXIT[signum], stderr
    assert f"note: stopping ({ASKED[signum]}): {NONE_STARTED}" in stderr
    assert "files in flight" not in stderr  # none was: nothing to finish, nor abandon
    assert summary_count(stderr, "not done (rerun to finish)") == 20
    if step == "_preload":
        assert reached == []  # cut short where the signal landed, not waited for
    assert not list(out.rglob("*.json"))
    assert _ok_entries(out) == 0
    monkeypatch.undo()
    code, _, stderr = run("extract", str(letters), "-o", f"{out}/", "-j", jobs)
    assert code == 0, stderr
    assert summary_count(stderr, "parsed") == 20


def test_validate_stopped_before_any_file_started_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letters = _letters(tmp_path / "in", 3)
    original = validate_run.run_tasks

    def signalled(*args: Any, **kwargs: Any) -> Any:
        _signal_self(signal.SIGINT)  # (on the first result asked: before a file is sent)
        yield from original(*args, **kwargs)

    monkeypatch.setattr(validate_run, "run_tasks", signalled)
    code, _, stderr = run("validate", str(letters))
    assert code == 130, stderr
    assert f"note: stopping (Ctrl-C): {NONE_STARTED}" in stderr
    assert "interrupted after 0 of 3 files checked" in stderr


# --- the real command, signalled as it starts ----------------------------------------

LETTERS = 150  # with two workers, 75 each: the parent loads jieba's whole dictionary too


def _start(letters: Path, out: Path, log: Path, jobs: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "replyparse", "extract", str(letters), "-o", f"{out}/"]
    with log.open("wb") as fh:  # (a file, not a pipe a worker could hold open)
        return subprocess.Popen([*command, "-j", jobs], stdout=subprocess.DEVNULL, stderr=fh)


def _wait_for_first_line(proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if b"\n" in log.read_bytes():
            return
        time.sleep(0.002)
    pytest.fail(f"no first line before the run ended (exit {proc.returncode})")


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_once_the_run_says_what_it_found(tmp_path: Path, jobs: str) -> None:
    """Signalled as soon as its first line (`… files found: …; 2 workers`) is out: the
    parser is loading (two workers) or the first file is in flight (one, which loads the
    parser in its worker). Either way the note comes before the summary, the exit is 130,
    and what the manifest holds is what the rerun leaves alone."""
    letters = _letters(tmp_path / "in", LETTERS)
    out = tmp_path / "out"
    log = tmp_path / "log"
    note = "note: stopping (Ctrl-C): "
    proc = _start(letters, out, log, jobs)
    _wait_for_first_line(proc, log)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=120)
    stderr = log.read_text(encoding="utf-8")
    assert proc.returncode == 130, stderr
    assert "files found" in stderr.splitlines()[0]
    assert note in stderr, stderr
    assert stderr.index(note) < stderr.index("replyparse extract: interrupted")
    done = len(list(out.rglob("*.json")))
    assert done == _ok_entries(out) < LETTERS
    assert summary_count(stderr, "not done (rerun to finish)") == LETTERS - done
    if done == 0:
        assert note + NONE_STARTED in stderr
    code, _, rerun = run("extract", str(letters), "-o", f"{out}/", "-j", jobs)
    assert code == 0, rerun
    assert summary_count(rerun, "parsed") == LETTERS - done
    assert summary_count(rerun, "unchanged since the last run") == done
