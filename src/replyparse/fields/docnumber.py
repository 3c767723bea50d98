"""发文字号: issuer code + 〔year〕 + serial + 号, e.g. ``西民函〔2020〕45号``.

:func:`find_doc_numbers` finds every document number in the view, well-formed or not;
:func:`extract` tells the letter's own (the first in the header) from the cited ones,
claims them all and says how the own one breaks GB/T 9704-2012 §7.2.5
(:func:`check_doc_number`). The references extractor turns the cited ones into references.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from replyparse import vocab
from replyparse.context import Context, Item, Range, Reported
from replyparse.layout import Layout
from replyparse.model import Diagnostic, DiagnosticCode, DocNumber, Letter, Span
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
class DocNumberFound:
    """A document number and the range it occupies in ``view.norm``."""

    item: DocNumber
    start: int
    end: int
    open: str
    close: str
    has_di: bool
    serial_text: str

    @property
    def span(self) -> Span:
        return self.item.span

    @property
    def claim(self) -> Range:
        return (self.start, self.end)

    def place(self, letter: Letter) -> None:
        """Found anywhere: only the letter's own one (:class:`OwnDocNumber`) is a field."""


@dataclass(frozen=True)
class OwnDocNumber(DocNumberFound):
    """The letter's own 发文字号."""

    def place(self, letter: Letter) -> None:
        letter.doc_number = self.item


@dataclass(frozen=True)
class CitedDocNumber(DocNumberFound):
    """Any other 发文字号: a document the letter cites."""


def _prefix_start(prefix: str) -> int:
    """Offset in ``prefix`` where the issuer code begins, after any lead-in words."""
    cut = 0
    for m in _LEAD_WORDS.finditer(prefix):
        if m.end() < len(prefix):
            cut = m.end()
    if len(prefix) - cut > MAX_PREFIX:
        cut = len(prefix) - MAX_PREFIX
    return cut


def find_doc_numbers(view: TextView) -> list[DocNumberFound]:
    """Every document number in the letter, in text order."""
    out: list[DocNumberFound] = []
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
            DocNumberFound(
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


def check_doc_number(found: DocNumberFound, view: TextView) -> list[Diagnostic]:
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


def _is_own(layout: Layout, found: DocNumberFound) -> bool:
    """Whether ``found`` stands in the header (or on a 发文字号 line of its own)."""
    header_end = (
        layout.title[0].start if layout.title else (layout.header[-1].end if layout.header else 0)
    )
    return found.end <= header_end or any(h.start <= found.start < h.end for h in layout.header)


def extract(ctx: Context) -> list[Item]:
    """Every 发文字号, the first in the header as the letter's own; and how that one is off."""
    out: list[Item] = []
    own: DocNumberFound | None = None
    for found in find_doc_numbers(ctx.view):
        if own is None and _is_own(ctx.layout, found):
            own = OwnDocNumber(**vars(found))
            out.append(own)
        else:
            out.append(CitedDocNumber(**vars(found)))
    if own is not None:
        out.extend(Reported.of(d) for d in check_doc_number(own, ctx.view))
    return out
