"""Word's automatic list numbering, rendered as the text a reader would see.

A heading that Word numbers itself (``一、``, ``（一）``, ``1.``) has no marker in its runs:
the marker lives in ``numbering.xml`` as a level's number format (``w:numFmt``) and label
pattern (``w:lvlText``, e.g. ``%1、`` or ``（%2）``). :class:`ListNumbering` keeps one
counter per list instance (``w:numId``) and level, the way Word counts on screen, with
the common restart rule only: a level restarts when a shallower level of the same list
is used again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PARENTHESISED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULL_STOPPED = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def chinese_counting(n: int, digits: str = _CN_DIGITS, units: str = "十百千") -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (Word's ``chineseCounting``)."""
    if n <= 0 or n >= 10_000:
        return str(n)
    parts: list[str] = []
    values = (1000, 100, 10, 1)
    names = (units[2], units[1], units[0], "")
    zero_pending = False
    for value, name in zip(values, names, strict=True):
        d = n // value % 10
        if d == 0:
            if parts:
                zero_pending = True
            continue
        if zero_pending:
            parts.append("零")
            zero_pending = False
        # 十二, not 一十二, when the number starts at the tens
        if not (value == 10 and d == 1 and not parts and digits is _CN_DIGITS):
            parts.append(digits[d])
        parts.append(name)
    return "".join(parts)


def _cycle(symbols: str) -> Callable[[int], str]:
    return lambda n: symbols[(n - 1) % len(symbols)] if n > 0 else str(n)


def _table(symbols: str) -> Callable[[int], str]:
    return lambda n: symbols[n - 1] if 0 < n <= len(symbols) else str(n)


def _letters(n: int) -> str:
    if n <= 0:
        return str(n)
    # Word repeats the letter: a..z, aa..zz, aaa..
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


# numFmt value → renderer. Formats missing here render as decimal.
_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate({c: c + 0xFEE0 for c in range(48, 58)}),
    "decimalFullWidth2": lambda n: str(n).translate({c: c + 0xFEE0 for c in range(48, 58)}),
    "chineseCounting": chinese_counting,
    "chineseCountingThousand": chinese_counting,
    "japaneseCounting": chinese_counting,
    "taiwaneseCounting": chinese_counting,
    "taiwaneseCountingThousand": chinese_counting,  # LibreOffice writes this for 一、二、
    "japaneseLegal": lambda n: chinese_counting(n, _CN_LEGAL_DIGITS, "拾佰仟"),
    "ideographDigital": lambda n: "".join(_CN_DIGITS[int(d)] for d in str(n)),
    "taiwaneseDigital": lambda n: "".join(_CN_DIGITS[int(d)] for d in str(n)),
    "chineseLegalSimplified": lambda n: chinese_counting(n, _CN_LEGAL_DIGITS, "拾佰仟"),
    "ideographLegalTraditional": lambda n: chinese_counting(n, _CN_LEGAL_DIGITS, "拾佰仟"),
    "ideographTraditional": _cycle(_HEAVENLY_STEMS),
    "ideographZodiac": _cycle(_EARTHLY_BRANCHES),
    "decimalEnclosedCircle": _table(_CIRCLED),
    "decimalEnclosedCircleChinese": _table(_CIRCLED),
    "ideographEnclosedCircle": _table(_CIRCLED),
    "decimalEnclosedParen": _table(_PARENTHESISED),
    "decimalEnclosedFullstop": _table(_FULL_STOPPED),
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}
_NO_LABEL = frozenset({"bullet", "none"})

_PLACEHOLDER = re.compile(r"%([1-9])")


def format_number(n: int, num_fmt: str) -> str:
    """Render counter ``n`` in Word number format ``num_fmt``."""
    return _FORMATS.get(num_fmt, str)(n)


@dataclass(frozen=True)
class Level:
    """One ``w:lvl`` of an abstract list definition."""

    start: int = 1
    num_fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    legal: bool = False


@dataclass
class ListNumbering:
    """Numbering definitions of one document and the running counters while reading it."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId → ilvl → Level
    _counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, numbering: Any | None) -> ListNumbering:
        """Build from the ``w:numbering`` element (lxml), or an empty one when absent."""
        if numbering is None:
            return cls()
        abstract: dict[str, dict[int, Level]] = {}
        for an in numbering.iter(f"{W}abstractNum"):
            abstract[an.get(f"{W}abstractNumId", "")] = {
                int(lvl.get(f"{W}ilvl", "0")): _level(lvl) for lvl in an.iter(f"{W}lvl")
            }
        levels: dict[str, dict[int, Level]] = {}
        for num in numbering.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            base = dict(abstract.get(ref.get(f"{W}val", "") if ref is not None else "", {}))
            for override in num.iter(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl", "0"))
                lvl = override.find(f"{W}lvl")
                if lvl is not None:
                    base[ilvl] = _level(lvl)
                start = override.find(f"{W}startOverride")
                if start is not None and ilvl in base:
                    old = base[ilvl]
                    base[ilvl] = Level(
                        _int(start.get(f"{W}val"), 1), old.num_fmt, old.text, old.suffix, old.legal
                    )
            levels[num.get(f"{W}numId", "")] = base
        return cls(levels)

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (``num_id``, ``ilvl``) and return the label Word shows.

        The label carries its separator: nothing after full-width punctuation
        (``一、基本情况``), a space otherwise (``1. Scope``). Empty for bullets and unknown lists.
        """
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self._counters.setdefault(num_id, {})
        level = levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.num_fmt in _NO_LABEL:
            return ""

        def fill(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            ref = levels.get(k, Level())
            value = counters.get(k, ref.start)
            return str(value) if level.legal else format_number(value, ref.num_fmt)

        text = _PLACEHOLDER.sub(fill, level.text).strip()
        if not text:
            return ""
        if level.suffix == "nothing" or not text[-1].isascii():
            return text
        return text + " "


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(lvl: Any) -> Level:
    def val(tag: str) -> str | None:
        el = lvl.find(f"{W}{tag}")
        return None if el is None else el.get(f"{W}val")

    legal = lvl.find(f"{W}isLgl")
    return Level(
        start=_int(val("start"), 1),
        num_fmt=val("numFmt") or "decimal",
        text=val("lvlText") or "",
        suffix=val("suff") or "tab",
        legal=legal is not None and legal.get(f"{W}val", "true") not in ("0", "false"),
    )
