"""The command line's manners, as a stranger at a terminal meets them.

- A Ctrl-C as the program starts printed the traceback of whichever module was loading
  (``typing``, which the package imported first of all, before
  :mod:`replyparse.entry` could take the signal); one that no command's own handling
  met (``render`` parsing) ended in silence. Both now end with status 130 and one line.
- ``--include '*.txt'`` left out ``B.TXT`` of an archive copied from Windows, in
  silence (it matched the other letters, so no hint was given): a suffix written out in
  a pattern now matches in any case, as a letter's format is told; the rest of a
  pattern stays case-sensitive, and a filter that matched some but would match more
  ignoring case says so.
- ``-o 'out\\'`` on Linux made a folder called ``out\\``: refused, ``out/`` offered.
- ``render a.txt -o d/`` then ``render a.txt --report -o d/`` both wrote ``d/a.docx``,
  the report replacing the letter: refused, a name offered.
- A report saved since in Word (or converted by LibreOffice) kept replyparse as its
  author and was replaced as ours: now what the application named in its properties
  and the signs of a save say.
- ``replyparse`` with no command got Click's answer, which depends on the Click
  installed (``typer>=0.12``): the help on standard output and 0 before Click 8.2, on
  standard error and 2 since. Now always a usage error: the help on standard error, 2
  (cli76).
- ``schema | head -1``, ``rules``, ``render -o -`` and any ``--help`` or ``--version``
  into a reader gone ended with Click's 1 (render's code for an input it could not read)
  where ``extract`` and ``validate`` end with 141: now every command does (cli76).
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from helpers import TIDY, flat, run, write_letters
from replyparse import parse_text
from replyparse.entry import STARTING, STOPPED
from replyparse.report import report_docx
from replyparse.typeset import typeset_docx
from replyparse.writers import may_replace, replyparse_document, saved_since

# -- a Ctrl-C -------------------------------------------------------------------------


def test_the_package_loads_no_module_before_the_entry_takes_a_ctrl_c() -> None:
    """``python -m replyparse`` and the script load the package first: what it imports
    is loaded where a Ctrl-C can only give Python's traceback."""
    code = "import sys; before = set(sys.modules); import replyparse; "
    code += "print(sorted(set(sys.modules) - before))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "['replyparse']", done.stderr


INTERRUPTED_IN_THE_COMMAND = """
import runpy, sys

class Interrupting:  # Ctrl-C as render's module loads: inside the command, unhandled
    def find_spec(self, name, path=None, target=None):
        if name == "replyparse.cli.rules":
            raise KeyboardInterrupt
        return None

sys.meta_path.insert(0, Interrupting())
sys.argv = ["replyparse", "rules"]
runpy.run_module("replyparse", run_name="__main__")
"""


def test_a_ctrl_c_no_command_handles_says_so_in_one_line() -> None:
    # must not match: Typer's silent 130, as if the Ctrl-C had not been heard
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPTED_IN_THE_COMMAND],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr, done.stdout) == (130, STOPPED + "\n", "")


INTERRUPTED_READING_THE_ROOT_OPTIONS = """
import runpy, sys

import replyparse.cli

def interrupted(self, ctx, args):  # Ctrl-C as Typer loads Pydantic to read them
    raise KeyboardInterrupt

sys.modules['replyparse.cli.app']._Root.parse_args = interrupted
sys.argv = ["replyparse", "validate", "box"]
runpy.run_module("replyparse", run_name="__main__")
"""


def test_a_ctrl_c_while_the_root_options_are_read_says_so() -> None:
    # (review60c) must not match: Typer's silent 130, for a third of a second of a
    # cold start on a busy machine (Pydantic loading), outside any command's invoke
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPTED_READING_THE_ROOT_OPTIONS],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr, done.stdout) == (130, STARTING + "\n", "")


def test_the_lines_speak_as_a_stopped_run_does() -> None:
    assert STARTING.startswith("replyparse: interrupted (Ctrl-C)")
    assert STOPPED == "replyparse: interrupted (Ctrl-C)"


# -- no command; a reader gone ---------------------------------------------------------


def test_no_command_is_a_usage_error_with_the_help_on_standard_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "replyparse"], capture_output=True, text=True, timeout=60
    )
    asked = subprocess.run(
        [sys.executable, "-m", "replyparse", "-h"], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout) == (2, "")
    assert (asked.returncode, asked.stderr) == (0, "")
    assert done.stderr == asked.stdout and "Commands:" in done.stderr


def test_no_command_is_answered_the_same_whatever_click_would_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Click before 8.2 printed the help on standard output and ended with 0 (its
    ``no_args_is_help``, played here): the root answers itself, before Click's parser
    sees the empty line."""
    import typer
    from typer.core import TyperGroup

    given = TyperGroup.parse_args

    def as_click_8_1(self: TyperGroup, ctx: typer.Context, args: list[str]) -> list[str]:
        if not args:
            typer.echo(ctx.get_help())
            ctx.exit()
        return given(self, ctx, args)

    monkeypatch.setattr(TyperGroup, "parse_args", as_click_8_1)
    code, stdout, stderr = run()
    assert (code, stdout) == (2, "")
    assert stderr.startswith("Usage: replyparse [OPTIONS] COMMAND [ARGS]...")


READERS_GONE = {
    "schema": ["schema"],
    "rules": ["rules"],
    "a rule": ["rules", "not-a-letter"],
    "help": ["-h"],
    "a command's help": ["extract", "--help"],
    "version": ["-V"],
    "render": ["render", "{letter}", "-o", "-"],
    "extract": ["extract", "{letter}"],
    "validate as json": ["validate", "{letter}", "-f", "json"],
}
"""Commands whose standard output goes to a reader that is gone before they write."""


@pytest.mark.parametrize("args", READERS_GONE.values(), ids=list(READERS_GONE))
def test_every_command_ends_quietly_with_141_when_its_reader_is_gone(
    args: list[str], tmp_path: Path
) -> None:
    # must not match: Click's 1 (render's code for an input it could not read)
    (letter,) = write_letters(tmp_path, ["a.txt"])
    process = subprocess.Popen(
        [sys.executable, "-m", "replyparse", *[a.format(letter=letter) for a in args]],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # (the reader gone before a byte is written: | true)
    stderr = process.stderr.read().decode("utf-8")
    assert (process.wait(timeout=120), stderr) == (141, "")


# -- filters and the case of a suffix ---------------------------------------------------


@pytest.fixture
def from_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["box/a.txt", "box/B.TXT", "box/c.Txt", "box/Drafts/d.txt"])
    write_letters(tmp_path, ["box/drafts/e.txt"], seed=5)
    return tmp_path / "box"


def test_a_suffix_in_a_pattern_matches_in_any_case(from_windows: Path) -> None:
    code, _, stderr = run("extract", "box", "--include", "*.txt", "-o", "out/")
    assert code == 0, stderr
    assert "matched all 5 letter files" in flat(stderr)
    assert (Path("out") / "B.json").is_file()
    assert (Path("out") / "c.json").is_file()


def test_a_suffix_in_capitals_matches_lower_case(from_windows: Path) -> None:
    code, _, stderr = run("validate", "box", "--include", "Drafts/*.TXT", "--fail-on", "error")
    assert code == 0, stderr
    assert "left out 4 of 5 letter files" in flat(stderr)


def test_a_name_stays_case_sensitive_and_the_rest_is_told(from_windows: Path) -> None:
    # must not match: Drafts left out with drafts (on Linux, two folders)
    code, _, stderr = run("extract", "box", "--exclude", "drafts", "-o", "out/")
    assert code == 0, stderr
    assert (
        "note: --exclude 'drafts' left out 1 folder (patterns are case-sensitive: ignoring "
        "case, 'drafts' also matches 1 more path)"
    ) in flat(stderr)
    assert (Path("out") / "Drafts" / "d.json").is_file()
    assert not (Path("out") / "drafts").exists()


def test_an_include_that_case_narrowed_says_so(from_windows: Path) -> None:
    code, _, stderr = run("validate", "box", "--include", "Drafts/*", "--fail-on", "error")
    assert code == 0, stderr
    assert (
        "--include 'Drafts/*' left out 4 of 5 letter files (patterns are case-sensitive: "
        "ignoring case, 'Drafts/*' also matches 1 more letter file)"
    ) in flat(stderr)


@pytest.mark.parametrize("pattern", ["drafts", "Drafts"])
def test_no_hint_of_a_folder_an_include_does_not_match_in_any_case(
    from_windows: Path, pattern: str
) -> None:
    # (review60c) must not match: "ignoring case, 'drafts' matches 1 letter file", and
    # --include Drafts then telling the same of 'Drafts': an include without / matches
    # a file's name, never its folder's, so neither case takes d.txt nor e.txt
    code, _, stderr = run("validate", "box", "--include", pattern)
    assert code == 2
    assert f"--include {pattern!r} matched none of 5 letter files" in flat(stderr)
    assert "case-sensitive" not in flat(stderr)


def test_no_hint_where_case_changes_nothing(from_windows: Path) -> None:
    # must not match: a pattern that left out what it matches in every case
    _, _, stderr = run("validate", "box", "--exclude", "*.txt", "--fail-on", "error")
    assert "case-sensitive" not in flat(stderr)


def test_a_leading_globstar_takes_a_listed_file_at_the_top(
    from_windows: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (review60c) must not match: git ls-files | … --include '**/*.txt' leaving out the
    # top's letters, '*' crossing folders alone asking one folder at least
    monkeypatch.chdir(from_windows)
    code, _, stderr = run(
        "validate",
        "--files-from",
        "-",
        "--include",
        "**/*.txt",
        "--fail-on",
        "error",
        stdin="a.txt\nDrafts/d.txt\n",
    )
    assert code == 0, stderr
    assert "matched all 2 letter files" in flat(stderr)


# -- a trailing backslash ---------------------------------------------------------------


@pytest.fixture
def letter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "a.txt"
    path.write_text(TIDY, encoding="utf-8")
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="a backslash is a separator there")
@pytest.mark.parametrize("command", [["extract"], ["render"], ["extract", "--format", "docx"]])
def test_a_trailing_backslash_is_refused_with_the_folder_meant(
    letter: Path, command: list[str]
) -> None:
    code, _, stderr = run(*command, "a.txt", "-o", "out\\")
    assert code == 2
    assert (
        "'out\\' ends in \\, which on this system is part of a name, not a folder separator "
        "(a Windows habit?): it would make a folder called 'out\\'; write out/ for the folder"
    ) in flat(stderr)
    assert sorted(p.name for p in letter.parent.iterdir()) == ["a.txt"]


@pytest.mark.skipif(sys.platform == "win32", reason="a backslash is a separator there")
def test_a_folder_so_named_already_is_taken(letter: Path) -> None:
    # must not match: a folder someone made under that name meant it
    (letter.parent / "out\\").mkdir()
    code, _, stderr = run("extract", "a.txt", "-o", "out\\", "-q")
    assert code == 0, stderr
    assert (letter.parent / "out\\" / "a.json").is_file()


@pytest.mark.skipif(sys.platform == "win32", reason="a backslash is a separator there")
@pytest.mark.parametrize(
    ("command", "out", "meant"),
    [
        ("extract", ".\\out", "./out"),
        ("extract", "out\\2021.jsonl", "out/2021.jsonl"),
        ("render", ".\\out", "./out"),
        ("render", "reports\\a.docx", "reports/a.docx"),
    ],
)
def test_a_backslash_inside_a_name_is_refused_too(
    letter: Path, command: str, out: str, meant: str
) -> None:
    # (review60c) must not match: -o '.\out' made a folder called '.\out', as 'out\' did
    code, _, stderr = run(command, "a.txt", "-o", out)
    assert code == 2
    assert (
        f"'{out}' has \\ in it, which on this system is part of a name, not a folder "
        f"separator (a Windows habit?): it would be one name, '{out}', in this folder; "
        f"write {meant}"
    ) in flat(stderr)
    assert sorted(p.name for p in letter.parent.iterdir()) == ["a.txt"]


@pytest.mark.skipif(sys.platform == "win32", reason="a backslash is a separator there")
def test_a_backslash_in_a_folder_that_is_there_is_taken(letter: Path) -> None:
    # must not match: a folder someone made under that name meant it
    (letter.parent / "odd\\name").mkdir()
    code, _, stderr = run("extract", "a.txt", "-o", "odd\\name/a.jsonl", "-q")
    assert code == 0, stderr
    assert (letter.parent / "odd\\name" / "a.jsonl").is_file()


@pytest.mark.skipif(sys.platform == "win32", reason="a backslash is a separator there")
@pytest.mark.parametrize(
    ("command", "option", "given", "meant"),
    [
        ("extract", "--errors", "logs\\", "--errors names a file, such as logs/errors.jsonl"),
        ("extract", "--skipped", "logs\\", "--skipped names a file, such as logs/skipped.jsonl"),
        ("validate", "--skipped", "a\\b\\", "--skipped names a file, such as a/b/skipped.jsonl"),
        ("extract", "--errors", "\\", "--errors names a file, such as errors.jsonl"),
        ("extract", "--errors", "C:\\logs\\", "--errors names a file of this system, with /"),
    ],
)
def test_a_list_file_ending_in_a_backslash_is_refused_with_a_file_meant(
    letter: Path, command: str, option: str, given: str, meant: str
) -> None:
    # must not match: --errors 'logs\' wrote a file called 'logs\' (review60c left it);
    # the folder advice -o gets would be refused next, as these options name files
    args = ["-o", "out/"] if command == "extract" else []
    code, _, stderr = run(command, "a.txt", *args, option, given)
    assert code == 2
    said = flat(stderr).rstrip()
    assert f"'{given}' ends in \\, which on this system is part of a name" in said
    assert said.endswith(meant), said
    assert sorted(p.name for p in letter.parent.iterdir()) == ["a.txt"]


@pytest.mark.skipif(sys.platform == "win32", reason="a backslash is a separator there")
def test_a_list_file_with_a_backslash_inside_is_refused(letter: Path) -> None:
    code, _, stderr = run("extract", "a.txt", "-o", "out/", "--errors", "logs\\e.jsonl")
    assert code == 2
    assert "write logs/e.jsonl" in flat(stderr)
    assert sorted(p.name for p in letter.parent.iterdir()) == ["a.txt"]


# -- render's two documents under one name ----------------------------------------------


def test_a_report_does_not_replace_the_letter_typeset_under_the_same_name(letter: Path) -> None:
    assert run("render", "a.txt", "-o", "d/", "-q")[0] == 0
    typeset = (Path("d") / "a.docx").read_bytes()
    code, _, stderr = run("render", "a.txt", "--report", "-o", "d/")
    assert code == 2
    assert (
        "d/a.docx is there, the letter replyparse typeset: the review report would replace "
        "it; name the .docx file to write (d/a.report.docx), or another folder"
    ) in flat(stderr)
    assert (Path("d") / "a.docx").read_bytes() == typeset
    assert run("render", "a.txt", "--report", "-o", "d/a.report.docx", "-q")[0] == 0


def test_the_letter_does_not_replace_a_report_under_the_same_name(letter: Path) -> None:
    assert run("render", "a.txt", "--report", "-o", "d/", "-q")[0] == 0
    code, _, stderr = run("render", "a.txt", "-o", "d/")
    assert code == 2
    assert "(d/a.typeset.docx)" in flat(stderr)


def test_the_same_document_again_replaces_its_own(letter: Path) -> None:
    # must not match: a rerun of one command refused
    for _ in range(2):
        assert run("render", "a.txt", "--report", "-o", "d/", "-q")[0] == 0
    # and a name given whole is written as given, whatever it holds
    assert run("render", "a.txt", "-o", "d/a.docx", "-q")[0] == 0
    assert replyparse_document(Path("d") / "a.docx") == "letter"


# -- a report saved since in a word processor ------------------------------------------


@pytest.fixture(scope="module")
def report() -> bytes:
    return report_docx(parse_text(TIDY, keywords=False))


def _resaved(
    data: bytes, core: tuple[bytes, bytes] = (b"", b""), app: bytes | None = None
) -> bytes:
    """``data`` with its properties changed as a word processor changes them: ``core``
    replaces one piece of the core properties by another; ``app`` names the application."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "docProps/core.xml" and core[0]:
                assert core[0] in body
                body = body.replace(*core)
            if info.filename == "docProps/app.xml" and app is not None:
                body = body.replace(b"<Application>replyparse<", b"<Application>" + app + b"<")
            dst.writestr(info, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_a_report_and_a_letter_as_written_are_ours(tmp_path: Path, report: bytes) -> None:
    (tmp_path / "r.docx").write_bytes(report)
    (tmp_path / "l.docx").write_bytes(typeset_docx(parse_text(TIDY, keywords=False)))
    assert replyparse_document(tmp_path / "r.docx") == "report"
    assert replyparse_document(tmp_path / "l.docx") == "letter"
    assert not saved_since(tmp_path / "r.docx")
    with zipfile.ZipFile(tmp_path / "r.docx") as document:
        assert b"<Application>replyparse</Application>" in document.read("docProps/app.xml")


def test_a_report_of_an_earlier_replyparse_is_ours(tmp_path: Path, report: bytes) -> None:
    # must not match: every report an earlier version left in a folder taken for a user's
    target = tmp_path / "r.docx"
    target.write_bytes(_resaved(report, app=b"Microsoft Macintosh Word"))
    assert may_replace(target)


SAVES = {
    "Word": {
        "core": (b"<cp:lastModifiedBy/>", b"<cp:lastModifiedBy>Lin Wei</cp:lastModifiedBy>"),
        "app": b"Microsoft Office Word",
    },
    "the date of a save": {
        "core": (
            b"<cp:revision>",
            b"<dcterms:modified>2024-05-01T08:00:00Z</dcterms:modified><cp:revision>",
        ),
    },
    "a second revision": {"core": (b"<cp:revision>1<", b"<cp:revision>2<")},
    "LibreOffice converting it": {"app": b"LibreOffice/7.4.7.2$Linux_X86_64"},
}


@pytest.mark.parametrize("save", SAVES.values(), ids=SAVES.keys())
def test_a_report_saved_since_is_not_ours(tmp_path: Path, report: bytes, save: dict) -> None:  # type: ignore[type-arg]
    # must not match: a reviewer's notes replaced by a rerun
    target = tmp_path / "r.docx"
    target.write_bytes(_resaved(report, **save))
    assert replyparse_document(target) is None
    assert not may_replace(target)
    assert saved_since(target)


def test_render_leaves_an_edited_report_alone(letter: Path, report: bytes) -> None:
    (letter.parent / "d").mkdir()
    edited = _resaved(report, app=b"Microsoft Office Word")
    (letter.parent / "d" / "a.docx").write_bytes(edited)
    code, _, stderr = run("render", "a.txt", "--report", "-o", "d/")
    assert code == 2
    assert (
        "d/a.docx is there and is a document replyparse wrote, saved since in a word "
        "processor (edited?): not replaced; name the .docx file to write, or another folder"
    ) in flat(stderr)
    assert (letter.parent / "d" / "a.docx").read_bytes() == edited


def test_extract_writes_beside_an_edited_report(tmp_path: Path, report: bytes) -> None:
    write_letters(tmp_path / "in", ["a.txt"])
    out = tmp_path / "out"
    assert run("extract", str(tmp_path / "in"), "--format", "docx", "-o", f"{out}/", "-q")[0] == 0
    edited = _resaved((out / "a.docx").read_bytes(), app=b"Microsoft Office Word")
    (out / "a.docx").write_bytes(edited)
    code, _, stderr = run(
        "extract", str(tmp_path / "in"), "--format", "docx", "-o", f"{out}/", "--force"
    )
    assert code == 0, stderr
    assert (
        "a.docx is there, a report replyparse wrote, saved since in a word processor: left alone"
    ) in flat(stderr)
    assert (out / "a.docx").read_bytes() == edited
    assert (out / "a.txt.docx").is_file()


def test_extract_leaves_the_letter_render_typeset_alone(tmp_path: Path) -> None:
    # (review60c) must not match: extract --format docx replacing the typeset letter
    # render put under the same name, which render itself now refuses to do
    write_letters(tmp_path / "in", ["a.txt"])
    out = tmp_path / "out"
    assert run("render", str(tmp_path / "in" / "a.txt"), "-o", f"{out}/", "-q")[0] == 0
    typeset = (out / "a.docx").read_bytes()
    code, _, stderr = run("extract", str(tmp_path / "in"), "--format", "docx", "-o", f"{out}/")
    assert code == 0, stderr
    assert ("a.docx is there, the letter replyparse typeset: left alone") in flat(stderr)
    assert (out / "a.docx").read_bytes() == typeset
    assert replyparse_document(out / "a.txt.docx") == "report"


def test_extract_tells_an_edited_typeset_letter_as_a_document(tmp_path: Path) -> None:
    # must not match: "a report replyparse wrote" of the letter typeset
    write_letters(tmp_path / "in", ["a.txt"])
    out = tmp_path / "out"
    out.mkdir()
    letter = typeset_docx(parse_text(TIDY, keywords=False))
    (out / "a.docx").write_bytes(_resaved(letter, app=b"Microsoft Office Word"))
    code, _, stderr = run("extract", str(tmp_path / "in"), "--format", "docx", "-o", f"{out}/")
    assert code == 0, stderr
    assert (
        "a.docx is there, a letter replyparse typeset, saved since in a word processor: left alone"
    ) in flat(stderr)
