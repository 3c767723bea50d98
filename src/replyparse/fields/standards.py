"""Codes of standards (``GB/T 9704-2012``, ``DB35/T 2036-2021``): no field of the record,
but claimed, so that their years are read as no dates and their numbers as no money."""

from __future__ import annotations

import re

from replyparse.context import Context, Found, Item

_CODE = re.compile(r"(?:GB|DB|JGJ|CJJ|HJ|WS|YY|JT|SL|DL|NY|LY)[0-9]*(?:/[TZ])?\s?[0-9.]+-\d{4}")


class StandardCode(Found[str]):
    """Not a field of the record: only its claim counts."""


_CODE_HOLDS = "-"
"""What every match of _CODE holds (the dash before its year): a letter without it (most)
is not scanned."""

_PREFIX_LETTERS = ("B", "J", "L", "S", "Y")
"""Letters one of which every prefix of _CODE holds (GB, JGJ, DL, WS, NY, …): a letter
with a dash but none of these (a phone number's 0000-5550123, the usual case) holds no
code and is not scanned either (five finds in C where the scan reads every character;
a test checks each prefix against them)."""


def extract(ctx: Context) -> list[Item]:
    norm = ctx.view.norm
    if _CODE_HOLDS not in norm:
        return []
    for letter in _PREFIX_LETTERS:
        if letter in norm:
            break
    else:
        return []
    return [StandardCode(m.group(), ctx.span(*m.span()), m.span()) for m in _CODE.finditer(norm)]
