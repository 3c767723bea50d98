"""The review report (``replyparse.report``), read back with python-docx.

Each sample's report holds every amount, date and contact of its record, its headings
follow the section tree, and the shaded runs of the letter text cover exactly the items'
spans (computed here from the record, apart from the module's own span functions).
"""

from __future__ import annotations

import io
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
from replyparse.report import (
    DIAGNOSTIC_FILL,
    HIGHLIGHTS,
    LINE_NUMBER_STYLE,
    line_of,
    report_docx,
    section_of,
    yuan,
)
from replyparse.wordml import run_fill, run_underline

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


# -- contents ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SAMPLE_LETTERS, ids=lambda p: p.stem)
def test_report_holds_every_amount_with_its_total(path: Path) -> None:
    letter, document = _report(path)
    table = _table_after(document, "金额")
    if not letter.amounts:
        assert table is None
        return
    rows = _rows(table)
    assert [r[:3] for r in rows[:-1]] == [
        [a.text, yuan(a.value), yuan(a.end)] for a in letter.amounts
    ]
    total = sum((Decimal(str(a.value)) for a in letter.amounts), Decimal(0))
    assert rows[-1][1] == f"{total:,.2f}"


@pytest.mark.parametrize("path", SAMPLE_LETTERS, ids=lambda p: p.stem)
def test_report_holds_every_date(path: Path) -> None:
    letter, document = _report(path)
    table = _table_after(document, "日期")
    if not letter.dates:
        assert table is None
        return
    rows = _rows(table)
    assert [r[0] for r in rows] == [d.text for d in letter.dates]
    for row, d in zip(rows, letter.dates, strict=True):
        assert d.value in row[1]
        assert d.end is None or d.end in row[1]


@pytest.mark.parametrize("path", SAMPLE_LETTERS, ids=lambda p: p.stem)
def test_report_holds_every_contact(path: Path) -> None:
    letter, document = _report(path)
    table = _table_after(document, "联系人")
    if not letter.contacts:
        assert table is None
        return
    assert _rows(table) == [[c.name or "—", c.phone or "—", c.org or "—"] for c in letter.contacts]


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
    assert rows["主送"] == "农工党昭通市委"


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


def _expected_fills(letter: Letter) -> list[str | None]:
    """Each character's colour, from the record: later fields of HIGHLIGHTS over earlier.

    Written here apart from the report's own span functions; a field added to HIGHLIGHTS
    (title_span, cc_spans…) needs its spans here too, or this raises KeyError."""
    text = letter.text or ""
    spans: dict[str, list[tuple[int, int]]] = {
        "addressees": [a.span for a in letter.addressees if a.span],
        "contacts": [c.span for c in letter.contacts if c.span],
        "doc_number": [letter.doc_number.span] if letter.doc_number else [],
        "references": [r.span for r in letter.references],
        "dates": [d.span for d in letter.dates],
        "amounts": [a.span for a in letter.amounts],
        "sections": [],
    }
    stack = list(letter.sections)
    while stack:
        s = stack.pop()
        stack.extend(s.children)
        heading_end = s.span[0] + (len(s.heading) if text[s.span[0] :].startswith(s.heading) else 0)
        spans["sections"].append((s.extent[0], heading_end))
    fills: list[str | None] = [None] * len(text)
    for field in HIGHLIGHTS:
        for start, end in spans[field.field]:
            for k in range(start, end):
                fills[k] = field.fill
    # a span over two lines (a contact) is shaded on each line; the line break is no run
    return [None if ch == "\n" else fill for ch, fill in zip(text, fills, strict=True)]


def _full_text(document: Any) -> tuple[str, list[str | None], list[bool]]:
    """The letter text as the report shows it (line numbers left out), each character's
    shading and whether it is underlined."""
    paragraphs = document.paragraphs
    start = next(
        i for i, p in enumerate(paragraphs) if p.style.name == "Heading 1" and p.text == "全文"
    )
    lines, fills, marks = [], [], []
    for p in paragraphs[start + 1 :]:
        line = ""
        for run in p.runs:
            if run.style is not None and run.style.name == LINE_NUMBER_STYLE:
                continue
            line += run.text
            fills.extend([run_fill(run)] * len(run.text))
            marks.extend([run_underline(run) is not None] * len(run.text))
        lines.append(line)
        fills.append(None)  # the newline
        marks.append(False)
    return "\n".join(lines), fills[:-1], marks[:-1]


@pytest.mark.parametrize("path", SAMPLE_LETTERS, ids=lambda p: p.stem)
def test_shaded_runs_cover_exactly_the_items_spans(path: Path) -> None:
    letter, document = _report(path)
    text, fills, _ = _full_text(document)
    assert text == letter.text
    assert fills == _expected_fills(letter)


@pytest.mark.parametrize("path", SAMPLE_LETTERS, ids=lambda p: p.stem)
def test_underlined_runs_are_the_diagnostics(path: Path) -> None:
    letter, document = _report(path)
    _, _, marks = _full_text(document)
    expected = [False] * len(letter.text or "")
    for d in letter.diagnostics:
        if d.span is not None:
            for k in range(d.span[0], max(d.span[1], d.span[0] + 1)):
                expected[k] = True
    assert marks == expected


def test_the_legend_is_on_the_first_page_before_the_header_table() -> None:
    _, document = _report(SAMPLES / "s10_four_levels_footnote_contact.txt")
    legend = document.tables[0]
    labels = [row.cells[1].text for row in legend.rows[1:]]
    assert labels[: len(HIGHLIGHTS)] == [h.label for h in HIGHLIGHTS]
    fills = [
        row.cells[0]._tc.tcPr.find(qn("w:shd")).get(qn("w:fill"))
        for row in legend.rows[1 : len(HIGHLIGHTS) + 1]
    ]
    assert fills == [h.fill for h in HIGHLIGHTS]
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
    shown, _, _ = _full_text(_open(report_docx(letter)))
    assert len(shown) == len(text)
    assert shown == text.replace("\x0c", "\u240c").replace("\x01", "\u2401")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_reports_and_reads_back_character_for_character(text: str) -> None:
    letter = parse_text(text)
    shown, fills, _ = _full_text(_open(report_docx(letter)))
    assert len(shown) == len(letter.text or "")
    assert fills == _expected_fills(letter)


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
