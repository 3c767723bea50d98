"""A file is named one way in every output: the record's ``source.path``, the errors and
skipped lists, the messages of ``extract``, ``validate``'s findings and ``render``'s
errors, in the form ``pathlib`` writes the path given (``./`` and repeated ``/`` dropped,
``..`` kept). Before, a walk of ``.`` gave records ``a.txt`` but ``./bad.txt`` in
``errors.jsonl``, ``skipped.jsonl`` and ``validate``, and ``render ./odd/x.txt`` said
``./odd/x.txt`` where ``extract`` said ``odd/x.txt``; ``extract ./-`` read standard input
instead of the file called ``-``. Letters here are invented."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from helpers import flat, run, write_letters
from summary import summary_count

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


@pytest.fixture
def shelf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder to walk as ``.``: two letters (one in ``odd/``), a scan named .txt, an
    empty letter in ``odd/`` and a note of no letter format."""
    folder = tmp_path / "IN"
    write_letters(folder, ["a.txt", "odd/b.txt"])
    (folder / "scan.txt").write_bytes(PNG)
    (folder / "odd" / "blank.txt").write_text("  \n", encoding="utf-8")
    (folder / "notes.md").write_text("# todo\n", encoding="utf-8")
    monkeypatch.chdir(folder)
    return folder


def _lines(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("given", [".", "./", ".//"])
def test_a_walk_of_dot_names_each_file_one_way_everywhere(
    shelf: Path, tmp_path: Path, given: str
) -> None:
    out, skipped = tmp_path / "OUT", tmp_path / "skipped.jsonl"
    code, _, stderr = run("extract", given, "-o", str(out), "-j", "1", "--skipped", str(skipped))
    assert code == 1
    records = sorted(
        json.loads(p.read_text(encoding="utf-8"))["source"]["path"] for p in out.rglob("*.json")
    )
    assert records == ["a.txt", "odd/b.txt"]
    assert [e["source"] for e in _lines(out / "errors.jsonl")] == ["odd/blank.txt", "scan.txt"]
    assert [s["path"] for s in _lines(skipped)] == ["notes.md"]
    said = flat(stderr)
    assert (
        "error: scan.txt: " in said
        and "error: odd/blank.txt: file is blank: only spaces and line breaks, no text" in said
    )
    assert "./" not in said


def test_validate_names_them_as_extract_does(shelf: Path) -> None:
    _, stdout, _ = run("validate", "--no-config", ".")
    named = {line.split(":", 1)[0] for line in stdout.splitlines()[:-1]}
    assert named <= {"a.txt", "odd/b.txt", "odd/blank.txt", "scan.txt", "failed"}
    assert {"odd/blank.txt", "scan.txt"} <= named


@pytest.mark.parametrize("given", ["./odd/blank.txt", "odd//blank.txt", "odd/./blank.txt"])
def test_render_and_extract_name_a_file_given_with_dots_alike(shelf: Path, given: str) -> None:
    _, _, rendered = run("render", given, "-o", "x.docx")
    _, _, extracted = run("extract", given)
    assert (
        flat(rendered)
        == "error: odd/blank.txt: file is blank: only spaces and line breaks, no text"
    )
    assert "error: odd/blank.txt: file is blank: only spaces and line breaks, no text" in flat(
        extracted
    )


def test_a_record_of_a_file_named_with_dots_says_its_plain_path(shelf: Path) -> None:
    _, stdout, _ = run("extract", "./odd/../a.txt")
    assert json.loads(stdout)["source"]["path"] == "odd/../a.txt"  # (.. kept: links)


def test_a_file_called_dash_is_read_as_a_file_not_standard_input(shelf: Path) -> None:
    Path("-").write_bytes(Path("a.txt").read_bytes())
    code, stdout, _ = run("extract", "./-", stdin="")
    assert code == 0
    assert json.loads(stdout)["source"]["path"] == "./-"
    code, stdout, _ = run("validate", "--no-config", "./-", stdin="")
    assert "standard input" not in stdout


def test_render_names_a_file_called_dash_as_given(shelf: Path) -> None:
    # (left63: render read ./- through a Path, which writes it -, standard input's name,
    # and the report's source line said -)
    Path("-").write_bytes(Path("a.txt").read_bytes())
    code, _, stderr = run("render", "./-", "--report", "-o", "r.docx")
    assert code == 0, stderr
    with zipfile.ZipFile("r.docx") as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "来源：./-<" in body


@pytest.mark.parametrize("given", [".", "./", "..//IN"])
def test_the_walk_s_notes_name_what_they_skip_as_walked(shelf: Path, given: str) -> None:
    # (left63: a note about a folder or file the walk passed over names it under the folder
    # as given, in plain form, so that it can be pasted into a shell where the run was)
    (shelf / "page.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    (shelf / "page_files").mkdir()
    (shelf / "page_files" / "x.txt").write_text("x", encoding="utf-8")
    _, _, stderr = run("extract", given, "-o", str(shelf.parent / "OUT"), "-j", "1")
    lead = "" if given.startswith(".") and not given.startswith("..") else "../IN/"
    named = f"note: {lead}page_files: resources of a saved web page: not read"
    assert named in flat(stderr)
    assert Path(lead + "page_files").is_dir()


def test_a_folder_written_before_resumes_whatever_form_the_input_is_given_in(
    shelf: Path, tmp_path: Path
) -> None:
    """The manifest is keyed by the absolute path, so the form named changes no key: a
    folder written by ``extract .`` (whose failures an earlier round listed as
    ``./scan.txt``) is resumed by ``extract IN``, ``extract ./``, ``extract /abs/IN``."""
    out = str(tmp_path / "OUT")
    run("extract", ".", "-o", out, "-j", "1")
    for given in ("./", str(shelf), "../IN"):
        _, _, stderr = run("extract", given, "-o", out, "-j", "1")
        assert summary_count(stderr, "unchanged since the last run") == 2, given


def test_plain_writes_pathlib_s_form() -> None:
    from replyparse.paths import plain

    assert plain("./a.txt") == "a.txt"
    assert plain("archive//2021/./a.txt") == "archive/2021/a.txt"
    assert plain("../in/a.txt") == "../in/a.txt"
    assert plain("-") == "-"
    assert plain("./-") == "./-"
    assert plain(Path("odd/b.txt")) == "odd/b.txt"
