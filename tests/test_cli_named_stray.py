"""A file of no letter format named on the command line (``replyparse extract scan.jpg``,
or a picture among the letters a shell glob named) is tried, as any file named is, and
when it cannot be read it is a failure like a damaged letter named directly: one located
line naming the file and what it is, counted as failed in the summary and listed in
``errors.jsonl``, the other files read, exit code 1 (``validate``: an ``unreadable``
error, exit 1). A walk still passes such files over with a note.

What changed is what the line says. A scanned or photographed letter is a picture, and
replyparse has no text recognition: the reason said ``not a text file (binary content: a
JPEG image; byte 0x00 at offset 4, line 1)``, a text reader's account of its first bytes;
now it says what the file is and what to do (``a JPEG image, no text: pictures are not
read (a scan? OCR it first)``), for the pictures phones and scanners make (a HEIC photo
was called a video). And an Office file of another kind (``budget.xlsx``, ``budget.xls``)
or a zip said only ``a zip archive but not a Word .docx document``: now it adds, as the
text reader's failure did, that its suffix is no letter format and which suffixes are.
(A picture named like a letter, ``scan.txt``: test_cli_office_kinds_and_pictures.py.)
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from helpers import flat, run, write_letters
from summary import summary_count

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00" + bytes(64)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64)
OCR = "no text: pictures are not read (a scan? OCR it first)"
NO_FORMAT = "is no letter format (letters: .txt .docx .pdf"


def shelf(tmp_path: Path) -> tuple[Path, Path]:
    """An invented letter, and a photo of another beside it."""
    (letter,) = write_letters(tmp_path / "in", ["one.txt"])
    photo = tmp_path / "in" / "photo.jpg"
    photo.write_bytes(JPEG)
    return letter, photo


def test_a_named_picture_fails_alone_with_a_located_reason(tmp_path: Path) -> None:
    letter, photo = shelf(tmp_path)
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(photo), str(letter), "-o", f"{out}/", "-j", "1")
    assert code == 1  # as for any input that failed: the others are written
    text = flat(stderr)
    assert f"error: {photo}: a JPEG image, {OCR}; .jpg {NO_FORMAT}" in text
    assert "binary content" not in text and "offset" not in text
    assert summary_count(stderr, "failed") == 1
    assert summary_count(stderr, "parsed") == 1
    assert [p.name for p in out.glob("*.json")] == ["one.json"]
    (listed,) = map(json.loads, (out / "errors.jsonl").read_text("utf-8").splitlines())
    assert listed["source"] == str(photo) and listed["stage"] == "read"
    assert listed["error"].startswith("a JPEG image, no text")


def test_validate_reports_it_unreadable_and_checks_the_rest(tmp_path: Path) -> None:
    letter, photo = shelf(tmp_path)
    code, stdout, _ = run("validate", str(photo), str(letter), "-j", "1")
    assert code == 1
    assert f"{photo}: error: unreadable: a JPEG image, {OCR}; .jpg {NO_FORMAT}" in stdout
    assert stdout.rstrip().splitlines()[-1].startswith("1 letter,")
    assert "1 unreadable" in stdout


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        pytest.param("scan.png", PNG, "a PNG image", id="png"),
        pytest.param("IMG_0001.HEIC", HEIC, "a HEIC image", id="phone-photo"),
        pytest.param("scan.tif", b"II*\x00" + bytes(64), "a TIFF image", id="tiff"),
    ],
)
def test_each_kind_of_picture_is_named(tmp_path: Path, name: str, data: bytes, said: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, _, stderr = run("extract", str(path))
    assert code == 1
    suffix = path.suffix.lower()
    assert f"error: {path}: {said}, {OCR}; {suffix} {NO_FORMAT}" in flat(stderr)


def test_an_office_file_of_another_kind_says_its_suffix_is_no_letters(tmp_path: Path) -> None:
    book = tmp_path / "budget.xlsx"
    with zipfile.ZipFile(book, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    code, stdout, _ = run("validate", str(book))
    assert code == 1
    assert (
        f"{book}: error: unreadable: a zip archive but not a Word .docx document; .xlsx {NO_FORMAT}"
    ) in stdout


def test_a_damaged_docx_named_directly_fails_the_same_way(tmp_path: Path) -> None:
    (letter,) = write_letters(tmp_path / "in", ["one.txt"])
    broken = tmp_path / "in" / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    code, _, stderr = run("extract", str(broken), str(letter), "-o", f"{tmp_path / 'out'}/")
    assert code == 1 and summary_count(stderr, "failed") == 1
    assert f"error: {broken}: " in flat(stderr) and "no letter format" not in stderr


def test_a_named_file_of_another_suffix_holding_a_letter_is_read(tmp_path: Path) -> None:
    (letter,) = write_letters(tmp_path, ["notes.md"])
    code, stdout, stderr = run("extract", str(letter))
    assert code == 0, stderr
    assert json.loads(stdout)["source"]["path"] == str(letter)


def test_a_walk_still_passes_the_picture_over(tmp_path: Path) -> None:
    shelf(tmp_path)
    code, stdout, stderr = run("validate", str(tmp_path / "in"), "--fail-on", "error")
    assert code == 0 and "unreadable" not in stdout
    assert "note: 1 file not read: no letter format (.jpg 1)" in flat(stderr)


def test_named_alone_the_one_line_summary_says_where_it_is_listed(tmp_path: Path) -> None:
    _, photo = shelf(tmp_path)
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(photo), "-o", f"{out}/")
    assert code == 1
    lines = stderr.splitlines()
    assert lines[-2] == f"replyparse: 1 file failed, nothing written to {out}/"
    assert lines[-1] == f"failures listed in {out}/errors.jsonl"
