"""``validate`` on the batch's worker pool, through the real CLI: a stuck file times out
and is reported at its place while the other files are still checked, a worker that dies
loses only its file, the output is the same, in input order, for any ``-j``, and a file
name that is not UTF-8 is shown as ``extract`` shows it.

Tests that make a file slow, stuck or fatal patch the parser in this process: the workers
are forked from it and inherit the patch. The letters are invented.
"""

from __future__ import annotations

import json
import os
import re
import signal
import time
from pathlib import Path

import pytest

from helpers import run

STUCK = "卡住"  # a letter starting with this hangs the patched parser in C code
SLOW = "慢慢"  # … makes it take a second
FATAL = "致命"  # … kills the worker parsing it
STOPPING = "停止"  # … asks the run to stop (SIGTERM to the command), then kills its worker

CLEAN = "某市民政局\n关于某某建议的答复\n张某代表：\n您提出的建议收悉。\n某市民政局\n2021年1月5日\n"
COLON = CLEAN.replace("张某代表：", "张某代表:")
COLON_LINE = "3:5: warning: salutation-colon: 主送 line ends with a half-width colon; "


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in an empty folder (relative paths in the output, no pyproject.toml above)."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def patched_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    import replyparse.pipeline

    real = replyparse.pipeline.parse_text

    def parse_text(text: str, **kwargs: object) -> object:
        if text.startswith(STUCK):
            re.match(r"(a+)+$", "a" * 64 + "b")  # exponential backtracking, holding the GIL
        elif text.startswith(SLOW):
            time.sleep(1)
        elif text.startswith(FATAL):
            os.kill(os.getpid(), signal.SIGKILL)
        elif text.startswith(STOPPING):  # as a service manager stopping the whole group
            os.kill(os.getppid(), signal.SIGTERM)
            time.sleep(0.5)  # the command has taken the stop in
            os.kill(os.getpid(), signal.SIGKILL)
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(replyparse.pipeline, "parse_text", parse_text)


def validate(*args: str) -> tuple[int, list[str], str]:
    code, stdout, stderr = run("validate", "--no-config", *args)
    return code, stdout.splitlines(), stderr


def letters(count: int, *, special: dict[int, str]) -> list[str]:
    """``in/00.txt`` … with the salutation-colon warning each; ``special`` puts a marker
    at the head of some."""
    Path("in").mkdir()
    names = []
    for i in range(count):
        name = f"in/{i:02}.txt"
        Path(name).write_text(special.get(i, "") + COLON, encoding="utf-8")
        names.append(name)
    return names


@pytest.mark.usefixtures("any_workers", "patched_parser")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_stuck_file_times_out_at_its_place_and_the_others_are_checked(jobs: str) -> None:
    names = letters(6, special={2: STUCK + "\n"})
    started = time.monotonic()
    code, lines, stderr = validate("in", "-j", jobs, "--timeout", "2")
    assert time.monotonic() - started < 60
    assert code == 1
    expected = [f"{name}:{int(name == names[2]) + 3}:5" for name in names]
    expected[2] = f"{names[2]}: error: unreadable: timeout: not finished within 2 s"
    assert [line.split(": warning")[0] for line in lines[:-1]] == expected
    assert lines[-1] == "5 letters, 5 warnings, 0 errors, 1 unreadable"
    assert stderr == ""


@pytest.mark.usefixtures("any_workers", "patched_parser")
def test_a_stuck_file_is_a_tool_notification_in_sarif() -> None:
    letters(3, special={1: STUCK + "\n"})
    code, lines, stderr = validate("in", "--format", "sarif", "--timeout", "1")
    assert code == 1
    (run,) = json.loads("\n".join(lines))["runs"]
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["message"]["text"] == "in/01.txt: timeout: not finished within 1 s"
    located = [r["locations"][0]["physicalLocation"] for r in run["results"]]
    assert [place["artifactLocation"]["uri"] for place in located] == ["in/00.txt", "in/02.txt"]
    assert stderr == "2 letters, 2 warnings, 0 errors, 1 unreadable\n"


@pytest.mark.usefixtures("any_workers", "patched_parser")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_worker_that_dies_loses_only_its_file(jobs: str) -> None:
    names = letters(5, special={1: FATAL})
    code, lines, _ = validate("in", "-j", jobs)
    assert code == 1
    assert lines[1] == f"{names[1]}: error: unreadable: worker process failed: killed by SIGKILL"
    assert [line.split(":")[0] for line in lines[:-1]] == names  # a new worker did the rest
    assert lines[-1] == "4 letters, 4 warnings, 0 errors, 1 unreadable"


@pytest.mark.usefixtures("any_workers", "patched_parser")
@pytest.mark.parametrize("fmt", ["text", "github"])
def test_a_worker_that_dies_while_the_run_stops_leaves_its_file_not_done(fmt: str) -> None:
    """A stop (SIGTERM to the process group) can kill a worker mid-letter: the letter is
    not done, for the rerun, never reported unreadable as if it were at fault."""
    letters(5, special={1: STOPPING})
    code, lines, stderr = validate("in", "--format", fmt)
    assert code == 128 + signal.SIGTERM
    assert "unreadable" not in "\n".join(lines) + stderr
    # the files a worker had taken before the stop are still checked, in order; 01 is not
    checked = [re.split(r"[:,]", re.sub(r"^::\w+ file=", "", line))[0] for line in lines]
    assert checked[:1] == ["in/00.txt"]
    assert "in/01.txt" not in checked
    assert checked == sorted(checked)
    done = re.fullmatch(
        # (the line a stop prints as it begins, when a tick comes before the run ends)
        r"(?:note: stopping \(SIGTERM\): no new file is started; [^\n]*\n)?"
        r"replyparse validate: interrupted after (\d) of 5 files checked; "
        r"the rest were not \(rerun to check them\)\n",
        stderr,
    )
    assert done is not None, stderr
    assert 1 <= int(done.group(1)) <= 4
    assert int(done.group(1)) == len(checked)


@pytest.mark.usefixtures("any_workers", "patched_parser")
@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_a_stopped_run_still_prints_its_document(fmt: str) -> None:
    """json and sarif print their document at the end: a stop prints it too, with the
    findings of the files checked, and the SARIF log says the run did not finish."""
    letters(5, special={1: STOPPING})
    code, lines, stderr = validate("in", "--format", fmt)
    assert code == 128 + signal.SIGTERM
    done = re.search(r"interrupted after (\d) of 5 files checked", stderr)
    assert done is not None, stderr
    document = json.loads("\n".join(lines))
    if fmt == "json":
        paths = [finding["path"] for finding in document]
    else:
        (run,) = document["runs"]
        (invocation,) = run["invocations"]
        assert invocation["executionSuccessful"] is False
        (notification,) = invocation["toolExecutionNotifications"]
        assert notification["descriptor"]["id"] == "interrupted"
        assert notification["message"]["text"] == (
            f"interrupted after {done.group(1)} of 5 files checked; the rest were not"
        )
        paths = [
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
        ]
    assert paths[:1] == ["in/00.txt"] and "in/01.txt" not in paths
    assert len(paths) == int(done.group(1))


@pytest.mark.usefixtures("any_workers", "patched_parser")
def test_output_is_in_input_order_and_the_same_for_any_number_of_workers() -> None:
    """With two workers the slow first letter finishes last; it is still printed first."""
    names = letters(12, special={0: SLOW})
    Path("in/05.txt").write_text(CLEAN, encoding="utf-8")
    Path("in/07.txt").write_bytes(b"")
    one = validate("in", "-j", "1")
    two = validate("in", "-j", "2")
    assert one == two
    code, lines, _ = two
    assert code == 1
    assert lines[6] == "in/07.txt: error: unreadable: file is empty"
    assert [line.split(":")[0] for line in lines[:-1]] == [n for n in names if n != "in/05.txt"]
    assert all(COLON_LINE in line for line in lines[:-1] if line.split(":")[0] != "in/07.txt")
    assert lines[-1] == "11 letters, 10 warnings, 0 errors, 1 unreadable"


def test_a_name_that_is_not_utf8_is_shown_with_its_bytes_escaped() -> None:
    Path("in").mkdir()
    Path("in", os.fsdecode(b"0\xb4\xf0.txt")).write_text(COLON, encoding="utf-8")
    Path("in", os.fsdecode(b"1\xb4.txt")).write_bytes(b"")
    code, lines, _ = validate("in")
    assert code == 1
    assert lines[:-1] == [
        f"in/0\\xb4\\xf0.txt:{COLON_LINE}GB/T 9704-2012 7.3.2 wants ：",
        "in/1\\xb4.txt: error: unreadable: file is empty",
    ]
