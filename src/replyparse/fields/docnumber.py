"""发文字号: issuer code + 〔year〕 + serial + 号, e.g. ``西民函〔2020〕45号``.

:func:`find_doc_numbers` finds every document number in the view, well-formed or not; the
parser decides which one is the letter's own (the one in the header) and which ones are
references. :func:`check_doc_number` says how one breaks GB/T 9704-2012 §7.2.5.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from replyparse import vocab
from replyparse.model import Diagnostic, DiagnosticCode, DocNumber
from replyparse.textview import TextView

_OPEN = "〔[［【（"
_CLOSE = "〕]］】）"

# The issuer code is a run of CJK characters (rarely Latin letters) just before the
# bracket; the year is four digits (two in a common mistake); 第 and leading zeros are
# mistakes too but still a document number.
_DOC_NUMBER = re.compile(
    rf"(?P<prefix>[\u4e00-\u9fffA-Za-z]{{0,16}})"
    rf"(?P<open>[{re.escape(_OPEN)}])(?P<year>\d{{4}}|\d{{2}})(?P<close>[{re.escape(_CLOSE)}])"
    r"(?P<di>第)?(?P<serial>\d{1,5})号"
)

_LEAD_WORDS = re.compile(f"(?:{vocab.alternation('docnumber_lead_words')})")

MAX_PREFIX = 10
"""Issuer codes are abbreviations (国办发, 云政办发, 西民联发): longer runs hold other words."""


@dataclass(frozen=True)
class Found:
    """A document number and the range it occupies in ``view.norm``."""

    item: DocNumber
    start: int
    end: int
    open: str
    close: str
    has_di: bool
    serial_text: str


def _prefix_start(prefix: str) -> int:
    """Offset in ``prefix`` where the issuer code begins, after any lead-in words."""
    cut = 0
    for m in _LEAD_WORDS.finditer(prefix):
        if m.end() < len(prefix):
            cut = m.end()
    if len(prefix) - cut > MAX_PREFIX:
        cut = len(prefix) - MAX_PREFIX
    return cut


def find_doc_numbers(view: TextView) -> list[Found]:
    """Every document number in the letter, in text order."""
    out: list[Found] = []
    for m in _DOC_NUMBER.finditer(view.norm):
        prefix = m.group("prefix")
        start = m.start("prefix") + _prefix_start(prefix)
        prefix = view.norm[start : m.start("open")]
        text, span = view.source(start, m.end())
        year = int(m.group("year"))
        if year < 100:
            year += 2000 if year < 50 else 1900
        item = DocNumber(
            text=text,
            prefix=prefix or None,
            year=year,
            serial=int(m.group("serial")),
            span=span,
        )
        out.append(
            Found(
                item=item,
                start=start,
                end=m.end(),
                open=m.group("open"),
                close=m.group("close"),
                has_di=m.group("di") is not None,
                serial_text=m.group("serial"),
            )
        )
    return out


def check_doc_number(found: Found, view: TextView) -> list[Diagnostic]:
    """How the letter's own document number breaks GB/T 9704-2012 §7.2.5, if it does."""
    issues: list[str] = []
    year_text = view.norm[found.start : found.end].split(found.open, 1)[1].split(found.close)[0]
    if (found.open, found.close) != ("〔", "〕"):
        issues.append(f"year in {found.open}{found.close}, not the hexagonal brackets 〔〕")
    if len(year_text) != 4:
        issues.append("year not written in full (four digits)")
    if found.has_di:
        issues.append("serial preceded by 第")
    if found.serial_text.startswith("0"):
        issues.append("serial with leading zeros")
    if not found.item.prefix:
        issues.append("no issuer code before the year")
    return [
        Diagnostic(
            code=DiagnosticCode.DOC_NUMBER_FORMAT,
            severity="warning",
            message=f"发文字号 {found.item.text}: {issue} (GB/T 9704-2012 7.2.5)",
            span=found.item.span,
        )
        for issue in issues
    ]
