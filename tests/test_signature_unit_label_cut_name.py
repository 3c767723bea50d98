"""Two ways a copy damages a closing that a unit's label signs (``承办单位：某局`` over the
date, docs/record.md):

- the unit's name lost its last characters (``承办单位：某县住房和城乡建设``, its 局 lost): the
  label says it is a unit, so it signs as written, as the head's authority cut so does (it
  signed nothing, and the letter had no issuer);
- the date lost its year and month, its day alone left on its line (``二十六日``, a stray
  figure before it, ``0二十六日``): a date past reading, null, under which the closing is
  read as under a whole one (the closing was not found, and nothing signed).

Found by dev52. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "对县九届人大三次会议\n第18号建议答复\n"
    "赵某代表\n"
    "您提出的《关于改善某小区排水设施的建议》收悉，现将办理情况答复如下：\n"
    "今年我局将对某小区排水管网进行改造，共涉及12栋楼。\n"
    "谢谢您一直关注小区居住环境的改善。\n"
)
CC = "抄送：县人大某委、县政府办公室\n"


# (the unit's line, the date's line, the signer, the date)
SIGNED = [
    pytest.param("承办单位：某某自治县住房和城乡建设", "2023年12月26日",
                 "某某自治县住房和城乡建设", "2023-12-26", id="name-cut-whole-date"),
    pytest.param("承办单位：某某自治县住房和城乡建设", "0二十六日",
                 "某某自治县住房和城乡建设", None, id="name-cut-day-left"),
    pytest.param("承办单位：某县住房和城乡建设局", "0二十六日",
                 "某县住房和城乡建设局", None, id="whole-name-day-left"),
    pytest.param("承办单位：某县住房和城乡建设局", "二十六日",
                 "某县住房和城乡建设局", None, id="whole-name-numeral-day-alone"),
    pytest.param("答复单位：某市城市管理综合执", "2024年3月5日",
                 "某市城市管理综合执", "2024-03-05", id="answering-unit-two-lost"),
    pytest.param("办理单位：某县交通运输", "20231226日",
                 "某县交通运输", None, id="damaged-date-with-its-year"),
]  # fmt: skip


@pytest.mark.parametrize(("unit", "date_line", "signer", "date"), SIGNED)
def test_a_unit_label_signs_a_damaged_closing(
    unit: str, date_line: str, signer: str, date: str | None
) -> None:
    letter = parse_text(HEAD + unit + "\n单位负责人：\n        " + date_line + "\n" + CC)
    assert (letter.signature.issuer, letter.signature.date) == (signer, date)
    assert letter.issuer == signer
    assert letter.cc == ["县人大某委", "县政府办公室"]
    span = letter.signature.issuer_span
    assert span is not None
    assert (letter.text or "")[span[0] : span[1]] == signer


# Left alone: a signing slot's person, a value that is no unit's name, a whole day under a
# month date (a narrow column's wrap), a day inside a sentence.
@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("签发人：王某某\n2024年3月5日\n", id="slot-names-a-person"),
        pytest.param("承办单位：王某某\n2024年3月5日\n", id="person-after-unit-label"),
        pytest.param("承办单位：住房保障\n2024年3月5日\n", id="no-place-no-unit"),
        pytest.param("单位负责人：某县交通运输\n2024年3月5日\n", id="leader-slot-cut-name"),
    ],
)
def test_no_cut_unit_signs_where_the_label_names_none(closing: str) -> None:
    letter = parse_text(HEAD + closing)
    assert letter.signature.issuer is None
    assert letter.signature.date == "2024-03-05"


def test_a_day_under_its_month_stays_the_wrapped_date() -> None:
    letter = parse_text(HEAD + "某县交通运输局\n2024年5月\n20日\n")
    assert (letter.signature.issuer, letter.signature.date) == ("某县交通运输局", "2024-05-20")


def test_a_day_alone_in_the_body_is_no_closing() -> None:
    text = HEAD.replace("今年我局", "截至\n26日\n今年我局") + "某县交通运输局\n2024年5月20日\n"
    letter = parse_text(text)
    assert (letter.signature.issuer, letter.signature.date) == ("某县交通运输局", "2024-05-20")
    assert len(letter.sections) == 0


def test_a_cut_name_glued_to_the_leader_label_in_a_one_line_copy() -> None:
    # a copy that lost every line break: the 单位负责人 label's head glued after the cut name
    flat = HEAD.replace("\n", "") + (
        "承办单位：某某自治县文化广电和旅游单位负责人：0十九日抄送：县政协某委、县委宣传部"
    )
    letter = parse_text(flat)
    assert letter.signature.issuer == "某某自治县文化广电和旅游"
    assert letter.signature.date is None


def test_a_unit_name_ending_in_the_bare_word_unit_signs_nothing() -> None:
    letter = parse_text(HEAD + "承办单位：某县住房和城乡建设单位\n2024年3月5日\n")
    assert letter.signature.issuer is None


@pytest.mark.parametrize(
    "piece",
    [
        pytest.param("2024年5月\n— 2 —\n10日", id="month-over-a-page-number"),
        pytest.param("2024年5月\n\n10日", id="month-over-a-blank-line"),
        pytest.param("截至2024年5月12\n3日", id="figure-broken-over-the-line"),
    ],
)
def test_a_day_that_goes_on_from_the_line_above_is_no_damaged_date(piece: str) -> None:
    # the day carries on a date or a figure above it: the letter's closing is not there
    codes = [d.code.value for d in parse_text(piece).diagnostics]
    assert "missing-date" in codes
    assert "missing-body" not in codes


# fix8486: the same closing damaged further. The label glued to its unit, its colon lost
# (``承办单位某县某局``: 承办单位, 办理单位 and 经办单位 stand glued at a line's start), signs the
# unit alone, never the label with it; the date left as numerals alone, 年月日 all lost
# (``0三``, ``二〇二五十``), is a date past reading as the day alone is; a page cut inside the
# 抄送 label, ``抄`` alone its last line, leaves the closing read.
DAMAGED_FURTHER = [
    pytest.param("承办单位某某自治县住房和城乡建设", "2023年12月26日", CC,
                 "某某自治县住房和城乡建设", "2023-12-26", id="glued-label-cut-name"),
    pytest.param("办理单位某县交通运输局", "2023年12月26日", CC,
                 "某县交通运输局", "2023-12-26", id="glued-label-whole-name"),
    pytest.param("经办单位某市水务局", "", "",
                 "某市水务局", None, id="glued-label-last-line"),
    pytest.param("答复部门某县教育局", "2023年12月26日", CC,
                 "某县教育局", "2023-12-26", id="glued-answering-label"),
    pytest.param("承办单位：某某自治县住房和城乡建设", "0三", CC,
                 "某某自治县住房和城乡建设", None, id="numerals-left-of-the-date"),
    pytest.param("承办单位：某县教育局", "二〇二五十", CC,
                 "某县教育局", None, id="year-and-numerals-left"),
    pytest.param("承办单位：某某自治县住房和城乡建设", "2023年12月26日", "抄\n",
                 "某某自治县住房和城乡建设", "2023-12-26", id="cut-inside-the-cc-label"),
    pytest.param("承办单位：某某自治县住房和城乡建设", "0三", "抄\n",
                 "某某自治县住房和城乡建设", None, id="numerals-left-then-cut-cc-label"),
    pytest.param("承办单位某某自治县住房和城乡建设", "0三", "抄\n",
                 "某某自治县住房和城乡建设", None, id="all-three-at-once"),
]  # fmt: skip


@pytest.mark.parametrize(("unit", "date_line", "under", "signer", "date"), DAMAGED_FURTHER)
def test_a_unit_label_signs_a_closing_damaged_further(
    unit: str, date_line: str, under: str, signer: str, date: str | None
) -> None:
    dated = "单位负责人：\n        " + date_line + "\n" if date_line else ""
    letter = parse_text(HEAD + unit + "\n" + dated + under)
    assert (letter.signature.issuer, letter.signature.date) == (signer, date)
    assert letter.issuer == signer
    span = letter.signature.issuer_span
    assert span is not None
    assert (letter.text or "")[span[0] : span[1]] == signer


# Left alone: a label glued to words that are no unit (a sentence, a person), figures alone or
# numerals with no zero under the unit (a page's number, a list's), words under a last 抄.
@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("承办单位要认真落实整改\n2024年3月5日\n", id="glued-label-opens-a-sentence"),
        pytest.param("承办单位王某某\n2024年3月5日\n", id="glued-label-then-a-person"),
        pytest.param(
            "承办单位将进一步在全县推广\n2024年3月5日\n", id="glued-label-place-in-a-sentence"
        ),
    ],
)
def test_no_glued_label_signs_where_it_names_no_unit(closing: str) -> None:
    letter = parse_text(HEAD + closing)
    assert letter.signature.issuer is None
    assert letter.signature.date == "2024-03-05"


@pytest.mark.parametrize(
    "last",
    [
        pytest.param("12", id="figures-alone"),
        pytest.param("三", id="a-numeral-alone"),
        # review59e: the two tests the pattern itself makes, each its own failing case
        pytest.param("二十", id="numerals-without-a-zero"),
        pytest.param("〇〇", id="zeros-without-a-numeral"),
    ],
)
def test_no_numerals_without_a_zero_are_a_date(last: str) -> None:
    letter = parse_text(HEAD + "承办单位：某县教育局\n" + last + "\n")
    assert letter.signature.date is None
    assert "missing-date" in [d.code.value for d in letter.diagnostics]


# review59e: under the date as the closing's last line, the glued label signs its unit as the
# label with its colon does there (fix8486 read it so above the date only); with a contact
# line under it, it notes who handled the reply and signs nothing, as with its colon.
@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        pytest.param("2024年3月5日\n承办单位某县教育局\n", "某县教育局", id="glued-under-the-date"),
        pytest.param("2024年3月5日\n答复部门某市水务局\n", "某市水务局", id="glued-answering"),
        pytest.param("2024年3月5日\n承办单位：某县教育局\n", "某县教育局", id="with-its-colon"),
        pytest.param("2024年3月5日\n承办单位某县教育局\n联系人：李某\n", None, id="a-note"),
        pytest.param("2024年3月5日\n承办单位将进一步推广\n", None, id="a-sentence-under"),
    ],
)
def test_a_glued_unit_under_the_date_signs(closing: str, signer: str | None) -> None:
    letter = parse_text(HEAD + closing)
    assert (letter.signature.issuer, letter.signature.date) == (signer, "2024-03-05")
