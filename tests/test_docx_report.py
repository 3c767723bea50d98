"""The review report (``replyparse.report``), read back with python-docx.

Each sample's report holds every amount, date and contact of its record, its headings
follow the section tree, and the shaded and inked runs of the letter text cover exactly
the items' spans (computed here from the record, apart from the module's own span
functions); every span key the record has is marked.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLES
from replyparse import Letter, parse_file, parse_text
from replyparse.model import json_schema
from replyparse.report import (
    DIAGNOSTIC_COLOUR,
    DIAGNOSTIC_FILL,
    GROUPS,
    HIGHLIGHTS,
    LEGEND_SAMPLE,
    LINE_NUMBER_STYLE,
    line_of,
    report_docx,
    section_of,
    yuan,
)
from replyparse.wordml import run_colour, run_fill, run_underline
from spans import is_span_key

SAMPLE_LETTERS = sorted(SAMPLES.glob("*.txt"))


def _open(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


@cache
def _built(path: Path) -> tuple[Letter, bytes]:
    letter = parse_file(path)
    return letter, report_docx(letter)


def _report(path: Path) -> tuple[Letter, Any]:
    """A sample's record and its report, opened afresh (built once per sample)."""
    letter, data = _built(path)
    return letter, _open(data)


def _table_after(document: Any, heading: str) -> Any | None:
    """The first table after the Heading 1 paragraph ``heading`` (None: a paragraph says
    there is nothing)."""
    body = document.element.body
    seen = False
    for el in body:
        if el.tag == qn("w:p") and "".join(t.text or "" for t in el.iter(qn("w:t"))) == heading:
            seen = True
        elif seen and el.tag == qn("w:tbl"):
            return next(t for t in document.tables if t._tbl is el)
        elif seen and el.tag == qn("w:p") and el.find(f".//{qn('w:pStyle')}") is not None:
            style = el.find(f".//{qn('w:pStyle')}").get(qn("w:val"))
            if style == "Heading1":
                return None
    return None


def _rows(table: Any) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows[1:]]


def _item_rows(document: Any, heading: str, items: Sequence[object]) -> list[list[str]]:
    """The rows of the table under ``heading``; a letter with no such items has no such
    table (checked here), and no rows."""
    table = _table_after(document, heading)
    if not items:
        assert table is None, f"a {heading} table for a letter without any"
        return []
    return _rows(table)


# -- contents ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SAMPLE_LETTERS, ids=lambda p: p.stem)
def test_report_holds_every_amount_with_its_total(path: Path) -> None:
    letter, document = _report(path)
    rows = _item_rows(document, "金额", letter.amounts)
    if not letter.amounts:
        return
    assert [r[:3] for r in rows[:-1]] == [
        [a.text, yuan(a.value), yuan(a.end)] for a in letter.amounts
    ]
    total = sum((Decimal(str(a.value)) for a in letter.amounts), Decimal(0))
    assert rows[-1][1] == f"{total:,.2f}"


@pytest.mark.parametrize("path", SAMPLE_LETTERS, ids=lambda p: p.stem)
def test_report_holds_every_date(path: Path) -> None:
    letter, document = _report(path)
    rows = _item_rows(document, "日期", letter.dates)
    assert [r[0] for r in rows] == [d.text for d in letter.dates]
    for row, d in zip(rows, letter.dates, strict=True):
        assert d.value in row[1]
        assert d.end is None or d.end in row[1]


@pytest.mark.parametrize("path", SAMPLE_LETTERS, ids=lambda p: p.stem)
def test_report_holds_every_contact(path: Path) -> None:
    letter, document = _report(path)
    rows = _item_rows(document, "联系人", letter.contacts)
    assert rows == [[c.name or "—", c.phone or "—", c.org or "—"] for c in letter.contacts]


@pytest.mark.parametrize("path", SAMPLE_LETTERS, ids=lambda p: p.stem)
def test_headings_follow_the_section_tree(path: Path) -> None:
    letter, document = _report(path)
    expected: list[tuple[int, str]] = []

    def walk(sections: list[Any]) -> None:
        for s in sections:
            expected.append((s.level + 1, f"{s.marker}{s.heading}"))
            walk(s.children)

    walk(letter.sections)
    inside, got = False, []
    for p in document.paragraphs:
        name = p.style.name
        if name == "Heading 1":
            inside = p.text == "正文结构"
            continue
        if inside and name.startswith("Heading "):
            got.append((int(name.split()[1]), p.text))
    assert got == expected


def test_the_header_table_names_the_source_and_its_hash() -> None:
    letter, document = _report(SAMPLES / "s18_wrong_brackets_chinese_date_chengban.txt")
    rows = dict(_rows(document.tables[1]))
    assert rows["发文字号"] == "昭民函[2022]12号"
    assert letter.source is not None
    assert rows["SHA-256"] == letter.source.sha256
    assert rows["是否公开"] == "—"
    assert rows["称谓"] == "农工党昭通市委："
    assert rows["主送"] == "农工党昭通市委"
    assert rows["关键词"] == "、".join(letter.keywords)
    assert rows["成文日期"] == "2022-03-01"


def test_the_header_table_labels_wear_their_fields_colours() -> None:
    _, document = _report(SAMPLES / "s10_four_levels_footnote_contact.txt")
    fills = {
        row.cells[0].text: row.cells[0]._tc.tcPr.find(qn("w:shd")).get(qn("w:fill"))
        for row in document.tables[1].rows[1:]
    }
    colour = {h.label: h.colour for h in HIGHLIGHTS if h.mark == "shade"}
    for label in ("发文机关", "标题", "所答编号", "称谓", "署名", "成文日期", "抄送"):
        assert fills[label] == colour[label], label


def test_diagnostics_give_code_line_and_the_spot_shaded() -> None:
    letter, document = _report(SAMPLES / "s18_wrong_brackets_chinese_date_chengban.txt")
    table = _table_after(document, "诊断")
    assert letter.text is not None and letter.diagnostics
    for row, d in zip(table.rows[1:], letter.diagnostics, strict=True):
        cells = row.cells
        assert cells[0].text == d.code
        assert d.span is not None
        assert cells[2].text == str(line_of(letter.text, d.span[0])[0])
        shaded = [
            r.text for p in cells[3].paragraphs for r in p.runs if run_fill(r) == DIAGNOSTIC_FILL
        ]
        assert shaded == [letter.text[d.span[0] : d.span[1]]]


def test_section_of_finds_the_deepest_section() -> None:
    letter = parse_file(SAMPLES / "s10_four_levels_footnote_contact.txt")
    amount = next(a for a in letter.amounts if a.text == "200多万元")
    assert [s.marker for s in section_of(letter, amount.span)] == ["二、", "（一）", "1.", "（2）"]


# -- the letter text and its shading -------------------------------------------------------


Spans = list[tuple[int, int]]


def _expected_spans(letter: Letter) -> dict[str, Spans]:
    """Every field's spans, by its key in HIGHLIGHTS, read from the record here, apart from
    the report's own span functions: a field added to HIGHLIGHTS needs its spans here
    too, or the tests below raise KeyError."""
    text = letter.text or ""
    proposal = letter.proposal
    scalars = {
        "issuer": letter.issuer_span,
        "title": letter.title_span,
        "salutation": letter.salutation_span,
        "handling_type": letter.handling_type_span,
        "public": letter.public_span,
        "doc_number": letter.doc_number.span if letter.doc_number else None,
        "proposal.kind": proposal.kind_span if proposal else None,
        "proposal.number": proposal.number_span if proposal else None,
        "proposal.session": proposal.session_span if proposal else None,
        "proposal.title": proposal.title_span if proposal else None,
        "signature.issuer": letter.signature.issuer_span,
        "signature.date": letter.signature.date_span,
    }
    spans: dict[str, Spans] = {k: [v] for k, v in scalars.items() if v is not None}
    spans |= {k: [] for k, v in scalars.items() if v is None}
    spans |= {
        "addressees": [a.span for a in letter.addressees if a.span],
        "contacts": [c.span for c in letter.contacts if c.span],
        "references": [r.span for r in letter.references],
        "dates": [d.span for d in letter.dates],
        "amounts": [a.span for a in letter.amounts],
        "cc": list(letter.cc_spans),
        "keywords": list(letter.keyword_spans),
        "sections": [],
    }
    stack = list(letter.sections)
    while stack:
        s = stack.pop()
        stack.extend(s.children)
        heading_end = s.span[0] + (len(s.heading) if text[s.span[0] :].startswith(s.heading) else 0)
        spans["sections"].append((s.extent[0], heading_end))
    return spans


def _expected_colours(letter: Letter, mark: str) -> list[str | None]:
    """Each character's shading (``shade``) or ink (``ink``), from the record: later
    fields of HIGHLIGHTS over earlier."""
    text = letter.text or ""
    spans = _expected_spans(letter)
    colours: list[str | None] = [None] * len(text)
    for field in HIGHLIGHTS:
        if field.mark != mark:
            continue
        for start, end in spans[field.field]:
            for k in range(start, end):
                colours[k] = field.colour
    # a span over two lines (a contact) is marked on each line; the line break is no run
    return [None if ch == "\n" else c for ch, c in zip(text, colours, strict=True)]


@dataclass
class Shown:
    """The letter text as the report shows it (line numbers left out), and for each
    character its shading, its ink and its underline."""

    text: str
    fills: list[str | None]
    inks: list[str | None]
    lines: list[str | None]


def _full_text(document: Any) -> Shown:
    paragraphs = document.paragraphs
    start = next(
        i for i, p in enumerate(paragraphs) if p.style.name == "Heading 1" and p.text == "全文"
    )
    lines: list[str] = []
    shown = Shown("", [], [], [])
    for p in paragraphs[start + 1 :]:
        line = ""
        for run in p.runs:
            if run.style is not None and run.style.name == LINE_NUMBER_STYLE:
                continue
            line += run.text
            shown.fills.extend([run_fill(run)] * len(run.text))
            shown.inks.extend([run_colour(run)] * len(run.text))
            shown.lines.extend([run_underline(run)] * len(run.text))
        lines.append(line)
        for marks in (shown.fills, shown.inks, shown.lines):
            marks.append(None)  # the newline
    shown.text = "\n".join(lines)
    for marks in (shown.fills, shown.inks, shown.lines):
        del marks[-1]
    return shown


@pytest.mark.parametrize("path", SAMPLE_LETTERS, ids=lambda p: p.stem)
def test_shaded_runs_cover_exactly_the_items_spans(path: Path) -> None:
    letter, document = _report(path)
    shown = _full_text(document)
    assert shown.text == letter.text
    assert shown.fills == _expected_colours(letter, "shade")


@pytest.mark.parametrize("path", SAMPLE_LETTERS, ids=lambda p: p.stem)
def test_inked_runs_are_the_keywords(path: Path) -> None:
    letter, document = _report(path)
    shown = _full_text(document)
    expected = _expected_colours(letter, "ink")
    assert shown.inks == expected
    assert sum(c is not None for c in expected) >= len(letter.keywords) * 2  # not vacuous


@pytest.mark.parametrize("path", SAMPLE_LETTERS, ids=lambda p: p.stem)
def test_underlines_are_the_diagnostics_else_the_keywords(path: Path) -> None:
    letter, document = _report(path)
    shown = _full_text(document)
    expected: list[str | None] = [
        None if c is None else "dotted" for c in _expected_colours(letter, "ink")
    ]
    for d in letter.diagnostics:
        if d.span is not None:
            for k in range(d.span[0], max(d.span[1], d.span[0] + 1)):
                expected[k] = "thick"
    assert shown.lines == expected


def _span_keys(schema: dict[str, Any]) -> set[str]:
    """Every span key of the record, as a dotted path through objects and lists
    (``proposal.kind_span``, ``dates.span``), read from its JSON Schema."""
    defs = schema["$defs"]
    found: set[str] = set()

    def refs(node: Any) -> list[str]:
        text = str(node)
        return [name for name in defs if f"#/$defs/{name}'" in text]

    def walk(properties: dict[str, Any], prefix: str, seen: frozenset[str]) -> None:
        for key, node in properties.items():
            if is_span_key(key):
                found.add(prefix + key)
                continue
            for name in refs(node):
                if name not in seen and "properties" in defs[name]:
                    walk(defs[name]["properties"], f"{prefix}{key}.", seen | {name})

    walk(schema["properties"], "", frozenset())
    return found


# Each span key of the record and the field of HIGHLIGHTS that marks it in the text.
MARKED_BY = {
    "issuer_span": "issuer",
    "doc_number.span": "doc_number",
    "handling_type_span": "handling_type",
    "public_span": "public",
    "title_span": "title",
    "proposal.kind_span": "proposal.kind",
    "proposal.number_span": "proposal.number",
    "proposal.session_span": "proposal.session",
    "proposal.title_span": "proposal.title",
    "addressees.span": "addressees",
    "salutation_span": "salutation",
    "sections.extent": "sections",  # the marker and heading: the start of its extent
    "amounts.span": "amounts",
    "dates.span": "dates",
    "contacts.span": "contacts",
    "signature.issuer_span": "signature.issuer",
    "signature.date_span": "signature.date",
    "cc_spans": "cc",
    "references.span": "references",
    "keyword_spans": "keywords",
}
NOT_SHADED = {
    "sections.span": "a section's own text is most of the letter: only its head is shaded",
    "diagnostics.span": "underlined in red, over any shading, rather than shaded",
}


def test_every_span_key_of_the_record_is_marked() -> None:
    keys = _span_keys(json_schema())
    assert "proposal.kind_span" in keys and "sections.extent" in keys  # the walk goes deep
    assert keys == MARKED_BY.keys() | NOT_SHADED.keys()
    assert sorted(MARKED_BY.values()) == sorted(h.field for h in HIGHLIGHTS)


# An invented letter in which fields overlap, and what shows where.
OVERLAPPING = """青禾市交通运输局
青交函〔2022〕8号
办理类型：A
关于市十五届人大二次会议第76号建议的答复
何立新代表：
　　您提出的《关于加快桥梁养护的建议》收悉。现答复如下：
　　2022年安排桥梁养护资金300万元。
青禾市交通运输局
2022年5月6日
抄送：市人大常委会代表工作委员会。
"""
NO_BANNER = OVERLAPPING.split("\n", 1)[1]  # the issuer is read from the signature
TITLE = "关于市十五届人大二次会议第76号建议的答复"

# (letter, a stretch of it, a part of that stretch, the field whose shading shows there)
OVERLAPS = [
    pytest.param(OVERLAPPING, "何立新代表：", "何立新", "addressees", id="addressee-in-salutation"),
    pytest.param(OVERLAPPING, "何立新代表：", "代表：", "salutation", id="rest-of-the-salutation"),
    pytest.param(OVERLAPPING, TITLE, "76", "proposal.number", id="number-in-the-title"),
    pytest.param(
        OVERLAPPING, TITLE, "市十五届人大二次会议", "proposal.session", id="session-in-title"
    ),
    pytest.param(OVERLAPPING, TITLE, "建议", "proposal.kind", id="kind-in-the-title"),
    pytest.param(OVERLAPPING, TITLE, "的答复", "title", id="rest-of-the-title"),
    pytest.param(OVERLAPPING, "办理类型：A", "A", "handling_type", id="handling-type-value"),
    pytest.param(OVERLAPPING, "办理类型：A", "办理类型：", None, id="its-label-is-not-shaded"),
    pytest.param(OVERLAPPING, "青禾市交通运输局\n青交", "青禾市", "issuer", id="banner-is-issuer"),
    pytest.param(
        OVERLAPPING, "青禾市交通运输局\n2022", "青禾市", "signature.issuer", id="signature-line"
    ),
    pytest.param(
        NO_BANNER, "青禾市交通运输局\n2022", "青禾市", "issuer", id="issuer-read-from-signature"
    ),
    pytest.param(OVERLAPPING, "局\n2022年5月6日", "2022年", "signature.date", id="letter-date"),
    pytest.param(OVERLAPPING, "2022年安排", "2022年", "dates", id="a-date-in-the-body"),
    pytest.param(OVERLAPPING, "资金300万元", "300万元", "amounts", id="an-amount"),
    pytest.param(OVERLAPPING, "抄送：市人大常委会", "市人大常委会", "cc", id="cc"),
]


@pytest.mark.parametrize(("text", "line", "part", "field"), OVERLAPS)
def test_where_fields_overlap_the_inner_one_shows(
    text: str, line: str, part: str, field: str | None
) -> None:
    shown = _full_text(_open(report_docx(parse_text(text))))
    k = shown.text.index(line) + line.index(part)
    colour = {h.field: h.colour for h in HIGHLIGHTS}
    assert set(shown.fills[k : k + len(part)]) == {colour[field] if field else None}


def test_keywords_are_inked_over_the_shading_they_stand_in() -> None:
    letter = parse_text(OVERLAPPING)
    assert letter.proposal is not None and letter.proposal.title_span is not None
    start, end = letter.proposal.title_span
    inside = [(a, b) for a, b in letter.keyword_spans if start <= a and b <= end]
    assert inside, "no keyword inside the proposal's title to look at"
    shown = _full_text(_open(report_docx(letter)))
    colour = {h.field: h.colour for h in HIGHLIGHTS}
    for a, b in inside:
        assert set(shown.fills[a:b]) == {colour["proposal.title"]}
        assert set(shown.inks[a:b]) == {colour["keywords"]}


def _legend(document: Any) -> list[tuple[str, list[tuple[str, str | None, str | None]]]]:
    """The legend's rows: the group, then each entry's label (with its count), the swatch's
    fill and the colour of the swatch's sample character."""
    rows = []
    for row in document.tables[0].rows:
        cells = row.cells
        entries = []
        for swatch, label in zip(cells[1::2], cells[2::2], strict=True):
            if not label.text:
                continue
            shd = swatch._tc.tcPr.find(qn("w:shd"))
            runs = swatch.paragraphs[0].runs
            ink = run_colour(runs[0]) if runs else None
            entries.append((label.text, None if shd is None else shd.get(qn("w:fill")), ink))
        rows.append((cells[0].text, entries))
    return rows


def test_the_legend_shows_every_field_by_group_with_its_count() -> None:
    letter, document = _report(SAMPLES / "s10_four_levels_footnote_contact.txt")
    spans = _expected_spans(letter)
    expected = [
        (
            group,
            [
                (
                    f"{h.label} {len(spans[h.field])}",
                    h.colour if h.mark == "shade" else None,
                    h.colour if h.mark == "ink" else None,
                )
                for h in HIGHLIGHTS
                if h.group == group
            ],
        )
        for group in GROUPS
    ]
    rows = _legend(document)
    assert rows[:-1] == expected
    assert rows[-1] == ("诊断", [(f"诊断 {len(letter.diagnostics)}", None, None)])
    diagnostic = document.tables[0].rows[-1].cells[1].paragraphs[0].runs[0]
    assert (diagnostic.text, run_underline(diagnostic)) == (LEGEND_SAMPLE, "thick")
    assert diagnostic._r.find(f"{qn('w:rPr')}/{qn('w:u')}").get(qn("w:color")) == DIAGNOSTIC_COLOUR


def test_legend_colours_are_all_different() -> None:
    colours = [h.colour for h in HIGHLIGHTS]
    assert len(set(colours)) == len(colours)
    assert DIAGNOSTIC_FILL not in colours


def test_the_legend_is_on_the_first_page_before_the_header_table() -> None:
    _, document = _report(SAMPLES / "s10_four_levels_footnote_contact.txt")
    legend = document.tables[0]
    assert document.element.body.index(legend._tbl) < document.element.body.index(
        document.tables[1]._tbl
    )
    breaks = document.element.body.findall(f".//{qn('w:br')}[@{qn('w:type')}='page']")
    assert breaks == []


def test_a_record_without_text_still_reports_its_fields() -> None:
    letter = parse_file(SAMPLES / "s10_four_levels_footnote_contact.txt", keep_text=False)
    document = _open(report_docx(letter))
    texts = [p.text for p in document.paragraphs]
    assert any("--no-text" in t for t in texts)
    assert len(_rows(_table_after(document, "金额"))) == len(letter.amounts) + 1


def test_characters_xml_cannot_hold_keep_their_place() -> None:
    text = "某某局\n关于\x0c某事的答复\n张三代表：\n　　收悉。投入5万元。\x01\n"
    letter = parse_text(text)
    shown = _full_text(_open(report_docx(letter))).text
    assert len(shown) == len(text)
    assert shown == text.replace("\x0c", "\u240c").replace("\x01", "\u2401")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_reports_and_reads_back_character_for_character(text: str) -> None:
    letter = parse_text(text)
    shown = _full_text(_open(report_docx(letter)))
    assert len(shown.text) == len(letter.text or "")
    assert shown.fills == _expected_colours(letter, "shade")
    assert shown.inks == _expected_colours(letter, "ink")


# -- the page ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report() -> Any:
    return _report(SAMPLES / "s10_four_levels_footnote_contact.txt")[1]


def test_no_table_is_wider_than_the_type_area(report: Any) -> None:
    section = report.sections[0]
    type_width = (section.page_width - section.left_margin - section.right_margin) / Mm(1) * Mm(1)
    for table in report.tables:
        tbl_pr = table._tbl.tblPr
        assert tbl_pr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert sum(grid) * 635 <= type_width + Mm(0.1)
        for row in table.rows:
            widths = [int(c._tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for c in row.cells]
            assert widths == grid


def test_chinese_text_has_an_east_asian_font(report: Any) -> None:
    defaults = report.styles.element.find(qn("w:docDefaults"))
    rfonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert rfonts.get(qn("w:eastAsia")) == "宋体"
    assert rfonts.get(qn("w:eastAsiaTheme")) is None
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 5"):
        style_rfonts = report.styles[name].element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert style_rfonts.get(qn("w:eastAsia")) in ("宋体", "黑体"), name
        assert style_rfonts.get(qn("w:eastAsiaTheme")) is None, name
    for el in report.element.body.iter(qn("w:rFonts")):
        assert el.get(qn("w:eastAsia")), "a run names a Latin font but no East Asian one"


def test_report_page_is_a4(report: Any) -> None:
    section = report.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.05)
    assert abs(section.page_height - Mm(297)) < Mm(0.05)
