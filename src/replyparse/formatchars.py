"""Invisible format characters (Unicode category Cf): a web copy strews zero-width spaces,
soft hyphens and byte-order marks among a letter's characters. Nobody reading the letter
sees them; the view drops them (:mod:`replyparse.textview`), page chrome is told with
them taken out (:mod:`replyparse.chrome`), and no value of the record keeps them
(:mod:`replyparse.invisible`). Its own module, imported by all three.
"""

from __future__ import annotations

import re

# Unicode category Cf as of Unicode 14 (Python 3.11); a test checks this list against
# ``unicodedata``.
_FORMAT_RANGES = (
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD),
    (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E),
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
    (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
    (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)  # fmt: skip
FORMAT_CHARS = frozenset(chr(c) for a, b in _FORMAT_RANGES for c in range(a, b + 1))
"""Invisible format characters: kept in the letter's text, absent from the view."""
FORMAT_CLASS = "".join(f"{chr(a)}-{chr(b)}" if a != b else chr(a) for a, b in _FORMAT_RANGES)
"""The characters of :data:`FORMAT_CHARS` written as ranges, for a pattern's character class
(none of them is special inside one)."""
INVISIBLE = re.compile(f"[{FORMAT_CLASS}]")
"""One invisible format character. Written as ranges: a class of the 163 characters one by
one is searched five times slower (a search over a letter took about 40 µs, 5% of a parse)."""
