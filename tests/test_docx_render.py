"""``replyparse render``: a letter or a record in, the re-typeset letter (or with
``--report`` the review report) out; and LibreOffice opens both documents."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pdfplumber
import pytest
from typer.testing import CliRunner

from conftest import SAMPLES
from fixtures_build import convert, soffice
from replyparse import Letter, parse_file
from replyparse.cli import app
from replyparse.report import report_docx
from replyparse.typeset import STYLE_NAMES, typeset_docx
from replyparse.wordml import ZIP_EPOCH

LETTER = SAMPLES / "s10_four_levels_footnote_contact.txt"
runner = CliRunner()


def run(*args: str) -> tuple[int, bytes, str]:
    result = runner.invoke(app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout_bytes, result.stderr


def flat(text: str) -> str:
    """Error text without rich's box drawing and line wrapping."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", text).split())


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
    assert (code, err) == (0, "")
    assert STYLE_NAMES["banner"] in _styles(out)
    assert parse_file(out).title == parse_file(LETTER).title


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
        "not a replyparse record: letter: Extra inputs are not permitted",
    ),
    "broken json": ("{", "not a replyparse record: record: Invalid JSON"),
}


@pytest.mark.parametrize(("content", "message"), BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_records(tmp_path: Path, content: str, message: str) -> None:
    record = tmp_path / "bad.json"
    record.write_text(content, encoding="utf-8")
    code, _, err = run("render", str(record), "-o", str(tmp_path / "x.docx"))
    assert code == 1
    assert flat(err).startswith(f"error: {record}: {message}")


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


def test_an_unwritable_output(tmp_path: Path) -> None:
    code, _, err = run("render", str(LETTER), "-o", str(tmp_path / "missing" / "x.docx"))
    assert code == 1
    assert flat(err).startswith(f"error: {tmp_path / 'missing' / 'x.docx'}: cannot write")


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
