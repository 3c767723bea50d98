"""Invented pdfplumber-like glyphs for the PDF reader's tests: the geometry of LibreOffice's
PDF of a 16 pt page (CJK characters 16 pt wide, ASCII 8.8, a typed space 4.1)."""

from __future__ import annotations

SIZE = 16.0
LEFT = 90.0
PITCH = 21.5
SPACE = 4.1
ASCII = 8.8


def glyphs(
    text: str, x0: float = LEFT, top: float = 70.0, space: float = SPACE, tracking: float = 0.0
) -> list[dict]:
    """One char dict a character of ``text``, laid side by side from ``x0`` on the row at
    ``top``; a space ``space`` points wide; ``tracking`` points more after each character
    (a line set spaced out)."""
    out: list[dict] = []
    x = x0
    for ch in text:
        width = space if ch == " " else (ASCII if ch.isascii() else SIZE)
        out.append(
            {"text": ch, "x0": x, "x1": x + width, "top": top, "bottom": top + SIZE, "size": SIZE}
        )
        x += width + tracking
    return out


def wrapped(text: str, x0: float, per_line: int, top: float = 70.0, indent: int = 0) -> list[dict]:
    """The glyphs of ``text`` (CJK, one ``SIZE`` wide each) wrapped at ``per_line``
    characters a line from ``x0``, the lines ``PITCH`` apart from ``top``; the first line
    indented ``indent`` characters."""
    out: list[dict] = []
    at, row = 0, 0
    while at < len(text):
        lead = indent if row == 0 else 0
        piece = text[at : at + per_line - lead]
        out += glyphs(piece, x0 + lead * SIZE, top + row * PITCH)
        at += len(piece)
        row += 1
    return out
