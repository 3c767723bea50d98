"""发文机关署名 and 成文日期 at the end of the letter."""

from __future__ import annotations

from replyparse.model import DateItem, Signature
from replyparse.textview import Line, TextView


def signature_issuer(view: TextView, lines: tuple[Line, ...]) -> str | None:
    """The signing authorities; several for a joint reply, joined with 、."""
    names = [view.written(line.start, line.end).replace(" ", "") for line in lines]
    return "、".join(n for n in names if n) or None


def find_signature(issuer: str | None, date_items: list[DateItem]) -> Signature:
    """``date_items`` are the dates found on the signature date line (first one wins)."""
    full = [d for d in date_items if d.precision == "day" and d.end is None]
    return Signature(issuer=issuer, date=full[0].value if full else None)
