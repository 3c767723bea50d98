"""``render`` closes with one line on standard error naming the file it wrote.

It printed nothing on success, and with ``-o folder/`` the user was not told the name it
chose there (``folder/NAME.docx``), where ``extract`` closes a run of one letter with
``replyparse: 1 letter parsed, written to a.json (0.28 s)``. Now render says what it
made and where, in the same voice; ``--quiet`` (as extract and validate have it) leaves
the line out, and a document on standard output (``-o -``) has none: the bytes are the
output.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import TIDY, flat, run, run_bytes
from replyparse.cli.render import written_line

_SECONDS = r"\(\d+\.\d\d s\)"


@pytest.fixture
def letter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "答复 甲.txt"
    path.write_text(TIDY, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("report", "made"),
    [(False, "letter typeset"), (True, "review report made")],
    ids=["typeset", "report"],
)
def test_a_folder_output_names_the_file_chosen_there(letter: Path, report: bool, made: str) -> None:
    code, _, stderr = run(
        "render", letter.name, "-o", "typeset/", *(["--report"] if report else [])
    )
    assert code == 0
    assert Path("typeset/答复 甲.docx").is_file()
    # quoted as a shell reads it back: the name holds a space
    assert re.fullmatch(
        f"replyparse: {made}, written to 'typeset/答复 甲.docx' {_SECONDS}", flat(stderr)
    ), stderr


@pytest.mark.parametrize("quiet", ["-q", "--quiet"])
def test_quiet_leaves_the_line_out(letter: Path, quiet: str) -> None:
    code, _, stderr = run("render", letter.name, "-o", "x.docx", quiet)
    assert (code, stderr) == (0, "")
    assert Path("x.docx").is_file()


def test_standard_output_gets_the_document_and_no_line(letter: Path) -> None:
    # must not match: the bytes are the output, nothing is "written to" a file
    code, data, stderr = run_bytes("render", letter.name, "-o", "-")
    assert (code, stderr) == (0, "")
    assert data.startswith(b"PK\x03\x04")


def test_a_failure_has_no_written_line(letter: Path) -> None:
    # must not match: nothing written, nothing said to be
    Path("a-file").write_text("x", encoding="utf-8")
    code, _, stderr = run("render", letter.name, "-o", "a-file/x.docx")
    assert code == 2  # (a usage error, told before the parse: cli64)
    assert "a-file is not a folder" in stderr
    assert "written to" not in stderr
    assert not Path("a-file/x.docx").exists()


def test_the_line_is_the_one_extract_closes_with() -> None:
    assert written_line(Path("out/a.docx"), False, 0.281) == (
        "replyparse: letter typeset, written to out/a.docx (0.28 s)"
    )
    assert written_line(Path("r/a.docx"), True, 1.5) == (
        "replyparse: review report made, written to r/a.docx (1.50 s)"
    )


@pytest.mark.parametrize(
    "command",
    [["render"], ["render", "--report"], ["extract"]],
    ids=["render", "render-report", "extract"],
)
def test_a_file_named_in_full_is_replaced_as_named_with_overwrite(
    letter: Path, command: list[str]
) -> None:
    # (cli71: a file replyparse did not write is replaced only when --overwrite says so;
    # small66 replaced it as cp does; the closing line says where it went)
    Path("mine.docx").write_bytes(b"a document of the user's own")
    code, _, stderr = run(*command[:1], letter.name, "-o", "mine.docx", *command[1:])
    assert code == 2
    assert (
        "Invalid value for '-o' / '--out': mine.docx is there, a file replyparse did not "
        "write: not replaced; name another file, or give --overwrite to replace it"
    ) in flat(stderr)
    assert Path("mine.docx").read_bytes() == b"a document of the user's own"
    code, _, stderr = run(*command[:1], letter.name, "-o", "mine.docx", *command[1:], "--overwrite")
    assert code == 0, stderr
    assert Path("mine.docx").read_bytes().startswith(b"PK\x03\x04")
    assert "written to mine.docx" in flat(stderr)


@pytest.mark.parametrize(
    "command",
    [["render"], ["render", "--report"], ["extract"]],
    ids=["render", "render-report", "extract"],
)
def test_a_document_replyparse_wrote_is_replaced_without_asking(
    letter: Path, command: list[str]
) -> None:
    """A rerun is the same command: the file the last run wrote (or the other of
    replyparse's two documents, named in full) is replaced without --overwrite."""
    for before in (["render"], ["render", "--report"]):
        assert run(*before[:1], letter.name, "-o", "a.docx", *before[1:], "-q")[0] == 0
        code, _, stderr = run(*command[:1], letter.name, "-o", "a.docx", *command[1:])
        assert code == 0, stderr
