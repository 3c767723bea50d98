"""Outputs that do what they say (#10), through the real command line: the format read from
``-o``'s suffix, a trailing ``/`` for a folder, contradictions refused with a clear
message."""

from __future__ import annotations

import contextlib
import json
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT, SAMPLES, copy_samples, flat, run
from summary import summary_count


@pytest.fixture
def three(tmp_path: Path) -> Path:
    return copy_samples(tmp_path / "in", 3)


def kind_of(path: Path) -> str:
    """What ``path`` turned out to be."""
    if path.is_dir():
        return "folder of json" if any(path.glob("*.json")) else "folder of csv"
    head = path.read_bytes()[:16]
    if head.startswith(b"SQLite format 3"):
        return "sqlite"
    text = path.read_text(encoding="utf-8")
    return "jsonl" if len(text.splitlines()) > 1 and text.startswith('{"') else "json"


INFERRED = [
    pytest.param("all.jsonl", [], 3, "jsonl", id="jsonl-suffix"),
    pytest.param("ALL.JSONL", [], 3, "jsonl", id="suffix-in-capitals"),
    pytest.param("out/", [], 3, "folder of json", id="trailing-slash-is-a-folder"),
    pytest.param("out", [], 3, "folder of json", id="no-suffix-is-a-folder-as-before"),
    pytest.param("out.jsonl/", [], 3, "folder of json", id="slash-beats-suffix"),
    pytest.param("archive.db", [], 3, "sqlite", id="db-suffix"),
    pytest.param("archive.sqlite", [], 3, "sqlite", id="sqlite-suffix"),
    pytest.param("archive.sqlite3", [], 3, "sqlite", id="sqlite3-suffix"),
    pytest.param("result.json", [], 1, "json", id="json-suffix-one-letter"),
    pytest.param("tables", ["--format", "csv"], 3, "folder of csv", id="csv-folder-by-format"),
    pytest.param("all.jsonl", ["--format", "jsonl"], 3, "jsonl", id="format-agrees-with-suffix"),
    pytest.param(
        "archive", ["--format", "sqlite"], 3, "sqlite", id="format-names-a-file-without-suffix"
    ),
]


@pytest.mark.parametrize(("name", "extra", "letters", "kind"), INFERRED)
def test_the_output_is_what_its_name_says(
    three: Path, tmp_path: Path, name: str, extra: list[str], letters: int, kind: str
) -> None:
    source = str(three) if letters == 3 else str(three / SAMPLES[0].name)
    target = tmp_path / "res" / name
    code, stdout, stderr = run(
        "extract", source, "-q", "-o", str(tmp_path / "res") + "/" + name, *extra
    )
    assert (code, stdout) == (0, ""), stderr
    assert kind_of(target) == kind


def test_a_json_file_holds_the_record_stdout_would_show(three: Path, tmp_path: Path) -> None:
    letter = str(three / SAMPLES[0].name)
    code, shown, _ = run("extract", letter)
    assert code == 0
    assert run("extract", letter, "-o", str(tmp_path / "one.json"))[0] == 0
    assert (tmp_path / "one.json").read_text(encoding="utf-8") == shown
    assert json.loads(shown)["source"]["path"] == letter


REFUSED = [
    pytest.param(
        ["-o", "{tmp}/result.json"], "3 letter files found, and", id="json-file-for-three-letters"
    ),
    pytest.param(
        ["--format", "jsonl", "-o", "{tmp}/out/"],
        "ends in /, a folder, but --format jsonl writes one file",
        id="jsonl-to-a-folder-name",
    ),
    pytest.param(
        ["--format", "sqlite", "-o", "{tmp}/out/"],
        "ends in /, a folder, but --format sqlite",
        id="sqlite-to-a-folder-name",
    ),
    pytest.param(
        ["--format", "sqlite", "-o", "{tmp}/all.jsonl"],
        "names a jsonl file but --format is sqlite",
        id="suffix-against-format",
    ),
    pytest.param(
        ["--format", "json", "-o", "{tmp}/archive.db"],
        "names a sqlite file but --format is json",
        id="db-against-json",
    ),
    pytest.param(
        ["--format", "csv", "-o", "{tmp}/all.jsonl"],
        "names a jsonl file but --format is csv",
        id="jsonl-against-csv",
    ),
    pytest.param(
        ["-o", "{tmp}/tables.csv"], "CSV output is a folder of tables", id="csv-file-name"
    ),
    pytest.param(
        ["--format", "csv", "-o", "{tmp}/tables.csv"],
        "CSV output is a folder of tables",
        id="csv-file-name-with-format",
    ),
    pytest.param(
        ["-o", "{tmp}/letter.docx"], "3 letter files found, and", id="docx-file-for-three-letters"
    ),
    pytest.param(
        ["-o", "{tmp}/made.jsonl"],
        "is a folder; --format jsonl writes one file",
        id="existing-folder-with-jsonl-name",
    ),
    pytest.param(
        ["-o", "{tmp}/made.json"],
        "is a folder, but a .json name is one letter's record file",
        id="existing-folder-with-json-name",
    ),
    pytest.param(
        ["-o", "{tmp}/notes.txt/"], "is a file, not a folder", id="file-named-as-a-folder"
    ),
]


@pytest.mark.parametrize(("args", "message"), REFUSED)
def test_contradictions_are_refused_before_anything_is_written(
    three: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    (tmp_path / "made.jsonl").mkdir()
    (tmp_path / "made.json").mkdir()
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    code, stdout, stderr = run("extract", str(three), *[a.format(tmp=tmp_path) for a in args])
    assert (code, stdout) == (2, "")
    assert message in flat(stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_db_name_makes_a_resumable_archive(three: Path, tmp_path: Path) -> None:
    target = tmp_path / "archive.db"
    assert run("extract", str(three), "-q", "-o", str(target))[0] == 0
    code, _, stderr = run("extract", str(three), "-o", str(target))
    assert code == 0 and summary_count(stderr, "unchanged since the last run") == 3
    with contextlib.closing(sqlite3.connect(target)) as db:
        assert db.execute("SELECT count(*) FROM letters").fetchone() == (3,)


# --- a reader that goes away -------------------------------------------------------------


def first_line_then_close(*args: str) -> tuple[int, bytes, str]:
    """Run ``replyparse`` with its standard output piped into a reader that takes one
    line and closes the pipe, as ``| head -1`` does; the exit status and stderr."""
    process = subprocess.Popen(
        [sys.executable, "-m", "replyparse", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    line = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8")
    return process.wait(timeout=120), line, stderr


def test_a_closed_standard_output_stops_the_run_quietly() -> None:
    code, line, stderr = first_line_then_close(
        "extract", str(ROOT / "samples"), "--format", "jsonl", "-q"
    )
    assert json.loads(line)["source"]["path"].endswith(SAMPLES[0].name)
    assert stderr == ""
    assert code == 128 + signal.SIGPIPE  # what a shell shows for a tool killed by SIGPIPE


def test_a_closed_standard_output_prints_no_error_and_no_summary() -> None:
    code, line, stderr = first_line_then_close(
        "extract", str(ROOT / "samples"), "-o", "-", "--format", "jsonl"
    )
    assert line.startswith(b'{"schema_version"')
    assert code == 128 + signal.SIGPIPE
    for noise in ("error", "Broken pipe", "BrokenPipe", "Traceback", "replyparse extract", "│"):
        assert noise not in stderr  # the summary table is titled "replyparse extract"
    # the notes on the walk (the expected records beside the samples are no letters) and
    # the start line, written before the reader left; nothing after it
    *notes, start = stderr.splitlines()
    files = [p for p in (ROOT / "samples").iterdir() if p.is_file()]
    letters = [p for p in files if p.suffix == ".txt"]
    skipped = len(files) - len(letters)  # the expected records and the README
    counts = f"{len(files)} files found: {len(letters)} to parse, {skipped} skipped"  # (no resume)
    assert start.startswith(f"replyparse: {counts}")
    assert all(note.startswith("note: ") for note in notes)


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_validate_stops_quietly_when_its_reader_goes_away(tmp_path: Path, fmt: str) -> None:
    """``validate … | head -1`` exited 1 (Click's answer to a broken pipe), which reads as
    a finding at or above --fail-on (here error, which none of these reaches): 141, as
    extract does, and nothing on standard error."""
    sample = ROOT / "samples" / "s03_no_header_group_ranges.txt"  # (a warning: a line out)
    for i in range(60):
        shutil.copy(sample, tmp_path / f"{i:02d}.txt")
    code, line, stderr = first_line_then_close(
        "validate", str(tmp_path), "--fail-on", "error", "-f", fmt, "-j", "1"
    )
    assert b"section-style-1dun" in line
    assert (code, stderr) == (128 + signal.SIGPIPE, "")


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_validate_s_document_for_a_reader_gone_ends_quietly_with_141(
    tmp_path: Path, fmt: str
) -> None:
    """-f json and -f sarif write their one document once every file is checked: a
    reader gone by then ends the run with 141 and nothing on standard error, as
    extract's one record does (docs/validate.md: a reader that took the whole document
    into the pipe before it left cannot be told from one that read it, and the check's
    own code stands)."""
    sample = ROOT / "samples" / "s03_no_header_group_ranges.txt"  # (a warning)
    for i in range(3):
        shutil.copy(sample, tmp_path / f"{i:02d}.txt")
    process = subprocess.Popen(
        [sys.executable, "-m", "replyparse", "validate", str(tmp_path), "-f", fmt],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # (| true: gone before the document)
    stderr = process.stderr.read().decode("utf-8")
    # must not match: the check's 1 (a warning at or above --fail-on warning)
    assert (process.wait(timeout=120), stderr) == (128 + signal.SIGPIPE, "")


# --- where failures are listed ------------------------------------------------------------


def listed(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(json.loads(x)["source"], json.loads(x)["stage"]) for x in lines]


@pytest.fixture
def with_a_failure(three: Path) -> Path:
    (three / "zz_empty.txt").write_bytes(b"")
    return three / "zz_empty.txt"


ERRORS_PLACES = [
    pytest.param(["--format", "jsonl"], "e/errors.jsonl", id="standard-output"),
    pytest.param(["-o", "{tmp}/all.jsonl"], "e/errors.jsonl", id="jsonl-file"),
    pytest.param(["-o", "{tmp}/out/"], "e/errors.jsonl", id="folder"),
    pytest.param(["-o", "{tmp}/archive.db"], "e/errors.jsonl", id="sqlite"),
]


@pytest.mark.parametrize(("args", "name"), ERRORS_PLACES)
def test_errors_file_for_any_mode(
    three: Path, with_a_failure: Path, tmp_path: Path, args: list[str], name: str
) -> None:
    target = tmp_path / name  # its folder does not exist yet
    code, stdout, _ = run(
        "extract",
        str(three),
        "-q",
        "--errors",
        str(target),
        *[a.format(tmp=tmp_path) for a in args],
    )
    assert code == 1
    assert listed(target) == [(str(with_a_failure), "read")]
    assert not (tmp_path / "out" / "errors.jsonl").exists()  # not also in the default place
    assert not (tmp_path / "all.errors.jsonl").exists()
    if "--format" in args:
        assert len(stdout.splitlines()) == 3  # the other letters still came out


def test_errors_file_is_removed_when_nothing_fails(
    three: Path, with_a_failure: Path, tmp_path: Path
) -> None:
    target = tmp_path / "errors.jsonl"
    assert (
        run(
            "extract", str(three), "-q", "-o", str(tmp_path / "all.jsonl"), "--errors", str(target)
        )[0]
        == 1
    )
    assert target.exists()
    with_a_failure.unlink()
    assert (
        run(
            "extract", str(three), "-q", "-o", str(tmp_path / "all.jsonl"), "--errors", str(target)
        )[0]
        == 0
    )
    assert not target.exists()


ERRORS_REFUSED = [
    pytest.param("{tmp}/all.jsonl", "is also the output", id="the-output"),
    pytest.param("{tmp}", "is a folder", id="a-folder"),
    pytest.param("{letter}", "is also an input", id="a-letter"),
]


@pytest.mark.parametrize(("errors", "message"), ERRORS_REFUSED)
def test_errors_file_that_cannot_work(
    three: Path, tmp_path: Path, errors: str, message: str
) -> None:
    code, stderr, letter_kept = _list_file_refused(three, tmp_path, "--errors", errors)
    assert code == 2
    assert message in flat(stderr) and "--errors" in flat(stderr)
    assert letter_kept


def _list_file_refused(
    three: Path, tmp_path: Path, option: str, place: str, *more: str
) -> tuple[int, str, bool]:
    """Run ``extract`` with ``option`` (a run's list file) at ``place`` (``{tmp}`` and
    ``{letter}`` filled in): its exit code, its standard error, and whether the letter
    the place may name is unchanged."""
    letter = str(three / SAMPLES[0].name)
    before = Path(letter).read_bytes()
    target = place.format(tmp=tmp_path, letter=letter)
    code, _, stderr = run(
        "extract", str(three), "-o", str(tmp_path / "all.jsonl"), option, target, *more
    )
    return code, stderr, Path(letter).read_bytes() == before


@pytest.mark.parametrize(("args", "name"), ERRORS_PLACES)
def test_skipped_file_for_any_mode(three: Path, tmp_path: Path, args: list[str], name: str) -> None:
    """--skipped FILE lists the skipped paths wherever the records go, standard output
    included (whose run has no place beside it), and only there."""
    (three / "scan.jpg").write_bytes(b"\xff\xd8")
    (three / ".DS_Store").write_bytes(b"x")
    target = tmp_path / name.replace("errors", "skipped")
    code, _, stderr = run(
        "extract", str(three), "-q", "--skipped", str(target),
        *[a.format(tmp=tmp_path) for a in args],
    )  # fmt: skip
    assert (code, stderr) == (0, "")
    lines = [json.loads(x) for x in target.read_text(encoding="utf-8").splitlines()]
    assert [(x["path"], x["reason"]) for x in lines] == [
        (str(three / ".DS_Store"), "hidden"),
        (str(three / "scan.jpg"), "no-letter-format"),
    ]
    assert not (tmp_path / "out" / "skipped.jsonl").exists()  # not also in the default place
    assert not (tmp_path / "all.skipped.jsonl").exists()


SKIPPED_REFUSED = [
    *ERRORS_REFUSED,
    pytest.param("{tmp}/e.jsonl", "is also the --errors file", id="the-errors-file"),
]


@pytest.mark.parametrize(("skipped", "message"), SKIPPED_REFUSED)
def test_skipped_file_that_cannot_work(
    three: Path, tmp_path: Path, skipped: str, message: str
) -> None:
    code, stderr, letter_kept = _list_file_refused(
        three, tmp_path, "--skipped", skipped, "--errors", str(tmp_path / "e.jsonl")
    )
    assert code == 2
    assert message in flat(stderr) and "'--skipped'" in flat(stderr)
    assert letter_kept


# --- several inputs ------------------------------------------------------------------------


def tree(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.json"))


def test_several_input_folders_keep_their_own_names(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder / "2021").mkdir(parents=True)
        shutil.copy(
            SAMPLES[0] if folder == "a" else SAMPLES[1], tmp_path / folder / "2021" / "x.txt"
        )
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(out))
    assert code == 0
    assert tree(out) == ["a/2021/x.json", "b/2021/x.json"]
    assert "clash" not in stderr
    record = json.loads((out / "b" / "2021" / "x.json").read_text(encoding="utf-8"))
    assert record["source"]["path"] == str(tmp_path / "b" / "2021" / "x.txt")


def test_one_input_folder_is_the_top_of_the_output(tmp_path: Path) -> None:
    (tmp_path / "a" / "2021").mkdir(parents=True)
    shutil.copy(SAMPLES[0], tmp_path / "a" / "2021" / "x.txt")
    assert run("extract", str(tmp_path / "a"), "-o", str(tmp_path / "out"))[0] == 0
    assert tree(tmp_path / "out") == ["2021/x.json"]


def test_filters_still_match_the_path_under_each_input(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        for year in ("2020", "2021"):
            (tmp_path / folder / year).mkdir(parents=True)
            shutil.copy(SAMPLES[0], tmp_path / folder / year / "x.txt")
    out = tmp_path / "out"
    args = [
        "extract",
        str(tmp_path / "a"),
        str(tmp_path / "b"),
        "-o",
        str(out),
        "--include",
        "2021/*",
    ]
    assert run(*args)[0] == 0
    assert tree(out) == ["a/2021/x.json", "b/2021/x.json"]


def test_several_inputs_name_the_letters_of_an_archive_the_same_way(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(SAMPLES[0], tmp_path / folder / "x.txt")
    db = tmp_path / "archive.db"
    assert run("extract", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(db))[0] == 0
    with contextlib.closing(sqlite3.connect(db)) as connection:
        names = [r[0] for r in connection.execute("SELECT name FROM letters ORDER BY name")]
    assert names == ["a/x", "b/x"]


# --- lists of files, and stopping at the first failure --------------------------------------


def test_files_from_a_list_mirrors_the_listed_paths(
    three: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in" / "2021").mkdir()
    shutil.copy(SAMPLES[4], tmp_path / "in" / "2021" / "late.txt")
    listing = tmp_path / "list.txt"
    listing.write_text(
        f"./in/{SAMPLES[0].name}\n\nin/2021/late.txt\n", encoding="utf-8"
    )  # as find prints
    code, _, stderr = run("extract", "--files-from", str(listing), "-o", "out/")
    assert code == 0, stderr
    assert tree(tmp_path / "out") == ["in/2021/late.json", f"in/{SAMPLES[0].stem}.json"]


def test_files_from_standard_input_nul_separated(three: Path, tmp_path: Path) -> None:
    names = [str(three / SAMPLES[1].name), str(three / SAMPLES[2].name)]
    code, stdout, _ = run(
        "extract", "--files-from", "-", "--format", "jsonl", stdin="\0".join(names) + "\0"
    )
    assert code == 0
    assert [json.loads(x)["source"]["path"] for x in stdout.splitlines()] == names


def test_files_from_adds_to_the_paths_given(three: Path, tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(str(three / SAMPLES[2].name) + "\n", encoding="utf-8")
    code, stdout, _ = run(
        "extract", str(three / SAMPLES[0].name), "--files-from", str(listing), "--format", "jsonl"
    )
    assert code == 0
    assert [Path(json.loads(x)["source"]["path"]).name for x in stdout.splitlines()] == [
        SAMPLES[0].name,
        SAMPLES[2].name,
    ]


def test_a_listed_file_that_is_gone_is_a_failure_not_a_usage_error(
    three: Path, tmp_path: Path
) -> None:
    listing = tmp_path / "list.txt"
    gone = str(three / "deleted-since.txt")
    listing.write_text(f"{three / SAMPLES[0].name}\n{gone}\n", encoding="utf-8")
    code, stdout, stderr = run(
        "extract",
        "--files-from",
        str(listing),
        "--format",
        "jsonl",
        "--errors",
        str(tmp_path / "e.jsonl"),
    )
    assert code == 1
    assert len(stdout.splitlines()) == 1
    assert f"error: {gone}: no such file or folder (listed)" in stderr
    assert listed(tmp_path / "e.jsonl") == [(gone, "read")]


FILES_FROM_REFUSED = [
    pytest.param(["--files-from", "{tmp}/no-such-list.txt"], "cannot read", id="missing-list"),
    pytest.param(
        ["--files-from", "-", "-"],
        "standard input cannot be both the list and a letter",
        id="stdin-twice",
    ),
]


@pytest.mark.parametrize(("args", "message"), FILES_FROM_REFUSED)
def test_files_from_that_cannot_work(tmp_path: Path, args: list[str], message: str) -> None:
    code, stdout, stderr = run("extract", *[a.format(tmp=tmp_path) for a in args], stdin="")
    assert (code, stdout) == (2, "")
    assert message in flat(stderr) and "--files-from" in flat(stderr)


def test_fail_fast_stops_at_the_first_failure(three: Path, tmp_path: Path) -> None:
    (three / "a_empty.txt").write_bytes(b"")  # first in name order
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(three), "-o", str(out), "-j", "1", "--fail-fast")
    assert code == 1
    assert "stopped at the first failure" in flat(stderr)
    assert "stopping" not in stderr  # must not match: no Ctrl-C was pressed
    assert "not done (rerun to finish) 3" in flat(stderr)
    assert tree(out) == []
    assert listed(out / "errors.jsonl") == [(str(three / "a_empty.txt"), "read")]
    code, _, stderr = run("extract", str(three), "-o", str(out), "-j", "1")  # without: the rest
    assert code == 1
    assert tree(out) == sorted(f"{p.stem}.json" for p in SAMPLES[:3])


def test_fail_fast_with_an_unreadable_listed_path_parses_nothing(
    three: Path, tmp_path: Path
) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{three / 'gone.txt'}\n{three / SAMPLES[0].name}\n", encoding="utf-8")
    code, stdout, _ = run(
        "extract", "--files-from", str(listing), "--format", "jsonl", "--fail-fast"
    )
    assert (code, stdout) == (1, "")


# --- texts that are not letters ------------------------------------------------------------

NOT_LETTERS = [
    pytest.param("周末去湖边走走，记得带伞。\n", id="a-note"),
    pytest.param("品名,数量\n苹果,3\n梨,5\n", id="a-table"),
    pytest.param("def main():\n    return 0\n", id="code"),
]


@pytest.mark.parametrize("text", NOT_LETTERS)
def test_a_text_with_nothing_of_a_letter_is_a_failure(
    three: Path, tmp_path: Path, text: str
) -> None:
    (three / "zz_stray.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(three), "-o", str(out))
    assert code == 1
    assert f"error: {three / 'zz_stray.txt'}: not a letter: no 发文字号, salutation" in flat(stderr)
    assert tree(out) == sorted(f"{p.stem}.json" for p in SAMPLES[:3])  # the letters still are
    assert listed(out / "errors.jsonl") == [(str(three / "zz_stray.txt"), "parse")]


def test_every_sample_is_a_letter(tmp_path: Path) -> None:
    """The judgement must not fail real letters: all the samples extract."""
    code, _, stderr = run("extract", str(ROOT / "samples"), "-q", "-o", str(tmp_path / "out"))
    assert (code, stderr) == (0, "")
