"""A salutation whose name lost a character in copying, its mark in the character's place
(a GBK copy's ``?``, a decoder's U+FFFD, a typesetter's □ or 〓): the person is still the
addressee, the name as written; the names are not cut at the mark as at a question mark.
A question mark in a sentence before a name, or a full-width ？ as typed, is no lost
character. Names and places are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView

LETTER = """关于第31号建议的答复

{salutation}
    您提出的关于改善西岭村饮水条件的建议收悉。现答复如下：
    我局将于年内完成管网改造。
    感谢您对水利工作的关心和支持。

某县水利局
2024年3月8日
"""


@pytest.mark.parametrize(
    ("salutation", "people"),
    [
        pytest.param("赵?平代表：", [("赵?平", "代表")], id="mark-inside"),
        pytest.param("赵?代表：", [("赵?", "代表")], id="mark-last"),
        pytest.param("赵??代表：", [("赵??", "代表")], id="two-marks"),
        pytest.param("孙\ufffd林委员：", [("孙\ufffd林", "委员")], id="replacement-char"),
        pytest.param("孙□林委员：", [("孙□林", "委员")], id="white-square"),
        pytest.param("孙〓林委员：", [("孙〓林", "委员")], id="geta-mark"),
        pytest.param("尊敬的赵?平代表：", [("赵?平", "代表")], id="opener"),
        pytest.param("赵?平、钱?代表：", [("赵?平", "代表"), ("钱?", "代表")], id="two-names"),
        pytest.param("赵?平等4位代表：", [("赵?平", "代表")], id="group"),
        pytest.param("司马?平委员：", [("司马?平", "委员")], id="compound-surname"),
        # a mirror's hyphen for a name's last character (fix124), mid-list or last
        pytest.param(
            "赵平、钱小-、孙林代表：",
            [("赵平", "代表"), ("钱小-", "代表"), ("孙林", "代表")],
            id="hyphen-last-mid-list",
        ),
        pytest.param("赵平、钱小-代表：", [("赵平", "代表"), ("钱小-", "代表")], id="hyphen-last"),
    ],
)
def test_a_name_with_a_lost_character_is_the_addressee(
    salutation: str, people: list[tuple[str, str]]
) -> None:
    record = parse_text(LETTER.format(salutation=salutation))
    assert record.salutation == salutation
    assert [(a.name, a.role) for a in record.addressees] == people
    for a in record.addressees:
        assert a.span is not None
        assert record.text is not None and record.text[a.span[0] : a.span[1]] == a.name


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("此事是否可行?赵平代表：", id="question-glued-before-name"),
        pytest.param("联系人：赵?平\n电话：0000-0000000", id="no-role-after"),
        pytest.param("请问何时完成?钱某委员在会上提出", id="no-colon-after"),
        pytest.param("赵？平代表：", id="full-width-question-mark"),
        pytest.param("问：能否?代表：", id="question-after-a-colon"),
        pytest.param("为何?委员：", id="question-opening-a-line"),
        pytest.param("赵平、可否?代表：", id="question-in-a-list"),
        pytest.param("赵-平代表：", id="hyphen-after-a-surname-alone"),
        pytest.param("赵平-钱林代表：", id="hyphen-between-two-names"),
        pytest.param("会期2099-3-5、代表：", id="hyphen-in-figures"),
    ],
)
def test_a_question_mark_elsewhere_stays_as_read(text: str) -> None:
    view = TextView(text)
    assert "某" not in view.norm.replace("钱某", "")
