"""发文机关署名 and 成文日期 at the end of the letter."""

from __future__ import annotations

import re

from replyparse.layout import AUTHORITY_DATE_LINE, AUTHORITY_LINE
from replyparse.model import DateItem, Signature
from replyparse.textview import Line, TextView


def _authority_end(line: Line) -> int:
    """Where the authority ends on its line: before the date when both share the line."""
    m = AUTHORITY_DATE_LINE.match(line.text)
    return line.start + m.end("authority") if m else line.end


# Joint signers on one line stand apart by a wide gap; one space may sit inside a name.
_GAP = re.compile(r"[ \t]{2,}|\u3000+")
# A seal note after the authority (某某局（盖章）) is not part of its name.
_SEAL_NOTE = re.compile(r"[（(][^（）()]{0,4}[章印][）)]$")
_BLANKS = re.compile(r"\s+")


def _names_on(view: TextView, line: Line) -> list[str]:
    end = _authority_end(line)
    written, _ = view.source(line.start, end)
    parts = [_BLANKS.sub("", p) for p in _GAP.split(written.strip())]
    parts = [_SEAL_NOTE.sub("", p) for p in parts if p]
    if len(parts) > 1 and all(AUTHORITY_LINE.match(p) for p in parts):
        return parts
    whole = view.written(line.start, end).replace(" ", "")
    return [_SEAL_NOTE.sub("", whole)]


def signature_issuer(view: TextView, lines: tuple[Line, ...]) -> str | None:
    """The signing authorities; several for a joint reply, joined with 、."""
    names = [name for line in lines for name in _names_on(view, line)]
    return "、".join(n for n in names if n) or None


def find_signature(issuer: str | None, date_items: list[DateItem]) -> Signature:
    """``date_items`` are the dates found on the signature date line (first one wins)."""
    full = [d for d in date_items if d.precision == "day" and d.end is None]
    return Signature(issuer=issuer, date=full[0].value if full else None)
