"""The registry of extractors: its order, its guard, claims, and ``keywords=False``."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from conftest import SAMPLES
from internal_errors import note_internal_errors
from replyparse import parse_text
from replyparse import parser as parser_module
from replyparse.context import Claims, Context, Item, Range, Reported
from replyparse.fields import keywords as keywords_module
from replyparse.fields.dates import DateFound
from replyparse.fields.docnumber import CitedDocNumber, DocNumberFound, OwnDocNumber
from replyparse.model import Diagnostic, DiagnosticCode, Letter, Span
from replyparse.parser import REGISTRY, Extractor

LETTER = (SAMPLES / "s01_zhengxie_weiyuan.txt").read_text(encoding="utf-8")


def _without(letter: Letter, code: DiagnosticCode) -> dict[str, object]:
    data = letter.model_dump(mode="json")
    data["diagnostics"] = [d for d in data["diagnostics"] if d["code"] != code]
    return data


def _boom(ctx: Context) -> list[Item]:
    raise ZeroDivisionError("an extractor's bug")


@dataclass(frozen=True)
class _BadItem:
    span: Span | None = None
    claim: Range | None = None

    def place(self, letter: Letter) -> None:
        raise KeyError("a bad item")


# -- order ---------------------------------------------------------------------------------

NAMES = [e.name for e in REGISTRY]

# What parser.py's comment on REGISTRY promises: id -> (runs first, runs later).
BEFORE = {
    "doc-numbers-then-references": ("doc_number", "references"),
    "doc-numbers-then-dates": ("doc_number", "dates"),
    "doc-numbers-then-amounts": ("doc_number", "amounts"),
    "proposal-title-then-references": ("proposal", "references"),
    "proposal-session-then-dates": ("proposal", "dates"),
    "proposal-session-then-amounts": ("proposal", "amounts"),
    "standard-codes-then-dates": ("standard_codes", "dates"),
    "standard-codes-then-amounts": ("standard_codes", "amounts"),
    "signature-date-then-yearless-dates": ("signature", "dates"),
    "signature-then-issuer": ("signature", "issuer"),
    "title-then-issuer": ("title", "issuer"),
}


@pytest.mark.parametrize(("first", "later"), list(BEFORE.values()), ids=list(BEFORE))
def test_registry_order(first: str, later: str) -> None:
    assert NAMES.index(first) < NAMES.index(later)


def test_layout_checks_run_last_and_names_are_unique() -> None:
    assert NAMES[-1] == "layout_checks"
    assert len(set(NAMES)) == len(NAMES)


# -- the guard -----------------------------------------------------------------------------


@pytest.mark.internal_error
def test_a_failing_extractor_becomes_a_diagnostic(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = parse_text(LETTER)
    at = NAMES.index("sections")
    broken = (*REGISTRY[:at], Extractor("boom", _boom), *REGISTRY[at:])
    monkeypatch.setattr(parser_module, "REGISTRY", broken)
    letter = parse_text(LETTER)
    (error,) = [d for d in letter.diagnostics if d.code is DiagnosticCode.INTERNAL_ERROR]
    assert error.severity == "error"
    assert "boom" in error.message
    assert "ZeroDivisionError" in error.message
    assert error.span is None
    # every other field is as without the failing extractor
    assert _without(letter, DiagnosticCode.INTERNAL_ERROR) == expected.model_dump(mode="json")


@pytest.mark.internal_error
def test_a_failing_field_leaves_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = parse_text(LETTER)
    broken = tuple(Extractor(e.name, _boom) if e.name == "dates" else e for e in REGISTRY)
    monkeypatch.setattr(parser_module, "REGISTRY", broken)
    letter = parse_text(LETTER)
    assert letter.dates == []
    assert [d.message for d in letter.diagnostics if d.code == "internal-error"] == [
        "extractor dates failed with ZeroDivisionError; its fields are missing"
    ]
    assert letter.amounts == expected.amounts
    assert letter.signature == expected.signature


@pytest.mark.internal_error
def test_the_guard_notes_a_step_that_failed_inside_a_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # conftest fails any other test whose parse noted one: the spy must see what parse_text hides
    failed = note_internal_errors(monkeypatch)
    parse_text(LETTER)
    assert failed == []
    broken = tuple(Extractor(e.name, _boom) if e.name == "dates" else e for e in REGISTRY)
    monkeypatch.setattr(parser_module, "REGISTRY", broken)
    letter = parse_text(LETTER)
    assert failed == ["dates: ZeroDivisionError: an extractor's bug"]
    assert [d.code for d in letter.diagnostics].count(DiagnosticCode.INTERNAL_ERROR) == 1


@pytest.mark.internal_error
def test_an_item_that_cannot_be_placed_becomes_a_diagnostic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = (*REGISTRY, Extractor("bad_item", lambda ctx: [_BadItem()]))
    monkeypatch.setattr(parser_module, "REGISTRY", broken)
    letter = parse_text(LETTER)
    assert [d.message for d in letter.diagnostics if d.code == "internal-error"] == [
        "extractor bad_item failed with KeyError; its fields are missing"
    ]


@pytest.mark.internal_error
def test_a_failing_layout_still_gives_a_record(monkeypatch: pytest.MonkeyPatch) -> None:
    def segment(view: object) -> None:
        raise RecursionError("deep")

    monkeypatch.setattr(parser_module, "segment", segment)
    letter = parse_text(LETTER)
    assert letter.text == LETTER
    assert letter.title is None
    assert letter.diagnostics[0].code is DiagnosticCode.INTERNAL_ERROR
    assert "layout" in letter.diagnostics[0].message


# -- keywords=False --------------------------------------------------------------------------


def test_keywords_false_skips_only_the_keywords(monkeypatch: pytest.MonkeyPatch) -> None:
    full = parse_text(LETTER).model_dump(mode="json")

    def no_jieba(body: str) -> list[str]:
        raise AssertionError("the keyword extractor ran")

    monkeypatch.setattr(keywords_module, "find_keywords", no_jieba)
    letter = parse_text(LETTER, keywords=False)
    assert letter.keywords == []
    assert letter.keyword_spans == []
    assert full["keywords"]
    full.update(keywords=[], keyword_spans=[])
    assert letter.model_dump(mode="json") == full


# -- claims ----------------------------------------------------------------------------------


def test_claims_answer_by_class_and_subclass() -> None:
    claims = Claims()
    claims.add(OwnDocNumber, (0, 5))
    claims.add(CitedDocNumber, (10, 15))
    claims.add(DateFound, (20, 25))
    assert claims.ranges(DocNumberFound) == [(0, 5), (10, 15)]
    assert claims.ranges(OwnDocNumber) == [(0, 5)]
    assert claims.holds(12, DocNumberFound)
    assert not claims.holds(12, OwnDocNumber)
    assert not claims.holds(15, CitedDocNumber)
    assert claims.overlaps(14, 21, DateFound)
    assert not claims.overlaps(15, 20, DocNumberFound, DateFound)


def test_an_extractor_sees_what_those_before_it_found(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, list[Range], str | None]] = []

    def spy(ctx: Context) -> list[Item]:
        own = ctx.found(OwnDocNumber)
        seen.append((len(own), ctx.claims.ranges(OwnDocNumber), ctx.letter.title))
        note = Diagnostic(code=DiagnosticCode.MISSING_DATE, severity="info", message="spy")
        return [Reported.of(note)]

    at = NAMES.index("title") + 1
    monkeypatch.setattr(
        parser_module, "REGISTRY", (*REGISTRY[:at], Extractor("spy", spy), *REGISTRY[at:])
    )
    letter = parse_text(LETTER)
    ((count, ranges, title),) = seen
    assert count == 1
    assert letter.doc_number is not None
    (claimed,) = ranges
    assert letter.text is not None
    assert (
        letter.text[letter.doc_number.span[0] : letter.doc_number.span[1]] == "玉教体函〔2021〕87号"
    )
    assert claimed[1] - claimed[0] == len("玉教体函〔2021〕87号")
    assert title == letter.title
    assert "spy" in [d.message for d in letter.diagnostics]


def test_a_cited_doc_number_is_claimed_but_is_no_field() -> None:
    letter = parse_text("关于某事的复函\n张三代表：\n依据某发〔2019〕3号办理。\n")
    assert letter.doc_number is None
    assert [r.text for r in letter.references] == ["某发〔2019〕3号"]
    assert letter.dates == []
