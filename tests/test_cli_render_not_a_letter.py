"""``render`` of a text with nothing of a letter in it says so.

``extract`` fails such a file (``not a letter: …``) and ``validate`` reports it
``not-a-letter``, but ``render note.txt -o note.docx`` typeset a meeting note as a letter
to GB/T 9704-2012 and said nothing: exit 0 and a Word file that looks like a reply. It
still writes what it is asked for (the user named the file), but a note on standard
error names what it was given.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import NOTE, TIDY, flat, run


@pytest.mark.parametrize("report", [False, True], ids=["typeset", "report"])
def test_a_note_is_rendered_with_a_note_saying_it_is_none(tmp_path: Path, report: bool) -> None:
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    out = tmp_path / "note.docx"
    code, _, stderr = run("render", str(note), "-o", str(out), *(["--report"] if report else []))
    assert code == 0
    assert out.read_bytes().startswith(b"PK")
    assert (
        f"note: {note}: not a letter: no 发文字号, salutation, numbered sections, signature, "
        "date or proposal found; rendered all the same"
    ) in flat(stderr)


def test_a_letter_is_rendered_without_a_note(tmp_path: Path) -> None:
    # must not match: a tidy letter renders in silence, as before
    letter = tmp_path / "reply.txt"
    letter.write_text(TIDY, encoding="utf-8")
    code, _, stderr = run("render", str(letter), "-o", str(tmp_path / "reply.docx"), "-q")
    assert (code, stderr) == (0, "")
