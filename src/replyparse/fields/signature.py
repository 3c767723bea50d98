"""发文机关署名 and 成文日期 at the end of the letter."""

from __future__ import annotations

from replyparse.layout import AUTHORITY_DATE_LINE
from replyparse.model import DateItem, Signature
from replyparse.textview import Line, TextView


def _authority_end(line: Line) -> int:
    """Where the authority ends on its line: before the date when both share the line."""
    m = AUTHORITY_DATE_LINE.match(line.text)
    return line.start + m.end("authority") if m else line.end


def signature_issuer(view: TextView, lines: tuple[Line, ...]) -> str | None:
    """The signing authorities; several for a joint reply, joined with 、."""
    names = [view.written(line.start, _authority_end(line)).replace(" ", "") for line in lines]
    return "、".join(n for n in names if n) or None


def find_signature(issuer: str | None, date_items: list[DateItem]) -> Signature:
    """``date_items`` are the dates found on the signature date line (first one wins)."""
    full = [d for d in date_items if d.precision == "day" and d.end is None]
    return Signature(issuer=issuer, date=full[0].value if full else None)
