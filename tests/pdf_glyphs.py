"""Invented pdfplumber-like glyphs for the PDF reader's tests: the geometry of LibreOffice's
PDF of a 16 pt page (CJK characters 16 pt wide, ASCII 8.8, a typed space 4.1)."""

from __future__ import annotations

SIZE = 16.0
LEFT = 90.0
PITCH = 21.5
SPACE = 4.1
ASCII = 8.8


def glyphs(text: str, x0: float = LEFT, top: float = 70.0, space: float = SPACE) -> list[dict]:
    """One char dict a character of ``text``, laid side by side from ``x0`` on the row at
    ``top``; a space ``space`` points wide."""
    out: list[dict] = []
    x = x0
    for ch in text:
        width = space if ch == " " else (ASCII if ch.isascii() else SIZE)
        out.append(
            {"text": ch, "x0": x, "x1": x + width, "top": top, "bottom": top + SIZE, "size": SIZE}
        )
        x += width
    return out
