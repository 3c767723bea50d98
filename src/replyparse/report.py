"""The review report: one Word document per letter, for a clerk checking the extraction.

:func:`report_docx` turns a record into the report, in this order: a title and the
legend of highlight colours; a table of the header fields (issuer, 发文字号, 办理类型,
是否公开, title, the proposal answered, addressees, signature, 抄送, the source file and
its SHA-256); the section outline as Word headings (a section of level *n* is a
``Heading n+1`` under the report's own ``Heading 1``, so Word's navigation pane shows the
letter's tree); tables of amounts (with their total), dates, contacts and references;
the diagnostics, each with its code and the line it points at; and the full letter text
with every extracted item shaded in its field's colour and every diagnostic underlined
in red.

:data:`HIGHLIGHTS` is the one place that says which fields are shaded, in which colour,
and where their spans are: a field whose spans the record gains is one more line there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from replyparse.model import Letter, Section, Span
from replyparse.wordml import (
    Border,
    Fonts,
    Page,
    cell_fill,
    document_defaults,
    fix_table_widths,
    indent_chars,
    line_spacing,
    pt,
    repeat_header,
    run_fonts,
    set_page,
    shade,
    style_fonts,
    table_borders,
    to_bytes,
    underline,
    xml_text,
)


def _heads(letter: Letter) -> list[Span]:
    """A section's marker and heading, where the heading is written at its text's start."""
    out: list[Span] = []
    text = letter.text or ""
    for s in _flatten(letter.sections):
        end = s.span[0]
        if text.startswith(s.heading, end):
            end += len(s.heading)
        out.append((s.extent[0], end))
    return out


def _one(span: Span | None) -> list[Span]:
    return [] if span is None else [span]


def _doc_number_span(letter: Letter) -> Span | None:
    return letter.doc_number.span if letter.doc_number is not None else None


@dataclass(frozen=True)
class Highlight:
    """A field shaded in the letter text: its legend label, colour and spans."""

    field: str
    label: str
    fill: str
    spans: Callable[[Letter], list[Span]]


HIGHLIGHTS: tuple[Highlight, ...] = (
    Highlight("sections", "层次标题", "D9D9D9", _heads),
    Highlight("addressees", "主送", "F4B6C2", lambda r: [a.span for a in r.addressees if a.span]),
    Highlight("contacts", "联系人", "A9D08E", lambda r: [c.span for c in r.contacts if c.span]),
    Highlight("doc_number", "发文字号", "9DC3E6", lambda r: _one(_doc_number_span(r))),
    Highlight("references", "引用文件", "B4A7D6", lambda r: [x.span for x in r.references]),
    Highlight("dates", "日期", "FFE699", lambda r: [d.span for d in r.dates]),
    Highlight("amounts", "金额", "F8CBAD", lambda r: [a.span for a in r.amounts]),
)  # fmt: skip
"""Shaded in this order: where spans overlap, the later field's colour shows (a date
inside a section heading shows as a date)."""

DIAGNOSTIC_COLOUR = "C00000"
"""Diagnostics are underlined (thick) in this colour in the letter text."""
DIAGNOSTIC_FILL = "FF9999"
"""The part of its line a diagnostic points at, in the diagnostics table."""

PAGE = Page(width=210, height=297, top=20, bottom=20, left=20, right=20)
FONTS = Fonts("宋体", "Times New Roman")
HEADING_FONTS = Fonts("黑体", "Arial")
BODY_PT = 10.5  # 五号
TABLE_PT = 9.0  # 小五
LINE_NUMBER_STYLE = "行号"
"""The character style of the line numbers before each line of the letter text."""
LABEL_FILL = "F2F2F2"


# -- painting the letter text (pure) ------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """A stretch of one line of the letter text with one look: the highlight that shows
    there (an index into :data:`HIGHLIGHTS`, or None) and whether a diagnostic points
    at it. ``start`` is an offset into the letter text."""

    start: int
    text: str
    highlight: int | None
    diagnostic: bool


def paint(letter: Letter) -> list[list[Piece]]:
    """The letter text, line by line, cut where the highlight or the diagnostic mark
    changes. Spans past the text's end are clipped; a diagnostic with an empty span
    marks the character it points at."""
    text = letter.text or ""
    n = len(text)
    colour: list[int | None] = [None] * n
    for index, field in enumerate(HIGHLIGHTS):
        for start, end in field.spans(letter):
            for k in range(max(start, 0), min(end, n)):
                colour[k] = index
    marked = [False] * n
    for d in letter.diagnostics:
        if d.span is None:
            continue
        start, end = d.span
        for k in range(max(start, 0), min(max(end, start + 1), n)):
            marked[k] = True
    lines: list[list[Piece]] = []
    pos = 0
    for line in text.split("\n"):
        pieces: list[Piece] = []
        k = pos
        end = pos + len(line)
        while k < end:
            j = k + 1
            while j < end and colour[j] == colour[k] and marked[j] == marked[k]:
                j += 1
            pieces.append(Piece(k, text[k:j], colour[k], marked[k]))
            k = j
        lines.append(pieces)
        pos = end + 1
    return lines


def _flatten(sections: list[Section]) -> list[Section]:
    out: list[Section] = []
    for s in sections:
        out.append(s)
        out.extend(_flatten(s.children))
    return out


def _walk(sections: list[Section], path: tuple[Section, ...] = ()) -> Iterator[tuple[Section, ...]]:
    for s in sections:
        yield (*path, s)
        yield from _walk(s.children, (*path, s))


def section_of(letter: Letter, span: Span) -> tuple[Section, ...]:
    """The chain of sections, outermost first, whose extent holds ``span``'s start."""
    best: tuple[Section, ...] = ()
    for chain in _walk(letter.sections):
        start, end = chain[-1].extent
        if start <= span[0] < end and len(chain) > len(best):
            best = chain
    return best


def line_of(text: str, offset: int) -> tuple[int, int, int]:
    """The 1-based line number of ``offset`` in ``text``, and that line's start and end."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text.count("\n", 0, start) + 1, start, len(text) if end < 0 else end


# -- formatting values ------------------------------------------------------------------------


def yuan(value: float | Decimal | None) -> str:
    """An amount in yuan with thousands separators and two decimals."""
    if value is None:
        return ""
    return f"{Decimal(str(value)):,.2f}"


def _dash(value: object) -> str:
    return "—" if value is None or value == "" or value == [] else str(value)


_PRECISION = {"day": "日", "month": "月", "year": "年"}
_KIND = {"doc_number": "发文字号", "title": "文件标题"}


# -- the document ---------------------------------------------------------------------------


def report_docx(letter: Letter) -> bytes:
    """The review report of one record, as the bytes of a ``.docx`` file."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import RGBColor

    document = docx.Document()
    document.core_properties.title = xml_text(f"审阅报告：{letter.title or _source_name(letter)}")
    document.core_properties.author = "replyparse"
    document_defaults(document, FONTS, BODY_PT)
    set_page(document.sections[0], PAGE, grid_font_pt=BODY_PT)
    styles = document.styles
    style_fonts(styles["Normal"], FONTS, BODY_PT)
    for name in ("Title", *(f"Heading {n}" for n in range(1, 10))):
        style_fonts(styles[name], HEADING_FONTS)
        styles[name].font.italic = False  # the template slants the lower levels
    line_no = styles.add_style(LINE_NUMBER_STYLE, WD_STYLE_TYPE.CHARACTER)
    style_fonts(line_no, Fonts("Arial", "Arial"), 7)
    line_no.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    document.add_heading("答复函抽取审阅报告", level=0)
    document.add_paragraph(xml_text(f"来源：{_source_name(letter)}"))
    _legend(document, letter)
    _header_table(document, letter)
    _outline(document, letter)
    _amounts(document, letter)
    _dates(document, letter)
    _contacts(document, letter)
    _references(document, letter)
    _diagnostics(document, letter)
    _full_text(document, letter)
    return to_bytes(document)


def _source_name(letter: Letter) -> str:
    return letter.source.path if letter.source is not None else "（未记录）"


def _table(document: Any, header: list[str], widths: list[float], fill: str = LABEL_FILL) -> Any:
    table = document.add_table(rows=1, cols=len(header))
    fix_table_widths(table, widths)
    line = Border(size=4, colour="A6A6A6")
    table_borders(
        table,
        {s: line for s in ("top", "left", "bottom", "right", "insideH", "insideV")},
    )
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        _cell_text(cell, text, bold=True)
        cell_fill(cell, fill)
    repeat_header(table.rows[0])
    return table


def _cell_text(cell: Any, text: str, *, bold: bool = False) -> Any:
    p = cell.paragraphs[0]
    line_spacing(p._p, exact_twips=pt(TABLE_PT * 1.5))  # Latin and Chinese rows alike
    run = p.add_run(xml_text(text))
    run_fonts(run, FONTS, TABLE_PT)
    run.bold = bold or None
    return p


def _row(table: Any, values: list[str]) -> list[Any]:
    cells = table.add_row().cells
    for cell, value in zip(cells, values, strict=True):
        _cell_text(cell, value)
    return list(cells)


def _none(document: Any, what: str) -> None:
    document.add_paragraph(f"（没有{what}）")


def _legend(document: Any, letter: Letter) -> None:
    document.add_paragraph("全文中各抽取项的底色（重叠处以表中靠后者为准）：")
    table = _table(document, ["颜色", "字段", "处数"], [20, 60, 20])
    for field in HIGHLIGHTS:
        cells = _row(table, ["", field.label, str(len(field.spans(letter)))])
        cell_fill(cells[0], field.fill)
    cells = _row(table, ["诊断", "诊断（红色粗下划线）", str(len(letter.diagnostics))])
    for run in cells[0].paragraphs[0].runs:
        underline(run, DIAGNOSTIC_COLOUR)


def _fill_of(field: str) -> str:
    for h in HIGHLIGHTS:
        if h.field == field:
            return h.fill
    return LABEL_FILL


def _header_table(document: Any, letter: Letter) -> None:
    document.add_heading("版头与落款", level=1)
    proposal = letter.proposal
    source = letter.source
    public = None if letter.public is None else ("是" if letter.public else "否")
    rows: list[tuple[str, str, str]] = [
        ("发文机关", "issuer", _dash(letter.issuer)),
        ("发文字号", "doc_number", _dash(letter.doc_number.text if letter.doc_number else None)),
        ("办理类型", "handling_type", _dash(letter.handling_type)),
        ("是否公开", "public", _dash(public)),
        ("标题", "title", _dash(letter.title)),
        ("所答类别", "proposal", _dash(proposal.kind if proposal else None)),
        ("所答编号", "proposal", _dash(proposal.number if proposal else None)),
        ("所答会议", "proposal", _dash(proposal.session if proposal else None)),
        ("所答题目", "proposal", _dash(proposal.title if proposal else None)),
        (
            "主送",
            "addressees",
            _dash(
                "、".join(a.name + (f"（{a.role}）" if a.role else "") for a in letter.addressees)
            ),
        ),
        ("署名", "signature", _dash(letter.signature.issuer)),
        ("成文日期", "signature", _dash(letter.signature.date)),
        ("抄送", "cc", _dash("，".join(letter.cc))),
        ("来源文件", "source", _dash(source.path if source else None)),
        ("格式", "source", _dash(source.format if source else None)),
        ("SHA-256", "source", _dash(source.sha256 if source else None)),
    ]
    table = _table(document, ["项目", "抽取结果"], [32, PAGE.type_width - 32])
    for label, field, value in rows:
        cells = _row(table, [label, value])
        cell_fill(cells[0], _fill_of(field))


def _outline(document: Any, letter: Letter) -> None:
    document.add_heading("正文结构", level=1)
    if not letter.sections:
        _none(document, "识别出的层次")
        return
    for chain in _walk(letter.sections):
        s = chain[-1]
        p = document.add_heading(xml_text(f"{s.marker}{s.heading}"), level=min(s.level + 1, 9))
        p.paragraph_format.keep_with_next = False  # an outline of headings only: no chain


def _place(letter: Letter, span: Span) -> str:
    chain = section_of(letter, span)
    if not chain:
        return "（层次之外）"
    heading = chain[-1].heading
    short = heading if len(heading) <= 14 else heading[:14] + "…"
    return "".join(s.marker for s in chain) + " " + short


def _amounts(document: Any, letter: Letter) -> None:
    document.add_heading("金额", level=1)
    if not letter.amounts:
        _none(document, "金额")
        return
    fill = _fill_of("amounts")
    table = _table(
        document,
        ["原文", "金额（元）", "区间终值（元）", "约数", "所在层次"],
        [36, 32, 32, 12, 58],
        fill,
    )
    total = Decimal(0)
    for a in letter.amounts:
        total += Decimal(str(a.value))
        _row(
            table,
            [
                a.text,
                yuan(a.value),
                yuan(a.end),
                "是" if a.approximate else "",
                _place(letter, a.span),
            ],
        )
    cells = _row(table, ["合计（区间按起值）", yuan(total), "", "", f"共 {len(letter.amounts)} 处"])
    for cell in cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True


def _dates(document: Any, letter: Letter) -> None:
    document.add_heading("日期", level=1)
    if not letter.dates:
        _none(document, "日期")
        return
    table = _table(
        document, ["原文", "ISO 值", "精度", "推断"], [60, 60, 20, 30], _fill_of("dates")
    )
    for d in letter.dates:
        value = d.value if d.end is None else f"{d.value} 至 {d.end}"
        _row(
            table,
            [d.text, value, _PRECISION.get(d.precision, d.precision), "是" if d.inferred else ""],
        )


def _contacts(document: Any, letter: Letter) -> None:
    document.add_heading("联系人", level=1)
    if not letter.contacts:
        _none(document, "联系人")
        return
    table = _table(document, ["姓名", "电话", "单位"], [35, 45, 90], _fill_of("contacts"))
    for c in letter.contacts:
        _row(table, [_dash(c.name), _dash(c.phone), _dash(c.org)])


def _references(document: Any, letter: Letter) -> None:
    document.add_heading("引用文件", level=1)
    if not letter.references:
        _none(document, "引用文件")
        return
    table = _table(document, ["类型", "原文"], [30, 140], _fill_of("references"))
    for r in letter.references:
        _row(table, [_KIND.get(r.kind, r.kind), r.text])


def _diagnostics(document: Any, letter: Letter) -> None:
    document.add_heading("诊断", level=1)
    if not letter.diagnostics:
        _none(document, "诊断")
        return
    text = letter.text
    table = _table(document, ["代码", "级别", "行", "说明与所指之处"], [40, 18, 12, 100])
    for d in letter.diagnostics:
        where = "—"
        if d.span is not None and text is not None:
            where = str(line_of(text, min(d.span[0], len(text)))[0])
        cells = _row(table, [str(d.code), str(d.severity), where, d.message])
        if d.span is None or text is None:
            continue
        _, start, end = line_of(text, min(d.span[0], len(text)))
        a, b = max(d.span[0], start), min(max(d.span[1], d.span[0] + 1), end)
        p = cells[3].add_paragraph()
        for piece, marked in ((text[start:a], False), (text[a:b], True), (text[b:end], False)):
            if not piece:
                continue
            run = p.add_run(xml_text(piece))
            run_fonts(run, FONTS, TABLE_PT)
            if marked:
                shade(run, DIAGNOSTIC_FILL)


def _full_text(document: Any, letter: Letter) -> None:
    document.add_heading("全文", level=1)
    if letter.text is None:
        document.add_paragraph(
            "记录中没有信函正文（以 --no-text 写出），无法标出各项在文中的位置。"
        )
        return
    for number, pieces in enumerate(paint(letter), start=1):
        p = document.add_paragraph()
        indent_chars(p._p, char_pt=BODY_PT, left=3, hanging=3)
        p.add_run(f"{number}\t", style=LINE_NUMBER_STYLE)
        for piece in pieces:
            run = p.add_run(xml_text(piece.text))
            if piece.highlight is not None:
                shade(run, HIGHLIGHTS[piece.highlight].fill)
            if piece.diagnostic:
                underline(run, DIAGNOSTIC_COLOUR)
