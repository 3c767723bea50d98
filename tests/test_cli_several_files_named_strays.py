"""Several files for an output that holds one letter: the refusal's count says what they
are when a file of no letter format was named among them.

``replyparse extract photo.jpg letter.txt`` was refused with ``2 letter files found``,
though one is a photo, which a walk would have passed over and which, named, is tried and
fails as holding no text. Now the count says what will be read and what will fail: ``2
files found (1 letter file; photo.jpg, a JPEG image, which holds no text and will
fail)``, with the advice to leave the picture out; a named file of another suffix that is
no picture (``notes.md``) is said to be tried as a letter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import flat, run, write_letters

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00" + bytes(64)


@pytest.fixture
def shelf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_letters(tmp_path, ["in/a.txt", "in/b.txt"])
    (tmp_path / "in" / "photo.jpg").write_bytes(JPEG)
    (tmp_path / "in" / "notes.md").write_text("周三例会改到下午。\n", encoding="utf-8")
    return tmp_path / "in"


def test_a_named_picture_is_counted_apart(shelf: Path) -> None:
    code, stdout, stderr = run("extract", "in/photo.jpg", "in/a.txt")
    assert (code, stdout) == (2, "")
    text = flat(stderr)
    assert (
        "error: 2 files found (1 letter file; in/photo.jpg, a JPEG image, which holds no "
        "text and will fail): standard output takes one letter's record; give -o DIR/"
    ) in text
    assert text.endswith("; or leave out in/photo.jpg")
    assert "2 letter files" not in text


def test_a_named_file_of_another_suffix_is_said_to_be_tried(shelf: Path) -> None:
    code, _, stderr = run("extract", "in/notes.md", "in/a.txt", "-o", "one.json")
    assert code == 2
    text = flat(stderr)
    assert (
        "2 files found (1 letter file; in/notes.md, of no letter format, tried as a letter "
        "as it is named), and one.json holds one letter's record"
    ) in text
    assert "leave out" not in text  # it may hold a letter


def test_the_advice_to_leave_it_out_only_when_one_letter_is_left(shelf: Path) -> None:
    code, _, stderr = run("extract", "in/photo.jpg", "in/a.txt", "in/b.txt")
    assert code == 2
    text = flat(stderr)
    assert "3 files found (2 letter files; in/photo.jpg, a JPEG image" in text
    assert "leave out" not in text


def test_letters_alone_are_counted_as_before(shelf: Path) -> None:
    # must not match: a folder walked (its picture passed over) and letters named
    for args in (["in"], ["in/a.txt", "in/b.txt"]):
        code, _, stderr = run("extract", *args)
        assert code == 2
        assert "error: 2 letter files found: standard output takes one" in flat(stderr)
