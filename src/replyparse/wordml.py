"""WordprocessingML that python-docx has no API for, shared by the DOCX writers.

The review report (:mod:`replyparse.report`) and the re-typeset letter
(:mod:`replyparse.typeset`) both need: fonts named per script (Chinese text takes the
``w:eastAsia`` font, not the Latin one), page geometry with a character grid, paragraph
and table borders, run shading, a PAGE field, tables of fixed width, and text that XML
can hold. This module owns those pieces and nothing of either document's content.

python-docx is untyped: its objects are ``Any`` here.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any, Literal

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

TWIPS_PER_MM = 1440 / 25.4
TWIPS_PER_PT = 20

# Characters XML 1.0 cannot hold: C0 controls other than tab, LF and CR; surrogates;
# U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` with every character XML cannot hold replaced by one visible character,
    so offsets are kept: a C0 control by its Unicode control picture (U+240C for a form
    feed), anything else by U+FFFD."""
    return _NOT_XML.sub(_picture, text)


PROPERTY_CHARS = 255
"""The most characters python-docx (and Word's own schema) lets a core property hold."""
REPORT_CATEGORY = "replyparse review report"
"""The ``category`` core property of every review report: readers refuse such a file as a
letter (a report fed back among the letters is not one)."""


def set_properties(document: Any, *, title: str, category: str | None = None) -> None:
    """The core properties replyparse sets: the title (clipped to what a property holds:
    a letter's title has no length limit), the author, and a category when given."""
    text = xml_text(" ".join(title.split()))
    if len(text) > PROPERTY_CHARS:
        text = text[: PROPERTY_CHARS - 1] + "…"
    document.core_properties.title = text
    document.core_properties.author = "replyparse"
    if category is not None:
        document.core_properties.category = category


def _picture(m: re.Match[str]) -> str:
    code = ord(m.group())
    return chr(0x2400 + code) if code < 0x20 else "\ufffd"


def mm(value: float) -> int:
    """Millimetres in twips."""
    return round(value * TWIPS_PER_MM)


def pt(value: float) -> int:
    """Points in twips."""
    return round(value * TWIPS_PER_PT)


# Children of these elements must come in the schema's order (ECMA-376 part 1); Word
# refuses a file where they do not. Each tuple lists the tags an element may hold.
_RPR_ORDER = (
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps",
    "w:strike", "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof",
    "w:snapToGrid", "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern",
    "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd",
    "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
    "w:specVanish", "w:oMath",
)  # fmt: skip
_PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip
_TBLPR_ORDER = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd",
    "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
)  # fmt: skip
_TCPR_ORDER = (
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd",
    "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
)  # fmt: skip


def _child(parent: Any, tag: str, order: tuple[str, ...]) -> Any:
    """``parent``'s ``tag`` child, made and put in its schema place when missing."""
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        _insert(parent, el, order[order.index(tag) + 1 :])
    return el


def _insert(parent: Any, el: Any, later: tuple[str, ...]) -> None:
    """Put ``el`` before the first child of ``parent`` whose tag is in ``later``."""
    names = {qn(t) for t in later}
    for child in parent:
        if child.tag in names:
            child.addprevious(el)
            return
    parent.append(el)


# -- fonts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fonts:
    """The typeface of each script: Chinese characters use ``east_asia``; Latin letters,
    digits and ASCII punctuation use ``latin``."""

    east_asia: str
    latin: str


_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def set_fonts(rpr: Any, fonts: Fonts, size_pt: float | None = None) -> None:
    """Name ``fonts`` on a ``w:rPr`` element (a run's, a style's or the defaults').

    Theme fonts are removed: where both are given, Word uses the theme's.
    """
    rfonts = _child(rpr, "w:rFonts", _RPR_ORDER)
    for attr in _THEME_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:ascii"), fonts.latin)
    rfonts.set(qn("w:hAnsi"), fonts.latin)
    rfonts.set(qn("w:cs"), fonts.latin)
    rfonts.set(qn("w:eastAsia"), fonts.east_asia)
    rfonts.set(qn("w:hint"), "eastAsia")
    if size_pt is not None:
        half_points = str(round(size_pt * 2))
        _child(rpr, "w:sz", _RPR_ORDER).set(qn("w:val"), half_points)
        _child(rpr, "w:szCs", _RPR_ORDER).set(qn("w:val"), half_points)


def style_fonts(style: Any, fonts: Fonts, size_pt: float | None = None) -> None:
    """Name ``fonts`` (and the size) on a python-docx style."""
    set_fonts(style.element.get_or_add_rPr(), fonts, size_pt)


def run_fonts(run: Any, fonts: Fonts, size_pt: float | None = None) -> None:
    """Name ``fonts`` (and the size) on one run, over its style's."""
    set_fonts(run._r.get_or_add_rPr(), fonts, size_pt)


def character_spacing(rpr: Any, points: float) -> None:
    """Space added after each character of a ``w:rPr`` (negative: condensed)."""
    _child(rpr, "w:spacing", _RPR_ORDER).set(qn("w:val"), str(pt(points)))


def snap_to_grid(ppr: Any, snap: bool) -> None:
    """Whether paragraphs with this ``w:pPr`` put their characters on the page's grid."""
    _child(ppr, "w:snapToGrid", _PPR_ORDER).set(qn("w:val"), "1" if snap else "0")


def document_defaults(document: Any, fonts: Fonts, size_pt: float) -> None:
    """Fonts, size and Chinese language of ``w:docDefaults``, so every style without
    fonts of its own (tables, footers) renders Chinese with ``fonts.east_asia``."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    set_fonts(rpr, fonts, size_pt)
    lang = _child(rpr, "w:lang", _RPR_ORDER)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    spacing = ppr.find(qn("w:spacing"))
    if spacing is not None:
        ppr.remove(spacing)  # the template's 10 pt after each paragraph


# -- page ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """A page's size and margins in millimetres, and an optional character grid."""

    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float
    header: float = 10.0
    footer: float = 10.0
    lines: int | None = None
    """Lines per page of the grid (GB/T 9704: 22); None for no grid."""
    chars: int | None = None
    """Characters per line of the grid (GB/T 9704: 28)."""

    @property
    def type_width(self) -> float:
        """Width of the type area (版心) in millimetres."""
        return self.width - self.left - self.right

    @property
    def type_height(self) -> float:
        return self.height - self.top - self.bottom

    def line_pitch(self) -> int:
        """Twips from one grid line to the next, rounded down: ``lines`` of them must fit
        (LibreOffice puts only 21 lines of 580 twips in 225 mm)."""
        if not self.lines:
            raise ValueError("this page has no line grid")
        return mm(self.type_height) // self.lines


def set_page(section: Any, page: Page, *, grid_font_pt: float) -> None:
    """Size, margins and grid of a section; ``grid_font_pt`` is the Normal style's size,
    from which Word counts the grid's character pitch."""
    sect = section._sectPr
    pg_sz = sect.find(qn("w:pgSz"))
    pg_sz.set(qn("w:w"), str(mm(page.width)))
    pg_sz.set(qn("w:h"), str(mm(page.height)))
    pg_mar = sect.find(qn("w:pgMar"))
    for attr, value in (
        ("w:top", page.top),
        ("w:bottom", page.bottom),
        ("w:left", page.left),
        ("w:right", page.right),
        ("w:header", page.header),
        ("w:footer", page.footer),
        ("w:gutter", 0.0),
    ):
        pg_mar.set(qn(attr), str(mm(value)))
    grid = sect.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect.append(grid)
    if page.lines and page.chars:
        grid.set(qn("w:type"), "linesAndChars")
        grid.set(qn("w:linePitch"), str(page.line_pitch()))
        pitch_pt = mm(page.type_width) / page.chars / TWIPS_PER_PT
        # ECMA-376 17.6.5: the pitch's difference from the Normal font size, × 4096
        grid.set(qn("w:charSpace"), str(round((pitch_pt - grid_font_pt) * 4096)))
    elif page.lines:
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), str(page.line_pitch()))


# -- borders, shading, fields ----------------------------------------------------------------

BorderStyle = Literal["single", "thickThinSmallGap", "thinThickSmallGap", "double"]
Side = Literal["top", "bottom", "left", "right"]


@dataclass(frozen=True)
class Border:
    """One border line: ``size`` in eighths of a point, ``space`` in points."""

    style: BorderStyle = "single"
    size: int = 4
    colour: str = "000000"
    space: int = 0


def _border_element(side: str, border: Border) -> Any:
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), border.style)
    el.set(qn("w:sz"), str(border.size))
    el.set(qn("w:space"), str(border.space))
    el.set(qn("w:color"), border.colour)
    return el


_PBDR_ORDER = ("w:top", "w:left", "w:bottom", "w:right", "w:between", "w:bar")


def paragraph_border(paragraph: Any, side: Side, border: Border) -> None:
    """A border line on one side of a paragraph (the red rule under the banner)."""
    pbdr = _child(paragraph._p.get_or_add_pPr(), "w:pBdr", _PPR_ORDER)
    old = pbdr.find(qn(f"w:{side}"))
    if old is not None:
        pbdr.remove(old)
    _insert(pbdr, _border_element(side, border), _PBDR_ORDER[_PBDR_ORDER.index(f"w:{side}") + 1 :])


_TABLE_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")


def table_borders(table: Any, borders: dict[str, Border]) -> None:
    """The borders of a whole table, by side (``top``, ``insideH``…); a side not named
    draws nothing."""
    tbl_pr = table._tbl.tblPr
    old = tbl_pr.find(qn("w:tblBorders"))
    if old is not None:
        tbl_pr.remove(old)
    el = _child(tbl_pr, "w:tblBorders", _TBLPR_ORDER)
    for side in _TABLE_SIDES:
        border = borders.get(side)
        if border is None:
            none = OxmlElement(f"w:{side}")
            none.set(qn("w:val"), "nil")
            el.append(none)
        else:
            el.append(_border_element(side, border))


def shade(run: Any, fill: str) -> None:
    """A background colour (hex ``RRGGBB``) behind one run: how items are highlighted."""
    shd = _child(run._r.get_or_add_rPr(), "w:shd", _RPR_ORDER)
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)


def run_fill(run: Any) -> str | None:
    """The background colour a run was given by :func:`shade`, or None."""
    shd = run._r.find(f"{qn('w:rPr')}/{qn('w:shd')}")
    return None if shd is None else str(shd.get(qn("w:fill")))


UnderlineStyle = Literal["single", "thick", "double", "wave", "dotted"]


def underline(run: Any, colour: str, style: UnderlineStyle = "thick") -> None:
    """An underline of ``style`` in ``colour`` (LibreOffice draws no wavy line over
    shading, so a diagnostic is marked with a thick one)."""
    u = _child(run._r.get_or_add_rPr(), "w:u", _RPR_ORDER)
    u.set(qn("w:val"), style)
    u.set(qn("w:color"), colour)


def run_underline(run: Any) -> str | None:
    """The underline style of a run (``thick`` for a diagnostic), or None."""
    u = run._r.find(f"{qn('w:rPr')}/{qn('w:u')}")
    return None if u is None else str(u.get(qn("w:val")))


def ink(run: Any, colour: str) -> None:
    """Characters of ``colour``, dotted underneath in it: a mark that shows over any
    shading (an :func:`underline` given after it takes the line's place). Emphasis dots
    (``w:em``, 着重号) would be the Chinese way, but LibreOffice draws none of them and
    leaves their room under the line, so the shading's lower edge goes ragged."""
    rpr = run._r.get_or_add_rPr()
    _child(rpr, "w:color", _RPR_ORDER).set(qn("w:val"), colour)
    u = _child(rpr, "w:u", _RPR_ORDER)
    u.set(qn("w:val"), "dotted")
    u.set(qn("w:color"), colour)


def run_colour(run: Any) -> str | None:
    """The colour of a run's characters, when it has one of its own (:func:`ink`)."""
    colour = run._r.find(f"{qn('w:rPr')}/{qn('w:color')}")
    return None if colour is None else str(colour.get(qn("w:val")))


def cell_fill(cell: Any, fill: str) -> None:
    """A background colour for a table cell (the legend's swatches, header rows)."""
    shd = _child(cell._tc.get_or_add_tcPr(), "w:shd", _TCPR_ORDER)
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)


def page_field(paragraph: Any) -> Any:
    """Append a PAGE field (the current page number) to ``paragraph``; returns its run."""
    run = paragraph.add_run()
    r = run._r
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, separate, shown, end):
        r.append(el)
    return run


def outline_level(style: Any, level: int) -> None:
    """Give a paragraph style an outline level (0 is the top), so Word's navigation pane
    lists paragraphs of that style."""
    _child(style.element.get_or_add_pPr(), "w:outlineLvl", _PPR_ORDER).set(qn("w:val"), str(level))


def indent_chars(
    owner: Any,
    *,
    char_pt: float,
    first_line: float | None = None,
    hanging: float | None = None,
    left: float | None = None,
    right: float | None = None,
) -> None:
    """Indents of a paragraph or style element (``owner`` has a ``w:pPr``) counted in
    characters (``w:firstLineChars``…, in hundredths), with the same amounts in twips for
    applications that ignore the character units. Only the indents given are set; a 0
    overrides the style's."""
    ind = _child(owner.get_or_add_pPr(), "w:ind", _PPR_ORDER)
    for name, chars in (
        ("firstLine", first_line),
        ("hanging", hanging),
        ("left", left),
        ("right", right),
    ):
        if chars is not None:
            ind.set(qn(f"w:{name}Chars"), str(round(chars * 100)))
            ind.set(qn(f"w:{name}"), str(pt(chars * char_pt)))


def line_spacing(owner: Any, *, exact_twips: int, before: int = 0, after: int = 0) -> None:
    """Exact line spacing and space before and after (all in twips) of a paragraph or a
    style element: lines stay on the page's grid whatever the font."""
    spacing = _child(owner.get_or_add_pPr(), "w:spacing", _PPR_ORDER)
    spacing.set(qn("w:before"), str(before))
    spacing.set(qn("w:after"), str(after))
    spacing.set(qn("w:line"), str(exact_twips))
    spacing.set(qn("w:lineRule"), "exact")


# -- tables -----------------------------------------------------------------------------------


def fix_table_widths(table: Any, widths_mm: list[float]) -> None:
    """Fixed layout, one width per column: the table keeps exactly these widths whatever
    the cells hold, so it never runs past the type area."""
    tbl_pr = table._tbl.tblPr
    table.autofit = False  # w:tblLayout fixed
    tbl_w = _child(tbl_pr, "w:tblW", _TBLPR_ORDER)
    tbl_w.set(qn("w:w"), str(sum(mm(w) for w in widths_mm)))
    tbl_w.set(qn("w:type"), "dxa")
    for col, width in zip(table.columns, widths_mm, strict=True):
        emu = mm(width) * 635  # python-docx lengths are EMU: 635 per twip
        col.width = emu
        for cell in col.cells:
            cell.width = emu


def float_at_page_foot(table: Any, *, left_mm: float) -> None:
    """Float ``table`` at the foot of the type area: its last line on the page's last
    line, wherever the text above it ends (``w:tblpPr`` aligned to the bottom margin),
    the text of its first cell ``left_mm`` from the page's edge (a table is placed by
    its text, its border a cell margin further left). It is placed from the page, not
    the margin: LibreOffice 7.4 sets a floating table as wide as the type area inline,
    where the text ends, unless it is placed from the page. Text never runs under it,
    and the table needs a paragraph after it to hang from."""
    tbl_pr = table._tbl.tblPr
    place = _child(tbl_pr, "w:tblpPr", _TBLPR_ORDER)
    for side in ("left", "right", "top", "bottom"):
        place.set(qn(f"w:{side}FromText"), "0")
    place.set(qn("w:vertAnchor"), "margin")
    place.set(qn("w:horzAnchor"), "page")
    place.set(qn("w:tblpX"), str(mm(left_mm)))
    place.set(qn("w:tblpYSpec"), "bottom")
    _child(tbl_pr, "w:tblOverlap", _TBLPR_ORDER).set(qn("w:val"), "never")


def repeat_header(row: Any) -> None:
    """Repeat this (first) table row at the top of each page the table runs onto."""
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:tblHeader")) is None:
        tr_pr.append(OxmlElement("w:tblHeader"))


def cell_margins(table: Any, *, left_mm: float, right_mm: float) -> None:
    """Left and right margins of every cell of ``table``."""
    mar = _child(table._tbl.tblPr, "w:tblCellMar", _TBLPR_ORDER)
    for side, value in (("left", left_mm), ("right", right_mm)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(mm(value)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)


APPLICATION = "replyparse"
"""The application a Word file replyparse writes names in its extended properties
(``docProps/app.xml``), in place of python-docx's template's ``Microsoft Macintosh
Word``: no word processor made it, and every one that saves the file puts its own name
there, which tells a report edited since from one as written
(:func:`replyparse.writers.replyparse_document`)."""
_TEMPLATE_APPLICATION = b"<Application>Microsoft Macintosh Word</Application>"

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
"""The date of every part in the package: the earliest a zip entry can hold."""
_DATES = ("dcterms:created", "dcterms:modified", "cp:lastPrinted")


def to_bytes(document: Any) -> bytes:
    """The document as the bytes of a ``.docx`` file: the same document gives the same
    bytes, whenever and wherever it is saved. The core properties hold no dates (python-
    docx's template would say 2013, which is no truer than none), and every part of the
    package is dated :data:`ZIP_EPOCH` (python-docx stamps the time of saving). The
    application named is :data:`APPLICATION`."""
    core = document.core_properties._element
    for tag in _DATES:
        for el in core.findall(qn(tag)):
            core.remove(el)
    saved = io.BytesIO()
    document.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            part = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            part.compress_type = zipfile.ZIP_DEFLATED
            part.create_system = 0  # as on Windows, whatever system wrote it
            data = src.read(info)
            if info.filename == "docProps/app.xml":
                ours = f"<Application>{APPLICATION}</Application>".encode()
                data = data.replace(_TEMPLATE_APPLICATION, ours)
            dst.writestr(part, data)
    return out.getvalue()
