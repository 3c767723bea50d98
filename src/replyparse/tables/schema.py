"""The analysts' tables: one description of every table and column, and a letter's rows.

A :class:`~replyparse.model.Letter` becomes one row of ``letters`` and rows of the child
tables (``sections``, ``amounts``, ``dates``, ``contacts``, ``addressees``, ``cc``,
``references``, ``keywords``, ``diagnostics``), each keyed by ``letter_id`` and its
``ordinal`` (1-based, in record order). The SQLite archive (:mod:`.sqlite`), the CSV
files (:mod:`.csvfiles`) and ``docs/tables.md`` are all made from :data:`TABLES`; nothing
else lists a column.

Everything here is pure: no I/O, no database. Values are normalised by column type, so a
``Decimal`` amount is a float and a ``StrEnum`` code a plain string, in every output.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, NamedTuple, TypeVar

from replyparse.model import (
    Addressee,
    Amount,
    Contact,
    DateItem,
    Diagnostic,
    Letter,
    Reference,
    Section,
    Span,
)

TABLES_VERSION = 2
"""The version of the table layout below: bump it when a table or column changes. SQLite
archives carry it as ``PRAGMA user_version`` and refuse to mix two versions, but for the
earlier layouts :mod:`.sqlite` upgrades in place (``UPGRADES``). Layout 2 added the
``files.ctime_ns`` column: a replyparse of layout 1 writes a ``files`` row by position,
and met an archive with the column, failed at its first letter rather than refuse it."""

T = TypeVar("T")
Value = str | int | float | None
"""What a cell holds once normalised: SQLite's TEXT, INTEGER, REAL, or NULL."""
Row = tuple[Value, ...]


class ColumnType(StrEnum):
    """A column's type. ``BOOLEAN`` is stored as INTEGER 0 or 1 (SQLite has no booleans)."""

    TEXT = "TEXT"
    INTEGER = "INTEGER"
    REAL = "REAL"
    BOOLEAN = "BOOLEAN"

    @property
    def sql(self) -> str:
        return "INTEGER" if self is ColumnType.BOOLEAN else self.value


def cell(value: object, kind: ColumnType) -> Value:
    """``value`` as a cell of a ``kind`` column; :class:`TypeError` for a value that does
    not fit (a bug in a column's getter, which the tests would catch)."""
    if value is None:
        return None
    number = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
    if kind is ColumnType.BOOLEAN and isinstance(value, bool):
        return int(value)
    if kind is ColumnType.INTEGER and number and isinstance(value, int):
        return value
    if kind is ColumnType.REAL and number:
        return float(value)  # type: ignore[arg-type]
    if kind is ColumnType.TEXT and isinstance(value, str):
        return str(value)  # a StrEnum member becomes its plain value
    raise TypeError(f"{type(value).__name__} {value!r} is not a {kind.value} value")


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """One column: its name, type, meaning, and how to read it from a table's item."""

    name: str
    type: ColumnType
    doc: str
    get: Callable[[T], object]
    required: bool = False
    """NOT NULL: the record always has a value here."""
    refers: str | None = None
    """The table whose ``ordinal`` (within the same letter) this column holds."""


@dataclass(frozen=True, slots=True)
class KeyColumn:
    """A column the tables fill themselves (ids and ordinals), not read from an item."""

    name: str
    doc: str
    type: ColumnType = ColumnType.INTEGER
    required: bool = True


class SectionRow(NamedTuple):
    """A section with its place in the letter's tree (sections are flattened pre-order)."""

    section: Section
    ordinal: int
    outline: str
    parent: int | None


class Located(NamedTuple, Generic[T]):
    """An item with the ordinal of the innermost section that holds it (None: outside)."""

    item: T
    section: int | None


class LetterParts:
    """A letter prepared for its tables: sections flattened, items placed in them."""

    def __init__(self, letter: Letter) -> None:
        self.letter = letter
        self.sections = _flatten(letter.sections)

    def section_at(self, span: Span | None) -> int | None:
        """The ordinal of the innermost section whose extent holds ``span``'s start."""
        if span is None:
            return None
        found: int | None = None
        for row in self.sections:  # pre-order: a child comes after its parent
            start, end = row.section.extent
            if start <= span[0] < end:
                found = row.ordinal
        return found

    def located(self, items: Sequence[Any]) -> list[Located[Any]]:
        return [Located(item, self.section_at(item.span)) for item in items]


def _flatten(sections: Sequence[Section]) -> list[SectionRow]:
    """The tree in reading order (pre-order), each node with its ordinal and parent's."""
    rows: list[SectionRow] = []

    def walk(nodes: Sequence[Section], outline: str, parent: int | None) -> None:
        for position, section in enumerate(nodes, start=1):
            here = f"{outline}{position}"
            rows.append(SectionRow(section, len(rows) + 1, here, parent))
            walk(section.children, f"{here}.", len(rows))

    walk(sections, "", None)
    return rows


@dataclass(frozen=True, slots=True)
class Table(Generic[T]):
    """One table: its name, meaning, columns, and the items of a letter it has rows for."""

    name: str
    doc: str
    columns: tuple[Column[T], ...]
    items: Callable[[LetterParts], Sequence[T]]
    indexes: tuple[str, ...] = ()
    """Columns with an index of their own (a child table's ``letter_id`` is already the
    first column of its primary key, which serves as its index)."""

    @property
    def keys(self) -> tuple[KeyColumn, ...]:
        return LETTER_KEYS if self.name == "letters" else CHILD_KEYS

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(k.name for k in self.keys) + tuple(c.name for c in self.columns)

    def rows(self, parts: LetterParts, key: Row) -> list[Row]:
        """The table's rows for one letter. ``key`` is the letter's key cells: its id and
        name for ``letters``; its id for a child table, whose rows then get ordinals."""
        rows: list[Row] = []
        for ordinal, item in enumerate(self.items(parts), start=1):
            values = tuple(cell(c.get(item), c.type) for c in self.columns)
            rows.append((*key, *values) if self.name == "letters" else (*key, ordinal, *values))
        return rows


LETTER_KEYS = (
    KeyColumn("id", "the letter's id (1, 2, 3…); child tables refer to it as `letter_id`"),
    KeyColumn(
        "name",
        "the letter's name in the archive, unique: the path of its file under the input "
        "folder, without suffix, as `-o DIR` names its record (a name clash is resolved "
        "as there); a rerun replaces the letter of the same name",
        ColumnType.TEXT,
    ),
)
CHILD_KEYS = (
    KeyColumn("letter_id", "the letter (`letters.id`)"),
    KeyColumn("ordinal", "1, 2, 3… in the record's order within the letter"),
)


def _path_getter(path: str) -> Callable[[Any], object]:
    """A getter for a dotted attribute path (``source.path``); None when a step is None."""
    names = path.split(".")

    def get(item: Any) -> object:
        for name in names:
            if item is None:
                return None
            item = getattr(item, name)
        return item

    return get


def col(
    name: str,
    kind: ColumnType,
    doc: str,
    get: str | Callable[[Any], object],
    *,
    required: bool = False,
    refers: str | None = None,
) -> Column[Any]:
    """A column read by ``get``: a callable, or a dotted attribute path of the item."""
    getter = _path_getter(get) if isinstance(get, str) else get
    return Column(name, kind, doc, getter, required, refers)


def span_columns(prefix: str, path: str, what: str, *, required: bool = False) -> list[Column[Any]]:
    """``PREFIX_start`` and ``PREFIX_end``: a span's character offsets into the text,
    read from the dotted attribute ``path`` of the item."""
    get = _path_getter(path)

    def start(item: Any) -> object:
        span = get(item)
        return None if span is None else span[0]  # type: ignore[index]

    def end(item: Any) -> object:
        span = get(item)
        return None if span is None else span[1]  # type: ignore[index]

    return [
        col(
            f"{prefix}_start",
            INTEGER,
            f"where {what} starts in `letters.text`",
            start,
            required=required,
        ),
        col(f"{prefix}_end", INTEGER, f"where {what} ends (exclusive)", end, required=required),
    ]


def letter_year(letter: Letter) -> int | None:
    """The letter's year: of its 成文日期 (signature date), else of its 发文字号."""
    date = letter.signature.date
    if date is not None and date[:4].isdigit():
        return int(date[:4])
    return letter.doc_number.year if letter.doc_number is not None else None


def _count_sections(sections: Sequence[Section]) -> int:
    return sum(1 + _count_sections(s.children) for s in sections)


def _count_all_sections(letter: Letter) -> int:
    return _count_sections(letter.sections)


def _count(field: str) -> Callable[[Letter], int]:
    def count(letter: Letter) -> int:
        return len(getattr(letter, field))

    return count


_COUNTED: tuple[str, ...] = ("amounts", "dates", "contacts", "addressees", "cc", "references")
_COUNTED += ("keywords", "diagnostics")


def _counts() -> list[Column[Any]]:
    """How many rows a letter has in each child table (``sections`` counts every level)."""
    every_level = "how many sections, at every level"
    counts = [col("n_sections", INTEGER, every_level, _count_all_sections, required=True)]
    for field in _COUNTED:
        doc = f"how many rows in `{field}`"
        counts.append(col(f"n_{field}", INTEGER, doc, _count(field), required=True))
    return counts


TEXT, INTEGER, REAL, BOOLEAN = (
    ColumnType.TEXT,
    ColumnType.INTEGER,
    ColumnType.REAL,
    ColumnType.BOOLEAN,
)

LETTER_COLUMNS: tuple[Column[Letter], ...] = (
    col(
        "path",
        TEXT,
        "the source file's path as given to `extract`, `./` and repeated `/` dropped "
        "(`extract .` gives `a.txt`); `-` for standard input unless `--stdin-name` names it",
        "source.path",
    ),
    col("sha256", TEXT, "SHA-256 of the source file's bytes", "source.sha256"),
    col("format", TEXT, "what the file held: txt, docx, pdf, doc, wps", "source.format"),
    col("encoding", TEXT, "the text encoding, for text files", "source.encoding"),
    col("chars", INTEGER, "characters of text read", "source.chars"),
    col("pages", INTEGER, "pages, for paged formats", "source.pages"),
    col(
        "year",
        INTEGER,
        "the letter's year: of `signature_date`, else `doc_number_year`",
        letter_year,
    ),
    col("issuer", TEXT, "发文机关", "issuer"),
    col("doc_number", TEXT, "发文字号 as written", "doc_number.text"),
    col("doc_number_prefix", TEXT, "its 机关代字 (`西民函`)", "doc_number.prefix"),
    col("doc_number_year", INTEGER, "its year (`〔2020〕` is 2020)", "doc_number.year"),
    col("doc_number_serial", INTEGER, "its serial number", "doc_number.serial"),
    col("handling_type", TEXT, "办理类型: A, B, C or D", "handling_type"),
    col("public", BOOLEAN, "是否公开: 1 public, 0 not", "public"),
    col("title", TEXT, "标题", "title"),
    col("proposal_kind", TEXT, "what it answers: 建议, 提案, 议案…", "proposal.kind"),
    col("proposal_number", TEXT, "the proposal's number as written (`094`)", "proposal.number"),
    col("proposal_session", TEXT, "the session it was made at", "proposal.session"),
    col("proposal_title", TEXT, "the proposal's own title", "proposal.title"),
    col("salutation", TEXT, "the salutation line as written", "salutation"),
    col("signature_issuer", TEXT, "发文机关署名 at the end", "signature.issuer"),
    col(
        "signature_date",
        TEXT,
        "成文日期, `YYYY-MM-DD` (`YYYY-MM` when the letter names no day)",
        "signature.date",
    ),
    *_counts(),
    col("text", TEXT, "the letter's text (null when extracted with `--no-text`)", "text"),
)

SECTION_COLUMNS: tuple[Column[SectionRow], ...] = (
    col(
        "outline",
        TEXT,
        "place in the tree: `2.1` is the first child of the second top-level section",
        "outline",
        required=True,
    ),
    col(
        "parent",
        INTEGER,
        "the `ordinal` of the section it is in (null at the top)",
        "parent",
        refers="sections",
    ),
    col(
        "level", INTEGER, "depth in this letter's tree, 1 outermost", "section.level", required=True
    ),
    col(
        "number", INTEGER, "the marker's value (`（十二）` is 12)", "section.number", required=True
    ),
    col(
        "marker",
        TEXT,
        "the marker as written: `一、`, `（一）`, `1.`, `一是`…",
        "section.marker",
        required=True,
    ),
    col(
        "heading", TEXT, "its heading line, or its first sentence", "section.heading", required=True
    ),
    col("text", TEXT, "its own text, children excluded", "section.text", required=True),
    *span_columns("span", "section.span", "`text`", required=True),
    *span_columns(
        "extent", "section.extent", "the whole section (children included)", required=True
    ),
)

_IN_SECTION = "the `ordinal` of the innermost section it is in (null: outside every section)"

AMOUNT_COLUMNS: tuple[Column[Located[Amount]], ...] = (
    col(
        "value",
        REAL,
        "in yuan (`1.2亿元` is 120000000); a range's first value",
        "item.value",
        required=True,
    ),
    col("value_end", REAL, "a range's second value, in yuan (null: not a range)", "item.end"),
    col("unit", TEXT, "the unit as written: 元, 万元, 亿元…", "item.unit", required=True),
    col(
        "approximate", BOOLEAN, "1 for 近, 约, 余, 多, 左右, 逾", "item.approximate", required=True
    ),
    col("text", TEXT, "the amount as written", "item.text", required=True),
    *span_columns("span", "item.span", "it", required=True),
    col("section", INTEGER, _IN_SECTION, "section", refers="sections"),
)


def _year(value: str | None) -> int | None:
    head = None if value is None else value[:4]
    return int(head) if head is not None and head.isdigit() else None


def _date_year(located: Located[DateItem]) -> int | None:
    return _year(located.item.value)


def _date_year_end(located: Located[DateItem]) -> int | None:
    """The last year a date covers: of its range's end, else of its value."""
    return _year(located.item.end) or _year(located.item.value)


DATE_COLUMNS: tuple[Column[Located[DateItem]], ...] = (
    col(
        "value",
        TEXT,
        "ISO, to the precision written: `2021-06-05`, `2021-06`, `2021`",
        "item.value",
        required=True,
    ),
    col("value_end", TEXT, "a range's end, in the same form (null: not a range)", "item.end"),
    col("precision", TEXT, "day, month or year", "item.precision", required=True),
    col("year", INTEGER, "the year of `value`", _date_year),
    col(
        "year_end", INTEGER, "the last year it covers: of `value_end`, else `year`", _date_year_end
    ),
    col(
        "inferred",
        BOOLEAN,
        "1 when the year was taken from the letter's own date",
        "item.inferred",
        required=True,
    ),
    col("text", TEXT, "the date as written", "item.text", required=True),
    *span_columns("span", "item.span", "it", required=True),
    col("section", INTEGER, _IN_SECTION, "section", refers="sections"),
)

CONTACT_COLUMNS: tuple[Column[Contact], ...] = (
    col("name", TEXT, "the person (null when only an office is given)", "name"),
    col("phone", TEXT, "as written, digits and dashes", "phone"),
    col("org", TEXT, "the office (联系单位)", "org"),
    *span_columns("span", "span", "the contact's lines"),
)

ADDRESSEE_COLUMNS: tuple[Column[Addressee], ...] = (
    col("name", TEXT, "a person or a body", "name", required=True),
    col("role", TEXT, "代表, 委员… (null for a body)", "role"),
    *span_columns("span", "span", "the name"),
)

REFERENCE_COLUMNS: tuple[Column[Located[Reference]], ...] = (
    col("kind", TEXT, "`doc_number` or `title`", "item.kind", required=True),
    col("text", TEXT, "the 发文字号, or the title inside 《》", "item.text", required=True),
    *span_columns("span", "item.span", "it", required=True),
    col("section", INTEGER, _IN_SECTION, "section", refers="sections"),
)

DIAGNOSTIC_COLUMNS: tuple[Column[Diagnostic], ...] = (
    col(
        "code",
        TEXT,
        "what was noticed: `doc-number-format`, `missing-date`…",
        "code",
        required=True,
    ),
    col("severity", TEXT, "error, warning or info", "severity", required=True),
    col("message", TEXT, "one line for a person", "message", required=True),
    *span_columns("span", "span", "what it is about"),
)


class Spanned(NamedTuple):
    """A value of a list of strings (``cc``, ``keywords``) with its span from the record's
    parallel list (``cc_spans``, ``keyword_spans``), None where that list is shorter."""

    value: str
    span: Span | None


def _spanned(values: Sequence[str], spans: Sequence[Span]) -> list[Spanned]:
    return [Spanned(v, spans[i] if i < len(spans) else None) for i, v in enumerate(values)]


TABLES: tuple[Table[Any], ...] = (
    Table(
        "letters",
        "One row per letter: where it came from and its single-valued fields; the "
        "count columns say how many rows it has in each child table",
        LETTER_COLUMNS,
        lambda p: [p.letter],
        indexes=("issuer", "year"),
    ),
    Table(
        "sections",
        "The numbered body structure, flattened in reading order",
        SECTION_COLUMNS,
        lambda p: p.sections,
    ),
    Table("amounts", "Every sum of money", AMOUNT_COLUMNS, lambda p: p.located(p.letter.amounts)),
    Table("dates", "Every date or date range", DATE_COLUMNS, lambda p: p.located(p.letter.dates)),
    Table(
        "contacts", "Contacts: 联系人 and 联系电话", CONTACT_COLUMNS, lambda p: p.letter.contacts
    ),
    Table(
        "addressees",
        "Addressees (主送): who the letter is to",
        ADDRESSEE_COLUMNS,
        lambda p: p.letter.addressees,
    ),
    Table(
        "cc",
        "抄送: who else receives the letter",
        (
            col("name", TEXT, "an authority", "value", required=True),
            *span_columns("span", "span", "the name"),
        ),
        lambda p: _spanned(p.letter.cc, p.letter.cc_spans),
    ),
    Table(
        "references",
        'Documents cited in the body (quote the name in SQL: `"references"`, a reserved word)',
        REFERENCE_COLUMNS,
        lambda p: p.located(p.letter.references),
    ),
    Table(
        "keywords",
        "The letter's topic words, in the record's order",
        (
            col("word", TEXT, "a topic word", "value", required=True),
            *span_columns("span", "span", "its first occurrence in the body"),
        ),
        lambda p: _spanned(p.letter.keywords, p.letter.keyword_spans),
    ),
    Table(
        "diagnostics",
        "What the parser noticed about the letter",
        DIAGNOSTIC_COLUMNS,
        lambda p: p.letter.diagnostics,
    ),
)
"""Every table, parents first: ``letters``, then ``sections`` (which amounts, dates and
references point into), then the rest in the record's field order."""

TABLE_NAMES = tuple(t.name for t in TABLES)


def table(name: str) -> Table[Any]:
    """The table called ``name``; :class:`KeyError` for an unknown one."""
    for t in TABLES:
        if t.name == name:
            return t
    raise KeyError(name)


def default_name(letter: Letter) -> str:
    """A letter's name when the caller gives none: its source path (``-`` for none)."""
    return letter.source.path if letter.source is not None else "-"


def letter_rows(letter: Letter, letter_id: int, name: str | None = None) -> dict[str, list[Row]]:
    """Every table's rows for one letter, by table name, in :data:`TABLES` order.

    ``name`` is the letter's unique name in the archive (default: its source path)."""
    parts = LetterParts(letter)
    key = name if name is not None else default_name(letter)
    return {
        t.name: t.rows(parts, (letter_id, key) if t.name == "letters" else (letter_id,))
        for t in TABLES
    }
