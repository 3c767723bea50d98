"""The lines of a letter sorted into the parts GB/T 9704-2012 lays out (pure, no I/O).

:func:`compose` takes a record with its text and uses the parser's own segmentation
(:mod:`replyparse.layout`) and the record's spans to say where each line goes: the
issuer banner (发文机关标志); the header elements under the red rule (份号, 密级, 办理类型,
是否公开… on the left, the 发文字号 on the right); title; 主送; body (a line that opens a
section carries its level, and how much of it is marker and heading); signature and
成文日期; 附注 (contacts and notes); and the 版记 (抄送, 印发).

Lines keep the letter's own characters; nothing is reworded. Noise that the parser
ignores (page numbers, conversion leftovers) is dropped, and parts take the standard's
order: a contact line above the signature becomes a 附注 under the date, a 发文字号
written under the title moves under the banner, a 办理类型 (办复类别…) written at the end
moves up among the header marks. When the letter has no banner line, the
record's issuer becomes the banner. :mod:`replyparse.typeset` writes the parts out.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from typing import Literal

from replyparse.closing import authority_date
from replyparse.errors import ReplyparseError
from replyparse.layout import CC_LINE, cc_list_end, issuer_mark, segment
from replyparse.model import Letter, Section
from replyparse.resegment import resegment
from replyparse.textview import CELL_BARS, Line, TextView
from replyparse.traditional import fold
from replyparse.unwrap import unwrap

_LABEL_MARKS = ("：", *CELL_BARS)
"""What ends a 抄送 label that parts it from its list: its colon, a table's bar."""


class MissingText(ReplyparseError):
    """The record carries no letter text (written with ``--no-text``): the body's prose is
    not in its fields, so the letter cannot be typeset from it."""


Part = Literal[
    "banner", "marks", "doc_number", "title", "salutation", "body", "attachments",
    "signature", "date", "notes", "imprint",
]  # fmt: skip


@dataclass(frozen=True)
class BodyLine:
    """A paragraph of the body; ``level`` is set when it opens a section, and its first
    ``head`` characters (marker and heading) take that level's face."""

    text: str
    level: int | None = None
    head: int = 0


@dataclass(frozen=True)
class LetterParts:
    """The letter's lines, sorted into the parts of the official layout, in reading order."""

    banner: tuple[str, ...]
    marks: tuple[str, ...]
    """份号, 密级, 紧急程度, 办理类型, 是否公开, 签发人…: left, under the red rule."""
    doc_number: tuple[str, ...]
    """The line holding the letter's own 发文字号: right, under the red rule."""
    title: tuple[str, ...]
    salutation: str | None
    body: tuple[BodyLine, ...]
    attachments: tuple[str, ...]
    """附件说明: ``附件：`` and the names of the attachments after it, one to a line,
    wherever the letter wrote them; GB/T 9704-2012 7.3.4 puts them under the body, above
    the signature."""
    signature: tuple[str, ...]
    date: str | None
    notes: tuple[str, ...]
    """附注: contacts and notes such as （此件公开发布）."""
    imprint: tuple[str, ...]
    """版记: 抄送 and 印发 lines."""


_IMPRINT_LINE = re.compile(r"印发$|\d{4}年\d{1,2}月\d{1,2}日印发")
_ATTACHMENTS = re.compile(r"^附件\s*[：:]")
# A further attachment under the first, by its number (附件：1.… over 2.…).
_NEXT_ATTACHMENT = re.compile(r"^\d{1,2}\s*[.．、]")
# Two elements written on one line stand apart by a wide gap (发文字号    签发人：…).
_GAP = re.compile(r"[ \t\u3000\u00a0]{2,}|\u3000+")
_HEADING_STOPS = frozenset("。；：:;.")


def compose(letter: Letter) -> LetterParts:
    """Sort the lines of ``letter.text`` into the parts of the official layout.

    Raises :class:`MissingText` when the record has no text.
    """
    if letter.text is None:
        raise MissingText(
            "the record has no letter text (it was written with --no-text); render the "
            "letter file itself, or extract it again without --no-text"
        )
    written_text = letter.text
    # a letter in traditional characters is laid out as the parse read it, in its fold (one
    # character for one: the offsets are the letter's), and typeset as written
    view = TextView(fold(written_text) or written_text)
    # its lines as the parse read them: a hard-wrapped copy's lines joined, a copy that lost
    # its line breaks parted where the letter had them (a web copy flattened onto one line
    # was typeset as one paragraph, its page's table bars in its title)
    for step in (unwrap, resegment):
        # (a failing step: the parse reports it; the letter is typeset with its lines)
        with contextlib.suppress(Exception):
            view = step(view)
    layout = segment(view)
    lines = view.content_lines
    part: dict[int, Part] = {}

    def written(line: Line, start: int | None = None, end: int | None = None) -> str:
        a, b = view.span(line.start if start is None else start, line.end if end is None else end)
        return written_text[a:b]

    own = letter.doc_number.span if letter.doc_number is not None else None
    titled = {line.index for line in layout.title}
    # a bracketed note the letter wrote on the title's line (…的函(编号:…)), parted from it as
    # a line of its own by the parse's reading: typeset on the title's line, as written
    noted = _notes_on_the_title_line(view, written_text, layout.title, lines)
    for line in layout.header:
        if line.index in titled or line.index in noted:
            continue  # a note glued to the title line (…的函(编号:…)) is typeset with it
        a, b = view.span(line.start, line.end)
        if own is not None and a <= own[0] < b:
            part[line.index] = "doc_number"
        elif issuer_mark(line.text):
            part[line.index] = "banner"
        else:
            part[line.index] = "marks"
    for line in layout.title:
        part.setdefault(line.index, "title")
    salutation_lines: list[Line] = []
    if layout.salutation is not None:
        sal = layout.salutation
        salutation_lines = [ln for ln in lines if sal.start <= ln.start and ln.end <= sal.end]
        for line in salutation_lines:
            part.setdefault(line.index, "salutation")

    signature: list[str] = []
    date: str | None = None
    date_line = layout.signature_date
    for line in layout.signature_issuer:
        part.setdefault(line.index, "signature")
        m = authority_date(line.text)
        if m and date_line is not None and date_line.index == line.index:
            signature.append(written(line, end=line.start + m.end("authority")))
            date = written(line, start=line.start + m.end("authority"))
        else:
            signature.append(written(line))
    if date_line is not None and date is None:
        part.setdefault(date_line.index, "date")
        date = written(date_line)
    closing = layout.closing
    handling = letter.handling_type_span
    listing = False  # inside the 附件 lines
    carried_on: set[int] = set()  # a 抄送 list's lines after its first: one entry
    for i, line in enumerate(closing):
        a, b = view.span(line.start, line.end)
        text = line.text.strip()
        listing = _ATTACHMENTS.match(text) is not None or (
            listing and _NEXT_ATTACHMENT.match(text) is not None
        )
        if listing:
            part.setdefault(line.index, "attachments")
        elif handling is not None and a <= handling[0] < b:
            part.setdefault(line.index, "marks")  # 办复类别：B类 under the date: a header mark
        elif CC_LINE.match(line.text):
            for more in closing[i : cc_list_end(closing, i) + 1]:
                part.setdefault(more.index, "imprint")
                if more is not line:
                    carried_on.add(more.index)
        elif _IMPRINT_LINE.search(line.text):
            part.setdefault(line.index, "imprint")
        else:
            part.setdefault(line.index, "notes")

    sections = {s.extent[0]: s for s in all_sections(letter.sections)}
    by_part: dict[Part, list[str]] = {}
    body: list[BodyLine] = []
    for line in lines:
        if line.index in noted and by_part.get("title"):
            by_part["title"][-1] += written(line)
            continue
        where = part.get(line.index, "body")
        if where == "body":
            body.append(_body_line(view, written_text, line, sections))
        elif where == "attachments":
            by_part.setdefault(where, []).append(written(line).strip())
        elif where == "imprint" and line.index in carried_on and by_part.get(where):
            head = by_part[where][-1].rstrip()
            # a label alone over its list (a table's cell, no colon) takes the full-width
            # colon GB/T 9704 (7.4.2) writes after 抄送 before the list
            glue = "：" if CC_LINE.fullmatch(head) and not head.endswith(_LABEL_MARKS) else ""
            by_part[where][-1] = head + glue + written(line).strip()
        elif where not in ("signature", "date", "salutation"):
            by_part.setdefault(where, []).append(written(line))

    banner = by_part.get("banner", [])
    if not banner and letter.issuer:
        banner = [letter.issuer]
    return LetterParts(
        banner=tuple(banner),
        marks=tuple(by_part.get("marks", [])),
        doc_number=tuple(
            piece
            for line in by_part.get("doc_number", [])
            for piece in _GAP.split(line.strip())
            if piece
        ),
        title=tuple(by_part.get("title", [])),
        salutation="".join(written(ln) for ln in salutation_lines) or None,
        body=tuple(body),
        attachments=tuple(by_part.get("attachments", [])),
        signature=tuple(signature),
        date=date,
        notes=tuple(by_part.get("notes", [])),
        imprint=tuple(by_part.get("imprint", [])),
    )


_NOTE_OPENS = "（(【〔[［"


def _notes_on_the_title_line(
    view: TextView, written: str, title: tuple[Line, ...], lines: tuple[Line, ...]
) -> set[int]:
    """The line right after the title's last line when it opens with a bracket and the letter
    wrote it on that same line (no line break between them in ``written``)."""
    if not title:
        return set()
    last = title[-1]
    after = [ln for ln in lines if ln.index == last.index + 1]
    if not after or after[0].text[:1] not in _NOTE_OPENS:
        return set()
    _, end = view.span(last.start, last.end)
    start, _ = view.span(after[0].start, after[0].end)
    return {after[0].index} if "\n" not in written[end:start] else set()


def all_sections(sections: list[Section]) -> list[Section]:
    """Every section of ``sections`` and of their children, in reading order."""
    out: list[Section] = []
    for s in sections:
        out.append(s)
        out.extend(all_sections(s.children))
    return out


def _body_line(view: TextView, written: str, line: Line, sections: dict[int, Section]) -> BodyLine:
    start, end = view.span(line.start, line.end)
    text = written[start:end]
    section = sections.get(start)
    if section is None:
        return BodyLine(text)
    head_end = section.span[0]
    if written.startswith(section.heading, section.span[0]):
        head_end += len(section.heading)
    head = min(head_end, end) - start
    if text[head : head + 1] in _HEADING_STOPS:
        head += 1  # the heading's own full stop goes with it: 加快进度。
    return BodyLine(text, level=section.level, head=head)
