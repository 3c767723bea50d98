"""Header elements (replyparse.elements): which lines are 版头 elements, what a title line
has glued to its end, which damaged 发文字号 are still numbers. Snippets in our own words."""

from __future__ import annotations

import pytest

from goldsets import all_letters, at_least
from replyparse.elements import (
    _gapped,
    cut_title,
    damaged_doc_number,
    gap_parts,
    glued_date,
    is_element,
)
from replyparse.resegment import resegment
from replyparse.textview import TextView


def _element(text: str) -> bool:
    view = TextView(text)
    return is_element(view, view.content_lines[0])


def _cut(text: str) -> tuple[str, list[str]]:
    view = TextView(text)
    core, notes = cut_title(view, view.content_lines[0])
    return core.text, [n.text for n in notes]


ELEMENTS = [
    pytest.param("新编号：第15号", id="banlidan-label"),
    pytest.param("协办单位：", id="label-empty-value"),
    pytest.param("签发人王某", id="label-glued"),
    pytest.param("B类", id="class-mark"),
    pytest.param("A类)", id="class-mark-lost-bracket"),
    pytest.param("【B】", id="bare-letter-in-brackets"),
    pytest.param("（B）类", id="bracketed-letter-then-lei"),
    pytest.param("C", id="bare-letter-alone"),
    pytest.param("同意公开", id="public-value"),
    pytest.param("（此回复件公开）", id="public-note"),
    pytest.param("不予公开（涉及个人信息）", id="public-value-explained"),
    pytest.param("机密★1年", id="secrecy"),
    pytest.param("000123", id="copy-number"),
    pytest.param("某交复〔2021〕7号", id="doc-number"),
    pytest.param("某交复﹝2021﹞7号", id="doc-number-small-brackets"),
    pytest.param("某交复〔2021〕7号        签发人：王某", id="doc-number-and-signer"),
    pytest.param("某交政发〔202131        签发人：王某", id="damaged-doc-number-and-signer"),
    pytest.param("某交政发〔202131", id="damaged-doc-number-alone"),
    pytest.param("某字〔2021〕3号    同意公开", id="doc-number-and-public-value"),
    pytest.param("A类    同意公开", id="two-marks-apart"),
    pytest.param("2021年9月3日", id="date-written-whole"),
    pytest.param("2021-09-03", id="date-in-figures"),
    # a page's date and 来源 line is site chrome now, dropped by the view: tests/test_chrome.py
]
NOT_ELEMENTS = [
    pytest.param("关于县十九届人大二次会议第12号建议的答复", id="title"),
    pytest.param("林岚代表：", id="salutation"),
    pytest.param("您提出的《关于改善村道照明条件的建议》收悉，现答复如下：", id="opening"),
    pytest.param("全县共收到A类建议12件。", id="class-in-a-sentence"),
    pytest.param("我局将依法主动公开项目进展。", id="public-in-a-sentence"),
    pytest.param("2021年9月3日已完工。", id="date-in-a-sentence"),
    pytest.param("2021年9月", id="month-is-no-date-written-whole"),
    pytest.param("某县交通运输局", id="authority"),
    pytest.param("答 复", id="spaced-title-word"),
]


@pytest.mark.parametrize("text", ELEMENTS)
def test_element(text: str) -> None:
    assert _element(text)


@pytest.mark.parametrize("text", NOT_ELEMENTS)
def test_not_element(text: str) -> None:
    assert not _element(text)


TITLE = "关于某某建议的答复"
CUT = [
    pytest.param(TITLE + "（同意公开）", [TITLE, ["（同意公开）"]], id="public-value"),
    pytest.param(TITLE + "(此回复件公开)", [TITLE, ["（此回复件公开）"]], id="public-note"),
    pytest.param(
        TITLE + "(编号:B〔2017〕062号)", [TITLE, ["（编号：B〔2017〕062号）"]], id="numbered-note"
    ),
    pytest.param(TITLE + "[某交〔2018〕6号]", [TITLE, ["[某交〔2018〕6号]"]], id="doc-number"),
    # (left59a: the class's letter glued after its mark, a form's cell and its value)
    pytest.param(TITLE + "(A类)A", [TITLE, ["（A类）", "A"]], id="class-mark-then-its-letter"),
    pytest.param(TITLE + "（A类）", [TITLE, ["（A类）"]], id="class-mark"),
    pytest.param(
        TITLE + "    某水函〔2021〕12号", [TITLE, ["某水函〔2021〕12号"]], id="after-a-gap"
    ),
    pytest.param(
        TITLE + "（编号：某〔2021〕3号）（同意公开）",
        [TITLE, ["（编号：某〔2021〕3号）", "（同意公开）"]],
        id="two-notes",
    ),
]
NOT_CUT = [
    pytest.param("关于修订《某某条例（草案）》的答复", id="brackets-inside"),
    pytest.param(TITLE + "（第二次）", id="bracket-that-is-no-note"),
    pytest.param("关于第12号建议（第二批）", id="batch-note"),
    pytest.param("对县人大第12号建议的答 复", id="spaced-title-word"),
    pytest.param("（同意公开）", id="nothing-but-the-note"),
]


@pytest.mark.parametrize(("text", "expected"), CUT)
def test_cut_title(text: str, expected: list[object]) -> None:
    assert list(_cut(text)) == expected


@pytest.mark.parametrize("text", NOT_CUT)
def test_title_kept_whole(text: str) -> None:
    view = TextView(text)
    assert _cut(text) == (view.norm, [])


DAMAGED = [
    pytest.param("某发〔202527", ("某发", "2025", "27"), id="close-and-hao-lost"),
    pytest.param("某发〔2025〕27", ("某发", "2025", "27"), id="hao-lost"),
    pytest.param("某发〔202527号", ("某发", "2025", "27"), id="close-lost"),
    pytest.param("某发[20253", ("某发", "2025", "3"), id="square-bracket"),
    pytest.param("某机议字20183", ("某机议字", "2018", "3"), id="字-code-both-brackets-lost"),
    pytest.param("某复字201912号", ("某复字", "2019", "12"), id="字-code-brackets-lost"),
    # (decided, fix7879: a 代字 for a letter, 函, 发 or 复, glued to its year and serial)
    pytest.param("某路函20219", ("某路函", "2021", "9"), id="函-code-brackets-and-hao-lost"),
    pytest.param("某发20253", ("某发", "2025", "3"), id="发-code-brackets-and-hao-lost"),
    pytest.param("某教复202311号", ("某教复", "2023", "11"), id="复-code-brackets-lost"),
]
NOT_DAMAGED = [
    pytest.param("某发〔2025〕27号", id="well-formed"),
    pytest.param("〔202527", id="no-issuer-code"),
    pytest.param("某发〔1200345", id="no-year"),
    pytest.param("某发〔2025", id="no-serial"),
    pytest.param("某县政府办20253", id="no-bracket-office-name"),
    pytest.param("某县人民政府20253", id="no-bracket-authority-name"),
    pytest.param("关于某的复函20253", id="no-bracket-title-words"),
    pytest.param("某路函2021", id="no-bracket-no-serial"),
    # (a date in figures glued after a word ending so, its 号 kept: no serial of a number)
    pytest.param("转发20240630号", id="no-bracket-date-after-发-hao"),
    pytest.param("编号20253", id="a-label-and-digits"),
]


@pytest.mark.parametrize(("text", "expected"), DAMAGED)
def test_damaged_doc_number(text: str, expected: tuple[str, str, str]) -> None:
    m = damaged_doc_number(text)
    assert m is not None
    assert (m.group("prefix"), m.group("year"), m.group("serial")) == expected


@pytest.mark.parametrize("text", NOT_DAMAGED)
def test_not_a_damaged_doc_number(text: str) -> None:
    assert damaged_doc_number(text) is None


# Decided (left59a): a date in figures glued after a code ending so, no bracket and no 号
# (回复, 来函, a 代字 for a letter or a 字 code): a header element, its digits no serial.
GLUED_DATES = [
    pytest.param("回复20311205", id="after-复"),
    pytest.param("某局来函20310815", id="after-函"),
    pytest.param("某水函20310412", id="after-a-函-code"),
    pytest.param("某议字20310131", id="after-a-字-code"),
]


@pytest.mark.parametrize("text", GLUED_DATES)
def test_a_code_glued_to_a_date(text: str) -> None:
    m = damaged_doc_number(text)
    assert m is not None and m.end() == len(text)
    assert glued_date(m)


def test_a_zi_code_with_di_before_its_year() -> None:
    m = damaged_doc_number("某水字第20310412号")
    assert m is not None and not glued_date(m)
    assert (m.group("prefix"), m.group("di"), m.group("year"), m.group("serial")) == (
        "某水字",
        "第",
        "2031",
        "0412",
    )


def test_gapped_says_whether_gap_parts_cuts_the_line() -> None:
    """is_element and is_note ask :func:`_gapped` before cutting a line at its gaps: one
    part is the line's own text, two or more only where a gap stands."""
    texts = [g.text() for g in all_letters()]
    texts += ["某交复〔2021〕7号        签发人：王某", "B类    同意公开", "关于某事的答复"]
    views = [resegment(TextView(text)) for text in texts]
    lines = [(view, line) for view in views for line in view.content_lines]
    lines += [(view, cut) for view, line in lines for cut in cut_title(view, line)[1]]
    gapped = 0
    for view, line in lines:
        parts = gap_parts(view, line)
        assert _gapped(view, line) == (len(parts) > 1)
        if len(parts) == 1:
            assert parts[0].text == line.text
        gapped += len(parts) > 1
    assert gapped >= at_least(50, 3)  # not vacuous
