"""``replyparse render``: a letter or a record in, the re-typeset letter (or with
``--report`` the review report) out; and LibreOffice opens both documents."""

from __future__ import annotations

import contextlib
import io
import os
import pty
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pdfplumber
import pytest

from conftest import SAMPLES
from fixtures_build import convert, soffice
from helpers import flat
from helpers import run_bytes as run
from replyparse import Letter, parse_file
from replyparse.report import report_docx
from replyparse.typeset import STYLE_NAMES, typeset_docx
from replyparse.wordml import ZIP_EPOCH

LETTER = SAMPLES / "s10_four_levels_footnote_contact.txt"


def _styles(path: Path) -> set[str]:
    return {p.style.name for p in docx.Document(str(path)).paragraphs}


def _record(tmp_path: Path, *, keep_text: bool = True) -> Path:
    record = tmp_path / "letter.json"
    record.write_text(
        parse_file(LETTER, keep_text=keep_text).model_dump_json(exclude_none=False),
        encoding="utf-8",
    )
    return record


def test_render_a_letter_file(tmp_path: Path) -> None:
    out = tmp_path / "letter.docx"
    code, _, err = run("render", str(LETTER), "-o", str(out))
    assert code == 0
    assert flat(err).startswith(f"replyparse: letter typeset, written to {out} (")
    assert STYLE_NAMES["banner"] in _styles(out)
    assert parse_file(out).title == parse_file(LETTER).title


@pytest.mark.parametrize("report", [False, True], ids=["letter", "report"])
def test_render_past_its_timeout_kills_the_worker_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, report: bool
) -> None:
    """--timeout holds for render as for extract: a document that takes too long (here a
    writer patched to take 30 s; the worker is forked from this process and inherits it)
    is given up after the limit, with one line naming the file and the option to raise."""
    import replyparse.report
    import replyparse.typeset

    def slow(letter: Letter) -> bytes:
        time.sleep(30)
        return b""

    monkeypatch.setattr(replyparse.typeset, "typeset_docx", slow)
    monkeypatch.setattr(replyparse.report, "report_docx", slow)
    out = tmp_path / "letter.docx"
    started = time.monotonic()
    code, stdout, err = run(
        "render", str(LETTER), "-o", str(out), "--timeout", "1", *(["--report"] if report else [])
    )
    assert time.monotonic() - started < 15
    assert (code, stdout) == (1, b"")
    assert err == f"error: {LETTER}: timeout: not finished within 1 s (raise it with --timeout)\n"
    assert not out.exists()


def test_render_a_record(tmp_path: Path) -> None:
    out = tmp_path / "letter.docx"
    code, _, _ = run("render", str(_record(tmp_path)), "-o", str(out))
    assert code == 0
    assert [p.text for p in docx.Document(str(out)).paragraphs] == [
        p.text for p in docx.Document(io.BytesIO(typeset_docx(parse_file(LETTER)))).paragraphs
    ]


def test_render_the_report(tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    code, _, _ = run("render", str(LETTER), "--report", "-o", str(out))
    assert code == 0
    assert {"Title", "Heading 1"} <= _styles(out)


def test_render_to_standard_output() -> None:
    code, data, _ = run("render", str(LETTER), "-o", "-")
    assert code == 0
    assert data.startswith(b"PK\x03\x04")
    assert docx.Document(io.BytesIO(data)).paragraphs[0].text == "呈贡区市场监督管理局"


def test_a_record_without_text_is_a_clear_error(tmp_path: Path) -> None:
    record = _record(tmp_path, keep_text=False)
    code, _, err = run("render", str(record), "-o", str(tmp_path / "x.docx"))
    assert code == 1
    assert flat(err) == (
        f"error: {record}: the record has no letter text (it was written with --no-text); "
        "render the letter file itself, or extract it again without --no-text"
    )
    assert not (tmp_path / "x.docx").exists()


def test_a_record_without_text_still_has_a_report(tmp_path: Path) -> None:
    code, _, _ = run(
        "render",
        str(_record(tmp_path, keep_text=False)),
        "--report",
        "-o",
        str(tmp_path / "r.docx"),
    )
    assert code == 0


BAD_INPUTS = {
    "json that is no record": (
        '{"letter": 1}',
        "a JSON object with no schema_version and no letter text, not a record written by "
        "replyparse extract: give one record (.json) or a letter file",
    ),
    "a record with a field gone wrong": (
        '{"schema_version": "1", "letter": 1}',
        "not a replyparse record: letter: Extra inputs are not permitted",
    ),
    "broken json": (
        "{",
        "not valid JSON (line 1, column 2): give one record (.json) or a letter file",
    ),
    "json lines": (
        '{"schema_version": "1"}\n{"schema_version": "1"}\n{"schema_version": "1"}\n',
        "JSON Lines (3 records), not one record: give one record (.json) or a letter file",
    ),
    "an array": (
        "[1, 2]",
        "a JSON array of 2 items, not one record: give one record (.json) or a letter file",
    ),
}


@pytest.mark.parametrize("name", ["bad.json", "bad.jsonl", "bad.txt"])
@pytest.mark.parametrize(("content", "message"), BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_records(tmp_path: Path, content: str, message: str, name: str) -> None:
    """JSON is told by its content whatever the name: never typeset as a letter's text."""
    record = tmp_path / name
    record.write_text(content, encoding="utf-8")
    code, _, err = run("render", str(record), "-o", str(tmp_path / "x.docx"))
    assert code == 1
    assert flat(err).startswith(f"error: {record}: {message}")
    assert not (tmp_path / "x.docx").exists()


def test_json_named_so_that_is_no_object_is_refused(tmp_path: Path) -> None:
    record = tmp_path / "n.json"
    record.write_text("42", encoding="utf-8")
    code, _, err = run("render", str(record), "-o", str(tmp_path / "x.docx"))
    message = "JSON int, not one record: give one record (.json) or a letter file"
    assert (code, err) == (1, f"error: {record}: {message}\n")


def test_extracts_json_lines_are_refused_by_name(tmp_path: Path) -> None:
    """What a user tries: render the JSON Lines file extract wrote."""
    jsonl = tmp_path / "all.jsonl"
    code, _, _ = run(
        "extract",
        str(LETTER),
        str(SAMPLES / "s20_docno_class_mark_spaced_title_chengban.txt"),
        "-o",
        str(jsonl),
        "-q",
    )
    assert code == 0
    code, _, err = run("render", str(jsonl), "-o", str(tmp_path / "j.docx"))
    assert (code, err) == (
        1,
        f"error: {jsonl}: JSON Lines (2 records), not one record: give one record (.json) "
        "or a letter file\n",
    )


def test_extracts_database_is_refused_with_the_command_to_run(tmp_path: Path) -> None:
    """What a user tries next: render the archive extract wrote. It keeps tables, not
    records: the refusal says what render takes, with its first letter's file as the
    command to run, and leaves no file beside the database."""
    letter = tmp_path / "某县 答复.txt"
    letter.write_bytes(LETTER.read_bytes())
    db = tmp_path / "archive.db"
    assert run("extract", str(letter), "-o", str(db), "-q")[0] == 0
    before = sorted(p.name for p in tmp_path.iterdir())
    code, _, err = run("render", str(db), "-o", str(tmp_path / "a.docx"))
    assert code == 1
    assert flat(err) == (
        f"error: {db}: a replyparse archive (SQLite, 1 letter), not one record: an archive "
        "keeps tables, from which no letter is typeset; give one record (.json) or a letter "
        f"file: replyparse render '{letter}' -o '某县 答复.docx', for its first letter (or, "
        "for every letter's review report: replyparse extract with the letters' folder, "
        "--format docx -o reports/)"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no -wal, -shm, a.docx
    code, _, _ = run("render", str(letter), "-o", str(tmp_path / "a.docx"))
    assert code == 0  # the command it gives works


def test_an_archive_of_no_letter_is_not_said_to_name_one(tmp_path: Path) -> None:
    """An archive whose every file failed holds no letter: the refusal told the user to
    give "the file of the letter, which its files table names", a letter it has not."""
    (tmp_path / "blank.txt").write_bytes(b"")
    db = tmp_path / "archive.db"
    assert run("extract", str(tmp_path / "blank.txt"), "-o", str(db), "-q")[0] == 1
    code, _, err = run("render", str(db), "-o", str(tmp_path / "a.docx"))
    assert code == 1
    assert (
        "a replyparse archive (SQLite, 0 letters), not one record: an archive keeps tables, "
        "from which no letter is typeset; give one record (.json) or a letter file (this "
        "archive holds none: its files failed or are yet to be read)"
    ) in flat(err)


def _killed_with_its_log(folder: Path, *statements: str) -> Path:
    """An archive of one letter in ``folder`` that a run changed with ``statements`` and was
    killed before it folded its log in (in a process of its own: SQLite's locks and shared
    memory are per process), the changes left in the -wal file."""
    letter = folder / "甲.txt"
    letter.write_bytes(LETTER.read_bytes())
    db = folder / "archive.db"
    assert run("extract", str(letter), "-o", str(db), "-q")[0] == 0
    killed = "\n".join(
        [
            "import os, sqlite3, sys",
            "db = sqlite3.connect(sys.argv[1], isolation_level=None)",
            "db.execute('PRAGMA wal_autocheckpoint = 0')",
            *(f"db.execute({statement!r})" for statement in statements),
            "os._exit(0)",
        ]
    )
    subprocess.run([sys.executable, "-c", killed, str(db)], check=True)
    return db


def test_an_archive_is_read_with_the_rows_its_log_still_holds(tmp_path: Path) -> None:
    """Rows committed while a run is writing (or left by a killed one) may still be in the
    -wal file, not yet folded into the database: render read the file as immutable and
    passed them over, counting letters the archive no longer held. Read through the log,
    it says what a reader of the database sees, and makes no file beside it."""
    db = _killed_with_its_log(tmp_path, "DELETE FROM letters", "UPDATE files SET status = 'failed'")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert "archive.db-wal" in before
    code, _, err = run("render", str(db), "-o", str(tmp_path / "a.docx"))
    assert code == 1
    assert "a replyparse archive (SQLite, 0 letters)" in flat(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_log_without_its_index_makes_no_file_beside_the_archive(tmp_path: Path) -> None:
    """A -wal file copied without its -shm index: SQLite, even read-only, makes the index
    to read the log, a file where there was none (what the page says render never
    does). The log is passed over then, as before there was any reading through it."""
    db = _killed_with_its_log(tmp_path, "UPDATE meta SET value = value WHERE key = 'application'")
    (tmp_path / "archive.db-shm").unlink()
    before = sorted(p.name for p in tmp_path.iterdir())
    assert "archive.db-wal" in before
    code, _, err = run("render", str(db), "-o", str(tmp_path / "a.docx"))
    assert code == 1
    assert "a replyparse archive (SQLite, 1 letter)" in flat(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_another_programs_database_is_no_record(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    with contextlib.closing(sqlite3.connect(db)) as made:
        made.execute("CREATE TABLE notes (text TEXT)")
        made.commit()
    code, _, err = run("render", str(db), "-o", str(tmp_path / "a.docx"))
    assert (code, err) == (
        1,
        f"error: {db}: a SQLite database, not one record: give one record (.json) or a "
        "letter file\n",
    )


OUTPUT_REFUSED = {
    "pdf": (
        "a.pdf",
        "render writes a Word file, and a.pdf is no .docx name: name it .docx, or give - for "
        "standard output",
    ),
    "empty": (
        "",
        "'' is an empty name (an unset variable?): name the .docx file or a folder (./ for "
        "this one)",
    ),
    "no suffix": (
        "letter",
        "render writes a Word file, and letter is no .docx name: name it .docx, end it with / "
        "(letter/) to write it in under the letter's name, or give - for standard output",
    ),
}


def test_a_folder_name_that_is_a_file_is_refused_before_the_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-o notes/`` with notes a file: refused as extract refuses it, not tried after the
    parse and told as ``notes/LETTER.docx: cannot write: File exists``."""
    monkeypatch.chdir(tmp_path)
    Path("notes").write_bytes(b"kept")
    code, stdout, err = run("render", str(LETTER), "-o", "notes/")
    assert (code, stdout) == (2, b"")
    assert flat(err).endswith(
        "Error: Invalid value for '-o' / '--out': notes is a file, not a folder (the / at the "
        "end of the name asks for one)"
    )
    assert Path("notes").read_bytes() == b"kept"


@pytest.mark.parametrize(("out", "message"), OUTPUT_REFUSED.values(), ids=OUTPUT_REFUSED.keys())
def test_outputs_render_does_not_write_are_refused(
    out: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, stdout, err = run("render", str(LETTER), "-o", out)
    assert (code, stdout) == (2, b"")
    assert flat(err).endswith(f"Error: Invalid value for '-o' / '--out': {message}")
    assert sorted(tmp_path.iterdir()) == []


def test_standard_output_at_a_terminal_is_refused(tmp_path: Path) -> None:
    """As extract --format docx: a Word file is not text for a terminal."""
    leader, follower = pty.openpty()
    done = subprocess.run(
        [sys.executable, "-m", "replyparse", "render", str(LETTER), "-o", "-"],
        stdout=follower,
        stderr=subprocess.PIPE,
        timeout=60,
    )
    os.close(follower)
    os.set_blocking(leader, False)
    try:
        shown = os.read(leader, 65536)
    except OSError:  # nothing was written, and the other side is closed
        shown = b""
    os.close(leader)
    assert done.returncode == 2
    assert shown == b""  # nothing binary reached the terminal
    assert flat(done.stderr.decode()).endswith(
        "Error: Invalid value for '-o' / '--out': render writes a Word file, not text for a "
        "terminal: name it with -o letter.docx, or redirect standard output to a file"
    )


def _long_title(tmp_path: Path) -> Path:
    """s10 with a title of some 400 characters (a property holds 255)."""
    lines = LETTER.read_text(encoding="utf-8").split("\n")
    lines[5] = "关于" + "加强城市道路与公共交通管理和服务的" * 20 + "建议的答复"
    letter = tmp_path / "longtitle.txt"
    letter.write_text("\n".join(lines), encoding="utf-8")
    return letter


@pytest.mark.parametrize("report", [False, True], ids=["letter", "report"])
def test_a_very_long_title_is_clipped_in_the_properties(tmp_path: Path, report: bool) -> None:
    letter = _long_title(tmp_path)
    out = tmp_path / "lt.docx"
    done = subprocess.run(
        [sys.executable, "-m", "replyparse", "render", str(letter), "-o", str(out), "-q"]
        + (["--report"] if report else []),
        capture_output=True,
        timeout=120,
    )
    assert (done.returncode, done.stderr) == (0, b"")
    title = docx.Document(str(out)).core_properties.title
    assert len(title) == 255 and title.endswith("…")
    if not report:  # the letter itself keeps its whole title, broken between words
        title = parse_file(letter).title
        assert title is not None
        body = "".join(p.text for p in docx.Document(str(out)).paragraphs)
        assert title in body.replace("\n", "")


def _break(monkeypatch: pytest.MonkeyPatch, writer: str, message: str) -> None:
    """The document writer named ``writer`` raises ``ValueError(message)``, as a bug in it
    would."""

    def broken(letter: Letter) -> bytes:
        raise ValueError(message)

    monkeypatch.setattr(writer, broken)


def test_an_unexpected_failure_is_one_line_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _break(monkeypatch, "replyparse.typeset.typeset_docx", "something python-docx did not expect")
    code, _, err = run("render", str(LETTER), "-o", str(tmp_path / "x.docx"))
    assert (code, err) == (
        1,
        f"error: {LETTER}: cannot write the letter: ValueError: something python-docx did "
        "not expect\n",
    )


def test_a_report_that_fails_in_a_batch_is_stage_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _break(monkeypatch, "replyparse.report.report_docx", "boom")
    code, _, err = run("extract", str(LETTER), "-o", f"{tmp_path}/reports/", "--format", "docx")
    assert code == 1
    assert err.startswith(
        f"error: {LETTER}: cannot write its report: ValueError: boom (stage: write)\n"
    )


def test_a_review_report_given_as_a_letter_is_refused(tmp_path: Path) -> None:
    report = tmp_path / "report.docx"
    assert run("render", str(LETTER), "--report", "-o", str(report))[0] == 0
    reason = "a review report made by replyparse, not a letter: give the letter it reports on"
    code, _, err = run("render", str(report), "-o", str(tmp_path / "again.docx"))
    assert (code, err) == (1, f"error: {report}: {reason}\n")
    code, _, err = run("extract", str(report))
    assert code == 1
    assert err.startswith(f"error: {report}: {reason} (stage: read)\n")
    typeset = tmp_path / "letter.docx"  # the re-typeset letter is a letter: it is read
    assert run("render", str(LETTER), "-o", str(typeset))[0] == 0
    assert run("extract", str(typeset))[0] == 0


def test_an_unreadable_letter(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, err = run("render", str(empty), "-o", str(tmp_path / "x.docx"))
    assert code == 1
    assert flat(err) == f"error: {empty}: file is empty"


def test_a_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("render", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "x.docx"))
    assert code == 2
    assert "no such file" in flat(err)


def test_a_letter_name_too_long_is_a_usage_error(tmp_path: Path) -> None:
    """A name longer than the file system takes ended in a traceback (Path.is_dir raises
    for it, Python 3.11): no such file, as extract and validate say."""
    name = tmp_path / ("长" * 100 + ".txt")
    code, _, err = run("render", str(name), "-o", str(tmp_path / "x.docx"))
    assert code == 2
    assert "no such file" in flat(err) and "Traceback" not in err


@pytest.mark.parametrize("out", ["a-file/x.docx", "a-file/sub/x.docx", "a-file/sub/"])
def test_an_output_under_a_file_is_refused_before_the_parse(
    out: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-o a.txt/x.docx``: a usage error naming the file in the way, as extract gives
    one, not ``cannot write: File exists`` (the reason mkdir gives) after the parse."""
    monkeypatch.chdir(tmp_path)
    Path("a-file").write_text("", encoding="utf-8")
    code, stdout, err = run("render", str(LETTER), "-o", out)
    assert (code, stdout) == (2, b"")
    written = out if out.endswith(".docx") else f"{out}{LETTER.stem}.docx"
    assert flat(err).endswith(
        f"Error: Invalid value for '-o' / '--out': cannot write to {written}: a-file is not "
        "a folder"
    )
    assert Path("a-file").read_text(encoding="utf-8") == ""


PROC = 'the system takes no new file or folder in /proc (it answered "No such file or directory", though the folder is there)'  # fmt: skip
UNWRITABLE = {
    "a file in /proc": ("/proc/replyparse-x.docx", "/proc/replyparse-x.docx", PROC),
    "a folder in /proc": ("/proc/replyparse-out/", f"/proc/replyparse-out/{LETTER.stem}.docx", PROC),
    "a name too long": ("长" * 100 + ".docx", "长" * 100 + ".docx", "its name is 305 bytes long, and its file system takes 255 at most"),
    "under a link to nothing": ("link/x.docx", "link/x.docx", "link is a link to gone, which is not there"),
}  # fmt: skip
"""Outputs render cannot write at all: ``-o``, the file named, and why."""


@pytest.mark.parametrize(("out", "named", "why"), UNWRITABLE.values(), ids=list(UNWRITABLE))
def test_an_output_that_cannot_be_written_is_refused_before_the_parse(
    out: str,
    named: str,
    why: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Found only once the letter was parsed and typeset, for nothing: ``error: NAME:
    cannot write: …``, exit 1, the code of an input that could not be read. Refused
    first, as extract refuses such an output (exit 2, cli76); 1 is left to an output that
    fails as it is written (a full disk)."""
    if out.startswith("/proc/") and not os.path.isdir("/proc/self"):
        pytest.skip("no /proc here")
    if out.startswith("长") and os.pathconf(tmp_path, "PC_NAME_MAX") != 255:
        pytest.skip("a file system whose names are not 255 bytes at most")
    monkeypatch.chdir(tmp_path)
    Path("link").symlink_to("gone")

    def parsed(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed before the output was checked")

    monkeypatch.setattr("replyparse.cli.render._render_in_worker", parsed)
    code, stdout, err = run("render", str(LETTER), "-o", out)
    assert (code, stdout) == (2, b"")
    assert flat(err).endswith(
        f"Error: Invalid value for '-o' / '--out': cannot write to {named}: {why}"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link"]


def test_the_output_folder_is_made_as_extract_makes_it(tmp_path: Path) -> None:
    out = tmp_path / "new" / "2021" / "x.docx"
    code, _, err = run("render", str(LETTER), "-o", str(out), "-q")
    assert (code, err) == (0, "")
    assert parse_file(out).title == parse_file(LETTER).title


FOLDER_OUTPUTS = {
    "a folder there": ("there", True),
    "a folder there, with /": ("there/", True),
    "a new folder, with /": ("new/2021/", False),
}


@pytest.mark.parametrize(("out", "exists"), FOLDER_OUTPUTS.values(), ids=FOLDER_OUTPUTS.keys())
def test_a_folder_takes_the_document_under_the_letters_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str, exists: bool
) -> None:
    """As extract -o DIR/ names a letter's record: the input's name, .docx (render refused
    a folder, and took reports/ for a file name without .docx)."""
    monkeypatch.chdir(tmp_path)
    if exists:
        Path(out).mkdir()
    code, _, err = run("render", str(LETTER), "-o", out)
    written = Path(out) / f"{LETTER.stem}.docx"
    assert code == 0
    # the name render chose is told (-o typeset/ said nothing of it)
    assert flat(err).startswith(f"replyparse: letter typeset, written to {written} (")
    assert sorted(p.name for p in Path(out).iterdir()) == [written.name]
    assert parse_file(written).title == parse_file(LETTER).title


def test_a_folder_holding_the_input_under_its_name_is_refused(tmp_path: Path) -> None:
    """A document rendered into the folder of the document it reads would replace it."""
    letter = tmp_path / "a.docx"
    letter.write_bytes(typeset_docx(parse_file(LETTER)))
    before = letter.read_bytes()
    code, _, err = run("render", str(letter), "-o", f"{tmp_path}/")
    assert code == 2
    assert flat(err).endswith(
        f"Error: Invalid value for '-o' / '--out': {letter} is also the input; write to "
        "another file"
    )
    assert letter.read_bytes() == before


def test_a_folder_holding_the_records_letter_is_refused(tmp_path: Path) -> None:
    """A record kept beside the letter it was read from (letters/a.json, letters/a.docx):
    rendered into that folder, the document render names would replace the letter."""
    letters = tmp_path / "letters"
    letters.mkdir()
    letter = letters / "a.docx"
    letter.write_bytes(b"PK not a document replyparse wrote")
    record = letters / "a.json"
    code, _, err = run("extract", str(LETTER), "-o", str(record))
    assert code == 0, err
    code, _, err = run("render", str(record), "-o", f"{letters}/")
    assert code == 2
    assert flat(err).endswith(
        f"Error: Invalid value for '-o' / '--out': {letter} is there and is no document "
        "replyparse wrote (the letter itself?); name the .docx file to write, or another folder"
    )
    assert letter.read_bytes() == b"PK not a document replyparse wrote"


def test_a_folder_under_the_chosen_name_is_refused_as_a_folder(tmp_path: Path) -> None:
    """``-o reports/`` where ``reports/a.docx`` is a folder: said as a folder, not taken
    for a file some program wrote (an earlier message asked whether it was the letter)."""
    (tmp_path / "reports" / "a.docx").mkdir(parents=True)
    record = tmp_path / "a.json"
    code, _, err = run("extract", str(LETTER), "-o", str(record))
    assert code == 0, err
    code, _, err = run("render", str(record), "-o", f"{tmp_path}/reports/")
    assert code == 2
    assert flat(err).endswith(
        f"Error: Invalid value for '-o' / '--out': {tmp_path}/reports/a.docx is a folder; "
        "name the .docx file to write, or another folder"
    )
    assert list((tmp_path / "reports" / "a.docx").iterdir()) == []


@pytest.mark.skipif(not os.path.exists(os.devnull), reason="no null device here")
def test_the_null_device_takes_the_document(tmp_path: Path) -> None:
    """``-o /dev/null`` (to time a render, or to check a letter renders): written as it
    comes, not refused for its name and not replaced by a file beside it."""
    code, stdout, err = run("render", str(LETTER), "-o", os.devnull)
    assert (code, stdout) == (0, b"")
    assert flat(err).startswith(f"replyparse: letter typeset, written to {os.devnull} ("), err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_takes_the_document_whole(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[bytes] = []
    import threading

    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()), daemon=True)
    reader.start()
    code, _, err = run("render", str(LETTER), "-o", str(pipe), "--quiet")
    reader.join(timeout=30)
    if reader.is_alive():  # (nothing opened the pipe: let the reader go, then fail)
        with contextlib.suppress(OSError):  # (ENXIO: the reader let go meanwhile)
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=30)
    assert (code, err) == (0, "")
    assert zipfile.is_zipfile(io.BytesIO(got[0]))


def test_a_folder_holding_an_earlier_rendering_takes_the_new_one(tmp_path: Path) -> None:
    """A document render wrote before is replaced, as extract replaces its own records."""
    record = tmp_path / "a.json"
    code, _, err = run("extract", str(LETTER), "-o", str(record))
    assert code == 0, err
    out = tmp_path / "reports"
    for _ in range(2):
        code, _, err = run("render", str(record), "-o", f"{out}/", "--quiet")
        assert (code, err) == (0, "")
    assert parse_file(out / "a.docx").title == parse_file(LETTER).title


# -- the same bytes every time ---------------------------------------------------------------

DOCUMENTS = {"letter": typeset_docx, "report": report_docx}


@pytest.mark.parametrize("make", DOCUMENTS.values(), ids=DOCUMENTS.keys())
def test_a_document_carries_no_time_of_saving(make: Callable[[Letter], bytes]) -> None:
    data = make(parse_file(LETTER))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert {info.date_time for info in package.infolist()} == {ZIP_EPOCH}
    core = docx.Document(io.BytesIO(data)).core_properties
    assert (core.created, core.modified, core.last_printed) == (None, None, None)
    assert core.title  # the properties that say something are still there


# -- LibreOffice ----------------------------------------------------------------------------


@pytest.mark.slow
def test_libreoffice_converts_both_documents_to_pdf(tmp_path: Path) -> None:
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) not on PATH: run `make system-deps`")
    letter = parse_file(LETTER)
    sources = [tmp_path / "letter.docx", tmp_path / "report.docx"]
    sources[0].write_bytes(typeset_docx(letter))
    sources[1].write_bytes(report_docx(letter))
    convert(sources, "pdf", tmp_path)
    for source in sources:
        pdf = source.with_suffix(".pdf")
        assert pdf.is_file(), f"LibreOffice wrote no PDF for {source.name}"
        with pdfplumber.open(pdf) as doc:
            assert doc.pages
            first = doc.pages[0].extract_text() or ""
        expected = "呈贡区市场监督管理局" if source.stem == "letter" else "答复函抽取审阅报告"
        assert expected in first.replace(" ", "")
