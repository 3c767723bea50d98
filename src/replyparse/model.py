"""The letter record: Pydantic models for the public JSON contract (schema version 1).

Field names and meanings are described in ``docs/record.md``. Every item that has both a
``text`` and a ``span`` satisfies ``letter.text[start:end] == item.text``; a scalar's
``*_span`` holds its value as written, or for a joined value (a title over two lines) the
letter's rendering of it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema

SCHEMA_VERSION: Literal["1"] = "1"

Span = tuple[int, int]
"""``[start, end)`` character offsets into ``Letter.text``."""

HandlingType = Literal["A", "B", "C", "D"]
Severity = Literal["error", "warning", "info"]
FailOn = Literal["error", "warning", "info", "none"]
"""The lowest severity that fails a check; ``none``: no finding about a letter does."""
Precision = Literal["day", "month", "year"]
ReferenceKind = Literal["doc_number", "title"]

# Pydantic reads the signature of each default factory and serializer it is given: a
# builtin's (``list``'s, ``float``'s) is a text it tokenizes, compiling the tokenizer's
# patterns first (20 M instructions of a cold ``extract``), where a function's is read off
# its code. Hence these two functions where the builtins would do.


def _new_list() -> list[Any]:
    """A new empty list: the default of every list field."""
    return []


def _as_float(value: Decimal) -> float:
    """A sum as the JSON number it is written as."""
    return float(value)


Money = Annotated[
    Decimal,
    # a JSON number, printed as the float it always was (2826800.0): records stay byte-identical
    PlainSerializer(_as_float, return_type=float, when_used="json"),
    WithJsonSchema({"type": "number"}),
]
"""An exact sum in yuan, rounded to the fen."""


class SourceFormat(StrEnum):
    """What a reader found the file to hold (by its content, not its suffix)."""

    TXT = "txt"
    DOCX = "docx"
    PDF = "pdf"
    DOC = "doc"
    WPS = "wps"
    RTF = "rtf"
    HTML = "html"  # a web page, often saved under a .doc name
    MHTML = "mhtml"  # a single-file web page (web archive)


class DiagnosticCode(StrEnum):
    """Every code the parser puts on a diagnostic."""

    DOC_NUMBER_FORMAT = "doc-number-format"
    CITED_DOC_NUMBER = "cited-doc-number"
    SECTION_OUT_OF_SEQUENCE = "section-out-of-sequence"
    SECTION_STYLE_1DUN = "section-style-1dun"
    SECTION_LEVEL_SKIPPED = "section-level-skipped"
    SECTION_ORDER = "section-order"
    SALUTATION_COLON = "salutation-colon"
    DATE_ZERO_PADDED = "date-zero-padded"
    DATE_SEPARATORS = "date-separators"
    DATE_CHINESE_NUMERALS = "date-chinese-numerals"
    DATE_NO_DAY = "date-no-day"
    DATE_IMPOSSIBLE = "date-impossible"
    DATE_FULL_STOP = "date-full-stop"
    CC_NO_PERIOD = "cc-no-period"
    MISSING_TITLE = "missing-title"
    MISSING_SALUTATION = "missing-salutation"
    MISSING_BODY = "missing-body"
    MISSING_DATE = "missing-date"
    INTERNAL_ERROR = "internal-error"
    """An extractor failed; the rest of the record was still built."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    """Where the text came from."""

    path: str
    format: SourceFormat
    encoding: str | None = Field(default=None, description="as detected, for text files")
    sha256: str | None = None
    chars: int = 0
    pages: int | None = Field(default=None, description="page count, for paged formats")


class DocNumber(_Model):
    """发文字号, e.g. 西民函〔2020〕45号."""

    text: str
    prefix: str | None
    year: int | None
    serial: int | None
    span: Span


class Proposal(_Model):
    """The suggestion or proposal the letter answers."""

    kind: str | None = Field(default=None, description="建议, 提案, 议案, …")
    kind_span: Span | None = None
    number: str | None = Field(default=None, description="as written, leading zeros kept")
    number_span: Span | None = None
    session: str | None = None
    session_span: Span | None = None
    title: str | None = None
    title_span: Span | None = None


class Addressee(_Model):
    """主送: a person with a role (代表, 委员) or a body (role null)."""

    name: str
    role: str | None
    span: Span | None = None


class Section(_Model):
    """A node of the numbered body structure."""

    marker: str
    level: int = Field(ge=1)
    number: int
    heading: str
    text: str = Field(description="the section's own body text after its marker, children excluded")
    span: Span = Field(description="span of `text`")
    extent: Span = Field(description="the whole section, marker to its last child's end")
    children: list[Section] = Field(default_factory=_new_list)


class Amount(_Model):
    """A sum of money; ``value`` and ``end`` are in yuan."""

    text: str
    value: Money
    end: Money | None = None
    unit: str
    approximate: bool = False
    span: Span


class DateItem(_Model):
    """A date or a date range, ISO-formatted to the precision written."""

    text: str
    value: str
    end: str | None = None
    precision: Precision
    inferred: bool = False
    span: Span


class Contact(_Model):
    name: str | None
    phone: str | None
    org: str | None
    span: Span | None = None


class Signature(_Model):
    """发文机关署名 and 成文日期 at the end of the letter."""

    issuer: str | None = None
    issuer_span: Span | None = None
    date: str | None = None
    date_span: Span | None = Field(default=None, description="the date as written")


def _new_signature() -> Signature:
    """A new empty signature: the default of ``Letter.signature``. ``Signature()`` without
    ``BaseModel.__init__``'s frame (about 1.2k of its 8k instructions, once a letter): the
    model's own validator on no fields, which is what ``__init__`` calls, so the same
    instance (no field set, every default)."""
    made: Signature = _EMPTY_SIGNATURE({})
    return made


_EMPTY_SIGNATURE = Signature.__pydantic_validator__.validate_python


class Reference(_Model):
    """A document cited in the body: a 发文字号 or a title in 《》."""

    kind: ReferenceKind
    text: str
    span: Span


class Diagnostic(_Model):
    code: DiagnosticCode
    severity: Severity
    message: str
    span: Span | None = None


class Letter(_Model):
    """One reply letter as a record."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source | None = None
    text: str | None = None
    issuer: str | None = None
    issuer_span: Span | None = None
    doc_number: DocNumber | None = None
    handling_type: HandlingType | None = None
    handling_type_span: Span | None = Field(default=None, description="the value as written")
    public: bool | None = None
    public_span: Span | None = Field(default=None, description="the value or note as written")
    title: str | None = None
    title_span: Span | None = None
    proposal: Proposal | None = None
    addressees: list[Addressee] = Field(default_factory=_new_list)
    salutation: str | None = None
    salutation_span: Span | None = None
    sections: list[Section] = Field(default_factory=_new_list)
    amounts: list[Amount] = Field(default_factory=_new_list)
    dates: list[DateItem] = Field(default_factory=_new_list)
    contacts: list[Contact] = Field(default_factory=_new_list)
    signature: Signature = Field(default_factory=_new_signature)
    cc: list[str] = Field(default_factory=_new_list)
    cc_spans: list[Span] = Field(default_factory=_new_list, description="one per `cc` item")
    references: list[Reference] = Field(default_factory=_new_list)
    keywords: list[str] = Field(default_factory=_new_list)
    keyword_spans: list[Span] = Field(
        default_factory=_new_list, description="the first occurrence of each keyword in the body"
    )
    diagnostics: list[Diagnostic] = Field(default_factory=_new_list)


M = TypeVar("M", bound=BaseModel)


def _validating(model: type[M]) -> Callable[[dict[str, Any]], M]:
    """A maker of ``model`` from a dict of its fields: ``model(**fields)`` without
    ``BaseModel.__init__`` (its frame, the keywords packed into a dict again, the instance
    filled in place), about 4k of the 14-18k instructions an item costs. Exact: it is the
    model's own validator (the documented ``__pydantic_validator__``), the one ``__init__``
    calls, so the same checks, errors, values and fields set; the parser's items are made
    with it, records users build still go through ``__init__``."""
    return model.__pydantic_validator__.validate_python


make_doc_number = _validating(DocNumber)
make_proposal = _validating(Proposal)
make_addressee = _validating(Addressee)
make_section = _validating(Section)
make_amount = _validating(Amount)
make_date = _validating(DateItem)
make_contact = _validating(Contact)
make_reference = _validating(Reference)
make_diagnostic = _validating(Diagnostic)
make_letter = _validating(Letter)


def json_schema() -> dict[str, object]:
    """The JSON Schema of :class:`Letter`, as committed in ``schemas/letter.schema.json``."""
    schema = Letter.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://replyparse.invalid/schemas/letter.schema.json"
    return schema
