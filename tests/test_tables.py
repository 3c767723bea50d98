"""The analysts' tables: the description (columns, types, how a letter becomes rows).

The SQLite archive and the CSV files are tested in ``test_tables_outputs.py``; both are
made from the description tested here.
"""

from __future__ import annotations

import re
import sqlite3
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from replyparse import parse_file, parse_text
from replyparse.model import DocNumber, Letter, Section, Signature
from replyparse.tables.schema import (
    TABLE_NAMES,
    TABLES,
    ColumnType,
    LetterParts,
    Table,
    cell,
    letter_rows,
    letter_year,
    table,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
LETTER_PIECES = st.sampled_from(
    ["一、", "（一）", "1.", "一是", "关于", "的答复", "代表：", "〔2020〕", "45号", "西民函",
     "《", "》", "万元", "近", "2019年", "5月", "27日", "至", "—", "联系人：", "0000-5550123",
     "抄送：", "，", "。", "办理类型：", "B", "是否公开：", "是", "民政局", "\n", "\u3000"]
)  # fmt: skip

# An invented letter: two top-level sections, the second with two children; money in
# the first section and in the first child; a date outside every section (the signature).
SNIPPET = """青石县水务局
青水函〔2021〕8号
关于县人大十六届二次会议第12号建议的答复
李明代表：
　　您提出的关于改造城区供水管网的建议收悉，现答复如下。
　　一、基本情况
　　城区管网建于上世纪，2020年已投入80万元维修。
　　二、下一步打算
　　（一）资金安排
　　2022年计划安排资金150万元用于改造。
　　（二）进度安排
　　力争2023年底前完成。
　　感谢您对水务工作的关心。
青石县水务局
2021年7月1日
（联系人：王芳，电话：0000-5550101）
抄送：县人大常委会，县政府办。
"""


@pytest.fixture(scope="module")
def snippet_rows() -> dict[str, list[tuple[object, ...]]]:
    return letter_rows(parse_text(SNIPPET), 7, "water/8")


def as_dicts(rows: list[tuple[object, ...]], name: str) -> list[dict[str, object]]:
    names = table(name).column_names
    return [dict(zip(names, row, strict=True)) for row in rows]


# --- the description ---------------------------------------------------------------------


def test_the_tables_are_the_record_parts_the_issue_names() -> None:
    assert TABLE_NAMES == (
        "letters",
        "sections",
        "amounts",
        "dates",
        "contacts",
        "addressees",
        "cc",
        "references",
        "keywords",
        "diagnostics",
    )


def test_unknown_table_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        table("people")


@pytest.mark.parametrize("t", TABLES, ids=lambda t: t.name)
def test_columns_are_unique_lower_case_and_documented(t: Table[Any]) -> None:
    names = t.column_names
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", n) for n in names), names
    assert all(c.doc.strip() for c in t.columns)
    assert t.doc[:1].isupper() or not t.doc[:1].isascii()


@pytest.mark.parametrize("t", TABLES, ids=lambda t: t.name)
def test_every_column_can_be_named_in_sql_without_quotes(t: Table[Any]) -> None:
    """Analysts type these names: none may be a reserved word (a table name may: see
    the next test)."""
    db = sqlite3.connect(":memory:")
    columns = ", ".join(t.column_names)
    db.execute(f"CREATE TABLE probe ({columns})")
    db.execute(f"SELECT {columns} FROM probe")


RESERVED_TABLES = {"references"}


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_only_references_needs_quotes_as_a_table_name(name: str) -> None:
    db = sqlite3.connect(":memory:")
    try:
        db.execute(f"CREATE TABLE {name} (x)")
    except sqlite3.OperationalError:
        assert name in RESERVED_TABLES
    else:
        assert name not in RESERVED_TABLES


def test_child_tables_are_keyed_by_letter_and_ordinal() -> None:
    assert table("letters").column_names[:2] == ("id", "name")
    for t in TABLES[1:]:
        assert t.column_names[:2] == ("letter_id", "ordinal"), t.name


class Colour(StrEnum):
    RED = "red"


CELLS = [
    pytest.param("x", ColumnType.TEXT, "x", id="text"),
    pytest.param(Colour.RED, ColumnType.TEXT, "red", id="strenum-is-plain-text"),
    pytest.param(3, ColumnType.INTEGER, 3, id="integer"),
    pytest.param(Decimal("1200000.00"), ColumnType.REAL, 1200000.0, id="decimal-money"),
    pytest.param(2.5, ColumnType.REAL, 2.5, id="float"),
    pytest.param(7, ColumnType.REAL, 7.0, id="int-as-real"),
    pytest.param(True, ColumnType.BOOLEAN, 1, id="true-is-1"),
    pytest.param(False, ColumnType.BOOLEAN, 0, id="false-is-0"),
    pytest.param(None, ColumnType.INTEGER, None, id="null"),
]


@pytest.mark.parametrize(("value", "kind", "expected"), CELLS)
def test_cell_normalises_by_type(value: object, kind: ColumnType, expected: object) -> None:
    result = cell(value, kind)
    assert result == expected
    assert type(result) is type(expected)


NOT_CELLS = [
    pytest.param(True, ColumnType.INTEGER, id="bool-is-not-an-integer"),
    pytest.param(True, ColumnType.REAL, id="bool-is-not-a-number"),
    pytest.param(1, ColumnType.BOOLEAN, id="int-is-not-a-boolean"),
    pytest.param(2.5, ColumnType.INTEGER, id="float-is-not-an-integer"),
    pytest.param(3, ColumnType.TEXT, id="int-is-not-text"),
    pytest.param("3", ColumnType.INTEGER, id="text-is-not-an-integer"),
    pytest.param((1, 2), ColumnType.TEXT, id="span-is-not-text"),
]


@pytest.mark.parametrize(("value", "kind"), NOT_CELLS)
def test_cell_refuses_a_value_of_another_type(value: object, kind: ColumnType) -> None:
    with pytest.raises(TypeError):
        cell(value, kind)


# --- a letter's rows -----------------------------------------------------------------------

YEARS = [
    pytest.param(
        Signature(date="2021-07-01"),
        DocNumber(text="x", prefix="x", year=2019, serial=1, span=(0, 1)),
        2021,
        id="signature-date-first",
    ),
    pytest.param(
        Signature(),
        DocNumber(text="x", prefix="x", year=2019, serial=1, span=(0, 1)),
        2019,
        id="doc-number-year-else",
    ),
    pytest.param(
        Signature(),
        DocNumber(text="x", prefix="x", year=None, serial=1, span=(0, 1)),
        None,
        id="doc-number-without-year",
    ),
    pytest.param(Signature(issuer="某局"), None, None, id="neither"),
]


@pytest.mark.parametrize(("signature", "doc_number", "year"), YEARS)
def test_letter_year(signature: Signature, doc_number: DocNumber | None, year: int | None) -> None:
    assert letter_year(Letter(signature=signature, doc_number=doc_number)) == year


def test_sections_are_flattened_in_reading_order_with_outline_and_parent(
    snippet_rows: dict[str, list[tuple[object, ...]]],
) -> None:
    rows = as_dicts(snippet_rows["sections"], "sections")
    got = [
        (r["ordinal"], r["outline"], r["parent"], r["level"], r["marker"], r["heading"])
        for r in rows
    ]
    assert got == [
        (1, "1", None, 1, "一、", "基本情况"),
        (2, "2", None, 1, "二、", "下一步打算"),
        (3, "2.1", 2, 2, "（一）", "资金安排"),
        (4, "2.2", 2, 2, "（二）", "进度安排"),
    ]
    assert {r["letter_id"] for r in rows} == {7}


def test_amounts_and_dates_name_the_innermost_section_they_are_in(
    snippet_rows: dict[str, list[tuple[object, ...]]],
) -> None:
    amounts = as_dicts(snippet_rows["amounts"], "amounts")
    assert [(a["text"], a["value"], a["section"]) for a in amounts] == [
        ("80万元", 800000.0, 1),
        ("150万元", 1500000.0, 3),
    ]
    dates = as_dicts(snippet_rows["dates"], "dates")
    assert [(d["text"], d["year"], d["section"]) for d in dates] == [
        ("2020年", 2020, 1),
        ("2022年", 2022, 3),
        ("2023年", 2023, 4),
        ("2021年7月1日", 2021, None),  # the signature date is in no section
    ]


def test_the_letter_row_holds_the_scalar_fields_and_counts(
    snippet_rows: dict[str, list[tuple[object, ...]]],
) -> None:
    (row,) = as_dicts(snippet_rows["letters"], "letters")
    expected = {
        "id": 7,
        "name": "water/8",
        "path": None,  # parse_text: no source
        "year": 2021,
        "issuer": "青石县水务局",
        "doc_number": "青水函〔2021〕8号",
        "doc_number_prefix": "青水函",
        "doc_number_year": 2021,
        "doc_number_serial": 8,
        "proposal_kind": "建议",
        "proposal_number": "12",
        "salutation": "李明代表：",
        "signature_date": "2021-07-01",
        "n_sections": 4,
        "n_amounts": 2,
        "n_dates": 4,
        "n_contacts": 1,
        "n_cc": 2,
        "text": SNIPPET,
    }
    assert {k: row[k] for k in expected} == expected


def test_list_values_are_rows_in_record_order(
    snippet_rows: dict[str, list[tuple[object, ...]]],
) -> None:
    cc = as_dicts(snippet_rows["cc"], "cc")
    assert [(c["ordinal"], c["name"]) for c in cc] == [(1, "县人大常委会"), (2, "县政府办")]
    for c in cc:
        assert SNIPPET[c["span_start"] : c["span_end"]] == c["name"]  # type: ignore[misc]
    contacts = as_dicts(snippet_rows["contacts"], "contacts")
    assert [(c["name"], c["phone"]) for c in contacts] == [("王芳", "0000-5550101")]


def test_the_section_lookup_prefers_the_deepest_section() -> None:
    child = Section(
        marker="（一）", level=2, number=1, heading="b", text="b", span=(12, 20), extent=(10, 20)
    )
    parent = Section(
        marker="一、",
        level=1,
        number=1,
        heading="a",
        text="a",
        span=(2, 5),
        extent=(0, 20),
        children=[child],
    )
    after = Section(
        marker="二、", level=1, number=2, heading="c", text="c", span=(22, 30), extent=(20, 30)
    )
    parts = LetterParts(Letter(sections=[parent, after]))
    cases = {(0, 1): 1, (9, 10): 1, (10, 11): 2, (19, 20): 2, (20, 21): 3, (30, 31): None}
    assert {span: parts.section_at(span) for span in cases} == cases
    assert parts.section_at(None) is None


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_record_item_is_one_row_and_every_span_holds_its_text(sample: Path) -> None:
    letter = parse_file(sample)
    rows = letter_rows(letter, 1)
    record_counts = {
        "letters": 1,
        "amounts": len(letter.amounts),
        "dates": len(letter.dates),
        "contacts": len(letter.contacts),
        "addressees": len(letter.addressees),
        "cc": len(letter.cc),
        "references": len(letter.references),
        "keywords": len(letter.keywords),
        "diagnostics": len(letter.diagnostics),
    }
    assert {name: len(rows[name]) for name in record_counts} == record_counts
    (row,) = as_dicts(rows["letters"], "letters")
    assert row["n_sections"] == len(rows["sections"])
    assert row["name"] == row["path"] == str(sample)  # no name given: the source path
    assert letter.text is not None
    value_of = {"amounts": "text", "dates": "text", "references": "text", "cc": "name"}
    value_of["keywords"] = "word"
    for name, value in value_of.items():
        for item in as_dicts(rows[name], name):
            start, end = item["span_start"], item["span_end"]
            assert isinstance(start, int) and isinstance(end, int), (name, item)
            held = letter.text[start:end]
            if name == "cc":  # a body a printed page wrapped inside its name: over the break
                held = re.sub(r"[ \t\u3000]*\n\s*", "", held)
            assert held == item[value]
    for section in as_dicts(rows["sections"], "sections"):
        start, end = section["span_start"], section["span_end"]
        assert isinstance(start, int) and isinstance(end, int)
        assert letter.text[start:end] == section["text"]


# --- any record ---------------------------------------------------------------------------------


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LETTER_PIECES | st.text(max_size=4), max_size=50).map("".join))
def test_any_record_becomes_rows_that_fit_their_columns(text: str) -> None:
    """Whatever the parser makes of a text, every table takes its rows: one cell per
    column, of the column's type, and a value in every required column."""
    rows = letter_rows(parse_text(text), 1)
    kinds = {ColumnType.TEXT: str, ColumnType.INTEGER: int, ColumnType.REAL: float}
    kinds[ColumnType.BOOLEAN] = int
    for t in TABLES:
        columns = [*t.keys, *t.columns]
        for row in rows[t.name]:
            assert len(row) == len(columns)
            for column, value in zip(columns, row, strict=True):
                if value is None:
                    assert not column.required, (t.name, column.name)
                else:
                    assert type(value) is kinds[column.type], (t.name, column.name, value)
