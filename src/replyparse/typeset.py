"""The letter typeset again as GB/T 9704-2012 lays out an official letter, as a Word file.

:func:`typeset_docx` writes the parts :func:`replyparse.letter_parts.compose` sorted the
letter's lines into: A4, a type area of 156 × 225 mm (top margin 37 mm, left 28 mm)
holding 22 lines of 28 characters, 仿宋_GB2312 三号 body, 小标宋 二号 title, 黑体 / 楷体 /
仿宋 headings by level, the issuer in red over the red rule, the 发文字号 under it, the
signature and 成文日期 on the right, 附注, the 版记 between rules, and page numbers
``— N —`` on the outer side (odd pages right, even pages left). Clause numbers below are
GB/T 9704-2012's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from replyparse.layout import CC_LINE
from replyparse.letter_parts import LetterParts, compose
from replyparse.model import Letter
from replyparse.title_break import TITLE_PT, title_lines
from replyparse.wordml import (
    Border,
    Fonts,
    Page,
    cell_margins,
    character_spacing,
    document_defaults,
    fix_table_widths,
    float_at_page_foot,
    indent_chars,
    line_spacing,
    outline_level,
    page_field,
    paragraph_border,
    pt,
    run_fonts,
    set_page,
    set_properties,
    snap_to_grid,
    style_fonts,
    table_borders,
    to_bytes,
    xml_text,
)

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
IMPRINT_PT = 14.0  # 四号, 版记
PAGE_NUMBER_PT = 14.0  # 四号半角宋体
BANNER_PT_MAX = 30.0
RED = "FF0000"
LINE = PAGE.line_pitch()

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

    Raises :class:`~replyparse.letter_parts.MissingText` when the record has no text.
    """
    import docx

    parts = compose(letter)
    document = docx.Document()
    set_properties(document, title=letter.title or "")
    document_defaults(document, BODY_FONTS, BODY_PT)
    set_page(document.sections[0], PAGE, grid_font_pt=BODY_PT)
    styles = _styles(document)
    _header(document, parts, styles)
    _body(document, parts, styles)
    _attachments(document, parts.attachments, styles.notes)
    _closing(document, parts, styles)
    _imprint(document, parts.imprint, styles.imprint)
    _page_numbers(document, styles.page_number)
    return to_bytes(document)


@dataclass(frozen=True)
class _Styles:
    """The paragraph styles of one document (python-docx objects)."""

    banner: Any
    marks: Any
    doc_number: Any
    title: Any
    salutation: Any
    headings: dict[int, Any]
    signature: Any
    date: Any
    notes: Any
    imprint: Any
    page_number: Any


def _styles(document: Any) -> _Styles:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN
    from docx.shared import RGBColor

    styles = document.styles
    normal = styles["Normal"]
    style_fonts(normal, BODY_FONTS, BODY_PT)
    line_spacing(normal.element, exact_twips=LINE)
    indent_chars(normal.element, char_pt=BODY_PT, first_line=2)
    normal.paragraph_format.alignment = ALIGN.JUSTIFY
    # 28 characters a line: the grid's pitch is 15.79 pt, a 三号 character 16 pt. Word
    # squeezes characters onto the grid, LibreOffice gives such a character two cells
    # (14 a line), so characters are condensed by a quarter point instead and do not
    # snap: 28 × 15.75 pt fit the 156 mm line in both.
    character_spacing(normal.element.get_or_add_rPr(), -0.25)
    snap_to_grid(normal.element.get_or_add_pPr(), False)

    def add(key: str, fonts: Fonts, size: float, align: Any, *, indent: bool = False) -> Any:
        name = STYLE_NAMES.get(key, key)
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style_fonts(style, fonts, size)
        style.paragraph_format.alignment = align
        if not indent:
            indent_chars(style.element, char_pt=size, first_line=0)
        return style

    banner = add("banner", TITLE_FONTS, BANNER_PT_MAX, ALIGN.CENTER)
    banner.font.color.rgb = RGBColor.from_string(RED)
    title = add("title", TITLE_FONTS, TITLE_PT, ALIGN.CENTER)
    line_spacing(title.element, exact_twips=LINE, before=LINE, after=LINE)
    headings = {}
    for level, name in HEADING_STYLE_NAMES.items():
        headings[level] = add(name, HEADING_FONTS[level], BODY_PT, ALIGN.JUSTIFY, indent=True)
        outline_level(headings[level], level - 1)
    page_number = add("page_number", PAGE_NUMBER_FONTS, PAGE_NUMBER_PT, ALIGN.RIGHT)
    line_spacing(page_number.element, exact_twips=pt(PAGE_NUMBER_PT * 1.3))
    return _Styles(
        banner=banner,
        marks=add("marks", MARK_FONTS, BODY_PT, ALIGN.LEFT),
        doc_number=add("doc_number", BODY_FONTS, BODY_PT, ALIGN.RIGHT),
        title=title,
        salutation=add("salutation", BODY_FONTS, BODY_PT, ALIGN.LEFT),
        headings=headings,
        signature=add("signature", BODY_FONTS, BODY_PT, ALIGN.RIGHT),
        date=add("date", BODY_FONTS, BODY_PT, ALIGN.RIGHT),
        notes=add("notes", BODY_FONTS, BODY_PT, ALIGN.LEFT, indent=True),
        imprint=add("imprint", BODY_FONTS, IMPRINT_PT, ALIGN.LEFT),
        page_number=page_number,
    )


def _header(document: Any, parts: LetterParts, styles: _Styles) -> None:
    """版头 (7.2, 10.1): the banner in red over the red double rule (thick over thin);
    under it 份号, 密级, 办理类型… on the left and the 发文字号 on the right."""
    for i, text in enumerate(parts.banner):
        p = document.add_paragraph(style=styles.banner)
        size = _banner_size(text)
        run_fonts(p.add_run(xml_text(text)), TITLE_FONTS, size)
        line_spacing(p._p, exact_twips=pt(size * 1.4))
        if i == len(parts.banner) - 1:
            rule = Border(style="thickThinSmallGap", size=18, colour=RED, space=8)
            paragraph_border(p, "bottom", rule)
    if parts.marks or parts.doc_number:
        table = document.add_table(rows=1, cols=2)
        fix_table_widths(table, [PAGE.type_width / 2, PAGE.type_width / 2])
        cell_margins(table, left_mm=0, right_mm=0)
        table_borders(table, {})
        left, right = table.rows[0].cells
        _fill_cell(left, parts.marks, styles.marks)
        _fill_cell(right, parts.doc_number, styles.doc_number)


def _body(document: Any, parts: LetterParts, styles: _Styles) -> None:
    """标题, 主送 and 正文 (7.3.1-7.3.3): a line opening a section sets its marker and
    heading in its level's face, the rest of the line in the body's."""
    if parts.title:
        p = document.add_paragraph(style=styles.title)
        lines = title_lines(parts.title)
        for i, text in enumerate(lines):
            run = p.add_run(xml_text(text))
            if i < len(lines) - 1:
                run.add_break()
    if parts.salutation:
        document.add_paragraph(xml_text(parts.salutation), style=styles.salutation)
    for line in parts.body:
        if line.level is None:
            document.add_paragraph(xml_text(line.text))
            continue
        p = document.add_paragraph(style=styles.headings[min(line.level, 4)])
        p.add_run(xml_text(line.text[: line.head]))
        if line.head == len(line.text):
            p.paragraph_format.keep_with_next = True  # a heading alone stays with its text
        else:
            run_fonts(p.add_run(xml_text(line.text[line.head :])), BODY_FONTS)


_ATTACHMENT_LABEL = "附件："


def _attachments(document: Any, lines: tuple[str, ...], style: Any) -> None:
    """附件说明 (7.3.4): a line below the body, two characters in; each further
    attachment (and a wrapped name) aligned under the first one's name."""
    for i, text in enumerate(lines):
        p = document.add_paragraph(xml_text(text), style=style)
        p.paragraph_format.keep_with_next = True  # with the signature below
        if i == 0:  # the style's first-line indent of two characters
            line_spacing(p._p, exact_twips=LINE, before=LINE)
        else:
            under = 2 + _width(_ATTACHMENT_LABEL)
            indent_chars(p._p, char_pt=BODY_PT, first_line=0, left=under)


def signature_indents(signature: tuple[str, ...], date: str | None) -> tuple[float, float]:
    """Right indents, in characters, of the signature and of the date (7.3.5.2, no seal):
    the signature two characters from the right edge, the date under it starting two
    characters further right; a date longer than the signature sits two from the edge
    and pushes the signature left. Without a signature the date sits four from the edge."""
    sig = max((_width(s) for s in signature), default=0.0)
    day = _width(date) if date else 0.0
    if not signature:
        return 2.0, 4.0
    if date and day > sig:
        return 4 + day - sig, 2.0
    return 2.0, sig - day


def _closing(document: Any, parts: LetterParts, styles: _Styles) -> None:
    """Signature and 成文日期 a line below the text, then the 附注 (7.3.5, 7.3.7). The
    date never stands alone at the top of a page (7.3.5): the signature keeps with it,
    and the text's last paragraph (its last two lines at least) with the signature."""
    sig_right, date_right = signature_indents(parts.signature, parts.date)
    if (parts.signature or parts.date) and document.paragraphs:
        last = document.paragraphs[-1].paragraph_format
        last.keep_with_next = True
        last.widow_control = True
    for i, text in enumerate(parts.signature):
        p = document.add_paragraph(xml_text(text.strip()), style=styles.signature)
        indent_chars(p._p, char_pt=BODY_PT, right=sig_right)
        p.paragraph_format.keep_with_next = bool(parts.date) or i < len(parts.signature) - 1
        if i == 0:
            line_spacing(p._p, exact_twips=LINE, before=LINE)
    if parts.date:
        p = document.add_paragraph(xml_text(parts.date.strip()), style=styles.date)
        indent_chars(p._p, char_pt=BODY_PT, right=date_right)
        if not parts.signature:
            line_spacing(p._p, exact_twips=LINE, before=LINE)
    for text in parts.notes:
        document.add_paragraph(xml_text(text), style=styles.notes)


def _imprint(document: Any, lines: tuple[str, ...], style: Any) -> None:
    """版记 (7.4): 抄送 and 印发 between rules as wide as the type area, thick first and
    last, thin between, a character's space on each side; a 抄送 list's second line
    aligns under its first name; 印发 puts its date at the right."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Mm

    if not lines:
        return
    table = document.add_table(rows=len(lines), cols=1)
    fix_table_widths(table, [PAGE.type_width])
    char_mm = IMPRINT_PT * 25.4 / 72
    cell_margins(table, left_mm=char_mm, right_mm=char_mm)
    thick, thin = Border(size=8), Border(size=6)
    table_borders(table, {"top": thick, "bottom": thick, "insideH": thin})
    float_at_page_foot(table, left_mm=PAGE.left + char_mm)  # from the first cell's text
    anchor = document.add_paragraph(style=style)  # what the floating table hangs from
    line_spacing(anchor._p, exact_twips=pt(1))
    for row, text in zip(table.rows, lines, strict=True):
        p = row.cells[0].paragraphs[0]
        p.style = style
        printed = _IMPRINTED_ON.match(text)
        label = CC_LINE.match(text)
        if printed:
            p.add_run(xml_text(printed.group("org").strip()))
            p.add_run("\t")
            p.add_run(xml_text(printed.group("date").strip()))
            right = Mm(PAGE.type_width - 2 * char_mm)
            p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        else:
            p.add_run(xml_text(text))
        if label and not printed:
            hang = _width(label.group())
            indent_chars(p._p, char_pt=IMPRINT_PT, left=hang, hanging=hang)


def _page_numbers(document: Any, style: Any) -> None:
    """页码 (7.5): — N — under the type area, odd pages right and even pages left, a
    character in from the edge."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN

    section = document.sections[0]
    document.settings.odd_and_even_pages_header_footer = True
    for footer, odd in ((section.footer, True), (section.even_page_footer, False)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.style = style
        p.add_run("— ")
        page_field(p)
        p.add_run(" —")
        p.alignment = ALIGN.RIGHT if odd else ALIGN.LEFT
        if odd:
            indent_chars(p._p, char_pt=PAGE_NUMBER_PT, right=1)
        else:
            indent_chars(p._p, char_pt=PAGE_NUMBER_PT, left=1)


_IMPRINTED_ON = re.compile(r"^(?P<org>.+?)\s*(?P<date>\d{4}年\d{1,2}月\d{1,2}日印发)$")


def _fill_cell(cell: Any, lines: tuple[str, ...], style: Any) -> None:
    """One paragraph per line in ``cell``, the first 7/8 of a character below the rule."""
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
