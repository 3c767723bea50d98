"""A letter's contact rows under its signature, read alike whether the copy kept its lines,
set a blank at each break or glued them with nothing (fix144; snippets in our own words,
invented names and numbers):

- a person's row under the label ``责任人`` (spaced out to the width of its neighbours,
  ``责 任 人：``) is a row of its own after the phone of the row before it, as ``经办人：``
  is (an earlier round ran it on into that phone's row and gave its name that phone);
- a row typed with blanks for its colons, its long label glued after the last paragraph's
  full stop (``…实施。主管领导姓名   王某    联系电话 0000-…``), opens its line there as after
  a gap (an earlier round read the label and the name as the paragraph's last words);
- a postcode alone on the line under a phone's row, glued after the phone's figures
  (``联系电话 0000-5550141650000``), is no part of the phone: a landline's local number has
  seven or eight figures, a mobile eleven, and six more are the postcode's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

BODY = (
    "关于县政协五届二次会议第31号提案的答复\n"
    "钱某委员：\n"
    "您提出的《关于疏浚北河支渠的提案》收悉，现答复如下：\n"
    "我局已将支渠疏浚列入明年计划，资金正在争取，我们将逐步实施。\n"
)
SIGNED = "桐溪县水利局\n2031年6月3日\n"

Row = tuple[str | None, str | None]


def _rows(text: str) -> list[Row]:
    letter = parse_text(text, keywords=False)
    assert span_problems(letter) == []
    return [((c.name or "").replace(" ", "") or None, c.phone) for c in letter.contacts]


@pytest.mark.parametrize("flatten", COPIES)
def test_a_person_under_the_label_of_who_answers_for_it(flatten: Callable[[str], str]) -> None:
    rows = (
        "分管领导：周某某  联系电话：0000-5550141\n"
        "责 任 人：李  明  联系电话：0000-5550142\n"
        "经 办 人：张小红  联系电话：0000-5550143\n"
    )
    assert _rows(flatten(BODY + SIGNED + rows)) == [
        ("周某某", "0000-5550141"),
        ("李明", "0000-5550142"),
        ("张小红", "0000-5550143"),
    ]


@pytest.mark.parametrize("flatten", COPIES)
def test_a_row_typed_with_blanks_after_the_last_paragraph(flatten: Callable[[str], str]) -> None:
    rows = (
        "主管领导姓名   周某某    联系电话 0000-5550141\n     李小明     联系电话  0000-5550142\n"
    )
    assert _rows(flatten(BODY + rows)) == [("周某某", "0000-5550141"), ("李小明", "0000-5550142")]


@pytest.mark.parametrize("flatten", COPIES)
def test_a_sentence_opening_with_a_label_s_words_stays(flatten: Callable[[str], str]) -> None:
    body = BODY.replace("我们将逐步实施。", "我们将逐步实施。分管领导高度重视，多次到现场督办。")
    letter = parse_text(flatten(body + SIGNED + "联系人：李小明  联系电话：0000-5550142\n"))
    assert [(c.name, c.phone) for c in letter.contacts] == [("李小明", "0000-5550142")]
    assert (letter.signature.issuer, letter.signature.date) == ("桐溪县水利局", "2031-06-03")


@pytest.mark.parametrize(
    "phone",
    [
        pytest.param("0000-5550142", id="landline-seven"),
        pytest.param("000-55501420", id="landline-eight"),
        pytest.param("13900000000", id="mobile"),
    ],
)
@pytest.mark.parametrize("postcode", ["650000", "050000"], ids=["postcode", "postcode-zero"])
@pytest.mark.parametrize("flatten", COPIES)
def test_a_postcode_under_the_phone(
    phone: str, flatten: Callable[[str], str], postcode: str
) -> None:
    # (a postcode may open with 0, as the north's do: 01…, 03…, 05…; review71b)
    rows = f"联系人：李小明  联系电话 {phone}\n   {postcode}\n抄送：县政协提案委。\n"
    letter = parse_text(flatten(BODY + SIGNED + rows), keywords=False)
    assert [(c.name, c.phone) for c in letter.contacts] == [("李小明", phone)]
    assert letter.cc == ["县政协提案委"]
    assert span_problems(letter) == []
