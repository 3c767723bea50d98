"""``replyparse validate``: findings, output formats, exit codes, rule selection and config,
for CI, editors and pre-commit. Letters here are invented."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator

import helpers
from conftest import SHARED
from helpers import ROOT, flat
from replyparse import parse_text
from replyparse.letterness import NOT_A_LETTER_MESSAGE, has_han, is_letter, letter_parts
from replyparse.rules import RULES
from replyparse.validate import Finding, Summary, failing, findings
from replyparse.validate_formats import artifact_uri, github_line

SARIF_SCHEMA = Path(__file__).resolve().parent / "sarif" / "sarif-schema-2.1.0.json"
CORPUS = SHARED / "corpus" / "letters"

GOOD = "某市民政局文件\n某民函〔2021〕3号\n关于某某建议的答复\n张某代表：\n您提出的建议收悉。\n某市民政局\n2021年1月5日\n抄送：甲委，乙办。\n"
BAD = GOOD.replace("张某代表：", "张某代表:").replace("〔2021〕3号", "[2021]3号")
CHINESE_DATE = GOOD.replace("2021年1月5日", "二〇二一年一月五日")
NOTE = "周末去湖边走走，记得带伞。\n"

DOC_NUMBER_MESSAGE = (
    "发文字号 某民函[2021]3号: year in [], not the hexagonal brackets 〔〕 (GB/T 9704-2012 7.2.5)"
)
COLON_MESSAGE = "主送 line ends with a half-width colon; GB/T 9704-2012 7.3.2 wants ："
DATE_MESSAGE = "成文日期 in Chinese numerals; GB/T 9704-2012 7.3.5.4 wants Arabic numerals"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in an empty folder: no pyproject.toml above it to pick up by accident."""
    monkeypatch.chdir(tmp_path)


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    return helpers.run("validate", *args, stdin=stdin)


def write(rel: str, text: str) -> Path:
    path = Path(rel)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- findings (pure) ------------------------------------------------------------------


def test_findings_are_located_by_line_and_column() -> None:
    located = findings("x.txt", parse_text("\n" + BAD))
    assert [(f.line, f.column, f.end_line, f.end_column, f.code) for f in located] == [
        (3, 1, 3, 12, "doc-number-format"),
        (5, 5, 5, 6, "salutation-colon"),
    ]
    assert str(located[1]) == f"x.txt:5:5: warning: salutation-colon: {COLON_MESSAGE}"


@pytest.mark.parametrize(("fail_on", "count"), [("error", 0), ("warning", 2), ("info", 2)], ids=str)
def test_failing_respects_the_threshold(fail_on: str, count: int) -> None:
    located = findings("x.txt", parse_text(BAD))
    assert len(failing(located, fail_on)) == count  # type: ignore[arg-type]


SUMMARIES = [
    pytest.param(
        Summary(letters=3, severities=Counter(warning=2)),
        "3 letters, 2 warnings, 0 errors",
        id="plural",
    ),
    pytest.param(
        Summary(letters=1, severities=Counter(warning=1, error=1)),
        "1 letter, 1 warning, 1 error",
        id="singular",
    ),
    pytest.param(
        Summary(letters=2, severities=Counter(info=1)),
        "2 letters, 0 warnings, 0 errors, 1 info",
        id="info",
    ),
    pytest.param(
        Summary(letters=2, not_letters=1, severities=Counter(error=1)),
        "2 letters, 1 not a letter, 0 warnings, 1 error",
        id="not-a-letter",
    ),
    pytest.param(
        Summary(letters=0, unreadable=2),
        "0 letters, 0 warnings, 0 errors, 2 unreadable",
        id="unreadable",
    ),
]


@pytest.mark.parametrize(("summary", "line"), SUMMARIES)
def test_summary_line(summary: Summary, line: str) -> None:
    assert summary.line() == line


# --- not a letter (pure) --------------------------------------------------------------

NOT_LETTERS = [
    pytest.param("", id="empty"),
    pytest.param("   \n\n", id="blank"),
    pytest.param(NOTE, id="one-sentence"),
    pytest.param("购物清单\n牛奶\n面包\n鸡蛋\n", id="list"),
    pytest.param("def area(r):\n    return 3 * r * r\n", id="code-with-colon"),
    pytest.param("Dear Sam:\nSee you on Monday.\n", id="english-salutation"),
    pytest.param("名称,数量\n水管,30\n", id="csv"),
    pytest.param("本报讯 昨日，某市举行春季运动会。\n比赛持续两天。\n", id="news"),
    pytest.param(
        "# 样例说明\n| 文件 | 内容 |\n|---|---|\n| `a` | 行内 `一是…；二是…；三是…` 的写法 |\n",
        id="page-about-markers",
    ),
    pytest.param("1. milk\n2. bread\n3. eggs\n", id="numbered-english-list"),
]
LETTERS = [
    pytest.param(GOOD, "doc_number", id="full"),
    pytest.param("张某代表：\n您提出的建议收悉。\n", "addressees", id="salutation-only"),
    pytest.param("情况说明\n一、基本情况\n二、下一步打算\n", "sections", id="sections-only"),
    pytest.param(
        "情况说明\n已办理完毕。\n某市民政局\n2021年1月5日\n", "signature", id="signature-only"
    ),
    pytest.param(
        "关于市政协五届一次会议第12号提案的答复\n已办理完毕。\n",
        "proposal",
        id="title-naming-a-proposal",
    ),
]


@pytest.mark.parametrize("text", NOT_LETTERS)
def test_texts_with_nothing_of_a_letter(text: str) -> None:
    letter = parse_text(text)
    assert letter_parts(letter) == []
    assert not is_letter(letter)
    assert [(f.code, f.severity, f.message) for f in findings("x", letter)] == [
        ("not-a-letter", "error", NOT_A_LETTER_MESSAGE)
    ]


@pytest.mark.parametrize(("text", "part"), LETTERS)
def test_one_part_makes_a_letter(text: str, part: str) -> None:
    letter = parse_text(text)
    assert part in letter_parts(letter)
    assert is_letter(letter)


def test_han_is_what_the_pattern_of_its_ranges_finds() -> None:
    """``has_han`` compares characters where a pattern was once compiled: the same
    answer for every code point, alone and after other text."""
    han = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert has_han(char) == (han.search(char) is not None), hex(code)
    assert has_han("1. milk 奶") and not has_han("1. milk")


def test_no_bundled_sample_is_taken_for_a_non_letter() -> None:
    samples = sorted((ROOT / "samples").glob("*.txt"))
    assert samples
    for path in samples:
        assert is_letter(parse_text(path.read_text(encoding="utf-8"))), path.name


def test_no_corpus_letter_is_taken_for_a_non_letter() -> None:
    if not CORPUS.is_dir():
        pytest.skip(
            f"corpus not found at {CORPUS} (the shared folder: $REPLYPARSE_SHARED, else ../shared)"
        )
    from replyparse.pipeline import parse_file

    letters = sorted(p for p in CORPUS.iterdir() if p.suffix in {".txt", ".docx", ".pdf"})
    assert letters
    assert [p.name for p in letters if not is_letter(parse_file(p))] == []


# --- text output, exit codes ----------------------------------------------------------


_SUMMARY = re.compile(r"\d+ letters?, ")


def findings_in(stdout: str) -> list[str]:
    """The finding lines of a text report: the summary and the line saying why a check
    failed left out."""
    return [
        line
        for line in stdout.splitlines()
        if not _SUMMARY.match(line) and not line.startswith("failed: ")
    ]


def test_clean_letter_passes_with_a_summary() -> None:
    write("ok.txt", GOOD)
    assert run("ok.txt") == (0, "1 letter, 0 warnings, 0 errors\n", "")


def test_quiet_leaves_the_summary_out() -> None:
    write("ok.txt", GOOD)
    assert run("-q", "ok.txt") == (0, "", "")


def test_problems_fail_with_located_messages() -> None:
    write("bad.txt", BAD)
    code, stdout, stderr = run("bad.txt")
    assert code == 1
    assert stdout.splitlines() == [
        f"bad.txt:2:1: warning: doc-number-format: {DOC_NUMBER_MESSAGE}",
        f"bad.txt:4:5: warning: salutation-colon: {COLON_MESSAGE}",
        "1 letter, 2 warnings, 0 errors",
        "failed: 2 warnings at or above --fail-on warning (the default)",
    ]
    assert stderr == ""


def test_fail_on_error_lets_warnings_pass() -> None:
    write("bad.txt", BAD)
    code, stdout, _ = run("--fail-on", "error", "bad.txt")
    assert code == 0
    assert stdout.splitlines()[-1] == "1 letter, 2 warnings, 0 errors"


def test_infos_pass_unless_fail_on_info() -> None:
    write("d.txt", CHINESE_DATE)
    assert run("d.txt") == (
        0,
        f"d.txt:7:1: info: date-chinese-numerals: {DATE_MESSAGE}\n1 letter, 0 warnings, 0 errors, 1 info\n",
        "",
    )
    assert run("--fail-on", "info", "d.txt")[0] == 1


def test_not_a_letter_is_an_error() -> None:
    write("notes/todo.txt", NOTE)
    code, stdout, _ = run("notes")
    assert code == 1
    assert stdout.splitlines() == [
        f"notes/todo.txt: error: not-a-letter: {NOT_A_LETTER_MESSAGE}",
        "0 letters, 1 not a letter, 0 warnings, 1 error",
    ]


def test_summary_tells_letters_from_the_files_that_are_none() -> None:
    """A folder holding a letter, a note, an empty file and a picture named .txt: only
    the letter is counted as one; the note is told apart, the other two are unreadable."""
    write("mixed/a.txt", GOOD)
    write("mixed/b.txt", NOTE)
    Path("mixed/c.txt").write_bytes(b"")
    Path("mixed/d.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    code, stdout, _ = run("mixed")
    assert code == 1
    assert stdout.splitlines()[-1] == (
        "1 letter, 1 not a letter, 0 warnings, 1 error, 2 unreadable"
    )


def test_only_files_that_are_no_letters_fail_not_as_nothing_found() -> None:
    """Two notes and no letter: checked (exit 1), not *no letter found* (exit 2)."""
    write("a.txt", NOTE)
    write("b.txt", NOTE + "再买两把椅子。\n")
    code, stdout, _ = run("a.txt", "b.txt")
    assert (code, stdout.splitlines()[-1]) == (1, "0 letters, 2 not letters, 0 warnings, 2 errors")


def test_ignoring_not_a_letter_shows_what_is_missing() -> None:
    write("todo.txt", NOTE)
    code, stdout, _ = run("--ignore", "not-a-letter", "todo.txt")
    assert code == 1
    assert [line.split(": ")[2] for line in findings_in(stdout)] == [
        "missing-title",
        "missing-salutation",
        "missing-date",
    ]


def test_unreadable_file_fails_naming_it() -> None:
    Path("empty.txt").write_bytes(b"")
    code, stdout, _ = run("empty.txt")
    assert code == 1
    assert stdout.splitlines() == [
        "empty.txt: error: unreadable: file is empty",
        "0 letters, 0 warnings, 0 errors, 1 unreadable",
    ]


def test_a_parser_failure_fails_that_file_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import replyparse.pipeline

    def broken(text: str, **_: object) -> object:
        if "张某" in text:
            raise ValueError("boom")
        return parse_text(text)

    monkeypatch.setattr(replyparse.pipeline, "parse_text", broken)
    write("a.txt", GOOD)
    write("b.txt", NOTE)
    code, stdout, _ = run("-j", "1", "a.txt", "b.txt")
    assert code == 1
    assert stdout.splitlines() == [
        "a.txt: error: unreadable: could not be parsed: ValueError: boom",
        f"b.txt: error: not-a-letter: {NOT_A_LETTER_MESSAGE}",
        "0 letters, 1 not a letter, 0 warnings, 1 error, 1 unreadable",
    ]


def test_folders_are_walked_in_name_order() -> None:
    write("in/b.txt", BAD)
    write("in/a/ok.txt", GOOD)
    write("in/a/c.txt", CHINESE_DATE)
    write("in/readme.md", NOTE)
    code, stdout, _ = run("in")
    assert code == 1
    assert [line.split(":")[0] for line in findings_in(stdout)] == [
        "in/a/c.txt",
        "in/b.txt",
        "in/b.txt",
    ]
    assert stdout.splitlines()[-2:] == [
        "3 letters, 2 warnings, 0 errors, 1 info",
        "failed: 2 warnings at or above --fail-on warning (the default)",
    ]


USAGE = [
    pytest.param(
        ["nope.txt"], "Invalid value for PATH: no such file or folder: nope.txt", id="missing"
    ),
    pytest.param(
        ["-", "-"],
        "Invalid value for PATH: standard input (-) can be given only once",
        id="stdin-twice",
    ),
    pytest.param(
        ["--select", "sec", "ok.txt"],
        "Invalid value for '--select': unknown rule or prefix: sec (see replyparse rules)",
        id="bad-select",
    ),
    pytest.param(
        ["--select", "section-ordr", "ok.txt"],
        "Invalid value for '--select': unknown rule or prefix: section-ordr "
        "(did you mean section-order? see replyparse rules)",
        id="misspelt-select",
    ),
    pytest.param(
        ["--ignore", "doc-number,nope", "ok.txt"],
        "Invalid value for '--ignore': unknown rule or prefix: nope (see replyparse rules)",
        id="bad-ignore",
    ),
    pytest.param(
        ["--ignore", "unreadable", "ok.txt"],
        "Invalid value for '--ignore': unreadable is not a rule: a file that cannot be read "
        "or checked is always an error (see replyparse rules unreadable)",
        id="ignore-unreadable",
    ),
    pytest.param(
        ["--select", "doc-number-format,unreadable", "ok.txt"],
        "Invalid value for '--select': unreadable is not a rule: a file that cannot be read "
        "or checked is always an error (see replyparse rules unreadable)",
        id="select-unreadable",
    ),
    pytest.param(
        ["--format", "xml", "ok.txt"], "Invalid value for '-f' / '--format'", id="bad-format"
    ),
    pytest.param(["-j", "0", "ok.txt"], "Invalid value for '-j' / '--jobs'", id="zero-jobs"),
    pytest.param(
        [],
        "Error: no PATH given: name letters or folders, or list them with --files-from",
        id="no-path",
    ),
]


@pytest.mark.parametrize(("args", "message"), USAGE)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    write("ok.txt", GOOD)
    code, stdout, stderr = run(*args)
    assert code == 2
    assert stdout == ""
    assert message in flat(stderr)


_MD = "; 1 file not read: no letter format (.md 1)"
NO_LETTER = [
    pytest.param(["empty"], "empty", "; empty is an empty folder", id="empty-folder"),
    pytest.param(["docs"], "docs", _MD, id="other-files-only"),
    pytest.param(
        ["docs", "empty"], "docs empty", _MD + "; empty is an empty folder", id="two-folders"
    ),
    pytest.param(["in", "--format", "sarif"], "in", "", id="machine-format"),
]


@pytest.mark.parametrize(("args", "named", "other"), NO_LETTER)
def test_no_letter_found_exits_2(args: list[str], named: str, other: str) -> None:
    """A CI job pointed at the wrong folder must not pass."""
    Path("empty").mkdir()
    write("docs/readme.md", NOTE)
    Path("in/sub").mkdir(parents=True)
    code, stdout, stderr = run(*args)
    assert code == 2
    assert stdout == ""
    assert stderr == (
        f"error: no letter found in {named} "
        f"(files ending .txt .docx .pdf .doc .wps .rtf .html .htm .mht .mhtml){other}\n"
    )


FILTERED_OUT = [
    pytest.param(["--exclude", "*.txt"], "--exclude '*.txt' left out 2 files", id="exclude-files"),
    pytest.param(["--exclude", "sub"], "--exclude 'sub' left out 1 folder", id="exclude-folder"),
    pytest.param(
        ["--exclude", "*.txt", "--exclude", "drafts"],
        "--exclude '*.txt' left out 2 files; --exclude 'drafts' matched nothing",
        id="exclude-one-matches-nothing",
    ),
    pytest.param(
        ["--include", "*.pdf"], "--include '*.pdf' matched none of 2 letter files", id="include"
    ),
]


@pytest.mark.parametrize("command", ["validate", "extract"])
@pytest.mark.parametrize(("args", "told"), FILTERED_OUT)
def test_filters_that_leave_no_letter_are_named_with_what_they_left_out(
    command: str, args: list[str], told: str
) -> None:
    """A pattern that leaves nothing to read is the user's mistake to see: the error
    names each filter and how many files it left out, not only "no letter found"."""
    write("in/sub/ok.txt", GOOD)
    write("in/sub/two.txt", GOOD)
    code, stdout, stderr = helpers.run(command, "in", *args)
    assert (code, stdout) == (2, "")
    assert stderr == f"error: no letter left to read in in after the filters: {told}\n"


def test_what_the_filters_left_out_is_told_when_letters_remain() -> None:
    write("in/a.txt", GOOD)
    write("in/drafts/b.txt", GOOD)
    code, _, stderr = helpers.run(
        "validate", "in", "--exclude", "drafts", "--exclude", "old", "--ignore", "cc", "-q"
    )
    assert code == 0
    assert stderr.splitlines()[:2] == [
        "note: --exclude 'drafts' left out 1 folder",
        "note: --exclude 'old' matched nothing",
    ]


# --- inputs: standard input, filters, workers -------------------------------------------


def test_standard_input() -> None:
    code, stdout, _ = run("-", stdin=BAD)
    assert code == 1
    assert stdout.splitlines()[0] == f"-:2:1: warning: doc-number-format: {DOC_NUMBER_MESSAGE}"


def test_standard_input_named_for_editors() -> None:
    code, stdout, _ = run(
        "--stdin-filename",
        "drafts/reply.txt",
        "-",
        stdin=GOOD.replace("2021年1月5日", "2021年01月05日"),
    )
    assert code == 1
    assert stdout.splitlines()[0].startswith("drafts/reply.txt:7:6: warning: date-zero-padded: ")


@pytest.mark.usefixtures("any_workers")
def test_standard_input_among_files_keeps_its_place() -> None:
    """With one worker and with two."""
    write("a.txt", BAD)
    for i in range(6):
        write(f"c{i}.txt", NOTE)
    others = [f"c{i}.txt" for i in range(6)]
    expected = ["a.txt", "a.txt", "-", *others]
    for jobs in ("1", "2"):
        _, stdout, _ = run("a.txt", "-", *others, "-j", jobs, stdin=CHINESE_DATE)
        assert [line.split(":")[0] for line in findings_in(stdout)] == expected


def test_empty_standard_input_is_unreadable() -> None:
    code, stdout, _ = run("-", stdin="")
    assert code == 1
    assert stdout.splitlines()[0] == (
        "-: error: unreadable: standard input: empty: nothing was piped or typed into it"
    )  # named as extract's failure line names it (the bare "-: …: empty" said not what)
    code, stdout, _ = run("-", "--stdin-name", "收文/丁.txt", stdin="")
    assert stdout.splitlines()[0] == (  # named: the name says it, as extract's line does
        "收文/丁.txt: error: unreadable: empty: nothing was piped or typed into it"
    )


FILTERS = [
    pytest.param([], ["in/2021/a.txt", "in/2021/drafts/b.txt", "in/2022/c.txt"], id="none"),
    pytest.param(["--exclude", "drafts"], ["in/2021/a.txt", "in/2022/c.txt"], id="exclude-folder"),
    pytest.param(
        ["--include", "2021/*"], ["in/2021/a.txt", "in/2021/drafts/b.txt"], id="include-path"
    ),
    pytest.param(
        ["--include", "c.txt", "--include", "b.txt"],
        ["in/2021/drafts/b.txt", "in/2022/c.txt"],
        id="include-names",
    ),
]


@pytest.mark.parametrize(("args", "checked"), FILTERS)
def test_include_and_exclude(args: list[str], checked: list[str]) -> None:
    for rel in ["in/2021/a.txt", "in/2021/drafts/b.txt", "in/2022/c.txt"]:
        write(rel, NOTE)
    _, stdout, _ = run("in", *args)
    assert [line.split(":")[0] for line in findings_in(stdout)] == checked


def test_skipped_paths_are_listed_where_asked() -> None:
    write("in/a.txt", GOOD)
    write("in/notes.md", NOTE)
    write("in/.drafts/b.txt", GOOD)
    code, stdout, stderr = run("in", "--skipped", "lists/skipped.jsonl")
    assert code == 0, stderr
    assert stdout.splitlines()[-1] == "1 letter, 0 warnings, 0 errors"
    rows = [json.loads(line) for line in Path("lists/skipped.jsonl").read_text().splitlines()]
    assert [(r["path"], r["kind"], r["reason"]) for r in rows] == [
        ("in/.drafts", "folder", "hidden"),
        ("in/notes.md", "file", "no-letter-format"),
    ]
    assert stderr.splitlines()[-1] == "note: skipped paths listed in lists/skipped.jsonl"
    # nothing skipped: an old list is removed, and no note
    Path("in/notes.md").unlink()
    Path("in/.drafts/b.txt").unlink()
    Path("in/.drafts").rmdir()
    code, _, stderr = run("in", "--skipped", "lists/skipped.jsonl")
    assert (code, stderr) == (0, "")
    assert not Path("lists/skipped.jsonl").exists()


@pytest.mark.parametrize(
    ("target", "reason"),
    [("in/a.txt", "in/a.txt is also an input"), ("in", "in is a folder; --skipped names a file")],
)
def test_a_skipped_list_that_is_an_input_or_a_folder_is_refused(target: str, reason: str) -> None:
    write("in/a.txt", GOOD)
    code, stdout, stderr = run("in", "--skipped", target)
    assert (code, stdout) == (2, "")
    assert f"Invalid value for '--skipped': {reason}" in stderr
    assert Path("in/a.txt").read_text(encoding="utf-8") == GOOD


@pytest.mark.usefixtures("any_workers")
def test_workers_give_the_same_output_in_the_same_order() -> None:
    texts = [GOOD, BAD, NOTE, CHINESE_DATE]
    for i in range(11):
        write(f"many/{i:02d}.txt", texts[i % len(texts)])
    one = run("many", "-j", "1")
    assert one[0] == 1
    assert one == run("many", "-j", "3")
    assert one[1].splitlines()[-1] == "8 letters, 3 not letters, 6 warnings, 3 errors, 2 info"


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_stops_with_exit_130_and_no_traceback(jobs: str) -> None:
    for i in range(400):
        write(f"many/{i:03d}.txt", BAD)
    process = subprocess.Popen(
        [sys.executable, "-m", "replyparse", "validate", "-j", jobs, "many"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # the run is under way
    os.killpg(process.pid, signal.SIGINT)  # as Ctrl-C does: the whole process group
    rest, stderr = process.communicate(timeout=120)
    assert first.startswith("many/000.txt:2:1: warning: doc-number-format: ")
    assert process.returncode == 130
    assert re.fullmatch(
        # said once, as the stop begins, when a progress tick comes before the run's end:
        # the files in flight are reported, not recorded
        r"(note: stopping \(Ctrl-C\): no new file is started; the files in flight are "
        r"finished and reported \(Ctrl-C again abandons them\)\n)?"
        r"replyparse validate: interrupted after (\d+) of 400 files checked; the rest were "
        r"not \(rerun to check them\)\n",
        stderr,
    )
    assert len(rest.splitlines()) < 2 * 400 - 1


# --- formats --------------------------------------------------------------------------


def test_json_format() -> None:
    write("bad.txt", BAD)
    Path("empty.txt").write_bytes(b"")
    code, stdout, stderr = run("--format", "json", "bad.txt", "empty.txt")
    assert code == 1
    assert json.loads(stdout) == [
        {
            "path": "bad.txt",
            "line": 2,
            "column": 1,
            "end_line": 2,
            "end_column": 12,
            "severity": "warning",
            "code": "doc-number-format",
            "message": DOC_NUMBER_MESSAGE,
        },
        {
            "path": "bad.txt",
            "line": 4,
            "column": 5,
            "end_line": 4,
            "end_column": 6,
            "severity": "warning",
            "code": "salutation-colon",
            "message": COLON_MESSAGE,
        },
        {
            "path": "empty.txt",
            "line": None,
            "column": None,
            "end_line": None,
            "end_column": None,
            "severity": "error",
            "code": "unreadable",
            "message": "file is empty",
        },
    ]
    assert stderr == "1 letter, 2 warnings, 0 errors, 1 unreadable\n"


def test_json_format_of_a_clean_run_is_an_empty_array() -> None:
    write("ok.txt", GOOD)
    assert run("--format", "json", "ok.txt") == (0, "[]\n", "1 letter, 0 warnings, 0 errors\n")


def test_github_format() -> None:
    write("bad.txt", BAD)
    write("d.txt", CHINESE_DATE)
    write("todo.txt", NOTE)
    code, stdout, stderr = run("--format", "github", "bad.txt", "d.txt", "todo.txt")
    assert code == 1
    assert stdout.splitlines() == [
        "::warning file=bad.txt,line=2,endLine=2,col=1,endColumn=11,title=doc-number-format::"
        + DOC_NUMBER_MESSAGE,
        "::warning file=bad.txt,line=4,endLine=4,col=5,endColumn=5,title=salutation-colon::"
        + COLON_MESSAGE,
        "::notice file=d.txt,line=7,endLine=7,col=1,endColumn=9,title=date-chinese-numerals::"
        + DATE_MESSAGE,
        f"::error file=todo.txt,line=1,title=not-a-letter::{NOT_A_LETTER_MESSAGE}",
    ]
    assert stderr == "2 letters, 1 not a letter, 2 warnings, 1 error, 1 info\n"


GITHUB_PLACES = [
    pytest.param((3, 5, 3, 9), "line=3,endLine=3,col=5,endColumn=8", id="one-line"),
    pytest.param((3, 5, 3, 6), "line=3,endLine=3,col=5,endColumn=5", id="one-character"),
    pytest.param((3, 5, 4, 2), "line=3,endLine=4", id="two-lines-no-columns"),
    pytest.param((3, 5, None, None), "line=3,col=5", id="end-unknown"),
]


@pytest.mark.parametrize(("place", "props"), GITHUB_PLACES)
def test_github_gives_the_end_when_known(
    place: tuple[int, int, int | None, int | None], props: str
) -> None:
    """GitHub takes columns on one line only, and endColumn as the last column."""
    finding = Finding("a.txt", "cc-no-period", "info", "m", *place)
    assert github_line(finding) == f"::notice file=a.txt,{props},title=cc-no-period::m"


def test_github_escapes_properties_and_data() -> None:
    finding = Finding("a,b:c%.txt", "cc-no-period", "info", "50%\r\nmore", 1, 2)
    assert github_line(finding) == (
        "::notice file=a%2Cb%3Ac%25.txt,line=1,col=2,title=cc-no-period::50%25%0D%0Amore"
    )


@pytest.fixture(scope="module")
def sarif_validator() -> Draft4Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)


def test_sarif_is_valid_sarif_2_1_0(sarif_validator: Draft4Validator) -> None:
    write("信件/bad.txt", BAD)
    write("d.txt", CHINESE_DATE)
    write("todo.txt", NOTE)
    Path("empty.txt").write_bytes(b"")
    code, stdout, stderr = run("--format", "sarif", "信件", "d.txt", "todo.txt", "empty.txt")
    assert code == 1
    log = json.loads(stdout)
    errors = sorted(sarif_validator.iter_errors(log), key=str)
    assert errors == [], "\n".join(e.message for e in errors)
    assert stderr == "2 letters, 1 not a letter, 2 warnings, 1 error, 1 info, 1 unreadable\n"

    (run_,) = log["runs"]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in RULES]
    results = run_["results"]
    assert [(r["ruleId"], r["level"], rules[r["ruleIndex"]]["id"]) for r in results] == [
        ("doc-number-format", "warning", "doc-number-format"),
        ("salutation-colon", "warning", "salutation-colon"),
        ("date-chinese-numerals", "note", "date-chinese-numerals"),
        ("not-a-letter", "error", "not-a-letter"),
    ]
    assert results[0]["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "%E4%BF%A1%E4%BB%B6/bad.txt"},
        "region": {"startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 12},
    }
    # about the whole file: anchored at its first line (code scanning needs a line)
    assert results[3]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
    assert run_["columnKind"] == "unicodeCodePoints"
    (invocation,) = run_["invocations"]
    assert invocation["executionSuccessful"] is False  # a file was not checked
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["message"]["text"] == "empty.txt: file is empty"
    assert notification["level"] == "error"
    (place,) = notification["locations"]
    assert place["physicalLocation"]["artifactLocation"]["uri"] == "empty.txt"


def test_sarif_of_a_clean_run_is_valid_too(sarif_validator: Draft4Validator) -> None:
    write("ok.txt", GOOD)
    code, stdout, _ = run("--format", "sarif", "--ignore", "cc", "ok.txt")
    assert code == 0
    log = json.loads(stdout)
    assert list(sarif_validator.iter_errors(log)) == []
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation == {"executionSuccessful": True, "toolExecutionNotifications": []}
    assert log["runs"][0]["results"] == []
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["cc-no-period"]["defaultConfiguration"] == {"level": "note", "enabled": False}


def test_a_wrapped_cc_list_ending_with_a_stop_is_not_reported() -> None:
    write("wrapped.txt", GOOD.replace("抄送：甲委，乙办。", "抄送：甲委，\n　　　乙办。"))
    write("open.txt", GOOD.replace("抄送：甲委，乙办。", "抄送：甲委，\n　　　乙办"))
    _, stdout, _ = run("--select", "cc", "wrapped.txt", "open.txt")
    assert [line.split(":")[0] for line in findings_in(stdout)] == ["open.txt"]


def test_the_schema_fixture_rejects_a_broken_log(sarif_validator: Draft4Validator) -> None:
    """The check above can fail: a result without its message is refused."""
    write("bad.txt", BAD)
    log = json.loads(run("--format", "sarif", "bad.txt")[1])
    del log["runs"][0]["results"][0]["message"]
    assert any(
        "'message' is a required property" in e.message for e in sarif_validator.iter_errors(log)
    )


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("a/b.txt", "a/b.txt"),
        ("信 件.txt", "%E4%BF%A1%20%E4%BB%B6.txt"),
        ("/srv/x y.txt", "file:///srv/x%20y.txt"),
    ],
    ids=["relative", "non-ascii", "absolute"],
)
def test_artifact_uri(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri


# --- rule selection and config ----------------------------------------------------------


def codes_reported(stdout: str) -> list[str]:
    return [line.split(": ")[2] for line in findings_in(stdout)]


SELECT = [
    pytest.param(["--select", "doc-number"], ["doc-number-format"], id="select-prefix"),
    pytest.param(
        ["--select", "salutation-colon,cc"], ["salutation-colon", "cc-no-period"], id="select-list"
    ),
    pytest.param(
        ["--ignore", "salutation-colon"],
        ["doc-number-format", "date-chinese-numerals", "cc-no-period"],
        id="ignore",
    ),
    pytest.param(
        ["--select", "date", "--select", "cc"],
        ["date-chinese-numerals", "cc-no-period"],
        id="select-repeated",
    ),
]


@pytest.mark.parametrize(("args", "expected"), SELECT)
def test_select_and_ignore(args: list[str], expected: list[str]) -> None:
    write("x.txt", BAD.replace("2021年1月5日", "二〇二一年一月五日").replace("乙办。", "乙办"))
    _, stdout, _ = run(*args, "x.txt")
    assert codes_reported(stdout) == expected


PYPROJECT = """\
[project]
name = "letters"

[tool.replyparse]
ignore = ["salutation-colon"]
fail-on = "error"

[tool.replyparse.severity]
"doc-number" = "error"
"""


def test_config_from_pyproject_sets_rules_severity_and_fail_on() -> None:
    Path("pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    write("x.txt", BAD)
    code, stdout, _ = run("x.txt")
    assert code == 1
    assert stdout.splitlines() == [
        f"x.txt:2:1: error: doc-number-format: {DOC_NUMBER_MESSAGE}",
        "1 letter, 0 warnings, 1 error (config: pyproject.toml)",
    ]


def test_config_is_found_walking_up_past_a_pyproject_without_the_table() -> None:
    Path("pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    write("sub/pkg/pyproject.toml", '[project]\nname = "other"\n')
    write("sub/pkg/x.txt", BAD)
    os.chdir("sub/pkg")
    assert codes_reported(run("x.txt")[1]) == ["doc-number-format"]


def test_command_line_overrides_the_config() -> None:
    Path("pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    write("x.txt", BAD)
    code, stdout, _ = run("--select", "salutation", "--fail-on", "warning", "x.txt")
    assert (code, codes_reported(stdout)) == (1, ["salutation-colon"])
    code, stdout, _ = run("--ignore", "doc-number", "x.txt")
    assert (code, codes_reported(stdout)) == (0, [])


def test_no_config_and_explicit_config() -> None:
    Path("pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    write("ci/strict.toml", '[tool.replyparse]\nselect = ["salutation"]\n')
    write("x.txt", BAD)
    assert codes_reported(run("--no-config", "x.txt")[1]) == [
        "doc-number-format",
        "salutation-colon",
    ]
    assert codes_reported(run("--config", "ci/strict.toml", "x.txt")[1]) == ["salutation-colon"]


CONFIG_ERRORS = [
    pytest.param("[tool.replyparse\n", "pyproject.toml: not valid TOML: ", id="toml"),
    pytest.param(
        "[tool.replyparse]\nselet = []\n",
        "pyproject.toml: [tool.replyparse] unknown key 'selet' (did you mean select?) (known: "
        "select, ignore, fail-on, severity)",
        id="unknown-key",
    ),
    pytest.param(
        '[tool.replyparse]\nfail_on = "error"\n',
        "pyproject.toml: [tool.replyparse] unknown key 'fail_on' (did you mean fail-on?) (known: "
        "select, ignore, fail-on, severity)",
        id="unknown-key-underscore",
    ),
    pytest.param(
        '[tool.replyparse]\nfail-on = "warnig"\n',
        "pyproject.toml: [tool.replyparse] fail-on: 'warnig' is not one of error, warning, info, "
        "none (did you mean warning?)",
        id="fail-on-typo",
    ),
    pytest.param(
        '[tool.replyparse.severity]\n"date" = "eror"\n',
        "pyproject.toml: [tool.replyparse] severity.date: 'eror' is not one of error, warning, "
        "info (did you mean error?)",
        id="severity-typo",
    ),
    pytest.param(
        '[tool.replyparse]\nselect = "ALL"\n',
        "pyproject.toml: [tool.replyparse] select: a list of rule codes or prefixes",
        id="not-a-list",
    ),
    pytest.param(
        '[tool.replyparse]\nignore = ["sec"]\n',
        "pyproject.toml: [tool.replyparse] ignore: unknown rule or prefix: sec (see replyparse rules)",
        id="unknown-code",
    ),
    pytest.param(
        '[tool.replyparse]\nfail-on = "fatal"\n',
        "pyproject.toml: [tool.replyparse] fail-on: 'fatal' is not one of error, warning, info",
        id="bad-fail-on",
    ),
    pytest.param(
        '[tool.replyparse.severity]\n"date" = "high"\n',
        "pyproject.toml: [tool.replyparse] severity.date: 'high' is not one of error, warning, info",
        id="bad-severity",
    ),
    pytest.param(
        '[tool.replyparse.severity]\n"dates" = "error"\n',
        "pyproject.toml: [tool.replyparse] severity: unknown rule or prefix: dates "
        "(did you mean date? see replyparse rules)",
        id="severity-unknown-code",
    ),
    pytest.param(
        "[tool.replyparse]\nseverity = 3\n",
        "pyproject.toml: [tool.replyparse.severity] a table of code = severity",
        id="severity-not-a-table",
    ),
]


@pytest.mark.parametrize(("content", "message"), CONFIG_ERRORS)
def test_config_errors_exit_2_naming_the_file(content: str, message: str) -> None:
    Path("pyproject.toml").write_text(content, encoding="utf-8")
    write("x.txt", GOOD)
    code, stdout, stderr = run("x.txt")
    assert (code, stdout) == (2, "")
    assert stderr.startswith(f"error: {Path.cwd() / message}")
    assert stderr.count("\n") == 1


def test_a_missing_config_file_is_an_error() -> None:
    write("x.txt", GOOD)
    code, _, stderr = run("--config", "nope.toml", "x.txt")
    assert code == 2
    assert stderr.startswith("error: nope.toml: cannot read: No such file or directory")


# --- internal-error: always on ---------------------------------------------------------

INTERNAL_MESSAGE = "extractor boom failed with ZeroDivisionError; its fields are missing"


@pytest.fixture
def failing_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """An extractor that raises on every letter, run after the real ones (workers are
    forked from this process and inherit it)."""
    from replyparse import parser
    from replyparse.parser import Extractor

    def boom(ctx: object) -> list[object]:
        raise ZeroDivisionError

    monkeypatch.setattr(parser, "REGISTRY", (*parser.REGISTRY, Extractor("boom", boom)))


@pytest.mark.usefixtures("failing_extractor")
@pytest.mark.parametrize(
    "args",
    [[], ["--select", "doc-number"], ["--ignore", "ALL"], ["--fail-on", "error"]],
    ids=["default", "select-other", "ignore-all", "fail-on-error"],
)
def test_internal_error_is_reported_whatever_is_selected(args: list[str]) -> None:
    write("ok.txt", GOOD)
    code, stdout, _ = run(*args, "ok.txt")
    assert code == 1
    assert stdout.splitlines() == [
        f"ok.txt: error: internal-error: {INTERNAL_MESSAGE}",
        "1 letter, 0 warnings, 1 error",
    ]


@pytest.mark.usefixtures("failing_extractor")
def test_internal_error_keeps_its_severity_and_comes_with_not_a_letter() -> None:
    Path("pyproject.toml").write_text(
        '[tool.replyparse.severity]\n"ALL" = "info"\n', encoding="utf-8"
    )
    write("todo.txt", NOTE)
    _, stdout, _ = run("todo.txt")
    assert stdout.splitlines() == [
        f"todo.txt: error: internal-error: {INTERNAL_MESSAGE}",
        f"todo.txt: info: not-a-letter: {NOT_A_LETTER_MESSAGE}",
        "0 letters, 1 not a letter, 0 warnings, 1 error, 1 info (config: pyproject.toml)",
    ]


ALWAYS_ON_REFUSED = [
    pytest.param(
        ["--ignore", "internal-error"],
        "",
        "Invalid value for '--ignore': internal-error cannot be switched off or given another "
        "severity (see replyparse rules internal-error)",
        id="ignore-option",
    ),
    pytest.param(
        [],
        '[tool.replyparse]\nignore = ["internal"]\n',
        "error: pyproject.toml: [tool.replyparse] ignore: internal cannot be switched off",
        id="ignore-in-config",
    ),
    pytest.param(
        [],
        '[tool.replyparse.severity]\n"internal-error" = "warning"\n',
        "error: pyproject.toml: [tool.replyparse] severity: internal-error cannot be switched off",
        id="severity-in-config",
    ),
]


@pytest.mark.parametrize(("args", "config", "message"), ALWAYS_ON_REFUSED)
def test_switching_internal_error_off_is_refused(
    args: list[str], config: str, message: str
) -> None:
    if config:
        Path("pyproject.toml").write_text(config, encoding="utf-8")
    write("ok.txt", GOOD)
    code, stdout, stderr = run(*args, "ok.txt")
    assert (code, stdout) == (2, "")
    assert message in flat(stderr).replace(f"{Path.cwd()}/", "")


@pytest.mark.usefixtures("failing_extractor")
def test_internal_error_has_its_rule_in_sarif(sarif_validator: Draft4Validator) -> None:
    write("ok.txt", GOOD)
    log = json.loads(run("--format", "sarif", "ok.txt")[1])
    assert list(sarif_validator.iter_errors(log)) == []
    (run_,) = log["runs"]
    (result,) = run_["results"]
    rule = run_["tool"]["driver"]["rules"][result["ruleIndex"]]
    assert (result["ruleId"], result["level"], rule["id"]) == (
        "internal-error",
        "error",
        "internal-error",
    )
    assert rule["defaultConfiguration"] == {"level": "error", "enabled": True}
    assert "help" not in rule  # no examples: no letter text should raise it


# --- pre-commit -----------------------------------------------------------------------

HOOKS = ROOT / ".pre-commit-hooks.yaml"


@pytest.fixture(scope="module")
def hook() -> dict[str, Any]:
    from pre_commit.clientlib import load_manifest

    (only,) = load_manifest(str(HOOKS))  # pre-commit's own schema check
    return dict(only)


def test_the_hook_manifest(hook: dict[str, Any]) -> None:
    assert (hook["id"], hook["language"], hook["entry"]) == (
        "replyparse-validate",
        "python",
        "replyparse validate",
    )


HOOK_FILES = [
    pytest.param("letters/2021/a.txt", True, id="txt"),
    pytest.param("a.DOCX", True, id="upper-case"),
    pytest.param("b.pdf", True, id="pdf"),
    pytest.param("c.doc", True, id="doc"),
    pytest.param("d.wps", True, id="wps"),
    pytest.param("e.rtf", True, id="rtf"),
    pytest.param("web/f.html", True, id="html"),
    pytest.param("g.HTM", True, id="htm"),
    pytest.param("h.mht", True, id="mht"),
    pytest.param("i.mhtml", True, id="mhtml"),
    pytest.param("README.md", False, id="md"),
    pytest.param("page.html.orig", False, id="orig"),
    pytest.param("x.xhtml", False, id="xhtml"),
    pytest.param("a.txt.bak", False, id="bak"),
    pytest.param("docs.py", False, id="py"),
]


@pytest.mark.parametrize(("name", "taken"), HOOK_FILES)
def test_the_hook_picks_letter_files(hook: dict[str, Any], name: str, taken: bool) -> None:
    assert bool(re.search(str(hook["files"]), name)) is taken


def test_the_hook_takes_every_suffix_a_folder_walk_takes(hook: dict[str, Any]) -> None:
    """The hook and ``replyparse validate DIR`` agree on what a letter file is."""
    from replyparse.readers import SUPPORTED_SUFFIXES

    for suffix in SUPPORTED_SUFFIXES:
        for name in (f"a{suffix}", f"a{suffix.upper()}"):
            assert re.search(str(hook["files"]), name), name


def test_the_hook_runs_as_pre_commit_runs_it(hook: dict[str, Any]) -> None:
    """pre-commit calls ENTRY ARGS FILENAMES; here with this interpreter's replyparse."""
    write("letters/ok.txt", GOOD)
    write("letters/bad.txt", BAD)
    entry = str(hook["entry"]).split()
    assert entry[0] == "replyparse"
    command = [sys.executable, "-m", "replyparse", *entry[1:], *hook["args"]]
    passed = subprocess.run([*command, "letters/ok.txt"], capture_output=True, text=True)
    assert (passed.returncode, passed.stdout) == (0, "1 letter, 0 warnings, 0 errors\n")
    failed = subprocess.run(
        [*command, "letters/ok.txt", "letters/bad.txt"], capture_output=True, text=True
    )
    assert failed.returncode == 1
    assert failed.stdout.splitlines()[-2] == "2 letters, 2 warnings, 0 errors"


def test_the_readme_pre_commit_config_is_valid(hook: dict[str, Any]) -> None:
    from pre_commit.clientlib import load_config

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- pre-commit-config -->\n```yaml\n", 1)[1].split("```", 1)[0]
    Path(".pre-commit-config.yaml").write_text(block, encoding="utf-8")
    config = load_config(".pre-commit-config.yaml")
    (repo,) = config["repos"]
    assert [h["id"] for h in repo["hooks"]] == [hook["id"]]
    assert repo["rev"]
