"""The letter typeset again as GB/T 9704-2012 lays out an official letter, as a Word file.

Two steps:

- :func:`compose` (pure) sorts the lines of the record's text into the parts of the
  official layout, using the parser's own segmentation (:mod:`replyparse.layout`) and
  the record's spans: the issuer banner (发文机关标志), the header elements under the
  red rule (份号, 密级, 办理类型, 是否公开… on the left, 发文字号 on the right), title,
  主送, body (a line that opens a section gets its level's face), signature and 成文日期,
  附注 (contacts and notes), and the 版记 (抄送, 印发).
- :func:`typeset_docx` writes them: A4, type area 156 × 225 mm (top margin 37 mm, left
  28 mm), a grid of 22 lines × 28 characters, 仿宋_GB2312 三号 body, 小标宋 二号 title,
  黑体 / 楷体 / 仿宋 headings, a red banner with the red rule under it, page numbers
  ``— N —`` on the outer side (odd pages right, even pages left).

Lines are set as the letter wrote them (a title keeps its line breaks); nothing is
reworded. Noise that the parser ignores (page numbers, conversion leftovers) is dropped,
and parts are put in the standard's order: a contact line above the signature becomes a
附注 under the date, a 发文字号 written under the title moves under the banner. When the
letter has no banner line, the record's issuer becomes the banner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from replyparse.errors import ReplyparseError
from replyparse.layout import AUTHORITY_DATE_LINE, CC_LINE, cc_list_end, issuer_mark, segment
from replyparse.model import Letter, Section
from replyparse.textview import Line, TextView
from replyparse.wordml import (
    Border,
    Fonts,
    Page,
    cell_margins,
    character_spacing,
    document_defaults,
    fix_table_widths,
    indent_chars,
    line_spacing,
    outline_level,
    page_field,
    paragraph_border,
    pt,
    run_fonts,
    set_page,
    snap_to_grid,
    style_fonts,
    table_borders,
    to_bytes,
    xml_text,
)


class MissingText(ReplyparseError):
    """The record carries no letter text (written with ``--no-text``): the body's prose is
    not in its fields, so the letter cannot be typeset from it."""


# -- composition (pure) -----------------------------------------------------------------

Part = Literal[
    "banner", "marks", "doc_number", "title", "salutation", "body", "signature", "date",
    "notes", "imprint",
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
    signature: tuple[str, ...]
    date: str | None
    notes: tuple[str, ...]
    """附注: contacts and notes such as （此件公开发布）."""
    imprint: tuple[str, ...]
    """版记: 抄送 and 印发 lines."""


_IMPRINT_LINE = re.compile(r"印发$|\d{4}年\d{1,2}月\d{1,2}日印发")
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
    view = TextView(letter.text)
    layout = segment(view)
    lines = view.content_lines
    part: dict[int, Part] = {}

    def written(line: Line, start: int | None = None, end: int | None = None) -> str:
        a, b = view.span(line.start if start is None else start, line.end if end is None else end)
        return view.original[a:b]

    own = letter.doc_number.span if letter.doc_number is not None else None
    for line in layout.header:
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
        m = AUTHORITY_DATE_LINE.match(line.text)
        if m and date_line is not None and date_line.index == line.index:
            signature.append(written(line, end=line.start + m.end("authority")))
            date = written(line, start=line.start + m.end("authority"))
        else:
            signature.append(written(line))
    if date_line is not None and date is None:
        part.setdefault(date_line.index, "date")
        date = written(date_line)
    closing = layout.closing
    for i, line in enumerate(closing):
        if CC_LINE.match(line.text):
            for more in closing[i : cc_list_end(closing, i) + 1]:
                part.setdefault(more.index, "imprint")
        elif _IMPRINT_LINE.search(line.text):
            part.setdefault(line.index, "imprint")
        else:
            part.setdefault(line.index, "notes")

    sections = {s.extent[0]: s for s in _flatten(letter.sections)}
    by_part: dict[Part, list[str]] = {}
    body: list[BodyLine] = []
    for line in lines:
        where = part.get(line.index, "body")
        if where == "body":
            body.append(_body_line(view, line, sections))
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
        signature=tuple(signature),
        date=date,
        notes=tuple(by_part.get("notes", [])),
        imprint=tuple(by_part.get("imprint", [])),
    )


def _flatten(sections: list[Section]) -> list[Section]:
    out: list[Section] = []
    for s in sections:
        out.append(s)
        out.extend(_flatten(s.children))
    return out


def _body_line(view: TextView, line: Line, sections: dict[int, Section]) -> BodyLine:
    start, end = view.span(line.start, line.end)
    text = view.original[start:end]
    section = sections.get(start)
    if section is None:
        return BodyLine(text)
    head_end = section.span[0]
    if view.original.startswith(section.heading, section.span[0]):
        head_end += len(section.heading)
    head = min(head_end, end) - start
    if text[head : head + 1] in _HEADING_STOPS:
        head += 1  # the heading's own full stop goes with it: 加快进度。
    return BodyLine(text, level=section.level, head=head)


# -- the Word document ----------------------------------------------------------------------

PAGE = Page(
    width=210, height=297, top=37, bottom=35, left=28, right=26, footer=22, lines=22, chars=28
)
"""GB/T 9704-2012 5.2.1-5.2.2: A4; type area 156 × 225 mm; 22 lines of 28 characters."""

_LATIN = "Times New Roman"
BODY_FONTS = Fonts("仿宋_GB2312", _LATIN)
TITLE_FONTS = Fonts("方正小标宋简体", _LATIN)
HEADING_FONTS = {
    1: Fonts("黑体", _LATIN),
    2: Fonts("楷体_GB2312", _LATIN),
    3: BODY_FONTS,
    4: BODY_FONTS,
}
"""正文层次 (7.3.3): 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋."""
MARK_FONTS = Fonts("黑体", _LATIN)
PAGE_NUMBER_FONTS = Fonts("宋体", _LATIN)

BODY_PT = 16.0  # 三号
TITLE_PT = 22.0  # 二号
IMPRINT_PT = 14.0  # 四号, 版记
PAGE_NUMBER_PT = 14.0  # 四号半角宋体
BANNER_PT_MAX = 30.0
RED = "FF0000"
LINE = PAGE.line_pitch()
TYPE_WIDTH_CHARS = float(PAGE.chars or 28)

STYLE_NAMES = {
    "banner": "发文机关标志",
    "marks": "版头要素",
    "doc_number": "发文字号",
    "title": "公文标题",
    "salutation": "主送机关",
    "signature": "发文机关署名",
    "date": "成文日期",
    "notes": "附注",
    "imprint": "版记",
    "page_number": "页码",
}
HEADING_STYLE_NAMES = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题"}


def typeset_docx(letter: Letter) -> bytes:
    """The letter as a ``.docx`` in the GB/T 9704-2012 layout.

    Raises :class:`MissingText` when the record has no text.
    """
    return _write(compose(letter), title=letter.title)


def _write(parts: LetterParts, *, title: str | None) -> bytes:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Mm, RGBColor

    document = docx.Document()
    document.core_properties.title = xml_text(title or "")
    document.core_properties.author = "replyparse"
    document_defaults(document, BODY_FONTS, BODY_PT)
    section = document.sections[0]
    set_page(section, PAGE, grid_font_pt=BODY_PT)

    styles = document.styles
    normal = styles["Normal"]
    style_fonts(normal, BODY_FONTS, BODY_PT)
    line_spacing(normal.element, exact_twips=LINE)
    indent_chars(normal.element, char_pt=BODY_PT, first_line=2)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    # 28 characters a line: the grid's pitch is 15.79 pt, a 三号 character 16 pt. Word
    # squeezes characters onto the grid, LibreOffice gives such a character two cells
    # (14 a line), so characters are condensed by a quarter point instead and do not
    # snap: 28 × 15.75 pt fit the 156 mm line in both.
    character_spacing(normal.element.get_or_add_rPr(), -0.25)
    snap_to_grid(normal.element.get_or_add_pPr(), False)

    def add_style(name: str, fonts: Fonts, size: float, *, indent: bool = False) -> Any:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style_fonts(style, fonts, size)
        if not indent:
            indent_chars(style.element, char_pt=size, first_line=0)
        return style

    banner_style = add_style(STYLE_NAMES["banner"], TITLE_FONTS, BANNER_PT_MAX)
    banner_style.font.color.rgb = RGBColor.from_string(RED)
    banner_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    marks_style = add_style(STYLE_NAMES["marks"], MARK_FONTS, BODY_PT)
    marks_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    number_style = add_style(STYLE_NAMES["doc_number"], BODY_FONTS, BODY_PT)
    number_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    title_style = add_style(STYLE_NAMES["title"], TITLE_FONTS, TITLE_PT)
    title_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    line_spacing(title_style.element, exact_twips=LINE, before=LINE, after=LINE)
    salutation_style = add_style(STYLE_NAMES["salutation"], BODY_FONTS, BODY_PT)
    salutation_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    heading_styles = {}
    for level, name in HEADING_STYLE_NAMES.items():
        style = add_style(name, HEADING_FONTS[level], BODY_PT, indent=True)
        outline_level(style, level - 1)
        heading_styles[level] = style
    signature_style = add_style(STYLE_NAMES["signature"], BODY_FONTS, BODY_PT)
    signature_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    date_style = add_style(STYLE_NAMES["date"], BODY_FONTS, BODY_PT)
    date_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    notes_style = add_style(STYLE_NAMES["notes"], BODY_FONTS, BODY_PT, indent=True)
    notes_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    imprint_style = add_style(STYLE_NAMES["imprint"], BODY_FONTS, IMPRINT_PT)
    imprint_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    page_style = add_style(STYLE_NAMES["page_number"], PAGE_NUMBER_FONTS, PAGE_NUMBER_PT)
    line_spacing(page_style.element, exact_twips=pt(PAGE_NUMBER_PT * 1.3))

    body = document.add_paragraph  # every paragraph below goes to the body in order

    # 版头: the banner in red, the red rule under it
    for i, text in enumerate(parts.banner):
        p = body(style=banner_style)
        size = _banner_size(text)
        run = p.add_run(xml_text(text))
        run_fonts(run, TITLE_FONTS, size)
        line_spacing(p._p, exact_twips=pt(size * 1.4))
        if i == len(parts.banner) - 1:
            paragraph_border(
                p, "bottom", Border(style="thickThinSmallGap", size=18, colour=RED, space=8)
            )
    if parts.marks or parts.doc_number:
        table = document.add_table(rows=1, cols=2)
        fix_table_widths(table, [PAGE.type_width / 2, PAGE.type_width / 2])
        cell_margins(table, left_mm=0, right_mm=0)
        table_borders(table, {})
        left, right = table.rows[0].cells
        _fill_cell(left, parts.marks, marks_style)
        _fill_cell(right, parts.doc_number, number_style)

    if parts.title:
        p = body(style=title_style)
        lines = title_lines(parts.title)
        for i, text in enumerate(lines):
            run = p.add_run(xml_text(text.strip()))
            if i < len(lines) - 1:
                run.add_break()
    if parts.salutation:
        body(xml_text(parts.salutation), style=salutation_style)
    for line in parts.body:
        if line.level is None:
            body(xml_text(line.text))
            continue
        level = min(line.level, 4)
        p = body(style=heading_styles[level])
        p.add_run(xml_text(line.text[: line.head]))
        if line.head == len(line.text):
            p.paragraph_format.keep_with_next = True  # a heading alone stays with its text
        else:
            rest = p.add_run(xml_text(line.text[line.head :]))
            run_fonts(rest, BODY_FONTS)

    # 发文机关署名 and 成文日期 (7.3.5.2, no seal): the signature two characters from the
    # right edge, the date under it starting two characters further right; a date longer
    # than the signature sits two from the edge and pushes the signature left.
    sig_width = max((_width(s) for s in parts.signature), default=0.0)
    date_width = _width(parts.date) if parts.date else 0.0
    if parts.signature and parts.date and date_width > sig_width:
        sig_right, date_right = 4 + date_width - sig_width, 2.0
    elif parts.signature:
        sig_right, date_right = 2.0, sig_width - date_width
    else:
        sig_right, date_right = 2.0, 4.0
    for i, text in enumerate(parts.signature):
        p = body(xml_text(text.strip()), style=signature_style)
        indent_chars(p._p, char_pt=BODY_PT, right=sig_right)
        if i == 0:
            line_spacing(p._p, exact_twips=LINE, before=LINE)
    if parts.date:
        p = body(xml_text(parts.date.strip()), style=date_style)
        indent_chars(p._p, char_pt=BODY_PT, right=date_right)
        if not parts.signature:
            line_spacing(p._p, exact_twips=LINE, before=LINE)
    for text in parts.notes:
        body(xml_text(text), style=notes_style)

    # 版记 (7.4): 抄送 and 印发 between rules as wide as the type area, thick first and
    # last, thin between; a character's space on each side.
    if parts.imprint:
        table = document.add_table(rows=len(parts.imprint), cols=1)
        fix_table_widths(table, [PAGE.type_width])
        char_mm = IMPRINT_PT * 25.4 / 72
        cell_margins(table, left_mm=char_mm, right_mm=char_mm)
        thick, thin = Border(size=8), Border(size=6)
        table_borders(table, {"top": thick, "bottom": thick, "insideH": thin})
        for row, text in zip(table.rows, parts.imprint, strict=True):
            p = row.cells[0].paragraphs[0]
            p.style = imprint_style
            m = _IMPRINTED_ON.match(text)
            if m:
                p.add_run(xml_text(m.group("org").strip()))
                p.add_run("\t")
                p.add_run(xml_text(m.group("date").strip()))
                width = Mm(PAGE.type_width - 2 * char_mm)
                p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            else:
                label = CC_LINE.match(text)
                p.add_run(xml_text(text))
                if label:  # a second line aligns under the first name (7.4.2)
                    hang = _width(label.group())
                    indent_chars(p._p, char_pt=IMPRINT_PT, left=hang, hanging=hang)

    # 页码 (7.5): — N — under the type area, odd pages right and even pages left, a
    # character in from the edge
    document.settings.odd_and_even_pages_header_footer = True
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.style = page_style
        p.add_run("— ")
        page_field(p)
        p.add_run(" —")
        if side == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            indent_chars(p._p, char_pt=PAGE_NUMBER_PT, right=1)
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            indent_chars(p._p, char_pt=PAGE_NUMBER_PT, left=1)
    return to_bytes(document)


TITLE_CHARS = PAGE.type_width / 25.4 * 72 / TITLE_PT
"""Characters of the title's size on one line (20)."""


def title_lines(written: tuple[str, ...]) -> tuple[str, ...]:
    """The title's lines: the writer's own when each fits the line; else the title broken
    after its 关于 (issuer and 关于 above, the subject below), or on one line, Word
    wrapping what is still too long. (A line holding the issuer alone would read as a
    banner.)"""
    lines = tuple(line.strip() for line in written if line.strip())
    if all(_width(line) <= TITLE_CHARS for line in lines):
        return lines
    joined = "".join(lines)
    at = joined.find("关于")
    if at > 0 and _width(joined[: at + 2]) <= TITLE_CHARS:
        return (joined[: at + 2], joined[at + 2 :])
    return (joined,)


_IMPRINTED_ON = re.compile(r"^(?P<org>.+?)\s*(?P<date>\d{4}年\d{1,2}月\d{1,2}日印发)$")


def _fill_cell(cell: Any, lines: tuple[str, ...], style: Any) -> None:
    first = cell.paragraphs[0]
    for i, text in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.style = style
        p.add_run(xml_text(text))
        line_spacing(p._p, exact_twips=LINE, before=pt(BODY_PT * 7 / 8) if i == 0 else 0)
    if not lines:
        first.style = style


def _width(text: str) -> float:
    """Width in characters of the grid: ASCII letters and digits take half a character."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in text.strip())


def _banner_size(text: str) -> float:
    """The banner's size: as large as the standard's examples, smaller for a long name so
    it stays on one line of the type area."""
    fits = PAGE.type_width / 25.4 * 72 / max(_width(text), 1.0)
    return max(BODY_PT, min(BANNER_PT_MAX, int(fits)))
