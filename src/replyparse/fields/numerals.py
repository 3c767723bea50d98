"""Chinese numerals: 九 → 9, 十二 → 12, 三百 → 300, 壹拾 → 10, 二〇二〇 → 2020."""

from __future__ import annotations

_DIGITS: dict[str, int] = {
    "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "0": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "两": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
# The tens written in one character, as a day of the month may be (廿三日: 23, 卅日: 30).
# Not in NUMERAL_CHARS: no sum is written with them.
_TENS: dict[str, int] = {"廿": 20, "卅": 30}

DIGIT_CHARS = "".join(_DIGITS)
NUMERAL_CHARS = DIGIT_CHARS + "".join(_SMALL_UNITS) + "".join(_BIG_UNITS)
"""Every character :func:`chinese_to_int` understands (for building character classes)."""
CN_YEAR_DIGITS = "〇○零O0一二三四五六七八九"
"""The digits a year written in Chinese numerals is written with (二〇二四年): 〇 also as
○, 零, O or 0, as a typist or a font writes it (二0二四年); no capital (壹) form, which no
date uses. For building character classes."""
CN_MONTH = "(?:[一二三四五六七八九十]{1,3}|元)"
"""A month in Chinese numerals (a pattern): 五, 十二, and 元 for January (元月), as letters
write it."""
CN_DAY = "(?:[一二三四五六七八九十]{1,3}|[廿卅][一二三四五六七八九]?|念[一二三四五六七八九])"
"""A day of the month in Chinese numerals (a pattern): 十, 二十三, its tens 廿 or 卅 (廿三, 卅),
廿 copied as 念 (念三). The signed dates' patterns build on this, :data:`CN_MONTH` and
:data:`CN_YEAR_DIGITS` (:data:`replyparse.closing.DATE`, the page furniture's
``_SIGNATURE_DATE``), so a date a typist mixes reads alike everywhere."""

# The dashes a range's two ends are written around (2019年—2021年, 5～10万元), as the dates
# and the amounts read them: those of one character, and those of two (tried first, ——
# before —). A copy decoded from GB2312 may give —— as two horizontal bars (――), a
# Japanese input method the wave dash 〜 for ～, a copy in ASCII -- for ——, and a copy or a
# word processor the hyphens ‐ and ‑, the minus sign − (or its small form ﹣, which the
# view does not fold), the swung dash ⁓ or the tilde operator ∼ for the dash.
RANGE_DASHES = "—―–-~～〜‐‑−﹣⁓∼"
RANGE_LONG_DASHES = ("——", "――", "--")

_MAX_CHARS = 40
"""Longer runs are no numeral a letter writes (the longest value below 一万亿 takes 23
characters); refusing them also keeps ``int()`` within Python's digit limit."""


def int_to_chinese(n: int) -> str:
    """``n`` (1–99) as a letter writes it in a section marker: 3 → 三, 10 → 十, 12 → 十二,
    20 → 二十; other numbers in Arabic digits."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    digits = "一二三四五六七八九"
    head = "" if tens == 0 else ("十" if tens == 1 else digits[tens - 1] + "十")
    return head + (digits[ones - 1] if ones else "")


def chinese_to_int(text: str) -> int | None:
    """The value of a Chinese numeral, or None when ``text`` is not one.

    Both positional (``二〇二〇`` → 2020) and multiplicative (``一千二百零五`` → 1205,
    ``三百万`` → 3_000_000) forms are read, also a run of digits before a unit (``二〇万``
    → 200_000, as 20万); ASCII digits may stand for the digits.
    """
    if not text or len(text) > _MAX_CHARS:
        return None
    if text.isascii() and text.isdigit():  # the usual case, read as below at once
        return int(text)
    if all(ch in _DIGITS or ch.isdigit() for ch in text):
        if all(ch.isascii() for ch in text):
            return int(text)
        if len(text) == 1 or not any(ch in _SMALL_UNITS for ch in text):
            return int("".join(str(_DIGITS[ch]) if ch in _DIGITS else ch for ch in text))
    total = 0  # completed 亿/万 groups
    section = 0  # the group being read, below 万
    digit: int | None = None
    for ch in text:
        if ch in _DIGITS:
            # digits in a row read one by one (二〇万 is 20万, as 二〇二〇 is 2020); a 零
            # after a unit is its place holder (一千零五: 0, then 5)
            digit = _DIGITS[ch] if digit is None else digit * 10 + _DIGITS[ch]
        elif ch.isascii() and ch.isdigit():
            digit = int(ch) if digit is None else digit * 10 + int(ch)
        elif ch in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        elif ch in _TENS and digit is None:
            section += _TENS[ch]
        elif ch in _BIG_UNITS:
            unit = _BIG_UNITS[ch]
            group = section + (digit or 0)
            if group == 0 and total == 0:
                group = 1
            total = (total + group) * unit if unit > 10_000 else total + group * unit
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)
