"""Batch runs at their edges, through the real CLI: slow and stuck files, odd file names,
outputs that cannot be written, sizes for the limit options. (What ``extract`` shares
with ``validate`` — files that are not files, links, the limits reaching the readers — is
tested for both commands in ``tests/test_inputs.py``.)

Letters are invented (``archivegen.invented_letter``). Tests that make a file slow or
stuck patch the parser in this process: workers are forked from it and inherit the patch.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from archivegen import invented_letter
from helpers import flat, run, write_letters
from replyparse.batch.folder import ERRORS_NAME
from replyparse.manifest import MANIFEST_NAME, Manifest
from replyparse.writers import TMP_PREFIX
from summary import summary_count

STUCK = "卡住"  # a letter starting with this makes the patched parser hang in C code
SLOW = "慢慢"  # … or wait until every other letter is recorded


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """The installed command in a child process, as a user runs it."""
    command = [sys.executable, "-m", "replyparse", *args]
    return subprocess.run(command, capture_output=True, timeout=timeout, check=False)


def records(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))


def manifest_lines(out: Path) -> int:
    try:
        return (out / MANIFEST_NAME).read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


@pytest.fixture
def patched_parser(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Letters starting with STUCK hang in a regular expression (C code, holding the
    GIL); letters starting with SLOW wait (up to 30 s) until the output folder's manifest
    records every other letter, then parse. Returns the output folder watched."""
    import replyparse.pipeline

    real = replyparse.pipeline.parse_text
    out = tmp_path / "out"
    # One letter parsed here first, before any worker is forked: the patterns a letter asks
    # for at its first parse (patterncache.deferred; compiled afresh, as the test modules
    # import the parser outside the table's block) are then made once and inherited, not
    # made anew by each worker at its first letter: on a loaded machine that took 1.9 s
    # of the 2 s --timeout, and every fresh worker's first letter timed out in turn.
    real(invented_letter(random.Random(0)))

    def parse_text(text: str, **kwargs: object) -> object:
        if text.startswith(STUCK):
            re.match(r"(a+)+$", "a" * 64 + "b")  # exponential backtracking
        if text.startswith(SLOW):
            others = int(text.split("\n", 1)[0][len(SLOW) :])
            deadline = time.monotonic() + 30
            while manifest_lines(out) < others and time.monotonic() < deadline:
                time.sleep(0.05)
            if manifest_lines(out) < others:
                raise RuntimeError("the other letters were held behind this one")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(replyparse.pipeline, "parse_text", parse_text)
    return out


# --- one slow file holds nothing; a stuck one is timed out ---------------------------


@pytest.mark.usefixtures("any_workers")
def test_a_slow_file_holds_neither_the_batch_nor_its_manifest(
    patched_parser: Path, tmp_path: Path
) -> None:
    paths = write_letters(tmp_path / "in", [f"{i:02}.txt" for i in range(24)])
    paths[0].write_text(f"{SLOW}23\n" + paths[0].read_text(encoding="utf-8"), encoding="utf-8")
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(patched_parser), "-j", "2")
    assert code == 0, stderr
    assert len(records(patched_parser)) == 24
    entries = (patched_parser / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
    sources = [json.loads(line)["source"] for line in entries]
    assert sources == [str(p) for p in paths]  # compacted back into input order


@pytest.mark.usefixtures("any_workers")
def test_jsonl_keeps_input_order_when_the_first_file_finishes_last(
    patched_parser: Path, tmp_path: Path
) -> None:
    paths = write_letters(tmp_path / "in", [f"{i:02}.txt" for i in range(24)])
    text = paths[0].read_text(encoding="utf-8")
    paths[0].write_text(f"{STUCK}\n" + text, encoding="utf-8")
    code, stdout, stderr = run(
        "extract", str(tmp_path / "in"), "--format", "jsonl", "-j", "2", "--timeout", "3"
    )
    assert code == 1
    assert f"error: {paths[0]}: timeout: not finished within 3 s (stage: parse)" in stderr
    lines = stdout.splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(p) for p in paths[1:]]


@pytest.mark.usefixtures("any_workers")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_stuck_in_c_code_times_out_and_the_batch_goes_on(
    patched_parser: Path, tmp_path: Path, jobs: str
) -> None:
    paths = write_letters(tmp_path / "in", [f"{i:02}.txt" for i in range(20)])
    stuck = paths[5]
    stuck.write_text(f"{STUCK}\n" + stuck.read_text(encoding="utf-8"), encoding="utf-8")
    out = patched_parser
    started = time.monotonic()
    code, _, stderr = run(
        "extract", str(tmp_path / "in"), "-o", str(out), "-j", jobs, "--timeout", "2"
    )
    assert time.monotonic() - started < 60
    assert code == 1
    assert len(records(out)) == 19
    errors = [json.loads(line) for line in (out / ERRORS_NAME).read_text().splitlines()]
    assert errors == [
        {"source": str(stuck), "stage": "parse", "error": "timeout: not finished within 2 s"}
    ]
    assert "(stage: parse)" in stderr


# --- sizes as the limit options take them (tests/test_inputs.py: the limits reach the
# readers of both commands; files that are not files; links) ---------------------------

SIZE_CASES = [
    pytest.param("4096", 4096, id="bytes"),
    pytest.param("512K", 512 * 1024, id="kibi"),
    pytest.param("50m", 50 * 1024**2, id="mebi-lower"),
    pytest.param("1GiB", 1024**3, id="gibi-suffix"),
    pytest.param("2MB", 2 * 1024**2, id="b-suffix"),
]


@pytest.mark.parametrize(("text", "expected"), SIZE_CASES)
def test_sizes_are_read_with_binary_units(text: str, expected: int) -> None:
    from replyparse.cli import parse_size

    assert parse_size(text) == expected


# --- outputs that are inputs, and what a killed run leaves --------------------------


def test_an_output_that_is_also_an_input_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path / "in", ["a.txt"])
    code, _, stderr = run("extract", "in", "-o", "in")
    assert code == 2
    assert (
        "Invalid value for '-o' / '--out': in is also an input folder; write to another folder"
        in flat(stderr)
    )
    code, _, stderr = run("extract", "in", "in/a.txt", "--format", "jsonl", "-o", "in/a.txt")
    assert code == 2
    assert (
        "Invalid value for '-o' / '--out': in/a.txt is also an input; write to another file"
        in flat(stderr)
    )
    assert sorted(os.listdir("in")) == ["a.txt"]


def test_a_killed_jsonl_runs_temporary_file_is_removed_but_a_live_one_kept(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    stale = tmp_path / f"{TMP_PREFIX}999999-0.part"
    stale.write_bytes(b'{"half a record')
    live = tmp_path / f"{TMP_PREFIX}999999-1.part"
    with live.open("wb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # as a run still writing would hold it
        code, _, _ = run(
            "extract", str(tmp_path / "in"), "--format", "jsonl", "-o", str(tmp_path / "all.jsonl")
        )
        assert code == 0
        assert not stale.exists()
        assert live.exists()
    assert len((tmp_path / "all.jsonl").read_text().splitlines()) == 2


@pytest.mark.slow
def test_a_sigkilled_jsonl_run_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    # enough letters that the run is still going when it is killed, however fast the machine
    write_letters(tmp_path / "in", [f"{i:04}.txt" for i in range(2000)])
    target = tmp_path / "all.jsonl"
    previous = b'{"schema_version":"1","text":"an earlier run\'s record"}\n'
    target.write_bytes(previous)
    command = [sys.executable, "-m", "replyparse", "extract", str(tmp_path / "in")]
    proc = subprocess.Popen([*command, "--format", "jsonl", "-o", str(target), "-j", "2", "-q"])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(tmp_path.glob(f"{TMP_PREFIX}*")):
        time.sleep(0.01)
    time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=60) == -signal.SIGKILL, "the run ended before it could be killed"
    assert target.read_bytes() == previous
    assert list(tmp_path.glob(f"{TMP_PREFIX}*")), "the killed run left its temporary file"
    # the next run writing to the same folder removes the dead run's temporary file
    write_letters(tmp_path / "small", ["a.txt", "b.txt"])
    code, _, _ = run(
        "extract", str(tmp_path / "small"), "--format", "jsonl", "-o", str(tmp_path / "other.jsonl")
    )
    assert code == 0
    assert not list(tmp_path.glob(f"{TMP_PREFIX}*"))


# --- file names: not UTF-8, and up to 255 bytes -------------------------------------

ODD = os.fsdecode(b"0\xb4\xf0.txt")  # bytes that are not UTF-8, as the reproduction


def test_a_name_that_is_not_utf8_neither_kills_the_batch_nor_its_reruns(tmp_path: Path) -> None:
    folder = tmp_path / "g"
    write_letters(folder, [ODD, *[f"l{i}.txt" for i in range(10, 30)]])
    out = tmp_path / "gout"
    done = cli("extract", str(folder), "-o", str(out))
    assert done.returncode == 0, done.stderr.decode()
    assert len(records(out)) == 21
    assert (out / os.fsdecode(b"0\xb4\xf0.json")).is_file()  # the output keeps the bytes
    record = json.loads((out / os.fsdecode(b"0\xb4\xf0.json")).read_bytes())
    assert record["source"]["path"] == str(folder) + "/0\\xb4\\xf0.txt"
    manifest = Manifest(out)
    manifest.load()
    assert str(folder / ODD) in manifest.entries  # the exact name, read back
    assert len(manifest.entries) == 21
    again = cli("extract", str(folder), "-o", str(out))
    assert again.returncode == 0
    assert summary_count(again.stderr.decode(), "unchanged since the last run") == 21


def test_a_failing_file_with_a_name_that_is_not_utf8_is_listed_exactly(tmp_path: Path) -> None:
    folder = tmp_path / "g"
    write_letters(folder, ["good.txt"])
    (folder / ODD).write_bytes(b"")
    out = tmp_path / "gout"
    done = cli("extract", str(folder), "-o", str(out))
    assert done.returncode == 1
    # (as a shell reads the name back: $'…\\xb4', where a bare \\xb4 is read as xb4)
    assert (
        f"error: $'{folder}/0\\xb4\\xf0.txt': file is empty (stage: read)" in done.stderr.decode()
    )
    (error,) = [json.loads(line) for line in (out / ERRORS_NAME).read_text("utf-8").splitlines()]
    assert error["source"] == str(folder / ODD)
    jsonl = cli("extract", str(folder), "--format", "jsonl")
    assert jsonl.returncode == 1
    assert [json.loads(x)["source"]["path"] for x in jsonl.stdout.splitlines()] == [
        str(folder / "good.txt")
    ]


LONG_NAMES = [
    pytest.param("信" * 76 + ".txt", "信" * 76 + ".json", id="232-bytes"),
    pytest.param("x" * 250 + ".docx", None, id="255-bytes-docx-as-text-fails-read"),
    pytest.param("y" * 251 + ".txt", "y" * 241 + "~", id="255-bytes-txt-shortened"),
]


@pytest.mark.parametrize(("name", "output"), LONG_NAMES)
def test_names_up_to_255_bytes_work(tmp_path: Path, name: str, output: str | None) -> None:
    folder = tmp_path / "in"
    write_letters(folder, [name])
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(folder), "-o", str(out))
    if output is None:  # a text file named .docx: read and refused, the name no trouble
        assert code == 1
        assert "not a .docx file" in stderr
        return
    assert code == 0, stderr
    (written,) = records(out)
    assert written.startswith(output)
    assert len(written.encode()) <= 255
    assert not list(out.glob(f"{TMP_PREFIX}*"))
    code, _, stderr = run("extract", str(folder), "-o", str(out))
    assert summary_count(stderr, "unchanged since the last run") == 1


# --- outputs that cannot be written ------------------------------------------------


def can_mount() -> str | None:
    """Why a tmpfs cannot be mounted here, or None when it can."""
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    return None


@contextlib.contextmanager
def tmpfs(path: Path, size: str, *, read_only: bool = False) -> Iterator[Path]:
    path.mkdir()
    options = f"size={size}" + (",ro" if read_only else "")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.mark.parametrize(
    ("out", "failed"),
    [
        ("{path}/out", "cannot make the folder {path}/out"),
        ("{path}/all.jsonl", "cannot write to {path}/all.jsonl"),
    ],
    ids=["folder", "jsonl"],
)
def test_an_output_under_a_file_is_a_one_line_usage_error(
    tmp_path: Path, out: str, failed: str
) -> None:
    """What failed (the output folder could not be made, the file not written) and why:
    the file in the way, not the kernel's "File exists"."""
    (path,) = write_letters(tmp_path, ["a.txt"])
    code, stdout, stderr = run("extract", str(path), "-o", out.format(path=path))
    assert (code, stdout) == (2, "")
    assert flat(stderr).endswith(
        f"Invalid value for '-o' / '--out': {failed.format(path=path)}: {path} is not a folder"
    )
    assert "Traceback" not in stderr


PROC_OUTPUTS = {
    "folder": ("/proc/replyparse-out/", "cannot make the folder /proc/replyparse-out"),
    "csv": ("/proc/replyparse-out/ -f csv", "cannot make the folder /proc/replyparse-out"),
    "database": ("/proc/replyparse-out.db", "cannot write to /proc/replyparse-out.db"),
    "jsonl": ("/proc/replyparse-out.jsonl", "cannot write to /proc/replyparse-out.jsonl"),
    "json": ("/proc/replyparse-out.json", "cannot write to /proc/replyparse-out.json"),
}
"""Outputs in a folder the system keeps itself, and what the refusal says failed."""


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="no /proc here")
@pytest.mark.parametrize(("out", "failed"), PROC_OUTPUTS.values(), ids=list(PROC_OUTPUTS))
def test_an_output_the_system_refuses_says_so_in_our_words(
    tmp_path: Path, out: str, failed: str
) -> None:
    """``-o /proc/out/``: the kernel answers "No such file or directory" for a folder
    that is there; the refusal says what could not be made and why in our words."""
    (path,) = write_letters(tmp_path, ["a.txt"])
    code, stdout, stderr = run("extract", str(path), "-o", *out.split())
    assert (code, stdout) == (2, "")
    assert flat(stderr).endswith(
        f"Invalid value for '-o' / '--out': {failed}: the system takes no new file or folder "
        'in /proc (it answered "No such file or directory", though the folder is there)'
    )


LIST_FILES = {
    "errors-under-a-file": (["extract", "--errors", "{tmp}/a.txt/e.jsonl", "-o", "{tmp}/out/"], "--errors", "{tmp}/a.txt/e.jsonl: {tmp}/a.txt is not a folder"),
    "skipped-under-a-file": (["extract", "--skipped", "{tmp}/a.txt/s.jsonl", "-o", "{tmp}/out/"], "--skipped", "{tmp}/a.txt/s.jsonl: {tmp}/a.txt is not a folder"),
    "validate-skipped-under-a-file": (["validate", "--skipped", "{tmp}/a.txt/s.jsonl"], "--skipped", "{tmp}/a.txt/s.jsonl: {tmp}/a.txt is not a folder"),
}  # fmt: skip
"""A list file named with --errors or --skipped that cannot be written, and the refusal."""


@pytest.mark.parametrize(("args", "option", "said_why"), LIST_FILES.values(), ids=list(LIST_FILES))
def test_a_list_file_that_cannot_be_written_is_refused_before_parsing(
    tmp_path: Path, args: list[str], option: str, said_why: str
) -> None:
    """``--errors /proc/e.jsonl`` was found unwritable only at the end, the records
    written and the failures listed nowhere (``error: out: cannot write /proc/e.jsonl: No
    such file or directory``, exit 1): refused up front as an output is (exit 2)."""
    (path,) = write_letters(tmp_path, ["a.txt"])
    command = [a.format(tmp=tmp_path) for a in args]
    code, stdout, stderr = run(command[0], str(path), *command[1:])
    assert (code, stdout) == (2, "")
    assert flat(stderr).endswith(
        f"Invalid value for '{option}': cannot write to {said_why.format(tmp=tmp_path)}"
    )
    assert not (tmp_path / "out").exists()


LONG = "长" * 100  # 300 bytes in UTF-8: over the 255 most file systems take for a name
LONG_NAMES = {
    "folder": (f"{LONG}/", "cannot write to {tmp}/" + LONG + ": its name is 300 bytes long"),
    "json": (f"{LONG}.json", "cannot write to {tmp}/" + LONG + ".json: its name is 305 bytes long"),
    "database": (f"{LONG}.db", "cannot write to {tmp}/" + LONG + ".db: its name is 303 bytes long"),
    "under-a-long-folder": (f"{LONG}/a.jsonl", "cannot write to {tmp}/" + LONG + "/a.jsonl: the name of a folder in it is 300 bytes long"),
    "its-list-of-failures": ("长" * 81 + ".json", "cannot write the list of failures {tmp}/" + "长" * 81 + ".errors.jsonl beside it: its name is 256 bytes long"),
}  # fmt: skip
"""Outputs with a name too long for the file system, and what the refusal says."""


@pytest.mark.parametrize(("name", "said_why"), LONG_NAMES.values(), ids=list(LONG_NAMES))
def test_an_output_name_too_long_is_refused_before_parsing(
    tmp_path: Path, name: str, said_why: str
) -> None:
    """A folder's name too long ended in a traceback (Path.is_dir raises ENAMETOOLONG);
    a .json's was found once the letter was parsed (``stopped, output not writable``)."""
    if os.pathconf(tmp_path, "PC_NAME_MAX") != 255:
        pytest.skip("a file system whose names are not 255 bytes at most")
    (path,) = write_letters(tmp_path, ["a.txt"])
    code, stdout, stderr = run("extract", str(path), "-o", f"{tmp_path}/{name}")
    assert (code, stdout) == (2, "")
    assert said_why.format(tmp=tmp_path) in flat(stderr)
    assert "Traceback" not in stderr and "parsed" not in stderr


def test_an_output_under_a_dangling_link_names_the_link(tmp_path: Path) -> None:
    """A link to nothing in the output's path: said so, not "File exists" (mkdir's)."""
    (path,) = write_letters(tmp_path, ["a.txt"])
    (tmp_path / "link").symlink_to(tmp_path / "gone")
    code, _, stderr = run("extract", str(path), "-o", f"{tmp_path}/link/out/")
    assert code == 2
    assert flat(stderr).endswith(
        f"cannot make the folder {tmp_path}/link/out: {tmp_path}/link is a link to "
        f"{tmp_path}/gone, which is not there"
    )


def test_a_read_only_output_folder_is_a_one_line_usage_error(tmp_path: Path) -> None:
    (path,) = write_letters(tmp_path, ["a.txt"])
    if os.geteuid() == 0:  # root writes through permissions: use a read-only file system
        context = tmpfs(tmp_path / "ro", "1m", read_only=True)
    else:
        (tmp_path / "ro").mkdir(mode=0o555)
        context = contextlib.nullcontext(tmp_path / "ro")
    with context as ro:
        for target, failed in (
            (ro, f"cannot write to {ro}/"),
            (ro / "sub", "cannot make the folder"),
        ):
            code, _, stderr = run("extract", str(path), "-o", str(target))
            assert code == 2
            reason = "is on a read-only file system" if os.geteuid() == 0 else "no permission"
            assert f"Invalid value for '-o' / '--out': {failed}" in flat(stderr)
            assert reason in flat(stderr)
        code, _, stderr = run(
            "extract", str(path), "--format", "jsonl", "-o", str(ro / "all.jsonl")
        )
        assert code == 2
        assert "Traceback" not in stderr


@pytest.mark.parametrize("name", ["a.json", "a.docx", "all.jsonl"])
def test_a_file_output_in_a_read_only_folder_is_refused_before_parsing(
    tmp_path: Path, name: str
) -> None:
    """One letter's file (-o a.json, -o a.docx), written at the end of the run, was found
    unwritable only then: the letter parsed for nothing, and a table saying "parsed 1"
    and "stopped, output not writable", exit 1. It is refused as the other outputs are."""
    (path,) = write_letters(tmp_path, ["a.txt"])
    if os.geteuid() == 0:  # root writes through permissions: use a read-only file system
        context = tmpfs(tmp_path / "ro", "1m", read_only=True)
    else:
        (tmp_path / "ro").mkdir(mode=0o555)
        context = contextlib.nullcontext(tmp_path / "ro")
    with context as ro:
        code, stdout, stderr = run("extract", str(path), "-o", str(ro / name))
    assert (code, stdout) == (2, "")
    assert f"Invalid value for '-o' / '--out': cannot write to {ro / name}: " in flat(stderr)
    assert "parsed" not in stderr


@pytest.mark.skipif(can_mount() is not None, reason=str(can_mount()))
def test_a_full_disk_stops_the_run_lists_the_failure_and_leaves_nothing_partial(
    tmp_path: Path,
) -> None:
    write_letters(tmp_path / "in", [f"{i:02}.txt" for i in range(40)])
    with tmpfs(tmp_path / "disk", "96k") as disk:
        out = disk / "out"
        done = cli("extract", str(tmp_path / "in"), "-o", str(out), "-j", "2")
        stderr = done.stderr.decode()
        assert done.returncode == 1, stderr
        assert "Traceback" not in stderr
        # the record that could not be written is named, with what to do
        assert re.search(
            rf"error: {re.escape(str(out))}/\d\d\.json: cannot write output: No space left on "
            r"device \(the disk is full\); the run stops: free space on it, or give -o another "
            r"disk, then run the same command again \(stage: write\)\n",
            stderr,
        ), stderr
        assert "stopped, output full" in stderr
        errors = [json.loads(x) for x in (out / ERRORS_NAME).read_text().splitlines()]
        assert errors and all("No space left on device" in e["error"] for e in errors)
        assert not list(out.glob(f"{TMP_PREFIX}*"))
        written = records(out)
        assert 0 < len(written) < 40
        for name in written:  # every record there is whole
            assert json.loads((out / name).read_bytes())["schema_version"] == "1"
        subprocess.run(["mount", "-o", "remount,size=4m", str(disk)], check=True)
        again = cli("extract", str(tmp_path / "in"), "-o", str(out), "-j", "2")
        assert again.returncode == 0, again.stderr.decode()
        assert len(records(out)) == 40
        assert not (out / ERRORS_NAME).exists()


@pytest.mark.skipif(can_mount() is not None, reason=str(can_mount()))
def test_a_full_disk_under_a_jsonl_file_leaves_no_partial_file(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", [f"{i:02}.txt" for i in range(40)])
    with tmpfs(tmp_path / "disk", "64k") as disk:
        done = cli(
            "extract", str(tmp_path / "in"), "--format", "jsonl", "-o", str(disk / "all.jsonl")
        )
        stderr = done.stderr.decode()
        assert done.returncode == 1, stderr
        assert (
            f"error: {disk / 'all.jsonl'}: cannot write output: No space left on device (the "
            "disk is full); the run stops: free space on it, or give -o another disk, then run "
            "the same command again (stage: write)"
        ) in stderr
        assert "Traceback" not in stderr
        assert os.listdir(disk) == []


@pytest.mark.skipif(can_mount() is not None, reason=str(can_mount()))
def test_a_full_disk_under_a_database_says_so_in_one_line(tmp_path: Path) -> None:
    """A database begun on a disk too full to hold its tables was a traceback, and left a
    file that was no archive; one that filled up as letters were added said SQLite's
    ``OperationalError: database or disk is full``, and what to do was not said."""
    write_letters(tmp_path / "in", [f"{i:02}.txt" for i in range(40)])
    with tmpfs(tmp_path / "disk", "64k") as disk:
        done = cli("extract", str(tmp_path / "in"), "-o", str(disk / "a.db"))
        stderr = done.stderr.decode()
        assert done.returncode == 2, stderr
        assert "Traceback" not in stderr
        assert (
            f"Invalid value for '-o' / '--out': {disk / 'a.db'}: cannot write: database or "
            "disk is full (free space on its disk, or give -o another place)"
        ) in " ".join(stderr.split())
        assert os.listdir(disk) == []  # no half-made database, no lock
    with tmpfs(tmp_path / "disk2", "200k") as disk:
        done = cli("extract", str(tmp_path / "in"), "-o", str(disk / "a.db"), "-j", "1")
        stderr = done.stderr.decode()
        assert done.returncode == 1, stderr
        assert (
            f"error: {disk / 'a.db'}: cannot write output: No space left on device (the disk "
            "is full); the run stops: free space on it, or give -o another disk, then run the "
            "same command again (stage: write)"
        ) in stderr


@pytest.mark.skipif(can_mount() is not None, reason=str(can_mount()))
def test_a_full_disk_under_a_dangling_link_leaves_no_half_made_target(tmp_path: Path) -> None:
    """-o a.db, a link to a file not there yet: SQLite made the file where the link points,
    and the cleanup of a database that could not be begun removed only the link's name (it
    was there, so nothing was removed): the half-made target stayed."""
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    with tmpfs(tmp_path / "disk", "64k") as disk:
        (disk / "real").mkdir()
        (disk / "a.db").symlink_to("real/target.db")
        done = cli("extract", str(tmp_path / "in"), "-o", str(disk / "a.db"))
        assert done.returncode == 2, done.stderr.decode()
        assert "database or disk is full" in done.stderr.decode()
        assert os.listdir(disk / "real") == []
        assert os.readlink(disk / "a.db") == "real/target.db"  # the user's link, kept


@pytest.mark.parametrize("log", ["-wal", "-journal"])
def test_the_log_of_a_deleted_archive_is_refused_and_kept(tmp_path: Path, log: str) -> None:
    """A -wal left beside an archive deleted without it: a new archive there made SQLite
    discard it (or, on a full disk, the cleanup removed it). Refused now, the file kept."""
    write_letters(tmp_path / "in", ["a.txt"])
    db = tmp_path / "out" / "a.db"
    db.parent.mkdir()
    stale = db.with_name("a.db" + log)
    stale.write_bytes(b"what an earlier archive last wrote")
    code, stdout, stderr = run("extract", str(tmp_path / "in"), "-o", str(db))
    assert (code, stdout) == (2, "")
    assert flat(stderr).endswith(
        f"Invalid value for '-o' / '--out': {stale} is there without {db}: the log of an "
        "archive deleted or moved without it, which a new archive would discard; move it "
        "away (or delete it), then run again"
    )
    assert sorted(os.listdir(db.parent)) == [stale.name]
    assert stale.read_bytes() == b"what an earlier archive last wrote"


@pytest.mark.parametrize(
    "reason", ["database is locked", "database disk image is malformed"], ids=["locked", "damaged"]
)
def test_a_database_that_fails_for_no_want_of_room_is_not_told_to_make_room(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reason: str
) -> None:
    """A run stopped by an output that failed for another cause than space (another
    program holding the database past the busy timeout, a damaged file) was told to
    ``make room for it, or give -o another place``, as if the disk were full."""
    import sqlite3

    from replyparse.tables.sqlite import SqliteArchive

    def fail(*_: object, **__: object) -> None:
        raise sqlite3.OperationalError(reason)

    monkeypatch.setattr(SqliteArchive, "write", fail)
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    db = tmp_path / "a.db"
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(db), "-j", "1")
    assert code == 1, stderr
    assert (
        f"error: {db}: cannot write output: OperationalError: {reason}; the run stops: "
        "run the same command again once it can be written (stage: write)"
    ) in flat(stderr)
    assert "make room" not in stderr
    # the summary's title names no full disk either
    assert "stopped, output not writable" in stderr
    assert "output full" not in stderr


@pytest.mark.parametrize(
    ("code", "advice"),
    [
        ("ENOSPC", " (the disk is full); the run stops: free space on it, or give -o another disk"),
        (
            "EDQUOT",
            " (your disk quota is used up); the run stops: free some of it, or give -o "
            "another disk",
        ),
        (
            "EROFS",
            " (the file system is read-only); the run stops: give -o a place that can be written",
        ),
    ],
)
def test_each_want_of_room_is_told_what_to_do(code: str, advice: str) -> None:
    """The quota and the read-only file system, which no disk of a test fills, told
    apart from a full disk as the full disk is."""
    import errno

    from replyparse.batch.ledger import _halt_advice

    reason = f"cannot write output: {os.strerror(getattr(errno, code))}"
    assert _halt_advice(reason) == advice + ", then run the same command again"
    # a --force run: the same command would start over
    again = "run the command again without --force"
    assert _halt_advice(reason, again) == f"{advice}, then {again}"


# --- the pool itself: chunks, deadlines, dead workers ---------------------------------


class Naps:
    """Work for the pool: task ``n`` sleeps ``n`` tenths of a second (-1: the worker dies);
    preparing a chunk that holds 99 sleeps forever."""

    def __call__(self, task: int) -> int:
        if task < 0:
            os.kill(os.getpid(), signal.SIGKILL)
        time.sleep(task / 10)
        return task * 2

    def prepare(self, tasks: Sequence[int]) -> None:
        if 99 in tasks and len(tasks) > 1:
            time.sleep(3600)


def pool_results(tasks: list[int], chunks: list[list[int]], workers: int = 2) -> dict[int, object]:
    from replyparse.batch.pool import Stop, run_tasks

    found = run_tasks(tasks, Naps(), workers=workers, timeout=1.0, stop=Stop(), chunks=chunks)
    return {i: (r if isinstance(r, int) else r.reason) for i, r in found}  # type: ignore[attr-defined]


def test_a_task_past_its_deadline_is_lost_and_the_rest_of_its_chunk_done() -> None:
    results = pool_results([0, 50, 1, 2], [[0, 1, 2, 3]], workers=1)
    assert results == {0: 0, 1: "timeout: not finished within 1 s", 2: 2, 3: 4}


def test_a_chunk_whose_preparation_overruns_is_tried_one_task_at_a_time() -> None:
    results = pool_results([1, 99, 2], [[0, 1, 2]], workers=1)
    assert results[0] == 2 and results[2] == 4
    assert results[1] == "timeout: not finished within 1 s"


def test_a_worker_that_dies_loses_only_its_task() -> None:
    results = pool_results([1, -1, 2, 3], [[0, 1, 2, 3]], workers=1)
    assert results == {0: 2, 1: "worker process failed: killed by SIGKILL", 2: 4, 3: 6}


def test_results_come_as_workers_finish_not_in_task_order() -> None:
    from replyparse.batch.pool import Stop, run_tasks

    order = [i for i, _ in run_tasks([8, 0, 0, 0], Naps(), workers=2, timeout=5, stop=Stop())]
    assert order[-1] == 0 and sorted(order) == [0, 1, 2, 3]


# --- old Word files: the conversion before a chunk keeps the run's limits -------------


def test_the_conversion_before_a_chunk_gets_the_runs_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from replyparse import readers
    from replyparse.batch.work import Task, prepare_inputs
    from replyparse.limits import Limits

    seen: list[tuple[list[Path], Limits]] = []

    def fake_prefetch(paths: Iterator[Path], *, limits: Limits) -> int:
        seen.append((list(paths), limits))
        return 0

    monkeypatch.setattr(readers, "prefetch", fake_prefetch)
    limits = Limits(timeout_seconds=1.5, max_file_bytes=1000)
    prepare_inputs([Task(str(tmp_path / "a.doc")), Task("-", None, b"text")], limits)
    assert seen == [([tmp_path / "a.doc"], limits)]
