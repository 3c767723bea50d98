"""Invisible format characters a web copy left inside the letter's words (a zero-width
space, a soft hyphen, a byte-order mark): they part nothing, the parser reads through
them, and no value of the record keeps them, while each span covers the characters as
written (:mod:`replyparse.invisible`; snippets written here, invented units)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView
from spans import span_problems

ZW, SHY, BOM = "\u200b", "\u00ad", "\ufeff"

HEAD = "甲县林业局\n甲林函〔2024〕12号\n关于第3号建议的答复\n王某代表：\n"
BODY = "    您提出的建议收悉。现答复如下：\n    一、加强管护\n    我局投入资金100万元，于2024年3月1日完成巡查。\n"
END = "甲县林业局\n2024年5月10日\n联系人：李某  承办单位：县林业局办公室  联系电话：0000-5550123\n抄送：县政府督查室，县财政局。\n"
LETTER = HEAD + BODY + END


def _record(text: str) -> dict[str, object]:
    r = parse_text(text, keywords=False)
    assert span_problems(r) == []
    return {
        "issuer": r.issuer,
        "doc_number": r.doc_number.text if r.doc_number else None,
        "addressees": [(a.name, a.role) for a in r.addressees],
        "signer": r.signature.issuer,
        "date": r.signature.date,
        "amounts": [(a.text, a.value) for a in r.amounts],
        "dates": [d.text for d in r.dates],
        "contacts": [(c.name, c.org, c.phone) for c in r.contacts],
        "cc": r.cc,
        "sections": [s.heading for s in r.sections],
    }


# (what is written with the character, where: the first place the snippet stands)
INSIDE = [
    pytest.param("甲县林业局\n甲林", f"甲县林{ZW}业局\n甲林", id="issuer"),
    pytest.param("甲林函〔2024〕12号", f"甲林{ZW}函〔2024{ZW}〕12号", id="doc-number"),
    pytest.param("王某代表：", f"王{SHY}某代表：", id="addressee-name"),
    pytest.param("王某代表：", f"王某代{ZW}表：", id="inside-the-role"),
    pytest.param("100万元", f"10{ZW}0万{ZW}元", id="amount"),
    pytest.param("2024年3月1日", f"2024年3{BOM}月1日", id="date"),
    pytest.param("一、加强管护", f"一、加强{ZW}管护", id="section-heading"),
    pytest.param("甲县林业局\n2024年5月10日", f"甲县林业{ZW}局\n2024年5月10日", id="signer"),
    pytest.param("联系人：李某", f"联系人：李{ZW}某", id="contact"),
    pytest.param("县林业局办公室", f"县林业局办{ZW}公室", id="contact-office"),
    pytest.param("县政府督查室", f"县政府{ZW}督查室", id="cc-body"),
]


@pytest.mark.parametrize(("plain", "written"), INSIDE)
def test_a_value_reads_as_if_the_character_were_not_there(plain: str, written: str) -> None:
    assert plain in LETTER
    assert _record(LETTER.replace(plain, written, 1)) == _record(LETTER)


def test_the_letter_s_text_and_the_spans_keep_what_was_written() -> None:
    text = LETTER.replace("甲林函〔2024〕12号", f"甲林函〔2024{ZW}〕12号")
    r = parse_text(text, keywords=False)
    assert r.text == text
    assert r.doc_number is not None and r.doc_number.text == "甲林函〔2024〕12号"
    start, end = r.doc_number.span
    assert text[start:end] == f"甲林函〔2024{ZW}〕12号"


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        pytest.param(f"自{ZW}治县", False, id="alone-no-gap"),
        pytest.param(f"甲{SHY}{BOM}乙", False, id="two-no-gap"),
        pytest.param(f"甲 {ZW}乙", True, id="with-a-blank-a-gap"),
        pytest.param("甲  乙", True, id="blanks-a-gap"),
    ],
)
def test_only_blanks_make_a_gap(text: str, gap: bool) -> None:
    view = TextView(text)
    assert sorted(view.gaps) == ([len(view.norm) - 1] if gap else [])


# A section glued after the paragraph before it by blanks, an invisible character inside its
# heading's words (fix69: the re-segmenter read it as a blank and cut the heading there).
@pytest.mark.parametrize("mark", [ZW, SHY, BOM], ids=["zero-width", "soft-hyphen", "bom"])
def test_an_invisible_inside_a_glued_sections_heading_parts_nothing(mark: str) -> None:
    body = (
        "    您提出的建议收悉。现答复如下：\n"
        f"    一、加强管护，落实责任。我局已巡查。   二、完善{mark}设施，新建护栏。已完工。\n"
    )
    record = _record(HEAD + body + END)
    assert record["sections"] == ["加强管护，落实责任", "完善设施，新建护栏"]
