"""A cited document's 发文字号 in the note right after its 《title》, a copy having lost both
brackets of its year (``印发《某某方案》（甲教209935号）``, for ``甲教〔2099〕35号``): the note
holds the number alone, code glued to the year's figures and the serial, ``号`` after, so
it is the cited document's number, text as written (an earlier round read no reference,
dev168/014). Anywhere else such figures are no number, and so is what a note there holds
without a code (a year with 年, a building, a decree's 第…号令) or with an item's kind (the
proposal's registry number). Snippets invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued

OPENING = "周某代表：\n您提出的《关于给山区学校多建宿舍的建议》收悉，现答复如下：\n"
TAIL = "感谢您对教育工作的关心和支持。\n庚县教育局\n2099年5月6日\n"


def _numbers(body: str) -> list[str]:
    record = parse_text(OPENING + body + "\n" + TAIL, keywords=False)
    for ref in record.references:
        assert record.text[ref.span[0] : ref.span[1]] == ref.text
    return [r.text for r in record.references if r.kind == "doc_number"]


READ = [
    pytest.param(
        "今年春，省某厅出台《乡村学校周转宿舍建设方案》(甲教209935号)。",
        "甲教209935号",
        id="half-width",
    ),
    pytest.param(
        "两厅联合下发《周转宿舍租金补助细则》（甲财教20988号），列明了补助档次。",
        "甲财教20988号",
        id="full-width",
    ),
    pytest.param(
        "依据《乡村学校周转宿舍建设方案》 (甲教209935号)执行。", "甲教209935号", id="blank-before"
    ),
]


@pytest.mark.parametrize(("body", "want"), READ)
def test_note_number_that_lost_its_brackets_is_cited(body: str, want: str) -> None:
    assert _numbers(body) == [want]
    assert parse_text(glued(OPENING + body + "\n" + TAIL), keywords=False).references


NONE = [
    pytest.param("依据《某某条例》（2099年35号）执行。", id="year-with-nian"),
    pytest.param("安置在《某小区规划》（3号楼209935号）内。", id="building"),
    pytest.param("依据《某某条例》（国务院令第588号）执行。", id="decree"),
    pytest.param("《关于某某的建议》（代表建议209922号）已办理。", id="item-registry"),
    pytest.param("全县共有教师209935名，周转房2099号楼已建成。", id="figures-in-prose"),
]


@pytest.mark.parametrize("body", NONE)
def test_other_notes_and_figures_give_no_number(body: str) -> None:
    assert _numbers(body) == []
