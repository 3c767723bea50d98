"""What the command line promises and must keep: ``--no-keywords``, skipped files that stay
traceable, filters named when they leave nothing, render's limits, SIGTERM.

Letters are the project's samples or invented (``archivegen``).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import ROOT, SAMPLES, flat, run
from replyparse.idf import jieba_file
from summary import summary_count

SAMPLE = SAMPLES[0]


def _records(out: Path) -> dict[str, dict[str, object]]:
    return {
        p.relative_to(out).as_posix(): json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(out.rglob("*.json"))
    }


# --- --no-keywords -------------------------------------------------------------------------


def test_no_keywords_leaves_the_keywords_empty_and_keeps_the_rest() -> None:
    code, with_keywords, _ = run("extract", "--no-text", str(SAMPLE))
    assert code == 0
    code, without, _ = run("extract", "--no-text", "--no-keywords", str(SAMPLE))
    assert code == 0
    full, bare = json.loads(with_keywords), json.loads(without)
    assert full["keywords"], "the sample has keywords: the test would prove nothing"
    assert (bare["keywords"], bare["keyword_spans"]) == ([], [])
    for key in ("keywords", "keyword_spans"):
        del full[key], bare[key]
    assert bare == full


_BLOCKER = """\
import os
with open(os.environ["SEGMENTER_MARKER"], "a", encoding="utf-8") as fh:
    fh.write(__name__ + "\\n")
raise ImportError("segmenter blocked by the test")
"""


def _blocked_segmenters(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An environment whose ``rjieba`` and ``jieba`` only write their name to a marker
    file when imported, in whatever process (workers included)."""
    shadow = tmp_path / "shadow"
    for name in ("rjieba", "jieba"):
        (shadow / name).mkdir(parents=True)
        (shadow / name / "__init__.py").write_text(_BLOCKER, encoding="utf-8")
    # jieba's data files stay where the parser finds them without importing it (the
    # lexicon is made from them); only its code and rjieba's are blocked
    (shadow / "jieba" / "analyse").mkdir()
    for part in (("dict.txt",), ("analyse", "idf.txt")):
        (shadow / "jieba").joinpath(*part).symlink_to(jieba_file(*part))
    marker = tmp_path / "imported.txt"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(shadow), str(ROOT / "src")])
    env["SEGMENTER_MARKER"] = str(marker)
    return env, marker


@pytest.mark.slow
@pytest.mark.parametrize(
    ("letters", "jobs"),
    [pytest.param(1, "1", id="one-letter-cold"), pytest.param(16, "2", id="two-workers")],
)
def test_no_keywords_never_loads_the_segmenter(tmp_path: Path, letters: int, jobs: str) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    for i in range(letters):
        shutil.copy(SAMPLES[i % len(SAMPLES)], folder / f"{i:02d}.txt")
    env, marker = _blocked_segmenters(tmp_path)
    target = str(folder / "00.txt") if letters == 1 else str(folder)
    command = [sys.executable, "-m", "replyparse", "extract", target, "-j", jobs]
    command += ["--format", "jsonl"]
    done = subprocess.run(
        [*command, "--no-keywords"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(records) == letters
    assert all(r["keywords"] == [] for r in records)
    assert not marker.exists(), marker.read_text(encoding="utf-8")
    # the same run with keywords does import the segmenter: the marker can tell
    subprocess.run(command, env=env, capture_output=True, timeout=120)
    assert "jieba" in marker.read_text(encoding="utf-8")


def test_a_changed_keyword_setting_parses_again(tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    for sample in SAMPLES[:3]:
        shutil.copy(sample, folder / sample.name)
    out = tmp_path / "out"
    steps = [
        ([], "parsed", True),
        (["--no-keywords"], "parsed", False),
        (["--no-keywords"], "unchanged since the last run", False),
        ([], "parsed", True),
    ]
    for options, counted, has_keywords in steps:
        code, _, stderr = run("extract", str(folder), "-o", str(out), *options)
        assert code == 0, stderr
        assert summary_count(stderr, counted) == 3, (options, stderr)
        records = _records(out)
        assert len(records) == 3
        assert all(bool(r["keywords"]) is has_keywords for r in records.values()), options
    manifest = (out / ".replyparse-manifest.jsonl").read_text(encoding="utf-8")
    assert "keywords=no" not in manifest  # the last run had keywords


def test_no_keywords_is_in_the_settings_the_manifest_keeps(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(SAMPLE), "-o", str(out), "--no-keywords")
    assert code == 0, stderr
    entry = json.loads((out / ".replyparse-manifest.jsonl").read_text(encoding="utf-8"))
    assert entry["settings"].endswith("; keywords=no")


def test_extract_help_lists_no_keywords() -> None:
    code, stdout, _ = run("extract", "--help")
    assert code == 0
    assert "--no-keywords" in flat(stdout)


# --- SIGTERM to the whole process group --------------------------------------------------


@pytest.mark.slow
def test_sigterm_to_the_process_group_lets_running_letters_finish(tmp_path: Path) -> None:
    """As ``timeout -s TERM`` or a service manager stops a run: SIGTERM to every process
    of the group. Workers leave the decision to the command, which finishes what is
    running, fails nothing, and exits 143; a rerun does the rest."""
    from archivegen import build_archive

    archive = build_archive(tmp_path / "archive", 200, broken=False)
    out = tmp_path / "out"
    manifest = out / ".replyparse-manifest.jsonl"
    command = [sys.executable, "-m", "replyparse", "extract", str(archive.root), "-o", str(out)]
    log = tmp_path / "log"
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [*command, "-j", "2"], stdout=subprocess.DEVNULL, stderr=fh, start_new_session=True
        )
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if manifest.exists() and manifest.read_bytes().count(b"\n") >= 10:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the run ended before it could be stopped"
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=60)
    stderr = log.read_text(encoding="utf-8")
    assert proc.returncode == 143, stderr
    # said once, as the stop begins; no letter is failed for it
    stopping = "note: stopping (SIGTERM): no new file is started; the files in flight are "
    assert [line for line in stderr.splitlines() if "SIGTERM" in line] == [
        f"{stopping}finished and recorded (a Ctrl-C or SIGINT now abandons them)"
    ]
    assert not (out / "errors.jsonl").exists(), (out / "errors.jsonl").read_text()
    entries = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    assert entries and all(e["status"] == "ok" for e in entries)
    done = len(entries)
    assert done < 200
    assert summary_count(stderr, "not done (rerun to finish)") == 200 - done
    code, _, rerun = run("extract", str(archive.root), "-o", str(out), "-j", "2")
    assert code == 0, rerun
    assert summary_count(rerun, "unchanged since the last run") == done
    assert summary_count(rerun, "parsed") == 200 - done


@pytest.mark.slow
def test_validate_stopped_by_sigterm_exits_143(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(200):
        shutil.copy(SAMPLES[i % len(SAMPLES)], folder / f"{i:03d}.txt")
    proc = subprocess.Popen(
        [sys.executable, "-m", "replyparse", "validate", "-j", "2", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # under way
    os.killpg(proc.pid, signal.SIGTERM)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 143, stderr
    assert "interrupted after" in stderr and "unreadable" not in stderr
    assert stderr.count("note: stopping (SIGTERM): no new file is started") == 1


def test_a_stop_before_a_jsonl_file_is_written_does_not_promise_it(tmp_path: Path) -> None:
    """-o all.jsonl is written whole at the end of a run: the note said the files in
    flight were "finished and recorded", and a stopped run writes none of them."""
    folder = tmp_path / "many"
    folder.mkdir()
    (folder / "000.txt").write_bytes(b"")  # its failure line: the run is under way
    for i in range(1, 400):
        shutil.copy(SAMPLES[i % len(SAMPLES)], folder / f"{i:03d}.txt")
    out = tmp_path / "all.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "replyparse", "extract", "-j", "2", str(folder), "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert proc.stderr is not None
    told = ""
    while not told.startswith("error:"):
        told = proc.stderr.readline()
        assert told, "the run ended before it could be stopped"
    os.killpg(proc.pid, signal.SIGINT)
    rest = proc.stderr.read()
    proc.wait(timeout=120)
    assert proc.returncode == 130, rest
    (line,) = [line for line in rest.splitlines() if line.startswith("note: stopping")]
    assert line == (
        "note: stopping (Ctrl-C): no new file is started; the files in flight are finished "
        f"and counted, but {out} is written only by a run that ends (Ctrl-C again abandons "
        "them)"
    )
    assert not out.exists()


# --- render: the limits its advice names ---------------------------------------------------


RENDER_LIMIT_CASES = [
    pytest.param(["--max-chars", "100"], "--max-chars", id="max-chars"),
    pytest.param(["--max-file-size", "1K"], "--max-file-size", id="max-file-size"),
]


@pytest.mark.parametrize(("options", "named"), RENDER_LIMIT_CASES)
def test_render_takes_the_limit_its_advice_names(
    tmp_path: Path, options: list[str], named: str
) -> None:
    out = tmp_path / "letter.docx"
    code, _, err = run("render", str(SAMPLE), "-o", str(out), *options)
    assert code == 1, err
    assert f"(raise it with {named})" in err
    assert not out.exists()
    raised = [options[0], "10M" if options[0] == "--max-file-size" else "1000000"]
    code, _, err = run("render", str(SAMPLE), "-o", str(out), *raised)
    assert code == 0, err
    assert out.stat().st_size > 0


def test_render_help_lists_the_limits() -> None:
    code, stdout, _ = run("render", "--help")
    assert code == 0
    for option in ("--max-file-size", "--max-inflated-size", "--max-pages", "--max-chars"):
        assert option in stdout
    assert "--timeout" in stdout


# --- a filter pattern the shell expanded ------------------------------------------------


@pytest.fixture
def three_notes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder of three letters, as an unquoted ``*.txt`` would find them."""
    for name in ("amber.txt", "birch.txt", "cedar.txt"):
        shutil.copyfile(SAMPLE, tmp_path / name)
    (tmp_path / "inbox").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("command", ["extract", "validate"])
@pytest.mark.parametrize("option", ["--include", "--exclude"])
def test_an_unquoted_pattern_the_shell_expanded_is_refused_with_the_quoting(
    three_notes: Path, command: str, option: str
) -> None:
    """``--include *.txt`` unquoted reaches replyparse as ``--include amber.txt birch.txt
    cedar.txt``: the first file taken for the pattern, the others read as paths, the run
    doing what was to be filtered. Refused before anything is read or written, with the
    fix named."""
    more = ["-o", "out"] if command == "extract" else []
    code, stdout, stderr = run(
        command, option, "amber.txt", "birch.txt", "cedar.txt", "inbox", *more
    )
    assert (code, stdout) == (2, "")
    assert (
        f"Invalid value for '{option}': amber.txt is a file, and birch.txt, cedar.txt after it "
        "would be read as paths, as when the shell expands an unquoted pattern before "
        f"replyparse sees it: quote the pattern ({option} '*.txt'); to mean the name amber.txt "
        f"itself, write {option}=amber.txt, or put {option} amber.txt after the paths (quotes "
        "around the name do not help: the shell removes them)"
    ) in flat(stderr)
    assert not (three_notes / "out").exists()


@pytest.mark.parametrize("command", ["extract", "validate"])
def test_a_filter_meant_as_typed_runs_after_the_paths_as_the_refusal_says(
    three_notes: Path, command: str
) -> None:
    """``--exclude amber.txt birch.txt cedar.txt inbox`` with amber.txt meant is refused
    as a shell's expansion (the two cannot be told apart); the refusal offers the filter
    after the paths, which reads birch.txt, cedar.txt and the folder without its
    amber.txt."""
    shutil.copyfile(SAMPLE, three_notes / "inbox" / "amber.txt")
    shutil.copyfile(SAMPLE, three_notes / "inbox" / "dune.txt")
    more = ["-o", "out/"] if command == "extract" else []
    paths = ["birch.txt", "cedar.txt", "inbox"]
    code, stdout, stderr = run(command, *paths, "--exclude", "amber.txt", *more)
    assert code == 0, stderr
    assert "note: --exclude 'amber.txt' left out 1 file\n" in stderr
    if command == "extract":
        read = sorted(p.name for p in (three_notes / "out").rglob("*.json"))
        assert read == ["birch.json", "cedar.json", "dune.json"]
    else:
        assert "3 letters, 0 warnings, 0 errors" in stdout + stderr


def test_a_filter_naming_a_file_is_kept_when_no_such_files_follow(three_notes: Path) -> None:
    """The shape alone is refused: a name with = (no shell splits it), a pattern, or a
    file followed by a folder or a file of another kind is a filter as typed."""
    (three_notes / "dune.docx").write_bytes(b"")
    for args in (
        ["--include=amber.txt", "birch.txt", "inbox"],
        ["--include", "*.txt", "birch.txt"],
        ["--include", "amber.txt", "inbox", "birch.txt"],
        ["--exclude", "amber.txt", "dune.docx"],
    ):
        code, _, stderr = run("validate", *args)
        assert code in (0, 1), stderr  # checked (dune.docx, empty, is unreadable)
        assert "the shell expands" not in flat(stderr), args


@pytest.mark.parametrize(
    "args",
    [
        # the filter takes one file out of the files a pattern gave: it is among them
        ["--exclude", "birch.txt", "amber.txt", "birch.txt", "cedar.txt"],
        # ... or sorts after them, which no expansion of one pattern would give
        ["--exclude", "cedar.txt", "amber.txt", "birch.txt"],
        # after --, every word is a path (a file called --include among them)
        ["--", "--include", "amber.txt", "birch.txt"],
    ],
    ids=["excluded-one-among-them", "after-them", "after-double-dash"],
)
def test_a_filter_typed_before_files_of_its_kind_is_no_expansion(
    three_notes: Path, args: list[str]
) -> None:
    """``--exclude birch.txt *.txt`` means every text file but birch.txt: its files follow
    the filter as a shell sorts them, birch.txt again among them. It was refused as an
    expanded pattern, with ``--exclude '*.txt'`` (which leaves out every file) offered."""
    (three_notes / "--include").write_bytes(b"")
    code, _, stderr = run("validate", *args)
    assert "the shell expands" not in flat(stderr), args
    assert code in (0, 1), stderr


@pytest.mark.parametrize(
    ("folder", "pattern"),
    [("it's", "'it'\"'\"'s/*.txt'"), ("a b", "'a b/*.txt'"), ("x\udcb4", "$'x\\xb4/*.txt'")],
    ids=["quote", "space", "not-utf-8"],
)
def test_the_pattern_to_type_is_quoted_for_its_folder(
    three_notes: Path, folder: str, pattern: str
) -> None:
    """The pattern offered was put in bare single quotes: ``'it's/*.txt'`` is no shell
    word, and a name not UTF-8 showed a lone surrogate."""
    (three_notes / folder).mkdir()
    names = [os.path.join(folder, name) for name in ("amber.txt", "birch.txt")]
    for name in names:
        shutil.copyfile(SAMPLE, three_notes / name)
    code, _, stderr = run("validate", "--include", *names)
    assert code == 2
    assert f"quote the pattern (--include {pattern}); to mean" in flat(stderr)
