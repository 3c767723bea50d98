"""The ``replyparse`` command line: exit codes, messages, output modes and resuming.

Letters here are invented (``archivegen.invented_letter``) or the project's samples.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from pathlib import Path

import pytest

from helpers import flat, run, write_letters
from replyparse.batch.folder import (
    ERRORS_NAME,
    LOCK_NAME,
    SKIPPED_NAME,
    OutputLock,
    OutputLocked,
)
from replyparse.manifest import MANIFEST_NAME
from replyparse.progress import BatchStats, PlainReporter, duration
from summary import summary_count


def outputs(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json") if p.is_file())


# --- help and import cost ----------------------------------------------------------


def test_extract_help_names_every_option() -> None:
    code, stdout, _ = run("extract", "--help")
    assert code == 0
    for option in ["--out", "--format", "--no-text", "--jobs", "--quiet", "--force", "--include"]:
        assert option in stdout


# --- usage errors: exit 2 ----------------------------------------------------------

USAGE_CASES = [
    pytest.param(
        ["missing.txt"], "Invalid value for PATH: no such file or folder: missing.txt", id="missing"
    ),
    pytest.param(
        ["ok.txt", "missing-dir"],
        "Invalid value for PATH: no such file or folder: missing-dir",
        id="one-of-several-missing",
    ),
    pytest.param(
        ["-", "-"],
        "Invalid value for PATH: standard input (-) can be given only once",
        id="stdin-twice",
    ),
    pytest.param(
        ["ok.txt", "-o", ""],
        "Invalid value for '-o' / '--out': '' is an empty name (an unset variable?): name the "
        "file or folder (./ for this one)",
        id="empty-output",
    ),
    pytest.param(
        ["-", "-o", "outdir"],
        "Invalid value for '-o' / '--out': standard input (-) has no name to give its file "
        "in an output folder: name it with --stdin-name NAME (written as NAME.json), or use "
        "-o - or --format jsonl",
        id="stdin-to-folder",
    ),
    pytest.param(
        ["tree"],
        "error: 2 letter files found: standard output takes one letter's record; give -o DIR/ "
        "for one JSON file each, -o FILE.jsonl for one record per line, or --format jsonl for "
        "one record per line on standard output",
        id="several-letters-to-stdout",
    ),
    pytest.param(
        ["tree", "-o", "-"],
        "Invalid value for '-o' / '--out': 2 letter files found: standard output takes one "
        "letter's record; give -o DIR/ for one JSON file each, -o FILE.jsonl for one record per "
        "line, or --format jsonl for one record per line on standard output",
        id="several-letters-to-dash",
    ),
    pytest.param(
        ["tree", "--format", "docx"],
        "error: 2 letter files found: standard output takes one letter's report; give -o DIR/ for "
        "one .docx each",
        id="several-reports-to-stdout",
    ),
    pytest.param(
        ["ok.txt", "-o", "ok.txt/"],
        "Invalid value for '-o' / '--out': ok.txt is a file, not a folder (the / at the end of "
        "the name asks for one): name a new folder",
        id="out-is-file",
    ),
    pytest.param(
        ["ok.txt", "-o", "ok.txt"],
        "Invalid value for '-o' / '--out': ok.txt: replyparse writes no .txt file; name a "
        ".json, .jsonl, .db, .sqlite, .sqlite3 or .docx file, or a folder (end it with /)",
        id="input-name-as-output",
    ),
    pytest.param(
        ["ok.txt", "-o", "outdir.pdf"],
        "Invalid value for '-o' / '--out': outdir.pdf: replyparse writes no .pdf file; name a "
        ".json, .jsonl, .db, .sqlite, .sqlite3 or .docx file, or a folder (end it with /)",
        id="unknown-suffix",
    ),
    pytest.param(
        ["ok.txt", "-o", "ok.xlsx"],
        "Invalid value for '-o' / '--out': ok.xlsx: replyparse writes no .xlsx file (for "
        "Excel, write the CSV tables, which it opens: --format csv -o tables/); name a .json, "
        ".jsonl, .db, .sqlite, .sqlite3 or .docx file, or a folder (end it with /)",
        id="suffix-for-excel",
    ),
    pytest.param(
        ["ok.txt", "-o", "all.ndjson"],
        "Invalid value for '-o' / '--out': all.ndjson: replyparse writes no .ndjson file (did "
        "you mean .jsonl? one record a line); name a .json, .jsonl, .db, .sqlite, .sqlite3 or "
        ".docx file, or a folder (end it with /)",
        id="suffix-of-another-habit",
    ),
    pytest.param(
        ["empty"],
        "error: no letter found in empty (files ending .txt .docx .pdf .doc .wps .rtf .html "
        ".htm .mht .mhtml); empty is an empty folder",
        id="empty-folder",
    ),
    pytest.param(
        ["empty", "-o", "outdir/"],
        "error: no letter found in empty (files ending .txt .docx .pdf .doc .wps .rtf .html "
        ".htm .mht .mhtml); empty is an empty folder",
        id="empty-folder-to-folder",
    ),
    pytest.param(
        ["empty", "empty/", "./empty"],
        "error: no letter found in empty empty/ ./empty (files ending .txt .docx .pdf .doc "
        ".wps .rtf .html .htm .mht .mhtml); empty is an empty folder",
        id="one-empty-folder-named-thrice",  # (was said once for each name)
    ),
    pytest.param(
        ["tree", "-o", "all.jsonl", "--prune"],
        "Invalid value for '--prune': --prune removes the records of deleted letters from an "
        "output folder (-o DIR/) or a database (-o FILE.db); this output keeps none",
        id="prune-without-manifest",
    ),
    pytest.param(
        ["tree", "--format", "jsonl", "-o", "tree"],
        "Invalid value for '-o' / '--out': tree is a folder; --format jsonl writes one file",
        id="jsonl-to-folder",
    ),
    pytest.param(
        ["ok.txt", "-j", "0"],
        "Invalid value for '-j' / '--jobs': '0' is not a number of workers: give a whole "
        "number from 1 up",
        id="zero-jobs",
    ),
    pytest.param(
        ["ok.txt", "--format", "xml"],
        "Invalid value for '-f' / '--format': 'xml' is not a format extract writes: give json, "
        "jsonl, sqlite, csv or docx",
        id="bad-format",
    ),
    pytest.param(
        ["ok.txt", "--max-pages", "0"],
        "Invalid value for '--max-pages': '0' is not a number of pages: give a whole number "
        "from 1 up",
        id="zero-pages",
    ),
    pytest.param(
        ["ok.txt", "--timeout", "-1"],
        "Invalid value for '--timeout': '-1' is not a number of seconds above 0, such as "
        "120 or 0.5",
        id="negative-timeout",
    ),
    pytest.param(  # (0 is a number of seconds: what is wrong is that it is no time at all)
        ["ok.txt", "--timeout", "0"],
        "Invalid value for '--timeout': '0' is not a number of seconds above 0, such as 120 or 0.5",
        id="zero-timeout",
    ),
    pytest.param(
        ["ok.txt", "--max-file-size", "0"],
        "Invalid value for '--max-file-size': '0' is not a size above 0, such as 4096, 512K, "
        "50M or 1G",
        id="zero-size",
    ),
    pytest.param(
        [],
        "Error: no PATH given: name letters or folders, or list them with --files-from",
        id="no-path",
    ),
]


@pytest.mark.parametrize(("args", "message"), USAGE_CASES)
def test_usage_errors_exit_2_with_a_clear_message(
    args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["ok.txt", "tree/a.txt", "tree/b/c.txt"])
    (tmp_path / "empty").mkdir()
    before = sorted(tmp_path.rglob("*"))
    code, stdout, stderr = run("extract", *args)
    assert code == 2
    assert message in flat(stderr)
    assert stdout == ""
    assert sorted(tmp_path.rglob("*")) == before  # nothing created: no folder, no lock
    if message.startswith("error: "):  # blames no option the user did not type
        assert flat(stderr) == message


# --- one letter to standard output -------------------------------------------------


def test_one_file_goes_to_stdout_as_json(tmp_path: Path) -> None:
    (path,) = write_letters(tmp_path, ["one.txt"])
    code, stdout, stderr = run("extract", str(path))
    assert (code, stderr) == (0, "")
    record = json.loads(stdout)
    assert record["source"]["path"] == str(path)
    assert record["text"] == path.read_text(encoding="utf-8")
    assert stdout.endswith("}\n")


def test_standard_input_is_read_with_a_dash(tmp_path: Path) -> None:
    (path,) = write_letters(tmp_path, ["one.txt"])
    code, stdout, _ = run("extract", "-", stdin=path.read_bytes())
    assert code == 0
    record = json.loads(stdout)
    assert record["source"]["path"] == "-"
    assert record["text"] == path.read_text(encoding="utf-8")


def test_no_text_leaves_the_text_out(tmp_path: Path) -> None:
    (path,) = write_letters(tmp_path, ["one.txt"])
    code, stdout, _ = run("extract", str(path), "--no-text")
    assert code == 0
    record = json.loads(stdout)
    assert "text" not in record  # left out, not "text": null
    assert record["source"]["path"] == str(path)


FAILURE_CASES = [
    pytest.param(b"", "file is empty", id="empty"),
    pytest.param(
        b"\x00\x01\x02binary\x00" * 10,
        "not a text file (binary content: byte 0x00 at offset 0, line 1)",
        id="binary",
    ),
    pytest.param(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "a PNG image, no text: pictures are not read (a scan? OCR it first)",  # (named .txt)
        id="png",
    ),
    pytest.param(
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64),
        "a JPEG image, no text: pictures are not read (a scan? OCR it first)",
        id="jpeg",
    ),
    pytest.param(
        b"\x7fELF\x02\x01\x01" + bytes(64),
        "not a text file (binary content: an ELF program; byte 0x7f at offset 0, line 1)",
        id="elf",
    ),
    pytest.param(
        "第一行\n第二行\n".encode() + b"\x00\x07" * 40,
        "not a text file (binary content: byte 0x00 at offset 20, line 3)",
        id="text-then-binary",
    ),
]


@pytest.mark.parametrize(("data", "reason"), FAILURE_CASES)
def test_a_bad_file_exits_1_with_one_line_naming_it(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    code, stdout, stderr = run("extract", str(path))
    assert (code, stdout) == (1, "")
    assert stderr == f"error: {path}: {reason} (stage: read)\n"


@pytest.mark.parametrize("given", [b"", b" \r\n\t\n"])
def test_bad_standard_input_exits_1(tmp_path: Path, given: bytes) -> None:
    """Said as standard input, not as a file called - that is empty (``error: -: …``
    named nothing a reader knows)."""
    code, stdout, stderr = run("extract", "-", stdin=given)
    assert (code, stdout, stderr) == (
        1,
        "",
        "error: standard input: empty: nothing was piped or typed into it (stage: read)\n",
    )


@pytest.mark.parametrize("out", ["-", "all.jsonl", "a.db"])
def test_a_letter_on_standard_input_is_named_in_its_record_as_told(
    tmp_path: Path, out: str
) -> None:
    """``--stdin-name`` named the letter in a database only: the record itself said ``-``
    whatever the name given. It is the record's source.path now; without it, ``-``."""
    letter = write_letters(tmp_path / "in", ["a.txt"])[0].read_bytes()
    target = out if out == "-" else str(tmp_path / out)
    for name, said in ((None, "-"), ("2021/复函.txt", "2021/复函.txt")):
        more = ["--stdin-name", name] if name else []
        if out == "a.db":
            (tmp_path / out).unlink(missing_ok=True)
        code, stdout, stderr = run("extract", "-", "-o", target, "-q", *more, stdin=letter)
        assert code == 0, stderr
        if out == "-":
            assert json.loads(stdout)["source"]["path"] == said
        elif out == "all.jsonl":
            line = (tmp_path / out).read_text(encoding="utf-8")
            assert json.loads(line)["source"]["path"] == said
        else:
            with contextlib.closing(sqlite3.connect(tmp_path / out)) as db:
                (path,) = db.execute('SELECT "path" FROM letters').fetchone()
            assert path == said


@pytest.mark.parametrize(("fmt", "suffix"), [("json", ".json"), ("docx", ".docx")])
def test_a_named_letter_on_standard_input_goes_into_an_output_folder(
    tmp_path: Path, fmt: str, suffix: str
) -> None:
    """With --stdin-name its file there is the name, whole, and the suffix (refused
    whatever the name before); a second run under the name replaces it, and says so."""
    letter = write_letters(tmp_path / "in", ["a.txt"])[0].read_bytes()
    out = tmp_path / "out"
    given = ["extract", "-", "-o", f"{out}/", "-f", fmt, "--stdin-name", "2021/复函.txt"]
    code, _, stderr = run(*given, stdin=letter)
    assert code == 0
    assert stderr.startswith(f"replyparse: 1 letter parsed, written to {out}/ (")
    written = out / "2021" / f"复函.txt{suffix}"
    assert written.is_file()
    if fmt == "json":
        assert json.loads(written.read_text(encoding="utf-8"))["source"]["path"] == "2021/复函.txt"
    code, _, stderr = run(*given, stdin=letter)
    assert code == 0
    assert stderr.startswith(
        f"note: standard input (2021/复函.txt) replaces 2021/复函.txt{suffix}, made by an "
        "earlier run\n"
    )
    assert sorted(p.name for p in (out / "2021").iterdir()) == [written.name]


def test_standard_input_that_now_fails_is_not_said_to_replace_its_record(tmp_path: Path) -> None:
    """The second run under a name reads no letter: its record is withdrawn, as a file's
    is, and the note that it replaced it (told before anything was read) is not given."""
    letter = write_letters(tmp_path / "in", ["a.txt"])[0].read_bytes()
    given = ["extract", "-", "-o", f"{tmp_path}/out/", "--stdin-name", "2021/x"]
    assert run(*given, stdin=letter)[0] == 0
    code, _, stderr = run(*given, stdin=b"\x00\x01not a letter\xff")
    assert code == 1
    assert "replaces" not in stderr
    assert (
        "note: standard input (2021/x) now fails: its earlier output 2021/x.json was removed\n"
    ) in stderr
    assert not (tmp_path / "out" / "2021" / "x.json").exists()


def test_a_long_name_on_standard_input_is_told_as_standard_inputs(tmp_path: Path) -> None:
    """A name past 255 bytes is shortened, and the note names standard input as a clash
    note does (it said ``name too long: - is written to …``)."""
    letter = write_letters(tmp_path / "in", ["a.txt"])[0].read_bytes()
    name = "2021/" + "函" * 90
    code, _, stderr = run(
        "extract", "-", "-o", f"{tmp_path}/out/", "--stdin-name", name, stdin=letter
    )
    assert code == 0, stderr
    (written,) = (tmp_path / "out" / "2021").iterdir()
    assert stderr.startswith(
        f"note: name too long: standard input ({name}) is written to 2021/{written.name}\n"
    )


@pytest.mark.parametrize("name", ["../out2/a", "/tmp/a", "2021//a", "./a", "2021/"])
def test_a_name_outside_the_output_folder_is_refused_for_standard_input(
    tmp_path: Path, name: str
) -> None:
    out = tmp_path / "folder" / "out"
    code, _, stderr = run("extract", "-", "-o", f"{out}/", "--stdin-name", name, stdin="x")
    assert code == 2
    assert flat(stderr).endswith(
        f"Error: Invalid value for '--stdin-name': {name}: a letter's name in an output folder "
        "is a path inside it, with no drive and no empty, . or .. part (2021/letter, not "
        "/tmp/letter, C:letter or ../letter)"
    )
    assert not (tmp_path / "folder").exists()


@pytest.mark.parametrize("name", ["2021/复函.pdf", "答复.docx", "甲.rtf"])
def test_a_letter_on_standard_input_is_read_by_its_content_whatever_its_name(
    tmp_path: Path, name: str
) -> None:
    """``pdftotext a.pdf - | replyparse extract - --stdin-name a.pdf``: the name is the
    record's, not the reader's. Read under it, the text failed as ``not a .pdf file``
    (a name that only named the letter in a database before)."""
    letter = write_letters(tmp_path / "in", ["a.txt"])[0].read_bytes()
    code, stdout, stderr = run("extract", "-", "-q", "--stdin-name", name, stdin=letter)
    assert code == 0, stderr
    source = json.loads(stdout)["source"]
    assert (source["path"], source["format"]) == (name, "txt")


# --- JSON Lines --------------------------------------------------------------------


@pytest.mark.parametrize("out_args", [[], ["-o", "-"]], ids=["no-out", "dash"])
def test_jsonl_to_stdout_one_record_per_line_in_sorted_order(
    tmp_path: Path, out_args: list[str]
) -> None:
    paths = write_letters(tmp_path / "in", ["b.txt", "a/z.txt", "a/b.txt"])
    code, stdout, stderr = run(
        "extract", str(tmp_path / "in"), "--format", "jsonl", "-j", "1", *out_args
    )
    assert code == 0
    lines = stdout.splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [
        str(paths[2]),
        str(paths[1]),
        str(paths[0]),
    ]
    assert "files found" in stderr  # the summary goes to stderr, never into the records


def test_jsonl_file_is_written_whole(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    (tmp_path / "in" / "bad.txt").write_bytes(b"")
    target = tmp_path / "res" / "all.jsonl"
    code, stdout, _ = run("extract", str(tmp_path / "in"), "--format", "jsonl", "-o", str(target))
    assert (code, stdout) == (1, "")
    assert [json.loads(x)["source"]["path"] for x in target.read_text().splitlines()] == [
        str(tmp_path / "in" / "a.txt"),
        str(tmp_path / "in" / "b.txt"),
    ]
    # the failure is listed beside the file, as NAME.errors.jsonl
    assert sorted(p.name for p in target.parent.iterdir()) == ["all.errors.jsonl", "all.jsonl"]
    errors = [json.loads(x) for x in (target.parent / "all.errors.jsonl").read_text().splitlines()]
    assert [(e["source"], e["stage"]) for e in errors] == [
        (str(tmp_path / "in" / "bad.txt"), "read")
    ]


# --- output folders ----------------------------------------------------------------


def test_folder_output_mirrors_the_tree(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", ["a.txt", "x/b.txt", "x/y/c.txt", "x/y/notes.md"])
    code, stdout, _ = run("extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1")
    assert (code, stdout) == (0, "")
    assert outputs(tmp_path / "out") == ["a.json", "x/b.json", "x/y/c.json"]
    assert not (tmp_path / "out" / ERRORS_NAME).exists()


def test_files_named_directly_go_to_the_folder_top(tmp_path: Path) -> None:
    paths = write_letters(tmp_path / "in", ["x/a.txt", "y/b.txt"])
    code, _, _ = run("extract", *map(str, paths), "-o", str(tmp_path / "out"), "-j", "1")
    assert code == 0
    assert outputs(tmp_path / "out") == ["a.json", "b.json"]


def test_name_clashes_get_distinct_outputs_and_a_note(tmp_path: Path) -> None:
    (one,) = write_letters(tmp_path / "one", ["x.txt"], seed=1)
    (two,) = write_letters(tmp_path / "two", ["x.txt"], seed=2)
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(one), str(two), "-o", str(out))  # files named: no level
    assert code == 0
    assert outputs(out) == ["x.json", "x.txt.json"]
    assert json.loads((out / "x.txt.json").read_text())["source"]["path"] == str(
        tmp_path / "two" / "x.txt"
    )
    assert (
        f"note: output name clash: {two} is written to x.txt.json (x.json is taken by {one})"
        in stderr
    )
    assert summary_count(stderr, "renamed (output name clash)") == 1


def test_a_clash_note_names_the_holder_of_every_name_refused(tmp_path: Path) -> None:
    """A file given ``x.txt.2.json`` was refused two names: the note once named only the
    first holder, leaving the ``.2`` unexplained; it names both now."""
    one, upper, two = write_letters(tmp_path, ["one/x.txt", "one/X.TXT.txt", "two/x.txt"])
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(upper), str(one), str(two), "-o", str(out))
    assert code == 0
    assert outputs(out) == ["X.TXT.json", "x.json", "x.txt.2.json"]
    assert (
        f"note: output name clash: {two} is written to x.txt.2.json "
        f"(x.json is taken by {one}; x.txt.json by {upper})"
    ) in stderr


def test_a_clash_note_counts_the_names_refused_past_three(tmp_path: Path) -> None:
    names = ["a.txt.txt", "a.txt.2.txt", "a.txt.3.txt", "a.htm", "a.txt"]
    paths = write_letters(tmp_path / "in", names)
    code, _, stderr = run("extract", *map(str, paths), "-o", str(tmp_path / "out"))
    assert code == 0
    first, second, _, page, last = paths
    assert (
        f"note: output name clash: {last} is written to a.txt.4.json (a.json is taken by "
        f"{page}; a.txt.json by {first}; a.txt.2.json by {second}; 1 more name taken)"
    ) in stderr


def _not_a_docx(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a zip archive at all")
    return path


def _not_text(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00\x01binary\xff")
    return path


@pytest.mark.parametrize("out", ["out", "tables.db"])
def test_files_that_wrote_nothing_clash_with_nothing(tmp_path: Path, out: str) -> None:
    """Two files failing that would have had one output name: neither wrote one, so no
    clash note and no renamed row (the note once came before either was read)."""
    page = _not_a_docx(tmp_path / "in" / "a.docx")
    text = _not_text(tmp_path / "in" / "a.txt")
    code, _, stderr = run("extract", str(page), str(text), "-o", str(tmp_path / out))
    assert code == 1
    assert stderr.count("error: ") == 2
    assert "clash" not in stderr


def test_a_clash_note_says_its_holder_failed(tmp_path: Path) -> None:
    """The file written under its full name is told, and the holder of the name it was
    refused is said to have failed (no a.json is there to explain a.txt.json)."""
    page = _not_a_docx(tmp_path / "in" / "a.docx")
    (text,) = write_letters(tmp_path / "in", ["a.txt"])
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(page), str(text), "-o", str(out))
    assert code == 1
    assert outputs(out) == ["a.txt.json"]
    assert (
        f"note: output name clash: {text} is written to a.txt.json (a.json is taken by "
        f"{page}, which failed and keeps the name)"
    ) in stderr
    assert summary_count(stderr, "renamed (output name clash)") == 1


FILTER_CASES = [
    pytest.param(["--exclude", "drafts"], ["a/x.json", "b/y.json"], id="exclude-folder"),
    pytest.param(["--exclude", "y.txt"], ["a/x.json", "drafts/z.json"], id="exclude-file"),
    pytest.param(["--include", "a/*"], ["a/x.json"], id="include-path"),
    pytest.param(
        ["--include", "x.txt", "--include", "z.txt"],
        ["a/x.json", "drafts/z.json"],
        id="two-includes",
    ),
    pytest.param(
        ["--include", "*.txt", "--exclude", "b"], ["a/x.json", "drafts/z.json"], id="both"
    ),
]


@pytest.mark.parametrize(("args", "expected"), FILTER_CASES)
def test_include_and_exclude(tmp_path: Path, args: list[str], expected: list[str]) -> None:
    write_letters(tmp_path / "in", ["a/x.txt", "b/y.txt", "drafts/z.txt"])
    code, _, _ = run("extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1", *args)
    assert code == 0
    assert outputs(tmp_path / "out") == expected


def test_output_folder_inside_the_input_is_not_walked(tmp_path: Path) -> None:
    write_letters(tmp_path, ["a.txt"])
    out = tmp_path / "out"
    out.mkdir()
    (out / "stray.txt").write_text("不应读取", encoding="utf-8")
    code, _, _ = run("extract", str(tmp_path), "-o", str(out), "-j", "1")
    assert code == 0
    assert outputs(out) == ["a.json"]


def test_parse_failures_are_caught_and_the_rest_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import replyparse.pipeline

    real = replyparse.pipeline.parse_text
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    (tmp_path / "in" / "c.txt").write_text("触发解析错误", encoding="utf-8")

    def parse_text(text: str, **kwargs: object) -> object:
        if text.startswith("触发"):
            raise RuntimeError("boom")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(replyparse.pipeline, "parse_text", parse_text)
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(out), "-j", "1")
    assert code == 1
    assert outputs(out) == ["a.json", "b.json"]
    line = f"error: {tmp_path / 'in' / 'c.txt'}: RuntimeError: boom (stage: parse)"
    assert line in stderr
    errors = [json.loads(x) for x in (out / ERRORS_NAME).read_text().splitlines()]
    assert errors == [
        {"source": str(tmp_path / "in" / "c.txt"), "stage": "parse", "error": "RuntimeError: boom"}
    ]


def test_write_failures_are_reported_with_stage_write(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", ["a/x.txt", "b.txt"])
    out = tmp_path / "out"
    out.mkdir()
    (out / "a").write_text("a file where the record's folder should go\n", encoding="utf-8")
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(out), "-j", "1")
    assert code == 1
    assert outputs(out) == ["b.json"]
    assert f"error: {tmp_path / 'in' / 'a' / 'x.txt'}: cannot write output: " in stderr
    assert "(stage: write)" in stderr


def test_an_unreadable_folder_is_reported_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_letters(tmp_path / "in", ["a.txt", "locked/b.txt"])
    real = os.scandir

    def scandir(path: str) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(out), "-j", "1")
    assert code == 1
    assert outputs(out) == ["a.json"]
    locked = tmp_path / "in" / "locked"
    assert f"error: {locked}: cannot read folder: Permission denied (stage: read)" in stderr
    assert json.loads((out / ERRORS_NAME).read_text()) == {
        "source": str(locked),
        "stage": "read",
        "error": "cannot read folder: Permission denied",
    }


def test_a_symlink_loop_is_noted_and_walked_once(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", ["a/x.txt"])
    os.symlink(tmp_path / "in", tmp_path / "in" / "a" / "back")
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(out), "-j", "1")
    assert code == 0
    assert outputs(out) == ["a/x.json"]
    loop = f"note: {tmp_path / 'in' / 'a' / 'back'}: already walked (symbolic link loop:"
    assert f"{loop} a link back to {tmp_path / 'in'})" in stderr


def test_an_empty_folder_is_refused_like_validate(tmp_path: Path) -> None:
    """No letter in the folders named: exit 2 with validate's message, and nothing is
    made (an empty output folder holding a lock file told the user nothing)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.md").write_text("not a letter\n", encoding="utf-8")
    message = (
        f"error: no letter found in {tmp_path / 'in'} (files ending .txt .docx .pdf .doc .wps .rtf .html .htm .mht .mhtml); "
        "1 file not read: no letter format (.md 1)\n"
    )
    code, stdout, stderr = run("extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert (code, stdout, stderr) == (2, "", message)
    assert not (tmp_path / "out").exists()
    assert run("validate", str(tmp_path / "in")) == (2, "", message)


def test_a_second_run_on_a_locked_folder_is_told_to_try_again_later(tmp_path: Path) -> None:
    """Another run holding the folder is no usage error but a state that passes: exit 75
    (EX_TEMPFAIL), naming the folder and the run that holds it; nothing is written."""
    write_letters(tmp_path / "in", ["a.txt"])
    out = tmp_path / "out"
    out.mkdir()
    holder = OutputLock.folder(out)
    holder.acquire()
    try:
        code, stdout, stderr = run("extract", str(tmp_path / "in"), "-o", str(out))
    finally:
        holder.release()
    assert (code, stdout) == (75, "")
    assert re.fullmatch(
        rf"error: {re.escape(str(out))}/ is in use by another replyparse run "
        rf"\(pid {os.getpid()} on [^,]+, started \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC\): "
        r"try again when it has finished\n",
        stderr,
    ), stderr
    assert outputs(out) == []
    assert (out / LOCK_NAME).read_bytes() == b""  # released: it names no one
    assert run("extract", str(tmp_path / "in"), "-o", str(out), "-q")[0] == 0


@pytest.mark.parametrize("through", ["link to the file", "link to its folder", "dotted"])
def test_a_database_reached_another_way_takes_the_same_lock(tmp_path: Path, through: str) -> None:
    """The lock was keyed by the name as typed: the same archive through a link took a
    lock of its own beside the link, and two runs wrote one database at once."""
    write_letters(tmp_path / "in", ["a.txt"])
    real = tmp_path / "store" / "archive.db"
    real.parent.mkdir()
    if through == "link to the file":
        (tmp_path / "link.db").symlink_to(real)
        typed = str(tmp_path / "link.db")
    elif through == "link to its folder":
        (tmp_path / "shelf").symlink_to(real.parent)
        typed = str(tmp_path / "shelf" / "archive.db")
    else:
        typed = f"{tmp_path}/store/./../store/archive.db"
    holder = OutputLock.database(real)
    holder.acquire()
    try:
        code, _, stderr = run("extract", str(tmp_path / "in"), "-o", typed)
    finally:
        holder.release()
    assert code == 75, stderr
    assert stderr.startswith(f"error: {Path(typed)} is in use by another replyparse run (pid ")
    assert not real.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [
            "in",
            "store",
            *(["link.db"] if through == "link to the file" else []),
            *(["shelf"] if through == "link to its folder" else []),
        ]
    )  # no lock beside the link


def test_a_lock_file_removed_by_a_refused_run_is_not_taken_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refused run removes the lock file it made (nothing left behind); a run that had
    opened that file meanwhile must not lock the removed one while a third run locks a
    new one: it sees the name is no longer its file and opens it anew."""
    first = OutputLock.folder(tmp_path)
    first.acquire()
    assert first.created
    stale = os.open(tmp_path / LOCK_NAME, os.O_RDWR)  # the second run opened it here
    first.abandon()
    assert not (tmp_path / LOCK_NAME).exists()
    second = OutputLock.folder(tmp_path)
    opens = iter([(stale, False)])
    real_open = second._open
    monkeypatch.setattr(second, "_open", lambda: next(opens, None) or real_open())
    second.acquire()
    try:
        assert second.fd is not None
        held, named = os.fstat(second.fd), os.stat(tmp_path / LOCK_NAME)
        assert (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)
        with pytest.raises(OutputLocked):  # and a third run is kept out
            OutputLock.folder(tmp_path).acquire()
    finally:
        second.release()


def test_a_lock_held_by_an_older_run_names_no_holder(tmp_path: Path) -> None:
    import fcntl

    write_letters(tmp_path / "in", ["a.txt"])
    out = tmp_path / "out"
    out.mkdir()
    with open(out / LOCK_NAME, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(out))
    assert (code, stderr) == (
        75,
        f"error: {out}/ is in use by another replyparse run: try again when it has finished\n",
    )


# --- what a run skipped ------------------------------------------------------------


def skipped_lines(path: Path) -> list[tuple[str, str, str]]:
    """``(path under the input folder, kind, reason)`` of each line of a skipped list."""
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert all(set(x) == {"path", "kind", "reason", "detail"} for x in lines)
    return [(Path(x["path"]).name, x["kind"], x["reason"]) for x in lines]


def archive_with_skips(folder: Path) -> None:
    """Two letters, and a file or folder for each way a walk skips one."""
    write_letters(folder, ["a.txt", "drafts/b.txt", "c.txt"])
    (folder / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / ".notes.txt").write_text("x", encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / "~$a.docx").write_bytes(b"x")


SKIPPED_PLACES = [
    pytest.param("out/", "out/" + SKIPPED_NAME, id="folder"),
    pytest.param("all.jsonl", "all.skipped.jsonl", id="jsonl-beside"),
    pytest.param("archive.db", "archive.skipped.jsonl", id="database-beside"),
]


@pytest.mark.parametrize(("out", "listed"), SKIPPED_PLACES)
def test_a_quiet_run_lists_every_skipped_path_with_its_reason(
    tmp_path: Path, out: str, listed: str
) -> None:
    """Under -q the run says nothing, but every path it skipped can be traced after it,
    without a rerun: one JSON line each, beside the manifest or the output file."""
    archive_with_skips(tmp_path / "in")
    args = ("extract", str(tmp_path / "in"), "-o", str(tmp_path / out), "-q")
    code, _, stderr = run(*args, "--exclude", "drafts")
    assert (code, stderr) == (0, "")
    assert skipped_lines(tmp_path / listed) == [
        (".git", "folder", "hidden"),
        (".notes.txt", "file", "hidden"),
        ("drafts", "folder", "excluded"),
        ("scan.jpg", "file", "no-letter-format"),
        ("~$a.docx", "file", "office-lock-file"),
    ]


def test_the_skipped_list_is_rewritten_each_run_and_removed_when_empty(tmp_path: Path) -> None:
    archive_with_skips(tmp_path / "in")
    out = tmp_path / "out"
    assert run("extract", str(tmp_path / "in"), "-o", str(out), "-q")[0] == 0
    assert len(skipped_lines(out / SKIPPED_NAME)) == 4
    (tmp_path / "in" / "scan.jpg").unlink()
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(out))
    assert code == 0
    assert [x[0] for x in skipped_lines(out / SKIPPED_NAME)] == [".git", ".notes.txt", "~$a.docx"]
    assert f"skipped paths listed in {out / SKIPPED_NAME}" in flat(stderr)
    code, _, stderr = run("extract", str(tmp_path / "in" / "a.txt"), "-o", str(out))
    assert code == 0
    assert not (out / SKIPPED_NAME).exists()
    assert "skipped paths" not in stderr


def test_the_summary_counts_add_up_to_the_files_found(tmp_path: Path) -> None:
    """Every file met is in one row under "files found": parsed, unchanged, failed,
    or skipped for a reason; the folders not walked are counted apart."""
    archive_with_skips(tmp_path / "in")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "dump.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    assert run("extract", str(tmp_path / "in" / "a.txt"), "-o", str(out), "-q")[0] == 0
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(out), "--exclude", "d*")
    assert code == 1
    rows = {
        row: summary_count(stderr, row)
        for row in [
            "files found", "  parsed", "  unchanged since the last run", "  failed",
            "  skipped: no letter format", "  skipped: hidden or Office lock file",
            "  skipped: left out by --include/--exclude", "folders not walked",
        ]
    }  # fmt: skip
    assert rows == {
        "files found": 7, "  parsed": 1, "  unchanged since the last run": 1, "  failed": 1,
        "  skipped: no letter format": 1, "  skipped: hidden or Office lock file": 2,
        "  skipped: left out by --include/--exclude": 1, "folders not walked": 2,
    }  # fmt: skip
    assert rows["files found"] == sum(n for row, n in rows.items() if row.startswith("  "))
    assert "replyparse: 7 files found: 2 to parse, 1 unchanged, 4 skipped; 1 worker" in stderr
    assert "note: --exclude 'd*' left out 1 file and 1 folder" in flat(stderr)


# --- resuming ----------------------------------------------------------------------


def test_fixed_file_is_redone_and_errors_file_removed(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", ["a.txt"])
    bad = tmp_path / "in" / "b.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    assert run("extract", str(tmp_path / "in"), "-o", str(out), "-j", "1")[0] == 1
    assert (out / ERRORS_NAME).exists()
    write_letters(tmp_path / "in", ["b.txt"], seed=5)
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(out), "-j", "1")
    assert code == 0
    assert (
        summary_count(stderr, "parsed"),
        summary_count(stderr, "unchanged since the last run"),
    ) == (1, 1)
    assert not (out / ERRORS_NAME).exists()
    assert outputs(out) == ["a.json", "b.json"]


REDO_CASES = [
    pytest.param("delete-output", 1, id="deleted-output"),
    pytest.param("truncate-output", 1, id="truncated-output"),
    pytest.param("empty-output", 1, id="emptied-output"),  # (cut short: still ours)
    pytest.param("no-text", 2, id="other-settings"),
    pytest.param("force", 2, id="force"),
    pytest.param("nothing", 0, id="unchanged"),
]


@pytest.mark.parametrize(("change", "redone"), REDO_CASES)
def test_what_a_rerun_redoes(tmp_path: Path, change: str, redone: int) -> None:
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    out = tmp_path / "out"
    base = ["extract", str(tmp_path / "in"), "-o", str(out), "-j", "1"]
    assert run(*base)[0] == 0
    extra: list[str] = []
    if change == "delete-output":
        (out / "a.json").unlink()
    elif change == "truncate-output":
        (out / "a.json").write_bytes(b"{")
    elif change == "empty-output":
        (out / "a.json").write_bytes(b"")
    elif change in ("no-text", "force"):
        extra = [f"--{change}"]
    code, _, stderr = run(*base, *extra)
    assert code == 0
    assert summary_count(stderr, "parsed") == redone
    assert summary_count(stderr, "unchanged since the last run") == 2 - redone
    assert json.loads((out / "a.json").read_text())["schema_version"] == "1"


def test_manifest_lines_name_source_status_and_hash(tmp_path: Path) -> None:
    (path,) = write_letters(tmp_path / "in", ["a.txt"])
    out = tmp_path / "out"
    run("extract", str(tmp_path / "in"), "-o", str(out), "-j", "1")
    (line,) = (out / MANIFEST_NAME).read_text().splitlines()
    entry = json.loads(line)
    import hashlib

    assert entry["source"] == str(path.resolve())
    assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (entry["status"], entry["output"], entry["size"]) == (
        "ok",
        "a.json",
        path.stat().st_size,
    )
    assert entry["output_bytes"] == (out / "a.json").stat().st_size


# --- reporting ---------------------------------------------------------------------


def test_quiet_prints_nothing_on_success(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    code, stdout, stderr = run("extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q")
    assert (code, stdout, stderr) == (0, "", "")


def test_plain_progress_and_summary_when_not_a_terminal(tmp_path: Path) -> None:
    write_letters(tmp_path / "in", ["a.txt", "b.txt"])
    code, _, stderr = run("extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1")
    assert code == 0
    assert stderr.startswith(
        "replyparse: 2 files found: 2 to parse, 0 unchanged, 0 skipped; 1 worker\n"
    )
    assert (summary_count(stderr, "files found"), summary_count(stderr, "parsed")) == (2, 2)
    assert "letters/s" in stderr
    assert stderr.endswith(f"\noutput: {tmp_path / 'out'}\n")  # where the records went


def test_plain_reporter_prints_periodic_lines() -> None:
    reporter = PlainReporter(interval=0.0)
    stats = BatchStats(seen=10, to_do=10)
    reporter.start(stats, 2)
    stats.parsed, stats.failed = 4, 1
    with reporter.console.capture() as capture:
        reporter.advance(stats)
    assert re.fullmatch(
        r"replyparse: 5/10 done, [\d.]+ files/s, 1 failed, ETA [\d hmins]+\n", capture.get()
    )


ETAS = [
    pytest.param(0.0, "0 s", id="none"),
    pytest.param(2.4, "2 s", id="seconds"),
    pytest.param(59.6, "1 min 0 s", id="rounds-up-to-a-minute"),
    pytest.param(65.0, "1 min 5 s", id="minutes"),
    pytest.param(5400.0, "1 h 30 min", id="hours"),
    pytest.param(90061.0, "25 h 1 min", id="a-day"),
]
"""A time left, as the plain progress line says it: units spaced as the summary's
``0.33 s``, and a long run in hours rather than ``ETA 5400s``."""


@pytest.mark.parametrize(("seconds", "shown"), ETAS)
def test_time_left_reads_in_its_units(seconds: float, shown: str) -> None:
    assert duration(seconds) == shown


def _web_copy(title: str, body: str) -> str:
    """An invented letter as a browser saves its page: site chrome around paragraphs."""
    paras = "".join(f"<p>{line}</p>\n" for line in body.splitlines())
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>网站</title></head>\n'
        f'<body><div class="crumbs">首页 &gt; 建议提案办理</div>\n<h1>{title}</h1>\n{paras}'
        "</body></html>\n"
    )


def test_a_folder_of_web_copies_is_read_and_other_files_are_told(tmp_path: Path) -> None:
    """Archives keep web copies as .html/.htm (and single-file .mht): a folder walk reads
    them like any letter; a picture or a spreadsheet beside them is named in a note and
    counted in the summary, never passed over silently."""
    body = "王某代表：\n您提出的关于修缮村道的建议收悉，现答复如下。\n特此答复。\n某县交通运输局\n2023年5月8日"
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "reply1.html").write_text(_web_copy("关于修缮村道建议的答复", body), encoding="utf-8")
    (folder / "reply2.HTM").write_text(_web_copy("关于修缮村道建议的答复", body), encoding="utf-8")
    (folder / "scan.jpg").write_bytes(b"\xff\xd8\xff\xe0not a letter")
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(folder), "-o", f"{out}/", "-j", "1")
    assert code == 0, stderr
    assert outputs(out) == ["reply1.json", "reply2.json"]
    record = json.loads((out / "reply1.json").read_text(encoding="utf-8"))
    assert record["source"]["format"] == "html"
    assert (record["title"], record["issuer"]) == ("关于修缮村道建议的答复", "某县交通运输局")
    assert "<p>" not in record["text"] and "&gt;" not in record["text"]  # no markup
    assert "note: 1 file not read: no letter format (.jpg 1)" in flat(stderr)
    assert summary_count(stderr, "skipped: no letter format") == 1


@pytest.mark.parametrize("quiet", [False, True], ids=["told", "quiet"])
def test_one_letter_to_standard_output_still_tells_of_the_other_files(
    tmp_path: Path, quiet: bool
) -> None:
    """A folder holding one letter, written to standard output, is a filter: no progress
    and no table, but the picture beside the letter is named on standard error (unless
    -q), and standard output holds the record alone."""
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "reply.txt").write_text(
        "王某代表：\n您提出的关于修缮村道的建议收悉，现答复如下。\n特此答复。\n某县交通运输局\n2023年5月8日\n",
        encoding="utf-8",
    )
    (folder / "scan.jpg").write_bytes(b"\xff\xd8\xff\xe0not a letter")
    code, stdout, stderr = run("extract", str(folder), *(["-q"] if quiet else []))
    assert code == 0, stderr
    assert json.loads(stdout)["issuer"] == "某县交通运输局"
    note = "note: 1 file not read: no letter format (.jpg 1)"
    assert flat(stderr) == ("" if quiet else note), stderr
