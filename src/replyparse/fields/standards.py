"""Codes of standards (``GB/T 9704-2012``, ``DB35/T 2036-2021``): no field of the record,
but claimed, so that their years are read as no dates and their numbers as no money."""

from __future__ import annotations

import re
from dataclasses import dataclass

from replyparse.context import Context, Item, Range
from replyparse.model import Letter, Span

_STANDARD_CODE = re.compile(
    r"(?:GB|DB|JGJ|CJJ|HJ|WS|YY|JT|SL|DL|NY|LY)[0-9]*(?:/[TZ])?\s?[0-9.]+-\d{4}"
)


@dataclass(frozen=True)
class StandardCode:
    span: Span
    claim: Range

    def place(self, letter: Letter) -> None:
        """Not a field of the record: only its claim counts."""


def extract(ctx: Context) -> list[Item]:
    return [
        StandardCode(ctx.span(*m.span()), m.span()) for m in _STANDARD_CODE.finditer(ctx.view.norm)
    ]
