"""Closings as real archives hold them, read by the closing, the re-split and the chrome:
a flattened closing dated in figures (某局 2024.5.10 联系人：…), and a note of the units
handling the reply, apart by runs of spaces, that names its contact person."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

HEAD = (
    "关于县十七届人大二次会议第23号建议的答复\n\n"
    "周某代表：\n　　您提出的《关于改善乡村道路的建议》收悉。现答复如下：\n"
    "　　一、加快道路改造。今年投入资金300万元。\n"
)
THANKS = "　　感谢您对交通工作的关心和支持。"

# A closing run onto the thanks' line (a web copy that lost its breaks), dated in figures:
# (closing after the thanks, signer, signature date)
FLAT_FIGURES = [
    pytest.param(" 某县交通运输局 2024.5.10 联系人：田某 联系电话：0851-86612345", "某县交通运输局",
                 "2024-05-10", id="dots"),
    pytest.param(" 某县交通运输局 2024-05-10 联系人：田某 联系电话：0851-86612345", "某县交通运输局",
                 "2024-05-10", id="dashes-padded"),
    pytest.param(" 某县交通运输局 2024/5/10 联系人：田某 联系电话：0851-86612345", "某县交通运输局",
                 "2024-05-10", id="slashes"),
    pytest.param("某县交通运输局 2023.11.2 联系人：田某，电话：13900001234", "某县交通运输局",
                 "2023-11-02", id="glued-to-the-stop-mobile"),
    pytest.param(" 某县交通运输局    2024.5.10    抄送：县人大常委会选工委", "某县交通运输局",
                 "2024-05-10", id="before-a-cc"),
    pytest.param(" 某县交通运输局 2024.5.10", "某县交通运输局", "2024-05-10", id="at-the-end"),
    pytest.param(" 某县交通运输局 2024年5月10日 联系人：田某 联系电话：0851-86612345",
                 "某县交通运输局", "2024-05-10", id="control-in-words"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "signer", "date"), FLAT_FIGURES)
def test_flattened_closing_dated_in_figures(closing: str, signer: str, date: str) -> None:
    record = parse_text(HEAD + THANKS + closing + "\n")
    assert (record.signature.issuer, record.signature.date) == (signer, date)


def test_flattened_figures_closing_keeps_its_contact() -> None:
    record = parse_text(
        HEAD + THANKS + " 某县交通运输局 2024.5.10 联系人：田某 联系电话：0851-86612345\n"
    )
    assert [(c.name, c.phone) for c in record.contacts] == [("田某", "0851-86612345")]


# A date in figures that is no signature: in a sentence, in a range, glued to digits.
FIGURES_NOT_SIGNED = [
    pytest.param("　　该路段已于2023.10.8开工建设，预计年底完工。", id="in-a-sentence"),
    pytest.param("　　工期为2023.10.8-2024.5.30，现已完工。", id="in-a-range"),
    pytest.param("　　请拨打2024-05-1088，咨询相关政策。", id="a-number-like-a-date"),
]


@pytest.mark.parametrize("sentence", FIGURES_NOT_SIGNED)
def test_a_date_in_figures_in_the_body_signs_nothing(sentence: str) -> None:
    record = parse_text(HEAD + sentence + "\n" + THANKS + "\n\n某县交通运输局\n2024年6月3日\n")
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-06-03")


SIGNED = HEAD + THANKS + "\n\n某县交通运输局\n2024年5月10日\n\n"

# A note of the units handling the reply, apart by gaps, naming its contact person:
# (note, contact name)
UNIT_NOTES = [
    pytest.param("主办单位：县交通运输局   协办单位：县财政局   联系人：田某", "田某", id="spaces"),
    pytest.param("主办单位：县交通运输局 协办单位：县财政局 联系人：田某", "田某", id="one-space"),
    pytest.param("主办单位:县交通运输局   承办单位:县公路事务中心   联系人:田某", "田某",
                 id="承办-half-width"),
    pytest.param("主办单位：县交通运输局　　协办单位：县财政局　　联 系 人：田某", "田某",
                 id="ideographic-spaces-spaced-label"),
    pytest.param("主办单位：县交通运输局   协办单位：县财政局   经办人：田某", "田某", id="经办人"),
]  # fmt: skip


@pytest.mark.parametrize(("note", "name"), UNIT_NOTES)
def test_unit_note_with_gaps_keeps_its_contact(note: str, name: str) -> None:
    record = parse_text(SIGNED + note + "\n联系电话：0851-86612345\n")
    assert [(c.name, c.phone) for c in record.contacts] == [(name, "0851-86612345")]


@pytest.mark.parametrize(("note", "name"), UNIT_NOTES)
def test_unit_note_naming_a_person_is_no_footer(note: str, name: str) -> None:
    assert not is_chrome_line(note)


# A site's footer names offices, never a person: still chrome.
FOOTERS = [
    pytest.param("主办单位：某县人民政府办公室  承办单位：某县大数据中心", id="hosts"),
    pytest.param("主办单位：某县人民政府办公室  协办单位：某县信息中心", id="hosts-协办"),
    pytest.param(
        "主办单位：某县人民政府办公室  承办单位：某县大数据中心  联系电话：0851-86612345",
        id="hosts-with-a-phone",
    ),
    pytest.param("主办单位：某县人民政府办公室  技术支持：某科技公司", id="tech-support"),
]


@pytest.mark.parametrize("line", FOOTERS)
def test_site_footer_stays_chrome(line: str) -> None:
    assert is_chrome_line(line)


SIGNER = HEAD + THANKS + "\n\n某县交通运输局\n"

# A date in figures (or damaged) opening the line under its signer, a note after it on
# that line: (date line, signature date, public, contact name)
DATE_WITH_NOTE = [
    pytest.param("2024.5.10（此件公开发布）", "2024-05-10", True, None, id="dots-public-note"),
    pytest.param("2024-05-10 （此件主动公开）", "2024-05-10", True, None, id="dashes-gap-note"),
    pytest.param("2024.5.10（联系人：田某，联系电话：0851-86612345）", "2024-05-10", None, "田某",
                 id="dots-bracketed-contact"),
    pytest.param("2024/5/10  联系人：田某  联系电话：0851-86612345", "2024-05-10", None, "田某",
                 id="slashes-contact-after-gap"),
    # to the month: read, the note after it too, but no day for the record's date (dev21)
    pytest.param("2024年5月（此件公开发布）", None, True, None, id="to-the-month"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "date", "public", "name"), DATE_WITH_NOTE)
def test_date_in_figures_under_its_signer_with_a_note(
    line: str, date: str, public: bool | None, name: str | None
) -> None:
    record = parse_text(SIGNER + line + "\n")
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", date)
    assert record.public is public
    assert [c.name for c in record.contacts] == ([name] if name else [])


# The same line under no signer (a sentence above): no signature date read off it.
def test_date_in_figures_under_a_sentence_signs_nothing() -> None:
    record = parse_text(HEAD + THANKS + "\n2024.5.10（此件公开发布）\n")
    assert record.signature.date is None
