"""Several pictures named for an output that holds one letter (``extract photo.jpg
page2.jpg``): the refusal advised ``-o DIR/ for one JSON file each``, though no record
would be written, each picture failing as holding no text. Now it says that no letter is
among them and why (pictures are not read), and gives no output's advice; one letter
named with a picture keeps its advice (``or leave out photo.jpg``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import flat, run, write_letters

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00" + bytes(64)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


@pytest.fixture
def shelf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["in/a.txt"])
    (tmp_path / "in" / "photo.jpg").write_bytes(JPEG)
    (tmp_path / "in" / "page2.png").write_bytes(PNG)
    return tmp_path / "in"


@pytest.mark.parametrize("out", [[], ["-o", "one.json"]])
def test_pictures_only_are_told_no_letter(shelf: Path, out: list[str]) -> None:
    code, stdout, stderr = run("extract", "in/photo.jpg", "in/page2.png", *out)
    assert (code, stdout) == (2, "")
    text = flat(stderr)
    assert "2 files found (0 letter files; in/photo.jpg, a JPEG image" in text
    assert text.endswith("no letter among them: pictures are not read (scans? OCR them first)")
    assert "DIR/" not in text
    assert not (shelf.parent / "one.json").exists()


def test_a_letter_and_a_picture_keep_the_advice(shelf: Path) -> None:
    code, _, stderr = run("extract", "in/photo.jpg", "in/a.txt")
    text = flat(stderr)
    assert code == 2
    assert "give -o DIR/" in text
    assert text.endswith("; or leave out in/photo.jpg")
    assert "no letter among them" not in text
