"""The review report: one Word document per letter, for a clerk checking the extraction.

:func:`report_docx` turns a record into the report, in this order: a title and the
legend of highlight colours; a table of the header fields (issuer, 发文字号, 办理类型,
是否公开, title, the proposal answered, salutation, addressees, signature, 抄送, keywords,
the source file and its SHA-256); the section outline as Word headings (a section of
level *n* is a ``Heading n+1`` under the report's own ``Heading 1``, so Word's navigation
pane shows the letter's tree); tables of amounts (with their total), dates, contacts and
references; the diagnostics, each with its code and the line it points at; and the full
letter text with every extracted item shaded in its field's colour, the keywords in blue
and dotted underneath over any shading, and every diagnostic underlined in red.

:data:`HIGHLIGHTS` is the one place that says which fields are marked, how, in which
colour, and where their spans are: a field whose spans the record gains is one more line
there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, get_args

from replyparse.letter_parts import all_sections
from replyparse.model import Letter, Section, Span
from replyparse.wordml import (
    REPORT_CATEGORY,
    Border,
    Fonts,
    Page,
    cell_fill,
    document_defaults,
    fix_table_widths,
    indent_chars,
    ink,
    line_spacing,
    pt,
    repeat_header,
    run_fonts,
    set_page,
    set_properties,
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
    for s in all_sections(letter.sections):
        end = s.span[0]
        if text.startswith(s.heading, end):
            end += len(s.heading)
        out.append((s.extent[0], end))
    return out


def _at(path: str) -> Callable[[Letter], list[Span]]:
    """The one span at ``path`` in the record (``signature.date_span``), or none when
    it, or an object on the way (a null ``proposal``), is null."""
    names = path.split(".")

    def spans(letter: Letter) -> list[Span]:
        value: Any = letter
        for name in names:
            if value is None:
                break
            value = getattr(value, name)
        return [] if value is None else [value]

    return spans


def _items(name: str) -> Callable[[Letter], list[Span]]:
    """The spans of the items of one of the record's lists (``dates``, ``contacts``…)."""

    def spans(letter: Letter) -> list[Span]:
        items: list[Any] = getattr(letter, name)
        return [item.span for item in items if item.span is not None]

    return spans


Mark = Literal["shade", "ink"]
"""How a field is marked in the letter text: ``shade``, a background colour (where two
overlap, one shows); ``ink``, the characters' colour with a dotted line under them,
which show over any shading."""
Group = Literal["版头", "所答建议", "主送", "正文", "文末"]
"""Where a field stands in a letter: the rows of the legend."""


@dataclass(frozen=True)
class Highlight:
    """A field marked in the letter text: the record's key (dotted below the top level),
    its legend label and group, its colour, how it is marked, and its spans."""

    field: str
    label: str
    group: Group
    colour: str
    spans: Callable[[Letter], list[Span]]
    mark: Mark = "shade"


HIGHLIGHTS: tuple[Highlight, ...] = (
    # whole lines and long stretches first: the items inside them show over them
    Highlight("sections", "层次标题", "正文", "D9D9D9", _heads),
    Highlight("title", "标题", "版头", "DDEBF7", _at("title_span")),
    Highlight("salutation", "称谓", "主送", "FCE4EC", _at("salutation_span")),
    Highlight("signature.issuer", "署名", "文末", "E2D3F0", _at("signature.issuer_span")),
    Highlight("cc", "抄送", "文末", "FCE4D6", lambda r: list(r.cc_spans)),
    Highlight("contacts", "联系人", "文末", "A9D08E", _items("contacts")),
    Highlight("references", "引用文件", "正文", "B4A7D6", _items("references")),
    Highlight("proposal.title", "所答题目", "所答建议", "FFF6CC", _at("proposal.title_span")),
    # then the short values, some of which stand inside those
    Highlight("proposal.session", "所答会议", "所答建议", "A8E0B8", _at("proposal.session_span")),
    Highlight("proposal.number", "所答编号", "所答建议", "FFB570", _at("proposal.number_span")),
    Highlight("proposal.kind", "所答类别", "所答建议", "F5A3D9", _at("proposal.kind_span")),
    Highlight("issuer", "发文机关", "版头", "7FD0C2", _at("issuer_span")),
    Highlight("doc_number", "发文字号", "版头", "9DC3E6", _at("doc_number.span")),
    Highlight("handling_type", "办理类型", "版头", "C5E17A", _at("handling_type_span")),
    Highlight("public", "是否公开", "版头", "E5D3B3", _at("public_span")),
    Highlight("addressees", "主送", "主送", "F4B6C2", _items("addressees")),
    Highlight("dates", "日期", "正文", "FFE699", _items("dates")),
    Highlight("signature.date", "成文日期", "文末", "FFC000", _at("signature.date_span")),
    Highlight("amounts", "金额", "正文", "F8CBAD", _items("amounts")),
    Highlight("keywords", "关键词", "正文", "1F4E9C", lambda r: list(r.keyword_spans), "ink"),
)  # fmt: skip
"""Marked in this order: where shaded spans overlap, the later field's colour shows, so an
item shows inside the line that holds it (an addressee in the salutation, the proposal's
number in the title, a date in a section heading); where two fields hold the same span,
the more telling one shows (the issuer read from the signature as the issuer, the
成文日期 as the letter's date rather than one of its dates). Keywords are inked, over
any shading."""

GROUPS: tuple[Group, ...] = get_args(Group)
"""The legend's rows, in the order of a letter."""

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
    """A stretch of one line of the letter text with one look: the shading that shows
    there and the ink (each an index into :data:`HIGHLIGHTS`, or None), and whether a
    diagnostic points at it. ``start`` is an offset into the letter text."""

    start: int
    text: str
    highlight: int | None
    ink: int | None
    diagnostic: bool


def paint(letter: Letter) -> list[list[Piece]]:
    """The letter text, line by line, cut where the shading, the ink or the diagnostic
    mark changes. Spans past the text's end are clipped; a diagnostic with an empty span
    marks the character it points at."""
    text = letter.text or ""
    n = len(text)
    colour: list[int | None] = [None] * n
    ink: list[int | None] = [None] * n
    for index, field in enumerate(HIGHLIGHTS):
        layer = colour if field.mark == "shade" else ink
        for start, end in field.spans(letter):
            for k in range(max(start, 0), min(end, n)):
                layer[k] = index
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
            while (
                j < end and colour[j] == colour[k] and ink[j] == ink[k] and marked[j] == marked[k]
            ):
                j += 1
            pieces.append(Piece(k, text[k:j], colour[k], ink[k], marked[k]))
            k = j
        lines.append(pieces)
        pos = end + 1
    return lines


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
    set_properties(
        document,
        title=f"审阅报告：{letter.title or _source_name(letter)}",
        category=REPORT_CATEGORY,
    )
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


LEGEND_GROUP_MM = 22.0
LEGEND_SWATCH_MM = 6.0
LEGEND_SAMPLE = "字"
"""The character a legend swatch shows an inked field's (or a diagnostic's) mark on."""


def _legend(document: Any, letter: Letter) -> None:
    """One row per group of fields (版头, 所答建议…), each field a swatch and its label
    with the number of its spans; the diagnostics last."""
    document.add_paragraph(
        "全文中各抽取项的标记，项名后为其在全文中的处数。底色重叠处显示靠内的一项"
        "（如称谓中的主送、标题中的所答编号）；关键词为蓝字、蓝色点状下划线，诊断为红色粗下划线。"
    )
    rows = [(g, [h for h in HIGHLIGHTS if h.group == g]) for g in GROUPS]
    per_row = max(len(fields) for _, fields in rows)
    label_mm = (PAGE.type_width - LEGEND_GROUP_MM) / per_row - LEGEND_SWATCH_MM
    table = document.add_table(rows=len(rows) + 1, cols=1 + 2 * per_row)
    fix_table_widths(table, [LEGEND_GROUP_MM, *[LEGEND_SWATCH_MM, label_mm] * per_row])
    line = Border(size=4, colour="A6A6A6")
    table_borders(table, {s: line for s in ("top", "left", "bottom", "right", "insideH")})
    for row, (group, fields) in zip(table.rows, rows, strict=False):
        cells = row.cells
        _cell_text(cells[0], group, bold=True)
        cell_fill(cells[0], LABEL_FILL)
        for i, field in enumerate(fields):
            swatch, label = cells[1 + 2 * i], cells[2 + 2 * i]
            if field.mark == "shade":
                cell_fill(swatch, field.colour)
            else:
                ink(_cell_text(swatch, LEGEND_SAMPLE).runs[0], field.colour)
            _cell_text(label, f"{field.label} {len(field.spans(letter))}")
    cells = table.rows[-1].cells
    _cell_text(cells[0], "诊断", bold=True)
    cell_fill(cells[0], LABEL_FILL)
    underline(_cell_text(cells[1], LEGEND_SAMPLE).runs[0], DIAGNOSTIC_COLOUR)
    _cell_text(cells[2], f"诊断 {len(letter.diagnostics)}")


def _fill_of(field: str) -> str:
    """The shading of ``field`` (a key of :data:`HIGHLIGHTS`), else the label grey."""
    for h in HIGHLIGHTS:
        if h.field == field and h.mark == "shade":
            return h.colour
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
        ("所答类别", "proposal.kind", _dash(proposal.kind if proposal else None)),
        ("所答编号", "proposal.number", _dash(proposal.number if proposal else None)),
        ("所答会议", "proposal.session", _dash(proposal.session if proposal else None)),
        ("所答题目", "proposal.title", _dash(proposal.title if proposal else None)),
        ("称谓", "salutation", _dash(letter.salutation)),
        (
            "主送",
            "addressees",
            _dash(
                "、".join(a.name + (f"（{a.role}）" if a.role else "") for a in letter.addressees)
            ),
        ),
        ("署名", "signature.issuer", _dash(letter.signature.issuer)),
        ("成文日期", "signature.date", _dash(letter.signature.date)),
        ("抄送", "cc", _dash("，".join(letter.cc))),
        ("关键词", "keywords", _dash("、".join(letter.keywords))),
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
                shade(run, HIGHLIGHTS[piece.highlight].colour)
            if piece.ink is not None:
                ink(run, HIGHLIGHTS[piece.ink].colour)
            if piece.diagnostic:
                underline(run, DIAGNOSTIC_COLOUR)
