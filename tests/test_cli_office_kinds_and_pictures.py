"""A file that is no letter says what it is, whatever it is named.

An Office 97-2003 workbook or presentation (``budget.xls``, ``slides.ppt``) is an OLE2
file, as an old Word ``.doc`` is, so it went to LibreOffice as a ``.doc`` and failed as
``LibreOffice could not convert this .doc file``: a stranger named a spreadsheet and was
told of a Word file. Now the stream it holds names it (``an Excel workbook``), and
LibreOffice is not started for it; the failure is still listed in ``errors.jsonl``. An
OLE2 file of no kind known keeps LibreOffice's verdict, but no longer called a ``.doc``.

A scan saved under a letter's name (``scan.txt``, ``scan.docx``) said ``not a text file
(binary content: a JPEG image; byte 0x00 at offset 4, line 1)``, or ``not a .docx file:
not a zip archive``: now it says what a ``scan.jpg`` says, that pictures hold no text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fixtures_build import soffice
from helpers import flat, run, write_letters
from replyparse.readers.office import not_readable, office_kind

OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00" + bytes(64)
OCR = "no text: pictures are not read (a scan? OCR it first)"


def compound(*streams: str) -> bytes:
    """An Office 97-2003 (OLE2) file's header and directory, naming ``streams``."""
    data = OLE2 + bytes(504)
    for name in ("Root Entry", *streams):
        entry = f"{name}\0".encode("utf-16-le")
        data += entry + bytes(128 - len(entry))
    return data + bytes(512)


@pytest.mark.parametrize(
    ("name", "streams", "said"),
    [
        pytest.param("budget.xls", ("Workbook",), "an Excel workbook", id="xls"),
        pytest.param("old.xls", ("Book",), "an Excel workbook", id="excel-95"),
        pytest.param(
            "slides.ppt",
            ("PowerPoint Document", "Current User"),
            "a PowerPoint presentation",
            id="ppt",
        ),
        pytest.param("mail.msg", ("__properties_version1.0",), "an Outlook message", id="msg"),
    ],
)
def test_an_office_file_of_another_kind_is_named(
    tmp_path: Path, name: str, streams: tuple[str, ...], said: str
) -> None:
    (letter,) = write_letters(tmp_path / "in", ["one.txt"])
    other = tmp_path / "in" / name
    other.write_bytes(compound(*streams))
    out = tmp_path / "out"
    code, _, stderr = run("extract", str(other), str(letter), "-o", f"{out}/", "-j", "1")
    assert code == 1
    text = flat(stderr)
    suffix = other.suffix
    assert (
        f"error: {other}: {said} (Office 97-2003), not a Word or WPS document: no letter is "
        f"read from it; {suffix} is no letter format (letters: .txt .docx"
    ) in text
    assert "LibreOffice" not in text and ".doc file" not in text
    (listed,) = map(json.loads, (out / "errors.jsonl").read_text("utf-8").splitlines())
    assert listed["source"] == str(other) and listed["stage"] == "read"
    assert listed["error"].startswith(said)


def test_a_workbook_renamed_doc_is_named_too(tmp_path: Path) -> None:
    sheet = tmp_path / "reply.doc"
    sheet.write_bytes(compound("Workbook"))
    code, stdout, _ = run("validate", str(sheet))
    assert code == 1
    assert (
        f"{sheet}: error: unreadable: an Excel workbook (Office 97-2003), not a Word or WPS "
        "document: no letter is read from it\n"
    ) in stdout


def test_the_kind_is_told_by_the_streams() -> None:
    assert office_kind(compound("Workbook")) == "an Excel workbook"
    # must not match: a Word or WPS document (one that quotes a workbook's name in its
    # text too), an encrypted package, a file that is no OLE2 file
    assert office_kind(compound("WordDocument", "1Table")) is None
    assert office_kind(compound("WordDocument", "1Table", "Workbook")) is None
    assert office_kind(compound("EncryptionInfo", "EncryptedPackage")) is None
    assert office_kind(b"PK\x03\x04" + "Workbook\0".encode("utf-16-le")) is None


def test_an_unknown_office_file_is_not_called_a_doc(tmp_path: Path) -> None:
    # LibreOffice (when installed) is given it as a .doc; its failure says so, not that
    # the file is one. Without LibreOffice the reason says it is needed.
    odd = tmp_path / "drawing.vsx"
    odd.write_bytes(compound("Something"))
    code, _, stderr = run("extract", str(odd))
    assert code == 1
    text = flat(stderr)
    assert "this .doc file" not in text
    assert ".vsx is no letter format" in text


@pytest.mark.parametrize("name", ["scan.txt", "scan.docx", "scan.pdf", "scan.doc", "scan"])
def test_a_picture_named_like_a_letter_says_it_is_a_picture(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(JPEG)
    code, _, stderr = run("extract", str(path))
    assert code == 1
    text = flat(stderr)
    assert f"error: {path}: a JPEG image, {OCR}" in text
    assert "binary content" not in text and "offset" not in text
    assert "no letter format" not in text  # its suffix is a letter's, or none


def test_binary_that_is_no_picture_keeps_the_byte_reason(tmp_path: Path) -> None:
    # must not match: a binary file named .txt that no picture's bytes begin
    path = tmp_path / "data.txt"
    path.write_bytes(b"\x00\x01\x02\x03" * 20)
    code, _, stderr = run("extract", str(path))
    assert code == 1
    assert "not a text file (binary content" in stderr
    assert "pictures are not read" not in stderr


# --- an OLE2 file LibreOffice cannot read: what it is and what to do (cli72) ------------

_NO_WORD = (
    "not a Word document: it begins as an Office 97-2003 file does, but holds no Word text "
    "(cut short, damaged, or made by another program); open it in the program that made "
    "it and save it as .docx, or get a whole copy (LibreOffice: "
)
_DAMAGED = (
    "a damaged Word document: its text could not be read; open it in Word or WPS and save "
    "it again as .docx, or get an undamaged copy (LibreOffice: "
)
_LOADED = "LibreOffice could not convert this .doc file (Error: source file could not be loaded)"


@pytest.mark.parametrize(
    ("data", "reason", "said"),
    [
        pytest.param(
            compound("Something"), _LOADED, _NO_WORD + "source file could not be loaded)", id="junk"
        ),
        pytest.param(
            compound("WordDocument", "1Table"),
            _LOADED,
            _DAMAGED + "source file could not be loaded)",
            id="damaged-word",
        ),
        pytest.param(
            OLE2 + bytes(2000),
            "not a .doc document: LibreOffice read it as text, but 9 of its 20 characters are "
            "control or unassigned codes",
            _NO_WORD + "read only as garbled text)",
            id="read-as-garbage",
        ),
    ],
)
def test_an_ole2_file_libreoffice_cannot_read_is_told_in_plain_words(
    data: bytes, reason: str, said: str
) -> None:
    assert not_readable(reason, data, "doc") == said


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        # must not match: a timeout or a missing LibreOffice say what to do already; an
        # RTF file is no OLE2 file
        pytest.param(
            compound("Something"),
            "LibreOffice did not convert the file within 1 s (raise it with --timeout)",
            id="timeout",
        ),
        pytest.param(compound("Something"), "reading .doc files needs LibreOffice: …", id="none"),
        pytest.param(b"{\\rtf1 x}", _LOADED, id="rtf"),
    ],
)
def test_other_office_failures_keep_their_reason(data: bytes, reason: str) -> None:
    assert not_readable(reason, data, "doc") is None


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) not on PATH")
def test_a_junk_doc_names_the_file_the_reason_and_what_to_do(tmp_path: Path) -> None:
    junk = tmp_path / "reply.doc"
    junk.write_bytes(compound("Something"))
    code, _, stderr = run("extract", str(junk))
    assert code == 1
    assert f"error: {junk}: {_NO_WORD}source file could not be loaded) (stage: read)" in flat(
        stderr
    )
