"""An output named in full (``extract -o a.json``, ``-o all.jsonl``, ``-o a.docx``,
``render -o a.docx``) replaced a file there whoever wrote it, as ``cp`` does (small66): a
user's own ``notes.json``, the Word letter beside the record, a report a reviewer had
annotated. Now (cli71) a file replyparse did not write, or one of its reports edited
since, is refused before any letter is read (exit 2) unless ``--overwrite`` is given;
a file replyparse wrote is replaced as before, so a rerun stays the same command.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import TIDY, flat, run
from replyparse import parse_text
from replyparse.report import report_docx
from test_cli_manners import _resaved


@pytest.fixture
def letter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "a.txt"
    path.write_text(TIDY, encoding="utf-8")
    return path


REFUSED = (
    "Invalid value for '-o' / '--out': {name} is there, {what}: not replaced; name another "
    "file, or give --overwrite to replace it"
)
NOT_OURS = "a file replyparse did not write"


@pytest.mark.parametrize("name", ["a.json", "all.jsonl", "r.docx"])
def test_a_rerun_replaces_what_the_last_run_wrote(letter: Path, name: str) -> None:
    for _ in range(2):
        code, _, stderr = run("extract", letter.name, "-o", name, "-q")
        assert code == 0, stderr


USERS_OWN = [
    pytest.param("a.json", b'{"mine": 1}\n', id="json"),
    pytest.param("a.json", b'{"issuer": "x", "schema_version": "1"}', id="json-keys-sorted"),
    pytest.param("all.jsonl", b"my notes\n", id="jsonl"),
    pytest.param("r.docx", b"PK\x03\x04 a document of the user's own", id="docx"),
]


@pytest.mark.parametrize(("name", "data"), USERS_OWN)
def test_a_users_own_file_is_refused_unless_overwrite(letter: Path, name: str, data: bytes) -> None:
    Path(name).write_bytes(data)
    code, stdout, stderr = run("extract", letter.name, "-o", name)
    assert (code, stdout) == (2, "")
    assert REFUSED.format(name=name, what=NOT_OURS) in flat(stderr)
    assert Path(name).read_bytes() == data
    assert not Path(name).with_suffix(".errors.jsonl").exists()
    code, _, stderr = run("extract", letter.name, "-o", name, "--overwrite", "-q")
    assert code == 0, stderr
    assert Path(name).read_bytes() != data


def test_an_empty_file_holds_nothing_to_lose(letter: Path) -> None:
    Path("a.json").write_bytes(b"")  # (mktemp, touch)
    assert run("extract", letter.name, "-o", "a.json", "-q")[0] == 0
    assert json.loads(Path("a.json").read_text(encoding="utf-8"))["schema_version"] == "1"


@pytest.mark.parametrize(
    "command", [["extract"], ["render", "--report"]], ids=["extract", "render"]
)
def test_a_report_edited_since_is_refused(letter: Path, command: list[str]) -> None:
    edited = _resaved(report_docx(parse_text(TIDY, keywords=False)), app=b"Microsoft Office Word")
    Path("r.docx").write_bytes(edited)
    code, _, stderr = run(*command[:1], letter.name, "-o", "r.docx", *command[1:])
    assert code == 2
    what = "a document replyparse wrote, saved since in a word processor (edited?)"
    assert REFUSED.format(name="r.docx", what=what) in flat(stderr)
    assert Path("r.docx").read_bytes() == edited


def test_a_device_is_written_as_ever(letter: Path) -> None:
    assert run("extract", letter.name, "-o", "/dev/null", "-q")[0] == 0
    assert run("render", letter.name, "-o", "/dev/null", "-q")[0] == 0
